# Chorus: the two commands of the README's quick start, and a few helpers.
#   make demo   set up, build, create a demo key and demo data, and serve on http://127.0.0.1:8080
#   make test   set up and run the whole test suite (what CI runs): the Swift tests, then the browser tests
#   make attack   only the disclosure attack (scripts/attack/), wider than in make test
#   make fuzz     the file readers under libFuzzer and the form fuzzer, longer than in make test
#   make reliability   kill -9 under load (45 rounds) and the form fuzzer, longer than in make test
#   make browser-test   only the browser tests (BrowserTests/), against a real server in headless Chromium
#   make readability    measure how easy the survivor-facing English is to read (prints figures)

SHELL := /bin/bash
DEMO := demo-data
# libxml2-dev: FoundationXML (the XLSForm import) links libxml2. binutils: nm, with which
# ServerSymbolTests reads the server binary (Swift's toolchain needs binutils anyway; listed so a bare
# machine has it, since that test fails rather than skips without nm).
SYSTEM_PACKAGES := libsodium-dev libsqlite3-dev libglpk-dev libxml2-dev pkg-config binutils
HOST ?= 127.0.0.1
PORT ?= 8080
BIN = $(shell swift build --show-bin-path)
# The analyst's disclosure audit solves many small linear programs: built for release it is
# about ten times faster than a debug build (a demo report in under a minute rather than ten).
ANALYST = $(shell swift build -c release --show-bin-path)/chorus-analyst

.PHONY: demo test attack fuzz reliability deploy-check browser-test readability setup build demo-keys demo-forum demo-responses demo-forum-walkthrough demo-report demo-publish clean-demo

## Install the system libraries Chorus needs, if any are missing (Debian/Ubuntu).
setup:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq $$missing; fi; \
	fi

build: setup
	swift build

## Demo keys: a throwaway key pair whose passphrase sits beside it. Never do this for real data.
demo-keys: build
	@mkdir -p $(DEMO)/analyst && chmod 700 $(DEMO) $(DEMO)/analyst
	@if [ ! -f $(DEMO)/analyst/analysis.key ]; then \
	  head -c 24 /dev/urandom | base64 > $(DEMO)/analyst/DEMO-ONLY-passphrase.txt; \
	  $(BIN)/chorus-analyst keygen --out $(DEMO)/analyst --passphrase-file $(DEMO)/analyst/DEMO-ONLY-passphrase.txt --strength interactive; \
	fi

## Demo forum accounts: a moderator and an admin whose passphrases and authenticator secrets sit
## in files, and ten invite codes. Never do this for real accounts.
demo-forum: demo-keys
	@mkdir -p $(DEMO)/forum && chmod 700 $(DEMO)/forum
	@if [ ! -f $(DEMO)/forum/DEMO-ONLY-invites.txt ]; then \
	  head -c 24 /dev/urandom | base64 > $(DEMO)/forum/DEMO-ONLY-staff-passphrase.txt; \
	  $(BIN)/chorus-server staff add --data $(DEMO)/server --role moderator --passphrase-file $(DEMO)/forum/DEMO-ONLY-staff-passphrase.txt demo-moderator > $(DEMO)/forum/DEMO-ONLY-moderator.txt; \
	  $(BIN)/chorus-server staff add --data $(DEMO)/server --role admin --passphrase-file $(DEMO)/forum/DEMO-ONLY-staff-passphrase.txt demo-admin > $(DEMO)/forum/DEMO-ONLY-admin.txt; \
	  $(BIN)/chorus-server invites create --data $(DEMO)/server --count 10 --expires 30 --note "demo batch" > $(DEMO)/forum/DEMO-ONLY-invites.txt; \
	fi

demo: demo-forum
	@echo
	@echo "DEMO ONLY: the key, its passphrase and the data are in ./$(DEMO)/ (not in git)."
	@echo "Forum: join at http://$(HOST):$(PORT)/forum/join with a code from $(DEMO)/forum/DEMO-ONLY-invites.txt."
	@echo "Staff: sign in at http://$(HOST):$(PORT)/staff/sign-in as demo-moderator (or demo-admin), passphrase in"
	@echo "  $(DEMO)/forum/DEMO-ONLY-staff-passphrase.txt, code from: python3 scripts/totp.py --file $(DEMO)/forum/DEMO-ONLY-moderator.txt"
	@echo "Stop the server with Ctrl+C. Afterwards, 'make demo-report' exports and reports what was submitted."
	@echo
	$(BIN)/chorus-server serve --data $(DEMO)/server --surveys Surveys --public-key $(DEMO)/analyst/analysis.pub --forum docs/forum.example.yaml --host $(HOST) --port $(PORT)

