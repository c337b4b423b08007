"""The data migration creates the four roles with their permissions."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.roles import ROLES
from stakeholders.tests.factories import ContactFactory

pytestmark = pytest.mark.django_db

WRITE_ACTIONS = ("add_", "change_", "delete_")


def _codenames(role: str) -> set[str]:
    return set(Group.objects.get(name=role).permissions.values_list("codename", flat=True))


def test_the_migration_creates_every_role():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)


def test_governing_body_holds_no_write_permission():
    assert not [c for c in _codenames("Governing body") if c.startswith(WRITE_ACTIONS)]
    assert "view_kpisnapshot" in _codenames("Governing body")


def test_staff_and_governing_body_cannot_see_contacts():
    assert "view_contact" not in _codenames("Staff")
    assert "view_contact" not in _codenames("Governing body")


def test_comms_team_runs_the_registers():
    assert {"add_contact", "change_contact", "change_awarenessday"} <= _codenames("Comms team")


def test_administrator_manages_users_and_ccgs_but_not_contacts():
    codes = _codenames("Administrator")
    assert {"add_user", "change_ccg", "change_membership"} <= codes
    assert "change_contact" not in codes and "view_contact" in codes


def test_audit_history_models_are_never_writable():
    for role in ROLES:
        assert not [c for c in _codenames(role) if "historical" in c and not c.startswith("view_")]


def test_governing_body_cannot_change_a_contact_of_its_own_ccg(client, governor_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(governor_a)
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    # Not even readable: contacts are personal data; the governing body reads reports.
    assert client.get(url).status_code == 404
    assert client.post(url, {"first_name": "X"}).status_code == 404


def test_governing_body_has_no_change_permission_anywhere(governor_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    perms = governor_a.get_all_permissions()
    assert perms and not [p for p in perms if p.split(".")[1].startswith(WRITE_ACTIONS)]
    assert not governor_a.has_perm("stakeholders.change_contact", contact)


def test_governing_body_cannot_open_the_admin(client, governor_a):
    client.force_login(governor_a)
    assert client.get("/admin/").status_code == 302


def test_comms_with_edit_rights_can_edit(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a, first_name="Old")
    client.force_login(comms_a)
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    data = {"kind": "stakeholder", "first_name": "New", "last_name": contact.last_name}
    response = client.post(url, {**data, "version": contact.version})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.first_name == "New"
