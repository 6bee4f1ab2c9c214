#!/usr/bin/env python3
"""The joint linear-programming attack on ONE Chorus release.

Reads a release folder written by `chorus-analyst report ... --out DIR` (tables.csv, findings.json,
findings-public.json and report.html when present) and the survey definitions, builds one integer
linear system over every number the release publishes (see release_model.py for the facts used),
and for every hidden number ("not shown") finds the smallest and largest value consistent with
everything published (HiGHS through scipy: the LP first, then the MILP whenever the LP optimum is
fractional). A hidden number whose range is narrower than k-1 (fewer than k possible values) is
reported.

  attack.py RELEASE_DIR --surveys DIR [--truth truth.json --truth-set base|plus|minus]
            [--k K] [--round B] [--out summary.json]

Exit status: 0 when no hidden number is narrower than k-1; 1 when some are; 2 on a usage error;
3 when the published numbers contradict the model (infeasible: a bug in the model or the release).
With --truth (from synth.py) each narrow number carries its true value, and the model is checked
for soundness: every fact must hold for the true counts, else the violated facts are listed.
"""
import argparse
import json
import sys
import time

import numpy as np

from release_model import (write_summary, LinearSystem, Release, Solver, add_release_facts, add_structure, key_str,
                           load_surveys, true_count)


def truth_responses(path, which):
    with open(path) as f:
        t = json.load(f)
    base = [p["answers"] for p in t["responses"]]
    if which == "plus":
        base = base + [t["added"]["answers"]]
    elif which == "minus":
        wid = t["withdrawn"]["id"]
        base = [p["answers"] for p in t["responses"] if p["id"] != wid]
    return t.get("survey"), base


def check_truth(system, truth_values, limit=20):
    x = np.array([truth_values.get(n, np.nan) for n in system.names], float)
    bad = []
    for coefs, lo, hi, tag in system.rows:
        if any(np.isnan(x[i]) for i in coefs):
            continue
        v = sum(c * x[i] for i, c in coefs.items())
        if v < lo - 1e-6 or v > hi + 1e-6:
            bad.append({"fact": tag, "value": v, "lo": lo, "hi": hi})
    return bad[:limit], len(bad)


