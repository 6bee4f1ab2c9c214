#!/usr/bin/env python3
"""Attacks chorus-analyst's releases with synthetic rounds, and says whether they held.

  run.py --analyst .build/debug/chorus-analyst [--seeds 3] [--sizes 30,120,400] [--k 5]
         [--extra-args "--unsafe-audit-tables-separately"] [--expect safe|unsafe]

For each seed and size: synth.py makes a survey and a sealed bundle; `chorus-analyst report` makes
release 1 on its own ledger; attack.py solves every published number of release 1 together; then
the differencing attack: release 2 with one response added (a later export) and, separately,
release 2 with one response withdrawn (BUNDLE.withdrawn), each on a copy of release 1's ledger
(so the tool knows release 1, as a real lead's ledger would), and difference.py tries to recover
that person's single-answer questions. One key pair per run (keygen --strength interactive).

Verdict
  --expect safe    exit 1 if any hidden number is narrower than k-1, or if differencing accuracy is
                   clearly above chance: a one-sided exact test (Poisson binomial, each question's
                   own chance) over every scored question of every seed, p < 0.01. Chance is the
                   zero-aware chance (1 / options not published as 0 in the release that counts
                   her: what that release alone tells anyone).
  --expect unsafe  exit 1 if the attack found nothing (no narrow number and differencing not above
                   chance): the attack must be shown to work on unprotected output.
  Exit 2 when the harness itself failed (a report crashed or timed out, or the attack's model did
  not hold for the true counts: then its findings cannot be trusted).
"""
import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import attack  # noqa: E402
import difference  # noqa: E402
import synth  # noqa: E402

PASSPHRASE = "attack harness only: not a real key\n"


def poisson_binomial_tail(ps, s):
    """P(X >= s) for X a sum of independent Bernoulli(p_i)."""
    dist = [1.0]
    for p in ps:
        nxt = [0.0] * (len(dist) + 1)
        for i, q in enumerate(dist):
            nxt[i] += q * (1 - p)
            nxt[i + 1] += q * p
        dist = nxt
    return sum(dist[s:]) if s < len(dist) else 0.0


