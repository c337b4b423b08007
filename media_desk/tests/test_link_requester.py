"""A call from a journalist or a letter from an MP who is not in the register: whoever logs it
types the name and outlet (or constituency); the comms team links the item to a contact later,
or adds one, with a suggestion when someone looks the same. Staff never see the register."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.selectors import scope_for_user
from core.tests.forms_read import post_once
from media_desk.models import Enquiry, Kind
from media_desk.selectors import requester_suggestions
from media_desk.services import enquiry_requester_add_to_register, enquiry_requester_link
from stakeholders.models import Contact, Organisation
from stakeholders.tests.factories import ContactFactory, OrganisationFactory

from .factories import logged_enquiry, london
from .test_views import when

pytestmark = pytest.mark.django_db


@pytest.fixture
def echo_reporter(ccg_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    return ContactFactory(
        ccg=ccg_a,
        kind="journalist",
        first_name="Tomas",
        last_name="Ridley",
        email="thomas.ridley@echo.example",
        organisation=echo,
        phone="01325 000 111",
    )


def _call(ccg, by, **fields):
    fields.setdefault("requester_name", "Tom Ridley")
    fields.setdefault("requester_outlet", "The Northern Echo")
    return logged_enquiry(ccg=ccg, logged_by=by, **fields)


def test_staff_log_an_mp_letter_by_name_and_constituency(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = {
        "ccg": ccg_a.pk,
        **when("received_at", london(2026, 11, 16, 10, 0)),
        "channel": "letter",
        "requester_name": "Peter Gibson",
        "requester_outlet": "Darlington",
        "subject": "GP access",
        "urgency": "routine",
    }
    response = post_once(client, reverse("media_desk:log", args=["mp"]), data)
    enquiry = Enquiry.objects.get()
    assert response.status_code == 302
    assert (enquiry.requester_contact, enquiry.requester_name, enquiry.requester_outlet) == (
        None,
        "Peter Gibson",
        "Darlington",
    )
    assert {d.name for d in enquiry.deadlines.all()} == {"holding", "response"}


def test_a_similar_journalist_is_suggested(ccg_a, comms_a, staff_a, echo_reporter):
    ContactFactory(ccg=ccg_a, kind="journalist", first_name="Tom", last_name="Jones")
    ContactFactory(ccg=ccg_a, kind="stakeholder", first_name="Tom", last_name="Ridley")
    enquiry = _call(ccg_a, staff_a)
    suggestions = requester_suggestions(scope=scope_for_user(user=comms_a), enquiry=enquiry)
    assert [(s.contact, s.reasons) for s in suggestions] == [
        (echo_reporter, ("similar name", "same outlet or constituency"))
    ]


def test_the_same_email_address_is_the_strongest_suggestion(ccg_a, comms_a, staff_a, echo_reporter):
    ContactFactory(ccg=ccg_a, kind="journalist", first_name="Tom", last_name="Ridley", email="")
    enquiry = _call(
        ccg_a, staff_a, requester_name="T. R.", requester_email="Thomas.Ridley@echo.example"
    )
    suggestions = requester_suggestions(scope=scope_for_user(user=comms_a), enquiry=enquiry)
    assert [s.contact for s in suggestions] == [echo_reporter]
    assert suggestions[0].reasons[0] == "same e-mail address"


def test_nothing_is_suggested_to_someone_who_may_not_see_the_register(
    ccg_a, staff_a, echo_reporter
):
    enquiry = _call(ccg_a, staff_a)
    assert requester_suggestions(scope=scope_for_user(user=staff_a), enquiry=enquiry) == []


def test_linking_keeps_what_was_typed(ccg_a, staff_a, echo_reporter):
    enquiry = _call(ccg_a, staff_a)
    enquiry_requester_link(enquiry=enquiry, contact=echo_reporter)
    enquiry.refresh_from_db()
    assert enquiry.requester_contact == echo_reporter
    assert enquiry.requester_name == "Tom Ridley"


def test_linking_to_another_ccgs_contact_or_the_wrong_kind_is_refused(ccg_a, ccg_b, staff_a):
    enquiry = _call(ccg_a, staff_a)
    elsewhere = ContactFactory(ccg=ccg_b, kind="journalist")
    councillor = ContactFactory(ccg=ccg_a, kind="councillor")
    with pytest.raises(ValidationError) as refused:
        enquiry_requester_link(enquiry=enquiry, contact=elsewhere)
    assert refused.value.message_dict == {
        "contact": ["Choose someone from the same CCG as the item."]
    }
    with pytest.raises(ValidationError) as refused:
        enquiry_requester_link(enquiry=enquiry, contact=councillor)
    assert refused.value.message_dict == {"contact": ["Choose a journalist."]}


def test_adding_a_journalist_to_the_register_from_the_call(ccg_a, comms_a, staff_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    enquiry = _call(
        ccg_a,
        staff_a,
        requester_name="Mary Ann Cotton",
        requester_outlet="the northern echo",
        requester_email="mary@echo.example",
    )
    contact = enquiry_requester_add_to_register(enquiry=enquiry, by=comms_a)
    assert (contact.kind, contact.first_name, contact.last_name, contact.email) == (
        "journalist",
        "Mary Ann",
        "Cotton",
        "mary@echo.example",
    )
    assert contact.organisation == echo and Organisation.objects.count() == 1
    enquiry.refresh_from_db()
    assert enquiry.requester_contact == contact


def test_adding_an_mp_sets_their_constituency(ccg_a, comms_a, staff_a):
    enquiry = logged_enquiry(
        ccg=ccg_a,
        logged_by=staff_a,
        kind=Kind.MP,
        requester_name="Peter Gibson",
        requester_outlet="Darlington",
    )
    contact = enquiry_requester_add_to_register(enquiry=enquiry, by=comms_a)
    assert (contact.kind, contact.constituency, contact.organisation) == ("mp", "Darlington", None)


def test_adding_someone_whose_email_is_taken_is_refused(ccg_a, comms_a, staff_a, echo_reporter):
    enquiry = _call(ccg_a, staff_a, requester_email="thomas.ridley@echo.example")
    with pytest.raises(ValidationError) as refused:
        enquiry_requester_add_to_register(enquiry=enquiry, by=comms_a)
    assert refused.value.message_dict == {
        "email": ["Tomas Ridley already has this e-mail address in the register."]
    }
    assert Contact.objects.count() == 1


def test_the_comms_team_links_a_call_on_its_page(client, ccg_a, comms_a, staff_a, echo_reporter):
    enquiry = _call(ccg_a, staff_a)
    client.force_login(comms_a)
    url = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    page = client.get(url).content.decode()
    assert "Link to the register" in page
    assert "This looks like someone already in the register" in page
    assert "Tomas Ridley</a>, The Northern Echo (similar name, same outlet or constituency)" in page
    assert f'<option value="{echo_reporter.pk}" selected>' in page  # the suggestion, chosen
    response = post_once(
        client,
        reverse("media_desk:step", args=[enquiry.pk, "link-requester"]),
        page=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        having="link-contact",
        data={"link-contact": echo_reporter.pk},
        follow=True,
    )
    body = response.content.decode()
    assert "Linked to Tomas Ridley in the register." in body
    assert "Link to the register" not in body
    enquiry.refresh_from_db()
    assert enquiry.requester_contact == echo_reporter


def test_the_comms_team_adds_the_caller_on_its_page(client, ccg_a, comms_a, staff_a):
    enquiry = _call(ccg_a, staff_a, requester_name="Ann Lee", requester_outlet="BBC Tees")
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("media_desk:step", args=[enquiry.pk, "add-requester"]),
        {},
        page=reverse("media_desk:enquiry_detail", args=[enquiry.pk]),
        having="add_requester-submission_token",
        follow=True,
    )
    assert "Ann Lee added to the register and linked." in response.content.decode()
    contact = Contact.objects.get()
    assert (contact.full_name, contact.organisation.name) == ("Ann Lee", "BBC Tees")


def test_staff_cannot_link_or_add(client, ccg_a, staff_a, echo_reporter):
    enquiry = _call(ccg_a, staff_a)
    client.force_login(staff_a)
    for step, data in (
        ("link-requester", {"link-contact": echo_reporter.pk}),
        ("add-requester", {}),
    ):
        response = client.post(reverse("media_desk:step", args=[enquiry.pk, step]), data)
        assert response.status_code in (403, 404)
    enquiry.refresh_from_db()
    assert enquiry.requester_contact is None and Contact.objects.count() == 1


def test_a_staff_users_pages_show_nothing_of_the_register(
    client, ccg_a, comms_a, staff_a, echo_reporter
):
    """Even after the comms team linked their call to the register's record."""
    enquiry = _call(ccg_a, staff_a)
    enquiry_requester_link(enquiry=enquiry, contact=echo_reporter)
    client.force_login(staff_a)
    pages = [
        reverse("home"),
        reverse("media_desk:log", args=["media"]),
        reverse("media_desk:log", args=["mp"]),
        reverse("media_desk:mine"),
        reverse("media_desk:my_enquiry", args=[enquiry.pk]),
    ]
    for url in pages:
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        for detail in ("Tomas", "thomas.ridley@echo.example", "01325 000 111"):
            assert detail not in body, (url, detail)
    assert "Tom Ridley, The Northern Echo" in client.get(pages[-1]).content.decode()
