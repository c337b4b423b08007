"""The README's backup and restore (pg_dump, pg_restore) on the demo data: the restored portal
serves the same records, and the reminder jobs send nothing twice after the restore."""

import os
import re
import shutil
import subprocess
from contextlib import contextmanager

import pytest
from django.apps import apps
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from accounts.models import User
from accounts.tests.outbox import delivered
from engagement.reminders import reminders_send_due as engagement_reminders_send_due
from media_desk.reminders import reminders_send_due as media_desk_reminders_send_due

pytestmark = [
    pytest.mark.skipif(
        not os.getenv("DATABASE_URL", "").startswith("postgres"),
        reason="DATABASE_URL not set: the backup procedure is for Postgres",
    ),
    pytest.mark.skipif(
        not (shutil.which("pg_dump") and shutil.which("pg_restore")),
        reason="pg_dump or pg_restore not installed (apt-get install postgresql-client)",
    ),
]
PAGES = ["/stakeholders/contacts/", "/media-desk/", "/engagement/", "/campaigns/"]


def _url(name: str) -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=300)  # noqa: S603


def _records() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _pages(client) -> dict[str, str]:
    client.force_login(User.objects.get(email="comms@demo.nhs.uk"))
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    # The desk counts down to the minute ("18 hours 59 minutes left"): two reads a minute
    # apart differ there and nowhere else.
    countdown = re.compile(r"\d+ (?:days?|hours?|minutes?)(?: \d+ (?:hours?|minutes?))?")

    def read(page: str) -> str:
        return countdown.sub("#", token.sub("", client.get(page).content.decode()))

    return {page: read(page) for page in PAGES}


def _reminders_send_due(now) -> int:
    return media_desk_reminders_send_due(now=now) + engagement_reminders_send_due(now=now)


@contextmanager
def _serving(name: str):
    """The portal on database `name`, as after pointing DATABASE_URL at it."""
    saved = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = saved


@pytest.mark.django_db(transaction=True)
def test_a_restored_dump_serves_the_same_records_and_sends_no_reminder_twice(client, tmp_path):
    call_command("load_demo_data")
    now = timezone.now()
    sent_before = _reminders_send_due(now)
    assert sent_before > 0 and len(delivered()) > 0  # the demo has deadlines past due
    emails_before = len(mail.outbox)
    pages = _pages(client)
    records = _records()  # after signing in, which records a session and a last login

    live, restored = connection.settings_dict["NAME"], f"{connection.settings_dict['NAME']}_restore"
    dump = tmp_path / "ccgcomms.dump"
    # The README's commands: a custom-format dump, restored into an empty database.
    _run("pg_dump", "--format=custom", "--no-owner", f"--file={dump}", _url(live))
    _run("dropdb", "--if-exists", f"--maintenance-db={_url('postgres')}", restored)
    _run("createdb", f"--maintenance-db={_url('postgres')}", restored)
    try:
        _run("pg_restore", "--no-owner", "--exit-on-error", f"--dbname={_url(restored)}", str(dump))
        with _serving(restored):
            assert _records() == records
            assert _pages(client) == pages
            assert _reminders_send_due(now) == 0
            assert _reminders_send_due(timezone.now()) == 0
            assert len(delivered()) == emails_before
    finally:
        _run("dropdb", "--if-exists", f"--maintenance-db={_url('postgres')}", restored)
