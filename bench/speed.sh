#!/usr/bin/env bash
# Chorus's speed as a share of a minimal Hummingbird server's, measured side by side in one run:
# a survey's first page, a forum thread of 50 posts, and sealed durable submissions. Prints
# figures, passes or fails nothing. See bench/README.md.
#   swift build -c release && bench/speed.sh
#   BIN=.build-release/release DURATION=10s CONNECTIONS=16 bench/speed.sh
set -euo pipefail

BIN=${BIN:-.build/release}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
POSTS=${POSTS:-50}
HELLO_PID=""

stop_hello() { if [ -n "$HELLO_PID" ]; then kill "$HELLO_PID" 2>/dev/null || true; wait "$HELLO_PID" 2>/dev/null || true; fi; }
trap 'stop_hello; cleanup' EXIT
trap 'exit 130' INT TERM

started=$SECONDS
load_before=$(load_average)
check_setup
[ -x "$BIN/bench-hello" ] || die "$BIN/bench-hello is missing: swift build -c release (or set BIN)"
need wrk wrk

# wrk_rate OUTFILE URL [HEADER]: requests per second of 2xx answers, from wrk's own summary.
wrk_rate() {
    local out=$1 url=$2 header=${3:-}
    if [ -n "$header" ]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$url" >"$out" 2>&1
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out" 2>&1
    fi
    if grep -q 'Non-2xx or 3xx responses' "$out"; then cat "$out" >&2; die "$url answered errors under load"; fi
    awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out"
}
p50() { awk '$1 == "50%" { print $2 }' "$1"; }

# Server CPU seconds so far (user + system), from /proc.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$1/stat"; }

make_keys
HELLO_PORT=$(free_port)
"$BIN/bench-hello" "$HELLO_PORT" >"$TMP/hello.log" 2>&1 &
HELLO_PID=$!
for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$HELLO_PORT/" 2>/dev/null && break; sleep 0.1; done

SERVER_ARGS="--forum docs/forum.example.yaml"
start_server
preflight_post
code=$("$BIN/chorus-server" invites create --data "$TMP/data" --count 1 --expires 2 --note bench | grep -Eo '[A-Z0-9]{4}(-[A-Z0-9]{4})+' | head -n1)
[ -n "$code" ] || die "no invite code was created"
IFS=$'\t' read -r thread_path cookie < <(python3 "$BENCH_DIR/forum_thread.py" "http://127.0.0.1:$PORT" "$TMP/data" "$code" "$POSTS")
shown=$(curl -fsS -H "Cookie: $cookie" "http://127.0.0.1:$PORT$thread_path" | grep -c 'class="post' || true)
log "Thread $thread_path: $shown posts shown to the member"

# measured_rate NAME PID OUTFILE URL [HEADER]: wrk_rate, and the server's CPU microseconds per
# request over the same run in $TMP/NAME.cpu. wrk shares the machine's cores with the server, so
# this says how much of a page's cost is the server's own.
measured_rate() {
    local name=$1 pid=$2 before after rate
    shift 2
    before=$(cpu_seconds "$pid")
    rate=$(wrk_rate "$@")
    after=$(cpu_seconds "$pid")
    awk -v a="$before" -v b="$after" -v r="$rate" -v d="${DURATION%s}" 'BEGIN { printf "%.0f", (b - a) * 1e6 / (r * d) }' >"$TMP/$name.cpu"
    echo "$rate"
}

log "GET hello, survey page and thread for $DURATION each; then POST submissions"
hello=$(measured_rate hello "$HELLO_PID" "$TMP/hello.txt" "http://127.0.0.1:$HELLO_PORT/")
survey=$(measured_rate survey "$SERVER_PID" "$TMP/survey.txt" "http://127.0.0.1:$PORT/s/$SURVEY")
thread=$(measured_rate thread "$SERVER_PID" "$TMP/thread.txt" "http://127.0.0.1:$PORT$thread_path" "Cookie: $cookie")
hello_again=$(measured_rate hello2 "$HELLO_PID" "$TMP/hello2.txt" "http://127.0.0.1:$HELLO_PORT/")
cpu_before=$(cpu_seconds "$SERVER_PID")
run_wrk post "$DURATION" "$THREADS" "$CONNECTIONS" "$TMP/post.txt"
cpu_after=$(cpu_seconds "$SERVER_PID")
post_requests=$(wrk_field "$TMP/post.txt" requests)
post_ok=$(( post_requests - $(wrk_field "$TMP/post.txt" status_errors) ))
post_rate=$(awk -v n="$post_ok" -v us="$(wrk_field "$TMP/post.txt" duration_us)" 'BEGIN { printf "%.0f", n / (us / 1e6) }')
cpu_ms=$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$post_ok" 'BEGIN { printf "%.2f", (b - a) * 1000 / n }')

