"""The access log is kept for PERSONAL_DATA_ACCESS_RETENTION_DAYS, then deleted by a nightly
job; until then nothing, not even a mistaken shell command, changes or deletes an entry."""

import datetime
import os

import pytest
from django.db import DatabaseError, transaction
from django.utils import timezone

from audit import services
from audit.models import PersonalDataAccess
from audit.services import personal_data_access_purge
from audit.tasks import PURGE_JOB, purge_personal_data_access
from ccgcomms.celery import app
from ccgcomms.schedules import BEAT_SCHEDULE
from ccgcomms.tests.test_settings import _manage
from core.jobs import job_last_finished

from .factories import PersonalDataAccessFactory

pytestmark = pytest.mark.django_db
needs_postgres = pytest.mark.skipif(
    not os.getenv("DATABASE_URL"), reason="DATABASE_URL not set: the trigger is Postgres only"
)
NOW = datetime.datetime(2027, 3, 1, 12, 0, tzinfo=datetime.UTC)


def _aged(days: float) -> PersonalDataAccess:
    return PersonalDataAccessFactory(at=NOW - datetime.timedelta(days=days))


def test_the_job_deletes_only_entries_older_than_the_limit():
    old, just_old = _aged(800), _aged(730.01)
    kept = [_aged(729.99), _aged(1), _aged(0)]
    assert personal_data_access_purge(now=NOW, days=730) == 2
    assert set(PersonalDataAccess.objects.values_list("pk", flat=True)) == {e.pk for e in kept}
    assert not PersonalDataAccess.objects.filter(pk__in=[old.pk, just_old.pk]).exists()


def test_the_job_works_through_more_than_one_batch(monkeypatch):
    monkeypatch.setattr(services, "PURGE_BATCH", 2)
    for _ in range(5):
        _aged(31)
    kept = _aged(29)
    assert personal_data_access_purge(now=NOW, days=30) == 5
    assert list(PersonalDataAccess.objects.values_list("pk", flat=True)) == [kept.pk]


def test_the_job_refuses_to_keep_the_log_for_less_than_a_day():
    with pytest.raises(ValueError, match="days: "):
        personal_data_access_purge(now=NOW, days=0)


def test_the_task_uses_the_configured_retention_under_the_job_lock(settings):
    settings.PERSONAL_DATA_ACCESS_RETENTION_DAYS = 30
    old = PersonalDataAccessFactory(at=timezone.now() - datetime.timedelta(days=31))
    recent = PersonalDataAccessFactory(at=timezone.now() - datetime.timedelta(days=29))
    assert purge_personal_data_access() == 1
    assert list(PersonalDataAccess.objects.values_list("pk", flat=True)) == [recent.pk]
    assert old.pk not in PersonalDataAccess.objects.values_list("pk", flat=True)
    assert job_last_finished(name=PURGE_JOB) is not None


def test_the_job_is_scheduled_and_registered():
    assert "audit.purge_personal_data_access" in {e["task"] for e in BEAT_SCHEDULE.values()}
    app.loader.import_default_modules()
    assert "audit.purge_personal_data_access" in app.tasks


@needs_postgres
@pytest.mark.parametrize(
    "attempt",
    [
        lambda entry: PersonalDataAccess.objects.filter(pk=entry.pk).update(user_email="x@y.org"),
        lambda entry: PersonalDataAccess.objects.filter(pk=entry.pk).delete(),
        lambda entry: entry.delete(),
    ],
    ids=["update", "queryset delete", "delete"],
)
def test_the_database_refuses_to_change_or_delete_an_entry(attempt):
    entry = _aged(5000)  # even one long past the retention: only the job deletes
    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
        attempt(entry)
    entry.refresh_from_db()
    assert entry.user_email != "x@y.org"


def test_the_retention_must_be_at_least_a_day():
    env = {"PERSONAL_DATA_ACCESS_RETENTION_DAYS": "0", "DEBUG": "true"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "PERSONAL_DATA_ACCESS_RETENTION_DAYS must be at least 1" in result.stderr
