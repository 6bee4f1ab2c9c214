"""A keyboard-only visitor: every key goes to whatever has focus, as a real key press (selenium's
ActionChains, which Chromium receives as trusted key events). Nothing here clicks, and nothing
types into an element it found: only into the one that has focus, and only after checking that
it is the one meant. Each move is bounded, so a control that Tab cannot reach, or a trap that
keeps focus in one place, fails the test with the path focus took."""
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import find, wait_for_new_page

# What Tab stops at: visible, enabled, and not taken out of the order with a negative tabindex.
# A group of radios is one stop (its chosen radio, or its first when none is chosen); the arrow
# keys move within it.
TABBABLE = """
    var candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]');
    return Array.prototype.filter.call(candidates, function (e) {
        if (e.disabled || (e.type === 'hidden') || e.tabIndex < 0) { return false; }
        if (e.type === 'radio' && e.name) {
            var group = Array.prototype.filter.call((e.form || document).querySelectorAll('input[type=radio]'),
                function (r) { return r.name === e.name; });
            var chosen = group.filter(function (r) { return r.checked; })[0];
            if (e !== (chosen || group[0])) { return false; }
        }
        if (e.closest('[hidden], [inert]')) { return false; }
        var details = e.closest('details:not([open])');
        if (details && e.tagName !== 'SUMMARY') { return false; }
        var style = getComputedStyle(e);
        return style.visibility !== 'hidden' && style.display !== 'none' && e.getClientRects().length > 0;
    });
"""


def tabbable(driver):
    return driver.execute_script(TABBABLE)


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def active(driver):
    return driver.switch_to.active_element


def describe(driver, element=None):
    """Names an element as a person would point at it: tag, id, classes and a few words of text."""
    element = element or active(driver)
    try:
        return driver.execute_script("""
            var e = arguments[0];
            if (!e || e === document.body) { return 'the page itself (body)'; }
            var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
            var text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
            return text ? name + ' "' + text.slice(0, 40) + '"' : name;
        """, element)
    except StaleElementReferenceException:
        return "(an element of the page before)"


def is_active(driver, element):
    return driver.execute_script("return document.activeElement === arguments[0]", element)


def tab_to(driver, css, limit=None):
    """Presses Tab until the element `css` names has focus; returns how many presses it took.
    The bound is the page's own count of Tab stops (and two more, for the way round past the
    end): in a sane order every stop is reached within it, from wherever focus starts. Fails,
    listing where focus went, if the element is not reached."""
    target = find(driver, css)
    limit = limit or len(tabbable(driver)) + 2
    path = []
    for presses in range(1, limit + 1):
        press(driver, Keys.TAB)
        if is_active(driver, target):
            return presses
        path.append(describe(driver))
    raise AssertionError(f"{css} was not reached by Tab within {limit} presses on {driver.current_url}; "
                         f"focus went: {' -> '.join(path[:limit])}")


def assert_focus_on(driver, css, why=""):
    element = find(driver, css)
    assert is_active(driver, element), f"focus is on {describe(driver)}, not {css} {why}".strip()
    return element


def type_here(driver, css, text):
    """Types into the focused element, after checking that it is `css`: the one place a test may
    send text, because a person types only where the caret is."""
    field = assert_focus_on(driver, css, "where the text was to go")
    press(driver, text)
    value = field.get_attribute("value")
    assert value.endswith(text) or text in value, f"{css} holds {value!r} after typing {text!r}"


def press_and_wait_for_new_page(driver, key=Keys.ENTER):
    """Presses `key` on the focused element and waits until a new page has loaded."""
    old = find(driver, "body")  # see browser.click_and_wait_for_new_page
    press(driver, key)
    wait_for_new_page(driver, old)


def tab_and_press(driver, css, key=Keys.ENTER):
    """Tabs to `css` and presses `key` (Enter by default) there, expecting a new page."""
    tab_to(driver, css)
    press_and_wait_for_new_page(driver, key)
