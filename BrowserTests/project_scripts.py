"""The project's own helpers in scripts/ (authenticator codes, the form-posting visitor), loaded by
path: scripts/ is not a package, and the demo scripts load them the same way."""
import importlib.util
import os

SCRIPTS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts")


def load(name):
    """scripts/NAME.py as a module."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(SCRIPTS, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
