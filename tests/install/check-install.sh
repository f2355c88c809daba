#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built Hearth into an empty DESTDIR with prefix /usr, as a
# distribution would, and checks that
# - exactly the expected files land where the freedesktop.org standards and
#   GNUInstallDirs put them, with the right permissions;
# - the desktop entry, icon and metainfo share the one app id, name the
#   installed binary and the project's version, and appstreamcli accepts the
#   installed tree as a whole;
# - the installed binary has no RUNPATH and needs nothing from the build
#   folder: it starts from the DESTDIR alone, with its QML and the guide's
#   content compiled in, and shows the demo couple on a page.
# usage: check-install.sh BUILD_DIR VERSION APP_ID
# shellcheck disable=SC2015  # in 'test && ok || fail', ok only prints: it cannot fail
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR VERSION APP_ID" >&2; exit 2; }
build=$(cd "$1" && pwd)
version=$2
id=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dest=$work/dest
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$work/install.log" ||
    { cat "$work/install.log"; echo "FAIL: cmake --install failed"; exit 1; }

# --- Where each file lands ----------------------------------------------------
expected="usr/bin/hearth
usr/share/applications/$id.desktop
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/metainfo/$id.metainfo.xml"
installed=$(cd "$dest" && find . -mindepth 1 ! -type d | sed 's|^\./||' | sort)
if [ "$installed" = "$(sort <<<"$expected")" ]; then
    ok "installed exactly: $(tr '\n' ' ' <<<"$expected")"
else
    fail "installed files differ from what the standards expect:"
    diff <(sort <<<"$expected") <(echo "$installed") || true
fi
while read -r file; do
    [ -e "$dest/$file" ] || continue
    want=644
    [ "$file" = usr/bin/hearth ] && want=755
    mode=$(stat -c %a "$dest/$file")
    [ "$mode" = "$want" ] && ok "$file is $mode" || fail "$file is $mode, not $want"
done <<<"$expected"

# --- One id, one binary, one version ------------------------------------------
desktop=$dest/usr/share/applications/$id.desktop
metainfo=$dest/usr/share/metainfo/$id.metainfo.xml
key() { sed -n "s/^$1=//p" "$desktop" | head -n 1; }
[ "$(key Icon)" = "$id" ] && ok "the desktop entry's icon is $id" ||
    fail "the desktop entry's Icon is '$(key Icon)', not $id"
for field in Exec TryExec; do
    [ "$(key "$field")" = hearth ] && ok "$field=hearth" || fail "$field is '$(key "$field")', not hearth"
done
# X11 gives no app id: Qt's window class is the binary's name and the
# application name (both "hearth"), so the desktop matches the window by it.
[ "$(key StartupWMClass)" = hearth ] && ok "StartupWMClass=hearth" ||
    fail "StartupWMClass is '$(key StartupWMClass)', not hearth (Qt's window class)"
grep -q "<id>$id</id>" "$metainfo" && ok "the metainfo's id is $id" || fail "the metainfo's <id> is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" &&
    ok "the metainfo launches $id.desktop" || fail "the metainfo's launchable is not $id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | sed 's/.*="\(.*\)"/\1/')
[ "$newest" = "$version" ] && ok "the metainfo's newest release is $version" ||
    fail "the metainfo's newest release is '$newest', but the project is $version: add its release notes"
if appstreamcli validate-tree --no-net "$dest/usr" >"$work/tree.log" 2>&1; then
    ok "appstreamcli validate-tree accepts the installed tree"
else
    cat "$work/tree.log"
    fail "appstreamcli validate-tree rejects the installed tree"
fi

# --- The installed binary on its own ------------------------------------------
hearth=$dest/usr/bin/hearth
runpath=$(readelf -d "$hearth" | grep -E 'RPATH|RUNPATH' || true)
if [ -n "$runpath" ]; then
    fail "the installed binary carries a RUNPATH: $runpath"
else
    ok "the installed binary has no RUNPATH"
fi
# The window names its desktop entry (setDesktopFileName in app/main.cpp,
# a UTF-16 literal): the id must be the one the files are named after. The
# literal is looked for with its UTF-16 terminator; what lies before it is
# whatever the linker put there (an 8-bit string ending in "." reads as a
# UTF-16 "." to `strings -el`), so only the end of the string is certain.
if perl -0777 -ne 'BEGIN { $id = shift; $literal = join("", map { "$_\0" } split(//, $id)) . "\0\0" }
                   exit(index($_, $literal) >= 0 ? 0 : 1)' "$id" "$hearth"; then
    ok "the binary gives the desktop $id as its desktop file name"
else
    fail "the binary does not carry the id $id (QGuiApplication::setDesktopFileName)"
fi
if ldd "$hearth" | grep -F "$build"; then
    fail "the installed binary loads a library from the build folder"
fi

# A clean environment: no import or plugin paths, a home of its own, run from
# an empty folder, so nothing can be found through the build folder.
# The sanitizers' settings pass through (./test.sh --sanitize).
mkdir -p "$work/home" "$work/run"
sanitizer_settings=()
for name in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
    [ -z "${!name:-}" ] || sanitizer_settings+=("$name=${!name}")
done
run() {
    (cd "$work/run" && env -i PATH=/usr/bin:/bin HOME="$work/home" LC_ALL=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software XDG_RUNTIME_DIR="$work/home" \
        "${sanitizer_settings[@]}" "$@")
}
out=$(run "$hearth" --version 2>&1) || true
[ "$out" = "hearth $version" ] && ok "hearth --version says '$out'" || fail "hearth --version says '$out'"
if run "$hearth" --validate >"$work/validate.json" 2>&1; then
    ok "the installed binary finds and validates its built-in content"
else
    cat "$work/validate.json"
    fail "hearth --validate failed from the install"
fi
# Installed or built from a clone, Hearth keeps a person's words in the same
# folder, so installing over a clone's use loses nothing.
report=$(run "$hearth" --data-report 2>/dev/null) || true
[[ "$report" == *"\"dataDir\":\"$work/home/.local/share/hearth\""* ]] &&
    ok "the data folder is ~/.local/share/hearth, as before installing" ||
    fail "the installed Hearth's data folder moved: $report"
shot=$work/run/conversation.png
if run env QT_LOGGING_RULES="hearth.shown.debug=true" "$hearth" --demo --screenshot "$shot" \
       --page conversation --size 1024x640 >"$work/shot.log" 2>&1; then
    ok "the installed binary made a screenshot"
else
    cat "$work/shot.log"
    fail "the installed binary failed to make a screenshot"
fi
# The PNG header's width and height (bytes 17-24, big-endian).
size=$(od -An -tu1 -j16 -N8 "$shot" 2>/dev/null | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4 "x" $5*16777216 + $6*65536 + $7*256 + $8 }')
[ "$size" = 1024x640 ] && ok "the screenshot is 1024x640" || fail "the screenshot is '${size:-missing}', not 1024x640"
# The QML loaded and drew the demo's couple: the page's texts name them.
grep -q 'hearth.shown: .*Robin' "$work/shot.log" && grep -q 'hearth.shown: .*Sam' "$work/shot.log" &&
    ok "the page shows the demo couple, Robin and Sam" ||
    fail "the page does not show the demo couple (QML or content not found?)"

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with the installed Hearth"
    exit 1
fi
echo "The installed Hearth is complete and starts from its prefix."
