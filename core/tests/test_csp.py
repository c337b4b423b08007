"""Content-Security-Policy: every page is sent with a policy that allows no inline script or
style, and no template or Python-rendered HTML has any (it would be refused by the browser)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from engagement.tests.factories import FeedbackFactory, published_response

from .urlsweep import url_patterns

BASE_DIR = Path(settings.BASE_DIR)
OUR_CODE = [p for p in BASE_DIR.iterdir() if p.is_dir() and p.name not in {".venv", "node_modules"}]
TAG = re.compile(r"<[a-zA-Z][^<>]*>")
INLINE = {
    "inline <script>": re.compile(r"^<script\b(?![^>]*\ssrc=)", re.I),
    "<style> block": re.compile(r"^<style\b", re.I),
    "style attribute": re.compile(r"\sstyle\s*=", re.I),
    "event handler attribute": re.compile(r"\son[a-z]+\s*=", re.I),
    "javascript: URL": re.compile(r"=\s*[\"']?\s*javascript:", re.I),
}


def _sources() -> list[Path]:
    templates = [f for d in OUR_CODE for f in d.rglob("*.html") if "templates" in f.parts]
    python = [f for d in OUR_CODE for f in d.rglob("*.py") if "tests" not in f.parts]
    return templates + python


def test_no_template_or_python_html_has_inline_script_or_style():
    found = []
    for source in _sources():
        for tag in TAG.findall(source.read_text(encoding="utf-8")):
            found += [
                f"{source.relative_to(BASE_DIR)}: {what}: {tag}"
                for what, pattern in INLINE.items()
                if pattern.search(tag)
            ]
    assert found == []


def test_the_scan_finds_inline_script_and_style():
    # The scan itself must be able to fail.
    for html in [
        "<script>alert(1)</script>",
        '<p style="x">',
        "<style>",
        '<a onclick="x">',
        '<a href="javascript:x">',
    ]:
        assert any(p.search(t) for t in TAG.findall(html) for p in INLINE.values()), html
    assert not any(p.search('<script src="/static/x.js" defer>') for p in INLINE.values())


def _policy(response) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy", "")
    directives = [d.split() for d in header.split(";") if d.strip()]
    return {d[0]: d[1:] for d in directives}


def _assert_strict(response, url: str) -> None:
    policy = _policy(response)
    assert policy, f"{url}: no Content-Security-Policy header"
    sources = [source for values in policy.values() for source in values]
    assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, url
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], url
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"], url


@pytest.mark.django_db
def test_every_page_is_sent_with_a_strict_policy(comms_a, ccg_a):
    """Every URL pattern, admin and public pages included, signed in and not."""
    published_response(feedback=FeedbackFactory(ccg=ccg_a), by=comms_a)
    comms_a.is_superuser = True
    comms_a.save()
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(comms_a)
    pages = 0
    for pattern in url_patterns():
        url = pattern.sample()
        for client in (anonymous, signed_in):
            response = client.get(url)
            if response.get("Content-Type", "").startswith("text/html"):
                _assert_strict(response, url)
                pages += 1
    assert pages > 200
