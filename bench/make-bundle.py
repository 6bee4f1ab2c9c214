#!/usr/bin/env python3
"""Writes a bundle of N made-up responses to one survey, sealed to an analysis public key, without
a server: the same lines `chorus-server export` writes (ARCHITECTURE.md, "Contracts"). For
benchmarks only.

    python3 bench/make-bundle.py Surveys/survivors-consultation.yaml KEYDIR/analysis.pub 1000 OUT.jsonl [--seed 1]

Each response is drawn at random within the survey's skip logic: choice answers are skewed (a few
options are much more common than the rest, the same for every response), about 10% of optional
questions are skipped, identifying questions are answered by most, and some text questions get a
short sentence (with permission to quote for some of those). A question whose `relevant` this
script cannot read is never answered, so no response answers a question its skip logic hides.

The plaintext is `{"survey", "version", "answers", "quote_ok"}`, padded as sodium_pad does
(ISO/IEC 7816-4: 0x80, then zeros, to the next multiple of 512 bytes) and sealed with
crypto_box_seal (PyNaCl's SealedBox). The seed fixes the answers, ids and days; the sealed bytes
differ on every run (crypto_box_seal takes a fresh ephemeral key each time).
"""
import argparse
import base64
import json
import random
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("make-bundle.py needs PyYAML: pip install pyyaml")
try:
    from nacl.public import PublicKey, SealedBox
except ImportError:
    sys.exit("make-bundle.py needs PyNaCl: pip install pynacl")

BLOCK = 512
SKIP_OPTIONAL = 0.10          # share of optional questions left unanswered
SKIP_IDENTIFYING = 0.05       # identifying questions: answered by most
TEXT_ANSWERED = 0.30          # share of shown text questions that get a sentence
QUOTE_ALLOWED = 0.50          # share of those that allow quoting
# Options that mean "none of these": ticked alone in a multiple-choice answer.
EXCLUSIVE = {"none", "nothing", "no_one", "not_again", "did_not_see", "dont_know", "prefer_not_to_say"}
# Options that are rare whatever the question ("did not say", "none of these", "something else").
RARE = {"prefer_not_to_say", "dont_know", "other", "another", "another_way", "no_one", "none", "nothing", "not_again"}
# The identifying questions of the shipped surveys: assumed shares (mostly women, mostly 25 to 44),
# not figures from the source reports. Used when a question has exactly these options.
PRIORS = {
    "gender": {"woman": 86, "man": 8, "non_binary": 2, "another_way": 1, "prefer_not_to_say": 3},
    "age_band": {"18_24": 12, "25_34": 30, "35_44": 28, "45_54": 17, "55_64": 7, "65_or_over": 2, "prefer_not_to_say": 4},
    "ethnic_group": {"white": 72, "asian": 11, "black": 7, "mixed": 4, "other": 2, "prefer_not_to_say": 4},
    "disability": {"yes": 32, "no": 62, "prefer_not_to_say": 6},
    "sexual_orientation": {"straight": 84, "gay_lesbian": 4, "bisexual": 5, "another": 1, "prefer_not_to_say": 6},
    "area": {"north": 24, "south": 22, "east": 20, "west": 20, "elsewhere": 6, "prefer_not_to_say": 8},
}

SHARED_LISTS = {   # Sources/SurveyKit/Definition/SharedOptionLists.swift
    "agreement": ["strongly_agree", "agree", "neither", "disagree", "strongly_disagree"],
    "agency_rating": ["very_positive", "positive", "neutral", "negative", "very_negative", "no_experience"],
    "yes_no_dont_know": ["yes", "no", "dont_know"],
    "yes_no": ["yes", "no"],
    "prefer_not_to_say": ["prefer_not_to_say"],
}

SENTENCES = [
    "Nobody told me what help there was.",
    "They listened and did not judge me.",
    "I had to tell my story again and again.",
    "It took months to get a call back.",
    "My support worker was the turning point.",
    "I wish someone had asked me sooner.",
    "The letters were hard to understand.",
    "Being believed made all the difference.",
    "I did not feel safe going to the office.",
    "Keep the same worker from start to finish.",
    "Posters in the surgery would have helped.",
    "They explained my options clearly.",
]


