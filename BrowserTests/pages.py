"""How to reach each kind of page, for the accessibility, focus and reflow checks and the
screenshots. Each function takes a browser (JavaScript on, unless a test says otherwise) and
leaves it showing that page. The forum's content (members, a thread, a held reply) is made once a
run by forum_http; signing in goes through the real forms."""
import json
import os
import tempfile

from browser import click, click_and_wait_for_new_page, find, find_all, heading
from chorus_server import ROOT
from forum_http import forum_world, join, start_thread
from survey_steps import SURVEY, open_survey, page_title, press, tick, type_into, withdrawal_code


def home(driver, chorus):
    driver.get(chorus.url + "/")


def survey_first_page(driver, chorus):
    open_survey(driver, chorus)


def shipped_survey_first_page(driver, chorus):
    driver.get(chorus.url + "/s/survivors-consultation")


def question_page_with_errors(driver, chorus):
    open_survey(driver, chorus)
    tick(driver, "contact", "police")
    type_into(driver, "years", "a few")
    press(driver, "next")
    assert find_all(driver, "#error-summary"), "no error summary to check"


def later_question_page(driver, chorus):
    open_survey(driver, chorus)
    tick(driver, "contact", "police")
    press(driver, "next")
    assert "Police" in page_title(driver)


def confirm_page(driver, chorus):
    open_survey(driver, chorus)
    tick(driver, "contact", "neither")
    press(driver, "next")
    assert not find_all(driver, "form[data-skip-logic]"), "no confirm page"


def thanks_page(driver, chorus):
    confirm_page(driver, chorus)
    press(driver, "submit")
    withdrawal_code(driver)


def withdraw_page(driver, chorus):
    driver.get(chorus.url + "/withdraw")


def withdraw_page_with_error(driver, chorus):
    driver.get(chorus.url + "/withdraw")
    type_into(driver, "code", "not a code")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')


def safety_page(driver, chorus):
    driver.get(chorus.url + "/safety")


def findings_page(driver, chorus):
    driver.get(chorus.url + "/findings")


def forum_sign_in(driver, chorus):
    driver.get(chorus.url + "/forum/sign-in")


def forum_join(driver, chorus):
    driver.get(chorus.url + "/forum/join")


def enter_invite(driver, chorus):
    """On the join page: types a fresh invite code and goes on to the details."""
    type_into(driver, "invite", chorus.invite_codes.pop())
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, "#pseudonym"), f"the invite code was not accepted: {heading(driver)}"


def choose_passphrase_and_join(driver, passphrase="browser test lantern orchard"):
    """On the details page: a passphrase, the house rules, Join; leaves her on the recovery code."""
    type_into(driver, "passphrase", passphrase)
    type_into(driver, "confirm", passphrase)
    click(driver, 'label[for="rules"]')
    click_and_wait_for_new_page(driver, 'button[name="_action"][value="join"]')
    assert find_all(driver, "#recovery-code"), f"joining did not work: {heading(driver)}"


def forum_join_details(driver, chorus):
    driver.get(chorus.url + "/forum/join")
    enter_invite(driver, chorus)


def forum_home(driver, chorus):
    """Joins with an invite code, as a new member would, and opens the forum's home."""
    forum_joined(driver, chorus)
    driver.get(chorus.url + "/forum")


def staff_sign_in(driver, chorus):
    driver.get(chorus.url + "/staff/sign-in")


def shipped_survey_first_page_in_urdu(driver, chorus):
    driver.get(chorus.url + "/s/survivors-consultation?lang=ur")
    assert find(driver, "html").get_attribute("lang") == "ur", "the server does not offer the survey in Urdu"


# The forum, signed in

def restore_session(driver, chorus, who, sign_in, landing):
    """Signs in once a run through the real form, then hands the same session cookie to later
    browsers: each authenticator code works once, and a sign-in costs a slow passphrase check."""
    cached = chorus.sessions.get(who)
    if cached:
        driver.get(chorus.url + "/safety")
        for cookie in cached:
            driver.add_cookie(cookie)
        driver.get(chorus.url + landing)
        if driver.current_url == chorus.url + landing:
            return
    sign_in(driver, chorus)
    chorus.sessions[who] = driver.get_cookies()
    driver.get(chorus.url + landing)
    assert driver.current_url == chorus.url + landing, f"signed in as {who}, {landing} went to {driver.current_url}"


