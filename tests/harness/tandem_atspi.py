# tandem_atspi.py: drive a GTK 4 program through the accessibility tree.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For Debian's /usr/bin/python3 (pyatspi and gi import only there), inside
# tests/harness/tandem-headless, which provides the accessibility bus.
#
#   import tandem_atspi as at
#   app = at.launch(["/path/to/tandem"], env=env)
#   app.wait_for_line("tandem-timing: first-frame")
#   root = at.wait_for_app("tandem")
#   button = at.find(root, "push button", contains="My own goals")
#   at.click(button)
#
# Everything that waits polls the tree with a bounded timeout and raises
# WaitTimeout with a description and a dump of the tree on failure.

import os
import re
import subprocess
import sys
import threading
import time
import traceback

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import GLib  # noqa: E402

import pyatspi  # noqa: E402

DEFAULT_TIMEOUT = 10.0
POLL_INTERVAL = 0.05


class WaitTimeout(AssertionError):
    """Something did not appear within its timeout."""


def _pump():
    # libatspi updates its cache from events delivered on the main context:
    # run whatever is pending so that polling sees the current tree.
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def poll(predicate, timeout=DEFAULT_TIMEOUT, what="condition"):
    """Call predicate() until it returns something true; return that."""
    deadline = time.monotonic() + timeout
    last_error = None
    while True:
        _pump()
        try:
            result = predicate()
        except GLib.GError as error:
            # Objects can vanish between listing and reading them.
            result, last_error = None, error
        if result:
            return result
        if time.monotonic() >= deadline:
            detail = f" (last error: {last_error.message})" if last_error else ""
            raise WaitTimeout(f"timed out after {timeout:.1f} s waiting for {what}{detail}")
        time.sleep(POLL_INTERVAL)


# -- reading ----------------------------------------------------------------

def name_of(acc):
    """The accessible name. GTK 4.8 returns "" from a label's text
    interface; its name follows the text live, so read that."""
    try:
        return acc.name or ""
    except GLib.GError:
        return ""


def role_of(acc):
    try:
        return acc.getRoleName()
    except GLib.GError:
        return ""


def states_of(acc):
    try:
        return acc.getState()
    except GLib.GError:
        return None


def extents_of(acc):
    """(x, y, width, height) relative to the window, or None."""
    try:
        box = acc.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except (NotImplementedError, GLib.GError):
        return None
    return (box.x, box.y, box.width, box.height)


def is_showing(acc):
    """Whether acc is on screen.

    GTK 4.8 sets the SHOWING state on windows only and leaves the pages of a
    GtkStack that are not shown in the tree as "visible". A widget that has
    never been shown has no size, so a visible widget with a size has been
    drawn. Caveat: a stack page that was shown and then hidden keeps its
    last size, so wait for the new thing to appear rather than for the old
    one to go."""
    states = states_of(acc)
    if not states:
        return False
    if states.contains(pyatspi.STATE_SHOWING):
        return True
    if not states.contains(pyatspi.STATE_VISIBLE):
        return False
    box = extents_of(acc)
    return box is not None and box[2] > 0 and box[3] > 0


def is_checked(acc):
    states = states_of(acc)
    return bool(states) and (states.contains(pyatspi.STATE_CHECKED)
                             or states.contains(pyatspi.STATE_PRESSED))


def dump(acc, depth=0, max_depth=40, out=None):
    """Print the tree under acc: role, name and whether it is showing."""
    out = out or sys.stderr
    if acc is None or depth > max_depth:
        return
    flags = "" if is_showing(acc) else " (hidden)"
    print(f"{'  ' * depth}[{role_of(acc)}] {name_of(acc)!r}{flags}", file=out)
    try:
        children = list(acc)
    except GLib.GError:
        return
    for child in children:
        dump(child, depth + 1, max_depth, out)


# -- finding ----------------------------------------------------------------

def desktop():
    return pyatspi.Registry.getDesktop(0)


def _find_app(name):
    for app in desktop():
        if app is not None and name_of(app) == name:
            return app
    return None


def wait_for_app(name, timeout=DEFAULT_TIMEOUT):
    """The application called name (its program name) on the bus."""
    try:
        return poll(lambda: _find_app(name), timeout, f"application {name!r} on the AT-SPI bus")
    except WaitTimeout as error:
        present = [name_of(app) for app in desktop() if app is not None]
        raise WaitTimeout(f"{error}; applications present: {present}") from None


def _role_matches(acc, role):
    if role is None:
        return True
    if isinstance(role, str):
        return role_of(acc) == role
    try:
        return acc.getRole() == role
    except GLib.GError:
        return False


def _name_matches(acc, name, contains):
    value = name_of(acc)
    if name is not None:
        if isinstance(name, re.Pattern):
            if not name.search(value):
                return False
        elif callable(name):
            if not name(value):
                return False
        elif value != name:
            return False
    if contains is not None and contains not in value:
        return False
    return True


def _matcher(role, name, contains, showing):
    def match(acc):
        return (acc is not None
                and _role_matches(acc, role)
                and _name_matches(acc, name, contains)
                and (not showing or is_showing(acc)))
    return match


def find_all(root, role=None, name=None, contains=None, showing=True):
    """Every descendant of root matching now (no waiting)."""
    return pyatspi.findAllDescendants(root, _matcher(role, name, contains, showing))


