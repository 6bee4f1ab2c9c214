"""How to reach each kind of page, for the accessibility checks and the screenshots. Each function
takes a browser with JavaScript on and leaves it showing that page."""
from browser import click, click_and_wait_for_new_page, find, find_all, heading
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


def forum_join_details(driver, chorus):
    driver.get(chorus.url + "/forum/join")
    type_into(driver, "invite", chorus.invite_codes.pop())
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert find_all(driver, "#pseudonym"), f"the invite code was not accepted: {heading(driver)}"


def forum_home(driver, chorus):
    """Joins with an invite code, as a new member would, and opens the forum's home."""
    forum_join_details(driver, chorus)
    passphrase = "browser test lantern orchard"
    type_into(driver, "passphrase", passphrase)
    type_into(driver, "confirm", passphrase)
    click(driver, 'label[for="rules"]')
    click_and_wait_for_new_page(driver, 'button[name="_action"][value="join"]')
    assert find_all(driver, "#recovery-code"), f"joining did not work: {heading(driver)}"
    driver.get(chorus.url + "/forum")


def staff_sign_in(driver, chorus):
    driver.get(chorus.url + "/staff/sign-in")


EVERY_PAGE = [
    home, survey_first_page, shipped_survey_first_page, question_page_with_errors, later_question_page,
    confirm_page, thanks_page, withdraw_page, withdraw_page_with_error, safety_page, findings_page,
    forum_sign_in, forum_join, forum_join_details, forum_home, staff_sign_in,
]
