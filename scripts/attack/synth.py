#!/usr/bin/env python3
"""Makes a synthetic Chorus round for the disclosure attack (scripts/attack/).

Writes, under --out:
  surveys/ID.yaml           a survey definition in Chorus's format (docs/survey-format.md): 2 to 4
                            identifying single-choice questions with hierarchies, single-choice,
                            multiple-choice and scale questions, and at least two questions with
                            skip logic of the form ${p} = 'x' (plus one selected(${contact}, 'x'))
  bundle.jsonl              n responses, each sealed to --pub as the contract says
                            (ARCHITECTURE.md, "Contracts"): JSON padded with sodium_pad to a
                            multiple of 512 bytes, then crypto_box_seal; lines in random order,
                            as `chorus-server export`
  bundle-plus.jsonl         the same n responses plus one more (a later export)
  bundle-minus.jsonl        the same responses less one, withdrawn; beside it
  bundle-minus.jsonl.withdrawn   her id, as `chorus-server export` writes after a withdrawal
                            (README step 3: BUNDLE.withdrawn, read by `chorus-analyst report`)
  truth.json                every response's answers, and the added and withdrawn persons'

Usage: synth.py --seed 1 --n 120 --pub keys/analysis.pub --out DIR
Everything is drawn from the seed, so the same seed gives the same survey and answers (the sealed
boxes differ: sealing uses a fresh ephemeral key each time).
"""
import argparse
import base64
import datetime
import json
import os
import random
import sys

import yaml

PAD_BLOCK = 512

# --- Question pools ---------------------------------------------------------------------------

def _opts(*pairs):
    return [{"id": i, "label": l} for i, l in pairs]


IDENTIFYING = {
    "age_band": dict(
        label="How old are you?",
        options=_opts(("18_24", "18 to 24"), ("25_34", "25 to 34"), ("35_44", "35 to 44"), ("45_54", "45 to 54"),
                      ("55_64", "55 to 64"), ("65_or_over", "65 or over"), ("prefer_not_to_say", "Prefer not to say")),
        hierarchy=[
            {"label": "20-year bands", "groups": [
                {"id": "18_34", "label": "18 to 34", "merges": ["18_24", "25_34"]},
                {"id": "35_54", "label": "35 to 54", "merges": ["35_44", "45_54"]},
                {"id": "55_or_over", "label": "55 or over", "merges": ["55_64", "65_or_over"]},
                {"id": "prefer_not_to_say", "merges": ["prefer_not_to_say"]}]},
            {"label": "18 to 34, or 35 or over", "groups": [
                {"id": "18_34", "merges": ["18_34"]},
                {"id": "35_or_over", "label": "35 or over", "merges": ["35_54", "55_or_over"]},
                {"id": "prefer_not_to_say", "merges": ["prefer_not_to_say"]}]},
        ]),
    "area": dict(
        label="Which part of the area do you live in?",
        options=_opts(("north", "North"), ("south", "South"), ("east", "East"), ("west", "West"),
                      ("centre", "Town centre")),
        hierarchy=[{"label": "Halves", "groups": [
            {"id": "north_east_centre", "label": "North, east or centre", "merges": ["north", "east", "centre"]},
            {"id": "south_west", "label": "South or west", "merges": ["south", "west"]}]}]),
    "disability": dict(
        label="Do you have a disability or a long-term condition?",
        options=_opts(("yes", "Yes"), ("no", "No"), ("prefer_not_to_say", "Prefer not to say")),
        hierarchy=[{"label": "Disabled, or not known to be", "groups": [
            {"id": "yes", "merges": ["yes"]},
            {"id": "no_or_not_said", "label": "No, or prefer not to say", "merges": ["no", "prefer_not_to_say"]}]}]),
    "gender": dict(
        label="What is your gender?",
        options=_opts(("woman", "Woman"), ("man", "Man"), ("non_binary", "Non-binary"),
                      ("another_way", "Another way"), ("prefer_not_to_say", "Prefer not to say")),
        hierarchy=[{"label": "Woman or another gender", "groups": [
            {"id": "woman", "merges": ["woman"]},
            {"id": "man_or_another", "label": "Man, non-binary or another way", "merges": ["man", "non_binary", "another_way"]},
            {"id": "prefer_not_to_say", "merges": ["prefer_not_to_say"]}]}]),
    "ethnic_group": dict(
        label="What is your ethnic group?",
        options=_opts(("asian", "Asian"), ("black", "Black"), ("mixed", "Mixed"), ("white", "White"),
                      ("other", "Another group"), ("prefer_not_to_say", "Prefer not to say")),
        hierarchy=[{"label": "White or another group", "groups": [
            {"id": "white", "merges": ["white"]},
            {"id": "not_white", "label": "Asian, Black, Mixed or another", "merges": ["asian", "black", "mixed", "other"]},
            {"id": "prefer_not_to_say", "merges": ["prefer_not_to_say"]}]}]),
}

