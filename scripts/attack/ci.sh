#!/usr/bin/env bash
# The disclosure attack as part of `make test` (scripts/attack/README.md): a Python venv in
# .build-attack/ with the pinned requirements, then two bounded runs:
#   1. against the release-built analyst: no hidden number narrower than k−1, and differencing no
#      better than chance (exit 1 otherwise);
#   2. against the debug analyst with the joint audit switched off (a debug-only flag): the attack
#      must find something, or it proves nothing.
# ATTACK_SEEDS and ATTACK_SIZES widen it (`make attack` runs the full default).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .build-attack/venv/bin/python ]; then
    python3 -m venv .build-attack/venv
    .build-attack/venv/bin/pip install -q --disable-pip-version-check -r scripts/attack/requirements.txt
fi
PY=.build-attack/venv/bin/python
SEEDS=${ATTACK_SEEDS:-2}
SIZES=${ATTACK_SIZES:-30,60}
RELEASE_BIN=$(swift build -c release --show-bin-path)
DEBUG_BIN=$(swift build --show-bin-path)
echo "Attack 1 of 2: the protected analyst ($SEEDS seeds, sizes $SIZES)"
"$PY" scripts/attack/run.py --analyst "$RELEASE_BIN/chorus-analyst" --seeds "$SEEDS" --sizes "$SIZES" --expect safe
echo "Attack 2 of 2: the same attack with the joint audit switched off must succeed"
"$PY" scripts/attack/run.py --analyst "$DEBUG_BIN/chorus-analyst" --seeds "$SEEDS" --sizes "$SIZES" \
    --extra-args "--unsafe-audit-tables-separately" --expect unsafe --no-diff
