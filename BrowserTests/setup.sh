#!/usr/bin/env bash
# Installs what the browser tests need, on Debian as root (or with sudo): Debian's chromium and
# chromium-driver, and a Python venv in .build-browser/venv with the pinned packages of
# requirements*.txt. Does nothing that is already done, so a second run takes a second.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.build-browser/venv
STAMP=$VENV/.installed

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=""
# fonts-noto-core has Noto Nastaliq Urdu, as Android phones do: without it the Urdu screenshots show
# boxes for letters the default font lacks.
for package in chromium chromium-driver fonts-noto-core; do
  dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing="$missing python3-venv"
if [ -n "$missing" ]; then
  echo "Installing for the browser tests:$missing"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

# Reinstall only when the pins change: the stamp holds the requirements it was made from.
wanted=$(cat BrowserTests/requirements.txt BrowserTests/requirements-axe.txt)
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
  echo "Setting up $VENV"
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -r BrowserTests/requirements.txt
  "$VENV/bin/pip" install -q --disable-pip-version-check --no-deps -r BrowserTests/requirements-axe.txt
  printf '%s' "$wanted" > "$STAMP"
fi
