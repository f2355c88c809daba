#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over Hearth's own C++ files, using build/'s
# compile commands; exits non-zero on any finding. Builds build/ first, since
# moc's and the QML module's generated headers must exist.
#   scripts/clang-tidy.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-packages.sh scripts/debian-packages.txt scripts/debian-packages-tidy.txt
[ -f build/compile_commands.json ] || scripts/build.sh build
cmake --build build >/dev/null
if [ $# -eq 0 ]; then
    mapfile -t files < <(git ls-files 'app/*.cpp' 'tests/*.cpp' 'fuzz/*.cpp')
else
    files=("$@")
fi
# run-clang-tidy takes regular expressions; anchor each path.
regexes=()
for file in "${files[@]}"; do
    regexes+=("$(realpath "$file" | sed 's/[.+]/\\&/g')\$")
done
# build/ is configured for GCC: clang reads -Wconversion as including
# -Wsign-conversion, which Hearth's clang builds turn off (cmake/Hardening.cmake),
# and does not know -fno-gnu-unique (cmake/HotCode.cmake), so it reads a copy
# of the compile commands without it.
commands=$(mktemp -d)
trap 'rm -rf "$commands"' EXIT
sed 's/ -fno-gnu-unique//g' build/compile_commands.json >"$commands/compile_commands.json"
run-clang-tidy-14 -p "$commands" -quiet -j "$(nproc)" -extra-arg=-Wno-sign-conversion "${regexes[@]}"