AGREEMENT = _opts(("strongly_agree", "Strongly agree"), ("agree", "Agree"), ("neither", "Neither"),
                  ("disagree", "Disagree"), ("strongly_disagree", "Strongly disagree"))
RATING = _opts(("very_positive", "Very positive"), ("positive", "Positive"), ("neutral", "Neutral"),
               ("negative", "Negative"), ("very_negative", "Very negative"))
HELPFUL = _opts(("very_helpful", "Very helpful"), ("fairly_helpful", "Fairly helpful"),
                ("not_very_helpful", "Not very helpful"), ("not_at_all_helpful", "Not at all helpful"))
YES_NO = _opts(("yes", "Yes"), ("no", "No"))
YES_NO_DK = _opts(("yes", "Yes"), ("no", "No"), ("dont_know", "Don't know"))

# (id, type, label, options, relevant or None). Parents come before their children.
CONTACT = ("contact", "multiple_choice", "Which services did you have contact with?",
           _opts(("police", "Police"), ("housing", "Housing"), ("health", "GP or health"),
                 ("specialist", "Specialist service"), ("courts", "Courts")), None)
SKIP_FAMILIES = [
    [("reported", "single_choice", "Did you report the abuse to the police?", YES_NO_DK, None),
     ("police_rating", "scale", "How was your experience of the police?", RATING, "${reported} = 'yes'"),
     ("police_informed", "single_choice", "Did the police keep you informed?", YES_NO_DK, "${reported} = 'yes'")],
    [("has_children", "single_choice", "Do you have children under 18?", YES_NO, None),
     ("children_help", "scale", "How helpful were children's services?", HELPFUL, "${has_children} = 'yes'")],
    [("refuge", "single_choice", "Did you stay in a refuge?", YES_NO, None),
     ("refuge_safe", "scale", "I felt safe in the refuge.", AGREEMENT, "${refuge} = 'yes'")],
]
PLAIN = [
    ("believed", "single_choice", "Did you feel believed the first time you told someone?", YES_NO_DK, None),
    ("first_told", "single_choice", "Who did you tell first?",
     _opts(("friend", "A friend"), ("family", "Family"), ("police", "Police"), ("gp", "GP"),
           ("specialist", "Specialist service")), None),
    ("felt_listened", "scale", "I felt listened to.", AGREEMENT, None),
    ("support_needed", "multiple_choice", "What support did you need?",
     _opts(("counselling", "Counselling"), ("legal", "Legal advice"), ("housing_help", "Housing help"),
           ("money", "Money advice"), ("childcare", "Childcare")), None),
    ("barriers", "multiple_choice", "What made it harder to get help?",
     _opts(("fear", "Fear"), ("not_knowing", "Not knowing where to go"), ("language", "Language"),
           ("cost", "Cost")), None),
    ("recommend", "scale", "I would tell a friend to use these services.", AGREEMENT, None),
    ("waited", "single_choice", "How long did you wait for help?",
     _opts(("days", "Days"), ("weeks", "Weeks"), ("months", "Months"), ("still_waiting", "Still waiting")), None),
]
HOUSING_CHILD = ("housing_rating", "scale", "How was your experience of housing services?", RATING,
                 "selected(${contact}, 'housing')")


