"""Writes of evaluation: a campaign's measures and lessons, and the digital channel figures
(entered one month at a time, or imported from a CSV with django-import-export).

The import is all or nothing: a dry run first; any unknown column, wrong month, unknown
channel or text in a number column gives an error naming the row and the column, and nothing
is written. A clean file then writes (a month already held for that channel is replaced)."""

import datetime
import re
from dataclasses import dataclass

import tablib
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from import_export import fields, resources, widgets

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_data

from ..models import DIGITAL_CHANNELS, Campaign, CampaignLesson, CampaignMeasure, ChannelFigures


def _same_ccg(campaign: Campaign, ccg_id: int) -> None:
    if campaign.ccg_id != ccg_id:
        raise ValidationError("Choose a campaign of your CCG.")


@transaction.atomic
def campaign_measure_add(*, campaign: Campaign, data: dict) -> CampaignMeasure:
    measure = CampaignMeasure(ccg_id=campaign.ccg_id, campaign=campaign)
    apply_data(measure, data)
    measure.full_clean()  # the period's order: CampaignMeasure.clean
    measure.save()
    return measure


@transaction.atomic
def campaign_measure_update(
    *, measure: CampaignMeasure, data: dict, version: int | None
) -> CampaignMeasure:
    """Refused (`StaleEdit`) when the measure was saved since the form was opened at `version`."""
    version_check(instance=measure, version=version)
    if apply_data(measure, data):
        measure.full_clean()
        measure.save()
    return measure


@transaction.atomic
def campaign_lesson_add(*, campaign: Campaign, data: dict, by: User) -> CampaignLesson:
    lesson = CampaignLesson(ccg_id=campaign.ccg_id, campaign=campaign, recorded_by=by)
    apply_data(lesson, data)
    if not (lesson.worked.strip() or lesson.change.strip()):
        raise ValidationError("Enter what worked or what you would do differently")
    lesson.full_clean()
    lesson.save()
    return lesson


def _figures_save(figures: ChannelFigures, taken: str) -> None:
    figures.month = figures.month.replace(day=1) if figures.month else None
    figures.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            figures.save()
    except IntegrityError:
        message = f"Figures for {figures} are already entered: {taken}"
        raise ValidationError({"month": message}) from None


@transaction.atomic
def channel_figures_add(*, ccg: Ccg, data: dict) -> ChannelFigures:
    figures = ChannelFigures(ccg=ccg)
    apply_data(figures, data)
    _figures_save(figures, "change them, or import a CSV to replace them")
    return figures


@transaction.atomic
def channel_figures_update(
    *, figures: ChannelFigures, data: dict, version: int | None
) -> ChannelFigures:
    """Refused (`StaleEdit`) when saved since `version`; moving the figures onto a channel and
    month already held is refused on the month."""
    version_check(instance=figures, version=version)
    if apply_data(figures, data):
        _figures_save(figures, "change those instead")
    return figures


# The CSV import


MONTH_FORMATS = ("%Y-%m", "%m/%Y", "%b %Y", "%B %Y", "%Y-%m-%d", "%d/%m/%Y")
HEADERS = {
    "month": "Month",
    "channel": "Channel",
    "followers": "Followers",
    "reach": "Reach",
    "engagement": "Engagement",
    "subscribers": "Subscribers",
    "page_views": "Page views",
}


class MonthWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip()
        for fmt in MONTH_FORMATS:
            try:
                return datetime.datetime.strptime(text, fmt).date().replace(day=1)
            except ValueError:
                continue
        raise ValueError(f"'{text[:40]}' is not a month: enter it like 2026-11")


class ChannelWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip().casefold()
        for channel in DIGITAL_CHANNELS:
            if text in (channel.value, channel.label.casefold()):
                return channel.value
        names = ", ".join(c.label for c in DIGITAL_CHANNELS)
        raise ValueError(f"'{text[:40]}' is not a digital channel: use one of {names}")


class CountWidget(widgets.IntegerWidget):
    def clean(self, value, row=None, **kwargs):
        text = re.sub(r"[,\s]", "", str(value if value is not None else ""))  # 12,300 is fine
        if text == "":
            return None
        if not text.isdigit():
            raise ValueError(f"'{str(value)[:40]}' is not a whole number: enter it like 1250")
        return int(text)


