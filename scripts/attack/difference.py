#!/usr/bin/env python3
"""The differencing attack: two releases of the same survey, one response apart.

  difference.py RELEASE1 RELEASE2 --surveys DIR --direction add|withdraw
                [--truth truth.json] [--seed S] [--out summary.json]
  difference.py RELEASE1 --refused --surveys DIR --direction add --truth truth.json

Release 1 is made from a bundle; release 2 from the same bundle with one response added (a later
export) or one withdrawn (BUNDLE.withdrawn), on the same release ledger. The attacker wants the
changed person's answer to every single-answer question (single choice and scale).

One integer program over both releases together: the counts of release 1 are variables with every
fact of release_model.py; the changed person is a vector of 0/1 answers (one option at most per
single-answer question, skip logic obeyed, `z_K` = 1 when she is in the set K); release 2's counts
are release 1's plus (add) or minus (withdraw) z. So a number that moved, a number published in
both releases that did not move, and every margin and breakdown of both releases all constrain her
answers at once. For each question and option, the program is asked whether she could have chosen
it; the options that remain are the candidates.

The prediction for a question: the one candidate when only one remains ("solved"); otherwise the
candidates with the most numbers held back in release 2 that release 1 published ("held back": a
number the ledger holds back has moved by 1 to k-1, so it probably involves her); otherwise a
uniform random candidate ("guess"). Accuracy is scored on the questions she answered, against
  chance       = 1 / number of options, and
  zero-aware   = 1 / number of options that the release counting her, solved on its own, does not
                 show to be 0 (what that release alone tells anyone: nobody, so not she, chose an
                 option whose count is 0).
If release 2 was refused by the tool, the attacker learns nothing: "refused", scored at chance.
"""
import argparse
import json
import random
import sys
import time

import numpy as np

from release_model import (write_summary, STAR, LinearSystem, Release, Solver, add_release_facts, add_structure, canon,
                           key_str, load_surveys)


def person_model(system, surveys, keys):
    """0/1 variables for the changed person and z_K for every key. Returns z_var(key) -> index."""
    for sid, s in surveys.items():
        system.var(("person", sid), integer=True, lb=0, ub=1)
    system.row({system.index[("person", sid)]: 1.0 for sid in surveys}, 1, 1, "person: one survey")
    y = {}

    def yv(sid, q, v):
        name = ("y", sid, q, v)
        if name not in y:
            y[name] = system.var(name, integer=True, lb=0, ub=1)
        return y[name]

    for sid, s in surveys.items():
        member = system.index[("person", sid)]
        for qid in s.order:
            q = s.questions[qid]
            if q.type not in ("single_choice", "multiple_choice", "scale"):
                continue
            ans = yv(sid, qid, STAR)
            system.row({ans: 1.0, member: -1.0}, -np.inf, 0, f"person {qid}: in survey")
            opts = [yv(sid, qid, o) for o in q.option_ids]
            if q.single:
                row = {ans: -1.0}
                for i in opts:
                    row[i] = 1.0
                system.row(row, 0, 0, f"person {qid}: one answer")
            else:
                row = {ans: -1.0}
                for i in opts:
                    row[i] = 1.0
                    system.row({i: 1.0, ans: -1.0}, -np.inf, 0, f"person {qid}: ticked means answered")
                system.row(row, 0, np.inf, f"person {qid}: answered means ticked one")
            if q.implies:
                p, x = q.implies
                if p in s.questions:
                    system.row({ans: 1.0, yv(sid, p, x): -1.0}, -np.inf, 0, f"person {qid}: skip logic")
    zs = {}

    def z_var(key):
        if key in zs:
            return zs[key]
        sid, conds = key
        lits = [yv(sid, q, v) for q, v in conds if q in surveys[sid].questions]
        if not lits:
            zs[key] = system.index[("person", sid)]
            return zs[key]
        if len(lits) == 1:
            zs[key] = lits[0]
            return zs[key]
        z = system.var(("z", key), integer=False, lb=0, ub=1)
        for l in lits:
            system.row({z: 1.0, l: -1.0}, -np.inf, 0, f"z {key_str(key)}")
        row = {z: 1.0}
        for l in lits:
            row[l] = row.get(l, 0) - 1.0
        system.row(row, -(len(lits) - 1), np.inf, f"z {key_str(key)}")
        zs[key] = z
        return z

    for k in keys:
        z_var(k)
    return z_var, yv