def make_survey(rng, survey_id="synth", max_questions=12):
    """A survey definition (as a dict ready for YAML) with 8 to max_questions choice questions
    (identifying ones included): always at least two ${p} = 'x' skip rules."""
    n_ident = rng.randint(2, 4)
    ident_ids = rng.sample(sorted(IDENTIFYING), n_ident)
    families = rng.sample(SKIP_FAMILIES, rng.randint(2, 3))
    plain = rng.sample(PLAIN, rng.randint(1, 5))
    # trim to max_questions: plain questions first, then a third skip family, then identifying ones
    def total():
        return n_ident + 2 + sum(len(f) for f in families) + len(plain)
    while total() > max_questions and len(plain) > 1:
        plain.pop()
    while total() > max_questions and len(families) > 2:
        families.pop()
    while total() > max_questions and n_ident > 2:
        n_ident -= 1
        ident_ids.pop()
    questions = [CONTACT, HOUSING_CHILD]
    for fam in families:
        questions += fam
    questions += plain

    def qdict(q):
        qid, qtype, label, options, relevant = q
        d = {"id": qid, "type": qtype, "label": label, "options": [dict(o) for o in options]}
        if relevant:
            d["relevant"] = relevant
        return d

    ident = []
    for qid in ident_ids:
        spec = IDENTIFYING[qid]
        ident.append({"id": qid, "type": "single_choice", "label": spec["label"], "identifying": True,
                      "options": [dict(o) for o in spec["options"]], "hierarchy": spec["hierarchy"]})
    pages = [{"title": "About you", "questions": ident},
             {"title": "Services", "questions": [qdict(q) for q in questions]}]
    if rng.random() < 0.5:  # identifying questions sometimes come last, as in the shipped surveys
        pages.reverse()
    return {"id": survey_id, "version": 1, "title": "Synthetic round for the disclosure attack",
            "audience": "survivors", "intro": "A synthetic survey made by scripts/attack/synth.py.",
            "pages": pages}


def questions_in_order(survey):
    for page in survey["pages"]:
        for q in page["questions"]:
            yield q


def eval_relevant(expr, answers):
    """The two forms synth writes: ${p} = 'x' and selected(${p}, 'x')."""
    if expr is None:
        return True
    expr = expr.strip()
    if expr.startswith("selected("):
        inner = expr[len("selected("):-1]
        p, x = [s.strip() for s in inner.split(",")]
        p = p[2:-1]
        x = x.strip("'\"")
        v = answers.get(p)
        return isinstance(v, list) and x in v
    left, right = [s.strip() for s in expr.split("=")]
    p = left[2:-1]
    x = right.strip("'\"")
    return answers.get(p) == x


class Model:
    """Skewed answer distributions for one survey, drawn once per seed."""

    def __init__(self, survey, rng):
        self.survey = survey
        self.rng = rng
        self.qs = list(questions_in_order(survey))
        self.ident = [q for q in self.qs if q.get("identifying")]
        self.driver = self.ident[0]["id"]  # answers depend on the first identifying question's group
        self.skip = {}
        self.weights = {}
        for q in self.qs:
            self.skip[q["id"]] = rng.uniform(0.0, 0.12)
            opts = [o["id"] for o in q["options"]]
            if q["type"] == "multiple_choice":
                base = [min(0.9, max(0.03, rng.betavariate(1.0, 1.8))) for _ in opts]
                self.weights[q["id"]] = {None: base}
            else:
                base = self._dirichlet(len(opts), 0.7)
                per_group = {None: base}
                if not q.get("identifying"):
                    for g in [o["id"] for o in self.ident[0]["options"]]:
                        tilt = self._dirichlet(len(opts), 1.5)
                        per_group[g] = [0.6 * b + 0.4 * t for b, t in zip(base, tilt)]
                self.weights[q["id"]] = per_group

    def _dirichlet(self, n, alpha):
        xs = [self.rng.gammavariate(alpha, 1.0) + 1e-3 for _ in range(n)]
        s = sum(xs)
        return [x / s for x in xs]

    def respond(self):
        answers = {}
        for q in self.qs:
            qid = q["id"]
            if not eval_relevant(q.get("relevant"), answers):
                continue
            if self.rng.random() < self.skip[qid]:
                continue
            opts = [o["id"] for o in q["options"]]
            w = self.weights[qid]
            if q["type"] == "multiple_choice":
                ticked = [o for o, p in zip(opts, w[None]) if self.rng.random() < p]
                if ticked:
                    answers[qid] = ticked
            else:
                weights = w.get(answers.get(self.driver), w[None])
                answers[qid] = self.rng.choices(opts, weights=weights)[0]
        return answers


