"""The register's long forms come in sections, the essentials first."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LEGEND = '<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">'


def legends(body: str) -> list[str]:
    return [part.split("</legend>", 1)[0].strip() for part in body.split(LEGEND)[1:]]


def test_the_contact_form_asks_who_and_how_to_reach_them_first(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = client.get(reverse("stakeholders:contact_create")).content.decode()
    assert legends(body) == [
        "Who they are",
        "How to contact them",
        "MPs and councillors",
        "Accessible information",
        "Relationship",
    ]
    order = [body.index(f'name="{name}"') for name in ("last_name", "email", "ward", "notes")]
    assert order == sorted(order)
    assert 'name="submission_token"' in body  # the hidden token is not lost to the layout


def test_the_organisation_form_is_in_sections(client, comms_a, ccg_a):
    client.force_login(comms_a)
    body = client.get(reverse("stakeholders:organisation_create")).content.decode()
    assert legends(body) == ["The organisation", "How to contact it", "Relationship"]
