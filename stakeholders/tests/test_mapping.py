"""Interest and influence give the quadrant; each stakeholder map keeps its own scores."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from stakeholders import services
from stakeholders.models import Quadrant, quadrant_for

from .factories import ContactFactory, StakeholderMapFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "interest, influence, quadrant",
    [
        (5, 5, Quadrant.MANAGE_CLOSELY),
        (4, 4, Quadrant.MANAGE_CLOSELY),
        (3, 5, Quadrant.KEEP_SATISFIED),
        (5, 3, Quadrant.KEEP_INFORMED),
        (3, 3, Quadrant.MONITOR),
        (1, 1, Quadrant.MONITOR),
        (None, 5, None),
    ],
)
def test_interest_and_influence_give_the_quadrant(interest, influence, quadrant):
    assert quadrant_for(interest=interest, influence=influence) == quadrant


def test_scores_outside_one_to_five_are_refused(ccg_a):
    contact = ContactFactory.build(ccg=ccg_a, organisation=None, interest=6)
    with pytest.raises(ValidationError) as error:
        contact.full_clean()
    assert "interest" in error.value.message_dict


def test_the_same_person_matters_differently_to_different_programmes(ccg_a, comms_a):
    contact = ContactFactory(ccg=ccg_a, interest=2, influence=2)
    urgent = StakeholderMapFactory(ccg=ccg_a, name="Urgent care review")
    maternity = StakeholderMapFactory(
        ccg=ccg_a, name="Maternity consultation", purpose="consultation"
    )
    first = services.map_entry_add(stakeholder_map=urgent, contact=contact, interest=5, influence=5)
    second = services.map_entry_add(stakeholder_map=maternity, contact=contact)
    assert first.quadrant == Quadrant.MANAGE_CLOSELY
    assert (second.interest, second.influence, second.quadrant) == (2, 2, Quadrant.MONITOR)
    contact.refresh_from_db()
    assert contact.quadrant == Quadrant.MONITOR
    with pytest.raises(ValidationError, match="already on Urgent care review"):
        services.map_entry_add(stakeholder_map=urgent, contact=contact)


def test_a_map_cannot_take_a_stakeholder_of_another_ccg(ccg_a, ccg_b):
    stranger = ContactFactory(ccg=ccg_b, interest=3, influence=3)
    with pytest.raises(ValidationError):
        services.map_entry_add(stakeholder_map=StakeholderMapFactory(ccg=ccg_a), contact=stranger)


def test_the_grid_pages_put_people_in_their_quadrants(client, comms_a, register_a):
    client.force_login(comms_a)
    overview = client.get(reverse("stakeholders:mapping_overview")).context
    manage = next(c for c in overview["quadrants"] if c["quadrant"] == Quadrant.MANAGE_CLOSELY)
    assert manage["contacts"] == 1 and manage["top_contacts"] == [register_a["contact"]]
    assert manage["organisations"] == 1
    grid = client.get(reverse("stakeholders:map_detail", args=[register_a["map"].pk])).context[
        "grid"
    ]
    satisfied = next(c for c in grid if c["quadrant"] == Quadrant.KEEP_SATISFIED)
    assert satisfied["entries"] == [register_a["entry"]]


def test_adding_to_a_map_from_the_contact_page(client, comms_a, register_a):
    other_map = StakeholderMapFactory(ccg=register_a["contact"].ccg, name="Winter plan")
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:contact_map_add", args=[register_a["contact"].pk]),
        {"stakeholder_map": other_map.pk, "interest": "3", "influence": "5", "stance": "enabler"},
    )
    assert response.status_code == 302
    entry = other_map.entries.get()
    assert (entry.interest, entry.influence, entry.stance) == (3, 5, "enabler")


def test_changing_and_removing_a_map_entry(client, comms_a, register_a):
    entry = register_a["entry"]
    client.force_login(comms_a)
    client.post(
        reverse("stakeholders:map_entry_edit", args=[entry.pk]),
        {"interest": "4", "influence": "4", "notes": "Now supportive", "version": entry.version},
    )
    entry.refresh_from_db()
    assert (
        entry.quadrant == Quadrant.MANAGE_CLOSELY and entry.history.first().history_user == comms_a
    )
    client.post(reverse("stakeholders:map_entry_remove", args=[entry.pk]))
    assert not register_a["map"].entries.exists()
