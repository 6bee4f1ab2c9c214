"""Usable at 320 px wide and at 200% zoom (issue 5, item 3; WCAG 1.4.10 reflow), on every kind of
page: nothing scrolls sideways, no text is cut off or runs off the window, and no text lies on
other text (reflow.py says how). And with WCAG 1.4.12's text spacing forced on the survey pages,
at 320 px and on a desktop, still nothing is cut off or overlaps. The 200% zoom is a 1280 x 900
window at zoom 2, emulated as a 640 x 450 CSS px viewport at device scale factor 2 (viewport.py
says why that is the same thing)."""
import pytest

import viewport
from browser import new_driver
from pages import EVERY_PAGE, SURVEY_PAGES
from reflow import apply_text_spacing, check_reflow

TOTALS = {}


@pytest.fixture(scope="module")
def reflow_browser():
    driver = new_driver(javascript=True)
    yield driver
    driver.quit()
    for name, (pages, elements) in sorted(TOTALS.items()):
        print(f"\n{name}: {pages} pages, {elements} text elements and controls checked")


def reach_at(driver, chorus, reach, size):
    driver.delete_all_cookies()
    viewport.emulate(driver, size)
    reach(driver, chorus)
    seen = viewport.measured(driver)
    # The window's width and pixel ratio are what was asked for. On a phone, the layout width:
    # a phone zooms out, widening innerWidth, when the content is too wide (check_reflow says so).
    expected = (size["width"], size["deviceScaleFactor"])
    width = seen["clientWidth"] if size["mobile"] else seen["width"]
    assert (width, seen["ratio"]) == expected, f"the page sees {seen}, not {expected}"


def tally(name, result):
    pages, elements = TOTALS.get(name, (0, 0))
    TOTALS[name] = (pages + 1, elements + result["elements"])


@pytest.mark.parametrize("size", [viewport.PHONE, viewport.ZOOM_200], ids=lambda s: s["name"])
@pytest.mark.parametrize("reach", EVERY_PAGE, ids=lambda f: f.__name__)
def test_the_page_reflows_without_sideways_scrolling_or_cut_off_text(chorus, reflow_browser, reach, size):
    driver = reflow_browser
    try:
        reach_at(driver, chorus, reach, size)
        result = check_reflow(driver)
    finally:
        viewport.clear(driver)
    tally(f"reflow at {size['name']}", result)
    print(f"\n{reach.__name__} at {size['name']}: content {result['scrollWidth']} px wide in {result['innerWidth']} px; "
          f"{result['elements']} elements; {len(result['problems'])} problem(s)")
    assert not result["problems"], f"{reach.__name__} at {size['name']}:\n  " + "\n  ".join(result["problems"])


@pytest.mark.parametrize("size", [viewport.PHONE, viewport.DESKTOP], ids=lambda s: s["name"])
@pytest.mark.parametrize("reach", SURVEY_PAGES, ids=lambda f: f.__name__)
def test_survey_pages_take_wcag_text_spacing_without_loss(chorus, reflow_browser, reach, size):
    driver = reflow_browser
    try:
        reach_at(driver, chorus, reach, size)
        apply_text_spacing(driver)
        result = check_reflow(driver)
    finally:
        viewport.clear(driver)
    tally(f"text spacing at {size['name']}", result)
    assert not result["problems"], f"{reach.__name__} with text spacing at {size['name']}:\n  " + "\n  ".join(result["problems"])


def test_the_checks_find_planted_faults(chorus, reflow_browser):
    """The checks themselves can fail: a wide element, a clipped box and text moved onto other text."""
    driver = reflow_browser
    try:
        reach_at(driver, chorus, lambda d, c: d.get(c.url + "/safety"), viewport.PHONE)
        driver.execute_script("""
            var main = document.querySelector('main');
            var wide = document.createElement('p'); wide.textContent = 'wide'; wide.style.width = '600px';
            var clipped = document.createElement('p'); clipped.id = 'clipped';
            clipped.textContent = 'A sentence long enough to need more than one line in a small box.';
            clipped.style.cssText = 'height: 1em; overflow: hidden';
            main.appendChild(wide); main.appendChild(clipped);
            var h1 = main.querySelector('h1'); h1.style.position = 'relative'; h1.style.top = '3em';
        """)
        problems = check_reflow(driver)["problems"]
    finally:
        viewport.clear(driver)
    assert any("scrolls sideways" in p for p in problems), problems
    assert any("p#clipped" in p and "cuts off" in p for p in problems), problems
    assert any(p.startswith("h1") and "overlaps" in p for p in problems), problems
