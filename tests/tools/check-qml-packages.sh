#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when scripts/debian-packages.txt lacks the Debian package of a QML
# module Hearth needs at run time. A missing one only shows when a person
# meets it: QtQuick.Dialogs' own FileDialog imports Qt.labs.folderlistmodel,
# and without its package the app crashed as a dialog opened (issue #9).
#
# The modules are derived, not listed by hand: qmlimportscanner over our QML,
# then over each found module's own QML files (what the scanner does not
# follow: QtQuick.Dialogs loads its quickimpl from C++), until nothing new
# turns up. Each module's qmldir names its package through dpkg -S.
#
# usage: check-qml-packages.sh SOURCE_QML_DIR SYSTEM_QML_DIR PACKAGE_LIST OWN_MODULE...
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 SOURCE_QML_DIR SYSTEM_QML_DIR PACKAGE_LIST [OWN_MODULE...]" >&2
    exit 2
fi
source_dir=$1
system_dir=${2%/}
package_list=$3
shift 3
own_modules=" $* "
scanner=${QMLIMPORTSCANNER:-/usr/lib/qt6/libexec/qmlimportscanner}

# Styles for other systems: QtQuick.Controls names them as optional imports,
# and no Debian package has them. Hearth chooses the Basic style.
not_on_debian=" QtQuick.Controls.Windows QtQuick.Controls.macOS QtQuick.Controls.iOS "

for tool in "$scanner" dpkg-query; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed" >&2; exit 1; }
done

# Which package holds each installed qmldir, asked of dpkg once.
declare -A package_of=()
while IFS= read -r line; do
    package_of[${line#*: }]=${line%%:*}
done < <(dpkg-query -S "$system_dir/*qmldir" 2>/dev/null || true)

# "name<TAB>path" for each module in the scanner's JSON (path empty when the
# module is not installed). The JSON is Qt's indented form, one key a line.
modules_of() {
    "$scanner" "$@" -importPath "$system_dir" | awk '
        /^    \{/ { name = ""; path = ""; type = "" }
        /^        "name":/ { name = $0; sub(/^[^:]*: *"/, "", name); sub(/",?$/, "", name) }
        /^        "path":/ { path = $0; sub(/^[^:]*: *"/, "", path); sub(/",?$/, "", path) }
        /^        "type":/ { type = $0 }
        /^    \}/ { if (type ~ /"module"/) printf "%s\t%s\n", name, path }'
}

# A module's own QML files: everything under its folder that comes in the
# same Debian package, as installing the package brings all of it (QtQuick.Dialogs
# brings its quickimpl, whose FileDialog.qml imports Qt.labs.folderlistmodel).
# A module of another package inside it (QtQuick/Shapes in QtQuick) counts
# only when something imports it. designer/ folders are for Qt Design Studio.
own_qml_files() {
    local folder=$1 package=${package_of[$1/qmldir]:-}
    local -a foreign=()
    local qmldir
    while read -r qmldir; do
        [ "${package_of[$qmldir]:-}" = "$package" ] || foreign+=("${qmldir%/qmldir}/")
    done < <(find "$folder" -mindepth 2 -name qmldir)
    find "$folder" -name designer -prune -o -name "*.qml" -print \
        | awk -v skip="${foreign[*]}" 'BEGIN { n = split(skip, dirs, " ") }
            { for (i = 1; i <= n; ++i) if (index($0, dirs[i]) == 1) next; print }'
}

declare -A path_of=()   # module name -> folder ("" when not installed)
declare -A scanned=()   # folders whose QML was scanned
pending=$(modules_of -rootPath "$source_dir")
while [ -n "$pending" ]; do
    next=""
    while IFS=$'\t' read -r name path; do
        [ -n "$name" ] || continue
        case "$own_modules$not_on_debian" in *" $name "*) continue ;; esac
        [ -v "path_of[$name]" ] && [ -z "$path" ] && continue
        path_of[$name]=$path
        [ -n "$path" ] && [ -z "${scanned[$path]:-}" ] || continue
        scanned[$path]=1
        mapfile -t files < <(own_qml_files "$path")
        [ ${#files[@]} -gt 0 ] || continue
        next+=$(modules_of -qmlFiles "${files[@]}")$'\n'
    done <<< "$pending"
    pending=$next
done

listed=" $(sed -e 's/#.*//' "$package_list" | tr -s '[:space:]' ' ') "
failures=0
for name in $(printf '%s\n' "${!path_of[@]}" | sort); do
    path=${path_of[$name]}
    if [ -z "$path" ]; then
        # Not installed here, so dpkg cannot say; Debian names QML packages
        # after the module (Qt.labs.folderlistmodel: qml6-module-qt-labs-folderlistmodel).
        guess=qml6-module-$(echo "$name" | tr '[:upper:].' '[:lower:]-')
        case "$listed" in
            *" $guess "*) echo "FAIL: $name is not installed; its package $guess is listed: run scripts/install-packages.sh" ;;
            *) echo "FAIL: $name is imported but not installed, and scripts/debian-packages.txt lacks its package (probably $guess)" ;;
        esac
        failures=$((failures + 1))
        continue
    fi
    owner=${package_of[$path/qmldir]:-}
    if [ -z "$owner" ]; then
        echo "FAIL: $name ($path) belongs to no Debian package"
        failures=$((failures + 1))
    elif [[ "$listed" != *" $owner "* ]]; then
        echo "FAIL: $name needs the package $owner, which scripts/debian-packages.txt lacks"
        failures=$((failures + 1))
    else
        echo "ok: $name from $owner"
    fi
done

echo "${#path_of[@]} QML modules checked"
if [ "$failures" -gt 0 ]; then
    echo "$failures QML module(s) without their package in $package_list"
    exit 1
fi
