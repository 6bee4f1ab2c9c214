#!/usr/bin/env bash
# Shows that `chorus-analyst report` streams its bundle: its peak memory stays the same whether the
# bundle holds 1,000 responses or 20,000. See bench/README.md.
#   bench/analyst-memory.sh                 (from the package root)
#   BIN=path/to/bin RESPONSES=20000 SMALL=1000 bench/analyst-memory.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RESPONSES=${RESPONSES:-20000}
SMALL=${SMALL:-1000}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}

trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
load_before=$(load_average)
check_setup
need wrk wrk
need /usr/bin/time time
[ "$RESPONSES" -gt "$SMALL" ] || die "RESPONSES ($RESPONSES) must be larger than SMALL ($SMALL)"
make_keys
start_server
preflight_post

# Fill the server: wrk in rounds, each sized from the rate so far, until enough are stored.
stored=1 round=0 chunk=15 fill_started=$SECONDS
while [ "$stored" -lt "$RESPONSES" ]; do
    round=$(( round + 1 ))
    log "Filling: round $round, wrk POSTs for ${chunk}s ($stored of $RESPONSES stored)"
    run_wrk post "${chunk}s" "$THREADS" "$CONNECTIONS" "$TMP/fill-$round.txt"
    stored=$(export_count "$TMP/count-$round.jsonl")
    rm -f "$TMP/count-$round.jsonl" "$TMP/count-$round.jsonl.withdrawn"
    rate=$(( stored / (SECONDS - fill_started + 1) + 1 ))
    chunk=$(( (RESPONSES - stored) * 11 / 10 / rate + 2 ))
    [ "$chunk" -le 600 ] || chunk=600
done
fill_seconds=$(( SECONDS - fill_started ))

"$BIN/chorus-server" export --data "$TMP/data" --out "$TMP/bundle.jsonl" >/dev/null
total=$(wc -l < "$TMP/bundle.jsonl" | tr -d ' ')
head -n "$SMALL" "$TMP/bundle.jsonl" > "$TMP/small.jsonl"
log "Bundle: $total responses ($(du -h "$TMP/bundle.jsonl" | cut -f1)); small bundle: $SMALL"

# The peak that /usr/bin/time reports is set by unlocking the key: Argon2id at the interactive
# strength takes 64 MiB for a fraction of a second and gives it back. So that the streaming itself
# is measured too, the report's VmRSS is also sampled every 20 ms; "after unlock" is the largest
# sample taken once RSS has fallen 32 MiB below its peak so far (the Argon2id memory was released).
sample_rss() {
    local pid=$1 out=$2
    while [ -r "/proc/$pid/status" ]; do
        awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 } END { if (rss) print rss, hwm }' "/proc/$pid/status" 2>/dev/null >>"$out" || true
        sleep 0.02
    done
}

# report NAME BUNDLE: runs the report under /usr/bin/time -v; sets RSS_KB, AFTER_UNLOCK_KB,
# SECONDS_TAKEN, COUNTED.
report() {
    local name=$1 bundle=$2 time_pid child="" status=0
    /usr/bin/time -v -o "$TMP/time-$name.txt" \
        "$BIN/chorus-analyst" report "$bundle" --key "$TMP/keys/analysis.key" \
        --passphrase-file "$TMP/passphrase" --surveys Surveys --k 5 --out "$TMP/out-$name" \
        >"$TMP/report-$name.log" 2>&1 &
    time_pid=$!
    : >"$TMP/rss-$name.txt"
    for _ in $(seq 1 500); do
        child=$(cat "/proc/$time_pid/task/$time_pid/children" 2>/dev/null | awk '{ print $1 }') || true
        [ -z "$child" ] && kill -0 "$time_pid" 2>/dev/null && { sleep 0.001; continue; }
        break
    done
    [ -n "$child" ] && sample_rss "$child" "$TMP/rss-$name.txt"
    wait "$time_pid" || status=$?
    [ "$status" = 0 ] || { cat "$TMP/report-$name.log" >&2; die "the $name report failed"; }
    AFTER_UNLOCK_KB=$(awk '$2 - $1 >= 32768 { released = 1 } released && $1 > peak { peak = $1 } END { print peak + 0 }' "$TMP/rss-$name.txt")
    RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$TMP/time-$name.txt")
    SECONDS_TAKEN=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): *//p' "$TMP/time-$name.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
    COUNTED=$(sed -n "s/^$SURVEY: \([0-9]*\) responses counted.*/\1/p" "$TMP/report-$name.log")
    if grep -q "could not be used" "$TMP/report-$name.log"; then
        log "WARNING: the $name report left responses out:"; grep -A3 "could not be used" "$TMP/report-$name.log" >&2
    fi
    for file in tables.csv findings.json report.html; do
        [ -s "$TMP/out-$name/$file" ] || die "the $name report wrote no $file"
    done
}

log "Report on $SMALL responses"
report small "$TMP/small.jsonl"
small_rss=$RSS_KB small_after=$AFTER_UNLOCK_KB small_time=$SECONDS_TAKEN small_counted=$COUNTED
log "Report on $total responses"
report all "$TMP/bundle.jsonl"
all_rss=$RSS_KB all_after=$AFTER_UNLOCK_KB all_time=$SECONDS_TAKEN all_counted=$COUNTED

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "== Chorus analyst memory benchmark =="
echo "machine:     $(machine_description)"
echo "binaries:    $BIN ($(stat -c %y "$BIN/chorus-analyst" | cut -d. -f1))"
echo "bundle:      $total sealed responses of $SURVEY, $(du -h "$TMP/bundle.jsonl" | cut -f1) (filled by wrk in ${fill_seconds} s)"
mib() { awk -v k="$1" 'BEGIN { if (k > 0) printf "%.1f MiB", k / 1024; else printf "n/a" }'; }
printf 'report %6s responses: max RSS %s, after key unlock %s, elapsed %s s  (%s counted)\n' \
    "$SMALL" "$(mib "$small_rss")" "$(mib "$small_after")" "$small_time" "${small_counted:-?}"
printf 'report %6s responses: max RSS %s, after key unlock %s, elapsed %s s  (%s counted)\n' \
    "$total" "$(mib "$all_rss")" "$(mib "$all_after")" "$all_time" "${all_counted:-?}"
echo "ratio all/small: responses x$(ratio "$total" "$SMALL"), max RSS x$(ratio "$all_rss" "$small_rss")," \
     "after key unlock x$( [ "$small_after" -gt 0 ] && [ "$all_after" -gt 0 ] && ratio "$all_after" "$small_after" || echo n/a)," \
     "elapsed x$(ratio "$all_time" "$small_time")"
echo "             (max RSS: /usr/bin/time -v, set by Argon2id's 64 MiB while the key is unlocked;"
echo "              after key unlock: largest 20 ms VmRSS sample while reading the bundle and writing the report)"
echo "load before: $load_before (1-min load average at the start; near 0 = nothing else was running)"
echo "took:        $(( SECONDS - started )) s"
