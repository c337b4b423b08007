"""The demo data's engagement part: something on every page, and a second load changes nothing."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from engagement.models import (
    Consultation,
    ConsultationCheck,
    Event,
    Feedback,
    Reminder,
    Response,
    Theme,
)

pytestmark = pytest.mark.django_db
MODELS = (Event, Feedback, Response, Theme, Consultation, ConsultationCheck, Reminder)


def _counts():
    counts = [m.objects.count() for m in MODELS]
    return counts + [Feedback.history.count(), Response.history.count()]


def test_loading_twice_neither_fails_nor_duplicates():
    call_command("load_demo_data")
    first = _counts()
    call_command("load_demo_data")
    assert _counts() == first
    assert Response.objects.filter(published_at__isnull=False).count() == 2
    assert Consultation.objects.filter(published_at__isnull=False).count() == 1


def test_the_demo_shows_on_the_public_page_and_in_the_annual_report(client):
    call_command("load_demo_data")
    body = client.get(reverse("public_engagement:index")).content.decode()
    assert "opening hours on every GP practice screen" in body
    consultations = client.get(reverse("public_engagement:consultations")).content.decode()
    assert "Future of walk-in services in south Sefton" in consultations
    client.login(username="governing@demo.nhs.uk", password="demo-portal-2026")
    index = client.get(reverse("engagement:annual_report_index")).content.decode()
    assert "Annual engagement report" in index
