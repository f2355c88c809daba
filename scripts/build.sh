#!/usr/bin/env bash
# Configures a build folder (default build/) with the given CMake options,
# then builds incrementally. It configures again only when the options change.
#   scripts/build.sh [FOLDER [CMAKE-OPTION...]]
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-build}
shift || true
options=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@")
# ccache, when a developer has it, makes a second folder cheap; CI has none.
if command -v ccache >/dev/null; then
    options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
stamp="$folder/hearth-configured-with"
if [ ! -f "$folder/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${options[*]}" ]; then
    cmake -S . -B "$folder" "${options[@]}"
    echo "${options[*]}" >"$stamp"
fi
cmake --build "$folder"
