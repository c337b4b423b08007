import os

import pytest

pytestmark = pytest.mark.django_db


def test_it_reports_database_and_broker(client):
    response = client.get("/healthz")
    report = response.json()
    assert report["database"] == "ok"
    assert report["broker"] == "ok", report
    assert response.status_code == 200


def test_it_reports_the_last_worker_heartbeat(client):
    from ccgcomms.tasks import heartbeat

    assert client.get("/healthz").json()["worker"] == "no heartbeat yet"
    heartbeat()
    assert client.get("/healthz").json()["worker"].startswith("last heartbeat")


def test_it_says_503_when_the_broker_is_down(client, settings):
    from ccgcomms.celery import app

    original = app.conf.broker_url
    app.conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    try:
        response = client.get("/healthz")
    finally:
        app.conf.broker_url = original
    assert response.status_code == 503
    assert response.json()["broker"].startswith("error")


@pytest.mark.skipif(not os.getenv("REDIS_URL"), reason="REDIS_URL not set: needs a real Redis")
def test_the_broker_is_redis_when_redis_url_is_set():
    from ccgcomms.celery import app

    assert app.conf.broker_url.startswith("redis://")
