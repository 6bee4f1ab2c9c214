#!/usr/bin/env bash
# The deployment files, tested for real (docs/deploying.md):
# - deploy/nginx-chorus.conf in front of a real chorus-server: nothing identifying in any log or
#   file, no body in a temporary file (check.py); and the same check must fail with nginx's
#   defaults, so it is known to see what it looks for;
# - deploy/chorus.service is a unit systemd accepts (systemd-analyze verify).
# Installs nginx-light and openssl with apt-get when missing. BIN chooses the binaries (.build/debug).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-.build/debug}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=""
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing="$missing nginx-light"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    # Debian starts the packaged nginx at once; the check runs its own.
    as_root systemctl disable --now nginx >/dev/null 2>&1 || as_root service nginx stop >/dev/null 2>&1 || true
fi
export PATH="$PATH:/usr/sbin"

python3 scripts/deploy-check/check.py --bin "$BIN"
if python3 scripts/deploy-check/check.py --bin "$BIN" --unsafe; then
    echo "The check found nothing with nginx's defaults either: it is not looking where it should."
    exit 1
fi
echo "(With nginx's defaults the check found what it looks for, as it must.)"

if command -v systemd-analyze >/dev/null 2>&1; then
    unit_dir=$(mktemp -d)
    trap 'rm -rf "$unit_dir"' EXIT
    sed "s#/opt/chorus/chorus-server#$(pwd)/$BIN/chorus-server#" deploy/chorus.service > "$unit_dir/chorus.service"
    systemd-analyze verify "$unit_dir/chorus.service"
    echo "deploy/chorus.service: systemd-analyze verify found no problem."
else
    echo "systemd-analyze is not installed: deploy/chorus.service was not verified."
fi
