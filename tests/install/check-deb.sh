#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Hearth's .deb with cpack, as the README says, and checks its control
# file and contents:
# - Package, Version, Maintainer, Section, Architecture and Description;
# - Depends names every package of scripts/debian-packages.txt's "Run time"
#   section, the libraries dpkg-shlibdeps finds (libc, Qt), and the package
#   of every QML module the app's QML imports, transitively: the qml_packages
#   check (tests/tools/check-qml-packages.sh) run over Depends instead of the
#   list, so a module Debian's library scan misses cannot be left out;
# - it holds exactly the installed files, under /usr.
# usage: check-deb.sh BUILD_DIR SOURCE_DIR VERSION APP_ID SUMMARY SYSTEM_QML_DIR
# shellcheck disable=SC2015  # in 'test && ok || fail', ok only prints: it cannot fail
set -euo pipefail
[ $# -eq 6 ] || { echo "usage: $0 BUILD_DIR SOURCE_DIR VERSION APP_ID SUMMARY SYSTEM_QML_DIR" >&2; exit 2; }
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
version=$3
id=$4
summary=$5
system_qml=$6

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

if ! (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1); then
    cat "$work/cpack.log"
    echo "FAIL: cpack could not build the package"
    exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/out/hearth_${version}_$arch.deb
[ -f "$deb" ] || { ls "$work/out"; echo "FAIL: no $deb"; exit 1; }
ok "cpack built $(basename "$deb")"

field() { dpkg-deb -f "$deb" "$1"; }
expect() {
    local name=$1 want=$2 got
    got=$(field "$name")
    [ "$got" = "$want" ] && ok "$name: $got" || fail "$name is '$got', not '$want'"
}
expect Package hearth
expect Version "$version"
expect Architecture "$arch"
expect Section misc
maintainer=$(field Maintainer)
[[ "$maintainer" =~ ^[^\<]+\ \<[^@\ ]+@[^\>\ ]+\>$ ]] && ok "Maintainer: $maintainer" ||
    fail "Maintainer is '$maintainer', not 'Name <address>'"
description=$(field Description)
[ "$(head -n 1 <<<"$description")" = "$summary" ] && ok "Description: $summary" ||
    fail "the Description's summary is '$(head -n 1 <<<"$description")', not '$summary'"
long_lines=$(tail -n +2 <<<"$description" | grep -c . || true)
[ "$long_lines" -ge 2 ] && ok "the Description has a long part ($long_lines lines)" ||
    fail "the Description has no long part"
if [ -n "$(awk 'length > 80' <<<"$description")" ]; then
    fail "a Description line is longer than 80 characters"
fi

# Depends, one package name a line (versions and alternatives dropped).
field Depends | tr ',|' '\n' | sed -e 's/(.*)//' -e 's/[[:space:]]//g' -e '/^$/d' | sort -u >"$work/depends"
"$source/scripts/debian-packages.sh" "Run time" "$source/scripts/debian-packages.txt" >"$work/runtime"
[ -s "$work/runtime" ] || fail "scripts/debian-packages.txt has no \"Run time\" section"
while read -r package; do
    grep -qx "$package" "$work/depends" || fail "Depends lacks $package (a run-time package in scripts/debian-packages.txt)"
done <"$work/runtime"
ok "Depends names all $(wc -l <"$work/runtime") run-time packages of scripts/debian-packages.txt"
# dpkg-shlibdeps ran: it names the C library and Qt's core library.
for package in libc6 libqt6core6 libqt6quick6; do
    grep -qx "$package" "$work/depends" && ok "Depends names $package (dpkg-shlibdeps)" ||
        fail "Depends lacks $package: did dpkg-shlibdeps run? (dpkg-dev and file must be installed)"
done
if "$source/tests/tools/check-qml-packages.sh" "$source/qml" "$system_qml" "$work/depends" Hearth >"$work/qml.log" 2>&1; then
    ok "Depends names the package of every QML module the app imports ($(tail -n 1 "$work/qml.log" | head -c 60)...)"
else
    cat "$work/qml.log"
    fail "Depends lacks the package of a QML module the app imports"
fi

# The files, as installed by cmake --install with prefix /usr.
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sed 's|^\./||' | sort)
expected=$(sort <<EOF
usr/bin/hearth
usr/share/applications/$id.desktop
usr/share/icons/hicolor/scalable/apps/$id.svg
usr/share/metainfo/$id.metainfo.xml
EOF
)
if [ "$files" = "$expected" ]; then
    ok "the package holds $(tr '\n' ' ' <<<"$files")"
else
    fail "the package's files differ:"
    diff <(echo "$expected") <(echo "$files") || true
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with the .deb"
    exit 1
fi
echo "The .deb is complete."
