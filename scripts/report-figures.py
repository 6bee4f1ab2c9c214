#!/usr/bin/env python3
"""Prints how big a report is and how much of it is hidden: tables, "not shown" cells, and
(with --pages) printed A4 pages, measured with headless Chromium's print to PDF.

    python3 scripts/report-figures.py demo-data/findings/report.html [--pages]
"""
import argparse
import html.parser
import os
import subprocess
import sys
import tempfile


class Counter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables = 0
        self.cells = 0
        self.not_shown = 0
        self.in_cell = 0
        self.text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables += 1
        if tag in ("td",):
            self.in_cell += 1
            self.text = ""

    def handle_endtag(self, tag):
        if tag == "td" and self.in_cell:
            self.in_cell -= 1
            self.cells += 1
            if "not shown" in self.text:
                self.not_shown += 1

    def handle_data(self, data):
        if self.in_cell:
            self.text += data


def pages(path):
    with tempfile.TemporaryDirectory() as folder:
        pdf = os.path.join(folder, "report.pdf")
        for browser in ("chromium", "chromium-browser", "google-chrome"):
            try:
                subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                                "--no-pdf-header-footer", "file://" + os.path.abspath(path)],
                               check=True, capture_output=True, timeout=300)
                break
            except (FileNotFoundError, subprocess.CalledProcessError):
                continue
        else:
            return None
        data = open(pdf, "rb").read()
        return data.count(b"/Type /Page") - data.count(b"/Type /Pages")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("report")
    parser.add_argument("--pages", action="store_true", help="also count printed pages (needs chromium)")
    args = parser.parse_args()
    counter = Counter()
    counter.feed(open(args.report, encoding="utf-8").read())
    print(f"tables: {counter.tables}")
    print(f"table cells: {counter.cells}")
    print(f'"not shown" cells: {counter.not_shown}')
    if args.pages:
        count = pages(args.report)
        print(f"printed pages: {count if count is not None else 'chromium not found'}")


if __name__ == "__main__":
    sys.exit(main())
