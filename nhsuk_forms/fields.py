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

Every form of the portal mixes in `NhsErrorMessages` (first among its bases): a required field
left empty is then refused as the NHS.UK service manual words it, naming the field ("Enter the
subject", "Select the CCG"), never Django's "This field is required.". A field keeps the
"required" message it was given (in the field, or the ModelForm's Meta.error_messages), which
is where a better wording than the derived one goes.
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


CHOOSING_WIDGETS = (
    forms.Select,
    forms.RadioSelect,
    forms.CheckboxSelectMultiple,
    forms.SelectMultiple,
    forms.CheckboxInput,
    forms.FileInput,
)


def _class_default(field: forms.Field, code: str) -> str | None:
    """The message a field's class gives for `code` (Django's, or a generic one of ours)."""
    for klass in type(field).__mro__:
        message = getattr(klass, "default_error_messages", {}).get(code)
        if message is not None:
            return str(message)
    return None


QUESTION_WORDS = ("what", "when", "where", "who", "why", "how", "which")
ASIDE = re.compile(r"\s*\([^)]*\)\s*$")


def _label_in_sentence(label: str) -> str:
    """'Outlet or organisation' -> 'outlet or organisation'; 'CCG' and 'MP' stay capitals; an
    aside in brackets at the end is dropped."""
    label = ASIDE.sub("", label.strip().removesuffix(":"))
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def required_message(field: forms.Field, name: str) -> str:
    """'Enter the <label>' for something typed, 'Select the <label>' for a choice. A label
    worded as a question ("When was it sent?") needs a message of its own: the form's."""
    label = _label_in_sentence(str(field.label or name.replace("_", " ")))
    if isinstance(field.widget, forms.FileInput):
        return f"Select the {label}" if label else "Select a file"
    verb = "Select" if isinstance(field.widget, CHOOSING_WIDGETS) else "Enter"
    if isinstance(field, forms.BooleanField):
        verb = "Select"
    if label.split(" ", 1)[0] in QUESTION_WORDS:  # 'What they said' -> 'Enter what they said'
        return f"{verb} {label}"
    return f"{verb} the {label}"


class NhsErrorMessages:
    """Form mixin: a required field with no message of its own gets one that names it.

    Applied when the form is validated, so fields added in a form's __init__ are covered."""

    def nhs_error_messages_apply(self) -> None:
        for name, field in self.fields.items():
            if not field.required:
                continue
            given = field.error_messages.get("required")
            if given is None or str(given) == _class_default(field, "required"):
                field.error_messages = {
                    **field.error_messages,
                    "required": required_message(field, name),
                }

    def full_clean(self) -> None:
        self.nhs_error_messages_apply()
        super().full_clean()
        # A field the form requires whose model also says so would show the message twice.
        for errors in (self._errors or {}).values():
            seen, unique = set(), []
            for error in errors.as_data():
                text = " ".join(map(str, error))
                if text not in seen:
                    seen.add(text)
                    unique.append(error)
            errors.data[:] = unique


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


Section = tuple[str, tuple[Any, ...]]


def sections_layout(form: forms.BaseForm, *sections: Section) -> None:
    """Group a long form into NHS.UK fieldsets, each with a legend, in the order given (the
    essentials first). A section lists field names (or crispy layout objects such as HTML);
    names the form does not have are skipped, a section left empty is dropped, and any field
    no section names (hidden tokens, a field added later) goes at the end, so none is lost.
    The form's fields take the same order, so the error summary lists them as the page does.
    Render it with `{% crispy form %}`."""
    from crispy_forms.helper import FormHelper
    from crispy_forms.layout import Fieldset, Layout

    placed: dict[str, None] = {}  # in order: the error summary follows the page
    parts = []
    for legend, items in sections:
        present = []
        for item in items:
            if isinstance(item, str):
                if item in form.fields and item not in placed:
                    present.append(item)
                    placed[item] = None
            else:
                present.append(item)
        if any(isinstance(item, str) for item in present):
            parts.append(Fieldset(legend, *present))
    rest = [name for name in form.fields if name not in placed]
    form.order_fields([*placed, *rest])
    helper = FormHelper()
    helper.form_tag = False
    helper.layout = Layout(*parts, *rest)
    form.helper = helper
