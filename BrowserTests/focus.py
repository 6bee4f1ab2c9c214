"""Visible focus, measured (WCAG 2.4.7 focus visible, 2.4.11 focus not obscured, and 1.4.11's 3:1
for the indicator): before any key is pressed, the computed style of every Tab stop is recorded;
then, as Tab reaches each one, its focused style is compared with that record. An indicator is an
outline, a box shadow, a border, a background or a text decoration that appears or changes on
focus; at least one part of it must contrast 3:1 with what it is drawn against. The focused
element must also be on screen and uncovered: its box inside the viewport, and the element at
the centre of its first box itself or inside it (a sticky bar on top of it would be found there).
WCAG 2.4.11 asks only that focus be "not entirely hidden"; this asks for the whole box in view, or,
where Chromium leaves a tall text box partly below the fold (it does not scroll an element of
which a part already shows), its first line, uncovered. Those are counted as "partly in view"."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from keyboard import TABBABLE, describe, press

PROPERTIES = ("outlineStyle", "outlineWidth", "outlineColor", "outlineOffset", "boxShadow", "backgroundColor",
              "borderTopColor", "borderTopWidth", "borderBottomColor", "borderBottomWidth",
              "textDecorationLine", "textDecorationThickness", "textDecorationColor", "color")

RECORD = """
    var props = arguments[0];
    var stops = (function () { %s })();
    // A stop that has focus now would be recorded with its focus style.
    if (stops.indexOf(document.activeElement) >= 0) { document.activeElement.blur(); }
    window.__chorusStops = stops;
    window.__chorusUnfocused = stops.map(function (e) {
        var s = getComputedStyle(e), r = {};
        props.forEach(function (p) { r[p] = s[p]; });
        return r;
    });
    return stops.length;
""" % TABBABLE

JUDGE = """
    var props = arguments[0];
    var e = document.activeElement;
    var index = (window.__chorusStops || []).indexOf(e);
    if (index < 0) { return {index: -1}; }
    var before = window.__chorusUnfocused[index], s = getComputedStyle(e), now = {};
    props.forEach(function (p) { now[p] = s[p]; });

    function rgba(text) {
        var m = /rgba?\\(([^)]*)\\)/.exec(text || '');
        if (!m) { return null; }
        var v = m[1].split(/[ ,\\/]+/).filter(Boolean).map(parseFloat);
        return {r: v[0], g: v[1], b: v[2], a: v.length > 3 ? v[3] : 1};
    }
    function luminance(c) {
        function ch(x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }
        return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
    }
    function contrast(a, b) {
        var x = luminance(a), y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }
    function backdrop(el) {  // the first opaque background behind `el`, or the page's white
        for (var p = el.parentElement; p; p = p.parentElement) {
            var c = rgba(getComputedStyle(p).backgroundColor);
            if (c && c.a > 0.5) { return c; }
        }
        return {r: 255, g: 255, b: 255, a: 1};
    }
    var behind = backdrop(e), parts = [];
    function part(kind, colour, against) {
        var c = rgba(colour);
        if (c && c.a > 0) { parts.push({kind: kind, contrast: Math.round(contrast(c, against) * 100) / 100}); }
    }
    if (now.outlineStyle !== 'none' && parseFloat(now.outlineWidth) >= 1 &&
        (now.outlineStyle !== before.outlineStyle || now.outlineWidth !== before.outlineWidth ||
         now.outlineColor !== before.outlineColor)) {
        part('outline', now.outlineColor, behind);
    }
    if (now.boxShadow !== 'none' && now.boxShadow !== before.boxShadow) {
        (now.boxShadow.match(/rgba?\\([^)]*\\)/g) || []).forEach(function (c) { part('box-shadow', c, behind); });
    }
    if (now.backgroundColor !== before.backgroundColor) {
        var old = rgba(before.backgroundColor);
        part('background', now.backgroundColor, old && old.a > 0.5 ? old : behind);
    }
    ['Top', 'Bottom'].forEach(function (side) {
        if (now['border' + side + 'Color'] !== before['border' + side + 'Color'] ||
            now['border' + side + 'Width'] !== before['border' + side + 'Width']) {
            if (parseFloat(now['border' + side + 'Width']) >= 1) { part('border', now['border' + side + 'Color'], behind); }
        }
    });
    if (now.textDecorationLine !== before.textDecorationLine || now.textDecorationThickness !== before.textDecorationThickness) {
        if (now.textDecorationLine.indexOf('underline') >= 0) { part('text-decoration', now.textDecorationColor, rgba(now.backgroundColor) && rgba(now.backgroundColor).a > 0.5 ? rgba(now.backgroundColor) : behind); }
    }

    // In view: all of it, or (when Chromium did not scroll because part of it already showed, as
    // it does for a tall text box near the bottom) at least its first line, where the caret is.
    var box = e.getClientRects()[0] || e.getBoundingClientRect(), whole = e.getBoundingClientRect();
    var top = Math.max(box.top, 0), bottom = Math.min(box.bottom, window.innerHeight);
    var left = Math.max(box.left, 0), right = Math.min(box.right, window.innerWidth);
    var whollyIn = whole.top >= -1 && whole.left >= -1 && whole.bottom <= window.innerHeight + 1 && whole.right <= window.innerWidth + 1;
    var inside = whollyIn || (bottom - top >= Math.min(box.height, 24) - 1 && right - left >= Math.min(box.width, 24) - 1);
    // What is drawn at the middle of the part in view must be the element: a sticky bar or a
    // dialog over it would be found there instead.
    var hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    var covered = !(hit && (hit === e || e.contains(hit)));
    var coveredBy = '';
    if (covered && hit) {
        coveredBy = hit.tagName.toLowerCase() + (hit.id ? '#' + hit.id : '') + (typeof hit.className === 'string' && hit.className ? '.' + hit.className.trim().split(/\\s+/).join('.') : '');
    }
    return {index: index, parts: parts, width: whole.width, height: whole.height, inside: inside, partly: !whollyIn,
            covered: covered, coveredBy: coveredBy, box: [Math.round(whole.left), Math.round(whole.top), Math.round(whole.width), Math.round(whole.height)]};
