"""Shared fixtures. The suite runs on Postgres and Redis when DATABASE_URL / REDIS_URL are set
(CI sets them) and its header says what it uses, so a skipped real-service test is visible."""

import os

import pytest

from accounts.tests.clients import SignedInClient
from accounts.tests.factories import CcgFactory, member

# One Playwright session for the whole run, whichever app's browser tests use it.
pytest_plugins = ["tests.system.fixtures"]


def pytest_report_header(config):
    has_db, has_redis = os.getenv("DATABASE_URL"), os.getenv("REDIS_URL")
    database = "Postgres (DATABASE_URL)" if has_db else "SQLite (no DATABASE_URL)"
    broker = "Redis (REDIS_URL)" if has_redis else "none: Redis tests skip (no REDIS_URL)"
    return [f"ccgcomms database: {database}", f"ccgcomms broker: {broker}"]


@pytest.fixture
def client():
    """force_login/login stand for the whole sign-in, second step included: see clients.py."""
    return SignedInClient()


@pytest.fixture(autouse=True)
def _fresh_throttles():
    """Throttle counters live in the cache, which outlives a test's transaction (on Redis, the
    run too): each test starts with none. Only our keys go; the broker shares the database."""
    from accounts.tests.throttles import throttles_clear

    throttles_clear()


@pytest.fixture
def ccg_a(db):
    return CcgFactory(name="NHS Alpha CCG", ods_code="A01")


@pytest.fixture
def ccg_b(db):
    return CcgFactory(name="NHS Beta CCG", ods_code="B01")


@pytest.fixture
def comms_a(ccg_a):
    return member(ccg=ccg_a, role="Comms team")


@pytest.fixture
def comms_b(ccg_b):
    return member(ccg=ccg_b, role="Comms team")


@pytest.fixture
def governor_a(ccg_a):
    return member(ccg=ccg_a, role="Governing body")


@pytest.fixture
def staff_a(ccg_a):
    return member(ccg=ccg_a, role="Staff")


@pytest.fixture
def admin_a(ccg_a):
    return member(ccg=ccg_a, role="Administrator")


@pytest.fixture
def celery_eager():
    """Tasks queued in the test run at once in this process, as a worker would run them, so a
    transaction=True test leaves nothing behind in the broker for a later test's worker."""
    from ccgcomms.celery import app

    before = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = before