def run(release_dir, surveys_dir, k=None, rounding=None, truth=None, truth_set="base", quiet=False,
        full_ranges=False, seed_lps=12, without=()):
    t0 = time.time()
    surveys = load_surveys(surveys_dir)
    rel = Release(release_dir, surveys, rounding=rounding)
    k = k or rel.k or 5
    system = LinearSystem()
    var_of = lambda key: system.var(key)
    for key in sorted(rel.keys(), key=key_str):
        var_of(key)
    n_struct = add_structure(system, surveys, list(rel.keys()), var_of)
    add_release_facts(system, rel, var_of)
    if without:
        system.rows = [r for r in system.rows if not any(r[3].startswith(w) or w in r[3] for w in without)]

    truth_values = None
    soundness = None
    if truth:
        sid, responses = truth_responses(truth, truth_set)
        truth_values = {}
        for name in system.names:
            if isinstance(name, tuple) and len(name) == 2 and name[0] in surveys:
                truth_values[name] = true_count(surveys[name[0]], name, responses) if name[0] == sid else 0
        bad, n_bad = check_truth(system, truth_values)
        soundness = {"violated_facts": n_bad, "examples": bad}
        if n_bad and not quiet:
            print(f"WARNING: {n_bad} facts do not hold for the true counts (the model is unsound):", file=sys.stderr)
            for b in bad[:10]:
                print("  ", b, file=sys.stderr)

    solver = Solver(system)
    summary = {
        "release": release_dir, "k": k, "rounding": rel.rounding,
        "variables": len(system.names), "facts": len(system.rows), "structural_facts": n_struct,
        "published_numbers": dict(rel.counts), "unmodelled": sorted(set(rel.unmodelled)),
        "assumptions": [
            "a hidden number may be 0 (secondary suppression hides zeros too; the docs promise nothing else)",
            "percentages are count/base*100 to one decimal (+-0.05) in the data files, whole (+-0.5) in report.html" if not rel.rounding else
            "with rounding, percentages are not used",
        ],
    }
    feas = solver.feasible_point(integer=False)
    if feas.status != 0:
        summary.update({"error": "the published numbers contradict the model (infeasible)", "soundness": soundness})
        return summary, 3

    # distinct hidden numbers
    groups = {}
    for expr, slot in rel.hidden:
        if not expr.terms:
            continue
        sig = expr.sig()
        if sig not in groups:
            groups[sig] = (expr, [])
        groups[sig][1].append(slot)
    published_sigs = {e.sig() for e, lo, hi, _ in rel.facts if lo == hi}
    narrow, exact = [], 0
    widths = []
    coef_list = []
    for sig, (expr, slots) in groups.items():
        coefs = {}
        for key, c in expr.terms.items():
            i = system.index[key]
            coefs[i] = coefs.get(i, 0) + c
        coef_list.append(coefs)
    solver.seed_witnesses(coef_list, count=seed_lps)
    for (sig, (expr, slots)), coefs in zip(groups.items(), coef_list):
        r = solver.range(coefs, expr.const, enough=None if full_ranges else k - 1)
        if r is None:
            continue  # witnesses show it takes values at least k-1 apart
        lo, hi = r
        if lo is None or hi is None:
            widths.append(None)
            continue
        lo, hi = round(lo, 6), round(hi, 6)
        width = hi - lo
        widths.append(width)
        if width < k - 1 - 1e-9:
            exact += width < 1e-9
            item = {"key": " + ".join(("" if c == 1 else f"{c:g}*") + key_str(kk) for kk, c in expr.terms.items())
                    + (f" + {expr.const:g}" if expr.const else ""),
                    "min": lo, "max": hi, "width": width, "hidden_at": slots[:4], "hidden_slots": len(slots)}
            if truth_values is not None:
                item["true"] = expr.value(truth_values)
            # a "not shown" that is merely a sum of numbers published elsewhere in the release
            item["derived_from_published"] = (not rel.rounding and (
                sig in published_sigs or (len(expr.terms) > 1 and all(kk in rel.published_keys for kk in expr.terms))))
            narrow.append(item)
    narrow.sort(key=lambda it: (it["width"], it["key"]))
    summary.update({
        "hidden_slots": sum(len(v[1]) for v in groups.values()),
        "hidden": len(groups),
        "narrow": len(narrow),
        "exact": exact,
        "narrow_derived": sum(1 for it in narrow if it["derived_from_published"]),
        "narrow_list": narrow,
        "lp_solves": solver.lp_solves, "milp_solves": solver.milp_solves, "witness_points": len(solver.witnesses),
        "seconds": round(time.time() - t0, 2),
    })
    if soundness is not None:
        summary["soundness"] = soundness
        summary["truth_inside_every_range"] = all(
            it["min"] - 1e-6 <= it["true"] <= it["max"] + 1e-6 for it in narrow)
    return summary, (1 if narrow else 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("release")
    ap.add_argument("--surveys", required=True, help="the survey definitions the release was made with")
    ap.add_argument("--k", type=int, help="default: the k the release states")
    ap.add_argument("--round", type=int, dest="rounding", help="rounding base, when the release does not state it")
    ap.add_argument("--truth", help="truth.json from synth.py")
    ap.add_argument("--truth-set", default="base", choices=["base", "plus", "minus"],
                    help="which bundle the release was made from (default: base)")
    ap.add_argument("--out", help="write the JSON summary here (default: stdout)")
    ap.add_argument("--without", help="leave out facts whose description contains any of these comma-separated "
                                     "words (e.g. percent,union,report.html): to see which facts an attack needs")
    ap.add_argument("--full-ranges", action="store_true",
                    help="solve min and max of every hidden number (default: stop as soon as integer points "
                         "already found show a range of at least k-1)")
    a = ap.parse_args()
    summary, status = run(a.release, a.surveys, a.k, a.rounding, a.truth, a.truth_set, full_ranges=a.full_ranges,
                          without=[w for w in (a.without or "").split(",") if w])
    write_summary(summary, a.out)
    if "error" in summary:
        print(f"{a.release}: {summary['error']}", file=sys.stderr)
    else:
        print(f"{a.release}: {summary['hidden']} hidden numbers, {summary['narrow']} narrower than k-1 = "
              f"{summary['k'] - 1} ({summary['exact']} exact, {summary['narrow_derived']} merely a sum of numbers "
              f"published elsewhere); {summary['seconds']} s", file=sys.stderr)
    sys.exit(status)


if __name__ == "__main__":
    main()
