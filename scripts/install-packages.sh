#!/usr/bin/env bash
# Installs the Debian packages listed in the given files (default:
# scripts/debian-packages.txt) that are not yet installed, and says which.
# Uses sudo when not run as root.
#   scripts/install-packages.sh [LIST...]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- "$here/debian-packages.txt"

missing=()
while read -r package; do
    [ -n "$package" ] || continue
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done < <(cat "$@" | sed -e 's/#.*//' -e 's/[[:space:]]//g')

if [ ${#missing[@]} -eq 0 ]; then
    echo "All the packages Hearth needs here are installed."
    exit 0
fi

echo "Hearth needs these Debian packages, which are not installed yet:"
printf '    %s\n' "${missing[@]}"

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "Please install them as root (sudo is not available):" >&2
        echo "    apt-get install --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing them needs administrator rights, so sudo may ask for your password."
    as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "Installed: ${missing[*]}"
