# Shared by bench/submissions.sh and bench/analyst-memory.sh. Sourced, not run.
# Sets up a throwaway key pair and server in a temporary folder and removes both on exit.

BIN=${BIN:-.build-release/release}
SURVEY=agency-experience
LAST_PAGE=6   # index of the last page of Surveys/agency-experience.yaml
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

TMP=""
SERVER_PID=""
PORT=""

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
    local status=$?
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    if [ -n "$TMP" ] && [ -d "$TMP" ]; then rm -rf "$TMP"; fi
    exit "$status"
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Installs the Debian packages named if their command is missing: need COMMAND PACKAGE.
need() {
    local command=$1 package=$2
    if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "$command" ]; then
        log "Installing $package"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
    fi
}

check_setup() {
    [ -f Package.swift ] && [ -d Surveys ] && [ -d Public ] || die "run this from the Chorus package root"
    for binary in chorus-server chorus-analyst; do
        [ -x "$BIN/$binary" ] || die "$BIN/$binary is missing. Build first: swift build -c release --scratch-path .build-release (or set BIN)"
    done
    need curl curl
}

machine_description() {
    local model
    model=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
    [ -n "$model" ] || model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n1)
    printf '%s cores (nproc), %s, %s MiB RAM' "$(nproc)" "${model:-unknown CPU}" \
        "$(awk '/MemTotal/ {printf "%d", $2/1024}' /proc/meminfo)"
}

# The 1-minute load average: other work on the machine (a build, tests) skews every figure.
load_average() { cut -d' ' -f1 /proc/loadavg; }

# A TCP port on 127.0.0.1 that nothing listens on.
free_port() {
    local port
    for _ in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    die "no free port found"
}

# Makes $TMP, a key pair in $TMP/keys and the passphrase file $TMP/passphrase.
make_keys() {
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/chorus-bench.XXXXXX")
    chmod 700 "$TMP"
    head -c 24 /dev/urandom | base64 > "$TMP/passphrase"   # 32 characters
    "$BIN/chorus-analyst" keygen --out "$TMP/keys" --passphrase-file "$TMP/passphrase" --strength interactive >/dev/null
}

# Starts the server on a free port with its data in $TMP/data and waits until it answers.
start_server() {
    PORT=$(free_port)
    # shellcheck disable=SC2086  # SERVER_ARGS is a list of words
    "$BIN/chorus-server" serve --data "$TMP/data" --surveys Surveys --public-key "$TMP/keys/analysis.pub" \
        --port "$PORT" --public Public ${SERVER_ARGS:-} >"$TMP/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 300); do
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            cat "$TMP/server.log" >&2
            die "the server stopped while starting"
        fi
        if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/s/$SURVEY" 2>/dev/null; then
            log "Server $SERVER_PID is answering on port $PORT"
            return 0
        fi
        sleep 0.1
    done
    die "the server did not answer within 30 s"
}

# One complete, final submission, as a form body.
sample_body() {
    local fields=(
        "barriers=not_knowing_where" "barriers=fear_not_believed"
        "barriers_comment=Nobody%20told%20me%20what%20help%20there%20was." "barriers_comment__quote=yes"
        "police_rating=negative" "court_rating=no_experience" "social_services_rating=positive"
        "housing_rating=very_negative" "gp_rating=positive" "maternity_rating=no_experience"
        "ae_rating=neutral" "mental_health_rating=no_experience"
        "police_comment=They%20did%20not%20call%20back." "justice_wanted=believed" "justice_wanted=safer"
        "justice_got=none" "social_services_comment=Kind%20and%20clear." "social_services_informed=agree"
        "housing_comment=Waited%20months." "gp_comment=Listened%20to%20me." "ae_comment=Busy%20but%20fine."
        "overall_believed=agree" "overall_understood=neither" "overall_lottery=strongly_agree"
        "overall_change=One%20named%20contact." "age_band=35_44" "gender=woman" "ethnic_group=white"
        "disability=no" "sexual_orientation=straight" "area=north"
        "_page=$LAST_PAGE" "_action=next"
    )
    local IFS='&'
    echo "${fields[*]}"
}

# Checks that one POST is sealed and stored: 200 and the thank-you page.
preflight_post() {
    local status
    status=$(curl -sS -o "$TMP/preflight.html" -w '%{http_code}' \
        -H 'Content-Type: application/x-www-form-urlencoded' --data "$(sample_body)" \
        "http://127.0.0.1:$PORT/s/$SURVEY")
    [ "$status" = 200 ] || die "pre-flight POST returned $status, not 200"
    grep -q "Thank you" "$TMP/preflight.html" || die "pre-flight POST returned 200 but not the thank-you page"
    log "Pre-flight POST: 200 with the thank-you page"
}

# Runs wrk: run_wrk MODE DURATION THREADS CONNECTIONS OUTFILE. Prints nothing; read with wrk_field.
run_wrk() {
    local mode=$1 duration=$2 threads=$3 connections=$4 out=$5
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency \
        -s "$BENCH_DIR/survey.lua" "http://127.0.0.1:$PORT/s/$SURVEY" -- "$mode" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk failed"; }
    grep -q '^BENCH ' "$out" || { cat "$out" >&2; die "wrk printed no BENCH line"; }
}

# wrk_field FILE NAME: a number from the BENCH line.
wrk_field() { sed -n "s/^BENCH .*\b$2=\([0-9]*\).*/\1/p" "$1"; }

# Exports every stored response to FILE and prints how many lines it has.
export_count() {
    local file=$1
    "$BIN/chorus-server" export --data "$TMP/data" --out "$file" >/dev/null
    wc -l < "$file" | tr -d ' '
}

# Where the data folder lives: SQLite's durable commits (fsync) cost what this disk makes them cost.
filesystem_description() {
    df -PT "$TMP" | awk 'NR == 2 { printf "%s on %s (%s)", $7, $2, $1 }'
}

ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