## While `make demo` runs (in another terminal): fill in every survey at random, 40 times each.
demo-responses:
	python3 scripts/demo-responses.py --url http://$(HOST):$(PORT) --count 40

## While `make demo` runs (in another terminal): the forum walkthrough of issue 3, checked step by step.
demo-forum-walkthrough:
	python3 scripts/forum-walkthrough.py --url http://$(HOST):$(PORT) --demo $(DEMO)

## Export the demo responses, write a coding sheet (once), and write the findings, with the
## example notes, to demo-data/findings/. Every run is a release in demo-data/analyst/releases.json.
demo-report: build
	swift build -c release --product chorus-analyst
	@rm -f $(DEMO)/bundle.jsonl $(DEMO)/bundle.jsonl.withdrawn
	$(BIN)/chorus-server export --data $(DEMO)/server --out $(DEMO)/bundle.jsonl
	@test -f $(DEMO)/coding.csv || $(ANALYST) code $(DEMO)/bundle.jsonl --key $(DEMO)/analyst/analysis.key \
	  --passphrase-file $(DEMO)/analyst/DEMO-ONLY-passphrase.txt --surveys Surveys --out $(DEMO)/coding.csv
	$(ANALYST) report $(DEMO)/bundle.jsonl --key $(DEMO)/analyst/analysis.key \
	  --passphrase-file $(DEMO)/analyst/DEMO-ONLY-passphrase.txt --surveys Surveys --k 5 --out $(DEMO)/findings \
	  --coding $(DEMO)/coding.csv --notes docs/report-notes.example.yaml
	@echo "Open $(DEMO)/findings/report.html in a browser; 'make demo-publish' puts the public findings on /findings."

## Publish the demo's public findings at /findings (the server may be running).
demo-publish: build
	$(BIN)/chorus-server findings publish $(DEMO)/findings/findings-public.json --data $(DEMO)/server

clean-demo:
	rm -rf $(DEMO)

test: setup
	swift build --build-tests
	swift test --skip-build
	swift build -c release --product chorus-analyst
	bash scripts/attack/ci.sh
	bash scripts/fuzz/run.sh
	bash scripts/deploy-check/run.sh
	bash BrowserTests/run.sh

## The disclosure attack alone (scripts/attack/), wider than in `make test`: 3 seeds, n = 30, 120, 400.
attack: build
	swift build -c release --product chorus-analyst
	ATTACK_SEEDS=3 ATTACK_SIZES=30,120,400 bash scripts/attack/ci.sh

## The fuzzers longer than in `make test`: the file readers under libFuzzer for FUZZ_SECONDS
## (default 300) each, 20 s there (Fuzz/README.md); then the form fuzzer's 50,000 hostile requests
## to the survey, withdrawal, sign-in, joining, recovery and upload endpoints (400 there).
fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-300} bash scripts/fuzz/run.sh
	CHORUS_FUZZ_ITERATIONS=$${CHORUS_FUZZ_ITERATIONS:-50000} swift test --filter FuzzTests

## The reliability suite, longer than in `make test`: 45 rounds of kill -9 under 8 concurrent
## submitters (6 rounds there), then the form fuzzer's 50,000 requests.
reliability: build
	swift build --build-tests
	CHORUS_KILL_ROUNDS=$${CHORUS_KILL_ROUNDS:-45} swift test --skip-build --filter DurabilityTests
	CHORUS_FUZZ_ITERATIONS=$${CHORUS_FUZZ_ITERATIONS:-50000} swift test --skip-build --filter FuzzTests

## The deployment files alone (docs/deploying.md): deploy/nginx-chorus.conf run for real in front of
## the server, every log and temporary file searched; deploy/chorus.service verified by systemd.
deploy-check: build
	bash scripts/deploy-check/run.sh

## The browser tests alone: installs Debian's chromium and chromium-driver and a Python venv in
## .build-browser/ if missing, then runs BrowserTests/ against the chorus-server of `swift build`.
## They rewrite the screenshots in docs/screenshots/.
browser-test: build
	bash BrowserTests/run.sh

## How easy the survivor-facing English is to read: a measurement that prints figures, not a test
## (scripts/readability.py). Installs its three pinned Python packages in .build-readability/ once.
readability:
	@[ -x .build-readability/venv/bin/python ] || { python3 -m venv .build-readability/venv && \
	  .build-readability/venv/bin/pip install -q --disable-pip-version-check -r scripts/requirements-readability.txt; }
	.build-readability/venv/bin/python scripts/readability.py
