"""Sets the forum up for the page checks by plain HTTP, as a browser without JavaScript would post
the forms (the way scripts/forum-walkthrough.py does): members who join with an invite code, a
thread, a held reply, a moderator's approval. Only the set-up goes this way; what a test checks
it does in the real browser."""
import re
from dataclasses import dataclass

import project_scripts

PASSPHRASE = "browser test lantern orchard"


class FormClient(project_scripts.load("form_client").FormClient):
    """One visitor with her own cookies, who posts forms with the CSRF token of the last page
    (scripts/form_client.py), and stops the set-up when a step does not answer 200."""

    def expect(self, path, fields=None, what=""):
        status, html, url = self.open(path, fields)
        if status != 200:
            raise RuntimeError(f"forum set-up: {what or path} answered {status} at {url}:\n{html[:2000]}")
        return html, url


@dataclass
class Member:
    pseudonym: str
    passphrase: str
    client: FormClient


@dataclass
class Thread:
    id: int
    first_post: int
    space: str


def join(chorus):
    """A new member, joined with one of the run's invite codes."""
    client = FormClient(chorus.url)
    code = chorus.invite_codes.pop()
    client.expect("/forum/join")
    html, _ = client.expect("/forum/join", [("_action", "code"), ("invite", code)], "the invite code")
    pseudonym = re.search(r'name="pseudonym" value="([A-Za-z0-9]+)"', html).group(1)
    html, _ = client.expect("/forum/join", [("_action", "join"), ("invite", code), ("pseudonym", pseudonym),
                                            ("passphrase", PASSPHRASE), ("confirm", PASSPHRASE), ("rules", "yes")], "joining")
    if 'id="recovery-code"' not in html:
        raise RuntimeError(f"forum set-up: joining with {code} did not show a recovery code")
    return Member(pseudonym, PASSPHRASE, client)


def start_thread(member, space="housing", title="Moving with the council", body="The council moved me after six weeks."):
    member.client.expect(f"/forum/spaces/{space}/new")
    html, url = member.client.expect(f"/forum/spaces/{space}/new", [("title", title), ("body", body)], "a new thread")
    match = re.search(r"/forum/threads/(\d+)$", url)
    if not match:
        raise RuntimeError(f"forum set-up: a new thread went to {url}, not a thread")
    return Thread(int(match.group(1)), int(re.search(r'id="post-(\d+)"', html).group(1)), space)


def reply(member, thread, body="Thank you for sharing this. It helped me."):
    """Her reply; returns its post id (a new member's reply is held for a moderator)."""
    html, _ = member.client.expect(f"/forum/threads/{thread.id}")
    before = set(re.findall(r'id="post-(\d+)"', html))
    html, _ = member.client.expect(f"/forum/threads/{thread.id}/reply", [("body", body)], "a reply")
    added = set(re.findall(r'id="post-(\d+)"', html)) - before
    if len(added) != 1:
        raise RuntimeError(f"forum set-up: a reply to thread {thread.id} added {sorted(added)} to the page")
    return int(added.pop())


def staff_client(chorus):
    """A staff member signed in by HTTP, with a fresh authenticator code."""
    client = FormClient(chorus.url)
    client.expect("/staff/sign-in")
    account, code = chorus.staff_code()
    html, url = client.expect("/staff/sign-in", [("name", account.name), ("passphrase", account.passphrase), ("code", code)], "staff sign-in")
    if not url.endswith("/staff"):
        raise RuntimeError(f"forum set-up: staff sign-in as {account.name} went to {url}")
    return client


def approve(chorus, post_id):
    client = staff_client(chorus)
    client.expect("/staff/queue")
    client.expect(f"/staff/posts/{post_id}/approve", [], f"approving post {post_id}")


@dataclass
class ForumWorld:
    """What the forum's pages need to show something: Asha started a thread (approved), Bea
    replied (held, so it waits in the moderation queue). Bea is the one signed in to read it: she
    sees Asha's post with its Report link and her own reply with Edit and Delete."""
    author: Member
    reader: Member
    thread: Thread
    held_reply: int


def forum_world(chorus):
    """Made once a run, on first use."""
    world = chorus.forum_world
    if world is None:
        author = join(chorus)
        thread = start_thread(author)
        approve(chorus, thread.first_post)
        reader = join(chorus)
        world = ForumWorld(author, reader, thread, reply(reader, thread))
        chorus.forum_world = world
    return world