def held_back_scores(rel1, rel2, sid, q):
    scores = {}
    for o in q.option_ids:
        n = 0
        for k in rel2.hidden_keys:
            if k[0] == sid and (q.id, o) in k[1] and k in rel1.published_keys:
                n += 1
        scores[o] = n
    return scores


def moved(rel1, rel2, sid, q, sign):
    out = []
    for o in q.option_ids:
        k = canon(rel1.surveys[sid], {q.id: o})
        if k in rel1.published_keys and k in rel2.published_keys:
            d = rel2.published_keys[k] - rel1.published_keys[k]
            if d == sign:
                out.append(o)
    return out


class SingleRelease:
    """What the release that counts her says on its own: which options of a question nobody
    (so not she) can have chosen, by the joint program over that release alone."""

    def __init__(self, rel, surveys):
        self.system = LinearSystem()
        var_of = lambda key: self.system.var(key)
        keys = sorted(rel.keys(), key=key_str)
        for key in keys:
            var_of(key)
        add_structure(self.system, surveys, keys, var_of)
        add_release_facts(self.system, rel, var_of)
        self.solver = Solver(self.system)
        self.surveys = surveys

    def zero_options(self, sid, q):
        zs = set()
        for o in q.option_ids:
            k = canon(self.surveys[sid], {q.id: o})
            i = self.system.index.get(k)
            if i is None:
                continue
            hi = self.solver.extreme({i: 1.0}, -1)
            if hi is not None and -hi < 0.5:
                zs.add(o)
        return zs