# ---------------------------------------------------------------------------------------------
# Survey definition


def option_ids(items, lists):
    """The option ids of an `options` value: a list name, or a list of {id, label} and list names."""
    if isinstance(items, str):
        return list(lists[items])
    ids = []
    for item in items:
        if isinstance(item, str):
            ids.extend(lists[item])
        else:
            ids.append(str(item["id"]))
    return ids


def load_survey(path):
    with open(path, encoding="utf-8") as file:
        top = yaml.safe_load(file)
    lists = dict(SHARED_LISTS)
    for name, items in (top.get("option_lists") or {}).items():
        lists[name] = option_ids(items, SHARED_LISTS)
    questions = []
    for page in top["pages"]:
        for q in page.get("questions") or []:
            if q["type"] == "note":
                continue
            question = {
                "id": q["id"], "type": q["type"], "required": bool(q.get("required", False)),
                "identifying": bool(q.get("identifying", False)),
                "quote": bool(q.get("quote_permission", False)),
                "min": q.get("min"), "max": q.get("max"), "integer": bool(q.get("integer", False)),
                "max_length": int(q.get("max_length", 2000)),
                "relevant": None, "unreadable": False,
            }
            if q["type"] in ("single_choice", "multiple_choice", "scale"):
                question["options"] = option_ids(q["options"], lists)
            if q.get("relevant"):
                try:
                    question["relevant"] = Parser(str(q["relevant"])).parse()
                except ValueError as error:
                    question["unreadable"] = True
                    print(f"make-bundle.py: never answering '{q['id']}': cannot read its relevant ({error})", file=sys.stderr)
            questions.append(question)
    return str(top["id"]), int(top["version"]), questions


# ---------------------------------------------------------------------------------------------
# Skip logic: the XLSForm subset of docs/survey-format.md, evaluated as
# Sources/SurveyKit/Relevance/RelevanceEvaluator.swift does (a skipped answer is '').

TOKEN = re.compile(r"""\s*(?:
    (?P<ref>\$\{[A-Za-z][A-Za-z0-9_]*\})
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<num>-?(?:\d+(?:\.\d*)?|\.\d+))
  | (?P<op><=|>=|!=|=|<|>)
  | (?P<punct>[(),])
  | (?P<word>[A-Za-z][A-Za-z0-9_-]*)
)""", re.VERBOSE)

CONDITIONS = ("cmp", "and", "or", "not", "selected", "bool")


class Parser:
    def __init__(self, text):
        self.tokens = []
        position = 0
        text = text.strip()
        while position < len(text):
            match = TOKEN.match(text, position)
            if not match or match.end() == position:
                raise ValueError(f"unexpected text at {text[position:]!r}")
            kind = match.lastgroup
            self.tokens.append((kind, match.group(kind)))
            position = match.end()
            while position < len(text) and text[position].isspace():
                position += 1
        self.at = 0

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else (None, None)

    def take(self, kind=None, value=None):
        token = self.peek()
        if token[0] is None or (kind and token[0] != kind) or (value and token[1] != value):
            raise ValueError(f"expected {value or kind}, found {token[1]!r}")
        self.at += 1
        return token

    def parse(self):
        expression = self.disjunction()
        if self.at != len(self.tokens):
            raise ValueError(f"unexpected {self.peek()[1]!r}")
        return expression

    def disjunction(self):
        terms = [self.conjunction()]
        while self.peek() == ("word", "or"):
            self.take()
            terms.append(self.conjunction())
        return terms[0] if len(terms) == 1 else ("or", terms)

    def conjunction(self):
        terms = [self.comparison()]
        while self.peek() == ("word", "and"):
            self.take()
            terms.append(self.comparison())
        return terms[0] if len(terms) == 1 else ("and", terms)

    def comparison(self):
        left = self.primary()
        if self.peek()[0] == "op":
            op = self.take()[1]
            return ("cmp", op, left, self.primary())
        return left

    def reference(self):
        return self.take("ref")[1][2:-1]

    def primary(self):
        kind, value = self.peek()
        if kind == "ref":
            return ("ref", self.reference())
        if kind == "str":
            self.take()
            return ("str", value[1:-1])
        if kind == "num":
            self.take()
            return ("num", float(value))
        if (kind, value) == ("punct", "("):
            self.take()
            inner = self.disjunction()
            self.take("punct", ")")
            return inner
        if kind == "word":
            self.take()
            self.take("punct", "(")
            if value == "not":
                inner = self.disjunction()
                self.take("punct", ")")
                return ("not", inner)
            if value == "selected":
                question = self.reference()
                self.take("punct", ",")
                option = self.take("str")[1][1:-1]
                self.take("punct", ")")
                return ("selected", question, option)
            if value == "count-selected":
                question = self.reference()
                self.take("punct", ")")
                return ("count", question)
            if value in ("true", "false"):
                self.take("punct", ")")
                return ("bool", value == "true")
            raise ValueError(f"function {value}() is not read here")
        raise ValueError(f"unexpected {value!r}")


