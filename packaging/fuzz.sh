#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every fuzz target for SECONDS each (60 by default; CI runs this after the tests):
# builds the "fuzz" preset (clang, libFuzzer, AddressSanitizer, UBSan) and fuzzes from the
# seed corpus in tests/fuzz/corpus/<target>. New inputs go to build-fuzz/corpus, a crashing
# input to build-fuzz/crashes: copy it into tests/fuzz/regressions/<target> with the fix.
#   packaging/fuzz.sh [SECONDS]
set -eu
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build-fuzz/crashes
for target in text feed html compare story; do
    mkdir -p "build-fuzz/corpus/$target"
    echo "fuzz: $target for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 QT_QPA_PLATFORM=offscreen \
        "build-fuzz/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=25 -rss_limit_mb=2048 \
        -artifact_prefix="build-fuzz/crashes/$target-" -print_final_stats=1 \
        "build-fuzz/corpus/$target" "tests/fuzz/corpus/$target" > "build-fuzz/$target.log" 2>&1; then
        tail -n 60 "build-fuzz/$target.log"
        echo "fuzz: $target failed; the input is in build-fuzz/crashes/" >&2
        exit 1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$target.log" || true
done