def report(analyst, bundle, keys, surveys, k, out, ledger, extra, timeout):
    cmd = [analyst, "report", bundle, "--key", os.path.join(keys, "analysis.key"),
           "--passphrase-file", os.path.join(keys, "passphrase.txt"), "--surveys", surveys,
           "--k", str(k), "--out", out, "--ledger", ledger] + extra
    t0 = time.time()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "seconds": round(time.time() - t0, 1), "output": ""}
    text = (p.stdout or "") + (p.stderr or "")
    if p.returncode == 0 and os.path.exists(os.path.join(out, "tables.csv")):
        status = "ok"
    elif "Refused" in text or "refuse" in text.lower():
        status = "refused"
    else:
        status = "failed"
    return {"status": status, "seconds": round(time.time() - t0, 1), "output": text.strip()[-600:],
            "returncode": p.returncode}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--analyst", required=True, help="the chorus-analyst binary")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--first-seed", type=int, default=1)
    ap.add_argument("--sizes", default="30,120,400")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--max-questions", type=int, default=12,
                    help="choice questions per synthetic survey, identifying ones included (8 to 15)")
    ap.add_argument("--extra-args", default="", help="passed to every `chorus-analyst report`")
    ap.add_argument("--expect", choices=["safe", "unsafe"])
    ap.add_argument("--timeout", type=float, default=900, help="seconds allowed per report (default 900)")
    ap.add_argument("--diff-ledger", choices=["same", "fresh"], default="same",
                    help="release 2 on a copy of release 1's ledger (default, as a lead would), or on a fresh "
                         "ledger (the tool does not know release 1: shows what the ledger alone protects)")
    ap.add_argument("--no-diff", action="store_true", help="skip the differencing attack")
    ap.add_argument("--work", help="keep every file here (default: a temporary folder, removed)")
    ap.add_argument("--json", help="write every figure here")
    argv = list(sys.argv[1:])
    for i in range(len(argv) - 1):  # "--extra-args --flag" would read as two options: join them
        if argv[i] == "--extra-args":
            argv[i:i + 2] = [f"--extra-args={argv[i + 1]}"]
            break
    a = ap.parse_args(argv)

    analyst = os.path.abspath(a.analyst)
    if not os.access(analyst, os.X_OK):
        sys.exit(f"{a.analyst}: not an executable")
    sizes = [int(x) for x in a.sizes.split(",") if x]
    extra = shlex.split(a.extra_args)
    work = a.work or tempfile.mkdtemp(prefix="chorus-attack-")
    os.makedirs(work, exist_ok=True)
    t_start = time.time()

    keys = os.path.join(work, "keys")
    os.makedirs(keys, exist_ok=True)
    with open(os.path.join(keys, "passphrase.txt"), "w") as f:
        f.write(PASSPHRASE)
    p = subprocess.run([analyst, "keygen", "--out", keys, "--passphrase-file", os.path.join(keys, "passphrase.txt"),
                        "--strength", "interactive"], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"keygen failed: {p.stdout}{p.stderr}")
    pub = os.path.join(keys, "analysis.pub")

    runs = []
    harness_errors = []
    for s in range(a.first_seed, a.first_seed + a.seeds):
        for n in sizes:
            seed = 1000 * s + n
            d = os.path.join(work, f"seed{s}-n{n}")
            os.makedirs(d, exist_ok=True)
            t0 = time.time()
            synth.make_round(seed, n, pub, d, max_questions=a.max_questions)
            surveys = os.path.join(d, "surveys")
            truth = os.path.join(d, "truth.json")
            row = {"seed": s, "n": n, "synth_seed": seed}
            ledger = os.path.join(d, "releases.json")
            r1 = report(analyst, os.path.join(d, "bundle.jsonl"), keys, surveys, a.k, os.path.join(d, "release1"),
                        ledger, extra, a.timeout)
            row["report1"] = r1["status"]
            row["report1_seconds"] = r1["seconds"]
            if r1["status"] != "ok":
                harness_errors.append(f"seed {s} n {n}: release 1 {r1['status']}: {r1['output']}")
                runs.append(row)
                print(f"seed {s} n {n}: release 1 {r1['status']}", file=sys.stderr)
                continue
            summary, _ = attack.run(os.path.join(d, "release1"), surveys, k=a.k, truth=truth, quiet=True)
            with open(os.path.join(d, "attack.json"), "w") as f:
                json.dump(summary, f, indent=1, default=str)
            if "error" in summary:
                harness_errors.append(f"seed {s} n {n}: attack: {summary['error']}")
            sound = summary.get("soundness", {}).get("violated_facts", 0)
            if sound:
                harness_errors.append(f"seed {s} n {n}: {sound} facts of the attack's model do not hold for the "
                                      f"true counts (see {d}/attack.json): a format changed or the model is wrong")
            row.update({"hidden": summary.get("hidden"), "narrow": summary.get("narrow"), "exact": summary.get("exact"),
                        "narrow_derived": summary.get("narrow_derived", 0),
                        "unmodelled": summary.get("unmodelled", []), "attack_seconds": summary.get("seconds")})
            if not a.no_diff:
                for direction, bundle in (("add", "bundle-plus.jsonl"), ("withdraw", "bundle-minus.jsonl")):
                    l2 = os.path.join(d, f"releases-{direction}.json")
                    if a.diff_ledger == "same":
                        shutil.copyfile(ledger, l2)
                    elif os.path.exists(l2):
                        os.remove(l2)
                    out2 = os.path.join(d, f"release2-{direction}")
                    r2 = report(analyst, os.path.join(d, bundle), keys, surveys, a.k, out2, l2, extra, a.timeout)
                    row[f"report2_{direction}"] = r2["status"]
                    row[f"report2_{direction}_seconds"] = r2["seconds"]
                    if r2["status"] in ("timeout", "failed"):
                        harness_errors.append(f"seed {s} n {n}: release 2 ({direction}) {r2['status']}: {r2['output']}")
                        continue
                    res = difference.run(os.path.join(d, "release1"), out2, surveys, direction, truth, seed=seed,
                                         refused=r2["status"] == "refused")
                    ds, _ = res if isinstance(res, tuple) else (res, 0)
                    with open(os.path.join(d, f"difference-{direction}.json"), "w") as f:
                        json.dump(ds, f, indent=1, default=str)
                    if "error" in ds:
                        harness_errors.append(f"seed {s} n {n}: difference ({direction}): {ds['error']}")
                        continue
                    if ds.get("unsound"):
                        harness_errors.append(f"seed {s} n {n}: difference ({direction}) excluded her true answer "
                                              f"{ds['unsound']} times: the model is wrong")
                    qs = ds["questions"]
                    scored = [q for q in qs if q.get("correct") is not None]
                    row[f"diff_{direction}"] = {
                        "refused": ds.get("refused", False),
                        "questions": len(qs),
                        "correct": sum(q["correct"] for q in scored),
                        "scored": len(scored),
                        "solved": sum(q["channel"] == "solved" for q in scored),
                        "chance": sum(q["chance"] for q in qs),
                        "zero_aware": [q["zero_aware_chance"] for q in scored],
                        "seconds": ds.get("seconds"),
                    }
            row["seconds"] = round(time.time() - t0, 1)
            runs.append(row)
            print(f"seed {s} n {n}: done in {row['seconds']} s (release 1: {r1['seconds']} s)", file=sys.stderr, flush=True)

    # ----- figures
    sys.stderr.flush()
    print()
    print(f"chorus-analyst: {analyst}  extra args: {a.extra_args or '(none)'}  k = {a.k}  "
          f"differencing ledger: {a.diff_ledger}")
    hdr = f"{'seed':>4} {'n':>4} {'hidden':>6} {'narrow':>6} {'exact':>5} {'sums':>4}  {'add: right/asked (chance)':<28} {'withdraw: right/asked (chance)':<31} {'secs':>6}"
    print(hdr)
    print("-" * len(hdr))

    def diff_cell(dd):
        if dd is None:
            return "-"
        if dd["refused"]:
            return f"refused (chance {dd['chance'] / max(1, dd['questions']):.2f})"
        za = sum(dd["zero_aware"]) / max(1, len(dd["zero_aware"]))
        return f"{dd['correct']}/{dd['scored']} solved {dd['solved']} ({za:.2f})"

    total_narrow, total_hidden = 0, 0
    succ, probs, refused, scored_runs = 0, [], 0, 0
    for r in runs:
        total_narrow += r.get("narrow") or 0
        total_hidden += r.get("hidden") or 0
        for dname in ("add", "withdraw"):
            dd = r.get(f"diff_{dname}")
            if dd is None:
                continue
            if dd["refused"]:
                refused += 1
                continue
            scored_runs += 1
            succ += dd["correct"]
            probs += dd["zero_aware"]
        print(f"{r['seed']:>4} {r['n']:>4} {str(r.get('hidden', '-')):>6} {str(r.get('narrow', '-')):>6} "
              f"{str(r.get('exact', '-')):>5} {str(r.get('narrow_derived', '-')):>4}  {diff_cell(r.get('diff_add')):<28} {diff_cell(r.get('diff_withdraw')):<31} "
              f"{r.get('seconds', '-'):>6}")
    print("-" * len(hdr))
    pval = poisson_binomial_tail(probs, succ) if probs else 1.0
    expected = sum(probs)
    total_derived = sum(r.get("narrow_derived") or 0 for r in runs)
    print(f"hidden numbers: {total_hidden}; narrower than k-1 = {a.k - 1}: {total_narrow}"
          + (f" (of which {total_derived} are 'not shown' but merely a sum of numbers published elsewhere: column 'sums')"
             if total_derived else ""))
    if probs:
        print(f"differencing: {succ} of {len(probs)} answers right, {expected:.1f} expected by chance "
              f"(zero-aware); one-sided exact test (Poisson binomial) p = {pval:.2g}; "
              f"{'CLEARLY ABOVE CHANCE (p < 0.01)' if pval < 0.01 else 'not clearly above chance'}")
    if refused:
        print(f"differencing: {refused} second releases refused by the tool (the attacker gets nothing: chance)")
    unmodelled = sorted({u for r in runs for u in r.get("unmodelled", [])})
    if unmodelled:
        print(f"not modelled ({len(unmodelled)}): " + "; ".join(unmodelled[:8]) + (" ..." if len(unmodelled) > 8 else ""))
    for e in harness_errors:
        print(f"HARNESS ERROR: {e}")
    elapsed = time.time() - t_start
    print(f"time: {elapsed:.0f} s; files in {work}" if a.work else f"time: {elapsed:.0f} s")

    found = total_narrow > 0 or pval < 0.01
    verdict, status = "no expectation given", 0
    if harness_errors:
        verdict, status = "HARNESS FAILED: see the errors above", 2
    elif a.expect == "safe":
        verdict, status = (("NOT SAFE: the attack found " + ", ".join(filter(None, [
            f"{total_narrow} hidden numbers narrower than k-1" if total_narrow else "",
            f"differencing above chance (p = {pval:.2g})" if pval < 0.01 else ""]))), 1) if found else ("SAFE: nothing found", 0)
    elif a.expect == "unsafe":
        verdict, status = ("UNSAFE, as expected: the attack works", 0) if found else \
            ("the attack found NOTHING on output expected to be unsafe", 1)
    print(f"verdict: {verdict}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"runs": runs, "hidden": total_hidden, "narrow": total_narrow, "diff_correct": succ,
                       "diff_scored": len(probs), "diff_expected": expected, "p_value": pval, "refused": refused,
                       "harness_errors": harness_errors, "verdict": verdict, "seconds": elapsed}, f, indent=1, default=str)
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
