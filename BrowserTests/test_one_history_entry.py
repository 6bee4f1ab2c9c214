"""One history entry for the whole visit (issue 5, item 1: single-page flows do not pile up history
entries). With JavaScript, every page she moves to, by a link or a form, is shown in place of the
last one: the tab's history does not grow, so the quick exit's location.replace leaves nothing of
Chorus behind it, and Back goes to the page she had open before. Without JavaScript pages load as
usual, and the safety page says what stays in history then."""
from selenium.webdriver.support import expected_conditions

from browser import click_and_wait_for_new_page, find, find_all, heading, wait
from pages import choose_passphrase_and_join, enter_invite
from survey_steps import SURVEY, page_title, press, tick, type_into, withdrawal_code


def history_length(driver):
    return driver.execute_script("return history.length")


def test_a_whole_survey_with_its_errors_and_a_language_change_is_one_entry_and_the_quick_exit_leaves_none(chorus, neutral, browser):
    driver = browser
    driver.get(neutral.url + "/before")
    driver.get(chorus.url + "/")
    length = history_length(driver)

    click_and_wait_for_new_page(driver, f'main a[href^="/s/{SURVEY}"]')
    assert driver.current_url == f"{chorus.url}/s/{SURVEY}"
    # The page's own script came with it: skip logic hides the police branch until police is ticked.
    wait(driver).until(lambda d: not find(d, '[data-question="police_first"]').is_displayed())
    tick(driver, "contact", "police")
    wait(driver).until(lambda d: find(d, '[data-question="police_first"]').is_displayed())

    # An error, then its summary's link: focus moves to the field, and no entry is added for "#years".
    type_into(driver, "years", "a few")
    press(driver, "next")
    assert find_all(driver, "#error-summary")
    assert driver.execute_script("return document.activeElement.id") == "error-summary", "the error summary did not take focus"
    find(driver, '#error-summary a[href="#years"]').click()
    assert driver.execute_script("return document.activeElement.id") == "years"
    assert "#" not in driver.current_url

    type_into(driver, "years", "3")
    press(driver, "next")
    assert "Police" in page_title(driver)
    assert driver.execute_script("return document.activeElement.tagName") == "H1", "focus did not go to the new page's heading"
    tick(driver, "police_rating", "positive")
    assert history_length(driver) == length, f"the survey's pages added {history_length(driver) - length} history entries"

    # The quick exit now takes the one entry away: Back goes to the page before Chorus.
    find(driver, "#quick-exit").click()
    wait(driver).until(expected_conditions.url_to_be(neutral.url + "/neutral"))
    assert history_length(driver) == length
    driver.back()
    wait(driver).until(lambda d: d.current_url != neutral.url + "/neutral")
    assert driver.current_url == neutral.url + "/before", f"Back went to {driver.current_url}"


def test_the_thanks_page_and_the_language_links_keep_to_one_entry(chorus, neutral, browser):
    driver = browser
    driver.get(neutral.url + "/before")
    driver.get(f"{chorus.url}/s/{SURVEY}")
    length = history_length(driver)
    click_and_wait_for_new_page(driver, 'nav.languages a[hreflang="cy"]')
    assert find(driver, "html").get_attribute("lang") == "cy"
    assert driver.current_url.endswith("?lang=cy")
    tick(driver, "contact", "neither")
    press(driver, "next")
    press(driver, "submit")
    withdrawal_code(driver)
    assert find(driver, "html").get_attribute("lang") == "cy"
    assert history_length(driver) == length
    # Shift three times still works on a page shown in place: the script found the new page's parts.
    from test_quick_exit import press_shift
    for _ in range(3):
        press_shift(driver)
    wait(driver).until(expected_conditions.url_to_be(neutral.url + "/neutral"))
    driver.back()
    wait(driver).until(lambda d: d.current_url != neutral.url + "/neutral")
    assert driver.current_url == neutral.url + "/before"


def test_the_forum_keeps_to_one_entry_through_joining_and_reading(chorus, neutral, browser):
    driver = browser
    driver.get(neutral.url + "/before")
    driver.get(chorus.url + "/forum/join")
    length = history_length(driver)
    enter_invite(driver, chorus)
    choose_passphrase_and_join(driver)
    click_and_wait_for_new_page(driver, 'main a.button[href^="/forum"]')
    click_and_wait_for_new_page(driver, "main .space-list a")
    assert driver.current_url.startswith(chorus.url + "/forum/spaces/")
    assert history_length(driver) == length, "the forum's pages added history entries"
    find(driver, "#quick-exit").click()
    wait(driver).until(expected_conditions.url_to_be(neutral.url + "/neutral"))
    driver.back()
    wait(driver).until(lambda d: d.current_url != neutral.url + "/neutral")
    assert driver.current_url == neutral.url + "/before"


def test_without_javascript_pages_load_as_usual(chorus, browser_without_js):
    driver = browser_without_js
    driver.get(chorus.url + "/")
    length = history_length(driver)
    click_and_wait_for_new_page(driver, f'main a[href^="/s/{SURVEY}"]')
    assert heading(driver)
    # What the safety page warns about: without JavaScript each page is an entry of its own.
    assert history_length(driver) == length + 1
