"""What an attacker can read from one Chorus release, as linear facts over counts of respondents.

Written from the outside: from ARCHITECTURE.md, README.md, docs/ and the files
`chorus-analyst report` writes (tables.csv, findings.json, findings-public.json, report.html),
never from the protection code.

Every number a release publishes or hides is the count of respondents of one survey who satisfy
a set of conditions, one per question: `q = o` (for multiple choice: ticked o) or `q = *`
(answered q at all). That set is the number's *key*:

  one-way cell (q, o)                 {q: o}
  one-way base (answered q)           {q: *}
  two-way cell (q, o) by (b, g)       {q: o, b: g}
  row total (q, o) by b, _total       {q: o, b: *}
  column base (q, _total) by (b, g)   {q: *, b: g}
  grand total of q by b               {q: *, b: *}
  respondents                         {}
  asked (q relevant when ${p} = 'x')  {p: x}           (no skip logic: {})

A merged row ("a+b" in tables.csv and findings.json, "A or B" in findings-public.json: a scale's
halves) is the sum of its options' keys; a scale's agreeing share and report.html's "each group
against everyone else" are sums and differences of keys.

Keys are closed under skip logic: a question shown only when ${p} = 'x' (or selected(${p}, 'x'))
is answered only by people with p = x, so {q: o} is the same set as {q: o, p: x}. One variable
per distinct key, so the same quantity published in two tables (a breakdown's margins and the
one-way table, gender-by-age and age-by-gender, "asked" and the parent's count) is one variable.

Structural facts, over every pair of keys that exist:
  partition     single choice / scale: {S, q: *} = sum over o of {S, q: o}
  multi         multiple choice: {S, q: o} <= {S, q: *} <= sum over o of {S, q: o}
  subset        a key with one condition fewer is at least as large
  union         |A| + |B| - |A and B| <= |S|, for A = S + c1, B = S + c2 (e.g. those who answered
                q but not b number at most respondents - answered(b))
  all counts are whole numbers >= 0 (a hidden number may be 0: see README.md in this folder)
"""
import csv
import html as htmllib
import json
import math
import os
import re
from collections import defaultdict

import numpy as np
import yaml

STAR = "*"

# The built-in option lists of docs/survey-format.md (ids only matter; labels as documented).
BUILTIN_LISTS = {
    "agreement": [("strongly_agree", "Strongly agree"), ("agree", "Agree"), ("neither", "Neither agree nor disagree"),
                  ("disagree", "Disagree"), ("strongly_disagree", "Strongly disagree")],
    "agency_rating": [("very_positive", "Very positive"), ("positive", "Positive"),
                      ("neutral", "Neither positive nor negative"), ("negative", "Negative"),
                      ("very_negative", "Very negative"), ("no_experience", "No experience of this service")],
    "yes_no_dont_know": [("yes", "Yes"), ("no", "No"), ("dont_know", "Don't know")],
    "yes_no": [("yes", "Yes"), ("no", "No")],
    "prefer_not_to_say": [("prefer_not_to_say", "Prefer not to say")],
}
CHOICE_TYPES = ("single_choice", "multiple_choice", "scale")


def text_en(t):
    if isinstance(t, dict):
        return t.get("en") or next(iter(t.values()))
    return "" if t is None else str(t)


# --------------------------------------------------------------------------------------- surveys

class Question:
    def __init__(self, d, option_lists):
        self.id = d["id"]
        self.type = d["type"]
        self.label = text_en(d.get("label"))
        self.identifying = bool(d.get("identifying"))
        self.relevant = d.get("relevant")
        self.options = []  # [(id, label)]
        opts = d.get("options")
        if isinstance(opts, str):
            opts = [opts]
        for o in opts or []:
            if isinstance(o, str):
                lst = option_lists.get(o) or BUILTIN_LISTS.get(o)
                if lst is None:
                    raise ValueError(f"unknown option list {o}")
                for item in lst:
                    if isinstance(item, dict):
                        self.options.append((str(item["id"]), text_en(item.get("label"))))
                    else:
                        self.options.append(item)
            else:
                self.options.append((str(o["id"]), text_en(o.get("label"))))
        self.option_ids = [o for o, _ in self.options]
        self.single = self.type in ("single_choice", "scale")
        self.implies = None      # (p, x): answering this question means p = x
        self.asked_form = None   # ("all",) | ("eq", p, x) | ("ne", p, x) | None (not modelled)
        self._parse_relevant()

    def _parse_relevant(self):
        r = self.relevant
        if r is None or str(r).strip() == "":
            self.asked_form = ("all",)
            return
        r = str(r).strip()
        m = re.fullmatch(r"\$\{(\w+)\}\s*=\s*['\"]([\w-]*)['\"]", r)
        if m and m.group(2):
            self.implies = (m.group(1), m.group(2))
            self.asked_form = ("eq", m.group(1), m.group(2))
            return
        m = re.fullmatch(r"selected\(\s*\$\{(\w+)\}\s*,\s*['\"]([\w-]+)['\"]\s*\)", r)
        if m:
            self.implies = (m.group(1), m.group(2))
            self.asked_form = ("eq", m.group(1), m.group(2))
            return
        m = re.fullmatch(r"\$\{(\w+)\}\s*!=\s*['\"]([\w-]+)['\"]", r)
        if m:
            self.asked_form = ("ne", m.group(1), m.group(2))
            return
        self.asked_form = None


