"""Subject access, erasure that leaves no trace of the person (the audit history included)
but keeps the counts, and the retention review."""

import datetime
import json
from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from core.tests.forms_read import post_once
from stakeholders import selectors, services
from stakeholders.importing.planning import ListOptions, plan_import
from stakeholders.models import Contact, Subscription, Suppression

from .factories import ContactFactory, InteractionFactory, SubscriptionFactory
from .spreadsheets import csv_bytes

pytestmark = pytest.mark.django_db


def test_subject_access_exports_everything_held_as_json(client, comms_a, register_a):
    client.force_login(comms_a)
    url = reverse("stakeholders:contact_subject_access", args=[register_a["contact"].pk, "json"])
    response = client.get(url)
    assert response["Content-Disposition"].startswith('attachment; filename="subject-access-')
    data = json.loads(response.content)
    fields = {row["Field"]: row["Value"] for row in data["Contact"]}
    assert fields["Email"] == "pat.quinn@example.org"
    assert fields["Format needs"] == "Large print; British Sign Language interpreter"
    assert {s["Segment"] for s in data["Segments"]} == {"Bootle residents", "Young carers"}
    assert (
        data["Lists"][0]["List"] == "GP bulletin" and data["Lists"][0]["Lawful basis"] == "Consent"
    )
    assert data["Interactions"][0]["Summary"] == "Met to discuss the winter campaign."
    assert data["Stakeholder maps"][0]["Quadrant"] == "Keep satisfied"
    assert data["History"][0]["What"] == "Created"


def test_subject_access_exports_as_xlsx_one_sheet_per_section(client, comms_a, register_a):
    client.force_login(comms_a)
    register_a["contact"].notes = '=HYPERLINK("http://evil")'
    register_a["contact"].save()
    url = reverse("stakeholders:contact_subject_access", args=[register_a["contact"].pk, "xlsx"])
    workbook = load_workbook(BytesIO(client.get(url).content))
    assert workbook.sheetnames == [
        "Contact",
        "Segments",
        "Lists",
        "Interactions",
        "Stakeholder maps",
        "History",
    ]
    values = [c for row in workbook["Contact"].iter_rows(values_only=True) for c in row]
    assert '\'=HYPERLINK("http://evil")' in values