def run(rel1_dir, rel2_dir, surveys_dir, direction, truth_path=None, seed=0, refused=False):
    t0 = time.time()
    rng = random.Random(seed)
    surveys = load_surveys(surveys_dir)
    rel1 = Release(rel1_dir, surveys)
    sign = 1 if direction == "add" else -1
    truth = None
    if truth_path:
        with open(truth_path) as f:
            t = json.load(f)
        truth = (t["added"] if direction == "add" else t["withdrawn"])["answers"]
        truth_sid = t.get("survey")
    questions = [(sid, s.questions[qid]) for sid, s in surveys.items() for qid in s.order
                 if s.questions[qid].type in ("single_choice", "scale")]

    results = []
    if refused:
        for sid, q in questions:
            if truth is None or q.id not in truth:
                continue
            n = len(q.option_ids)
            results.append({"question": q.id, "options": n, "candidates": n, "prediction": None,
                            "channel": "refused", "truth": truth[q.id], "correct": None,
                            "chance": 1 / n, "zero_aware_chance": 1 / n})
        return {"direction": direction, "refused": True, "questions": results,
                "seconds": round(time.time() - t0, 2)}

    rel2 = Release(rel2_dir, surveys)
    k = rel1.k or rel2.k or 5
    system = LinearSystem()
    var_of = lambda key: system.var(key)
    keys = sorted(rel1.keys() | rel2.keys(), key=key_str)
    for key in keys:
        var_of(key)
    add_structure(system, surveys, keys, var_of)
    all_keys = [n for n in system.names if isinstance(n, tuple) and len(n) == 2 and n[0] in surveys]
    z_var, yv = person_model(system, surveys, all_keys)
    add_release_facts(system, rel1, var_of, label="release 1 ")
    add_release_facts(system, rel2, var_of, shift=lambda key: {z_var(key): float(sign)}, label="release 2 ")
    if sign < 0:
        for key in all_keys:
            system.row({var_of(key): 1.0, z_var(key): -1.0}, 0, np.inf, f"release 2 {key_str(key)} >= 0")

    alone = SingleRelease(rel2 if sign > 0 else rel1, surveys)
    solver = Solver(system)
    feas = solver.feasible_point(integer=True)
    if feas.status != 0:
        return {"direction": direction, "error": f"no consistent solution ({feas.message})",
                "seconds": round(time.time() - t0, 2)}, 3
    solver._witness(feas.x)
    # a few more integer points to shortcut the feasibility questions
    for _ in range(6):
        c = np.zeros(solver.n)
        for sid, q in questions:
            for o in q.option_ids:
                c[yv(sid, q.id, o)] = rng.uniform(-1, 1)
        res = solver._milp(c)
        if res.status == 0:
            solver._witness(res.x)

    for sid, q in questions:
        if truth is not None and (sid != truth_sid or q.id not in truth):
            continue  # scored only where she answered
        cands = []
        for o in q.option_ids:
            i = yv(sid, q.id, o)
            if any(w[i] > 0.5 for w in solver.witnesses):
                cands.append(o)
                continue
            c = np.zeros(solver.n)
            c[i] = -1.0
            lp = solver._lp(c)
            if lp.status == 0 and -lp.fun < 1e-6:
                continue  # not even the relaxation lets her choose o
            res = solver._milp(c)
            if res.status == 0 and res.x is not None and res.x[i] > 0.5:
                solver._witness(res.x)
                cands.append(o)
            elif res.status != 0 and res.status != 2:
                cands.append(o)  # undecided within the time limit: keep it
        n = len(q.option_ids)
        nz = [o for o in q.option_ids if o not in alone.zero_options(sid, q)]
        za = 1 / max(1, len(nz))
        mv = moved(rel1, rel2, sid, q, sign)
        if len(cands) == 1:
            pred, channel = cands[0], "solved"
        elif not cands:
            pred, channel = None, "contradiction"
        else:
            hb = held_back_scores(rel1, rel2, sid, q)
            best = max(hb[o] for o in cands)
            pool = [o for o in cands if hb[o] == best] if best > 0 else cands
            pred = rng.choice(pool)
            channel = "held back" if best > 0 and len(pool) < len(cands) else "guess"
        item = {"question": q.id, "options": n, "candidates": len(cands), "candidate_options": cands,
                "prediction": pred, "channel": channel, "moved": mv, "chance": 1 / n, "zero_aware_chance": za}
        if truth is not None:
            item["truth"] = truth[q.id]
            item["correct"] = pred == truth[q.id]
            if truth[q.id] not in cands:
                item["truth_excluded"] = True  # would mean the model is unsound
        results.append(item)
    summary = {"direction": direction, "refused": False, "k": k, "questions": results,
               "variables": len(system.names), "facts": len(system.rows),
               "lp_solves": solver.lp_solves, "milp_solves": solver.milp_solves,
               "seconds": round(time.time() - t0, 2)}
    scored = [r for r in results if r.get("correct") is not None]
    if scored:
        summary["accuracy"] = sum(r["correct"] for r in scored) / len(scored)
        summary["chance"] = sum(r["chance"] for r in scored) / len(scored)
        summary["zero_aware_chance"] = sum(r["zero_aware_chance"] for r in scored) / len(scored)
        summary["solved"] = sum(r["channel"] == "solved" for r in scored)
        summary["unsound"] = sum(bool(r.get("truth_excluded")) for r in scored)
    return summary, 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("release1")
    ap.add_argument("release2", nargs="?")
    ap.add_argument("--surveys", required=True)
    ap.add_argument("--direction", required=True, choices=["add", "withdraw"])
    ap.add_argument("--truth", help="truth.json from synth.py (the added / withdrawn person's answers)")
    ap.add_argument("--refused", action="store_true", help="release 2 was refused by the tool")
    ap.add_argument("--seed", type=int, default=0, help="for the random choice among candidates")
    ap.add_argument("--out")
    a = ap.parse_args()
    if not a.refused and not a.release2:
        ap.error("give RELEASE2, or --refused")
    out = run(a.release1, a.release2, a.surveys, a.direction, a.truth, a.seed, a.refused)
    summary, status = out if isinstance(out, tuple) else (out, 0)
    write_summary(summary, a.out)
    if "accuracy" in summary:
        print(f"{a.direction}: accuracy {summary['accuracy']:.2f} vs chance {summary['chance']:.2f} "
              f"(zero-aware {summary['zero_aware_chance']:.2f}); {summary['solved']} solved; "
              f"{summary['seconds']} s", file=sys.stderr)
    sys.exit(status)


if __name__ == "__main__":
    main()
