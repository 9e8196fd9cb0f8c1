#!/usr/bin/env bash
# check-no-gtk.sh: the programs given must not link GTK or libadwaita,
# directly (readelf: NEEDED entries) or through another library (ldd).
# Prints TAP.
#
# Copyright 2026 The Tandem authors
# SPDX-License-Identifier: GPL-3.0-or-later

set -euo pipefail

readonly forbidden='lib(gtk-4|gtk-3|gdk-3|adwaita-1)\.so'

printf '1..%d\n' "$(( $# * 2 ))"
n=0
failed=0
for program in "$@"; do
  name="$(basename -- "${program}")"

  n=$(( n + 1 ))
  if ! needed="$(readelf -d -- "${program}" 2>&1)"; then
    printf 'not ok %d - %s: readelf failed: %s\n' "${n}" "${name}" "${needed}"
    failed=1
  elif bad="$(grep -E 'NEEDED' <<<"${needed}" | grep -E "${forbidden}")"; then
    printf 'not ok %d - %s links GTK directly\n' "${n}" "${name}"
    printf '# %s\n' "${bad}"
    failed=1
  else
    printf 'ok %d - %s does not link GTK directly\n' "${n}" "${name}"
  fi

  n=$(( n + 1 ))
  if ! libraries="$(ldd -- "${program}" 2>&1)"; then
    printf 'not ok %d - %s: ldd failed: %s\n' "${n}" "${name}" "${libraries}"
    failed=1
  elif bad="$(grep -E "${forbidden}" <<<"${libraries}")"; then
    printf 'not ok %d - %s loads GTK through its libraries\n' "${n}" "${name}"
    printf '# %s\n' "${bad}"
    failed=1
  else
    printf 'ok %d - %s loads no GTK through its libraries\n' "${n}" "${name}"
  fi
done

exit "${failed}"
