#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (headless).
#   ./test.sh [--sanitize] [--werror] [CTEST-OPTION...]
#   --sanitize  build in build-sanitize/ with AddressSanitizer and
#               UndefinedBehaviorSanitizer and run every test under them
#   --werror    a warning in Hearth's own code fails the build (CI)
set -euo pipefail
cd "$(dirname "$0")"
folder=build
sanitize=OFF
werror=OFF
while [ $# -gt 0 ]; do
    case "$1" in
        --sanitize) folder=build-sanitize; sanitize=ON ;;
        --werror) werror=ON ;;
        *) break ;;
    esac
    shift
done
scripts/install-packages.sh
scripts/build.sh "$folder" -DHEARTH_SANITIZE=$sanitize -DHEARTH_WERROR=$werror
if [ $sanitize = ON ]; then
    # shellcheck source=tests/sanitizers/options.sh
    . tests/sanitizers/options.sh
fi
cd "$folder"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 "$@"
