"""Low bandwidth: a survey's first page, with everything it loads, is at most 30 KB on the wire, and
nothing is asked of any other origin (issue 5, item 5). Measured by the browser itself, through
the DevTools Network domain, with its cache off; the Performance API's figures are printed beside."""
import pytest

from browser import new_driver, performance_events

BUDGET_BYTES = 30 * 1000


@pytest.fixture(scope="module")
def measuring_browser():
    driver = new_driver(javascript=True, performance_log=True)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    yield driver
    driver.quit()


def survey_ids(chorus):
    return sorted(name[:-5] for name in __import__("os").listdir(chorus.surveys) if name.endswith(".yaml") and name != "themes.yaml")


def test_every_survey_first_page_is_within_budget_and_asks_only_the_server(chorus, measuring_browser):
    driver = measuring_browser
    failures = []
    for survey in survey_ids(chorus):
        performance_events(driver)  # drain what came before
        driver.get(f"{chorus.url}/s/{survey}")
        events = performance_events(driver)
        urls = {e["params"]["requestId"]: e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"}
        finished = {e["params"]["requestId"]: e["params"]["encodedDataLength"] for e in events if e["method"] == "Network.loadingFinished"}
        failed = [urls.get(e["params"]["requestId"]) for e in events if e["method"] == "Network.loadingFailed"]
        encoding = {e["params"]["requestId"]: e["params"]["response"]["headers"].get("content-encoding", e["params"]["response"]["headers"].get("Content-Encoding", "-"))
                    for e in events if e["method"] == "Network.responseReceived"}
        total = sum(finished.values())
        print(f"\n/s/{survey}: {total} bytes on the wire in {len(urls)} request(s)")
        for request_id, url in urls.items():
            print(f"  {finished.get(request_id, 0):>6} bytes  {encoding.get(request_id, '-'):>5}  {url}")
        api = driver.execute_script("""
            var n = performance.getEntriesByType('navigation')[0];
            var r = performance.getEntriesByType('resource');
            return {transfer: n.transferSize + r.reduce(function (s, e) { return s + e.transferSize; }, 0),
                    body: n.encodedBodySize + r.reduce(function (s, e) { return s + e.encodedBodySize; }, 0)};
        """)
        print(f"  Performance API: transferSize {api['transfer']}, encodedBodySize {api['body']}")
        others = [url for url in urls.values() if not url.startswith(chorus.url + "/")]
        if others:
            failures.append(f"/s/{survey} asked other origins: {others}")
        if failed:
            failures.append(f"/s/{survey}: requests failed: {failed}")
        if total > BUDGET_BYTES:
            failures.append(f"/s/{survey}: {total} bytes on the wire, over the budget of {BUDGET_BYTES}")
        if len(finished) < 3:
            failures.append(f"/s/{survey}: only {len(finished)} request(s) measured; the page, its CSS and its scripts were expected")
    assert not failures, "\n".join(failures)
