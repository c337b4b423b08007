"""Administrators search the access log in the Django admin: only their own CCGs' entries, and
nobody can add, change or delete one there."""

import os

import pytest
from django.urls import reverse

from audit.models import Action, PersonalDataAccess

from .factories import PersonalDataAccessFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:audit_personaldataaccess_changelist"


@pytest.fixture
def entries(ccg_a, ccg_b, comms_a, comms_b):
    return {
        "a": PersonalDataAccessFactory(ccg=ccg_a, user=comms_a, subject_id=501),
        "export_a": PersonalDataAccessFactory(
            ccg=ccg_a,
            user=comms_a,
            action=Action.CONTACTS_EXPORTED,
            subject_id=None,
            record_ids=[777, 778],
        ),
        "b": PersonalDataAccessFactory(ccg=ccg_b, user=comms_b, subject_id=601),
    }


def _listed(client, **params) -> set[int]:
    response = client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    return {entry.pk for entry in response.context["cl"].result_list}


def test_an_administrator_sees_only_their_ccgs_entries(client, admin_a, entries):
    client.force_login(admin_a)
    assert _listed(client) == {entries["a"].pk, entries["export_a"].pk}
    other = reverse("admin:audit_personaldataaccess_change", args=[entries["b"].pk])
    assert client.get(other).status_code == 302  # the admin's "does not exist", to its index


def test_an_administrator_searches_by_user_and_by_the_record(client, admin_a, comms_a, entries):
    client.force_login(admin_a)
    assert _listed(client, q=comms_a.email) == {entries["a"].pk, entries["export_a"].pk}
    assert _listed(client, q="501") == {entries["a"].pk}
    assert _listed(client, q="601") == set()  # another CCG's


@pytest.mark.skipif(not os.getenv("DATABASE_URL"), reason="SQLite cannot search a JSON list")
def test_an_administrator_finds_the_exports_a_person_was_in(client, admin_a, entries):
    client.force_login(admin_a)
    assert _listed(client, q="778") == {entries["export_a"].pk}


def test_an_administrator_filters_by_action(client, admin_a, entries):
    client.force_login(admin_a)
    assert _listed(client, action=Action.CONTACTS_EXPORTED) == {entries["export_a"].pk}


def test_the_comms_team_cannot_read_the_log(client, comms_a, entries):
    client.force_login(comms_a)
    assert client.get(reverse(CHANGELIST)).status_code == 302  # not admin staff at all


@pytest.mark.parametrize("who", ["administrator", "superuser"])
def test_nobody_can_add_change_or_delete_an_entry_in_the_admin(
    client, admin_a, entries, django_user_model, who
):
    user = admin_a
    if who == "superuser":
        user = django_user_model.objects.create_superuser(email="root@example.nhs.uk")
    entry = entries["a"]
    client.force_login(user)
    change = reverse("admin:audit_personaldataaccess_change", args=[entry.pk])
    assert client.get(reverse("admin:audit_personaldataaccess_add")).status_code == 403
    assert client.post(change, {"user_email": "someone@else.org"}).status_code == 403
    delete = reverse("admin:audit_personaldataaccess_delete", args=[entry.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 403
    bulk = {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"}
    client.post(reverse(CHANGELIST), bulk)
    page = client.get(change)
    assert page.status_code == 200 and b"someone@else.org" not in page.content  # read-only
    entry.refresh_from_db()
    assert entry.user_email != "someone@else.org"
    assert PersonalDataAccess.objects.count() == 3
