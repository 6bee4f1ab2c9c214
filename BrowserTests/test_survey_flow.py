"""A survivor fills in and sends the multi-page survey, with JavaScript on and again with it off,
and skip logic shows each branch only when its condition holds (issue 5, item 6)."""
from browser import find, find_all, heading
from survey_steps import (open_survey, page_title, press, question, tick, type_into, withdrawal_code)


def test_with_javascript_the_branch_appears_as_she_ticks_and_the_police_path_reaches_thanks(chorus, browser):
    driver = browser
    open_survey(driver, chorus)
    assert "Services" in page_title(driver)
    branch = question(driver, "police_first")
    assert branch is not None, "the branch question is not on its page at all"
    assert not branch.is_displayed(), "the police branch shows before the police are ticked"
    tick(driver, "contact", "housing")
    assert not branch.is_displayed(), "the police branch shows when only housing is ticked"
    tick(driver, "contact", "police")
    assert branch.is_displayed(), "ticking the police does not show the police branch"
    tick(driver, "police_first", "yes")

    # A wrong number: an error summary whose link takes her to the field.
    type_into(driver, "years", "a few")
    press(driver, "next")
    summary = find(driver, "#error-summary")
    link = summary.find_element("css selector", 'a[href="#years"]')
    link.click()
    assert driver.execute_script("return document.activeElement.id") == "years", "the error link does not reach its field"
    assert find(driver, "#contact-police").is_selected(), "her answers were lost when the page came back with an error"

    type_into(driver, "years", "3")
    press(driver, "next")
    assert "Police" in page_title(driver)
    assert question(driver, "police_rating") is not None
    tick(driver, "police_rating", "positive")
    type_into(driver, "police_comment", "They listened to me.")
    # Housing was ticked too, so the housing page comes next.
    press(driver, "next")
    assert "Housing" in page_title(driver)
    tick(driver, "housing_rating", "negative")
    press(driver, "submit")
    withdrawal_code(driver)


def test_without_javascript_the_server_skips_the_police_page_for_housing_only(chorus, browser_without_js):
    driver = browser_without_js
    open_survey(driver, chorus)
    assert not find(driver, "#quick-exit-hint").is_displayed(), "the Shift hint shows although no script runs"
    # Without the page script every question of the page is shown; the server decides on the rest.
    branch = question(driver, "police_first")
    assert branch is not None and branch.is_displayed()
    tick(driver, "contact", "housing")
    type_into(driver, "years", "10")
    press(driver, "next")
    assert "Housing" in page_title(driver), "housing only did not go straight to the housing page"
    assert question(driver, "police_rating") is None, "the police questions are on the housing page"
    tick(driver, "housing_rating", "neutral")
    # Back returns to the first page with her answers, and forward again skips the police page.
    press(driver, "back")
    assert "Services" in page_title(driver)
    assert find(driver, "#contact-housing").is_selected()
    press(driver, "next")
    assert "Housing" in page_title(driver)
    press(driver, "submit")
    withdrawal_code(driver)


def test_without_javascript_the_police_path_shows_the_police_page_and_then_sends(chorus, browser_without_js):
    driver = browser_without_js
    open_survey(driver, chorus)
    tick(driver, "contact", "police")
    press(driver, "next")
    assert "Police" in page_title(driver)
    assert question(driver, "housing_rating") is None
    tick(driver, "police_rating", "very_negative")
    # Housing was not ticked, so this is the last page: its button sends.
    assert find_all(driver, 'button[value="submit"]') and not find_all(driver, 'button[value="next"]')
    press(driver, "submit")
    withdrawal_code(driver)


def test_answers_that_end_the_survey_early_ask_before_sending(chorus, browser_without_js):
    driver = browser_without_js
    open_survey(driver, chorus)
    tick(driver, "contact", "neither")
    press(driver, "next")
    confirm_heading = heading(driver)
    assert not find_all(driver, "form[data-skip-logic]"), "no confirm page: a survey page came instead"
    press(driver, "submit")
    assert heading(driver) != confirm_heading
    withdrawal_code(driver)
