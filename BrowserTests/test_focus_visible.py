"""Visible focus on every kind of page (issue 5, item 3; WCAG 2.4.7, 2.4.11 and 1.4.11): Tab
through every stop, and back with Shift+Tab, on a desktop and on a 320 px phone; each must show a focus indicator of
enough contrast, on screen and not hidden under the sticky quick-exit bar (focus.py says how).
Prints a line a page: its stops and the kinds of indicator they showed."""
import pytest

import viewport
from browser import new_driver
from focus import summary, walk_focus
from pages import EVERY_PAGE

TOTALS = {}


@pytest.fixture(scope="module")
def focus_browser():
    driver = new_driver(javascript=True)
    yield driver
    driver.quit()
    for size, (pages, stops) in TOTALS.items():
        print(f"\nvisible focus at {size}: {stops} Tab stops checked on {pages} pages")


@pytest.mark.parametrize("size", [viewport.DESKTOP, viewport.PHONE], ids=lambda s: s["name"])
@pytest.mark.parametrize("reach", EVERY_PAGE, ids=lambda f: f.__name__)
def test_every_tab_stop_shows_where_focus_is(chorus, focus_browser, reach, size):
    driver = focus_browser
    driver.delete_all_cookies()
    viewport.emulate(driver, size)
    try:
        reach(driver, chorus)
        driver.execute_script("window.scrollTo(0, 0)")
        count, seen, problems = walk_focus(driver)
        _, seen_backwards, problems_backwards = walk_focus(driver, backwards=True)
    finally:
        viewport.clear(driver)
    problems += problems_backwards
    print(f"\n{reach.__name__} at {size['name']}: {count} Tab stops; forwards {summary(seen)}; "
          f"backwards {summary(seen_backwards)}")
    pages, stops = TOTALS.get(size["name"], (0, 0))
    TOTALS[size["name"]] = (pages + 1, stops + len(seen))
    assert count > 0, f"{reach.__name__}: no Tab stop at all (not even the skip link and the quick exit)"
    assert not problems, f"{reach.__name__} at {size['name']}:\n  " + "\n  ".join(problems)


def test_a_page_whose_focus_style_is_removed_fails(chorus, focus_browser):
    """The check itself can fail: with every focus style taken away, and with the quick-exit bar
    made tall enough to cover what Tab scrolls to, the walk reports both."""
    driver = focus_browser
    viewport.emulate(driver, viewport.PHONE)
    try:
        driver.get(chorus.url + "/s/browser-check")
        # Inline styles, which the page's Content-Security-Policy allows from script.
        driver.execute_script("""
            document.querySelectorAll('a, button, input, textarea').forEach(function (e) {
                e.style.setProperty('outline', 'none', 'important');
                e.style.setProperty('box-shadow', 'none', 'important');
            });
            var bar = document.querySelector('.quick-exit');
            bar.style.setProperty('min-height', '60vh');
        """)
        _, _, problems = walk_focus(driver)
    finally:
        viewport.clear(driver)
    assert any("nothing changes on focus" in p for p in problems), problems
    assert any("covered by" in p for p in problems), problems
