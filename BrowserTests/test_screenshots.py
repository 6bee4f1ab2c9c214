"""The screenshots of docs/screenshots/, made by the tests at 320 px and at desktop width: the
survivors' default survey's first page, the forum (in English and in Urdu) and the public findings.
(The quick exit mid-press is taken by test_quick_exit.py, the survey in Urdu by test_languages.py.)"""
import pytest

from browser import screenshot
from pages import findings_page, forum_home, shipped_survey_first_page


def forum_home_in_urdu(driver, chorus):
    forum_home(driver, chorus)
    driver.get(chorus.url + "/forum?lang=ur")


@pytest.mark.parametrize("name,reach", [
    ("survey-en", shipped_survey_first_page), ("forum", forum_home), ("forum-ur", forum_home_in_urdu),
    ("findings-page", findings_page),
], ids=["survey", "forum", "forum-ur", "findings"])
def test_screenshots(chorus, browser, name, reach):
    reach(browser, chorus)
    for width in (320, 1280):
        path = screenshot(browser, name, width)
        with open(path, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
