"""NHS.UK form helpers that go with the crispy-forms "nhsuk" template pack (templates/nhsuk/).

`{% crispy form %}` and `{{ form|crispy }}` render each Django field as the NHS.UK frontend
component below (markup follows nhsuk-frontend 10's fixtures).

=========================================================  =====================================
Django field / widget                                      NHS.UK component
=========================================================  =====================================
TextInput, EmailInput, NumberInput, URLInput, TelInput,    input (``nhsuk-input``); widths via
SearchInput, PasswordInput, DateInput, TimeInput           ``attrs={"class": ...}``
Textarea                                                   textarea (``nhsuk-textarea``)
Textarea with a maxlength (CharField max_length)           character count
Select, SelectMultiple, NullBooleanSelect                  select (``nhsuk-select``)
RadioSelect                                                radios in a fieldset, label as legend
CheckboxSelectMultiple                                     checkboxes in a fieldset
CheckboxInput (BooleanField)                               one checkboxes item
FileInput, ClearableFileInput                              file upload
NhsDateInput (NhsDateField)                                date input in a fieldset
NhsDateTimeInput (NhsDateTimeField)                        date input plus an HH:MM time box
any other MultiWidget, SelectDateWidget                    fieldset around Django's own markup
HiddenInput                                                Django's hidden input
help_text / field errors                                   hint / error message
all errors of the form                                     error summary at the top of the form
crispy Submit / Button, Reset                              button / secondary button
crispy Fieldset, Div, Row, Column, ButtonHolder, HTML      fieldset, div, grid row and column,
                                                           button group, raw HTML
=========================================================  =====================================

Labels carry no asterisk; an optional field's label or legend ends in " (optional)".
"""

import re
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.forms.renderers import TemplatesSetting
from django.utils import timezone


def _wall_clock() -> ZoneInfo:
    """Dates and times are typed and shown on the wall clock of settings.TIME_ZONE (the UK's,
    for the portal), whatever the server's or the browser's time zone."""
    return timezone.get_default_timezone()


# Plain text boxes that bring up the number pad: type="number" drops leading zeros and lets
# "1e3" through (NHS.UK date input guidance).
NUMERIC = {"inputmode": "numeric"}

# (sub-widget name, label, width in characters, extra attributes)
DATE_PARTS = (
    ("day", "Day", 2, NUMERIC),
    ("month", "Month", 2, NUMERIC),
    ("year", "Year", 4, NUMERIC),
)
# No numeric keypad for the time: it needs the colon.
TIME_PART = ("time", "Time", 5, {})
TIME_RE = re.compile(r"([0-9]{1,2}):([0-9]{2})")

# The default form renderer searches only Django's and the apps' template folders; the pack
# lives in the project's TEMPLATES DIRS, so the widgets render through the TEMPLATES setting.
_RENDERER = TemplatesSetting()


class NhsDateInput(forms.MultiWidget):
    """Day, month and year boxes, rendered as the NHS.UK date input."""

    template_name = "nhsuk/widgets/date_input.html"
    parts = DATE_PARTS

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        widgets = {name: forms.TextInput(extra) for name, _, _, extra in self.parts}
        super().__init__(widgets, attrs)

    def decompress(self, value: date | None) -> list[str | None]:
        if value is None:
            return [None] * len(self.parts)
        return [str(value.day), str(value.month), str(value.year)]

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        # BoundField marks the whole field aria-invalid. Highlight the boxes still empty, or all
        # of them when every box is filled in but they make no real date.
        invalid = widget["attrs"].get("aria-invalid") == "true"
        boxes = widget["subwidgets"]
        all_filled = all(box["value"] for box in boxes)
        for box, (_, label, width, _) in zip(boxes, self.parts, strict=True):
            box.update(label=label, width=width, error=invalid and (all_filled or not box["value"]))
        return context

    def render(self, name: str, value: Any, attrs: dict | None = None, renderer=None) -> str:
        return super().render(name, value, attrs, renderer=_RENDERER)


class NhsDateTimeInput(NhsDateInput):
    """The date input plus an HH:MM time box, shown in UK time."""

    parts = (*DATE_PARTS, TIME_PART)

    def decompress(self, value: datetime | None) -> list[str | None]:
        if value is None:
            return [None] * len(self.parts)
        local = value.astimezone(_wall_clock()) if timezone.is_aware(value) else value
        return [*super().decompress(local.date()), local.strftime("%H:%M")]


def _parts(value: Any, count: int) -> list[str]:
    """The submitted boxes as trimmed strings; missing boxes count as blank."""
    boxes = list(value) if isinstance(value, list | tuple) else []
    return [str(box or "").strip() for box in (boxes + [""] * count)[:count]]


class NhsDateField(forms.Field):
    """A date typed as day, month and year (NhsDateInput); cleans to a datetime.date."""

    widget = NhsDateInput
    default_error_messages = {
        "required": "Enter a date",
        "day": "Enter a day",
        "month": "Enter a month",
        "year": "Enter a year",
        "year_digits": "Year must include 4 numbers",
        "invalid": "Date must be a real date",
    }

    def to_python(self, value: Any) -> date | None:
        if isinstance(value, date):  # initial data, or a caller passing a date
            return value
        day, month, year = _parts(value, 3)
        if not (day or month or year):
            return None  # validate() says "required" if the field is
        return self.date_from(day, month, year)

    def date_from(self, day: str, month: str, year: str) -> date:
        # One message at a time, for the first thing to fix, as the NHS.UK pattern asks.
        for code, box in (("day", day), ("month", month), ("year", year)):
            if not box:
                raise ValidationError(self.error_messages[code], code=code)
        if not (len(year) == 4 and year.isascii() and year.isdigit()):
            raise ValidationError(self.error_messages["year_digits"], code="year_digits")
        # isascii/isdigit: int() would also take "+1", "1_0" and other scripts' digits.
        if not all(box.isascii() and box.isdigit() for box in (day, month)):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            return date(int(year), int(month), int(day))
        except ValueError:  # 31 February, month 13, day 0
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None


class NhsDateTimeField(NhsDateField):
    """Date boxes plus an HH:MM time in UK time (NhsDateTimeInput); cleans to an aware datetime."""

    widget = NhsDateTimeInput
    default_error_messages = {
        "required": "Enter a date and time",
        "time": "Enter a time",
        "invalid_time": "Time must be a real time, like 09:30 or 14:45",
        "skipped_time": "Time does not exist on that date because the clocks went forward",
    }

    def to_python(self, value: Any) -> datetime | None:
        if isinstance(value, datetime):
            return value if timezone.is_aware(value) else value.replace(tzinfo=_wall_clock())
        day, month, year, clock = _parts(value, 4)
        if not (day or month or year or clock):
            return None
        moment = datetime.combine(
            self.date_from(day, month, year), self.time_from(clock), tzinfo=_wall_clock()
        )
        # A time skipped when the clocks go forward does not survive a round trip through UTC.
        # (A time repeated when they go back gets fold=0: its first, BST, occurrence.)
        if moment.astimezone(UTC).astimezone(moment.tzinfo).time() != moment.time():
            raise ValidationError(self.error_messages["skipped_time"], code="skipped_time")
        return moment

    def time_from(self, clock: str) -> time:
        if not clock:
            raise ValidationError(self.error_messages["time"], code="time")
        match = TIME_RE.fullmatch(clock)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValidationError(self.error_messages["invalid_time"], code="invalid_time")
        return time(int(match[1]), int(match[2]))
