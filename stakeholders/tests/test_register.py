"""Keeping the register: adding and editing contacts, organisations, segments and
interactions, with clear errors and only the CCG's own choices offered."""

import datetime

import pytest
from django.urls import reverse

from core.tests.forms_read import post_once
from stakeholders.models import Contact, Interaction, Organisation, Segment

from .factories import OrganisationFactory, SegmentFactory

pytestmark = pytest.mark.django_db


def test_adding_a_contact_with_needs_segments_and_scores(client, comms_a, register_a):
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:contact_create"),
        {
            "kind": "councillor",
            "first_name": "Chris",
            "last_name": "Doyle",
            "email": " chris.doyle@sefton.gov.uk ",
            "organisation": register_a["organisation"].pk,
            "segments": [register_a["place"].pk],
            "format_needs": ["easy_read"],
            "preferred_language": "Polish",
            "interest": "4",
            "influence": "5",
            "ward": "Litherland",
        },
    )
    contact = Contact.objects.get(last_name="Doyle")
    assert response["Location"] == reverse("stakeholders:contact_detail", args=[contact.pk])
    assert contact.email == "chris.doyle@sefton.gov.uk" and contact.format_needs == ["easy_read"]
    assert list(contact.segments.all()) == [register_a["place"]]
    assert contact.needs_summary == "Easy read; Language: Polish"
    assert contact.history.first().history_user == comms_a


def test_a_second_contact_with_the_same_email_is_refused(client, comms_a, register_a):
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:contact_create"),
        {
            "kind": "stakeholder",
            "first_name": "Pat",
            "last_name": "Q",
            "email": "PAT.QUINN@example.org",
        },
    )
    assert "Pat Quinn already has this e-mail address in the register." in response.content.decode()
    assert Contact.objects.count() == 1


def test_an_unchanged_save_writes_no_history(client, comms_a, register_a):
    contact = register_a["contact"]
    client.force_login(comms_a)
    page = client.get(reverse("stakeholders:contact_edit", args=[contact.pk]))
    form = page.context["form"]
    data = {k: v for k, v in form.initial.items() if v not in (None, "")}
    data["segments"] = [s.pk for s in contact.segments.all()]
    data["organisation"] = contact.organisation_id
    data["locality"] = contact.locality_id
    data["version"] = contact.version
    before = contact.history.count()
    assert (
        client.post(reverse("stakeholders:contact_edit", args=[contact.pk]), data).status_code
        == 302
    )
    assert contact.history.count() == before


def test_the_form_offers_only_the_contacts_own_ccg(client, comms_a, register_a, ccg_b):
    OrganisationFactory(ccg=ccg_b, name="Beta Trust")
    SegmentFactory(ccg=ccg_b, name="Beta segment")
    client.force_login(comms_a)
    body = client.get(
        reverse("stakeholders:contact_edit", args=[register_a["contact"].pk])
    ).content.decode()
    assert "Sefton CVS" in body and "Beta Trust" not in body and "Beta segment" not in body


def test_another_ccgs_organisation_is_refused_even_if_posted(client, comms_a, register_a, ccg_b):
    stranger = OrganisationFactory(ccg=ccg_b)
    client.force_login(comms_a)
    url = reverse("stakeholders:contact_edit", args=[register_a["contact"].pk])
    response = client.post(
        url,
        {
            "kind": "stakeholder",
            "first_name": "Pat",
            "last_name": "Quinn",
            "organisation": stranger.pk,
        },
    )
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()


def test_organisations_are_unique_per_ccg_whatever_the_case(client, comms_a, register_a):
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:organisation_create"),
        {"name": "SEFTON cvs", "type": "voluntary"},
    )
    assert response.status_code == 200
    assert Organisation.objects.count() == 1


def test_organisations_have_a_sector_parent_and_locality(client, comms_a, register_a):
    client.force_login(comms_a)
    post_once(
        client,
        reverse("stakeholders:organisation_create"),
        {
            "name": "Bootle PCN",
            "type": "gp_practice",
            "sector": "nhs",
            "parent": register_a["organisation"].pk,
            "locality": register_a["locality"].pk,
        },
    )
    organisation = Organisation.objects.get(name="Bootle PCN")
    assert (organisation.sector, organisation.parent, organisation.locality) == (
        "nhs",
        register_a["organisation"],
        register_a["locality"],
    )


def test_segments_form_a_small_hierarchy_without_loops(client, comms_a, register_a):
    ccg = register_a["contact"].ccg
    top = SegmentFactory(ccg=ccg, name="Patients")
    middle = SegmentFactory(ccg=ccg, name="Carers", parent=top)
    bottom = SegmentFactory(ccg=ccg, name="Young carers 2", parent=middle)
    client.force_login(comms_a)
    too_deep = post_once(
        client,
        reverse("stakeholders:segment_create"),
        {"name": "Too deep", "kind": "audience", "parent": bottom.pk},
    )
    assert "Segments go at most 3 levels deep." in too_deep.content.decode()
    loop = client.post(
        reverse("stakeholders:segment_edit", args=[top.pk]),
        {"name": "Patients", "kind": "audience", "parent": middle.pk, "version": top.version},
    )
    assert "cannot sit inside itself" in loop.content.decode()
    assert not Segment.objects.filter(name="Too deep").exists()


def test_recording_an_interaction_on_a_contact(client, comms_a, register_a):
    contact = register_a["contact"]
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:contact_interaction_create", args=[contact.pk]),
        {
            "kind": "briefing",
            "occurred_on_day": "3",
            "occurred_on_month": "2",
            "occurred_on_year": "2026",
            "summary": "Briefed on the urgent care review.",
            "owner": comms_a.pk,
        },
    )
    assert response.status_code == 302
    interaction = Interaction.objects.get(kind="briefing")
    assert (interaction.contact, interaction.occurred_on, interaction.owner) == (
        contact,
        datetime.date(2026, 2, 3),
        comms_a,
    )


def test_an_interaction_in_the_future_is_refused(client, comms_a, register_a):
    client.force_login(comms_a)
    future = datetime.date.today() + datetime.timedelta(days=3)
    response = post_once(
        client,
        reverse(
            "stakeholders:organisation_interaction_create", args=[register_a["organisation"].pk]
        ),
        {
            "kind": "meeting",
            "occurred_on_day": future.day,
            "occurred_on_month": future.month,
            "occurred_on_year": future.year,
            "summary": "x",
        },
    )
    assert "The date must be today or in the past." in response.content.decode()


def test_an_erased_contact_cannot_be_edited(client, comms_a, register_a):
    from stakeholders.services import contact_erase

    contact_erase(contact=register_a["contact"], user=comms_a)
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:contact_edit", args=[register_a["contact"].pk]))
    assert response.status_code == 302


def test_a_user_of_two_ccgs_picks_the_ccg_for_a_new_contact(client, ccg_a, ccg_b):
    from accounts.tests.factories import member

    user = member(ccg=ccg_a, role="Comms team")
    member(ccg=ccg_b, role="Comms team", user=user)
    client.force_login(user)
    choice = client.get(reverse("stakeholders:contact_create"))
    assert "Which CCG is it for?" in choice.content.decode()
    post_once(
        client,
        reverse("stakeholders:contact_create") + f"?ccg={ccg_b.pk}",
        {"kind": "stakeholder", "first_name": "B", "last_name": "Person"},
    )
    assert Contact.objects.get().ccg == ccg_b