def find(root, role=None, name=None, timeout=DEFAULT_TIMEOUT, contains=None, showing=True,
         dump_on_timeout=True):
    """Wait for a descendant of root and return it.

    role: a role name as AT-SPI spells it ("push button", "label",
    "toggle button", "frame") or a pyatspi.ROLE_* value; None for any.
    name: the exact accessible name, a compiled regular expression, or a
    callable taking the name; contains: a substring of the name.
    showing: only widgets that are on screen (GTK keeps hidden stack pages
    in the tree, see is_showing()). On timeout the tree is printed to
    stderr unless dump_on_timeout is false."""
    match = _matcher(role, name, contains, showing)
    what = f"[{role}] name={name!r} contains={contains!r}"
    try:
        return poll(lambda: pyatspi.findDescendant(root, match), timeout, what)
    except WaitTimeout:
        if not dump_on_timeout:
            raise
        print(f"--- accessibility tree of {name_of(root)!r} ---", file=sys.stderr)
        dump(root)
        raise


def find_window(root, name, timeout=DEFAULT_TIMEOUT):
    """Wait for a top-level window of the application root and return it.

    Only root's direct children are looked at, so this costs one call per
    window instead of a walk through every window before the one wanted:
    each step of a walk is a D-Bus round trip into the program, which is
    slow under the sanitizers. name as in find(); only a window on screen
    counts."""
    def search():
        for index in range(root.childCount):
            child = root.getChildAtIndex(index)
            if (child is not None and _name_matches(child, name, None)
                    and is_showing(child)):
                return child
        return None
    return poll(search, timeout, f"a window named {name!r}")


def wait_gone(root, role=None, name=None, timeout=DEFAULT_TIMEOUT, contains=None):
    """Wait until nothing showing under root matches."""
    match = _matcher(role, name, contains, True)
    poll(lambda: pyatspi.findDescendant(root, match) is None, timeout,
         f"[{role}] name={name!r} contains={contains!r} to disappear")


# -- acting -----------------------------------------------------------------

def click(acc, action=None):
    """Run the widget's action: the first one ("click" on GTK buttons),
    or the one named action."""
    actions = acc.queryAction()
    index = 0
    if action is not None:
        names = [actions.getName(i) for i in range(actions.nActions)]
        if action not in names:
            raise AssertionError(f"{name_of(acc)!r} has no action {action!r}: {names}")
        index = names.index(action)
    if actions.nActions == 0:
        raise AssertionError(f"{role_of(acc)} {name_of(acc)!r} has no action")
    if not actions.doAction(index):
        raise AssertionError(f"action {index} of {name_of(acc)!r} failed")


def set_text(acc, text):
    """Replace the contents of an editable text widget."""
    editable = acc.queryEditableText()
    editable.setTextContents(text)


# -- screenshots ------------------------------------------------------------

def window_id(name=None, pid=None, timeout=DEFAULT_TIMEOUT):
    """The X id of a visible window, found by exact title or by process."""
    if pid is not None:
        selector = ["--pid", str(pid)]
    else:
        selector = ["--name", f"^{re.escape(name)}$"]

    def search():
        result = subprocess.run(["xdotool", "search", "--onlyvisible", *selector],
                                capture_output=True, text=True, timeout=timeout)
        ids = result.stdout.split()
        return ids[0] if ids else None

    return poll(search, timeout, f"an X window {selector}")


def screenshot(path, window_name=None, pid=None):
    """Save the whole screen, or one window (by exact title or by the
    process that owns it), as PNG. Take it after the program reported its
    first frame, not after a fixed sleep."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    target = "root"
    if window_name is not None or pid is not None:
        target = window_id(window_name, pid)
    subprocess.run(["import", "-window", target, path], check=True, timeout=30)
    return path


# -- the program under test -------------------------------------------------

class App:
    """A child process whose stderr is echoed and remembered line by line,
    so a test can wait for markers such as "tandem-timing: first-frame"."""

    def __init__(self, argv, env=None):
        self.argv = list(argv)
        self.lines = []
        self._cond = threading.Condition()
        self.proc = subprocess.Popen(self.argv, env=env, stdin=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True, errors="replace")
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for line in self.proc.stderr:
            sys.stderr.write(line)
            sys.stderr.flush()
            with self._cond:
                self.lines.append(line.rstrip("\n"))
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    def wait_for_line(self, prefix, timeout=DEFAULT_TIMEOUT):
        """Wait for a stderr line containing prefix; return the line."""
        deadline = time.monotonic() + timeout
        seen = 0
        with self._cond:
            while True:
                for line in self.lines[seen:]:
                    if prefix in line:
                        return line
                seen = len(self.lines)
                if self.proc.poll() is not None and not self._reader.is_alive():
                    raise AssertionError(f"{self.argv[0]} exited with status "
                                         f"{self.proc.returncode} before printing {prefix!r}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise WaitTimeout(f"timed out after {timeout:.1f} s waiting for "
                                      f"{prefix!r} on stderr of {self.argv[0]}")
                self._cond.wait(min(remaining, 0.1))

    def stop(self, timeout=5.0):
        """Ask the program to quit (SIGTERM), kill it if it does not;
        return its exit status."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reader.join(timeout)
        return self.proc.returncode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
        return False


def launch(argv, env=None):
    return App(argv, env)


# -- TAP --------------------------------------------------------------------

class Tap:
    """Minimal TAP output for meson's protocol: 'tap'."""

    def __init__(self, planned):
        self.number = 0
        self.failed = 0
        print(f"1..{planned}", flush=True)

    def run(self, description, function, *args):
        self.number += 1
        try:
            function(*args)
        except Exception as error:  # report and keep going
            self.failed += 1
            traceback.print_exc(file=sys.stderr)
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            print(f"not ok {self.number} - {description}: {first_line}", flush=True)
        else:
            print(f"ok {self.number} - {description}", flush=True)

    def skip(self, description, reason):
        self.number += 1
        print(f"ok {self.number} - {description} # SKIP {reason}", flush=True)

    def exit_status(self):
        return 1 if self.failed else 0