class Survey:
    def __init__(self, d):
        self.id = d["id"]
        self.version = d.get("version")
        self.title = text_en(d.get("title"))
        self.audience = d.get("audience")
        lists = {}
        for name, lst in (d.get("option_lists") or {}).items():
            lists[name] = [(str(o["id"]), text_en(o.get("label"))) if isinstance(o, dict) else o for o in lst]
        self.questions = {}
        self.order = []
        for page in d.get("pages") or []:
            for q in page.get("questions") or []:
                question = Question(q, lists)
                self.questions[question.id] = question
                self.order.append(question.id)
        self.by_label = defaultdict(list)
        for qid in self.order:
            self.by_label[self.questions[qid].label].append(qid)


def load_surveys(folder):
    surveys = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml") or name.startswith("_") or name == "themes.yaml":
            continue
        with open(os.path.join(folder, name)) as f:
            d = yaml.safe_load(f)
        if isinstance(d, dict) and "pages" in d:
            s = Survey(d)
            surveys[s.id] = s
    return surveys


def canon(survey, conds):
    """The key of a set of conditions, closed under skip logic; None when the set is empty by
    construction (two different answers to one single-choice question)."""
    conds = dict(conds)
    changed = True
    while changed:
        changed = False
        for q, v in list(conds.items()):
            question = survey.questions.get(q)
            if question is None or question.implies is None:
                continue
            p, x = question.implies
            cur = conds.get(p)
            if cur is None or cur == STAR:
                conds[p] = x
                changed = True
            elif cur != x:
                pq = survey.questions.get(p)
                if pq is not None and pq.single:
                    return None
                # multiple choice: ticked cur and (implied) ticked x; cannot express both, keep cur
    return (survey.id, tuple(sorted(conds.items())))


def key_str(key):
    sid, conds = key
    return sid + ("/" + "/".join(f"{q}={v}" for q, v in conds) if conds else "/respondents")


def true_count(survey, key, responses):
    """The true value of a key over a list of answer dicts (for --truth)."""
    sid, conds = key
    n = 0
    for a in responses:
        ok = True
        for q, v in conds:
            val = a.get(q)
            if val is None:
                ok = False
                break
            if v == STAR:
                continue
            if isinstance(val, list):
                if v not in val:
                    ok = False
                    break
            elif val != v:
                ok = False
                break
        n += ok
    return n


# --------------------------------------------------------------------------------------- model

class Expr:
    """sum(coef * key) + const"""
    __slots__ = ("terms", "const")

    def __init__(self, terms=None, const=0.0):
        self.terms = dict(terms or {})
        self.const = const

    @staticmethod
    def of(key):
        if key is None:
            return Expr()
        return Expr({key: 1.0})

    def __add__(self, o):
        t = dict(self.terms)
        for k, c in o.terms.items():
            t[k] = t.get(k, 0.0) + c
        return Expr({k: c for k, c in t.items() if c != 0}, self.const + o.const)

    def __sub__(self, o):
        return self + o.scale(-1.0)

    def scale(self, s):
        return Expr({k: c * s for k, c in self.terms.items()}, self.const * s)

    def sig(self):
        return (tuple(sorted((key_str(k), c) for k, c in self.terms.items())), self.const)

    def value(self, truth):
        return sum(c * truth[k] for k, c in self.terms.items()) + self.const


