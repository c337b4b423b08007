"""Reads for MP and councillor work: the MPs' and councillors' list with their letters answered
on time in the financial year, one MP's page (letters, quarterly briefings, meetings), the
briefing schedules. MPs and councillors are public office holders: whoever works the desk may
see them (stakeholders.selectors.contacts_of_kinds)."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet

from accounts.models import User
from accounts.roles import COMMS
from accounts.scoping import Scope
from accounts.selectors import members_of
from stakeholders.models import Contact, ContactKind, Interaction, InteractionKind
from stakeholders.selectors import contacts_of_kinds
from working_time import LONDON

from ..models import BriefingSchedule, Enquiry, Kind, MpBriefing
from ..models.deadlines import DeadlineName

DESK = "media_desk.view_enquiry"
KINDS = [ContactKind.MP, ContactKind.COUNCILLOR]
LIMIT = 100  # an MP's page lists this many letters and meetings, the latest first


@dataclass(frozen=True)
class OnTime:
    received: int = 0
    answered: int = 0
    on_time: int = 0

    @property
    def percent(self) -> int | None:
        return round(100 * self.on_time / self.answered) if self.answered else None


def financial_year_of(day: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The UK financial year holding `day`: 1 April to 31 March."""
    start = datetime.date(day.year if day.month >= 4 else day.year - 1, 4, 1)
    return start, datetime.date(start.year + 1, 3, 31)


def mp_contacts(*, scope: Scope) -> QuerySet[Contact]:
    return contacts_of_kinds(ccg_ids=scope.ccg_ids_with(DESK), kinds=KINDS)


def mp_contact(*, scope: Scope, pk: int) -> Contact | None:
    return mp_contacts(scope=scope).filter(pk=pk).first()


def letters_on_time(*, contact_ids, year_start: datetime.date) -> dict[int, OnTime]:
    """Per MP or councillor: letters received in the financial year from `year_start`, how many
    were answered, and how many of those by their response deadline. One query."""
    since = datetime.datetime.combine(year_start, datetime.time(), tzinfo=LONDON)
    before = since.replace(year=since.year + 1)
    response = Q(deadlines__name=DeadlineName.RESPONSE, deadlines__answered_at__isnull=False)
    rows = (
        Enquiry.objects.filter(
            kind=Kind.MP,
            requester_contact_id__in=list(contact_ids),
            received_at__gte=since,
            received_at__lt=before,
        )
        .values("requester_contact_id")
        .annotate(
            received=Count("pk", distinct=True),
            answered=Count("deadlines", filter=response),
            on_time=Count(
                "deadlines", filter=response & Q(deadlines__answered_at__lte=F("deadlines__due_at"))
            ),
        )
        .order_by()
    )
    return {
        row["requester_contact_id"]: OnTime(row["received"], row["answered"], row["on_time"])
        for row in rows
    }


def mp_letters(*, contact: Contact) -> list[Enquiry]:
    return list(
        Enquiry.objects.filter(kind=Kind.MP, requester_contact=contact)
        .prefetch_related("deadlines")
        .order_by("-received_at")[:LIMIT]
    )


def mp_meetings(*, scope: Scope, contact: Contact) -> list[Interaction] | None:
    """Meetings and briefings recorded on the contact in the register; None when the user may
    not read the register's interactions there."""
    if not scope.can("stakeholders.view_interaction", contact.ccg_id):
        return None
    meetings = Interaction.objects.visible_to(scope).filter(
        contact=contact, kind__in=[InteractionKind.MEETING, InteractionKind.BRIEFING]
    )
    return list(meetings.select_related("owner").order_by("-occurred_on", "-pk")[:LIMIT])


def mp_schedule(*, contact: Contact) -> BriefingSchedule | None:
    return BriefingSchedule.objects.filter(contact=contact).select_related("owner").first()


def mp_briefings(*, schedule: BriefingSchedule | None) -> list[MpBriefing]:
    if schedule is None:
        return []
    return list(schedule.briefings.order_by("-quarter_start")[:LIMIT])


def next_briefings_due(*, contact_ids) -> dict[int, MpBriefing]:
    """Per MP with a schedule, the earliest briefing not yet held."""
    briefings = MpBriefing.objects.filter(
        schedule__contact_id__in=list(contact_ids), held_on__isnull=True
    ).order_by("schedule__contact_id", "due_on")
    found: dict[int, MpBriefing] = {}
    for briefing in briefings.annotate(contact_id=F("schedule__contact_id")):
        found.setdefault(briefing.contact_id, briefing)
    return found


def briefing_owner_choices(*, scope: Scope, contact: Contact) -> QuerySet[User]:
    return members_of(scope=scope, ccg_id=contact.ccg_id, role=COMMS)
