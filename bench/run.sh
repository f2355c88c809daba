#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures everything issue #16 asks for in one run: builds Release in
# build-bench/, runs every benchmark and prints one table (median, IQR and,
# where there is a floor, the ratio to it from the same run), also written
# as JSON. See bench/README.md for what each figure is.
#   bench/run.sh [--quick] [--rounds N] [--json PATH]   (default bench/results.json)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=()
rounds=15
json=bench/results.json
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=(--quick) ;;
        --rounds) rounds=$2; shift ;;
        --json) json=$2; shift ;;
        *) echo "usage: $0 [--quick] [--rounds N] [--json PATH]" >&2; exit 2 ;;
    esac
    shift
done

scripts/install-packages.sh scripts/debian-packages.txt scripts/debian-packages-bench.txt >/dev/null
scripts/build.sh build-bench -DCMAKE_BUILD_TYPE=Release -DHEARTH_BUILD_BENCH=ON -DBUILD_TESTING=OFF >/dev/null

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
figures=$work/figures.jsonl
: >"$figures"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "Hearth $(git describe --always --dirty) on $cpu, $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
[ ${#quick[@]} -eq 0 ] || echo "--quick: one brief round each, small data; the figures only show that it runs"
echo
export LC_ALL=C.UTF-8
bench=build-bench/bench
# The columns of BenchReport::add (bench/benchreport.cpp).
printf '%-60s%-12s%-20s%-30s%s\n' figure median IQR "ratio (IQR)" target
for program in content_bench pack_bench library_bench coach_bench storage_bench; do
    QT_QPA_PLATFORM=offscreen "$bench/$program" "${quick[@]}" --json "$figures"
done
QT_QPA_PLATFORM=offscreen "$bench/startup_bench" "${quick[@]}" --rounds "$rounds" --platform offscreen --json "$figures"
if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$work/display" ] && break
        sleep 0.1
    done
    if [ -s "$work/display" ]; then
        DISPLAY=:$(tr -d '[:space:]' <"$work/display") \
            "$bench/startup_bench" "${quick[@]}" --rounds "$rounds" --platform xcb --json "$figures"
    else
        echo "Xvfb did not start (see below); start-up under X was not measured" >&2
        cat "$work/xvfb.log" >&2
    fi
else
    echo "(Xvfb is not installed: start-up was measured offscreen only)"
fi

{
    printf '{\n  "commit": "%s",\n  "date": "%s",\n' "$(git describe --always --dirty)" "$(date -u +%FT%TZ)"
    printf '  "machine": {"cpu": "%s", "cores": %s, "load_average_at_start": "%s"},\n' \
        "${cpu//\"/}" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    printf '  "quick": %s,\n  "figures": [\n' "$([ ${#quick[@]} -eq 0 ] && echo false || echo true)"
    sed -e 's/^/    /' -e '$!s/$/,/' "$figures"
    printf '  ]\n}\n'
} >"$json"
echo
echo "Written to $json"