class Release:
    """Everything one release folder says, as facts over keys."""

    def __init__(self, folder, surveys, rounding=None):
        self.folder = folder
        self.surveys = surveys
        self.k = None
        self.rounding = rounding
        self.facts = []        # (Expr, lo, hi, source)   lo <= expr <= hi
        self.percents = []     # (count Expr, base Expr, percent, source); source["half_width"] when not 0.05
        self.hidden = []       # (Expr, slot dict)
        self.published = {}    # sig -> value, for exact single-key numbers (difference attack)
        self.published_keys = {}  # key -> published value
        self.hidden_keys = set()
        self.unmodelled = []
        self.groups_published = {}  # (survey, question, by_question) -> group ids in table order
        self.counts = defaultdict(int)  # how many numbers each file published
        self.refused = False
        self._read()

    # -- helpers
    def _survey(self, sid):
        s = self.surveys.get(sid)
        if s is None:
            raise SystemExit(f"the release names survey {sid!r}, which is not in the survey folder")
        return s

    def key(self, sid, conds):
        return canon(self._survey(sid), conds)

    def publish(self, expr, value, source):
        if self.rounding:
            half = self.rounding // 2
            lo, hi = max(0, value - half), value + half
        else:
            lo = hi = value
        self.facts.append((expr, lo, hi, source))
        if len(expr.terms) == 1 and expr.const == 0:
            (k, c), = expr.terms.items()
            if c == 1.0:
                self.published_keys[k] = value

    def hide(self, expr, slot):
        self.hidden.append((expr, slot))
        if len(expr.terms) == 1:
            self.hidden_keys.add(next(iter(expr.terms)))

    # -- readers
    def _read(self):
        # the rounding base first (findings-public.json states it; findings.json may not)
        for name in ("findings-public.json", "findings.json"):
            path = os.path.join(self.folder, name)
            if not self.rounding and os.path.exists(path):
                with open(path) as f:
                    r = json.load(f).get("rounding")
                if r:
                    self.rounding = int(r)
        f_json = os.path.join(self.folder, "findings.json")
        if os.path.exists(f_json):
            self._read_findings(f_json)
        f_csv = os.path.join(self.folder, "tables.csv")
        if os.path.exists(f_csv):
            self._read_tables(f_csv)
        f_pub = os.path.join(self.folder, "findings-public.json")
        if os.path.exists(f_pub):
            self._read_public(f_pub)
        # report.html, or with several audiences one report-AUDIENCE.html each (report.html then
        # only leads to them); the lead's -internal twins are never published, so never read.
        for name in sorted(os.listdir(self.folder)):
            if name.startswith("report") and name.endswith(".html") and not name.endswith("-internal.html"):
                self._read_html(os.path.join(self.folder, name))
        if not (os.path.exists(f_csv) or os.path.exists(f_json)):
            raise SystemExit(f"{self.folder}: no tables.csv or findings.json")

    def _values(self, sid, q, value):
        """An option field as a list of condition values: '_total' or empty is '*'; merged
        options are written 'a+b' (a scale's halves) and count as the sum of their parts."""
        if value in ("_total", None, ""):
            return [STAR]
        if "+" in value:
            parts = value.split("+")
            question = self._survey(sid).questions.get(q)
            if question is not None and all(p in question.option_ids for p in parts):
                if not question.single:
                    self.unmodelled.append(f"merged options {value} of multiple-choice {q} (not additive)")
                    return None
                return parts
        return [value]

    def cell_expr(self, sid, question, option, by_q=None, by_o=None):
        qv = self._values(sid, question, option)
        bv = self._values(sid, by_q, by_o) if by_q else [None]
        if qv is None or bv is None:
            return None
        e = Expr()
        for a in qv:
            for b in bv:
                c = {question: a}
                if by_q:
                    c[by_q] = b
                e = e + Expr.of(self.key(sid, c))
        return e

    def base_expr(self, sid, question, by_q=None, by_o=None):
        return self.cell_expr(sid, question, "_total", by_q, by_o)

    def _cell_conds(self, question, option, by_q, by_o):
        c = {question: STAR if option in ("_total", None, "") else option}
        if by_q:
            c[by_q] = STAR if by_o in ("_total", None, "") else by_o
        return c

    def _base_conds(self, question, by_q, by_o):
        c = {question: STAR}
        if by_q:
            c[by_q] = STAR if by_o in ("_total", None, "") else by_o
        return c

    def _read_tables(self, path):
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
        for r in rows:
            sid, q, o, bq, bo = r["survey"], r["question"], r["option"], r["by_question"], r["by_option"]
            # The groups of each breakdown in the order published ("a+b" when merged), which the
            # report's comparison tables follow row by row.
            if bq and bo not in ("", "_total"):
                order = self.groups_published.setdefault((sid, q, bq), [])
                if bo not in order:
                    order.append(bo)
            where = {"file": "tables.csv", "survey": sid, "question": q, "option": o, "by_question": bq, "by_option": bo}
            ck = self.cell_expr(sid, q, o, bq, bo)
            bk = self.base_expr(sid, q, bq, bo)
            if ck is None or bk is None:
                self.unmodelled.append(f"tables.csv: row {q},{o},{bq},{bo}")
                continue
            if r["suppressed"] == "true" or r["count"] == "":
                self.hide(ck, dict(where, field="count"))
            else:
                self.publish(ck, int(r["count"]), dict(where, field="count"))
                self.counts["tables.csv count"] += 1
            if r["base"] == "":
                self.hide(bk, dict(where, field="base"))
            else:
                self.publish(bk, int(r["base"]), dict(where, field="base"))
                self.counts["tables.csv base"] += 1

    def _read_findings(self, path):
        with open(path) as f:
            d = json.load(f)
        self.k = d.get("k", self.k)
        if d.get("rounding") and not self.rounding:
            self.rounding = int(d["rounding"])
        known = {"generated", "k", "problems", "surveys", "withdrawn_left_out", "rounding"}
        for extra in set(d) - known:
            self.unmodelled.append(f"findings.json: top-level key {extra!r}")
        if d.get("problems"):
            self.unmodelled.append(f"findings.json: problems ({len(d['problems'])} entries; not counts)")
        for s in d.get("surveys", []):
            sid = s["id"]
            survey = self._survey(sid)
            where = {"file": "findings.json", "survey": sid}
            if s.get("respondents") is None:
                self.hide(Expr.of(self.key(sid, {})), dict(where, field="respondents"))
            else:
                self.publish(Expr.of(self.key(sid, {})), int(s["respondents"]), dict(where, field="respondents"))
                self.counts["findings.json respondents"] += 1
            for extra in set(s) - {"id", "respondents", "tables", "title", "version"}:
                self.unmodelled.append(f"findings.json: survey key {extra!r}")
            for t in s.get("tables", []):
                q, bq = t["question"], t.get("by_question")
                if q not in survey.questions:
                    self.unmodelled.append(f"findings.json: table of unknown question {q}")
                    continue
                tw = dict(where, question=q, by_question=bq or "")
                gk = self.base_expr(sid, q, bq, "_total")
                if t.get("base") is None or t.get("base_suppressed"):
                    self.hide(gk, dict(tw, field="table base"))
                else:
                    self.publish(gk, int(t["base"]), dict(tw, field="table base"))
                    self.counts["findings.json table base"] += 1
                for extra in set(t) - {"base", "base_suppressed", "by_label", "by_question", "label",
                                       "multiple_choice_note", "question", "rows", "type"}:
                    self.unmodelled.append(f"findings.json: table key {extra!r}")
                for r in t.get("rows", []):
                    o, bo = r.get("option"), r.get("by_option")
                    rw = dict(tw, option=o, by_option=bo or "")
                    ck = self.cell_expr(sid, q, o, bq, bo)
                    bk = self.base_expr(sid, q, bq, bo)
                    if ck is None or bk is None:
                        self.unmodelled.append(f"findings.json: row {q},{o},{bq},{bo}")
                        continue
                    if r.get("count") is None or r.get("suppressed"):
                        self.hide(ck, dict(rw, field="count"))
                    else:
                        self.publish(ck, int(r["count"]), dict(rw, field="count"))
                        self.counts["findings.json count"] += 1
                    if r.get("base") is None:
                        self.hide(bk, dict(rw, field="base"))
                    else:
                        self.publish(bk, int(r["base"]), dict(rw, field="base"))
                        self.counts["findings.json base"] += 1
                    if r.get("percent") is not None:
                        self.percents.append((ck, bk, float(r["percent"]), dict(rw, field="percent")))
                        self.counts["findings.json percent"] += 1
                    for extra in set(r) - {"base", "by_label", "by_option", "count", "label", "option", "percent", "suppressed"}:
                        self.unmodelled.append(f"findings.json: row key {extra!r}")

    def _question_by_title(self, title, kind, used):
        for sid, s in self.surveys.items():
            for qid in s.by_label.get(title, []):
                q = s.questions[qid]
                if kind in (q.type, None) and (sid, qid, kind) not in used:
                    return s, q
        return None, None

    @staticmethod
    def _row_options(q, label):
        """A row's options from its label: an option's own label, or labels joined by ' or '
        (merged rows)."""
        label = (label or "").strip()
        exact = [o for o, l in q.options if l == label]
        if len(exact) == 1:
            return exact
        parts = [p.strip() for p in label.split(" or ")]
        ids = []
        for p in parts:
            m = [o for o, l in q.options if l == p]
            if len(m) != 1:
                return None
            ids.append(m[0])
        return ids

    def _agree_options(self, q, label):
        if label:
            parts = [p.strip() for p in label.split(" or ")]
            ids = [o for o, l in q.options if l in parts]
            if len(ids) == len(parts):
                return ids
        return q.option_ids[:2]  # assumption: the two most positive options, listed first

    def _asked_expr(self, survey, q):
        form = q.asked_form
        if form is None:
            return None
        if form[0] == "all":
            return Expr.of(self.key(survey.id, {}))
        if form[0] == "eq":
            return Expr.of(self.key(survey.id, {form[1]: form[2]}))
        if form[0] == "ne":
            return Expr.of(self.key(survey.id, {})) - Expr.of(self.key(survey.id, {form[1]: form[2]}))
        return None

    def _read_public(self, path):
        with open(path) as f:
            d = json.load(f)
        self.k = d.get("k", self.k)
        if d.get("rounding") and not self.rounding:
            self.rounding = int(d["rounding"])
        where = {"file": "findings-public.json"}
        # Version 2: one report per audience, each with how many of that audience took part;
        # version 1: one report for everyone, its keys at the top.
        reports = d.get("reports")
        if reports is None:
            reports = [{"who": None, **{k: d.get(k) for k in ("respondents", "coverage", "sections")}}]
        for rep in reports:
            who = rep.get("who")
            resp = Expr()
            for sid, sv in self.surveys.items():
                if who is None or sv.audience == who:
                    resp = resp + Expr.of(self.key(sid, {}))
            field = "respondents" + (f" ({who})" if who else "")
            if rep.get("respondents") is None:
                self.hide(resp, dict(where, field=field))
            else:
                self.publish(resp, int(rep["respondents"]), dict(where, field=field))
                self.counts["findings-public.json respondents"] += 1
        # the method's first paragraph says "TITLE: N people took part." for each survey
        for para in d.get("method") or []:
            for m in re.finditer(r"(?:^|\n)([^\n:]+): (\d+) people took part", para):
                sids = [sid for sid, sv in self.surveys.items() if sv.title == m.group(1).strip()]
                if len(sids) == 1:
                    self.publish(Expr.of(self.key(sids[0], {})), int(m.group(2)),
                                 dict(where, survey=sids[0], field="method: people took part"))
                    self.counts["findings-public.json method respondents"] += 1
                else:
                    self.unmodelled.append(f"findings-public.json: method says {m.group(0).strip()!r}")
        used = set()
        tables = []
        for rep in reports:
            tables += [("coverage", t) for t in rep.get("coverage") or []]
            for sec in rep.get("sections") or []:
                tables += [(sec.get("heading"), t) for t in sec.get("tables", [])]
        for heading, t in tables:
            kind = t.get("kind")
            if kind not in CHOICE_TYPES:
                self.unmodelled.append(f"findings-public.json: {kind} table {t.get('title')!r} "
                                       f"({self._count_numbers(t)} numbers): no survey question to tie it to")
                continue
            s, q = self._question_by_title(t.get("title"), kind, used)
            if q is None:
                self.unmodelled.append(f"findings-public.json: table {t.get('title')!r} matches no question")
                continue
            if heading != "coverage":
                used.add((s.id, q.id, kind))
            tw = dict(where, survey=s.id, question=q.id, section=heading)
            if len(t["columns"]) != 1:
                self.unmodelled.append(f"findings-public.json: {q.id} with {len(t['columns'])} columns")
                continue
            answered = Expr.of(self.key(s.id, {q.id: STAR}))
            asked = self._asked_expr(s, q)
            for field, expr in (("asked", asked), ("answered", answered), ("base", answered)):
                val = t.get(field) if field != "base" else t["columns"][0].get("base")
                if expr is None:
                    if val is not None:
                        self.unmodelled.append(f"findings-public.json: asked of {q.id} ({q.relevant!r}) = {val}")
                    continue
                if val is None:
                    self.hide(expr, dict(tw, field=field))
                else:
                    self.publish(expr, int(val), dict(tw, field=field))
                    self.counts[f"findings-public.json {field}"] += 1
            for row in t["rows"]:
                opts = self._row_options(q, row.get("label"))
                if opts is None:
                    self.unmodelled.append(f"findings-public.json: {q.id} row {row.get('label')!r} matches no options")
                    continue
                if len(opts) > 1 and not q.single:
                    self.unmodelled.append(f"findings-public.json: {q.id} merged row {row.get('label')!r}")
                    continue
                oid = "+".join(opts)
                cell = row["cells"][0]
                ck = Expr()
                for o in opts:
                    ck = ck + Expr.of(self.key(s.id, {q.id: o}))
                if cell.get("count") is None:
                    self.hide(ck, dict(tw, option=oid, field="count"))
                else:
                    self.publish(ck, int(cell["count"]), dict(tw, option=oid, field="count"))
                    self.counts["findings-public.json count"] += 1
                if cell.get("percent") is not None:
                    self.percents.append((ck, answered, float(cell["percent"]), dict(tw, option=oid, field="percent")))
            ag = t.get("agreement")
            if ag:
                S = self._agree_options(q, ag.get("label"))
                expr = Expr()
                for o in S:
                    expr = expr + Expr.of(self.key(s.id, {q.id: o}))
                cell = ag["cells"][0]
                if cell.get("count") is None:
                    self.hide(expr, dict(tw, option="+".join(S), field="agreement"))
                else:
                    self.publish(expr, int(cell["count"]), dict(tw, option="+".join(S), field="agreement"))
                    self.counts["findings-public.json agreement"] += 1
                if cell.get("percent") is not None:
                    self.percents.append((expr, answered, float(cell["percent"]), dict(tw, field="agreement percent")))

    @staticmethod
    def _count_numbers(t):
        n = sum(1 for c in t.get("columns", []) if c.get("base") is not None)
        for r in t.get("rows", []):
            n += sum(1 for c in r.get("cells", []) if c.get("count") is not None)
        return n + (t.get("asked") is not None) + (t.get("answered") is not None)

    _PCT = re.compile(r"([\d.]+)%\s*\(n\s*=\s*(\d+)\)")

    def _read_html(self, path):
        """report.html: the "each group against everyone else" tables of scales (numbers not in
        tables.csv), and "Asked: X. Answered: Y." (the same as findings-public.json)."""
        with open(path) as f:
            h = f.read()
        pat = re.compile(r"<summary>Each (.*?) against everyone else</summary>.*?<caption>(.*?): (.*?), each group "
                         r"against everyone else</caption>(.*?)</table>", re.S)
        n_tables = 0
        for m in pat.finditer(h):
            by_label, q_label, agree_label = (htmllib.unescape(m.group(i)) for i in (1, 2, 3))
            found = None
            for sid, s in self.surveys.items():
                bq = [x for x in s.by_label.get(by_label, []) if s.questions[x].identifying]
                qq = [x for x in s.by_label.get(q_label, []) if s.questions[x].type == "scale"]
                if bq and qq:
                    found = (s, s.questions[qq[0]], s.questions[bq[0]])
                    break
            if not found:
                self.unmodelled.append(f"report.html: comparison {q_label!r} by {by_label!r} matches no question")
                continue
            s, q, b = found
            n_tables += 1
            S = self._agree_options(q, agree_label)
            rows = re.findall(r'<th scope="row">(.*?)</th><td class="number">(.*?)</td><td class="number">(.*?)</td>', m.group(4))
            groups = self.groups_published.get((s.id, q.id, b.id)) or [g for g, _ in b.options]
            if len(rows) != len(groups):
                self.unmodelled.append(f"report.html: comparison {q.id} by {b.id}: {len(rows)} rows for {len(groups)} groups")
                continue
            tw = {"file": "report.html", "survey": s.id, "question": q.id, "by_question": b.id, "option": "+".join(S)}
            total_agree = Expr()
            for o in S:
                total_agree = total_agree + Expr.of(self.key(s.id, {q.id: o, b.id: STAR}))
            grand = Expr.of(self.key(s.id, {q.id: STAR, b.id: STAR}))
            for g, (label, this, other) in zip(groups, rows):
                agree_g = Expr()
                base_g = Expr()
                for part in g.split("+"):
                    for o in S:
                        agree_g = agree_g + Expr.of(self.key(s.id, {q.id: o, b.id: part}))
                    base_g = base_g + Expr.of(self.key(s.id, {q.id: STAR, b.id: part}))
                for which, cell, num, den in (("this group", this, agree_g, base_g),
                                              ("everyone else", other, total_agree - agree_g, grand - base_g)):
                    cell = htmllib.unescape(cell).strip()
                    w = dict(tw, by_option=g, field=f"comparison {which}")
                    mm = self._PCT.search(cell)
                    if mm:
                        self.publish(den, int(mm.group(2)), dict(w, field=f"comparison {which} base"))
                        # report.html shows whole-number percentages: +-0.5, not the data files' +-0.05
                        self.percents.append((num, den, float(mm.group(1)), dict(w, half_width=0.5)))
                        self.counts["report.html comparison percent+base"] += 1
                    elif cell in ("–", "-", "—"):
                        # no percentage: its base is 0 (checked against the truth in every test run)
                        self.publish(den, 0, dict(w, field=f"comparison {which} base (shown as –)"))
                        self.counts["report.html comparison –"] += 1
                    elif cell == "not shown":
                        self.hide(num, w)
                    else:
                        self.unmodelled.append(f"report.html: comparison cell {cell!r} ({q.id} by {b.id}, {g})")
        self.counts["report.html comparison tables"] += n_tables
        # Asked/answered lines: the same numbers as findings-public.json, tied by question label.
        for m in re.finditer(r"<h\d[^>]*>(.*?)</h\d>\s*<p[^>]*>Asked: ([^.<]+)\. Answered: ([^.<]+)\.", h, re.S):
            pass  # duplicates of findings-public.json; read there

    # -- all keys the release mentions
    def keys(self):
        ks = set()
        for e, *_ in self.facts:
            ks.update(e.terms)
        for c, b, *_ in self.percents:
            ks.update(c.terms)
            ks.update(b.terms)
        for e, _ in self.hidden:
            ks.update(e.terms)
        return ks


