"""`make run PORT=…` serves the portal on that port and the links in its e-mails point there:
the Makefile hands its PORT to runserver (Procfile.dev) and into SITE_URL, which the worker
sending the reminders reads (the e-mail side is tested in
media_desk/tests/test_reminder_delivery.py and accounts/tests/test_notifications.py)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _make_run_dry(*args: str, **env: str) -> str:
    environment = {k: v for k, v in os.environ.items() if k not in ("SITE_URL", "PORT")}
    return subprocess.run(
        ["make", "-n", "run", *args],  # -n: print the commands, run none
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _start_line(output: str) -> str:
    return next(line for line in output.splitlines() if "honcho" in line)


pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs make")


def test_make_run_puts_its_port_into_the_site_url():
    line = _start_line(_make_run_dry("PORT=8765"))
    assert line.startswith("PORT=8765 SITE_URL=http://127.0.0.1:8765 ")


def test_make_run_defaults_to_port_8000_and_an_exported_site_url_wins():
    assert _start_line(_make_run_dry()).startswith("PORT=8000 SITE_URL=http://127.0.0.1:8000 ")
    line = _start_line(_make_run_dry("PORT=8765", SITE_URL="https://comms.example.nhs.uk"))
    assert line.startswith("PORT=8765 SITE_URL=https://comms.example.nhs.uk ")


def test_every_process_of_make_run_gets_the_port_and_runserver_listens_on_it():
    procfile = (ROOT / "Procfile.dev").read_text().splitlines()
    web = next(line for line in procfile if line.startswith("web:"))
    assert "runserver 127.0.0.1:$PORT" in web
    # honcho passes its environment (PORT, SITE_URL) to web, worker and beat alike.
    assert {line.split(":", 1)[0] for line in procfile if line} == {"web", "worker", "beat"}


def test_the_settings_read_the_site_url_from_the_environment():
    code = "from django.conf import settings; print(settings.SITE_URL)"
    env = {**os.environ, "SITE_URL": "http://127.0.0.1:8765", "DEBUG": "true"}
    env["DJANGO_SETTINGS_MODULE"] = "ccgcomms.settings"
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "http://127.0.0.1:8765"
