"""A CCG's administrator manages its users and roles in the Django admin, and no other CCG's."""

import pytest
from django.urls import reverse

from accounts.tests.factories import member

pytestmark = pytest.mark.django_db


def test_an_administrator_lists_only_their_ccgs_users(client, admin_a, comms_a, comms_b):
    client.force_login(admin_a)
    body = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert comms_a.email in body and comms_b.email not in body


def test_a_shared_users_other_ccg_role_is_hidden_from_the_administrator(
    client, admin_a, ccg_a, ccg_b
):
    shared = member(ccg=ccg_a, role="Staff")
    member(ccg=ccg_b, role="Comms team", user=shared)
    client.force_login(admin_a)
    body = client.get(reverse("admin:accounts_user_change", args=[shared.pk])).content.decode()
    assert ccg_a.name in body and ccg_b.name not in body


def test_administrators_get_admin_access_and_lose_it_with_the_role(admin_a, ccg_a):
    from accounts.services import membership_grant

    assert admin_a.is_staff
    membership_grant(user=admin_a, ccg=ccg_a, role="Comms team")
    admin_a.refresh_from_db()
    assert not admin_a.is_staff
