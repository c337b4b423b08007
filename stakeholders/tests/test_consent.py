"""Distribution lists: subscriptions carry their lawful basis and evidence, withdrawing keeps
the evidence, the withdrawn stay off, exports leave them out and carry format needs."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.tests.forms_read import post_once
from stakeholders import selectors, services
from stakeholders.models import Subscription

from .factories import ContactFactory, DistributionListFactory, SubscriptionFactory

pytestmark = pytest.mark.django_db


def test_subscribing_records_the_lawful_basis_and_evidence(client, comms_a, register_a):
    contact = ContactFactory(ccg=register_a["contact"].ccg)
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:subscription_create", args=[contact.pk]),
        {
            "distribution_list": register_a["bulletin"].pk,
            "lawful_basis": "consent",
            "consent_date_day": "12",
            "consent_date_month": "3",
            "consent_date_year": "2026",
            "source": "Paper form at the Bootle roadshow",
        },
    )
    assert response.status_code == 302
    subscription = Subscription.objects.get(contact=contact)
    assert subscription.consent_date == datetime.date(2026, 3, 12)
    assert (
        subscription.recorded_by == comms_a and subscription.history.get().history_user == comms_a
    )


def test_consent_without_a_date_is_refused_with_a_clear_message(client, comms_a, register_a):
    contact = ContactFactory(ccg=register_a["contact"].ccg)
    client.force_login(comms_a)
    response = post_once(
        client,
        reverse("stakeholders:subscription_create", args=[contact.pk]),
        {
            "distribution_list": register_a["bulletin"].pk,
            "lawful_basis": "consent",
            "source": "Website",
        },
    )
    assert "Enter the date they gave consent." in response.content.decode()
    assert not Subscription.objects.filter(contact=contact).exists()


def test_withdrawing_keeps_the_evidence_and_keeps_them_off(client, comms_a, register_a):
    subscription = register_a["subscription"]
    client.force_login(comms_a)
    client.post(
        reverse("stakeholders:subscription_withdraw", args=[subscription.pk]),
        {"reason": "requested", "note": "Phoned to unsubscribe"},
    )
    subscription.refresh_from_db()
    assert subscription.withdrawn_on == datetime.date.today()
    assert (subscription.lawful_basis, subscription.source) == ("consent", "Sign-up form")
    assert subscription.withdrawn_by == comms_a
    with pytest.raises(ValidationError, match="withdrew from GP bulletin"):
        services.subscription_create(
            contact=subscription.contact,
            distribution_list=subscription.distribution_list,
            lawful_basis="legitimate_interests",
            source="Import",
        )
    again = services.subscription_create(
        contact=subscription.contact,
        distribution_list=subscription.distribution_list,
        lawful_basis="consent",
        consent_date=datetime.date.today(),
        source="Asked to rejoin at the AGM",
        fresh_consent=True,
    )
    assert (
        again.pk != subscription.pk
        and Subscription.objects.filter(contact=subscription.contact).count() == 2
    )


def test_a_bounce_does_not_stop_a_later_subscription(comms_a, register_a):
    subscription = register_a["subscription"]
    services.subscription_withdraw(subscription=subscription, reason="bounced", user=comms_a)
    # A bounce is not the person saying no: no fresh consent is needed to add them again.
    again = services.subscription_create(
        contact=subscription.contact,
        distribution_list=subscription.distribution_list,
        lawful_basis="legitimate_interests",
        source="New work address",
    )
    active = Subscription.objects.filter(contact=subscription.contact, withdrawn_on__isnull=True)
    assert list(active) == [again] and again.source == "New work address"


def test_nobody_is_on_a_list_twice(register_a):
    with pytest.raises(ValidationError, match="already on GP bulletin"):
        services.subscription_create(
            contact=register_a["contact"],
            distribution_list=register_a["bulletin"],
            lawful_basis="public_task",
            source="x",
        )


def test_the_list_export_leaves_out_the_withdrawn_and_erased_and_carries_needs(
    client, comms_a, register_a
):
    bulletin = register_a["bulletin"]
    left = SubscriptionFactory(
        distribution_list=bulletin, contact__ccg=bulletin.ccg, contact__last_name="Leaver"
    )
    services.subscription_withdraw(subscription=left, reason="requested", user=comms_a)
    erased = SubscriptionFactory(
        distribution_list=bulletin, contact__ccg=bulletin.ccg, contact__last_name="Gone"
    )
    services.contact_erase(contact=erased.contact, user=comms_a)
    client.force_login(comms_a)
    response = client.get(reverse("stakeholders:list_export", args=[bulletin.pk, "csv"]))
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [r["Last name"] for r in rows] == ["Quinn"]
    assert rows[0]["Format needs"] == "Large print; British Sign Language interpreter"
    assert rows[0]["Lawful basis"] == "Consent" and rows[0]["Consent date"] == "2018-05-01"


def test_list_sizes_over_time_count_who_was_on_it_each_month(comms_a, ccg_a):
    bulletin = DistributionListFactory(ccg=ccg_a)
    today = datetime.date(2026, 6, 15)
    for joined in (
        datetime.date(2026, 1, 10),
        datetime.date(2026, 3, 5),
        datetime.date(2026, 5, 1),
    ):
        SubscriptionFactory(distribution_list=bulletin, contact__ccg=ccg_a, subscribed_on=joined)
    leaver = SubscriptionFactory(
        distribution_list=bulletin, contact__ccg=ccg_a, subscribed_on=datetime.date(2025, 12, 1)
    )
    Subscription.objects.filter(pk=leaver.pk).update(
        withdrawn_on=datetime.date(2026, 4, 20), withdrawal_reason="not_reconsented"
    )
    sizes = selectors.list_sizes_over_time(distribution_list=bulletin, months=7, today=today)
    assert sizes == [
        (datetime.date(2025, 12, 31), 1),
        (datetime.date(2026, 1, 31), 2),
        (datetime.date(2026, 2, 28), 2),
        (datetime.date(2026, 3, 31), 3),
        (datetime.date(2026, 4, 30), 2),
        (datetime.date(2026, 5, 31), 3),
        (today, 3),
    ]


def test_an_archived_list_takes_no_new_subscribers(register_a):
    bulletin = register_a["bulletin"]
    bulletin.archived = True
    bulletin.save()
    with pytest.raises(ValidationError, match="archived"):
        services.subscription_create(
            contact=ContactFactory(ccg=bulletin.ccg),
            distribution_list=bulletin,
            lawful_basis="public_task",
            source="x",
        )
