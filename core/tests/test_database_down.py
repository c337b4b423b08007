"""With the database refusing connections, pages answer a styled 503 with Retry-After (made
without the database) and log one line each, not a traceback; when it is back, they recover."""

import logging
import os
import socket
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL", "").startswith("postgres"),
    reason="DATABASE_URL not set: refuses a Postgres connection (SQLite has no server)",
)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again on leaving: nothing listens there


@contextmanager
def database_refused():
    """The database server stops answering, as far as this process can tell."""
    settings = connection.settings_dict
    saved = settings["HOST"], settings["PORT"]
    connection.close()
    settings["HOST"], settings["PORT"] = "127.0.0.1", str(_closed_port())
    try:
        yield
    finally:
        connection.close()
        settings["HOST"], settings["PORT"] = saved


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_pages_answer_a_styled_503_while_the_database_is_down_and_recover(client, comms_a, caplog):
    client.raise_request_exception = False  # answer as in production
    client.force_login(comms_a)
    assert client.get("/").status_code == 200
    pages = ["/", "/stakeholders/contacts/", "/you-said-we-did/", "/login/"]
    caplog.clear()
    with caplog.at_level(logging.INFO), database_refused():
        responses = [client.get(page) for page in pages]
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        health = Client().get("/healthz")  # a monitor: no session
    for response in responses:
        page = response.content.decode()
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert "the service is temporarily unavailable" in page
        assert "nhsuk-header" in page and "nhsuk-frontend.min.css" in page  # styled
        assert "Server Error (500)" not in page
    assert health.status_code == 503 and health.json()["database"].startswith("error")
    assert [r.name for r in errors] == ["core.errors"] * len(pages)  # one line each
    assert all(r.exc_info is None for r in caplog.records)  # and no traceback, /healthz either
    expected = "Database unavailable, answered 503: GET /stakeholders/contacts/"
    assert expected in errors[1].getMessage()
    # The database is back: the next request is served.
    assert client.get("/").status_code == 200


def test_any_other_error_keeps_a_styled_500_and_its_logged_traceback(rf):
    from core.errors import server_error

    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Sorry, something went wrong" in response.content.decode()
    assert not getattr(response, "_has_been_logged", False)  # Django logs its traceback
