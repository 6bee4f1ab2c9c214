"""Reflow and text spacing, measured in the page (WCAG 1.4.10 and 1.4.12):

- no sideways scrolling: `document.documentElement.scrollWidth <= window.innerWidth` (and <= the
  layout viewport's width, which on a phone is what stays 320 px when the browser zooms out);
- no text cut off: no element whose overflow is hidden or clipped holds more than it shows, no
  box that scrolls sideways (other than a text field), and no text past the viewport's edges;
- no text on top of other text: the line boxes of any two text-bearing elements (and controls)
  that are not one inside the other do not overlap.

Deliberately hidden text (the skip link until focused, .visually-hidden: 1 px, clipped) is left
out, as screen-reader-only text is meant to be."""

# WCAG 1.4.12's figures, as the W3C's text spacing bookmarklet sets them, !important on everything.
TEXT_SPACING = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
                " p { margin-bottom: 2em !important; }")

CHECK = """
    var problems = [];
    var doc = document.documentElement;
    window.scrollTo(0, 0);
    // The window's width in CSS px. On a phone, a page wider than the screen makes the browser
    // zoom out to fit it (innerWidth grows past the 320 px the page was laid out for), so the
    // layout viewport (clientWidth) is the measure there; on a desktop the smaller of the two
    // leaves out a scroll bar.
    var width = Math.min(window.innerWidth, doc.clientWidth);
    if (doc.scrollWidth > width) {
        problems.push('the page scrolls sideways: ' + doc.scrollWidth + ' px of content in a ' + width + ' px window');
    }
    function name(e) {
        var text = (e.innerText || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
        return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
            (text ? ' "' + text + '"' : '');
    }
    function meantToBeHidden(e) {
        // Not rendered at all (display, visibility, or inside a closed <details>).
        if (e.checkVisibility && !e.checkVisibility({visibilityProperty: true, contentVisibilityAuto: false})) { return true; }
        if (e.closest('details:not([open])') && !e.closest('summary')) { return true; }
        for (var p = e; p && p !== document.body; p = p.parentElement) {
            var s = getComputedStyle(p);
            if (s.display === 'none' || s.visibility === 'hidden') { return true; }
            if (s.position === 'absolute' && (s.clip === 'rect(0px, 0px, 0px, 0px)' || (p.offsetWidth <= 1 && p.offsetHeight <= 1))) { return true; }
        }
        return false;
    }
    var fields = {INPUT: 1, TEXTAREA: 1, SELECT: 1};
    var all = document.body.querySelectorAll('*');
    var texts = [];
    for (var i = 0; i < all.length; i++) {
        var e = all[i];
        if (e.closest('svg, script, style, head') && e.tagName.toLowerCase() !== 'svg') { continue; }
        var ownText = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim() !== ''; });
        var control = fields[e.tagName] || e.tagName === 'BUTTON';
        if (meantToBeHidden(e)) { continue; }
        var s = getComputedStyle(e);
        var hasText = (e.innerText || '').trim() !== '';
        if (hasText && !fields[e.tagName]) {
            var clips = /hidden|clip/.test(s.overflowX + s.overflowY) || s.textOverflow === 'ellipsis';
            if (clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
                problems.push(name(e) + ' cuts off its text (' + e.scrollWidth + 'x' + e.scrollHeight + ' px in a ' + e.clientWidth + 'x' + e.clientHeight + ' px box)');
            }
            if (/auto|scroll/.test(s.overflowX) && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'HTML' && e.tagName !== 'BODY') {
                problems.push(name(e) + ' scrolls sideways (' + e.scrollWidth + ' px in ' + e.clientWidth + ' px)');
            }
        }
        if (ownText || control) {
            var rects = Array.prototype.filter.call(e.getClientRects(), function (r) { return r.width > 0 && r.height > 0; });
            // The text itself, which can spill out of its box (a long word that does not wrap).
            var range = document.createRange();
            range.selectNodeContents(e);
            var drawn = Array.prototype.filter.call(range.getClientRects(), function (r) { return r.width > 0 && r.height > 0; });
            rects.concat(drawn).forEach(function (r) {
                if (r.right > width + 1 || r.left < -1) {
                    problems.push(name(e) + ' runs past the edge of the window (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px of ' + width + ')');
                }
            });
            if (rects.length) { texts.push({e: e, rects: rects}); }
        }
    }
    var checkOverlap = arguments[0];
    if (checkOverlap) {
        for (var a = 0; a < texts.length; a++) {
            for (var b = a + 1; b < texts.length; b++) {
                var x = texts[a], y = texts[b];
                if (x.e.contains(y.e) || y.e.contains(x.e)) { continue; }
                var hit = x.rects.some(function (r) { return y.rects.some(function (q) {
                    return Math.min(r.right, q.right) - Math.max(r.left, q.left) > 1 &&
                           Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top) > 1;
                }); });
                if (hit) { problems.push(name(x.e) + ' overlaps ' + name(y.e)); }
            }
        }
    }
    return {problems: problems, scrollWidth: doc.scrollWidth, innerWidth: width, elements: texts.length};
"""


def check_reflow(driver, overlap=True):
    """Returns {problems, scrollWidth, innerWidth, elements} for the page as it is now."""
    return driver.execute_script(CHECK, overlap)


def apply_text_spacing(driver):
    """Adds the text spacing styles through a constructed style sheet: the page's Content-Security-
    Policy (style-src 'self') refuses a <style> element, as it should, but not the CSSOM."""
    driver.execute_script("""
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(arguments[0]);
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    """, TEXT_SPACING)
    applied = driver.execute_script("return getComputedStyle(document.querySelector('main p, main legend, main h1')).letterSpacing")
    assert applied not in ("normal", "0px"), f"the text spacing styles did not apply (letter-spacing {applied})"
