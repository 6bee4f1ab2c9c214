"""The sizes a page is checked at, set through the DevTools protocol (Emulation domain), which
holds across page loads in the tab until cleared.

- A phone 320 CSS px wide (WCAG 1.4.10's reflow width), as a mobile viewport, so the page's
  `<meta name="viewport" content="width=device-width">` applies as on a phone.
- 200% zoom of a 1280 x 900 desktop window. Zoom in Chromium divides the window's device pixels
  by the zoom factor: 1280 / 2 = 640 CSS px wide and 900 / 2 = 450 high, each CSS px drawn as 2x2
  device pixels, with `window.devicePixelRatio` 2. Emulating a 640 x 450 viewport at a device
  scale factor of 2 gives the page exactly those CSS px figures, the same media queries and the
  same layout; it is chosen over `--force-device-scale-factor` because it changes one tab, can be
  set and cleared between pages, and needs no browser restart, and over CSS `zoom`, which is
  not browser zoom (it leaves the viewport and media queries as they were).
"""

PHONE = {"name": "320px", "width": 320, "height": 720, "deviceScaleFactor": 1, "mobile": True}
DESKTOP = {"name": "1280px", "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
ZOOM_200 = {"name": "1280px-at-200%", "width": 640, "height": 450, "deviceScaleFactor": 2, "mobile": False}


def emulate(driver, size):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        key: size[key] for key in ("width", "height", "deviceScaleFactor", "mobile")})


def clear(driver):
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def measured(driver):
    """What the page sees: its viewport in CSS px and the device pixel ratio."""
    return driver.execute_script(
        "return {width: window.innerWidth, height: window.innerHeight, ratio: window.devicePixelRatio,"
        " clientWidth: document.documentElement.clientWidth}")