"""


def walk_focus(driver, backwards=False):
    """Tabs through every stop of the page once (Shift+Tab when `backwards`: then each stop is
    scrolled to from below and comes to rest at the top, under the sticky quick-exit bar if
    anything would be), judging each. Returns (stops, seen, problems): `seen` maps each stop
    reached to its description and judgement."""
    # The unfocused styles are recorded once, before the first walk, while nothing has focus.
    count = driver.execute_script("return window.__chorusStops ? window.__chorusStops.length : null")
    if count is None or not backwards:
        count = driver.execute_script(RECORD, list(PROPERTIES))
    seen = {}
    problems = []
    for _ in range(2 * count + 4):
        if len(seen) == count:
            break
        if backwards:
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        else:
            press(driver, Keys.TAB)
        judged = driver.execute_script(JUDGE, list(PROPERTIES))
        if judged["index"] < 0 or judged["index"] in seen:
            continue
        name = describe(driver)
        seen[judged["index"]] = (name, judged)
        strong = [p for p in judged["parts"] if p["contrast"] >= 3]
        if not judged["parts"]:
            problems.append(f"{name}: nothing changes on focus (no outline, shadow, border, background or underline)")
        elif not strong:
            problems.append(f"{name}: the focus indicator is too faint: {judged['parts']} (3:1 needed for one part)")
        if judged["width"] < 2 or judged["height"] < 2:
            problems.append(f"{name}: focused but {judged['width']}x{judged['height']} px, so not visible")
        if not judged["inside"]:
            problems.append(f"{name}: focused but out of view (box {judged['box']})")
        if judged["covered"]:
            problems.append(f"{name}: focused but covered by {judged['coveredBy'] or 'nothing drawn'} (box {judged['box']})")
    missed = count - len(seen)
    if missed:
        problems.append(f"{missed} of {count} Tab stops were never reached by Tab")
    if backwards:
        problems = [f"(Shift+Tab) {p}" for p in problems]
    return count, seen, problems


def summary(seen):
    """How many stops showed each kind of indicator, e.g. 'outline+box-shadow: 12'."""
    kinds = {}
    partly = 0
    for _, judged in seen.values():
        key = "+".join(sorted({p["kind"] for p in judged["parts"]})) or "none"
        kinds[key] = kinds.get(key, 0) + 1
        partly += 1 if judged["partly"] else 0
    text = ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items()))
    return text + (f"; {partly} partly in view" if partly else "")