# --- Sealing ------------------------------------------------------------------------------------

def sodium_pad(data: bytes, block: int = PAD_BLOCK) -> bytes:
    """ISO/IEC 7816-4 padding as libsodium's sodium_pad: 0x80 then zeros to a multiple of block
    (a whole block is added when the length is already a multiple)."""
    xpadlen = block - 1 - (len(data) % block)
    return data + b"\x80" + b"\x00" * xpadlen


def sealer(pub_path):
    from nacl.public import PublicKey, SealedBox
    key = base64.b64decode(open(pub_path).read().strip())
    if len(key) != 32:
        raise SystemExit(f"{pub_path}: not a 32-byte public key")
    return SealedBox(PublicKey(key))


def bundle_line(box, survey, rid, day, answers):
    plaintext = json.dumps({"survey": survey["id"], "version": survey["version"], "answers": answers},
                           ensure_ascii=False, separators=(",", ":")).encode()
    sealed = box.encrypt(sodium_pad(plaintext))
    return json.dumps({"box": base64.b64encode(bytes(sealed)).decode(), "day": day, "id": rid,
                       "survey": survey["id"], "version": survey["version"]}, separators=(",", ":"))


def write_bundle(path, lines, rng):
    lines = list(lines)
    rng.shuffle(lines)  # the server writes lines in random order
    with open(path, "w") as f:
        for line in lines:
            f.write(line + "\n")


def make_round(seed, n, pub, out, survey_id="synth", max_questions=12):
    rng = random.Random(seed)
    survey = make_survey(rng, survey_id, max_questions)
    model = Model(survey, rng)
    os.makedirs(os.path.join(out, "surveys"), exist_ok=True)
    with open(os.path.join(out, "surveys", f"{survey_id}.yaml"), "w") as f:
        f.write("# Made by scripts/attack/synth.py (seed %d, n %d). Synthetic: no real answers.\n" % (seed, n))
        yaml.safe_dump(survey, f, sort_keys=False, allow_unicode=True, width=200)

    start = datetime.date(2026, 9, 1)
    def day():
        return (start + datetime.timedelta(days=rng.randrange(61))).isoformat()

    people = []
    for _ in range(n + 1):
        people.append({"id": "%032x" % rng.getrandbits(128), "day": day(), "answers": model.respond()})
    base, added = people[:n], people[n]
    withdrawn = rng.choice(base)

    box = sealer(pub)
    lines = {p["id"]: bundle_line(box, survey, p["id"], p["day"], p["answers"]) for p in people}
    write_bundle(os.path.join(out, "bundle.jsonl"), [lines[p["id"]] for p in base], rng)
    write_bundle(os.path.join(out, "bundle-plus.jsonl"), [lines[p["id"]] for p in people], rng)
    write_bundle(os.path.join(out, "bundle-minus.jsonl"), [lines[p["id"]] for p in base if p is not withdrawn], rng)
    with open(os.path.join(out, "bundle-minus.jsonl.withdrawn"), "w") as f:
        f.write(withdrawn["id"] + "\n")

    truth = {"survey": survey_id, "seed": seed, "n": n, "responses": base,
             "added": added, "withdrawn": withdrawn}
    with open(os.path.join(out, "truth.json"), "w") as f:
        json.dump(truth, f, indent=1)
    return survey, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=120, help="responses (30 to 400)")
    ap.add_argument("--pub", required=True, help="analysis.pub from `chorus-analyst keygen`")
    ap.add_argument("--out", required=True)
    ap.add_argument("--survey-id", default="synth")
    ap.add_argument("--max-questions", type=int, default=12,
                    help="most choice questions, identifying ones included (8 to 15; default 12)")
    a = ap.parse_args()
    if not 1 <= a.n <= 100000:
        sys.exit("--n must be positive")
    survey, truth = make_round(a.seed, a.n, a.pub, a.out, a.survey_id, max(8, min(15, a.max_questions)))
    nq = sum(1 for _ in questions_in_order(survey))
    print(f"{a.out}: survey {survey['id']} with {nq} questions, {a.n} responses (+1 added, -1 withdrawn)")


if __name__ == "__main__":
    main()
