"""The quick exit: Shift pressed three times (not Shift used for a capital letter), the button, and
the button as a plain link without JavaScript. It must leave for the neutral site and leave no way
Back to the survey (issue 5, item 1)."""
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions

from browser import click_and_wait_for_new_page, find, screenshot, wait
from survey_steps import open_survey


def press_shift(driver):
    ActionChains(driver).key_down(Keys.SHIFT).key_up(Keys.SHIFT).perform()


def announced(driver):
    return find(driver, "#quick-exit-status").text.strip() or find(driver, "#quick-exit-status").get_attribute("textContent").strip()


def expected_announcement(driver, count):
    template = find(driver, "#quick-exit-status").get_attribute("data-template")
    assert "{count}" in template, f"the live region's template {template!r} has no {{count}}"
    return template.replace("{count}", str(count))


def start_from_a_neutral_page(driver, chorus, neutral):
    """A tab whose history holds another site, then the survey: Back must go to that other site."""
    driver.get(neutral.url + "/before")
    open_survey(driver, chorus)
    return driver.execute_script("return history.length")


def assert_left_without_a_way_back(driver, chorus, neutral, length_before):
    wait(driver).until(expected_conditions.url_to_be(neutral.url + "/neutral"))
    assert driver.execute_script("return history.length") == length_before, "the quick exit added a history entry"
    driver.back()
    wait(driver).until(lambda d: d.current_url != neutral.url + "/neutral")
    assert driver.current_url == neutral.url + "/before", f"Back went to {driver.current_url}, not the page before the survey"
    assert not driver.current_url.startswith(chorus.url)


def test_shift_three_times_announces_each_press_then_leaves_for_good(chorus, neutral, browser):
    driver = browser
    length = start_from_a_neutral_page(driver, chorus, neutral)
    status = find(driver, "#quick-exit-status")
    assert status.get_attribute("aria-live") == "polite"
    assert announced(driver) == ""
    first_press = time.monotonic()
    press_shift(driver)
    wait(driver).until(lambda d: announced(d) == expected_announcement(d, 1))
    press_shift(driver)
    wait(driver).until(lambda d: announced(d) == expected_announcement(d, 2))
    assert driver.current_url.startswith(chorus.url), "two presses were enough to leave"
    # The Shift window is five seconds: the two screenshots must leave time for the third press.
    screenshot(driver, "quick-exit-mid-press", 320)
    screenshot(driver, "quick-exit-mid-press", 1280)
    assert announced(driver) == expected_announcement(driver, 2), "the count was lost while taking screenshots"
    print(f"announced after two presses: {announced(driver)!r}; third press {time.monotonic() - first_press:.1f} s after the first")
    press_shift(driver)
    assert_left_without_a_way_back(driver, chorus, neutral, length)


def test_shift_held_for_capital_letters_does_not_count(chorus, browser):
    driver = browser
    open_survey(driver, chorus)
    field = find(driver, "#years")
    field.click()
    for _ in range(4):
        ActionChains(driver).key_down(Keys.SHIFT).send_keys("A").key_up(Keys.SHIFT).perform()
    assert field.get_attribute("value") == "AAAA", "the capital letters were not typed"
    assert announced(driver) == "", f"Shift as a modifier was counted: {announced(driver)!r}"
    assert driver.current_url.startswith(chorus.url)
    # Real presses still count afterwards.
    press_shift(driver)
    wait(driver).until(lambda d: announced(d) == expected_announcement(d, 1))


def test_the_button_leaves_for_good(chorus, neutral, browser):
    driver = browser
    length = start_from_a_neutral_page(driver, chorus, neutral)
    find(driver, "#quick-exit").click()
    assert_left_without_a_way_back(driver, chorus, neutral, length)


def test_without_javascript_the_button_is_a_working_link(chorus, neutral, browser_without_js):
    driver = browser_without_js
    open_survey(driver, chorus)
    button = find(driver, "#quick-exit")
    assert button.tag_name == "a" and button.get_attribute("href") == neutral.url + "/neutral"
    click_and_wait_for_new_page(driver, button)
    assert driver.current_url == neutral.url + "/neutral"
