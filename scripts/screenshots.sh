#!/usr/bin/env bash
# A screenshot of every page, at the smallest supported window and at full
# HD, with the demo's example couple (hearth --demo): nothing of yours is
# read or changed. Needs no display.
#   scripts/screenshots.sh [FOLDER]    (default: build/screenshots)
# Writes FOLDER/PAGE-WIDTHxHEIGHT.png; HEARTH=path/to/hearth picks another build.
# THEMES="light dark evening" adds FOLDER/PAGE-WIDTHxHEIGHT-THEME.png for each
# theme but light (default: light only).
set -euo pipefail
cd "$(dirname "$0")/.."
hearth=${HEARTH:-build/app/hearth}
folder=${1:-build/screenshots}
[ -x "$hearth" ] || { echo "screenshots.sh: no $hearth; build first (scripts/build.sh build)" >&2; exit 1; }
mkdir -p "$folder"
export QT_QPA_PLATFORM=offscreen

# The window names its pages when asked for one it does not have, so this
# list follows the app. "conversation" is the card in play, with the listener.
pages=$("$hearth" --demo --screenshot "$folder/none.png" --page '?' 2>&1 >/dev/null |
        sed -n 's/.*(pages: \(.*\))$/\1/p' | tr -d ,) || true
[ -n "$pages" ] || { echo "screenshots.sh: $hearth did not name its pages" >&2; exit 1; }

failed=0
for theme in ${THEMES:-light}; do
    suffix=$([ "$theme" = light ] || echo "-$theme")
    for size in 1024x640 1920x1080; do
        for page in $pages conversation; do
            if ! "$hearth" --demo --theme "$theme" --screenshot "$folder/$page-$size$suffix.png" --page "$page" \
                    --size "$size" >/dev/null; then
                echo "screenshots.sh: the $page page at $size in $theme failed" >&2
                failed=1
            fi
        done
    done
done
echo "Screenshots in $folder"
exit "$failed"