# ------------------------------------------------------------------------------- the LP model

class LinearSystem:
    """Variables (keys, plus any extra named ones), rows lo <= a.x <= hi, integrality."""

    def __init__(self):
        self.index = {}
        self.names = []
        self.integer = []
        self.ub = []
        self.lb = []
        self.rows = []  # (dict idx->coef, lo, hi, tag)

    def var(self, name, integer=True, lb=0.0, ub=np.inf):
        i = self.index.get(name)
        if i is None:
            i = len(self.names)
            self.index[name] = i
            self.names.append(name)
            self.integer.append(1 if integer else 0)
            self.lb.append(lb)
            self.ub.append(ub)
        return i

    def row(self, coefs, lo, hi, tag):
        coefs = {i: c for i, c in coefs.items() if c != 0}
        if not coefs:
            if lo - 1e-9 > 0 or hi + 1e-9 < 0:
                self.rows.append(({}, lo, hi, tag))  # infeasible constant row, kept to report it
            return
        self.rows.append((coefs, lo, hi, tag))

    def matrices(self):
        from scipy.sparse import csr_matrix
        data, ri, ci, lo, hi = [], [], [], [], []
        for r, (coefs, l, h, _) in enumerate(self.rows):
            for i, c in coefs.items():
                data.append(c)
                ri.append(r)
                ci.append(i)
            lo.append(l)
            hi.append(h)
        A = csr_matrix((data, (ri, ci)), shape=(len(self.rows), len(self.names)))
        return A, np.array(lo, float), np.array(hi, float)


