#!/usr/bin/env bash
# How many complete survey submissions per second chorus-server seals and stores, and how fast it
# serves a survey page, measured with wrk over loopback. See bench/README.md.
#   bench/submissions.sh                    (from the package root)
#   BIN=path/to/bin DURATION=20s THREADS=2 CONNECTIONS=16 bench/submissions.sh
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}

trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
load_before=$(load_average)
check_setup
need wrk wrk
make_keys
start_server
preflight_post

log "GET  /s/$SURVEY for $DURATION ($THREADS threads, $CONNECTIONS connections)"
run_wrk get "$DURATION" "$THREADS" "$CONNECTIONS" "$TMP/get.txt"
log "POST /s/$SURVEY (complete final submissions) for $DURATION"
run_wrk post "$DURATION" "$THREADS" "$CONNECTIONS" "$TMP/post.txt"

stored=$(export_count "$TMP/export.jsonl")
stored_by_wrk=$(( stored - 1 ))   # the pre-flight POST stored one

summary() {
    local file=$1 requests duration errors ok
    requests=$(wrk_field "$file" requests)
    duration=$(wrk_field "$file" duration_us)
    errors=$(( $(wrk_field "$file" status_errors) ))
    ok=$(( requests - errors ))
    printf '%-5s %9s req/s  p50 %7s ms  p99 %7s ms  max %7s ms  (%d requests in %.1f s; %d non-2xx; socket errors: connect %d, read %d, write %d, timeout %d)\n' \
        "$2" "$(awk -v n="$ok" -v us="$duration" 'BEGIN { printf "%.0f", n / (us / 1e6) }')" \
        "$(ms "$(wrk_field "$file" p50_us)")" "$(ms "$(wrk_field "$file" p99_us)")" "$(ms "$(wrk_field "$file" max_us)")" \
        "$requests" "$(awk -v us="$duration" 'BEGIN { print us / 1e6 }')" "$errors" \
        "$(wrk_field "$file" connect_errors)" "$(wrk_field "$file" read_errors)" \
        "$(wrk_field "$file" write_errors)" "$(wrk_field "$file" timeouts)"
}

post_requests=$(wrk_field "$TMP/post.txt" requests)
post_ok=$(( post_requests - $(wrk_field "$TMP/post.txt" status_errors) ))
difference=$(( stored_by_wrk - post_ok ))

echo
echo "== Chorus submissions benchmark =="
echo "machine:     $(machine_description)"
echo "binaries:    $BIN ($(stat -c %y "$BIN/chorus-server" | cut -d. -f1))"
echo "data folder: $(filesystem_description), SQLite synchronous=FULL"
echo "load:        wrk, $THREADS threads, $CONNECTIONS connections, $DURATION each, loopback, server and wrk on the same machine"
summary "$TMP/get.txt" "GET"
summary "$TMP/post.txt" "POST"
echo "             (POST req/s = complete responses sealed and stored durably per second)"
echo "stored:      $stored_by_wrk responses from the POST run (export: $stored lines, less 1 pre-flight)"
echo "check:       wrk counted $post_ok successful POSTs; stored minus successful = $difference" \
     "(a few more stored is normal: requests in flight when wrk stops are stored but not counted)"
if [ "$difference" -lt 0 ] || [ "$difference" -gt "$CONNECTIONS" ]; then
    echo "WARNING:     stored and successful POSTs differ by more than the $CONNECTIONS requests that can be in flight"
fi
echo "load before: $load_before (1-min load average at the start; near 0 = nothing else was running)"
echo "took:        $(( SECONDS - started )) s"
