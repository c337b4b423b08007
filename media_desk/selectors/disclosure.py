"""Reads behind the public disclosure log and its feed. Like the "you said, we did" pages they
return plain dataclasses built from an explicit list of columns (the published copy and the
CCG's name), never a model instance, so no template can reach the request's requester."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import PurePosixPath

from django.db.models import Exists, OuterRef, QuerySet

from accounts.models import Ccg
from working_time import LONDON

from ..models import DisclosureLogEntry, Enquiry, Outcome

PUBLIC_COLUMNS = (
    "pk",
    "ccg__name",
    "ccg__ods_code",
    "title",
    "request_summary",
    "response_text",
    "outcome",
    "attachment",
    "published_at",
)
FEED_SIZE = 50
OUTCOME_LABELS = dict(Outcome.choices)


@dataclass(frozen=True)
class DisclosureFilters:
    ccg: str = ""  # ODS code, so a CCG's website asks for its own feed
    published_from: date | None = None
    published_to: date | None = None  # inclusive

    @property
    def any(self) -> bool:
        return bool(self.ccg or self.published_from or self.published_to)


@dataclass(frozen=True)
class PublicDisclosure:
    pk: int
    ccg_name: str
    ccg_code: str
    title: str
    request_summary: str
    response_text: str
    outcome: str
    attachment: str  # the stored name; empty when there is none
    published_at: datetime

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS.get(self.outcome, "")

    @property
    def attachment_name(self) -> str:
        return PurePosixPath(self.attachment).name if self.attachment else ""


def _london_midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LONDON)


def _published(filters: DisclosureFilters) -> QuerySet[DisclosureLogEntry]:
    entries = DisclosureLogEntry.objects.filter(withdrawn_at__isnull=True)
    if filters.ccg:
        entries = entries.filter(ccg__ods_code=filters.ccg)
    if filters.published_from:
        entries = entries.filter(published_at__gte=_london_midnight(filters.published_from))
    if filters.published_to:
        before = _london_midnight(filters.published_to + timedelta(days=1))
        entries = entries.filter(published_at__lt=before)
    return entries.order_by("-published_at", "-pk")


def _rows(entries) -> list[PublicDisclosure]:
    return [
        PublicDisclosure(
            pk=row["pk"],
            ccg_name=row["ccg__name"],
            ccg_code=row["ccg__ods_code"],
            title=row["title"],
            request_summary=row["request_summary"],
            response_text=row["response_text"],
            outcome=row["outcome"],
            attachment=row["attachment"] or "",
            published_at=row["published_at"],
        )
        for row in entries.values(*PUBLIC_COLUMNS)
    ]


def disclosures_published(
    *, filters: DisclosureFilters, offset: int = 0, limit: int = FEED_SIZE
) -> tuple[list[PublicDisclosure], int]:
    """A page of the published entries (newest first) and how many match in all: two queries."""
    entries = _published(filters)
    return _rows(entries[offset : offset + limit]), entries.count()


def disclosure_published(*, pk: int) -> PublicDisclosure | None:
    rows = _rows(DisclosureLogEntry.objects.filter(pk=pk, withdrawn_at__isnull=True))
    return rows[0] if rows else None


def disclosure_attachment(*, pk: int):
    """The attachment of a published, not withdrawn entry (a FieldFile), else None."""
    entry = (
        DisclosureLogEntry.objects.filter(pk=pk, withdrawn_at__isnull=True)
        .only("pk", "attachment")
        .first()
    )
    return entry.attachment if entry and entry.attachment else None


def disclosure_ccg_choices() -> list[tuple[str, str]]:
    """(ODS code, name) of the CCGs with something on the log: one EXISTS per CCG."""
    live = DisclosureLogEntry.objects.filter(ccg=OuterRef("pk"), withdrawn_at__isnull=True)
    return list(Ccg.objects.filter(Exists(live)).order_by("name").values_list("ods_code", "name"))


def disclosure_of(*, enquiry: Enquiry) -> DisclosureLogEntry | None:
    """The item's entry for the staff page (withdrawn or not)."""
    return DisclosureLogEntry.objects.filter(enquiry=enquiry).first()