PLAIN_NUMBER = re.compile(r"^\s*-?(\d+(\.\d*)?|\.\d+)\s*$")


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return ("%d" % value) if float(value).is_integer() else repr(float(value))
    return value


def truth(expression, answers):
    kind = expression[0]
    if kind == "ref":
        return as_text(answers.get(expression[1])) != ""
    if kind == "str":
        return expression[1] != ""
    if kind == "num":
        return expression[1] != 0
    if kind == "bool":
        return expression[1]
    if kind == "and":
        return all(truth(term, answers) for term in expression[1])
    if kind == "or":
        return any(truth(term, answers) for term in expression[1])
    if kind == "not":
        return not truth(expression[1], answers)
    if kind == "selected":
        value = answers.get(expression[1])
        wanted = expression[2].strip()
        if isinstance(value, list):
            return wanted in value
        return isinstance(value, str) and value == wanted
    if kind == "count":
        return count_selected(expression[1], answers) != 0
    if kind == "cmp":
        return compare(expression[1], expression[2], expression[3], answers)
    raise ValueError(kind)


def count_selected(question, answers):
    value = answers.get(question)
    if value is None:
        return 0
    if isinstance(value, list):
        return len(value)
    if isinstance(value, str):
        return len([w for w in value.split(" ") if w])
    return 1


def operand(expression, answers):
    """('num', x) or ('text', s), as RelevanceEvaluator.value(of:)."""
    kind = expression[0]
    if kind == "ref":
        value = answers.get(expression[1])
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return ("num", float(value))
        return ("text", as_text(value))
    if kind == "str":
        return ("text", expression[1])
    if kind == "num":
        return ("num", expression[1])
    if kind == "count":
        return ("num", float(count_selected(expression[1], answers)))
    return ("num", 1.0 if truth(expression, answers) else 0.0)


def as_number(value):
    if value[0] == "num":
        return value[1]
    return float(value[1]) if PLAIN_NUMBER.match(value[1]) else None


HOLDS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
         "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def compare(op, left, right, answers):
    if left[0] in CONDITIONS or right[0] in CONDITIONS:
        return HOLDS[op](int(truth(left, answers)), int(truth(right, answers)))
    a, b = operand(left, answers), operand(right, answers)
    x, y = as_number(a), as_number(b)
    if x is not None and y is not None:
        return HOLDS[op](x, y)
    text_a = as_text(a[1]) if a[0] == "num" else a[1]
    text_b = as_text(b[1]) if b[0] == "num" else b[1]
    if op == "=":
        return text_a == text_b
    if op == "!=":
        return text_a != text_b
    return False


# ---------------------------------------------------------------------------------------------
# Answers


def skewed_weights(question, rng):
    """Fixed weights for a question's options: from PRIORS, or else shuffled, then Zipf-like
    (1, 1/2^1.3, 1/3^1.3, ...), with "did not say" and "none of these" options rare."""
    ids = list(question["options"])
    prior = PRIORS.get(question["id"])
    if prior and set(prior) == set(ids):
        total = sum(prior.values())
        return ids, [prior[o] / total for o in ids]
    order = ids[:]
    rng.shuffle(order)
    weights = {}
    for rank, option in enumerate(order):
        weights[option] = 1.0 / (rank + 1) ** 1.3
    for option in ids:
        if option in RARE:
            weights[option] = min(weights[option], 0.04)
    total = sum(weights.values())
    return ids, [weights[o] / total for o in ids]


