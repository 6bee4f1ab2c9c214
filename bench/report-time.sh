#!/usr/bin/env bash
# How long `chorus-analyst report` takes, joint disclosure audit included, on made-up bundles of the
# survivors' survey (1,000 and 100,000 responses by default) and on the demo bundle if there is one.
# Prints figures; it is not a test. See bench/README.md.
#   bench/report-time.sh                          (from the package root)
#   BIN=path/to/bin SIZES="1000 100000" LIMIT=600 SEED=1 bench/report-time.sh
set -euo pipefail

BIN=${BIN:-.build/release}
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SIZES=${SIZES:-1000 100000}
SEED=${SEED:-1}
K=${K:-5}
LIMIT=${LIMIT:-600}        # seconds; a report still running then is stopped and reported as such
DEMO=${DEMO:-demo-data}
BENCH_SURVEY=${BENCH_SURVEY:-survivors-consultation}

trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
load_before=$(load_average)
[ -f Package.swift ] && [ -d Surveys ] || die "run this from the Chorus package root"
[ -x "$BIN/chorus-analyst" ] || die "$BIN/chorus-analyst is missing. Build first: swift build -c release (or set BIN)"
[ -f "Surveys/$BENCH_SURVEY.yaml" ] || die "Surveys/$BENCH_SURVEY.yaml is missing"
need /usr/bin/time time
need timeout coreutils
python3 -c 'import yaml, nacl' 2>/dev/null || die "bench/make-bundle.py needs PyYAML and PyNaCl: pip install pyyaml pynacl"
make_keys
# Every run times the same build: a copy taken now, so a rebuild of $BIN meanwhile changes nothing.
binary_time() { stat -c %y "$1" | cut -d. -f1; }
mkdir "$TMP/bin"
cp -p "$BIN/chorus-analyst" "$TMP/bin/chorus-analyst"
ANALYST="$TMP/bin/chorus-analyst"

# report NAME BUNDLE KEY PASSPHRASE [EXTRA ARGS...]: runs the report under /usr/bin/time -v with a
# fresh ledger (so no earlier release refuses or holds back anything) and a time limit; then
# records its figures in R_<field>[NAME].
declare -A R_STATUS R_ELAPSED R_CPU R_RSS R_COUNTED R_PROBLEMS R_NUMBERS R_LPS R_PART R_MORE R_HELD R_TABLES R_NOTSHOWN
NAMES=()
report() {
    local name=$1 bundle=$2 key=$3 passphrase=$4 status=0
    shift 4
    local out="$TMP/out-$name" log="$TMP/report-$name.log" timing="$TMP/time-$name.txt"
    NAMES+=("$name")
    log "Report $name: $(wc -l < "$bundle" | tr -d ' ') lines, limit ${LIMIT} s"
    /usr/bin/time -v -o "$timing" timeout --signal=TERM --kill-after=10 "$LIMIT" \
        "$ANALYST" report "$bundle" --key "$key" --passphrase-file "$passphrase" \
        --surveys Surveys --k "$K" --out "$out" --ledger "$TMP/releases-$name.json" "$@" \
        >"$log" 2>&1 || status=$?
    case $status in
        0) R_STATUS[$name]=ok ;;
        124|137) R_STATUS[$name]="stopped after ${LIMIT} s" ;;
        *) R_STATUS[$name]="failed ($status)"; log "Report $name failed with status $status:"
           tr '\r' '\n' < "$log" | grep -v '^[[:space:]]*$' | tail -n 5 >&2 || true ;;
    esac
    R_ELAPSED[$name]=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): *//p' "$timing" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
    R_CPU[$name]=$(awk -F': *' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$timing")
    R_RSS[$name]=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$timing")
    R_COUNTED[$name]=$(awk '/^[a-z0-9-]+: [0-9]+ responses counted/ { n += $2; seen = 1 } END { if (seen) print n; else print "-" }' "$log")
    R_PROBLEMS[$name]=$(sed -n 's/^\([0-9]*\) responses could not be used.*/\1/p' "$log")
    [ -n "${R_PROBLEMS[$name]}" ] || R_PROBLEMS[$name]=$([ "$status" = 0 ] && echo 0 || echo -)
    local audited
    audited=$(grep '^Audited all ' "$log" || true)
    R_NUMBERS[$name]=$(sed -n 's/^Audited all \([0-9]*\) numbers.*/\1/p' <<<"$audited")
    R_LPS[$name]=$(sed -n 's/.*(\([0-9]*\) linear programs.*/\1/p' <<<"$audited")
    R_PART[$name]=$(sed -n 's/.*largest linked part \([0-9]*\) hidden.*/\1/p' <<<"$audited")
    R_MORE[$name]=$(sed -n 's/.*; \([0-9]*\) more hidden.*/\1/p' <<<"$audited")
    R_HELD[$name]=$(sed -n 's/^\([0-9]*\) numbers held back.*/\1/p' "$log")
    if [ "$status" = 0 ] && [ -s "$out/report.html" ]; then
        local figures
        figures=$(python3 scripts/report-figures.py "$out/report.html")
        R_TABLES[$name]=$(sed -n 's/^tables: //p' <<<"$figures")
        R_NOTSHOWN[$name]=$(sed -n 's/^"not shown" cells: //p' <<<"$figures")
    fi
    if [ "${R_PROBLEMS[$name]}" != 0 ] && [ "${R_PROBLEMS[$name]}" != - ]; then
        log "WARNING: the $name report left responses out:"; grep -A3 "could not be used" "$log" >&2 || true
    fi
    log "Report $name: ${R_STATUS[$name]}, ${R_ELAPSED[$name]} s"
}

