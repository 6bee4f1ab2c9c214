#!/usr/bin/env python3
"""Fills in the demo surveys at random, as a browser without JavaScript would, so that a lead can
try `make demo-report` at once. For the demo server only: never point it at a real deployment.

Usage: scripts/demo-responses.py [--url http://127.0.0.1:8080] [--count 60] [--seed 1]
"""
import argparse
import random
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


# Invented answers, some with details the redaction must take out before a quote is published.
DEMO_ANSWERS = [
    "It took too long for anyone to call me back.",
    "The worker listened to me and I felt believed for the first time.",
    "I was not kept informed about his bail, and I found out from a neighbour.",
    "I had to tell my story again to every new person. It was exhausting.",
    "My advocate Sarah at the refuge in Ashford helped me with housing.",
    "The police officer did not believe me until I showed him the messages.",
    "The GP asked me about it at a normal appointment, which made it easier.",
    "Nobody explained the court process. Call me on 07700 900123 if you want to know more.",
    "It depends who you get. One officer was brilliant, the next one was dismissive.",
    "I was 34 when I finally left, on 12 March 2019, and housing told me to go back.",
]


class FormReader(HTMLParser):
    """Collects the survey form's fields: hidden values, radio and checkbox groups, text areas."""

    def __init__(self):
        super().__init__()
        self.hidden, self.choices, self.multiple, self.texts, self.numbers = [], {}, set(), [], []
        self.quotable = set()
        self.action = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input":
            kind, name = a.get("type"), a.get("name")
            if kind == "hidden":
                self.hidden.append((name, a.get("value", "")))
            elif kind == "checkbox" and name.endswith("__quote"):
                self.quotable.add(name[: -len("__quote")])
            elif kind in ("radio", "checkbox"):
                self.choices.setdefault(name, []).append(a.get("value"))
                if kind == "checkbox":
                    self.multiple.add(name)
            elif kind == "text" and "number" in a.get("class", ""):
                self.numbers.append(name)
        elif tag == "button" and "primary" in a.get("class", "") and a.get("name") == "_action":
            self.action = a.get("value")
        elif tag == "textarea":
            self.texts.append(a.get("name"))


def post(url, fields):
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request) as response:
            return response.read().decode()
    except urllib.error.HTTPError as error:
        return error.read().decode()


def answer(base, survey, rng):
    url = f"{base}/s/{survey}"
    html = urllib.request.urlopen(url).read().decode()
    for _ in range(50):
        form = FormReader()
        form.feed(html)
        fields = [(n, v) for n, v in form.hidden]
        for name, options in form.choices.items():
            if rng.random() < 0.1:
                continue  # skipped, as anyone may
            if name in form.multiple:
                fields += [(name, o) for o in options if rng.random() < 0.35]
            else:
                fields.append((name, rng.choice(options)))
        for name in form.texts:
            if rng.random() < 0.3:
                fields.append((name, rng.choice(DEMO_ANSWERS)))
                if name in form.quotable and rng.random() < 0.6:
                    fields.append((name + "__quote", "yes"))  # she allows her words to be quoted
        for name in form.numbers:
            if rng.random() < 0.5:
                fields.append((name, str(rng.randint(1, 10))))
        fields.append(("_action", form.action or "next"))
        html = post(url, fields)
        if 'id="withdrawal-code"' in html:
            return True
        if 'class="error-summary"' in html:
            print(f"{survey}: the server refused an answer; stopping this response", file=sys.stderr)
            return False
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--count", type=int, default=60, help="responses per survey")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    home = urllib.request.urlopen(args.url + "/").read().decode()
    surveys = sorted(set(re.findall(r'href="/s/([a-z0-9-]+)"', home)))
    for survey in surveys:
        done = sum(answer(args.url, survey, rng) for _ in range(args.count))
        print(f"{survey}: {done} demo responses sent")


if __name__ == "__main__":
    main()
