"""The crispy "nhsuk" template pack (templates/nhsuk/) and the date fields of nhsuk_forms.fields.

Rendering needs no database: plain forms, rendered the three ways the project uses.
"""

from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest
from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Button, Div, Field, Fieldset, Layout, Submit
from crispy_forms.utils import render_crispy_form
from django import forms
from django.core.exceptions import ValidationError
from django.template import RequestContext, Template
from django.test import RequestFactory
from django.utils import timezone

from nhsuk_forms.fields import NhsDateField, NhsDateTimeField

KINDS = [("press", "Press"), ("public", "Member of the public")]
TOPICS = [("covid", "COVID-19"), ("flu", "Flu")]
TEAMS = [("", "Choose a team"), ("north", "North"), ("south", "South")]


class EveryFieldForm(forms.Form):
    name = forms.CharField(help_text="As it appears on <their> badge")
    email = forms.EmailField(required=False)
    count = forms.IntegerField(required=False)
    website = forms.URLField(required=False, assume_scheme="https")
    phone = forms.CharField(required=False, widget=forms.TelInput)
    secret = forms.CharField(widget=forms.PasswordInput)
    postcode = forms.CharField(widget=forms.TextInput(attrs={"class": "nhsuk-input--width-10"}))
    notes = forms.CharField(widget=forms.Textarea, required=False)
    summary = forms.CharField(widget=forms.Textarea, max_length=300, required=False)
    team = forms.ChoiceField(choices=TEAMS)
    kind = forms.ChoiceField(choices=KINDS, widget=forms.RadioSelect, help_text="Pick one")
    topics = forms.MultipleChoiceField(choices=TOPICS, widget=forms.CheckboxSelectMultiple)
    urgent = forms.BooleanField(required=False, help_text="Tick for a same-day reply")
    attachment = forms.FileField(required=False)
    received = NhsDateField(help_text="For example, 15 3 2025")
    received_at = NhsDateTimeField()

    def clean(self):
        if self.cleaned_data.get("kind") == "public" and self.cleaned_data.get("urgent"):
            raise ValidationError("Public enquiries cannot be urgent")
        return self.cleaned_data


INVALID = {
    "name": "",
    "email": "not-an-email",
    "count": "lots",
    "secret": "",
    "postcode": "LS1 <1AB>",
    "notes": "What they <asked>",
    "team": "",
    "kind": "",
    "received_day": "31",
    "received_month": "2",
    "received_year": "2025",
    "received_at_day": "4",
    "received_at_month": "",
    "received_at_year": "2025",
    "received_at_time": "9:30",
}

VALID = {
    "name": "Ada",
    "secret": "x",
    "postcode": "LS1 1AB",
    "team": "north",
    "kind": "press",
    "topics": ["flu"],
    "urgent": "on",
    "received_day": "4",
    "received_month": "3",
    "received_year": "2025",
    "received_at_day": "4",
    "received_at_month": "3",
    "received_at_year": "2025",
    "received_at_time": "14:30",
}


