"""Sets up bench/speed.sh's forum thread: one member joins through the real join form (so her
session cookie is real), then a thread of POSTS visible posts by AUTHORS members (her among them) is
written straight into the database, as the forum would have stored it. Prints the thread's
address and her cookie, tab-separated. Standard library only.

    python3 bench/forum_thread.py URL DATA_FOLDER INVITE_CODE [POSTS] [AUTHORS]
"""
import os
import random
import re
import sqlite3
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
from form_client import FormClient  # noqa: E402

SENTENCES = [
    "I waited three months for the housing team to call me back.",
    "The advocate at the refuge was the first person who believed me.",
    "Does anybody know whether the court will let me give evidence behind a screen?",
    "My GP asked me on my own, and that made all the difference.",
    "It took a long time, but things are better now.",
]


def main():
    url, data, code = sys.argv[1], sys.argv[2], sys.argv[3]
    posts = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    authors = int(sys.argv[5]) if len(sys.argv) > 5 else 10
    browser = FormClient(url)
    browser.open("/forum/join")
    status, html, _ = browser.open("/forum/join", [("_action", "code"), ("invite", code)])
    match = re.search(r'name="pseudonym" value="([A-Za-z0-9]+)"', html)
    if status != 200 or not match:
        sys.exit(f"the invite code was not accepted ({status})")
    passphrase = "benchmark lantern orchard river"
    status, html, _ = browser.open("/forum/join", [("_action", "join"), ("invite", code), ("pseudonym", match.group(1)),
                                                     ("passphrase", passphrase), ("confirm", passphrase), ("rules", "yes")])
    if status != 200 or 'id="recovery-code"' not in html:
        sys.exit(f"joining failed ({status})")
    cookie = "; ".join(f"{c.name}={c.value}" for c in browser.jar)

    rng = random.Random(7)
    database = sqlite3.connect(os.path.join(data, "chorus.sqlite"), timeout=30)
    database.execute("PRAGMA foreign_keys = ON")
    with database:
        her = database.execute("SELECT id FROM member WHERE pseudonym = ?", (match.group(1),)).fetchone()[0]
        members = [her]
        for index in range(authors - 1):
            member = rng.randrange(1, 2**62)
            database.execute("INSERT INTO member (id, pseudonym, passphraseHash, recoveryHash, joinedDay) VALUES (?, ?, 'x', ?, '2026-11-01')",
                             (member, f"BenchMember{index}", os.urandom(32)))
            members.append(member)
        thread = rng.randrange(1, 2**62)
        database.execute("INSERT INTO thread (id, space, title, authorID, createdDay) VALUES (?, 'housing', 'Waiting for housing', ?, '2026-11-02')",
                         (thread, members[1 % len(members)]))
        for position in range(posts):
            body = " ".join(rng.choice(SENTENCES) for _ in range(rng.randrange(1, 4)))
            if position % 7 == 3:
                body += "\n\nThank you all for listening."
            day = f"2026-{rng.choice(['09', '10', '11'])}-{rng.randrange(1, 28):02d}"
            database.execute("INSERT INTO post (id, threadID, position, authorID, body, state, createdDay) VALUES (?, ?, ?, ?, ?, 'visible', ?)",
                             (rng.randrange(1, 2**62), thread, position, members[position % len(members)], body, day))
    print(f"/forum/threads/{thread}\t{cookie}")


if __name__ == "__main__":
    main()
