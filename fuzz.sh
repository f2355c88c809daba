#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (in build-fuzz/) and runs each for
# SECONDS (default 60), one after another, or only the TARGETs named:
#   ./fuzz.sh [SECONDS] [content|coach|favourites|backup|packs ...]
# Each input gets at most 10 s and 2 GB. Exits non-zero when any target finds a
# crash, a leak, a timeout, an out-of-memory or a broken invariant; each such
# input is copied to tests/data/fuzz/TARGET/, where the ordinary suite replays
# it (ctest -L fuzz): commit it, then fix what it shows. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")"
seconds=60
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(content coach favourites backup packs)

scripts/install-packages.sh scripts/debian-packages.txt scripts/debian-packages-fuzz.txt
# With HEARTH_FUZZ the build holds only hearth_core and the fuzz targets.
scripts/build.sh build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DHEARTH_FUZZ=ON

# The corpora grow in build-fuzz/corpus/TARGET across runs; seeds come from the
# repository every time.
seeds=build-fuzz/seeds
if [[ " ${targets[*]} " == *" coach "* ]]; then
    # The coach's labelled corpus, one statement a file.
    rm -rf "$seeds/coach"
    mkdir -p "$seeds/coach"
    n=0
    while IFS=$'\t' read -r _ statement; do
        [ -n "${statement:-}" ] || continue
        n=$((n + 1))
        printf '%s' "$statement" >"$seeds/coach/corpus-$n.txt"
    done < <(grep -v '^#' tests/data/coach/corpus.tsv)
fi

declare -A seed_dirs=(
    [content]="content tests/data/content"
    [coach]="$seeds/coach"
    [favourites]="tests/data/favourites"
    [backup]="tests/data/backup"
    [packs]="tests/data/packs tests/data/packs/broken"
)
declare -A dictionaries=([content]=json [coach]=coach [favourites]=json [backup]=json [packs]=json)
# Longer than every seed (content files are up to 30 KB), short enough to be quick.
declare -A max_len=([content]=65536 [coach]=4096 [favourites]=32768 [backup]=32768 [packs]=65536)

failed=()
for target in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$target
    findings=build-fuzz/findings/$target
    regressions=tests/data/fuzz/$target
    mkdir -p "$corpus" "$findings" "$regressions"
    log=build-fuzz/fuzz-$target.log
    echo "== fuzz_$target for $seconds s (log: $log)"
    # shellcheck disable=SC2086 # the seed folders are words on purpose
    if ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        build-fuzz/fuzz/fuzz_$target -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="${max_len[$target]}" -dict="fuzz/${dictionaries[$target]}.dict" \
        -artifact_prefix="$findings/" -print_final_stats=1 \
        "$corpus" ${seed_dirs[$target]} "$regressions" >"$log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)|^#[0-9]+.*DONE' "$log" || true
    else
        failed+=("$target")
        tail -n 40 "$log"
        for finding in "$findings"/*; do
            [ -f "$finding" ] || continue
            cp -n "$finding" "$regressions/"
            echo "Finding kept as $regressions/$(basename "$finding"): commit it, then fix it."
        done
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "Findings in: ${failed[*]}" >&2
    exit 1
fi
echo "No findings in: ${targets[*]}"
