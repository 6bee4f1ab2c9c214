#!/usr/bin/env python3
"""How easy the survivor-facing English is to read: a measurement, not a test.

The issue asks for a reading age of 9 to 11, in GOV.UK's style. This prints, for the interface's
survivor-facing strings (the string catalogue less the report's, the lead's and staff's keys) and
for each survivors' survey, the number of sentences, the mean and longest sentence in words, the
Flesch reading ease and the Flesch-Kincaid grade, with the UK reading age (grade + 5), then the
hardest sentences to look at first. Formulas are crude on short interface strings (they reward
short sentences and punish long words such as "domestic"), so read the list, not only the number.

    make readability            # installs textstat in .build-browser/venv on first use
"""
import glob
import os
import re
import sys

import textstat
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOT_SURVIVOR_FACING = ("report", "staff", "lead")
ENGLISH_TABLES = ("coreEnglishTable", "forumEnglishTable", "findingsPageEnglishTable")
ENTRY = re.compile(r'^\s*\.(\w+):\s*"((?:[^"\\]|\\.)*)",?\s*$')


def catalogue_strings():
    """The English tables' survivor-facing strings, read from the Swift source."""
    strings = {}
    for path in glob.glob(os.path.join(ROOT, "Sources/Localisation/*.swift")):
        table = None
        for line in open(path, encoding="utf-8"):
            declared = re.search(r"static let (\w+): \[StringKey: String\]", line)
            if declared:
                table = declared.group(1)
                continue
            match = ENTRY.match(line)
            if table in ENGLISH_TABLES and match and not match.group(1).startswith(NOT_SURVIVOR_FACING):
                strings[match.group(1)] = match.group(2).encode().decode("unicode_escape").replace("\\", "")
    return strings


def survey_texts(path):
    """Every English text a survivor reads in a survey file."""
    survey = yaml.safe_load(open(path, encoding="utf-8"))
    texts = []

    def english(value):
        if isinstance(value, dict):
            value = value.get("en")
        if isinstance(value, str) and value.strip():
            texts.append(value)

    for key in ("title", "intro", "consent", "closing"):
        english(survey.get(key))
    for page in survey.get("pages", []):
        english(page.get("title"))
        for question in page.get("questions", []):
            english(question.get("label"))
            english(question.get("hint"))
            for option in question.get("options", []) or []:
                if isinstance(option, dict):
                    english(option.get("label"))
    for options in (survey.get("option_lists") or {}).values():
        for option in options:
            if isinstance(option, dict):
                english(option.get("label"))
    return survey.get("audience"), texts


def prose(texts):
    """Texts as sentences: placeholders become ordinary words, list items and short labels end a sentence."""
    sentences = []
    for text in texts:
        text = re.sub(r"\{\w+\}", "5", text)
        for block in re.split(r"\n\s*\n|\n- |\n", text):
            block = block.strip().lstrip("- ").strip()
            if not block:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", block):
                if sentence.strip():
                    sentences.append(sentence.strip())
    return sentences


def words(sentence):
    return re.findall(r"[A-Za-z0-9']+", sentence)


def grade_of(sentences):
    return textstat.flesch_kincaid_grade(" ".join(s if s[-1] in ".!?" else s + "." for s in sentences))


def report(name, texts):
    sentences = prose(texts)
    # Short labels ("Bisexual", "Continue") make the formulas swing both ways; prose is judged on
    # sentences of 6 words or more, where they mean something.
    sentences_of_prose = [s for s in sentences if len(words(s)) >= 6]
    lengths = [len(words(s)) for s in sentences]
    body = " ".join(s if s[-1] in ".!?" else s + "." for s in sentences_of_prose)
    grade = grade_of(sentences_of_prose)
    print(f"\n{name}: {len(texts)} texts, {len(sentences)} sentences ({len(sentences_of_prose)} of 6 words or more), {sum(lengths)} words")
    print(f"  mean sentence {sum(lengths) / len(lengths):.1f} words, longest {max(lengths)}; "
          f"{sum(1 for n in lengths if n > 25)} over 25 words (GOV.UK's limit)")
    print(f"  prose: Flesch reading ease {textstat.flesch_reading_ease(body):.0f}, "
          f"Flesch-Kincaid grade {grade:.1f}: reading age about {grade + 5:.0f}")
    hardest = sorted(sentences_of_prose, key=lambda s: grade_of([s]), reverse=True)
    print("  hardest sentences:")
    for sentence in hardest[:6]:
        print(f"    [reading age {grade_of([sentence]) + 5:4.1f}] {sentence}")
    return grade


def main():
    grades = {"interface (survivor-facing strings)": report("Interface (survivor-facing strings)", list(catalogue_strings().values()))}
    for path in sorted(glob.glob(os.path.join(ROOT, "Surveys/*.yaml"))):
        audience, texts = survey_texts(path)
        if audience != "survivors":
            continue
        grades[os.path.basename(path)] = report(os.path.basename(path), texts)
    print("\nSummary (reading age = Flesch-Kincaid grade + 5):")
    for name, grade in grades.items():
        print(f"  {name}: {grade + 5:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
