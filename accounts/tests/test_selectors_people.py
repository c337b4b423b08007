"""A CCG's people in a role: one selector, used by every owner picker and filter."""

import pytest

from accounts.roles import COMMS, STAFF
from accounts.scoping import Scope
from accounts.selectors import ccg_people, members_of
from accounts.tests.factories import member
from engagement.forms.common import owners_for
from media_desk.filters import QueueFilterForm


@pytest.fixture
def people(ccg_a, ccg_b, comms_a, comms_b, staff_a):
    both = member(ccg=ccg_a, role=STAFF)  # Staff here, comms team in the other CCG
    member(ccg=ccg_b, role=COMMS, user=both)
    return {"comms_a": comms_a, "comms_b": comms_b, "staff_a": staff_a, "both": both}


@pytest.mark.django_db
def test_it_lists_only_those_holding_the_role_in_that_ccg(ccg_a, people):
    assert list(ccg_people(ccg_ids=[ccg_a.pk], role=COMMS)) == [people["comms_a"]]
    assert set(ccg_people(ccg_ids=[ccg_a.pk])) == {
        people["comms_a"],
        people["staff_a"],
        people["both"],
    }


@pytest.mark.django_db
def test_it_lists_each_person_once_across_ccgs(ccg_a, ccg_b, people):
    found = list(ccg_people(ccg_ids=[ccg_a.pk, ccg_b.pk], role=COMMS))
    assert sorted(u.pk for u in found) == sorted(
        u.pk for u in (people["comms_a"], people["comms_b"], people["both"])
    )


@pytest.mark.django_db
def test_members_of_lists_no_one_for_a_ccg_not_shown(ccg_a, ccg_b, people):
    scope = Scope(permissions={ccg_a.pk: frozenset()}, roles={ccg_a.pk: COMMS})
    assert list(members_of(scope=scope, ccg_id=ccg_b.pk, role=COMMS)) == []
    assert list(members_of(scope=scope, ccg_id=ccg_a.pk, role=COMMS)) == [people["comms_a"]]


@pytest.mark.django_db
def test_the_owner_pickers_use_the_comms_team_of_the_ccg(ccg_a, people):
    assert list(owners_for(ccg_a)) == [people["comms_a"]]
    scope = Scope(
        permissions={ccg_a.pk: frozenset({"media_desk.view_enquiry"})}, roles={ccg_a.pk: COMMS}
    )
    form = QueueFilterForm(scope=scope)
    assert list(form.fields["owner"].queryset) == [people["comms_a"]]