class Elements(HTMLParser):
    """Every start tag of a page as (tag, attributes)."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, {name: value or "" for name, value in attrs}))

    def all(self, tag: str, **attrs) -> list[dict]:
        return [
            found
            for name, found in self.found
            if name == tag and all(found.get(attr(key)) == value for key, value in attrs.items())
        ]

    def one(self, tag: str, **attrs) -> dict:
        (found,) = self.all(tag, **attrs)
        return found

    def ids(self) -> set[str]:
        return {found["id"] for _, found in self.found if "id" in found}


def attr(keyword: str) -> str:
    """class_ -> class, data_module -> data-module."""
    return keyword.rstrip("_").replace("_", "-")


def classes(element: dict) -> set[str]:
    return set(element.get("class", "").split())


def render(form: forms.Form, **context) -> str:
    return render_crispy_form(form, context={"csrf_token": "t0ken", **context})


def invalid_form() -> EveryFieldForm:
    form = EveryFieldForm(data=INVALID)
    assert not form.is_valid()
    return form


# Components


def test_each_field_renders_as_its_nhsuk_component():
    page = Elements(render(EveryFieldForm()))

    for name, kind in [
        ("name", "text"),
        ("email", "email"),
        ("count", "number"),
        ("website", "url"),
        ("phone", "tel"),
        ("secret", "password"),
    ]:
        assert page.one("input", name=name, type=kind)["class"] == "nhsuk-input"
    assert classes(page.one("input", name="postcode")) == {"nhsuk-input", "nhsuk-input--width-10"}
    assert page.one("textarea", name="notes")["class"] == "nhsuk-textarea"
    assert page.one("select", name="team")["class"] == "nhsuk-select"
    assert [o["value"] for o in page.all("option")] == ["", "north", "south"]
    assert page.one("input", name="attachment", type="file")["class"] == "nhsuk-file-upload__input"
    assert page.one("div", data_module="nhsuk-file-upload")

    for kind, name, count in [("radios", "kind", 2), ("checkboxes", "topics", 2)]:
        assert page.all("div", class_=f"nhsuk-{kind}", data_module=f"nhsuk-{kind}")
        options = page.all("input", name=name)
        assert len(options) == count
        assert all(o["class"] == f"nhsuk-{kind}__input" for o in options)
        assert len(page.all("label", class_=f"nhsuk-label nhsuk-{kind}__label")) >= count


def test_every_control_has_a_label_pointing_at_it():
    html = render(EveryFieldForm())
    page = Elements(html)
    targets = {label["for"] for label in page.all("label")}
    for tag in ("input", "select", "textarea"):
        for control in page.all(tag):
            if control.get("type") != "hidden":
                assert control["id"] in targets, control


def test_radios_checkboxes_and_dates_are_fieldsets_with_the_label_as_legend():
    html = render(EveryFieldForm())
    page = Elements(html)
    assert len(page.all("fieldset", class_="nhsuk-fieldset")) == 4
    assert len(page.all("fieldset", role="group")) == 2  # the dates
    for legend in ("Kind", "Topics", "Received", "Received at"):
        assert f'<legend class="nhsuk-fieldset__legend">\n      {legend}\n' in html
    assert '<label class="nhsuk-label" for="id_kind"' not in html


def test_single_checkbox_is_one_checkboxes_item():
    page = Elements(render(EveryFieldForm()))
    box = page.one("input", name="urgent")
    assert box["type"] == "checkbox"
    assert box["class"] == "nhsuk-checkboxes__input"
    assert page.one("label", for_="id_urgent")["class"] == "nhsuk-label nhsuk-checkboxes__label"
    assert page.one("div", id="id_urgent_helptext")["class"] == "nhsuk-hint nhsuk-checkboxes__hint"


def test_date_input_markup():
    html = render(EveryFieldForm())
    page = Elements(html)
    assert page.one("div", id="id_received")["class"] == "nhsuk-date-input"
    for box, label, width in [("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4)]:
        control = page.one("input", name=f"received_{box}")
        assert classes(control) == {
            "nhsuk-input",
            "nhsuk-date-input__input",
            f"nhsuk-input--width-{width}",
        }
        assert control["inputmode"] == "numeric"
        assert control["type"] == "text"
        assert (
            page.one("label", for_=control["id"])["class"] == "nhsuk-label nhsuk-date-input__label"
        )
        assert f">\n        {label}\n      </label>" in html
    time_box = page.one("input", name="received_at_time")
    assert "nhsuk-input--width-5" in classes(time_box)
    assert "inputmode" not in time_box


def test_textarea_with_max_length_is_a_character_count():
    page = Elements(render(EveryFieldForm()))
    group = page.one("div", data_module="nhsuk-character-count")
    assert group["data-maxlength"] == "300"
    assert "nhsuk-character-count" in classes(group)
    textarea = page.one("textarea", name="summary")
    assert classes(textarea) == {"nhsuk-textarea", "nhsuk-js-character-count"}
    assert textarea["aria-describedby"] == "id_summary_info"
    assert page.one("div", id="id_summary_info")["class"] == (
        "nhsuk-hint nhsuk-character-count__message"
    )


# Labels and hints


def test_optional_fields_say_so_and_required_fields_have_no_asterisk():
    html = render(EveryFieldForm())
    for label in ("Email", "Count", "Website", "Phone", "Notes", "Attachment"):
        assert f"{label} (optional)\n" in html
    for label in ("Name", "Secret", "Team", "Kind", "Topics", "Received"):
        assert f"{label} (optional)" not in html
        assert f"\n    {label}\n" in html or f"\n      {label}\n" in html
    assert "*" not in html
    # A lone checkbox is an answer, not a question: no "(optional)" on it.
    assert "Urgent (optional)" not in html


def test_hints_are_nhsuk_hints_linked_by_aria_describedby():
    page = Elements(render(EveryFieldForm()))
    hint = page.one("div", id="id_name_helptext")
    assert hint["class"] == "nhsuk-hint"
    assert page.one("input", name="name")["aria-describedby"] == "id_name_helptext"
    # Questions asked in a fieldset are described on the fieldset.
    assert page.one("fieldset", aria_describedby="id_kind_helptext")
    assert page.one("fieldset", aria_describedby="id_received_helptext")
    assert page.one("input", name="urgent")["aria-describedby"] == "id_urgent_helptext"
    assert "aria-describedby" not in page.one("input", name="email")


# Errors


def test_field_errors_are_nhsuk_error_messages():
    form = invalid_form()
    html = render(form)
    page = Elements(html)

    assert (
        '<span class="nhsuk-error-message" id="id_email_error">\n'
        '    <span class="nhsuk-u-visually-hidden">Error: </span>Enter a valid email address.\n'
        "  </span>"
    ) in html
    for name in form.errors:
        if name != "__all__":
            assert page.one("span", id=f"id_{name}_error")["class"] == "nhsuk-error-message"
    groups = [g for g in page.all("div") if "nhsuk-form-group--error" in classes(g)]
    # 9 questions in error, plus the boxes of the two dates that need fixing.
    assert len(groups) == 9 + 3 + 1

    assert classes(page.one("input", name="email")) == {"nhsuk-input", "nhsuk-input--error"}
    assert page.one("input", name="email")["aria-describedby"] == "id_email_error"
    assert page.one("input", name="name")["aria-describedby"] == "id_name_helptext id_name_error"
    assert classes(page.one("select", name="team")) == {"nhsuk-select", "nhsuk-select--error"}
    assert page.one("select", name="team")["aria-describedby"] == "id_team_error"
    assert page.one("fieldset", aria_describedby="id_kind_helptext id_kind_error")
    assert page.one("fieldset", aria_describedby="id_topics_error")
    assert page.one("fieldset", aria_describedby="id_received_helptext id_received_error")


def test_date_errors_mark_the_boxes_to_fix():
    page = Elements(render(invalid_form()))
    # 31 February: every box is filled in, so all three are in error.
    for box in ("day", "month", "year"):
        assert "nhsuk-input--error" in classes(page.one("input", name=f"received_{box}"))
    # Only the month is missing: only the month is in error.
    marked = {
        box
        for box in ("day", "month", "year", "time")
        if "nhsuk-input--error" in classes(page.one("input", name=f"received_at_{box}"))
    }
    assert marked == {"month"}


def test_error_summary_links_every_error_to_a_real_element():
    form = EveryFieldForm(data={**INVALID, "kind": "public", "urgent": "on"})
    assert not form.is_valid()
    html = render(form)
    page = Elements(html)

    summary = page.one("div", class_="nhsuk-error-summary")
    assert summary["tabindex"] == "-1"
    assert summary["data-module"] == "nhsuk-error-summary"
    assert page.one("div", role="alert")
    assert '<h2 class="nhsuk-error-summary__heading">\n      There is a problem\n' in html
    assert html.index("nhsuk-error-summary") < html.index("nhsuk-form-group")

    links = [a["href"] for a in page.all("a")]
    assert links == [
        "#id_name",
        "#id_email",
        "#id_count",
        "#id_secret",
        "#id_team",
        "#id_topics_0",  # the first checkbox
        "#id_received_0",  # the day box
        "#id_received_at_0",
    ]
    assert all(link[1:] in page.ids() for link in links)
    assert ">Date must be a real date</a>" in html
    assert ">Enter a month</a>" in html
    # Non-field errors are listed without a link.
    assert "<li>Public enquiries cannot be urgent</li>" in html


def test_radio_errors_link_to_the_first_radio():
    form = invalid_form()
    page = Elements(render(form))
    assert {a["href"] for a in page.all("a")} >= {"#id_kind_0"}
    assert page.one("input", id="id_kind_0", value="press")


def test_valid_form_has_no_error_summary_or_messages():
    form = EveryFieldForm(data=VALID)
    assert form.is_valid(), form.errors
    html = render(form)
    assert "nhsuk-error-summary" not in html
    assert "nhsuk-error-message" not in html
    assert "--error" not in html


def test_as_crispy_errors_filter_renders_the_summary_alone():
    template = Template("{% load crispy_forms_tags %}{{ form|as_crispy_errors }}")
    html = template.render(RequestContext(RequestFactory().get("/"), {"form": invalid_form()}))
    assert "There is a problem" in html
    assert "nhsuk-form-group" not in html


# What the user typed


def test_an_invalid_submit_keeps_what_was_typed():
    data = {**INVALID, "team": "south", "kind": "press", "topics": ["flu"], "urgent": "on"}
    form = EveryFieldForm(data=data)
    assert not form.is_valid()
    page = Elements(render(form))

    assert page.one("input", name="email")["value"] == "not-an-email"
    assert page.one("input", name="count")["value"] == "lots"
    assert page.one("input", name="postcode")["value"] == "LS1 <1AB>"
    assert "value" not in page.one("input", name="secret")  # passwords are never echoed
    assert "selected" in page.one("option", value="south")
    assert "selected" not in page.one("option", value="north")
    assert "checked" in page.one("input", name="kind", value="press")
    assert "checked" not in page.one("input", name="kind", value="public")
    assert "checked" in page.one("input", name="topics", value="flu")
    assert "checked" not in page.one("input", name="topics", value="covid")
    assert "checked" in page.one("input", name="urgent")
    typed = {
        name: page.one("input", name=name).get("value")
        for name in INVALID
        if name.startswith("received")
    }
    assert typed == {
        "received_day": "31",
        "received_month": "2",
        "received_year": "2025",
        "received_at_day": "4",
        "received_at_month": None,
        "received_at_year": "2025",
        "received_at_time": "9:30",
    }


def test_textarea_keeps_its_text_escaped():
    html = render(invalid_form())
    assert ">\nWhat they &lt;asked&gt;</textarea>" in html


def test_initial_dates_fill_the_boxes_in_uk_time():
    form = EveryFieldForm(
        initial={
            "received": date(2025, 3, 4),
            "received_at": datetime(2025, 7, 1, 8, 5, tzinfo=UTC),
        }
    )
    page = Elements(render(form))
    assert [page.one("input", name=f"received_{b}")["value"] for b in ("day", "month", "year")] == [
        "4",
        "3",
        "2025",
    ]
    assert page.one("input", name="received_at_time")["value"] == "09:05"  # BST


def test_everything_is_escaped():
    class Nasty(forms.Form):
        field = forms.CharField(label="<b>Label</b>", help_text="<i>hint</i>")

        def clean_field(self):
            raise ValidationError("<script>bad</script>")

    form = Nasty(data={"field": '"><script>x</script>'})
    form.is_valid()
    html = render(form)
    assert "<b>" not in html
    assert "<i>" not in html
    assert "<script>" not in html
    assert "&lt;b&gt;Label&lt;/b&gt;" in html
    assert "&lt;i&gt;hint&lt;/i&gt;" in html
    assert "&lt;script&gt;bad&lt;/script&gt;" in html
    assert 'value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"' in html


# The form tag, the helper and layout objects


def test_post_form_tag_is_novalidate_with_csrf_token():
    form = EveryFieldForm()
    form.helper = FormHelper()
    form.helper.form_action = "/media-desk/new/"
    form.helper.form_id = "enquiry"
    html = Template("{% load crispy_forms_tags %}{% crispy form %}").render(
        RequestContext(RequestFactory().get("/"), {"form": form})
    )
    page = Elements(html)
    tag = page.one("form")
    assert tag["method"] == "post"
    assert tag["action"] == "/media-desk/new/"
    assert tag["id"] == "enquiry"
    assert tag["enctype"] == "multipart/form-data"
    assert "novalidate" in tag
    assert page.one("input", type="hidden", name="csrfmiddlewaretoken")["value"]


def test_get_form_has_no_csrf_token_and_form_tag_false_has_no_form():
    form = EveryFieldForm()
    form.helper = FormHelper()
    form.helper.form_method = "GET"
    page = Elements(render(form))
    assert page.one("form")["method"] == "get"
    assert not page.all("input", name="csrfmiddlewaretoken")

    form.helper.form_tag = False
    html = render(form)
    assert "<form" not in html
    assert "nhsuk-input" in html


def test_layout_objects():
    form = EveryFieldForm()
    form.helper = FormHelper()
    form.helper.layout = Layout(
        Fieldset("About the caller", "name", Field("email", css_class="nhsuk-u-width-two-thirds")),
        Div("team", css_class="nhsuk-u-margin-bottom-4", css_id="team-box"),
        Field("postcode", autocomplete="postal-code", wrapper_class="postcode-group"),
        HTML("<p class='nhsuk-body'>Then {{ note }}</p>"),
        Submit("save", "Save enquiry"),
        Button("cancel", "Cancel", css_class="nhsuk-button--small"),
    )
    html = render(form, note="<done>")
    page = Elements(html)

    fieldset = page.one("fieldset", class_="nhsuk-fieldset")
    assert fieldset is not None
    assert (
        '<legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">\n'
        "    About the caller\n  </legend>"
    ) in html
    assert classes(page.one("input", name="email")) == {"nhsuk-input", "nhsuk-u-width-two-thirds"}
    assert page.one("div", id="team-box")["class"] == "nhsuk-u-margin-bottom-4"
    assert page.one("input", name="postcode")["autocomplete"] == "postal-code"
    assert page.one("div", class_="nhsuk-form-group postcode-group")
    assert "<p class='nhsuk-body'>Then &lt;done&gt;</p>" in html

    save = page.one("button", name="save")
    assert save["class"] == "nhsuk-button"
    assert save["type"] == "submit"
    assert save["data-module"] == "nhsuk-button"
    cancel = page.one("button", name="cancel")
    assert cancel["class"] == "nhsuk-button nhsuk-button--secondary nhsuk-button--small"
    assert cancel["type"] == "button"
    assert "btn" not in html
    # Fields the layout leaves out are not rendered.
    assert 'name="kind"' not in html


def test_helper_inputs_are_buttons_in_a_button_group():
    form = EveryFieldForm()
    form.helper = FormHelper()
    form.helper.add_input(Submit("save", "Save"))
    page = Elements(render(form))
    assert page.one("div", class_="nhsuk-button-group")
    assert page.one("button", name="save")["class"] == "nhsuk-button"


def test_crispy_filter_renders_the_same_components():
    template = Template("{% load crispy_forms_tags %}{{ form|crispy }}")
    html = template.render(RequestContext(RequestFactory().get("/"), {"form": invalid_form()}))
    page = Elements(html)
    assert "<form" not in html
    assert page.one("div", class_="nhsuk-error-summary")
    assert page.one("input", name="name")["aria-describedby"] == "id_name_helptext id_name_error"
    assert len(page.all("div", class_="nhsuk-date-input")) == 2
    assert page.one("div", class_="nhsuk-radios", data_module="nhsuk-radios")


def test_as_crispy_field_renders_one_field():
    template = Template("{% load crispy_forms_tags %}{{ form.kind|as_crispy_field }}")
    html = template.render(RequestContext(RequestFactory().get("/"), {"form": invalid_form()}))
    assert html.count("nhsuk-radios__input") == 2
    assert "nhsuk-error-message" in html
    assert "nhsuk-error-summary" not in html


def test_hidden_fields_render_bare():
    class WithHidden(forms.Form):
        token = forms.CharField(widget=forms.HiddenInput)

    html = render(WithHidden(initial={"token": "abc"}))
    assert '<input type="hidden" name="token" value="abc"' in html
    assert "nhsuk-form-group" not in html


def test_formset_renders_each_form_and_one_summary():
    formset_class = forms.formset_factory(EveryFieldForm, extra=0)
    data = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0"}
    data |= {f"form-0-{name}": value for name, value in INVALID.items()}
    formset = formset_class(data=data)
    assert not formset.is_valid()
    html = render(formset)
    page = Elements(html)
    assert html.count("nhsuk-error-summary__list") == 1
    assert page.one("input", name="form-TOTAL_FORMS")
    assert all(a["href"][1:] in page.ids() for a in page.all("a"))
    assert page.one("input", name="form-0-email")["value"] == "not-an-email"


# NhsDateField


def date_field(**kwargs) -> NhsDateField:
    return NhsDateField(**kwargs)


@pytest.mark.parametrize(
    ("boxes", "expected"),
    [
        (["4", "3", "2025"], date(2025, 3, 4)),
        (["04", "03", "2025"], date(2025, 3, 4)),
        ([" 29 ", "2", "2024"], date(2024, 2, 29)),
        (("31", "12", "1999"), date(1999, 12, 31)),
    ],
)
def test_date_field_turns_the_boxes_into_a_date(boxes, expected):
    assert date_field().clean(boxes) == expected


@pytest.mark.parametrize(
    ("boxes", "message"),
    [
        (["", "3", "2025"], "Enter a day"),
        (["", "", "2025"], "Enter a day"),
        (["4", "", "2025"], "Enter a month"),
        (["4", " ", "2025"], "Enter a month"),
        (["4", "3", ""], "Enter a year"),
        (["4", "3", "25"], "Year must include 4 numbers"),
        (["4", "3", "20255"], "Year must include 4 numbers"),
        (["4", "3", "two"], "Year must include 4 numbers"),
        (["31", "2", "2025"], "Date must be a real date"),
        (["29", "2", "2025"], "Date must be a real date"),
        (["4", "13", "2025"], "Date must be a real date"),
        (["0", "3", "2025"], "Date must be a real date"),
        (["four", "3", "2025"], "Date must be a real date"),
        (["1_0", "3", "2025"], "Date must be a real date"),
        (["+4", "3", "2025"], "Date must be a real date"),
        (["", "", ""], "Enter a date"),
    ],
)
def test_date_field_errors(boxes, message):
    with pytest.raises(ValidationError) as raised:
        date_field().clean(boxes)
    assert raised.value.messages == [message]


def test_optional_date_field_may_be_left_blank():
    assert date_field(required=False).clean(["", " ", ""]) is None
    assert date_field(required=False).clean(None) is None
    with pytest.raises(ValidationError, match="Enter a year"):
        date_field(required=False).clean(["4", "3", ""])


def test_date_field_messages_can_be_overridden():
    field = date_field(error_messages={"required": "Enter the date the enquiry arrived"})
    with pytest.raises(ValidationError, match="Enter the date the enquiry arrived"):
        field.clean(["", "", ""])


def test_date_field_accepts_a_date_and_notices_changes():
    field = date_field()
    assert field.clean(date(2025, 3, 4)) == date(2025, 3, 4)
    assert not field.has_changed(date(2025, 3, 4), ["4", "3", "2025"])
    assert field.has_changed(date(2025, 3, 4), ["5", "3", "2025"])


# NhsDateTimeField


def test_date_time_field_returns_an_aware_uk_datetime():
    moment = NhsDateTimeField().clean(["4", "7", "2025", "14:30"])
    assert moment == datetime(2025, 7, 4, 14, 30, tzinfo=timezone.get_default_timezone())
    assert moment.utcoffset().total_seconds() == 3600  # BST
    assert moment.astimezone(UTC) == datetime(2025, 7, 4, 13, 30, tzinfo=UTC)
    winter = NhsDateTimeField().clean(["4", "1", "2025", "9:05"])
    assert winter.astimezone(UTC) == datetime(2025, 1, 4, 9, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("boxes", "message"),
    [
        (["4", "7", "2025", ""], "Enter a time"),
        (["4", "7", "2025", "24:00"], "Time must be a real time, like 09:30 or 14:45"),
        (["4", "7", "2025", "12:60"], "Time must be a real time, like 09:30 or 14:45"),
        (["4", "7", "2025", "2pm"], "Time must be a real time, like 09:30 or 14:45"),
        (["4", "7", "2025", "1430"], "Time must be a real time, like 09:30 or 14:45"),
        (["", "7", "2025", "14:30"], "Enter a day"),
        (["4", "7", "25", "14:30"], "Year must include 4 numbers"),
        (["31", "6", "2025", "14:30"], "Date must be a real date"),
        (["", "", "", ""], "Enter a date and time"),
        # The clocks went forward at 01:00 on 30 March 2025: 01:30 never happened.
        (
            ["30", "3", "2025", "01:30"],
            "Time does not exist on that date because the clocks went forward",
        ),
    ],
)
def test_date_time_field_errors(boxes, message):
    with pytest.raises(ValidationError) as raised:
        NhsDateTimeField().clean(boxes)
    assert raised.value.messages == [message]


def test_date_time_field_takes_the_first_of_a_repeated_hour():
    # The clocks went back at 02:00 BST on 26 October 2025: 01:30 happened twice.
    moment = NhsDateTimeField().clean(["26", "10", "2025", "01:30"])
    assert moment.astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_optional_date_time_field_and_unchanged_initial():
    assert NhsDateTimeField(required=False).clean(["", "", "", ""]) is None
    initial = datetime(2025, 7, 4, 13, 30, tzinfo=UTC)
    assert not NhsDateTimeField().has_changed(initial, ["4", "7", "2025", "14:30"])