def add_structure(system, surveys, keys, var_of):
    """Adds the structural facts among `keys` (creating the missing parts of partitions)."""
    keys = set(keys)
    by_survey = defaultdict(set)
    for k in keys:
        by_survey[k[0]].add(k)
    n_rows = len(system.rows)
    for sid, ks in by_survey.items():
        s = surveys[sid]
        root = canon(s, {})
        ks.add(root)
        # partitions first: they may create keys
        todo = list(ks)
        seen = set()
        while todo:
            k = todo.pop()
            if k in seen:
                continue
            seen.add(k)
            conds = dict(k[1])
            for q, v in k[1]:
                if v != STAR:
                    continue
                question = s.questions.get(q)
                if question is None or question.type not in CHOICE_TYPES:
                    continue
                children = []
                for o in question.option_ids:
                    c = dict(conds)
                    c[q] = o
                    ck = canon(s, c)
                    if ck is not None:
                        children.append(ck)
                if not any(c in ks for c in children):
                    continue  # nothing published below this key on q
                for c in children:
                    if c not in ks:
                        ks.add(c)
                        todo.append(c)
                pv = var_of(k)
                if question.single:
                    row = {pv: -1.0}
                    for c in children:
                        row[var_of(c)] = row.get(var_of(c), 0) + 1.0
                    system.row(row, 0, 0, f"partition {key_str(k)} over {q}")
                else:
                    row = {pv: -1.0}
                    for c in children:
                        row[var_of(c)] = row.get(var_of(c), 0) + 1.0
                        system.row({var_of(c): 1.0, pv: -1.0}, -np.inf, 0, f"multi {key_str(c)} <= base")
                    system.row(row, 0, np.inf, f"multi {key_str(k)}: everyone ticked at least one")
        # subset and union facts
        for k in ks:
            conds = dict(k[1])
            kv = var_of(k)
            if k != root:
                system.row({kv: 1.0, var_of(root): -1.0}, -np.inf, 0, f"subset {key_str(k)} <= respondents")
            minus = {}
            for q in conds:
                c = dict(conds)
                del c[q]
                mk = canon(s, c)
                if mk != k:
                    minus[q] = mk
                    if mk in ks and mk != root:
                        system.row({kv: 1.0, var_of(mk): -1.0}, -np.inf, 0, f"subset {key_str(k)} <= {key_str(mk)}")
                # a specific answer is part of "answered"
                if conds[q] != STAR:
                    c = dict(conds)
                    c[q] = STAR
                    sk = canon(s, c)
                    if sk in ks and sk != k:
                        system.row({kv: 1.0, var_of(sk): -1.0}, -np.inf, 0, f"subset {key_str(k)} <= {key_str(sk)}")
            qs = sorted(minus)
            for i in range(len(qs)):
                for j in range(i + 1, len(qs)):
                    a, b = minus[qs[i]], minus[qs[j]]
                    c = dict(conds)
                    del c[qs[i]]
                    del c[qs[j]]
                    both = canon(s, c)
                    if a in ks and b in ks and both in ks and len({a, b, both, k}) == 4:
                        row = {}
                        for kk, cc in ((a, 1.0), (b, 1.0), (k, -1.0), (both, -1.0)):
                            row[var_of(kk)] = row.get(var_of(kk), 0) + cc
                        system.row(row, -np.inf, 0, f"union {key_str(a)} + {key_str(b)} - {key_str(k)} <= {key_str(both)}")
    return len(system.rows) - n_rows