# What the disk allows: 64 KiB written and fsynced in place, as often as it will, for 3 s.
fsyncs=$(python3 - "$TMP/data/fsync-probe" <<'PY'
import os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
block, count, end = os.urandom(65536), 0, time.time() + 3
while time.time() < end:
    os.pwrite(fd, block, 0); os.fsync(fd); count += 1
os.close(fd); os.unlink(sys.argv[1])
print(round(count / 3))
PY
)
# What the disk allows a server that commits each response durably, one at a time, as Chorus
# does: single-row transactions of a sealed response's size into a fresh file with Chorus's
# settings (64 KiB pages, rollback journal truncated at each commit, synchronous FULL, secure
# delete), for 3 s. A submission cannot be stored faster than this, whatever its CPU costs.
commits=$(python3 - "$TMP/data/commit-probe.sqlite" <<'PY'
import os, random, sqlite3, sys, time
path = sys.argv[1]
db = sqlite3.connect(path, isolation_level=None)
for pragma in ("page_size = 65536", "journal_mode = truncate", "synchronous = FULL", "secure_delete = ON"):
    db.execute("PRAGMA " + pragma)
db.execute("CREATE TABLE response (slot INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, box BLOB NOT NULL, withdrawalHash BLOB NOT NULL UNIQUE)")
count, end = 0, time.time() + 3
while time.time() < end:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO response VALUES (?, ?, ?, ?)",
               (random.getrandbits(62), os.urandom(16).hex(), os.urandom(2200), os.urandom(32)))
    db.execute("COMMIT")
    count += 1
db.close()
for suffix in ("", "-journal"):
    if os.path.exists(path + suffix): os.unlink(path + suffix)
print(round(count / 3))
PY
)
stored=$(export_count "$TMP/export.jsonl")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
echo
echo "== Chorus speed, as a share of a minimal Hummingbird server in the same run =="
echo "machine:  $(machine_description)"
echo "binaries: $BIN; data folder: $(filesystem_description)"
echo "load:     wrk, $THREADS threads, $CONNECTIONS connections, $DURATION each, loopback; load average before: $load_before"
cpu_us() { cat "$TMP/$1.cpu"; }
printf '%-34s %8s req/s  p50 %8s  server CPU %5s us/request\n' "hello (GET /, before)" "$hello" "$(p50 "$TMP/hello.txt")" "$(cpu_us hello)"
printf '%-34s %8s req/s  p50 %8s  server CPU %5s us/request\n' "hello (GET /, after)" "$hello_again" "$(p50 "$TMP/hello2.txt")" "$(cpu_us hello2)"
hello_mean=$(( (hello + hello_again) / 2 ))
printf '%-34s %8s req/s  p50 %8s  server CPU %5s us/request  ratio to hello %s (target >= 0.25)\n' "survey first page (GET)" "$survey" "$(p50 "$TMP/survey.txt")" "$(cpu_us survey)" "$(ratio "$survey" "$hello_mean")"
printf '%-34s %8s req/s  p50 %8s  server CPU %5s us/request  ratio to hello %s (target >= 0.15)\n' "forum thread, $POSTS posts (GET)" "$thread" "$(p50 "$TMP/thread.txt")" "$(cpu_us thread)" "$(ratio "$thread" "$hello_mean")"
printf '%-34s %8s req/s  p50 %6s ms  ratio to hello %s\n' "sealed durable submission (POST)" "$post_rate" "$(ms "$(wrk_field "$TMP/post.txt" p50_us)")" "$(ratio "$post_rate" "$hello_mean")"
cpu_allows=$(awk -v c="$cpu_ms" -v n="$(nproc)" 'BEGIN { printf "%.0f", 1000 / c * n }')
echo "submissions: server CPU $cpu_ms ms per POST, so CPU alone would allow ${cpu_allows}/s on $(nproc) cores;"
echo "             the disk does $fsyncs fsyncs of 64 KiB per second, and $commits durable one-row SQLite commits"
echo "             per second with Chorus's settings; $post_rate/s stored ($stored in the export with the pre-flight)"
echo "             bound: $(awk -v p="$post_rate" -v c="$commits" -v u="$cpu_allows" 'BEGIN {
    if (u > 2 * c) printf "the disk (CPU would allow %.1f times the durable commits), stored at %.2f of the commit rate", u / c, p / c
    else printf "CPU as much as the disk (CPU would allow %.1f times the durable commits)", u / c }')"
echo "took:     $(( SECONDS - started )) s"
