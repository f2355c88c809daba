#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes app/hot-code.txt: the sections of hearth that a start reads up to
# its first frame (a first start and a later one), for gold to lay side by
# side (cmake/HotCode.cmake says why):
# - functions, from callgrind: every function that ran;
# - constants, from scripts/first-touched-pages.c: every one on a page read.
# Give it builds of the ways hearth is built (RelWithDebInfo, Release): each
# inlines and clones differently, and the list is their union. Run it again
# after changes to what a start does; what it does not list still works, it
# just lies with the cold.
#   scripts/order-hot-code.sh [HEARTH-BINARY...]   (default build/app/hearth and
#                                                   build-bench/app/hearth)
set -euo pipefail
cd "$(dirname "$0")/.."
binaries=("$@")
[ $# -gt 0 ] || binaries=(build/app/hearth build-bench/app/hearth)
command -v valgrind >/dev/null || { echo "$0: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cc -shared -fPIC -O2 -o "$work/first-touched-pages.so" scripts/first-touched-pages.c
: >"$work/functions"
: >"$work/constants"

# Callgrind's lines end "file:function [object]", or "???:function [object]"
# without debug information; a mangled name holds no ':'.
ran_functions() {
    local binary=$1 start=$2
    QT_QPA_PLATFORM=offscreen valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$start.out" \
        "$binary" --quit-after-first-frame --data-dir "$work/data" >/dev/null 2>&1
    callgrind_annotate --threshold=100 "$work/$start.out" | sed -n "s|^.*:\([^: ]*\) \[$binary\]\$|\1|p"
}

# The constants on the pages of .rodata that a start reads.
read_constants() {
    local binary=$1 start=$2 address size
    read -r address size < <(readelf -SW "$binary" |
        sed -n 's/^.*\] \.rodata  *PROGBITS  *\([0-9a-f]*\) [0-9a-f]* \([0-9a-f]*\) .*$/\1 \2/p')
    QT_QPA_PLATFORM=offscreen HOT_FROM=$((16#$address)) HOT_TO=$((16#$address + 16#$size)) \
        HOT_PAGES_OUT="$work/$start.pages" LD_PRELOAD="$work/first-touched-pages.so" \
        "$binary" --quit-after-first-frame --data-dir "$work/data" >/dev/null 2>&1
    local -A read_pages=()
    local page
    while read -r page; do read_pages[$((page / 4096))]=1; done <"$work/$start.pages"
    local from length type name first last
    while read -r from length type name; do
        [ "$length" != "" ] && [[ $type == [rR] ]] || continue
        first=$((16#$from / 4096))
        last=$(((16#$from + 16#$length - 1) / 4096))
        for ((page = first; page <= last; ++page)); do
            if [ -n "${read_pages[$page]:-}" ]; then
                echo "$name"
                break
            fi
        done
    done < <(nm -S --defined-only "$binary")
}

for binary in "${binaries[@]}"; do
    binary=$(realpath "$binary")
    # A first start makes the data folder (each tool watches one of its own);
    # a later one opens it, as most starts do.
    for start in first later; do
        [ "$start" = later ] || rm -rf "$work/data"
        ran_functions "$binary" "$start" >>"$work/functions"
        [ "$start" = later ] || rm -rf "$work/data"
        read_constants "$binary" "$start" >>"$work/constants"
    done
done

{
    echo "# What a start of hearth reads to its first frame, for gold's --section-ordering-file."
    echo "# Written by scripts/order-hot-code.sh; see cmake/HotCode.cmake."
    sort -u "$work/functions" | while read -r name; do
        case "$name" in
            main | _GLOBAL__sub_I_*) echo ".text.startup.$name" ;;
            0x*) ;; # no symbol: the PLT and such, not a function of ours
            *) echo ".text.$name" ;;
        esac
        # callgrind names a constructor or destructor by its complete-object
        # symbol (C1, D1); GCC emits that as an alias of the base-object one
        # (C2, D2), whose name the section carries.
        case "$name" in
            *C1E* | *D1E*) echo ".text.$(sed 's/\([CD]\)1E/\12E/' <<<"$name")" ;;
        esac
    done
    sort -u "$work/constants" | sed 's/^/.rodata./'
} >app/hot-code.txt
echo "app/hot-code.txt: $(grep -c '^\.text' app/hot-code.txt) functions, $(grep -c '^\.rodata' app/hot-code.txt) constants"