def expr_row(expr, var_of, shift=None):
    """Coefficients of an Expr over system variables; `shift(key) -> {idx: coef}` adds extra terms
    (release 2 = release 1 + the changed person)."""
    row = {}
    for k, c in expr.terms.items():
        i = var_of(k)
        row[i] = row.get(i, 0) + c
        if shift is not None:
            for j, d in shift(k).items():
                row[j] = row.get(j, 0) + c * d
    return row


def add_release_facts(system, release, var_of, shift=None, label=""):
    for expr, lo, hi, src in release.facts:
        system.row(expr_row(expr, var_of, shift), lo - expr.const, hi - expr.const, f"{label}published {src}")
    if release.rounding:
        return  # percentages of rounded counts: not used (which counts they are worked from is unknown)
    for num, den, p, src in release.percents:
        # p is count/base*100 rounded to the half-width h given (0.05 for one decimal, 0.5 for a
        # whole number): (p - h) base <= 100 count <= (p + h) base
        h = src.get("half_width", 0.05)
        row_lo = {i: 100 * c for i, c in expr_row(num, var_of, shift).items()}
        for i, c in expr_row(den, var_of, shift).items():
            row_lo[i] = row_lo.get(i, 0) - (p - h) * c
        row_hi = {i: 100 * c for i, c in expr_row(num, var_of, shift).items()}
        for i, c in expr_row(den, var_of, shift).items():
            row_hi[i] = row_hi.get(i, 0) - (p + h) * c
        eps = 1e-6
        system.row(row_lo, -eps, np.inf, f"{label}percent {src}")
        system.row(row_hi, -np.inf, eps, f"{label}percent {src}")


