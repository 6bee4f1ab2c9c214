"""After a whole survey, and the other pages a survivor reads, the browser holds no cookie and
nothing in localStorage or sessionStorage (issue 5, item 2)."""
from browser import click_and_wait_for_new_page, find
from survey_steps import open_survey, press, tick, type_into, withdrawal_code


def stored_on_device(driver):
    cookies = driver.execute_cdp_cmd("Network.getAllCookies", {})["cookies"]
    local = driver.execute_script("return window.localStorage.length")
    session = driver.execute_script("return window.sessionStorage.length")
    return cookies, local, session


def test_a_survey_leaves_no_cookie_and_no_storage(chorus, browser):
    driver = browser
    for path in ("/", "/safety", "/findings"):
        driver.get(chorus.url + path)
        assert stored_on_device(driver) == ([], 0, 0), f"{path} left something on the device"
    open_survey(driver, chorus)
    tick(driver, "contact", "police")
    tick(driver, "police_first", "no")
    type_into(driver, "years", "1")
    press(driver, "next")
    tick(driver, "police_rating", "neutral")
    press(driver, "submit")
    code = withdrawal_code(driver)
    cookies, local, session = stored_on_device(driver)
    assert driver.get_cookies() == [] and cookies == [], f"cookies after the survey: {cookies}"
    assert (local, session) == (0, 0), f"storage after the survey: localStorage {local}, sessionStorage {session}"
    # Withdrawing is a survivor page too.
    driver.get(chorus.url + "/withdraw")
    type_into(driver, "code", code)
    click_and_wait_for_new_page(driver, 'main button[type="submit"]')
    assert stored_on_device(driver) == ([], 0, 0), "withdrawing left something on the device"
