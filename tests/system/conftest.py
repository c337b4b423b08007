"""Skips the project's browser tests, saying why, when Chromium or axe-core is missing."""

from pathlib import Path

import pytest

from .fixtures import AXE, CHROMIUM, axe_violations  # noqa: F401 (tests import it from here)


def pytest_collection_modifyitems(config, items):
    missing = [
        what
        for what, ok in [("chromium", Path(CHROMIUM).exists()), ("axe-core", AXE.exists())]
        if not ok
    ]
    if missing:
        skip = pytest.mark.skip(
            reason=f"browser tests need {', '.join(missing)} (run make setup / apt chromium)"
        )
        for item in items:
            if "system" in str(item.fspath):
                item.add_marker(skip)


@pytest.fixture(autouse=True)
def _every_page_watched(console_watch):
    """No browser test passes while a page logs a console error or warning or throws: see
    `fixtures.ConsoleWatch` (a test expecting one says `console_watch.allow(...)`)."""
