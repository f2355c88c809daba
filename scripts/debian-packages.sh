#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints, one a line, the packages of one section of a package list (default
# scripts/debian-packages.txt). A section starts at its heading: a comment
# line that follows an empty line; the section's name is the heading's words
# before any colon ("# Run time: Debian does not..." is "Run time").
#   scripts/debian-packages.sh SECTION [LIST]
# The .deb's Depends are the "Run time" section (cmake/Packaging.cmake), so a
# package the app needs when installed is listed once, there.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 SECTION [LIST]" >&2; exit 2; }
list=${2:-$(dirname "$0")/debian-packages.txt}
awk -v want="$1" '
    /^[[:space:]]*$/ { after_blank = 1; next }
    /^#/ {
        if (after_blank || NR == 1) {
            section = substr($0, 2)
            sub(/:.*/, "", section)
            gsub(/^[[:space:]]+|[[:space:]]+$/, "", section)
        }
        after_blank = 0
        next
    }
    {
        after_blank = 0
        sub(/#.*/, "")
        gsub(/[[:space:]]/, "")
        if ($0 != "" && section == want) print
    }' "$list"
