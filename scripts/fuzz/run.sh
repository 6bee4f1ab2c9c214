#!/usr/bin/env bash
# Fuzzes Chorus's file readers with libFuzzer, each for a bounded time, and fails on any crash,
# hang (over 10 s on one input) or runaway memory (over 2 GB). See Fuzz/README.md.
#   scripts/fuzz/run.sh                         every reader, FUZZ_SECONDS (default 20) each
#   FUZZ_SECONDS=600 scripts/fuzz/run.sh bundle one reader, longer
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_EACH=${FUZZ_SECONDS:-20}
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(survey-yaml relevance findings-json coding-sheet bundle themes-yaml forum-yaml xlsform)
SCRATCH=.build-fuzz
# Below this many runs in a whole run, the harness is broken rather than the readers sound.
MINIMUM_RUNS=${FUZZ_MINIMUM_RUNS:-200}

echo "Building chorus-fuzz for libFuzzer in $SCRATCH/ (the first time takes a few minutes)"
# SwiftPM defines an executable's `main` itself and -sanitize=fuzzer links libFuzzer's as well;
# the first definition (libFuzzer's) is kept, and both lead to the same readers (Entry.swift).
swift build --product chorus-fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DCHORUS_LIBFUZZER -Xlinker --allow-multiple-definition
BINARY="$SCRATCH/debug/chorus-fuzz"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/chorus-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p Fuzz/crashes
failed=()
summary=()
for target in "${TARGETS[@]}"; do
    [ -d "Fuzz/seeds/$target" ] || { echo "No seeds for '$target' in Fuzz/seeds/"; exit 2; }
    mkdir -p "$WORK/$target"
    echo "== $target: ${SECONDS_EACH} s"
    status=0
    # Swift's own crash handler would otherwise take the signal before libFuzzer saves the input.
    SWIFT_BACKTRACE=enable=no CHORUS_FUZZ_TARGET=$target "$BINARY" "$WORK/$target" "Fuzz/seeds/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="Fuzz/crashes/$target-" -print_final_stats=1 >"$WORK/$target.log" 2>&1 || status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$WORK/$target.log" | tail -n1)
    coverage=$(grep -Eo 'cov: [0-9]+' "$WORK/$target.log" | tail -n1 | cut -d' ' -f2)
    summary+=("$(printf '%-14s %9s runs  coverage %5s  exit %s' "$target" "${runs:-?}" "${coverage:-?}" "$status")")
    if [ "$status" != 0 ]; then
        grep -E 'ERROR|SUMMARY|Fatal error|Test unit written' "$WORK/$target.log" | head -n 20
        failed+=("$target")
    elif [ "${runs:-0}" -lt "$MINIMUM_RUNS" ]; then
        tail -n 20 "$WORK/$target.log"
        echo "Only ${runs:-0} runs: the harness did not fuzz."
        failed+=("$target")
    fi
done

echo
echo "== chorus-fuzz summary (${SECONDS_EACH} s each)"
printf '%s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]}. The input that failed is in Fuzz/crashes/; replay it with:"
    echo "  swift build --product chorus-fuzz && .build/debug/chorus-fuzz TARGET Fuzz/crashes/FILE"
    exit 1
fi
echo "No crash, hang or runaway memory."