class _Result:
    def __init__(self, status, fun=None, x=None, message="", bound=None):
        self.status, self.fun, self.x, self.message, self.mip_dual_bound = status, fun, x, message, bound


class Solver:
    """min / max of linear expressions over the integer points of a LinearSystem (HiGHS).

    Presolves exactly first: a row on one variable becomes its bounds (rounded inwards for whole
    numbers), fixed variables are substituted, repeated rows merged, until nothing changes; the
    programs then run over the free variables only. Objectives, solutions and witnesses are in
    the system's full variable space."""

    def __init__(self, system):
        from scipy.optimize import Bounds, LinearConstraint
        from scipy.sparse import csr_matrix, vstack
        self.system = system
        self.n = len(system.names)
        self.integrality_full = np.array(system.integer)
        lb = np.array(system.lb, float)
        ub = np.array(system.ub, float)
        ints = self.integrality_full.astype(bool)
        rows = [(dict(c), lo, hi) for c, lo, hi, _ in system.rows]
        self.infeasible = None
        tol = 1e-7
        changed = True
        while changed and self.infeasible is None:
            changed = False
            fixed = lb == ub
            out = []
            for coefs, lo, hi in rows:
                const = 0.0
                rem = {}
                for i, c in coefs.items():
                    if fixed[i]:
                        const += c * lb[i]
                    else:
                        rem[i] = c
                lo2, hi2 = lo - const, hi - const
                if not rem:
                    if lo2 > tol * max(1, abs(lo2)) + 1e-6 or hi2 < -1e-6:
                        self.infeasible = f"row fails on fixed values: {lo2} <= 0 <= {hi2}"
                    continue
                if len(rem) == 1:
                    (i, c), = rem.items()
                    l, u = (lo2 / c, hi2 / c) if c > 0 else (hi2 / c, lo2 / c)
                    if ints[i]:
                        l = math.ceil(l - 1e-6) if np.isfinite(l) else l
                        u = math.floor(u + 1e-6) if np.isfinite(u) else u
                    if l > lb[i] + 1e-9:
                        lb[i] = l
                        changed = True
                    if u < ub[i] - 1e-9:
                        ub[i] = u
                        changed = True
                    if lb[i] > ub[i] + 1e-6:
                        self.infeasible = f"bounds of {system.names[i]} cross: {lb[i]} > {ub[i]}"
                    elif lb[i] > ub[i]:
                        ub[i] = lb[i]
                    continue
                out.append((rem, lo2, hi2))
            rows = out
        # merge repeated rows
        merged = {}
        for coefs, lo, hi in rows:
            key = tuple(sorted(coefs.items()))
            if key in merged:
                l0, h0 = merged[key]
                merged[key] = (max(l0, lo), min(h0, hi))
            else:
                merged[key] = (lo, hi)
        self.lb_full, self.ub_full = lb, ub
        self.free = np.where(lb < ub)[0]
        self.pos = {int(i): j for j, i in enumerate(self.free)}
        self.fixed_x = np.where(lb == ub, lb, 0.0)
        m = len(self.free)
        data, ri, ci, los, his = [], [], [], [], []
        for r, (key, (lo, hi)) in enumerate(merged.items()):
            for i, c in key:
                data.append(c)
                ri.append(r)
                ci.append(self.pos[i])
            los.append(lo)
            his.append(hi)
        self.A = csr_matrix((data, (ri, ci)), shape=(len(merged), m))
        self.lo, self.hi = np.array(los, float), np.array(his, float)
        flb, fub = lb[self.free], ub[self.free]
        self.bounds = Bounds(flb, fub)
        self.lp_bounds = list(zip(flb, [None if u == np.inf else u for u in fub]))
        self.integrality = self.integrality_full[self.free]
        self.constraints = LinearConstraint(self.A, self.lo, self.hi) if len(merged) else ()
        eq = np.isclose(self.lo, self.hi)
        fin_hi = (~eq) & np.isfinite(self.hi)
        fin_lo = (~eq) & np.isfinite(self.lo)
        parts, ub_b = [], []
        if fin_hi.any():
            parts.append(self.A[fin_hi])
            ub_b.append(self.hi[fin_hi])
        if fin_lo.any():
            parts.append(-self.A[fin_lo])
            ub_b.append(-self.lo[fin_lo])
        self.A_ub = vstack(parts).tocsr() if parts else None
        self.b_ub = np.concatenate(ub_b) if ub_b else None
        self.A_eq = self.A[eq] if eq.any() else None
        self.b_eq = self.lo[eq] if eq.any() else None
        self.lp_solves = 0
        self.milp_solves = 0
        self.witnesses = []  # integer points that satisfy every fact (solutions found on the way)
        self._W = None

    # -- full space <-> free variables
    def _split(self, c_full):
        c_full = np.asarray(c_full, float)
        return c_full[self.free], float(c_full @ self.fixed_x)

    def _full(self, x_free):
        x = self.fixed_x.copy()
        x[self.free] = x_free
        return x

    def _witness(self, x):
        if x is None:
            return
        ints = self.integrality_full.astype(bool)
        if np.all(np.abs(x[ints] - np.round(x[ints])) < 1e-6):
            xr = x.copy()
            xr[ints] = np.round(xr[ints])
            self.witnesses.append(xr)
            self._W = None

    def observed(self, coefs):
        """The smallest and largest value of the expression over the witnesses found so far."""
        if not self.witnesses:
            return None
        if self._W is None:
            self._W = np.array(self.witnesses)
        idx = np.fromiter(coefs.keys(), int)
        val = self._W[:, idx] @ np.fromiter(coefs.values(), float)
        return float(val.min()), float(val.max())

    def seed_witnesses(self, coef_list, count=8, rng=None):
        """Integer points from LPs with random objectives over the given expressions."""
        rng = rng or np.random.default_rng(0)
        for _ in range(count):
            c = np.zeros(self.n)
            for coefs in coef_list:
                w = rng.normal()
                for i, v in coefs.items():
                    c[i] += w * v
            res = self._lp(c)
            if res.status == 0:
                self._witness(res.x)

    def wide(self, coefs, width):
        """True when witnesses already show the expression takes values `width` apart."""
        o = self.observed(coefs)
        return o is not None and o[1] - o[0] >= width - 1e-9

    def feasible_point(self, integer=True):
        return self._milp(np.zeros(self.n), integer=integer, time_limit=120)

    def _lp(self, c_full):
        from scipy.optimize import linprog
        if self.infeasible:
            return _Result(2, message=self.infeasible)
        c, const = self._split(c_full)
        if len(self.free) == 0:
            return _Result(0, const, self._full(np.zeros(0)))
        self.lp_solves += 1
        res = linprog(c, A_ub=self.A_ub, b_ub=self.b_ub, A_eq=self.A_eq, b_eq=self.b_eq,
                      bounds=self.lp_bounds, method="highs")
        x = self._full(res.x) if res.x is not None else None
        return _Result(res.status, None if res.fun is None else res.fun + const, x, res.message)

    def _milp(self, c_full, integer=True, time_limit=60):
        from scipy.optimize import milp
        if self.infeasible:
            return _Result(2, message=self.infeasible)
        c, const = self._split(c_full)
        if len(self.free) == 0:
            return _Result(0, const, self._full(np.zeros(0)))
        self.milp_solves += 1
        res = milp(c, constraints=self.constraints, bounds=self.bounds,
                   integrality=self.integrality if integer else None, options={"time_limit": time_limit})
        x = self._full(res.x) if res.x is not None else None
        bound = getattr(res, "mip_dual_bound", None)
        return _Result(res.status, None if res.fun is None else res.fun + const, x, res.message,
                       None if bound is None else bound + const)

    def extreme(self, coefs, sense):
        """min (sense=+1) or -max (sense=-1) of sum coefs*x over integer points: returns the bound
        as a number, or None when unbounded / failed."""
        c = np.zeros(self.n)
        for i, v in coefs.items():
            c[i] = sense * v
        res = self._lp(c)
        if res.status == 3:
            return None
        if res.status != 0:
            raise RuntimeError(f"LP failed: {res.message}")
        x = res.x
        ints = self.integrality_full.astype(bool)
        if np.all(np.abs(x[ints] - np.round(x[ints])) < 1e-6):
            self._witness(x)
            return res.fun
        lp_bound = res.fun
        res = self._milp(c)
        if res.status == 0 and res.x is not None:
            self._witness(res.x)
            return res.fun
        # time limit or failure: a valid bound is still known (the objective is a whole number
        # whenever its coefficients are; otherwise keep the bound as it is)
        bound = res.mip_dual_bound
        if bound is None or not np.isfinite(bound):
            bound = lp_bound
        whole = all(float(v).is_integer() for v in coefs.values())
        return math.ceil(bound - 1e-6) if whole else bound

    def range(self, coefs, const=0.0, enough=None):
        """(min, max) of the expression; with `enough`, stops early and returns None when the
        witnesses show the range is at least that wide."""
        if enough is not None and self.wide(coefs, enough):
            return None
        lo = self.extreme(coefs, +1)
        if enough is not None and self.wide(coefs, enough):
            return None
        hi = self.extreme(coefs, -1)
        lo = None if lo is None else lo + const
        hi = None if hi is None else -hi + const
        return lo, hi


def write_summary(summary, out=None):
    """A tool's JSON summary: to the file `out`, or to stdout."""
    text = json.dumps(summary, indent=1, default=str)
    if out:
        with open(out, "w") as f:
            f.write(text + "\n")
    else:
        print(text)
