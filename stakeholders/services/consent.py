"""Distribution lists and subscriptions: joining with evidence, withdrawing with evidence kept.

A withdrawal the person asked for (or a consent they did not renew) leaves a suppression, so
an import or a sign-up does not put them back on that list; only fresh consent does."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import Ccg, User
from core.concurrency import version_check
from stakeholders.matching import suppression_keys
from stakeholders.models import (
    Contact,
    DistributionList,
    LawfulBasis,
    Subscription,
    Suppression,
    SuppressionReason,
    WithdrawalReason,
)

from .common import apply_data

# Reasons that say "do not add me again"; a bounce or a change of job does not.
SUPPRESSING_REASONS = frozenset({WithdrawalReason.REQUESTED, WithdrawalReason.NOT_RECONSENTED})


@transaction.atomic
def distribution_list_create(*, ccg: Ccg, data: dict) -> DistributionList:
    distribution_list = DistributionList(ccg=ccg, **data)
    distribution_list.full_clean()
    distribution_list.save()
    return distribution_list


@transaction.atomic
def distribution_list_update(
    *, distribution_list: DistributionList, data: dict, version: int | None
) -> DistributionList:
    """Refused (`StaleEdit`) when the list was saved since the form was opened at `version`."""
    version_check(instance=distribution_list, version=version)
    if apply_data(distribution_list, data):
        distribution_list.full_clean()
        distribution_list.save()
    return distribution_list


def _keys(contact: Contact) -> list[str]:
    return suppression_keys(
        email=contact.email,
        first_name=contact.first_name,
        last_name=contact.last_name,
        organisation_name=contact.organisation.name if contact.organisation_id else None,
    )


def _list_suppressions(contact: Contact, distribution_list: DistributionList):
    return Suppression.objects.for_ccgs([contact.ccg_id]).filter(
        distribution_list=distribution_list, key__in=_keys(contact)
    )


@transaction.atomic
def subscription_create(
    *,
    contact: Contact,
    distribution_list: DistributionList,
    lawful_basis: str,
    source: str,
    consent_date: datetime.date | None = None,
    user: User | None = None,
    fresh_consent: bool = False,
) -> Subscription:
    """Add a contact to a list. Someone who withdrew from it comes back only with fresh
    consent, which lifts their suppression."""
    if contact.is_erased:
        raise ValidationError("An erased contact cannot join a list.")
    if distribution_list.archived:
        raise ValidationError(f"{distribution_list} is archived and takes no new subscribers.")
    active = distribution_list.subscriptions.filter(contact=contact, withdrawn_on__isnull=True)
    if active.exists():
        raise ValidationError(f"{contact} is already on {distribution_list}.")
    suppressed = _list_suppressions(contact, distribution_list)
    if suppressed.exists():
        if not (fresh_consent and lawful_basis == LawfulBasis.CONSENT):
            raise ValidationError(
                f"{contact} withdrew from {distribution_list}. They can join again only with "
                "fresh consent: choose Consent, enter its date and tick the box."
            )
        suppressed.delete()
    subscription = Subscription(
        ccg_id=contact.ccg_id,
        contact=contact,
        distribution_list=distribution_list,
        lawful_basis=lawful_basis,
        consent_date=consent_date,
        source=source,
        recorded_by=user,
    )
    subscription.full_clean()
    subscription.save()
    return subscription


@transaction.atomic
def subscription_withdraw(
    *,
    subscription: Subscription,
    reason: str,
    user: User | None,
    note: str = "",
    withdrawn_on: datetime.date | None = None,
) -> Subscription:
    """Take a contact off a list, keeping the subscription (the evidence) and, when they
    asked, a suppression so nothing puts them back."""
    if not subscription.is_active:
        raise ValidationError("This subscription was already withdrawn.")
    subscription.withdrawn_on = withdrawn_on or timezone.localdate()
    subscription.withdrawal_reason = reason
    subscription.withdrawal_note = note
    subscription.withdrawn_by = user
    subscription.full_clean()
    subscription.save()
    if reason in SUPPRESSING_REASONS:
        suppression_add(
            contact=subscription.contact,
            distribution_list=subscription.distribution_list,
            reason=SuppressionReason.WITHDRAWN,
        )
    return subscription


def suppression_add(
    *, contact: Contact, reason: str, distribution_list: DistributionList | None = None
) -> None:
    for key in _keys(contact):
        Suppression.objects.get_or_create(
            ccg_id=contact.ccg_id,
            key=key,
            distribution_list=distribution_list,
            defaults={"reason": reason},
        )
