"""A contact's page lists their letters and enquiries from the desk; an organisation's, its
people's. The register reads them through the registry the desk fills (stakeholders.selectors
.linked), never by importing the desk."""

import ast
import pathlib

import pytest
from django.conf import settings
from django.urls import reverse

from accounts.selectors import scope_for_user
from audit.models import PersonalDataAccess
from media_desk.models import Kind
from media_desk.selectors import enquiries_of_contacts
from stakeholders.models import Contact
from stakeholders.selectors import linked_records_of_contact, linked_records_of_organisation
from stakeholders.tests.factories import ContactFactory, InteractionFactory, OrganisationFactory

from .factories import logged_enquiry, london

pytestmark = pytest.mark.django_db


def _mp(ccg, **fields):
    fields.setdefault("organisation", None)
    return ContactFactory(
        ccg=ccg,
        kind="mp",
        first_name="Jenny",
        last_name="Chapman",
        constituency="Darlington",
        **fields,
    )


def test_a_contacts_letters_are_listed_newest_first(ccg_a, comms_a, staff_a):
    mp = _mp(ccg_a)
    logged_enquiry(
        ccg=ccg_a,
        logged_by=staff_a,
        kind=Kind.MP,
        requester_contact=mp,
        subject="Older letter",
        received_at=london(2026, 11, 2, 10, 0),
    )
    logged_enquiry(
        ccg=ccg_a,
        logged_by=staff_a,
        kind=Kind.MP,
        requester_contact=mp,
        subject="Newer letter",
        received_at=london(2026, 11, 20, 10, 0),
    )
    logged_enquiry(ccg=ccg_a, logged_by=staff_a, subject="Someone else's call")
    records = linked_records_of_contact(scope=scope_for_user(user=comms_a), contact=mp)
    assert [(r.title, r.kind, r.status) for r in records] == [
        ("Newer letter", "MP/councillor letter", "Open"),
        ("Older letter", "MP/councillor letter", "Open"),
    ]


def test_only_items_the_user_may_see_on_the_desk_are_listed(ccg_a, ccg_b, staff_a):
    from accounts.tests.factories import member

    mp = _mp(ccg_a)
    logged_enquiry(ccg=ccg_a, logged_by=staff_a, kind=Kind.MP, requester_contact=mp)
    outsider = member(ccg=ccg_b, role="Comms team")
    contact_ids = Contact.objects.filter(pk=mp.pk).values("pk")
    assert (
        enquiries_of_contacts(scope=scope_for_user(user=outsider), contact_ids=contact_ids, limit=5)
        == []
    )
    assert (
        enquiries_of_contacts(scope=scope_for_user(user=staff_a), contact_ids=contact_ids, limit=5)
        == []
    )


def test_an_organisations_page_lists_its_peoples_items(ccg_a, comms_a, staff_a):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    tom = ContactFactory(
        ccg=ccg_a, kind="journalist", first_name="Tom", last_name="Ridley", organisation=echo
    )
    ann = ContactFactory(
        ccg=ccg_a, kind="journalist", first_name="Ann", last_name="Lee", organisation=echo
    )
    logged_enquiry(
        ccg=ccg_a,
        logged_by=staff_a,
        requester_contact=tom,
        subject="Tom's call",
        received_at=london(2026, 11, 3, 10, 0),
    )
    logged_enquiry(
        ccg=ccg_a,
        logged_by=staff_a,
        requester_contact=ann,
        subject="Ann's call",
        received_at=london(2026, 11, 4, 10, 0),
    )
    records = linked_records_of_organisation(scope=scope_for_user(user=comms_a), organisation=echo)
    assert [(r.title, r.person) for r in records] == [
        ("Ann's call", "Ann Lee"),
        ("Tom's call", "Tom Ridley"),
    ]


@pytest.mark.parametrize("extra", [1, 25])
def test_the_contact_page_shows_the_letters_in_bounded_queries(
    client, ccg_a, comms_a, staff_a, django_assert_max_num_queries, extra
):
    mp = _mp(ccg_a)
    for n in range(extra):
        logged_enquiry(
            ccg=ccg_a, logged_by=staff_a, kind=Kind.MP, requester_contact=mp, subject=f"Letter {n}"
        )
    InteractionFactory(contact=mp, summary="Came to the Big Chat in Darlington")
    client.force_login(comms_a)
    with django_assert_max_num_queries(17):
        body = client.get(reverse("stakeholders:contact_detail", args=[mp.pk])).content.decode()
    assert "Letters and enquiries" in body
    assert f"Letter {extra - 1}" in body
    assert reverse("media_desk:enquiry_detail", args=[mp_letter_pk(mp)]) in body
    assert "Came to the Big Chat in Darlington" in body
    viewed = PersonalDataAccess.objects.get()  # the contact page records the view, once
    assert (viewed.action, viewed.subject_id, viewed.user) == ("contact_viewed", mp.pk, comms_a)


def mp_letter_pk(mp) -> int:
    from media_desk.models import Enquiry

    return Enquiry.objects.filter(requester_contact=mp).latest("pk").pk


@pytest.mark.parametrize("extra", [1, 25])
def test_the_organisation_page_shows_its_peoples_items_in_bounded_queries(
    client, ccg_a, comms_a, staff_a, django_assert_max_num_queries, extra
):
    echo = OrganisationFactory(ccg=ccg_a, name="The Northern Echo")
    for n in range(extra):
        person = ContactFactory(ccg=ccg_a, kind="journalist", organisation=echo)
        logged_enquiry(ccg=ccg_a, logged_by=staff_a, requester_contact=person, subject=f"Call {n}")
        InteractionFactory(contact=person, organisation=None, summary=f"Briefing {n}")
    client.force_login(comms_a)
    with django_assert_max_num_queries(17):
        body = client.get(
            reverse("stakeholders:organisation_detail", args=[echo.pk])
        ).content.decode()
    assert "Letters and enquiries from its people" in body
    assert f"Call {extra - 1}" in body and f"Briefing {extra - 1}" in body


def test_the_register_never_imports_the_media_desk():
    """Imports point one way: the desk reads the register, the register reads a registry."""
    root = pathlib.Path(settings.BASE_DIR) / "stakeholders"
    offenders = []
    for path in root.rglob("*.py"):
        if "tests" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [f"{path}:{node.lineno}" for n in names if n.startswith("media_desk")]
    assert offenders == []