def prepare(questions, rng):
    for question in questions:
        if "options" in question:
            question["ids"], question["weights"] = skewed_weights(question, rng)
            if question["type"] == "multiple_choice":
                # Chance that each option is ticked: the most common one by about half of people.
                top = max(question["weights"])
                question["tick"] = [min(0.85, 0.5 * w / top) for w in question["weights"]]


def answer(question, rng):
    kind = question["type"]
    if kind in ("single_choice", "scale"):
        return rng.choices(question["ids"], question["weights"])[0]
    if kind == "multiple_choice":
        ids = [o for o, p in zip(question["ids"], question["tick"]) if o not in EXCLUSIVE and rng.random() < p]
        if not ids:
            return [rng.choices(question["ids"], question["weights"])[0]]
        return ids
    if kind == "text":
        words = " ".join(rng.sample(SENTENCES, rng.choice((1, 1, 2))))
        return words[: question["max_length"]]
    if kind == "number":
        low = question["min"] if question["min"] is not None else 0
        high = question["max"] if question["max"] is not None else max(low, 0) + 100
        low, high = int(-(-low // 1)), int(high // 1)
        return rng.randint(low, high) if high >= low else low
    raise ValueError(kind)


def response(questions, rng):
    answers, quote_ok = {}, []
    for question in questions:
        if question["unreadable"]:
            continue
        if question["relevant"] is not None and not truth(question["relevant"], answers):
            continue
        if not question["required"]:
            if question["type"] == "text":
                if rng.random() >= TEXT_ANSWERED:
                    continue
            elif rng.random() < (SKIP_IDENTIFYING if question["identifying"] else SKIP_OPTIONAL):
                continue
        answers[question["id"]] = answer(question, rng)
        if question["type"] == "text" and question["quote"] and rng.random() < QUOTE_ALLOWED:
            quote_ok.append(question["id"])
    return answers, sorted(quote_ok)


def sodium_pad(data):
    """ISO/IEC 7816-4 padding as libsodium's sodium_pad: 0x80, then zeros to a multiple of BLOCK
    (always at least one byte, so 512 bytes become 1024)."""
    length = (len(data) // BLOCK + 1) * BLOCK
    return data + b"\x80" + b"\x00" * (length - len(data) - 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("survey", help="the survey definition (YAML)")
    parser.add_argument("public_key", help="analysis.pub: one line, the X25519 public key in base64")
    parser.add_argument("count", type=int, help="how many responses")
    parser.add_argument("out", help="the bundle to write (JSON Lines)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--month", default="2026-11", help="days are drawn from this month (YYYY-MM)")
    args = parser.parse_args()

    survey_id, version, questions = load_survey(args.survey)
    rng = random.Random(args.seed)
    prepare(questions, rng)
    # Ids and days from a stream of their own, so bundles of other surveys made with the same seed
    # never share an id (the analyst refuses a bundle that repeats one).
    line_rng = random.Random(f"{args.seed}:{survey_id}:lines")
    with open(args.public_key, encoding="ascii") as file:
        box = SealedBox(PublicKey(base64.b64decode(file.read().strip(), validate=True)))

    with open(args.out, "w", encoding="ascii") as out:
        for _ in range(args.count):
            answers, quote_ok = response(questions, rng)
            document = {"survey": survey_id, "version": version, "answers": answers}
            if quote_ok:
                document["quote_ok"] = quote_ok
            plaintext = json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
            sealed = box.encrypt(sodium_pad(plaintext))
            line = {"box": base64.b64encode(sealed).decode("ascii"), "day": f"{args.month}-{line_rng.randint(1, 30):02d}",
                    "id": "%032x" % line_rng.getrandbits(128), "survey": survey_id, "version": version}
            out.write(json.dumps(line, separators=(",", ":"), sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
