"""Steps through the browser tests' survey (surveys/browser-check.yaml) as a survivor would: ticking,
typing and pressing the page's own buttons, with whatever JavaScript the browser allows."""
import re

from selenium.webdriver.support import expected_conditions

from browser import click, find, find_all, wait, wait_for_new_page

SURVEY = "browser-check"
# Crockford base 32 in groups of four, as the thanks page shows it (Sources/Sealing/CrockfordCode.swift).
WITHDRAWAL_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})+$")


def open_survey(driver, chorus):
    driver.get(f"{chorus.url}/s/{SURVEY}")
    wait(driver).until(expected_conditions.presence_of_element_located(("css selector", "form[data-skip-logic]")))


def page_title(driver):
    return find(driver, "h2.page-title").text


def question(driver, question_id):
    """The question's box, or None when the server did not put it on the page."""
    boxes = find_all(driver, f'[data-question="{question_id}"]')
    return boxes[0] if boxes else None


def tick(driver, question_id, option_id):
    # Click the label, as a person would; the input is what must end up checked.
    click(driver, f'label[for="{question_id}-{option_id}"]')
    assert find(driver, f"#{question_id}-{option_id}").is_selected(), f"{question_id}: {option_id} did not tick"


def type_into(driver, field_id, text):
    field = find(driver, f"#{field_id}")
    field.clear()
    field.send_keys(text)


def press(driver, action):
    """Presses Continue (next), Send (submit), Back (back) or the confirm page's review button."""
    old = find(driver, "body")  # see browser.click_and_wait_for_new_page
    click(driver, f'button[name="_action"][value="{action}"]')
    wait_for_new_page(driver, old)


def withdrawal_code(driver):
    code = find(driver, "#withdrawal-code").text.strip()
    assert WITHDRAWAL_CODE.match(code), f"the thanks page shows {code!r}, not a withdrawal code"
    return code

