"""The screenshots of docs/screenshots/, made by the tests at 320 px and at desktop width: the
survey's first page, the forum and the public findings. (The quick exit mid-press is taken by
test_quick_exit.py, the right-to-left survey by test_languages.py.)"""
import pytest

from browser import screenshot
from pages import findings_page, forum_home, survey_first_page


@pytest.mark.parametrize("name,reach", [
    ("survey-en", survey_first_page), ("forum", forum_home), ("findings-page", findings_page),
], ids=["survey", "forum", "findings"])
def test_screenshots(chorus, browser, name, reach):
    reach(browser, chorus)
    for width in (320, 1280):
        path = screenshot(browser, name, width)
        with open(path, "rb") as f:
            assert f.read(8) == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
