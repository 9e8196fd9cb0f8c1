#!/usr/bin/env bash
# check-translations.sh: every translation in po/ must be complete against a
# template extracted fresh from the sources, and POTFILES.in must list every
# file with translatable strings.
#
# Usage: check-translations.sh SOURCE_ROOT BUILD_ROOT [LANGUAGE…]
# Without languages, checks each language in po/LINGUAS.
#
# The template is made as i18n.gettext(preset: 'glib') makes it (see
# mesonbuild/scripts/gettext.py): xgettext with the file list po/POTFILES.in,
# paths relative to the source root, and the glib preset's arguments. If the
# build directory has the tandem-pot command, its arguments are used instead,
# so that extra args: in po/meson.build are honoured. xgettext extracts .ui,
# .gschema.xml and .metainfo.xml.in files through the ITS rules installed with
# gettext, and .desktop.in files natively.
#
# Works in a temporary directory; the source tree is never modified.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

if (( $# < 2 )); then
  printf 'Usage: %s SOURCE_ROOT BUILD_ROOT [LANGUAGE…]\n' "$(basename -- "$0")" >&2
  exit 2
fi

srcdir="$(cd -- "$1" && pwd)"
builddir="$(cd -- "$2" && pwd)"
shift 2
podir="${srcdir}/po"
potfiles="${podir}/POTFILES.in"

for tool in xgettext msgmerge msgfmt; do
  if ! command -v "${tool}" >/dev/null; then
    printf 'SKIP: %s is not installed\n' "${tool}"
    exit 77
  fi
done

# The glib preset of meson's i18n module (mesonbuild/modules/i18n.py).
# shellcheck disable=SC2054  # the commas belong to xgettext's arguments
glib_preset=(
  --from-code=UTF-8
  --add-comments
  --keyword=_
  --keyword=N_
  --keyword=C_:1c,2
  --keyword=NC_:1c,2
  --keyword=g_dcgettext:2
  --keyword=g_dngettext:2,3
  --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format
  --flag=C_:2:pass-c-format
  --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format
  --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format
  --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format
  --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format
  --flag=g_log:3:c-format
  --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format
  --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format
  --flag=g_sprintf:2:c-format
  --flag=g_snprintf:3:c-format
)

# The gettext package: the project's name, as po/meson.build passes it.
package="$(sed -n "s/^project('\([^']*\)'.*/\1/p" "${srcdir}/meson.build" | head -n 1)"
package="${package:-tandem}"

failed=0
fail() {
  printf 'FAIL: %s\n' "$1"
  failed=1
}

tmp="$(mktemp -d "${builddir}/check-translations.XXXXXX" 2>/dev/null || mktemp -d)"
trap 'rm -rf -- "${tmp}"' EXIT

# POTFILES.in ------------------------------------------------------------------

# Its entries: no comments or blank lines, no "[type: …]" prefix.
listed="${tmp}/listed"
sed -e 's/#.*//' -e 's/^\[[^]]*\][[:space:]]*//' -e 's/[[:space:]]*$//' \
    -e '/^$/d' "${potfiles}" > "${listed}"

while IFS= read -r file; do
  [[ -f "${srcdir}/${file}" ]] ||
    fail "po/POTFILES.in lists ${file}, which does not exist"
done < "${listed}"

# Every source and interface file that marks a string must be listed.
while IFS= read -r file; do
  grep -qxF -- "${file}" "${listed}" ||
    fail "${file} has translatable strings but is not listed in po/POTFILES.in"
done < <(cd -- "${srcdir}" &&
         { grep -rlE --include='*.c' \
             '(^|[^A-Za-z0-9_])(N?C?_|g_dc?n?p?gettext2?)[[:space:]]*\(' src ui 2>/dev/null || true
           grep -rlE --include='*.ui' \
             'translatable="(yes|true|1)"' src ui 2>/dev/null || true
         } | sort -u)

# A fresh template ---------------------------------------------------------------

xgettext_args=("${glib_preset[@]}")
args_from='the glib preset'
ninja_file="${builddir}/build.ninja"
if [[ -f "${ninja_file}" ]]; then
  command_line="$(grep -m 1 -E -- "--internal gettext pot --pkgname=${package}( |\$)" "${ninja_file}" || true)"
  if [[ -n "${command_line}" ]]; then
    # Ninja escapes a space as "$ " and a dollar as "$$".
    command_line="${command_line//'$ '/$'\x01'}"
    command_line="${command_line//'$$'/\$}"
    read -r -a tokens <<< "${command_line}"
    for token in "${tokens[@]}"; do
      if [[ "${token}" == --extra-args=* ]]; then
        extra="${token#--extra-args=}"
        xgettext_args=()
        while [[ -n "${extra}" ]]; do
          arg="${extra%%@@*}"
          xgettext_args+=("${arg//$'\x01'/ }")
          [[ "${extra}" == *@@* ]] && extra="${extra#*@@}" || extra=''
        done
        args_from="the ${package}-pot target in ${builddir}"
      fi
    done
  fi
fi
printf 'xgettext arguments from %s\n' "${args_from}"

pot="${tmp}/${package}.pot"
# As mesonbuild/scripts/gettext.py runs it.
if ! xgettext --package-name="${package}" -p "${tmp}" -f "${potfiles}" \
       -D "${srcdir}" -k_ -o "${pot}" "${xgettext_args[@]}" > "${tmp}/xgettext.log" 2>&1; then
  cat "${tmp}/xgettext.log"
  fail 'xgettext could not extract the template'
  exit 1
fi
[[ -s "${tmp}/xgettext.log" ]] && sed 's/^/xgettext: /' "${tmp}/xgettext.log"

# Each listed file must give strings: a .ui, .gschema.xml, .metainfo.xml.in or
# .desktop.in file without any means its rules were not found.
grep '^#:' "${pot}" | tr ' ' '\n' | sed -n 's/:[0-9][0-9]*$//p' | sort -u > "${tmp}/extracted"
while IFS= read -r file; do
  grep -qxF -- "${file}" "${tmp}/extracted" ||
    fail "no strings were extracted from ${file}: it should not be in po/POTFILES.in, or xgettext lacks the rules for it"
done < "${listed}"

printf 'Template: %d messages\n' "$(grep -c '^msgid ' "${pot}")"

# Each language --------------------------------------------------------------------

languages=("$@")
if (( ${#languages[@]} == 0 )); then
  mapfile -t languages < <(sed -e 's/#.*//' "${podir}/LINGUAS" | tr -s '[:space:]' '\n' | sed '/^$/d')
fi

for lang in "${languages[@]}"; do
  po="${podir}/${lang}.po"
  merged="${tmp}/${lang}.po"

  if [[ ! -f "${po}" ]]; then
    fail "po/LINGUAS lists ${lang}, but po/${lang}.po does not exist"
    continue
  fi

  if ! msgfmt --check --check-accelerators=_ -o /dev/null "${po}" 2> "${tmp}/msgfmt.log"; then
    sed 's/^/  /' "${tmp}/msgfmt.log"
    fail "msgfmt --check rejects po/${lang}.po"
    continue
  fi

  if ! msgmerge --quiet --previous -o "${merged}" "${po}" "${pot}" 2> "${tmp}/msgmerge.log"; then
    sed 's/^/  /' "${tmp}/msgmerge.log"
    fail "msgmerge could not merge po/${lang}.po with the fresh template"
    continue
  fi

  # One line per message that is untranslated (also a plural with an empty
  # form) or fuzzy; obsolete (#~) entries are ignored, the header is skipped.
  problems="$(awk '
    function flush() {
      if (have_id && id != "\"\"") {
        what = ""
        if (fuzzy) what = "fuzzy"
        else if (empty) what = "untranslated"
        if (what != "")
          printf "  %-12s %s%s\n", what, (ctx != "" ? "[" ctx "] " : ""), id
      }
      have_id = 0; fuzzy = 0; empty = 0; ctx = ""; id = ""; str = ""; field = ""
    }
    function close_str() {
      if (field == "msgstr" && str == "\"\"") empty = 1
    }
    /^#~/ { next }
    /^$/ { close_str(); flush(); next }
    /^#,/ { if ($0 ~ /[ ,]fuzzy(,|$)/) fuzzy = 1; next }
    /^#/ { next }
    /^msgctxt / { close_str(); field = "ctx"; ctx = substr($0, 9); next }
    /^msgid / { close_str(); field = "id"; have_id = 1; id = substr($0, 7); next }
    /^msgid_plural / { close_str(); field = "plural"; next }
    /^msgstr(\[[0-9]+\])? / { close_str(); field = "msgstr"; sub(/^msgstr(\[[0-9]+\])? /, ""); str = $0; next }
    /^"/ {
      if (field == "ctx") ctx = substr(ctx, 1, length(ctx) - 1) substr($0, 2)
      else if (field == "id") id = substr(id, 1, length(id) - 1) substr($0, 2)
      else if (field == "msgstr") str = substr(str, 1, length(str) - 1) substr($0, 2)
      next
    }
    END { close_str(); flush() }
  ' "${merged}")"

  if [[ -n "${problems}" ]]; then
    fail "po/${lang}.po is not complete against the sources; run 'ninja -C BUILDDIR ${package}-update-po' and translate:"
    printf '%s\n' "${problems}"
  fi

  if ! stats="$(msgfmt --check --check-accelerators=_ --statistics -o /dev/null "${merged}" 2>&1)"; then
    printf '  %s\n' "${stats}"
    fail "msgfmt --check rejects po/${lang}.po once merged with the fresh template"
  else
    printf '%s: %s\n' "${lang}" "${stats}"
  fi

  obsolete="$(grep -c '^#~ msgid ' "${merged}" || true)"
  if (( obsolete > 0 )); then
    printf 'Note: po/%s.po has %d message(s) the sources no longer use\n' "${lang}" "${obsolete}"
  fi
done

if (( failed )); then
  exit 1
fi
printf 'All translations are complete.\n'