def sign_in_member(driver, chorus, member):
    driver.get(chorus.url + "/forum/sign-in")
    type_into(driver, "pseudonym", member.pseudonym)
    type_into(driver, "passphrase", member.passphrase)
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, ".signed-in-as"), f"{member.pseudonym} could not sign in: {heading(driver)}"


def as_reader(driver, chorus, path):
    """Bea, the world's reader, signed in, on `path`."""
    reader = forum_world(chorus).reader
    restore_session(driver, chorus, "reader", lambda d, c: sign_in_member(d, c, reader), path)


def forum_space(driver, chorus):
    as_reader(driver, chorus, "/forum/spaces/housing")


def forum_thread(driver, chorus):
    """Somebody else's approved post (with Report) and her own held reply (with Edit, Delete): links, each to a page that asks first."""
    as_reader(driver, chorus, f"/forum/threads/{forum_world(chorus).thread.id}")


def forum_report_confirm(driver, chorus):
    """The page that asks before she reports somebody else's post."""
    world = forum_world(chorus)
    as_reader(driver, chorus, f"/forum/posts/{world.thread.first_post}/report")
    assert find_all(driver, 'main form button[type="submit"]'), f"the report page did not open: {heading(driver)}"


def forum_delete_confirm(driver, chorus):
    """The page that asks before she deletes her own post (her held reply)."""
    as_reader(driver, chorus, f"/forum/posts/{forum_world(chorus).held_reply}/delete")
    assert find_all(driver, 'main form button[type="submit"]'), f"the delete page did not open: {heading(driver)}"


def forum_new_thread(driver, chorus):
    as_reader(driver, chorus, "/forum/spaces/housing/new")


def forum_new_thread_with_errors(driver, chorus):
    forum_new_thread(driver, chorus)
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, "#error-summary"), "posting nothing showed no error summary"


def forum_edit(driver, chorus):
    """A post of her own within the edit window: a fresh member's, so the window is always open."""
    member = join(chorus)
    thread = start_thread(member, title="A first post", body="Hello, I am new here.")
    sign_in_member(driver, chorus, member)
    driver.get(f"{chorus.url}/forum/posts/{thread.first_post}/edit")
    assert find_all(driver, "textarea#body"), f"the edit page did not open: {heading(driver)}"


def forum_account(driver, chorus):
    as_reader(driver, chorus, "/forum/account")


def forum_sign_in_with_error(driver, chorus):
    driver.get(chorus.url + "/forum/sign-in")
    type_into(driver, "pseudonym", "NobodyByThisName1")
    type_into(driver, "passphrase", "not the passphrase at all")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, ".error-summary"), "a wrong passphrase showed no error"


def forum_join_with_error(driver, chorus):
    driver.get(chorus.url + "/forum/join")
    type_into(driver, "invite", "NOT-A-CODE")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, ".error-summary"), "a wrong invite code showed no error"


def forum_join_details_with_errors(driver, chorus):
    forum_join_details(driver, chorus)
    type_into(driver, "passphrase", "short")
    type_into(driver, "confirm", "different")
    click_and_wait_for_new_page(driver, 'button[name="_action"][value="join"]')
    assert find_all(driver, "#error-summary"), "a short passphrase and no rules ticked showed no error summary"


def forum_joined(driver, chorus):
    """The page that shows her recovery code once."""
    forum_join_details(driver, chorus)
    choose_passphrase_and_join(driver)


def forum_recovery(driver, chorus):
    driver.get(chorus.url + "/forum/recover")


def forum_recovery_with_errors(driver, chorus):
    driver.get(chorus.url + "/forum/recover")
    type_into(driver, "pseudonym", "NobodyByThisName1")
    type_into(driver, "code", "0000-0000")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, ".error-summary"), "a wrong recovery code showed no error"


