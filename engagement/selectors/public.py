"""The only reads behind the public pages and feeds. They return plain dataclasses built from
an explicit list of columns: the published copies and the CCG's name, never a model instance,
so a template cannot reach a contributor, an unpublished draft or any other field."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Exists, OuterRef, Q

from accounts.models import Ccg

from ..models import Consultation, Feedback, Response, ResponseStatus, Theme
from ..periods import Period

PUBLIC_COLUMNS = (
    "pk",
    "ccg__name",
    "ccg__ods_code",
    "published_you_said",
    "published_we_did",
    "published_status",
    "published_reason",
    "published_at",
    "heard_on",
)
FEED_SIZE = 100


@dataclass(frozen=True)
class PublicFilters:
    ccg: str = ""  # ODS code, so a CCG's website can ask for its own feed
    theme: str = ""  # slug: the same theme in several CCGs is one choice
    period: Period | None = None


@dataclass(frozen=True)
class PublicTheme:
    slug: str
    name: str


@dataclass(frozen=True)
class PublicItem:
    pk: int
    ccg_name: str
    ccg_code: str
    you_said: str
    we_did: str
    status: str
    status_label: str
    reason: str
    published_at: datetime
    heard_on: date
    themes: tuple[PublicTheme, ...] = ()

    @property
    def title(self) -> str:
        first = self.you_said.splitlines()[0] if self.you_said else ""
        return first if len(first) <= 90 else first[:89].rstrip() + "…"


def _published(filters: PublicFilters):
    responses = Response.objects.filter(published_at__isnull=False)
    if filters.ccg:
        responses = responses.filter(ccg__ods_code=filters.ccg)
    if filters.theme:
        tagged = Feedback.themes.through.objects.filter(theme__slug=filters.theme)
        responses = responses.filter(
            Q(theme__slug=filters.theme) | Q(feedback_id__in=tagged.values("feedback_id"))
        )
    if filters.period:
        responses = responses.filter(
            published_at__gte=filters.period.starts_at,
            published_at__lt=filters.period.ends_before,
        )
    return responses.order_by("-published_at", "-pk")


def _themes_of(pks: list[int]) -> dict[int, list[PublicTheme]]:
    """Two queries for the themes of a page of items: a theme response's own theme, and the
    themes of the feedback the others answer."""
    found: dict[int, set[PublicTheme]] = {pk: set() for pk in pks}
    own = Response.objects.filter(pk__in=pks, theme__isnull=False).values_list(
        "pk", "theme__slug", "theme__name"
    )
    tagged = Feedback.themes.through.objects.filter(feedback__response__pk__in=pks).values_list(
        "feedback__response__pk", "theme__slug", "theme__name"
    )
    for pk, slug, name in [*own, *tagged]:
        found[pk].add(PublicTheme(slug, name))
    return {pk: sorted(themes, key=lambda t: t.name) for pk, themes in found.items()}


def _items(rows: list[dict]) -> list[PublicItem]:
    themes = _themes_of([row["pk"] for row in rows])
    labels = dict(ResponseStatus.choices)
    return [
        PublicItem(
            pk=row["pk"],
            ccg_name=row["ccg__name"],
            ccg_code=row["ccg__ods_code"],
            you_said=row["published_you_said"],
            we_did=row["published_we_did"],
            status=row["published_status"],
            status_label=labels.get(row["published_status"], ""),
            reason=row["published_reason"],
            published_at=row["published_at"],
            heard_on=row["heard_on"],
            themes=tuple(themes.get(row["pk"], ())),
        )
        for row in rows
    ]


def published_items(*, filters: PublicFilters, offset: int = 0, limit: int = FEED_SIZE):
    """A page of published items and how many match in all."""
    responses = _published(filters)
    rows = list(responses.values(*PUBLIC_COLUMNS)[offset : offset + limit])
    return _items(rows), responses.count()


def published_item(*, pk: int) -> PublicItem | None:
    rows = list(Response.objects.filter(pk=pk, published_at__isnull=False).values(*PUBLIC_COLUMNS))
    return _items(rows)[0] if rows else None


def public_choices() -> dict:
    """The CCGs and themes that have something published, for the filters. One EXISTS per
    CCG and per theme (a few dozen rows), each stopping at its first published item."""
    published = Response.objects.filter(published_at__isnull=False)
    reports = Consultation.objects.filter(published_at__isnull=False)
    ccgs = Ccg.objects.filter(
        Exists(published.filter(ccg=OuterRef("pk"))) | Exists(reports.filter(ccg=OuterRef("pk")))
    )
    tagged = Feedback.themes.through.objects.filter(
        theme=OuterRef("pk"), feedback__response__published_at__isnull=False
    )
    themes = Theme.objects.filter(Exists(published.filter(theme=OuterRef("pk"))) | Exists(tagged))
    unique_themes = {}
    for slug, name in themes.values_list("slug", "name").order_by("name"):
        unique_themes.setdefault(slug, name)
    return {
        "ccgs": list(ccgs.order_by("name").values_list("ods_code", "name")),
        "themes": sorted(unique_themes.items(), key=lambda item: item[1].lower()),
    }


@dataclass(frozen=True)
class PublicConsultation:
    pk: int
    ccg_name: str
    ccg_code: str
    title: str
    summary: str
    opens_on: date
    closes_on: date
    decision_maker: str
    decision_on: date
    decision: str
    heard: str
    changed: str
    published_at: datetime


def _consultation(row: dict) -> PublicConsultation:
    report = row["published_report"]
    return PublicConsultation(
        pk=row["pk"],
        ccg_name=row["ccg__name"],
        ccg_code=row["ccg__ods_code"],
        title=report["title"],
        summary=report["summary"],
        opens_on=date.fromisoformat(report["opens_on"]),
        closes_on=date.fromisoformat(report["closes_on"]),
        decision_maker=report["decision_maker"],
        decision_on=date.fromisoformat(report["decision_on"]),
        decision=report["decision"],
        heard=report["heard"],
        changed=report["changed"],
        published_at=row["published_at"],
    )


CONSULTATION_COLUMNS = ("pk", "ccg__name", "ccg__ods_code", "published_report", "published_at")


def published_consultations(*, ccg: str = "", period: Period | None = None):
    consultations = Consultation.objects.filter(published_at__isnull=False)
    if ccg:
        consultations = consultations.filter(ccg__ods_code=ccg)
    if period:
        consultations = consultations.filter(
            published_at__gte=period.starts_at, published_at__lt=period.ends_before
        )
    rows = consultations.order_by("-published_at", "-pk").values(*CONSULTATION_COLUMNS)
    return [_consultation(row) for row in rows[:FEED_SIZE]]


def published_consultation(*, pk: int) -> PublicConsultation | None:
    rows = list(
        Consultation.objects.filter(pk=pk, published_at__isnull=False).values(*CONSULTATION_COLUMNS)
    )
    return _consultation(rows[0]) if rows else None
