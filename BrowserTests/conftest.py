"""Shared fixtures: one neutral site and one Chorus server for the whole run, and fresh browsers."""
import os
import shutil
import tempfile

import pytest

from browser import new_driver
from chorus_server import ChorusServer
from neutral_site import NeutralSite


@pytest.fixture(scope="session")
def neutral():
    site = NeutralSite()
    site.start()
    yield site
    site.stop()


@pytest.fixture(scope="session")
def chorus(neutral):
    workdir = tempfile.mkdtemp(prefix="chorus-browser-")
    os.chmod(workdir, 0o700)
    server = ChorusServer(workdir, exit_url=neutral.url + "/neutral")
    try:
        server.prepare()
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def browser():
    driver = new_driver(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = new_driver(javascript=False)
    yield driver
    driver.quit()
