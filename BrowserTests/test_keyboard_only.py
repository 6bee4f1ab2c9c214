"""A keyboard-only path through every flow (issue 5, item 3; WCAG 2.1.1 and 2.1.2): the survey
through its skip logic to the thank-you page, the skip link, the quick exit, withdrawal, the
forum (join, a new thread, a reply) and the staff side (sign-in with an authenticator code, then
approving a held post from the queue). Only real key presses reach the page, each to whatever has
focus (keyboard.py); each step checks where focus is and which page it reached. With JavaScript
on, and again with it off."""
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions

from browser import find, find_all, heading, new_driver, wait
from forum_http import join, start_thread
from keyboard import (assert_focus_on, describe, is_active, press, press_and_wait_for_new_page,
                      tab_and_press, tab_to, tabbable, type_here)
from survey_steps import SURVEY, WITHDRAWAL_CODE, open_survey, page_title, press as press_button, tick

JAVASCRIPT = pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])


@pytest.fixture
def keyboard_browser(request):
    driver = new_driver(javascript=request.node.callspec.params["javascript"])
    yield driver
    driver.quit()


def select_all_and_type(driver, css, text):
    """Replaces what the focused field holds, as a person would: Ctrl+A, then type."""
    assert_focus_on(driver, css)
    ActionChains(driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    press(driver, text)
    assert find(driver, css).get_attribute("value") == text


def check_with_space(driver, css):
    tab_to(driver, css)
    press(driver, Keys.SPACE)
    assert find(driver, css).is_selected(), f"Space did not tick {css}"


def choose_with_arrows(driver, question_id, steps):
    """Tabs into a radio group (focus lands on its first radio when none is chosen), then presses
    the down arrow `steps` times: each press moves to the next radio and chooses it."""
    radios = find_all(driver, f'input[type="radio"][name="{question_id}"]')
    tab_to(driver, f"#{radios[0].get_attribute('id')}")
    for _ in range(steps):
        press(driver, Keys.ARROW_DOWN)
    chosen = radios[steps]
    assert is_active(driver, chosen) and chosen.is_selected(), \
        f"{question_id}: {steps} arrow presses left focus on {describe(driver)}"
    return chosen.get_attribute("value")


# The survey

@JAVASCRIPT
def test_the_survey_by_keyboard_through_skip_logic_to_the_thank_you_page(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    open_survey(driver, chorus)
    assert "Services" in page_title(driver)
    check_with_space(driver, "#contact-police")
    check_with_space(driver, "#contact-housing")
    branch = find(driver, '[data-question="police_first"]')
    if javascript:
        assert branch.is_displayed(), "ticking the police by keyboard did not show the police branch"
    # The branch question is reached by Tab either way (shown by the script, or always without it).
    choose_with_arrows(driver, "police_first", 1)
    tab_to(driver, "#years")
    type_here(driver, "#years", "a few")

    # A wrong number: the error summary takes focus, and its link takes her to the field.
    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert_focus_on(driver, "#error-summary", "when the page came back with an error")
    tab_to(driver, '#error-summary a[href="#years"]')
    press(driver, Keys.ENTER)
    wait(driver).until(lambda d: is_active(d, find(d, "#years")))
    select_all_and_type(driver, "#years", "3")
    assert find(driver, "#contact-police").is_selected() and find(driver, "#contact-housing").is_selected()

    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert "Police" in page_title(driver), "police and housing ticked, yet the police page did not come"
    choose_with_arrows(driver, "police_rating", 2)
    tab_to(driver, "#police_comment")
    type_here(driver, "#police_comment", "They listened to me.")
    check_with_space(driver, "#police_comment__quote")

    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert "Housing" in page_title(driver)
    # Back by keyboard keeps her answers, and Continue returns.
    tab_and_press(driver, 'button[name="_action"][value="back"]')
    assert "Police" in page_title(driver) and find(driver, "#police_comment").get_attribute("value") == "They listened to me."
    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert "Housing" in page_title(driver)
    choose_with_arrows(driver, "housing_rating", 3)
    tab_and_press(driver, 'button[name="_action"][value="submit"]')
    code = find(driver, "#withdrawal-code").text.strip()
    assert WITHDRAWAL_CODE.match(code), f"the keyboard path ended on {heading(driver)!r}, not the thank-you page"


@JAVASCRIPT
def test_the_skip_logic_leaves_out_the_police_page_by_keyboard(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    open_survey(driver, chorus)
    check_with_space(driver, "#contact-housing")
    if javascript:
        assert not find(driver, '[data-question="police_first"]').is_displayed()
    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert "Housing" in page_title(driver), "housing only did not go straight to the housing page"
    choose_with_arrows(driver, "housing_rating", 1)
    tab_and_press(driver, 'button[name="_action"][value="submit"]')
    assert find_all(driver, "#withdrawal-code"), f"ended on {heading(driver)!r}"


@JAVASCRIPT
def test_answers_that_end_early_are_confirmed_by_keyboard(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    open_survey(driver, chorus)
    check_with_space(driver, "#contact-neither")
    tab_and_press(driver, 'button[name="_action"][value="next"]')
    assert not find_all(driver, "form[data-skip-logic]"), "no confirm page"
    tab_and_press(driver, 'button[name="_action"][value="submit"]')
    assert find_all(driver, "#withdrawal-code"), f"ended on {heading(driver)!r}"


# The skip link and the quick exit

SKIP_LINK_PAGES = ["/s/" + SURVEY, "/", "/withdraw", "/findings", "/safety", "/forum/sign-in", "/forum/join", "/staff/sign-in"]


@JAVASCRIPT
def test_the_first_tab_lands_on_the_skip_link_and_enter_moves_focus_to_main(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    for path in SKIP_LINK_PAGES:
        driver.get(chorus.url + path)
        press(driver, Keys.TAB)
        link = assert_focus_on(driver, "a.skip-link", f"after the first Tab on {path}")
        size = link.size
        assert size["width"] > 20 and size["height"] > 10, f"{path}: the focused skip link is not visible ({size})"
        press(driver, Keys.ENTER)
        wait(driver).until(lambda d: is_active(d, find(d, "main")))
        # The next Tab goes on from the top of the main content (to the first stop in it, or after
        # it when main has none), not back to the header.
        expected = driver.execute_script("""
            var main = document.querySelector('main');
            return arguments[0].find(function (e) {
                return main.contains(e) || (main.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
            });""", tabbable(driver))
        press(driver, Keys.TAB)
        assert is_active(driver, expected), \
            f"{path}: after the skip link, Tab went to {describe(driver)}, not {describe(driver, expected)}"


def test_the_quick_exit_by_tab_and_enter_leaves_for_good(chorus, neutral, browser):
    driver = browser
    driver.get(neutral.url + "/before")
    open_survey(driver, chorus)
    length = driver.execute_script("return history.length")
    presses = tab_to(driver, "#quick-exit")
    assert presses == 2, f"the quick exit took {presses} Tab presses; it should come right after the skip link"
    press(driver, Keys.ENTER)
    wait(driver).until(expected_conditions.url_to_be(neutral.url + "/neutral"))
    assert driver.execute_script("return history.length") == length, "the quick exit added a history entry"
    driver.back()
    wait(driver).until(lambda d: d.current_url != neutral.url + "/neutral")
    assert driver.current_url == neutral.url + "/before", f"Back went to {driver.current_url}"


def test_without_javascript_the_quick_exit_link_works_by_keyboard(chorus, neutral, browser_without_js):
    driver = browser_without_js
    open_survey(driver, chorus)
    tab_to(driver, "#quick-exit")
    press_and_wait_for_new_page(driver, Keys.ENTER)
    assert driver.current_url == neutral.url + "/neutral"


# Withdrawal

@JAVASCRIPT
def test_withdrawal_with_a_code_by_keyboard(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    # Set-up with the page's own controls: a response to withdraw.
    open_survey(driver, chorus)
    tick(driver, "contact", "neither")
    press_button(driver, "next")
    press_button(driver, "submit")
    code = find(driver, "#withdrawal-code").text.strip()
    # From the thank-you page, by keyboard alone.
    tab_and_press(driver, 'a[href^="/withdraw"]')
    assert find_all(driver, "form[action='/withdraw']"), f"the link went to {heading(driver)!r}"
    tab_to(driver, "#code")
    type_here(driver, "#code", code)
    press_and_wait_for_new_page(driver, Keys.ENTER)  # Enter in the field sends the form
    notice = find(driver, ".notice[role=status]").text
    assert notice.strip() and not find_all(driver, "#code"), f"withdrawing by keyboard did not finish: {notice!r}"
    # The same code again is not found: the error summary takes focus, and its link leads back to
    # the field, where she can correct it.
    driver.get(chorus.url + "/withdraw")
    tab_to(driver, "#code")
    type_here(driver, "#code", code)
    tab_and_press(driver, 'main button[type="submit"]')
    assert_focus_on(driver, ".error-summary", "when the code was not found")
    tab_to(driver, '.error-summary a[href="#code"]')
    press(driver, Keys.ENTER)
    wait(driver).until(lambda d: is_active(d, find(d, "#code")))


# The forum

@JAVASCRIPT
def test_the_forum_by_keyboard_join_start_a_thread_and_reply(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    driver.get(chorus.url + "/forum/sign-in")
    tab_and_press(driver, 'main a[href="/forum/join"]')
    assert driver.current_url == chorus.url + "/forum/join"
    tab_to(driver, "#invite")
    type_here(driver, "#invite", chorus.invite_codes.pop())
    tab_and_press(driver, 'main button[type="submit"]')
    assert find_all(driver, "#passphrase"), f"the invite code was not accepted: {heading(driver)}"
    # Drawing another name is a button too.
    name_before = find(driver, ".pseudonym-shown").text
    tab_and_press(driver, 'button[value="redraw"]')
    assert find(driver, ".pseudonym-shown").text != name_before, "drawing another name by keyboard kept the name"
    tab_to(driver, "#passphrase")
    type_here(driver, "#passphrase", "keyboard only heron lantern")
    tab_to(driver, "#confirm")
    type_here(driver, "#confirm", "keyboard only heron lantern")
    check_with_space(driver, "#rules")
    tab_and_press(driver, 'button[name="_action"][value="join"]')
    assert find_all(driver, "#recovery-code"), f"joining by keyboard did not work: {heading(driver)}"

    for link in ("/forum", "/forum/spaces/housing", "/forum/spaces/housing/new"):
        tab_and_press(driver, f'main a[href="{link}"]')
        assert driver.current_url == chorus.url + link, f"the link to {link} went to {driver.current_url}"
    tab_to(driver, "#title")
    type_here(driver, "#title", "Typed without a mouse")
    tab_to(driver, "#body")
    type_here(driver, "#body", "Everything here was done with the keyboard.")
    tab_and_press(driver, 'main button[type="submit"]')
    assert "/forum/threads/" in driver.current_url, f"the new thread went to {driver.current_url}: {heading(driver)}"
    assert heading(driver) == "Typed without a mouse"

    tab_to(driver, "#body")
    type_here(driver, "#body", "A reply, also by keyboard.")
    tab_and_press(driver, 'main form[action$="/reply"] button[type="submit"]')
    bodies = [p.text for p in find_all(driver, ".post-body")]
    assert "A reply, also by keyboard." in bodies, f"the reply is not on the thread: {bodies}"


# The staff side

@JAVASCRIPT
def test_staff_sign_in_with_an_authenticator_code_and_approve_a_held_post_by_keyboard(chorus, keyboard_browser, javascript):
    driver = keyboard_browser
    # A new member's first post waits for a moderator.
    member = join(chorus)
    thread = start_thread(member, title="Held until a moderator looks", body="Waiting for a moderator.")
    account, code = chorus.staff_code()
    driver.get(chorus.url + "/staff/sign-in")
    for field, text in (("#name", account.name), ("#passphrase", account.passphrase), ("#code", code)):
        tab_to(driver, field)
        type_here(driver, field, text)
    tab_and_press(driver, 'main button[type="submit"]')
    assert driver.current_url == chorus.url + "/staff", f"staff sign-in by keyboard went to {driver.current_url}: {heading(driver)}"

    tab_and_press(driver, 'main a[href="/staff/queue"]')
    assert driver.current_url == chorus.url + "/staff/queue" and heading(driver) == "Moderation queue"
    card = f"#post-{thread.first_post}"
    assert find_all(driver, card), "the held post is not in the queue"
    # The folded forms open and close from the keyboard, and Tab leaves them again (no trap).
    tab_to(driver, f"{card} details summary")
    press(driver, Keys.ENTER)
    assert find(driver, f"{card} details").get_attribute("open") is not None, "Enter did not open 'Redact and approve'"
    tab_to(driver, f"#body-{thread.first_post}")
    press(driver, Keys.TAB)
    assert_focus_on(driver, f'{card} form[action$="/redact"] button')
    tab_and_press(driver, f'{card} form[action$="/approve"] button')
    assert driver.current_url.startswith(chorus.url + "/staff"), f"approving went to {driver.current_url}"
    assert not find_all(driver, card), "the approved post is still in the queue"
    # The member sees it published: no longer marked as waiting for a moderator.
    _, html = member.client.open(f"/forum/threads/{thread.id}")[:2]
    assert "Waiting for a moderator." in html and "until a moderator has looked at it" not in html


# The checks themselves can fail

def test_a_planted_keyboard_trap_and_an_unreachable_control_fail_the_walk(chorus, browser):
    driver = browser
    open_survey(driver, chorus)
    # A control taken out of the Tab order cannot be reached...
    driver.execute_script("document.getElementById('years').tabIndex = -1;")
    with pytest.raises(AssertionError, match="was not reached by Tab"):
        tab_to(driver, "#years", limit=40)
    # ...and a field that swallows Tab keeps focus: the walk stops at the bound and says where it was.
    driver.get(chorus.url + "/withdraw")
    driver.execute_script("""document.getElementById('code').addEventListener('keydown', function (e) {
        if (e.key === 'Tab') { e.preventDefault(); } });""")
    tab_to(driver, "#code")
    with pytest.raises(AssertionError, match=r"input#code -> input#code"):
        tab_to(driver, 'main button[type="submit"]')
