"""Every view and export of a contact or a feedback contributor is logged: who, what, when,
which CCG, from where; pages without anyone's details log nothing."""

import io
import json

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from accounts.tests.factories import member
from audit.models import Action, PersonalDataAccess
from engagement.tests.factories import FeedbackFactory
from stakeholders.tests.factories import (
    ContactFactory,
    DistributionListFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db

# The contact page's cap in stakeholders/tests/test_pages.py, plus the one INSERT of the log.
CONTACT_PAGE_QUERIES = 16 + 1


def test_viewing_a_contact_records_exactly_one_entry(client, comms_a, ccg_a, ccg_b):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:contact_detail", args=[contact.pk]))
    assert response.status_code == 200
    entry = PersonalDataAccess.objects.get()
    assert (entry.user, entry.user_email, entry.ccg) == (comms_a, comms_a.email, ccg_a)
    assert entry.action == Action.CONTACT_VIEWED
    assert (entry.subject_type, entry.subject_id) == ("stakeholders.contact", contact.pk)
    assert (entry.record_count, entry.record_ids) == (1, [contact.pk])
    assert entry.path == f"/stakeholders/contacts/{contact.pk}/"
    assert entry.client_address == "127.0.0.1"


def test_the_contact_page_writes_the_log_in_one_query(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    with django_assert_max_num_queries(CONTACT_PAGE_QUERIES) as queries:
        client.get(reverse("stakeholders:contact_detail", args=[contact.pk]))
    inserts = [q["sql"] for q in queries.captured_queries if "audit_personaldataaccess" in q["sql"]]
    assert len(inserts) == 1 and inserts[0].startswith("INSERT")


def test_another_ccgs_contact_is_not_found_and_nothing_is_logged(client, comms_a, ccg_b):
    contact = ContactFactory(ccg=ccg_b)
    client.force_login(comms_a)
    assert client.get(reverse("stakeholders:contact_detail", args=[contact.pk])).status_code == 404
    assert not PersonalDataAccess.objects.exists()


def test_the_edit_form_shows_the_details_and_is_logged(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    client.get(reverse("stakeholders:contact_edit", args=[contact.pk]))
    assert PersonalDataAccess.objects.get().action == Action.CONTACT_VIEWED


def test_saving_an_edit_is_history_not_a_view(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    data = {"kind": "stakeholder", "first_name": "New", "last_name": contact.last_name}
    data["version"] = contact.version
    response = client.post(reverse("stakeholders:contact_edit", args=[contact.pk]), data)
    assert response.status_code == 302
    assert not PersonalDataAccess.objects.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_contact_export_records_the_rows_and_the_filter(client, comms_a, ccg_a, fmt):
    quinns = ContactFactory.create_batch(3, ccg=ccg_a, last_name="Quinn")
    ContactFactory(ccg=ccg_a, last_name="Smith")
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:contact_export", args=[fmt]), {"q": "quinn"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert body
    entry = PersonalDataAccess.objects.get()
    assert entry.action == Action.CONTACTS_EXPORTED
    assert entry.record_count == 3
    assert sorted(entry.record_ids) == sorted(c.pk for c in quinns)
    assert entry.filters == "q=quinn"
    assert (entry.subject_type, entry.subject_id) == ("stakeholders.contact", None)
    assert entry.path == f"/stakeholders/contacts/export.{fmt}"


def test_an_export_across_two_ccgs_is_logged_in_each(client, ccg_a, ccg_b):
    both = member(ccg=ccg_b, role="Comms team", user=member(ccg=ccg_a, role="Comms team"))
    ContactFactory.create_batch(2, ccg=ccg_a)
    ContactFactory(ccg=ccg_b)
    client.force_login(both)
    client.get(reverse("stakeholders:contact_export", args=["csv"]))
    counts = dict(PersonalDataAccess.objects.values_list("ccg__ods_code", "record_count"))
    assert counts == {ccg_a.ods_code: 2, ccg_b.ods_code: 1}


def test_an_empty_export_discloses_no_one_and_logs_nothing(client, comms_a, ccg_a):
    ContactFactory(ccg=ccg_a, last_name="Smith")
    client.force_login(comms_a)
    client.get(reverse("stakeholders:contact_export", args=["csv"]), {"q": "nobody-by-this-name"})
    assert not PersonalDataAccess.objects.exists()


def test_a_mailing_export_records_the_list_and_the_people_on_it(client, comms_a, ccg_a):
    bulletin = DistributionListFactory(ccg=ccg_a)
    on_it = [SubscriptionFactory(distribution_list=bulletin, contact=ContactFactory(ccg=ccg_a))]
    on_it.append(SubscriptionFactory(distribution_list=bulletin, contact=ContactFactory(ccg=ccg_a)))
    ContactFactory(ccg=ccg_a)  # not on the list
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:list_export", args=[bulletin.pk, "xlsx"]))
    assert response.status_code == 200
    entry = PersonalDataAccess.objects.get()
    assert entry.action == Action.LIST_EXPORTED
    assert (entry.subject_type, entry.subject_id) == ("stakeholders.distributionlist", bulletin.pk)
    assert entry.record_count == 2
    assert sorted(entry.record_ids) == sorted(s.contact_id for s in on_it)


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_a_subject_access_export_is_logged(client, comms_a, ccg_a, fmt):
    contact = ContactFactory(ccg=ccg_a, email="pat@example.org")
    client.force_login(comms_a)
    url = reverse("stakeholders:contact_subject_access", args=[contact.pk, fmt])
    response = client.get(url)
    if fmt == "json":
        assert "pat@example.org" in json.dumps(response.json())
    else:
        assert load_workbook(io.BytesIO(response.content)).sheetnames
    entry = PersonalDataAccess.objects.get()
    assert entry.action == Action.SUBJECT_ACCESS_EXPORTED
    assert (entry.subject_id, entry.record_ids, entry.ccg) == (contact.pk, [contact.pk], ccg_a)


def test_viewing_a_feedback_contributor_is_logged(client, comms_a, ccg_a):
    feedback = FeedbackFactory(ccg=ccg_a, contributor_name="Jo Bloggs")
    client.force_login(comms_a)
    body = client.get(reverse("engagement:feedback_detail", args=[feedback.pk])).content
    assert b"Jo Bloggs" in body
    entry = PersonalDataAccess.objects.get()
    assert entry.action == Action.CONTRIBUTOR_VIEWED
    assert (entry.subject_type, entry.subject_id) == ("engagement.feedback", feedback.pk)
    assert (entry.user, entry.ccg) == (comms_a, ccg_a)


def test_feedback_read_without_its_contributor_logs_nothing(client, governor_a, comms_a, ccg_a):
    named = FeedbackFactory(ccg=ccg_a, contributor_name="Jo Bloggs")
    anonymous = FeedbackFactory(ccg=ccg_a)
    client.force_login(governor_a)  # reads feedback, never who gave it
    body = client.get(reverse("engagement:feedback_detail", args=[named.pk])).content
    assert b"Jo Bloggs" not in body
    client.force_login(comms_a)
    assert client.get(reverse("engagement:feedback_detail", args=[anonymous.pk])).status_code == 200
    assert not PersonalDataAccess.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "stakeholders:contact_list",
        "stakeholders:organisation_list",
        "stakeholders:list_index",
        "engagement:feedback_list",
    ],
)
def test_a_page_without_anyones_details_logs_nothing(client, comms_a, ccg_a, name):
    ContactFactory(ccg=ccg_a)
    FeedbackFactory(ccg=ccg_a, contributor_name="Jo Bloggs")
    client.force_login(comms_a)
    assert client.get(reverse(name)).status_code == 200
    assert not PersonalDataAccess.objects.exists()


def test_behind_a_proxy_the_client_is_the_address_the_proxy_saw(client, comms_a, ccg_a, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    client.get(
        reverse("stakeholders:contact_detail", args=[contact.pk]),
        headers={"x-forwarded-for": "203.0.113.9, 198.51.100.7"},  # the first is the client's say
    )
    assert PersonalDataAccess.objects.get().client_address == "198.51.100.7"


def test_without_a_trusted_proxy_a_forwarded_header_is_ignored(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    client.force_login(comms_a)
    client.get(
        reverse("stakeholders:contact_detail", args=[contact.pk]),
        headers={"x-forwarded-for": "203.0.113.9"},
    )
    assert PersonalDataAccess.objects.get().client_address == "127.0.0.1"


def test_it_refuses_an_unknown_action(comms_a, ccg_a):
    from audit.services import personal_data_access_record

    contact = ContactFactory(ccg=ccg_a)
    with pytest.raises(ValueError, match="action: 'peeked'"):
        personal_data_access_record(
            user=comms_a, action="peeked", subject=contact, records=[(ccg_a.pk, contact.pk)]
        )
