#!/usr/bin/env python3
"""Prints the current six-digit code for a TOTP secret (RFC 6238: SHA-1, 30 seconds), as an
authenticator app would. For the demo and for tests only: real staff use an app on their phone.

    python3 scripts/totp.py SECRET            # the secret chorus-server staff add printed
    python3 scripts/totp.py --file FILE       # a file holding 'secret=...' or the secret alone
"""
import base64, hashlib, hmac, re, struct, sys, time


def code(secret: str, at: float | None = None) -> str:
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    counter = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def secret_from(text: str) -> str:
    match = re.search(r"secret=([A-Z2-7]+)", text)
    return match.group(1) if match else text.strip().split()[-1]


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "--file":
        print(code(secret_from(open(args[1]).read())))
    elif len(args) == 1:
        print(code(secret_from(args[0])))
    else:
        sys.exit(__doc__)
