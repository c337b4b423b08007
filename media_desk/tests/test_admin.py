"""Administrators change their own CCG's SLA policies, and only theirs."""

import pytest
from django.urls import reverse

from media_desk.models import SlaPolicy
from media_desk.services.policies import sla_policies_ensure

from .factories import logged_enquiry, london

pytestmark = pytest.mark.django_db


@pytest.fixture
def policies(ccg_a, ccg_b):
    sla_policies_ensure(ccg=ccg_a)
    sla_policies_ensure(ccg=ccg_b)


def test_an_administrator_sees_only_their_ccgs_policies(client, admin_a, ccg_a, ccg_b, policies):
    client.force_login(admin_a)
    body = client.get(reverse("admin:media_desk_slapolicy_changelist")).content.decode()
    assert ccg_a.name in body and ccg_b.name not in body
    theirs = SlaPolicy.objects.get(ccg=ccg_b, kind="media")
    url = reverse("admin:media_desk_slapolicy_change", args=[theirs.pk])
    assert client.get(url).status_code == 302  # not found in their queryset: sent back


def test_a_changed_policy_applies_to_new_items(client, admin_a, comms_a, ccg_a, policies):
    policy = SlaPolicy.objects.get(ccg=ccg_a, kind="media")
    client.force_login(admin_a)
    data = {
        "ccg": ccg_a.pk,
        "kind": "media",
        "holding_amount": "",
        "holding_unit": "",
        "response_amount": "2",
        "response_unit": "working_hours",
        "calendar": "organisation",
        "requires_sign_off": "on",
    }
    response = client.post(reverse("admin:media_desk_slapolicy_change", args=[policy.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 11, 16, 10, 0))
    assert enquiry.deadlines.get().due_at == london(2026, 11, 16, 12, 0)


def test_a_policy_with_an_amount_but_no_unit_is_refused(client, admin_a, ccg_a, policies):
    policy = SlaPolicy.objects.get(ccg=ccg_a, kind="media")
    client.force_login(admin_a)
    data = {
        "ccg": ccg_a.pk,
        "kind": "media",
        "response_amount": "2",
        "response_unit": "",
        "calendar": "organisation",
    }
    body = client.post(
        reverse("admin:media_desk_slapolicy_change", args=[policy.pk]), data
    ).content.decode()
    assert "Give both the amount and the unit, or neither." in body


def test_the_comms_team_cannot_change_policies(client, comms_a, policies):
    client.force_login(comms_a)
    assert client.get(reverse("admin:media_desk_slapolicy_changelist")).status_code == 302
