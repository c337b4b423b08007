"""The demo Administrator signs in with the published authenticator secret."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from accounts.tests.signing_in import password_sign_in
from demo import data

pytestmark = pytest.mark.django_db


def test_the_demo_administrator_signs_in_with_the_code_demo_totp_prints():
    call_command("load_demo_data")
    client = Client()
    password_sign_in(client, "admin@demo.nhs.uk", data.DEMO_PASSWORD)
    assert client.get("/admin/")["Location"].startswith(reverse("two_factor_verify"))
    out = StringIO()
    call_command("demo_totp", "admin@demo.nhs.uk", stdout=out)
    code = out.getvalue().strip()
    assert len(code) == 6 and code.isdigit()
    client.post(reverse("two_factor_verify"), {"code": code})
    assert client.get("/admin/").status_code == 200


def test_demo_totp_refuses_any_other_account():
    call_command("load_demo_data")
    with pytest.raises(CommandError, match="email: comms@demo.nhs.uk is not a demo account"):
        call_command("demo_totp", "comms@demo.nhs.uk")


def test_the_readme_publishes_the_demo_secret():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    assert data.DEMO_TOTP_SECRET in readme and "demo_totp admin@demo.nhs.uk" in readme