def test_erasure_anonymises_the_contact_and_its_history(client, comms_a, register_a):
    contact = register_a["contact"]
    contact.phone = "0151 000 0000"
    contact.save()
    client.force_login(comms_a)
    response = client.post(
        reverse("stakeholders:contact_erase", args=[contact.pk]), {"confirm": "on"}
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    assert (contact.first_name, contact.last_name, contact.email, contact.phone) == (
        "Erased",
        "contact",
        "",
        "",
    )
    assert contact.format_needs == [] and contact.is_erased
    every_version = list(contact.history.values_list("first_name", "last_name", "email", "phone"))
    assert set(every_version) == {("Erased", "contact", "", "")}
    latest = contact.history.first()
    assert latest.history_user == comms_a
    assert latest.history_change_reason.startswith(f"Erased by {comms_a} at ")


def test_erasure_keeps_the_aggregates(comms_a, register_a):
    contact = register_a["contact"]
    services.contact_erase(contact=contact, user=comms_a)
    subscription = Subscription.objects.get(pk=register_a["subscription"].pk)
    assert subscription.withdrawal_reason == "erased" and subscription.lawful_basis == "consent"
    assert register_a["map"].entries.count() == 1
    assert contact.segments.count() == 2 and contact.organisation == register_a["organisation"]
    interaction = register_a["interaction"]
    interaction.refresh_from_db()
    assert interaction.summary == "Removed when the contact was erased."
    assert set(interaction.history.values_list("summary", flat=True)) == {
        "Removed when the contact was erased."
    }
    assert contact not in selectors.contact_list(scope=_scope(comms_a))


def test_erasure_leaves_only_a_hash_and_stops_them_coming_back(comms_a, register_a):
    contact = register_a["contact"]
    services.contact_erase(contact=contact, user=comms_a)
    keys = list(Suppression.objects.values_list("key", flat=True))
    assert keys and all(len(key) == 64 and "pat" not in key for key in keys)
    rows = [
        ["First name", "Last name", "Email", "Organisation"],
        ["Pat", "Quinn", "PAT.QUINN@example.org", ""],
        ["pat", "quinn", "", "Sefton CVS"],
    ]
    result = plan_import(
        content=csv_bytes(rows), filename="x.csv", ccg=contact.ccg, options=ListOptions()
    )
    assert [row.action for row in result.rows] == ["skip", "skip"]


def test_adding_an_erased_person_by_hand_needs_their_request(client, comms_a, register_a):
    contact = register_a["contact"]
    services.contact_erase(contact=contact, user=comms_a)
    client.force_login(comms_a)
    data = {
        "kind": "stakeholder",
        "first_name": "Pat",
        "last_name": "Quinn",
        "email": "pat.quinn@example.org",
    }
    refused = post_once(client, reverse("stakeholders:contact_create"), data)
    assert "asked to be erased from the register" in refused.content.decode()
    assert not Contact.objects.filter(email="pat.quinn@example.org").exists()
    post_once(client, reverse("stakeholders:contact_create"), {**data, "asked_to_return": "on"})
    assert Contact.objects.filter(email="pat.quinn@example.org").exists()


def test_erasure_takes_the_person_out_of_import_reports(ccg_a, comms_a):
    rows = [["First name", "Last name", "Email"], ["Ann", "Lee", "ann@example.org"]]
    job = services.import_job_start(
        ccg=ccg_a, user=comms_a, filename="a.csv", content=csv_bytes(rows)
    )
    services.import_job_confirm(job=job, user=comms_a)
    services.contact_erase(contact=Contact.objects.get(), user=comms_a)
    job.refresh_from_db()
    assert "ann@example.org" not in json.dumps(job.report) and "Ann Lee" not in json.dumps(
        job.report
    )


def test_only_roles_that_may_delete_can_erase(client, admin_a, register_a):
    client.force_login(admin_a)  # administrators read the register but do not erase
    url = reverse("stakeholders:contact_erase", args=[register_a["contact"].pk])
    assert client.post(url, {"confirm": "on"}).status_code == 403


def _scope(user):
    from accounts.selectors import scope_for_user

    return scope_for_user(user=user)


def test_the_retention_review_lists_the_long_silent(client, comms_a, ccg_a):
    old = timezone.now() - datetime.timedelta(days=4 * 365)
    silent = ContactFactory(ccg=ccg_a, last_name="Silent", created_at=old)
    talked = ContactFactory(ccg=ccg_a, last_name="Talked", created_at=old)
    InteractionFactory(
        contact=talked, occurred_on=datetime.date.today() - datetime.timedelta(days=30)
    )
    listed = ContactFactory(ccg=ccg_a, last_name="Listed", created_at=old)
    SubscriptionFactory(contact=listed)
    ContactFactory(ccg=ccg_a, last_name="Newcomer")
    long_ago = ContactFactory(ccg=ccg_a, last_name="Longago", created_at=old)
    InteractionFactory(
        contact=long_ago, occurred_on=datetime.date.today() - datetime.timedelta(days=3 * 365 + 30)
    )
    due = list(selectors.retention_review(scope=_scope(comms_a), years=3))
    assert [c.last_name for c in due] == ["Silent", "Longago"]
    assert [c.last_name for c in selectors.retention_review(scope=_scope(comms_a), years=5)] == []
    client.force_login(comms_a)
    client.post(reverse("stakeholders:contact_retention_keep", args=[silent.pk]))
    silent.refresh_from_db()
    assert silent.retention_reviewed_at is not None
    assert silent.history.first().history_change_reason == "Kept at the retention review"
    assert [c.last_name for c in selectors.retention_review(scope=_scope(comms_a), years=3)] == [
        "Longago"
    ]