BUNDLE_INFO=()
for size in $SIZES; do
    bundle="$TMP/bundle-$size.jsonl"
    log "Generating $size responses of $BENCH_SURVEY (seed $SEED)"
    generate_started=$SECONDS
    python3 "$BENCH_DIR/make-bundle.py" "Surveys/$BENCH_SURVEY.yaml" "$TMP/keys/analysis.pub" "$size" "$bundle" --seed "$SEED"
    BUNDLE_INFO+=("$size: $(du -h "$bundle" | cut -f1), generated in $(( SECONDS - generate_started )) s")
    report "$size" "$bundle" "$TMP/keys/analysis.key" "$TMP/passphrase"
    rm -f "$bundle"
done

demo_note="no $DEMO/bundle.jsonl (make demo, make demo-responses, then export it: see bench/README.md)"
if [ -f "$DEMO/bundle.jsonl" ] && [ -f "$DEMO/analyst/analysis.key" ] && [ -f "$DEMO/analyst/DEMO-ONLY-passphrase.txt" ]; then
    extra=()
    [ -f "$DEMO/coding.csv" ] && extra+=(--coding "$DEMO/coding.csv")
    [ -f docs/report-notes.example.yaml ] && extra+=(--notes docs/report-notes.example.yaml)
    demo_note="$DEMO/bundle.jsonl, $(wc -l < "$DEMO/bundle.jsonl" | tr -d ' ') lines of $(python3 -c '
import collections, json, sys
counts = collections.Counter(json.loads(line)["survey"] for line in open(sys.argv[1]) if line.strip())
print(", ".join(f"{n} {s}" for s, n in sorted(counts.items())))' "$DEMO/bundle.jsonl")${extra[*]:+; with ${extra[*]}}"
    report demo "$DEMO/bundle.jsonl" "$DEMO/analyst/analysis.key" "$DEMO/analyst/DEMO-ONLY-passphrase.txt" "${extra[@]}"
fi

mib() { awk -v k="$1" 'BEGIN { if (k > 0) printf "%.0f MiB", k / 1024; else printf "n/a" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "x%.2f", a / b; else printf "n/a" }'; }

echo
echo "== Chorus report time benchmark =="
echo "machine:     $(machine_description)"
echo "binary:      $BIN/chorus-analyst of $(binary_time "$ANALYST"), copied at the start$(
    [ "$(binary_time "$BIN/chorus-analyst")" = "$(binary_time "$ANALYST")" ] || echo " (rebuilt since, at $(binary_time "$BIN/chorus-analyst"))")"
bundle_info=$(printf '%s; ' "${BUNDLE_INFO[@]}")
echo "bundles:     made-up responses of $BENCH_SURVEY by bench/make-bundle.py, seed $SEED (${bundle_info%; })"
echo "demo:        $demo_note"
echo "report:      --k $K, a fresh ledger each, stopped after $LIMIT s"
echo
printf '%-8s %9s %9s %8s %8s %8s %8s %6s %5s %6s %8s %8s  %s\n' \
    run counted elapsed_s cpu_s max_rss numbers LPs part more held tables not_shown status
for name in "${NAMES[@]}"; do
    printf '%-8s %9s %9s %8s %8s %8s %8s %6s %5s %6s %8s %8s  %s\n' "$name" \
        "${R_COUNTED[$name]:--}" "${R_ELAPSED[$name]:--}" "${R_CPU[$name]:--}" "$(mib "${R_RSS[$name]:-0}")" \
        "${R_NUMBERS[$name]:--}" "${R_LPS[$name]:--}" "${R_PART[$name]:--}" "${R_MORE[$name]:--}" "${R_HELD[$name]:-0}" \
        "${R_TABLES[$name]:--}" "${R_NOTSHOWN[$name]:--}" \
        "${R_STATUS[$name]}$(case ${R_PROBLEMS[$name]} in 0|-) ;; *) echo ", ${R_PROBLEMS[$name]} could not be used" ;; esac)"
done
echo "  (numbers: published numbers audited together; LPs: linear programs GLPK solved; part: largest"
echo "   linked part, in hidden numbers; more: hidden by the joint audit beyond each table's own"
echo "   suppression; held: held back by earlier releases; tables and not_shown: scripts/report-figures.py)"
set -- $SIZES
if [ $# -ge 2 ]; then
    small=$1; large=${!#}
    echo "ratio $large/$small: responses $(ratio "$large" "$small"), elapsed $(ratio "${R_ELAPSED[$large]:-0}" "${R_ELAPSED[$small]:-0}")," \
         "CPU $(ratio "${R_CPU[$large]:-0}" "${R_CPU[$small]:-0}")$(
            [ "${R_STATUS[$large]}" = ok ] || printf " (the %s run did not finish: the ratio is a lower bound)" "$large"
            [ "${R_STATUS[$small]}" = ok ] || printf " (the %s run did not finish: the ratio is an upper bound)" "$small")"
fi
echo "load before: $load_before, after: $(load_average) (1-min load average; near 0 = nothing else was running;"
echo "             elapsed time stretches with other work, CPU time much less)"
echo "took:        $(( SECONDS - started )) s"
