"""Headless Debian Chromium through selenium, with JavaScript on or off, and the helpers the tests
share: waiting, reading the page, and screenshots at a given width."""
import base64
import json
import os

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
SCREENSHOTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "screenshots")
WAIT_SECONDS = 15


def new_driver(javascript=True, performance_log=False):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    options.add_argument("--headless=new")
    options.add_argument("--window-size=1280,900")
    options.add_argument("--disable-gpu")
    options.add_argument("--disable-dev-shm-usage")
    # Keep Chromium from calling home (updates, safe browsing, suggestions): the only requests a
    # test sees are the ones the page makes.
    options.add_argument("--no-first-run")
    options.add_argument("--disable-background-networking")
    options.add_argument("--disable-component-update")
    options.add_argument("--disable-sync")
    options.add_argument("--lang=en-GB")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root with its sandbox.
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    if performance_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(WAIT_SECONDS)
    return driver


def wait(driver, seconds=WAIT_SECONDS):
    return WebDriverWait(driver, seconds)


def find(driver, css):
    return driver.find_element(By.CSS_SELECTOR, css)


def find_all(driver, css):
    return driver.find_elements(By.CSS_SELECTOR, css)


def click_and_wait_for_new_page(driver, target):
    """Clicks something that loads a new page (an element, or a CSS selector found afresh on each
    try, see `click`), and waits until the old page is gone. The old body is what goes: with
    JavaScript, one-history-entry.js shows the next page in place of the old body; without it the
    whole document is replaced."""
    old = find(driver, "body")
    if isinstance(target, str):
        click(driver, target)
    else:
        target.click()
    wait_for_new_page(driver, old)


def wait_for_new_page(driver, old):
    """Waits until `old` (the last page's body) is gone and the new page has loaded.
    Chromium sometimes reports a node of the page just left as "does not belong to the document"
    rather than as stale (a flake seen in about one run in three); both mean the page was replaced."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    def replaced(_):
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    wait(driver).until(replaced)
    wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")


def heading(driver):
    return find(driver, "h1").text.strip()


def screenshot(driver, name, width):
    """Saves the whole page, `width` CSS pixels wide, as docs/screenshots/NAME-WIDTH.png."""
    height = 900 if width >= 1000 else 720
    mobile = width < 600
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})
    try:
        full_height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": min(full_height, 4000), "scale": 1},
        })
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    os.makedirs(SCREENSHOTS, exist_ok=True)
    path = os.path.join(SCREENSHOTS, f"{name}-{width}.png")
    with open(path, "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    return path


def performance_events(driver):
    """The DevTools Network events recorded since the last call (needs performance_log=True)."""
    events = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"].startswith("Network."):
            events.append(message)
    return events


def click(driver, css, attempts=3):
    """Clicks the element `css` names, finding it afresh on each try: Chromium refuses a click
    ("does not belong to the document") when the node it was given was replaced a moment before,
    as happens while a page finishes loading. The refusal comes before any click, so a retry is safe."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    for attempt in range(attempts):
        try:
            element = find(driver, css)
            element.click()
            return element
        except (StaleElementReferenceException, WebDriverException) as error:
            if attempt == attempts - 1 or not (isinstance(error, StaleElementReferenceException)
                                               or "does not belong to the document" in str(error)):
                raise
            wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")
