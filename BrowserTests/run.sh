#!/usr/bin/env bash
# The browser tests: installs what they need (setup.sh), then runs them with pytest against a real
# chorus-server built by `swift build`. Extra arguments go to pytest (e.g. -k quick_exit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash BrowserTests/setup.sh
cd BrowserTests
exec ../.build-browser/venv/bin/python -m pytest "$@"
