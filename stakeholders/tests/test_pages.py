"""Every register page opens for the comms team, shows what it should, and asks the database
a bounded number of questions however much data there is."""

import pytest
from django.urls import reverse

from .factories import ContactFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db


def pages(r):
    return [
        ("stakeholders:contact_list", [], "Pat Quinn"),
        (
            "stakeholders:contact_detail",
            [r["contact"].pk],
            "Large print; British Sign Language interpreter",
        ),
        ("stakeholders:contact_edit", [r["contact"].pk], "Accessible information needs"),
        ("stakeholders:contact_create", [], "Add a contact"),
        ("stakeholders:organisation_list", [], "Sefton CVS"),
        ("stakeholders:organisation_detail", [r["organisation"].pk], "Pat Quinn"),
        ("stakeholders:organisation_edit", [r["organisation"].pk], "Sefton CVS"),
        ("stakeholders:organisation_create", [], "Add an organisation"),
        ("stakeholders:segment_list", [], "Young carers"),
        ("stakeholders:segment_create", [], "Add a segment"),
        ("stakeholders:segment_edit", [r["place"].pk], "Bootle residents"),
        ("stakeholders:mapping_overview", [], "Manage closely"),
        ("stakeholders:map_create", [], "Add a stakeholder map"),
        ("stakeholders:map_detail", [r["map"].pk], "Keep satisfied"),
        ("stakeholders:map_edit", [r["map"].pk], "Urgent care review"),
        ("stakeholders:map_entry_edit", [r["entry"].pk], "Take off the map"),
        ("stakeholders:list_index", [], "GP bulletin"),
        ("stakeholders:list_create", [], "Add a distribution list"),
        ("stakeholders:list_detail", [r["bulletin"].pk], "List size over time"),
        ("stakeholders:list_edit", [r["bulletin"].pk], "GP bulletin"),
        ("stakeholders:subscription_create", [r["contact"].pk], "Add to a distribution list"),
        ("stakeholders:subscription_withdraw", [r["subscription"].pk], "Why are they leaving"),
        ("stakeholders:contact_interaction_create", [r["contact"].pk], "Record an interaction"),
        (
            "stakeholders:organisation_interaction_create",
            [r["organisation"].pk],
            "Record an interaction",
        ),
        ("stakeholders:contact_map_add", [r["contact"].pk], "Add to a stakeholder map"),
        ("stakeholders:organisation_map_add", [r["organisation"].pk], "Add to a stakeholder map"),
        ("stakeholders:import_list", [], "Imports"),
        ("stakeholders:import_create", [], "Column names we understand"),
        ("stakeholders:contact_erase", [r["contact"].pk], "This cannot be undone"),
        ("stakeholders:retention_review", [], "Retention review"),
    ]


def test_every_page_opens_for_the_comms_team(client, comms_a, register_a):
    client.force_login(comms_a)
    for name, args, text in pages(register_a):
        response = client.get(reverse(name, args=args))
        assert response.status_code == 200, name
        assert text in response.content.decode(), name


@pytest.mark.parametrize("extra", [1, 60])
def test_list_pages_ask_a_bounded_number_of_queries(
    client, comms_a, register_a, django_assert_max_num_queries, extra
):
    ccg = register_a["contact"].ccg
    for contact in ContactFactory.create_batch(
        extra, ccg=ccg, organisation=register_a["organisation"], format_needs=["easy_read"]
    ):
        contact.segments.add(register_a["place"])
        SubscriptionFactory(contact=contact, distribution_list=register_a["bulletin"])
    client.force_login(comms_a)
    checks = [
        ("stakeholders:contact_list", [], {}),
        (
            "stakeholders:contact_list",
            [],
            {
                "q": "pat quinn",
                "segment": register_a["place"].pk,
                "consent": "consent",
                "distribution_list": register_a["bulletin"].pk,
                "needs": "on",
                "quadrant": "manage_closely",
            },
        ),
        ("stakeholders:organisation_list", [], {}),
        ("stakeholders:contact_detail", [register_a["contact"].pk], {}),
        ("stakeholders:organisation_detail", [register_a["organisation"].pk], {}),
        ("stakeholders:mapping_overview", [], {}),
        ("stakeholders:map_detail", [register_a["map"].pk], {}),
        ("stakeholders:list_index", [], {}),
        ("stakeholders:list_detail", [register_a["bulletin"].pk], {}),
        ("stakeholders:retention_review", [], {}),
    ]
    for name, args, params in checks:
        # 17: one is the two-factor middleware asking, on each page, whether a user who has
        # not passed a second step must (accounts/security/middleware.py).
        with django_assert_max_num_queries(17):
            assert client.get(reverse(name, args=args), params).status_code == 200
