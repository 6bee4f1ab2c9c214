"""axe-core on the current page. axe.min.js comes from the installed axe-playwright-python package
(requirements-axe.txt): read at run time, never copied into the repository. selenium injects it
through the DevTools protocol, which the pages' Content-Security-Policy does not govern."""
import importlib.metadata

BLOCKING = ("serious", "critical")
_source = None


def axe_source():
    global _source
    if _source is None:
        distribution = importlib.metadata.distribution("axe-playwright-python")
        with open(distribution.locate_file("axe_playwright_python/axe.min.js"), encoding="utf-8") as f:
            _source = f.read()
    return _source


def run_axe(driver):
    """Every violation axe finds on the page, WCAG 2.2 A and AA and best practice alike."""
    driver.execute_script(axe_source())
    driver.set_script_timeout(60)
    result = driver.execute_async_script("""
        var done = arguments[arguments.length - 1];
        axe.run(document, {resultTypes: ['violations']})
          .then(function (r) { done({version: axe.version, violations: r.violations}); })
          .catch(function (e) { done({error: String(e)}); });
    """)
    if "error" in result:
        raise RuntimeError(f"axe-core failed on {driver.current_url}: {result['error']}")
    return result


def describe(violations):
    lines = []
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s))")
        for node in v["nodes"][:3]:
            lines.append(f"      {' '.join(node['target'][:1]) if isinstance(node['target'][0], str) else node['target']}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)
