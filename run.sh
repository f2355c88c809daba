#!/usr/bin/env bash
# Installs what is missing, builds, and starts Hearth. Arguments go to hearth,
# for example: ./run.sh --screenshot home.png --page guide
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-packages.sh
scripts/build.sh
exec build/app/hearth "$@"
