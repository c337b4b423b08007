"""Consultations: dates (12 weeks unless a reason is recorded), the statutory checklist, the
decision and the report, and publishing the report on the public pages."""

import datetime
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.calendars import organisation_calendar
from accounts.models import Ccg, User
from core.concurrency import version_check
from working_time import LONDON, Rule, Unit, compute_deadline

from ..models import ChecklistItem, Consultation, ConsultationCheck
from ..selectors.consultations import consultation_report_gaps
from .common import apply_data, notify_new_owner
from .registers import policy_for

REPORT_FIELDS = ("decision_maker", "decision_on", "decision", "report_heard", "report_changed")


def _schedule(consultation: Consultation) -> None:
    """The dates the reminder job reads, from the CCG's policy."""
    policy = policy_for(ccg=consultation.ccg)
    consultation.closing_reminder_on = consultation.closes_on - timedelta(
        days=policy.closing_reminder_days
    )
    closed = datetime.datetime.combine(consultation.closes_on, datetime.time(12), tzinfo=LONDON)
    due = compute_deadline(
        rule=Rule("response", policy.report_working_days, Unit.WORKING_DAYS),
        received=closed,
        calendar=organisation_calendar(ccg=consultation.ccg),
    ).due
    consultation.report_due_on = due.astimezone(LONDON).date()


def _check_map(consultation: Consultation, data: dict) -> None:
    stakeholder_map = data.get("stakeholder_map")
    if stakeholder_map is not None and stakeholder_map.ccg_id != consultation.ccg_id:
        raise ValidationError({"stakeholder_map": "Choose a stakeholder map of the same CCG."})


@transaction.atomic
def consultation_create(*, ccg: Ccg, data: dict, by: User) -> Consultation:
    consultation = Consultation(ccg=ccg, created_by=by)
    _check_map(consultation, data)
    apply_data(consultation, data)
    consultation._history_user = by
    consultation.full_clean()
    _schedule(consultation)
    consultation.save()
    notify_new_owner(
        owner=consultation.owner,
        previous_id=by.pk,
        ccg=ccg,
        message=f"You own the consultation: {consultation}",
        link=reverse("engagement:consultation_detail", args=[consultation.pk]),
    )
    return consultation


@transaction.atomic
def consultation_update(
    *, consultation: Consultation, data: dict, version: int | None, by: User | None = None
) -> Consultation:
    """Refused (`StaleEdit`) when it was saved since the form was opened at `version`."""
    version_check(instance=consultation, version=version)
    _check_map(consultation, data)
    previous_owner_id = consultation.owner_id
    if apply_data(consultation, data):
        consultation.full_clean()
        _schedule(consultation)
        consultation.save()
        notify_new_owner(
            owner=consultation.owner,
            previous_id=previous_owner_id,
            by=by,
            ccg=consultation.ccg,
            message=f"You own the consultation: {consultation}",
            link=reverse("engagement:consultation_detail", args=[consultation.pk]),
        )
    return consultation


@transaction.atomic
def consultation_check_record(
    *,
    consultation: Consultation,
    item: str,
    done_on: datetime.date | None,
    evidence: str,
    by: User,
) -> ConsultationCheck:
    if item not in ChecklistItem.values:
        raise ValidationError(f"'{item}' is not on the statutory checklist.")
    check = ConsultationCheck.objects.filter(consultation=consultation, item=item).first()
    check = check or ConsultationCheck(ccg_id=consultation.ccg_id, consultation=consultation)
    check.item = item
    if apply_data(check, {"done_on": done_on, "evidence": evidence.strip()}) or check.pk is None:
        check.recorded_by = by
        check.full_clean()
        check.save()
    return check


@transaction.atomic
def consultation_report_save(
    *, consultation: Consultation, data: dict, version: int | None
) -> Consultation:
    """The decision (who, when, what) and the report (what we heard, how it changed it).
    Refused (`StaleEdit`) when it was saved since the form was opened at `version`."""
    version_check(instance=consultation, version=version)
    if apply_data(consultation, {k: v for k, v in data.items() if k in REPORT_FIELDS}):
        consultation.full_clean()
        consultation.save()
    return consultation


@transaction.atomic
def consultation_report_publish(*, consultation: Consultation, by: User) -> Consultation:
    gaps = consultation_report_gaps(consultation=consultation, today=timezone.localdate())
    if gaps:
        raise ValidationError(gaps)
    consultation.published_report = {
        "title": consultation.title,
        "summary": consultation.summary,
        "opens_on": consultation.opens_on.isoformat(),
        "closes_on": consultation.closes_on.isoformat(),
        "decision_maker": consultation.decision_maker,
        "decision_on": consultation.decision_on.isoformat(),
        "decision": consultation.decision,
        "heard": consultation.report_heard,
        "changed": consultation.report_changed,
    }
    consultation.published_at, consultation.published_by = timezone.now(), by
    consultation.save()
    return consultation


@transaction.atomic
def consultation_report_withdraw(*, consultation: Consultation) -> Consultation:
    consultation.published_at, consultation.published_by = None, None
    consultation.published_report = {}
    consultation.save()
    return consultation
