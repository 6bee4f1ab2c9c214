#!/usr/bin/env python3
"""Walks through the forum as its first users would, against a running demo server
(`make demo`), and checks each step:

  1. a member joins with an invite code, starts a conversation, and sees it held;
  2. a moderator signs in with a passphrase and an authenticator code, and approves it;
  3. another member joins, replies, and reports the first post;
  4. the first member deletes her account, and her text is in no file of the database.

    python3 scripts/forum-walkthrough.py --url http://127.0.0.1:8080 --demo demo-data

Uses only the standard library, and the forms as a browser without JavaScript would.
"""
import argparse, importlib.util, os, re, sys, time

def load(name):
    """A module from this folder: the authenticator codes, and the form-posting visitor."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(__file__), name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


totp = load("totp")
Browser = load("form_client").FormClient


def step(message):
    print(f"- {message}")


def check(condition, message):
    if not condition:
        sys.exit(f"FAILED: {message}")
    print(f"  ok: {message}")


def join(base, code):
    browser = Browser(base)
    browser.open("/forum/join")
    status, html, _ = browser.open("/forum/join", [("_action", "code"), ("invite", code)])
    check(status == 200, f"the invite code {code} is accepted")
    name = re.search(r'name="pseudonym" value="([A-Za-z0-9]+)"', html).group(1)
    passphrase = "walkthrough lantern orchard " + str(int(time.time()) % 100000)
    status, html, _ = browser.open("/forum/join", [("_action", "join"), ("invite", code), ("pseudonym", name),
                                                     ("passphrase", passphrase), ("confirm", passphrase), ("rules", "yes")])
    check(status == 200 and 'id="recovery-code"' in html, f"{name} has joined and sees her recovery code once")
    browser.open("/forum")
    return browser, name, passphrase


def database_bytes(folder):
    data = b""
    for name in os.listdir(folder):
        with open(os.path.join(folder, name), "rb") as f:
            data += f.read()
    return data


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--demo", default="demo-data", help="the demo folder (codes, staff files, the database)")
    args = parser.parse_args()
    forum = os.path.join(args.demo, "forum")
    used = os.path.join(forum, "used-invites.txt")
    spent = set(open(used).read().split()) if os.path.exists(used) else set()
    codes = [c for c in open(os.path.join(forum, "DEMO-ONLY-invites.txt")).read().split() if c not in spent]
    if len(codes) < 2:
        sys.exit("Not enough unused demo invite codes: run 'make clean-demo' and 'make demo' again.")
    with open(used, "a") as f:
        f.write(codes[0] + "\n" + codes[1] + "\n")
    marker = f"Walkthrough words {int(time.time())}: the council moved me after six weeks"

    step("1. A member joins with an invite code and starts a conversation")
    her, her_name, her_passphrase = join(args.url, codes[0])
    her.open("/forum/spaces/housing/new")
    status, html, url = her.open("/forum/spaces/housing/new", [("title", "Moving with the council"), ("body", marker)])
    check(status == 200 and "/forum/threads/" in url, "the conversation is stored")
    thread = url.rsplit("/", 1)[-1]
    check("Only you can see this post until a moderator has looked at it." in html, "she sees it is held for a moderator")
    post = re.search(r'id="post-(\d+)"', html).group(1)

    step("2. A moderator signs in with a passphrase and an authenticator code, and approves it")
    staff = Browser(args.url)
    staff.open("/staff/sign-in")
    passphrase = open(os.path.join(forum, "DEMO-ONLY-staff-passphrase.txt")).read().strip()
    secret = totp.secret_from(open(os.path.join(forum, "DEMO-ONLY-moderator.txt")).read())
    status, html, _ = staff.open("/staff/sign-in", [("name", "demo-moderator"), ("passphrase", passphrase), ("code", totp.code(secret))])
    if "demo-moderator" not in html:
        # Each code works once: after an earlier run, wait for the authenticator's next one.
        time.sleep(30 - time.time() % 30 + 1)
        status, html, _ = staff.open("/staff/sign-in", [("name", "demo-moderator"), ("passphrase", passphrase), ("code", totp.code(secret))])
    check(status == 200 and "demo-moderator" in html, "the moderator is signed in")
    status, html, _ = staff.open("/staff/queue")
    check(status == 200 and marker in html and f'action="/staff/posts/{post}/approve"' in html,
          "the held post is in the queue, with why it was held")
    status, html, _ = staff.open(f"/staff/posts/{post}/approve", [])
    check(status == 200, "the moderator approves it")

    step("3. Another member joins, replies and reports the post")
    other, other_name, _ = join(args.url, codes[1])
    status, html, _ = other.open(f"/forum/threads/{thread}")
    check(status == 200 and marker in html, f"{other_name} can read the approved post")
    status, html, _ = other.open(f"/forum/threads/{thread}/reply", [("body", "Thank you for sharing this. It helped me.")])
    check(status == 200, "she replies (a new member's reply waits for a moderator too)")
    status, html, _ = other.open(f"/forum/posts/{post}/report")
    check(status == 200 and "Report this post to a moderator?" in html and marker in html, "she is asked before reporting it")
    status, html, _ = other.open(f"/forum/posts/{post}/report", [])
    check(status == 200 and "Thank you for reporting this" in html, "she reports the first post")
    status, html, _ = staff.open("/staff/queue")
    check(re.search(r"reported by 1 member", html, re.I) is not None, "the report is in the moderator's queue")

    step("4. The first member deletes her account")
    her.open("/forum/account")
    status, html, _ = her.open("/forum/account/delete", [("passphrase", her_passphrase), ("confirm", "yes")])
    check(status == 200 and "Your account is deleted" in html, "her account is deleted")
    status, html, _ = other.open(f"/forum/threads/{thread}")
    check(marker not in html and "removed by its author" in html, "the thread shows 'removed by its author' where her post was")
    data = database_bytes(os.path.join(args.demo, "server"))
    check(marker.encode() not in data, "her text is in no file of the database")
    # Her pseudonym may remain in the audit log (append-only, so moderators stay accountable); her words may not.
    print("The walkthrough passed.")


if __name__ == "__main__":
    main()