# The staff side, signed in as an admin (who may see every staff page)

def sign_in_staff(driver, chorus):
    driver.get(chorus.url + "/staff/sign-in")
    account, code = chorus.staff_code()
    type_into(driver, "name", account.name)
    type_into(driver, "passphrase", account.passphrase)
    type_into(driver, "code", code)
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert driver.current_url == chorus.url + "/staff", f"{account.name} could not sign in: {heading(driver)}"


def as_staff(driver, chorus, path):
    restore_session(driver, chorus, "staff", sign_in_staff, path)


def staff_sign_in_with_error(driver, chorus):
    driver.get(chorus.url + "/staff/sign-in")
    type_into(driver, "name", "nobody")
    type_into(driver, "passphrase", "not the passphrase at all")
    type_into(driver, "code", "000000")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, ".error-summary"), "a wrong staff sign-in showed no error"


def staff_home(driver, chorus):
    as_staff(driver, chorus, "/staff")


def staff_queue(driver, chorus):
    forum_world(chorus)
    as_staff(driver, chorus, "/staff/queue")
    assert find_all(driver, "article.staff-post"), "the moderation queue is empty"


def staff_queued_post(driver, chorus):
    as_staff(driver, chorus, f"/staff/posts/{forum_world(chorus).held_reply}")


def staff_thread(driver, chorus):
    as_staff(driver, chorus, f"/staff/threads/{forum_world(chorus).thread.id}")


def staff_member(driver, chorus):
    as_staff(driver, chorus, f"/staff/members/{forum_world(chorus).reader.pseudonym}")


def staff_audit(driver, chorus):
    as_staff(driver, chorus, "/staff/audit")


def staff_invites(driver, chorus):
    as_staff(driver, chorus, "/staff/invites")


def staff_invites_with_errors(driver, chorus):
    staff_invites(driver, chorus)
    type_into(driver, "count", "many")
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, "#error-summary"), "a wrong count showed no error summary"


def staff_findings(driver, chorus):
    as_staff(driver, chorus, "/staff/findings")


def upload_findings(driver, chorus, path):
    staff_findings(driver, chorus)
    find(driver, "#findings").send_keys(path)  # a file chooser has no other way in from a test
    click_and_wait_for_new_page(driver, 'form[action="/staff/findings/preview"] button[type="submit"]')


def staff_findings_preview(driver, chorus):
    upload_findings(driver, chorus, os.path.join(ROOT, "docs", "findings.example.json"))
    assert find_all(driver, ".findings-preview"), f"the example findings were not previewed: {heading(driver)}"


def staff_findings_refused(driver, chorus):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"format": "not findings"}, f)
    try:
        upload_findings(driver, chorus, f.name)
    finally:
        os.unlink(f.name)
    assert find_all(driver, "#error-summary"), "a wrong findings file was not refused"


SURVEY_PAGES = [
    survey_first_page, shipped_survey_first_page, shipped_survey_first_page_in_urdu, question_page_with_errors,
    later_question_page, confirm_page, thanks_page,
]
SURVIVOR_PAGES = SURVEY_PAGES + [home, withdraw_page, withdraw_page_with_error, safety_page, findings_page]
FORUM_PAGES = [
    forum_sign_in, forum_sign_in_with_error, forum_join, forum_join_with_error, forum_join_details,
    forum_join_details_with_errors, forum_joined, forum_recovery, forum_recovery_with_errors, forum_home,
    forum_space, forum_thread, forum_report_confirm, forum_delete_confirm, forum_new_thread, forum_new_thread_with_errors, forum_edit, forum_account,
]
STAFF_PAGES = [
    staff_sign_in, staff_sign_in_with_error, staff_home, staff_queue, staff_queued_post, staff_thread, staff_member,
    staff_audit, staff_invites, staff_invites_with_errors, staff_findings, staff_findings_preview, staff_findings_refused,
]
EVERY_PAGE = SURVIVOR_PAGES + FORUM_PAGES + STAFF_PAGES
