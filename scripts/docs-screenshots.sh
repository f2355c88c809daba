#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes again the screenshots committed in docs/screenshots/: the README shows
# them, and the AppStream metainfo (packaging/app.hearth.Hearth.metainfo.xml)
# lists them for software centres. Each is the demo couple (hearth --demo, so
# nothing of yours is read) at 1280x800, scaled to 960x600 and cut to 256
# colours to stay small in the repository. Needs no display.
#   scripts/docs-screenshots.sh            (or: cmake --build build --target docs_screenshots)
# HEARTH=path/to/hearth picks another build.
set -euo pipefail
cd "$(dirname "$0")/.."
hearth=${HEARTH:-build/app/hearth}
[ -x "$hearth" ] || { echo "docs-screenshots.sh: no $hearth; build first (scripts/build.sh)" >&2; exit 1; }
scripts/install-packages.sh scripts/debian-packages-docs.txt >/dev/null
export QT_QPA_PLATFORM=offscreen

# The metainfo names these files, in this order; the first is the one a
# software centre shows first.
for page in conversation favourites coach conversations; do
    file=docs/screenshots/$page.png
    "$hearth" --demo --screenshot "$file" --page "$page" --size 1280x800 >/dev/null
    convert "$file" -resize 960x -strip -colors 256 "PNG8:$file"
    echo "$file"
done
