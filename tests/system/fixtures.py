"""Browser fixtures, registered once from the root conftest so that every browser test in a run
shares one Playwright session. Playwright drives Debian's Chromium (no browser download) and
axe-core, installed from npm, checks each page for serious or critical accessibility violations.

Every page a browser test opens is watched (`console_watch`, automatic in tests/system/): a
console error or warning, or an uncaught script error, fails the test, whichever context or
page the test made. A test that means to meet one (a refused page) says so with
`console_watch.allow("status of 403")`."""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# between page actions are still synchronous, so Django's async guard must stand aside.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


# The NHS.UK frontend's stylesheet loads its font from the design system's host, which the
# policy allows; the test machine may have no internet, so the browser is told no at once and
# what it says about that font is no fault of the page.
FONT_HOST = "https://assets.nhs.uk/"
FAULTS = {"error", "warning"}


class ConsoleWatch:
    """What the pages said that a person would count as a fault, as it happens."""

    def __init__(self):
        self.problems: list[str] = []
        self.allowed: list[str] = []

    def allow(self, text: str) -> None:
        """A message holding `text` is expected (e.g. "status of 404" on a page not found)."""
        self.allowed.append(text)

    def watch(self, context) -> None:
        context.route(f"{FONT_HOST}**", lambda route: route.abort())
        context.on("console", self._console)
        context.on("weberror", lambda error: self.problems.append(f"script error: {error.error}"))

    def _console(self, message) -> None:
        if message.type not in FAULTS or message.location.get("url", "").startswith(FONT_HOST):
            return
        self.problems.append(f"console {message.type}: {message.text} ({message.location})")

    def faults(self) -> list[str]:
        return [p for p in self.problems if not any(text in p for text in self.allowed)]


@pytest.fixture
def console_watch(browser, monkeypatch):
    """Watches every context the test makes, through `page` or `browser.new_context()`, and fails
    the test (at its teardown) on any console error or warning or uncaught script error."""
    watch = ConsoleWatch()
    new_context = browser.new_context

    def watched_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        watch.watch(context)
        return context

    monkeypatch.setattr(browser, "new_context", watched_context)
    yield watch
    assert watch.faults() == [], "the browser reported a fault"


@pytest.fixture
def page(browser, console_watch):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


SERIOUS = {"serious", "critical"}
EVERY_IMPACT = {"minor", "moderate", "serious", "critical"}


def axe_violations(page, impacts=SERIOUS) -> list[dict]:
    """Serious and critical axe-core violations on the page as it is now (or of `impacts`)."""
    # Evaluated by the browser driver, not added as a <script>: the pages' Content-Security-
    # Policy refuses inline scripts, which is what add_script_tag would insert.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results["violations"]
        if v["impact"] in impacts
    ]


def screenshot(page, name: str) -> None:
    """With SCREENSHOTS=1, the whole page as docs/screenshots/<name>.png (the README's)."""
    if os.getenv("SCREENSHOTS") != "1":
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_load_state("load")
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)
