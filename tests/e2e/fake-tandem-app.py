#!/usr/bin/python3
# fake-tandem-app.py: a stand-in for the Tandem application on the session
# bus, for tests of the reminder service. It owns io.github.tandemgoals.Tandem,
# answers org.freedesktop.Application and writes each call, one JSON object
# a line, to the file named on its command line. It stays until SIGTERM.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import signal
import sys

from gi.repository import Gio, GLib

NAME = "io.github.tandemgoals.Tandem"
PATH = "/io/github/tandemgoals/Tandem"
XML = """
<node>
  <interface name="org.freedesktop.Application">
    <method name="Activate">
      <arg type="a{sv}" name="platform_data" direction="in"/>
    </method>
    <method name="Open">
      <arg type="as" name="uris" direction="in"/>
      <arg type="a{sv}" name="platform_data" direction="in"/>
    </method>
    <method name="ActivateAction">
      <arg type="s" name="action_name" direction="in"/>
      <arg type="av" name="parameter" direction="in"/>
      <arg type="a{sv}" name="platform_data" direction="in"/>
    </method>
  </interface>
</node>
"""


def main():
    log_path = sys.argv[1]
    loop = GLib.MainLoop()
    node = Gio.DBusNodeInfo.new_for_xml(XML)

    def on_call(connection, sender, path, interface, method, parameters, invocation):
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"method": method, "args": parameters.unpack()}) + "\n")
        invocation.return_value(None)

    def on_bus(connection, name):
        connection.register_object(PATH, node.interfaces[0], on_call, None, None)

    def on_name(connection, name):
        print("fake-tandem-app: ready", flush=True)

    def on_lost(connection, name):
        loop.quit()

    Gio.bus_own_name(Gio.BusType.SESSION, NAME, Gio.BusNameOwnerFlags.NONE,
                     on_bus, on_name, on_lost)
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, loop.quit)
    loop.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
