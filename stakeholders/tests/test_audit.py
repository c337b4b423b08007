"""Every change to personal data is in the audit history: who, when, what."""

import pytest
from django.urls import reverse

from stakeholders.tests.factories import ContactFactory


@pytest.mark.django_db
def test_an_edit_records_who_changed_what(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a, email="old@example.org")
    client.force_login(comms_a)
    data = {
        "kind": "stakeholder",
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "organisation": contact.organisation_id,
        "version": contact.version,  # the form carries the version it was opened at
    }
    client.post(
        reverse("stakeholders:contact_edit", args=[contact.pk]),
        {**data, "email": "new@example.org"},
    )
    latest = contact.history.first()
    assert latest.history_user == comms_a
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("email", "old@example.org", "new@example.org")
    ]


@pytest.mark.django_db
def test_the_detail_page_shows_the_history(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    body = client.get(reverse("stakeholders:contact_detail", args=[contact.pk])).content.decode()
    assert "Created by" in body