class ChannelFiguresResource(resources.ModelResource):
    month = fields.Field("month", HEADERS["month"], widget=MonthWidget())
    channel = fields.Field("channel", HEADERS["channel"], widget=ChannelWidget())
    followers = fields.Field("followers", HEADERS["followers"], widget=CountWidget())
    reach = fields.Field("reach", HEADERS["reach"], widget=CountWidget())
    engagement = fields.Field("engagement", HEADERS["engagement"], widget=CountWidget())
    subscribers = fields.Field("subscribers", HEADERS["subscribers"], widget=CountWidget())
    page_views = fields.Field("page_views", HEADERS["page_views"], widget=CountWidget())

    class Meta:
        model = ChannelFigures
        import_id_fields = ["channel", "month"]
        fields = list(HEADERS)
        skip_unchanged = True

    def __init__(self, *, ccg: Ccg):
        super().__init__()
        self.ccg = ccg

    def get_queryset(self):
        return ChannelFigures.objects.for_ccgs([self.ccg.pk])

    def before_save_instance(self, instance, row, **kwargs):
        instance.ccg = self.ccg


@dataclass(frozen=True)
class ImportError_:
    row: int  # the line of the file (the header is line 1)
    column: str
    message: str

    def __str__(self) -> str:
        return f"Row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True)
class FiguresImportResult:
    errors: list[ImportError_]
    created: int = 0
    updated: int = 0


def _column_of(field_name: str) -> str:
    return HEADERS.get(field_name, field_name)


def channel_figures_import(*, ccg: Ccg, text: str) -> FiguresImportResult:
    """Import a CSV of figures into `ccg`: all rows, or none when any has an error."""
    try:
        dataset = tablib.Dataset().load(text, format="csv")
    except Exception:  # tablib raises several kinds for a file that is not CSV
        return FiguresImportResult([ImportError_(1, "-", "The file is not a CSV file")])
    known = {h.casefold() for h in HEADERS.values()}
    headers = [str(h or "").strip() for h in dataset.headers or []]
    errors = [
        ImportError_(1, header or f"column {i + 1}", "Unknown column: remove it or rename it")
        for i, header in enumerate(headers)
        if header.casefold() not in known
    ]
    missing = [h for h in ("Month", "Channel") if h.casefold() not in map(str.casefold, headers)]
    errors += [ImportError_(1, h, f"The {h} column is missing") for h in missing]
    if errors:
        return FiguresImportResult(errors)
    by_folded = {h.casefold(): h for h in HEADERS.values()}
    dataset.headers = [by_folded[h.casefold()] for h in headers]

    resource = ChannelFiguresResource(ccg=ccg)
    errors = _cell_errors(resource, dataset)
    if errors:
        return FiguresImportResult(errors)
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=False, raise_errors=True)
        if result.has_validation_errors() or result.has_errors():  # the checks above missed it
            transaction.set_rollback(True)
            return FiguresImportResult(_errors_of(result))
    totals = result.totals
    return FiguresImportResult([], created=totals.get("new", 0), updated=totals.get("update", 0))


def _cell_errors(resource: ChannelFiguresResource, dataset: tablib.Dataset) -> list[ImportError_]:
    """Every cell read by its column's widget: each error with its row (the header is row 1)
    and column; and the same channel and month twice."""
    widgets_by_header = {field.column_name: field.widget for field in resource.fields.values()}
    errors, seen = [], {}
    for number, row in enumerate(dataset.dict, start=2):
        cleaned = {}
        for header, value in row.items():
            try:
                cleaned[header] = widgets_by_header[header].clean(value, row=row)
            except ValueError as error:
                errors.append(ImportError_(number, header, str(error)))
        key = (cleaned.get("Channel"), cleaned.get("Month"))
        if None not in key:
            if key in seen:
                message = f"The same channel and month as row {seen[key]}"
                errors.append(ImportError_(number, "Month", message))
            seen.setdefault(key, number)
    return errors


def _errors_of(result) -> list[ImportError_]:
    errors = []
    for invalid in result.invalid_rows:
        for field_name, messages in invalid.error_dict.items():
            for message in messages:
                errors.append(ImportError_(invalid.number + 1, _column_of(field_name), message))
    for number, row_errors in result.row_errors():
        for error in row_errors:
            errors.append(ImportError_(number + 1, "-", str(error.error)))
    return errors
