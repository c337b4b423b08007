"""Every form of the portal, sent empty, names each field it needs: "Enter the subject",
never Django's "This field is required." (NHS.UK service manual, error messages)."""

import contextlib
import datetime
import importlib
import inspect
import pkgutil
import re

import pytest
from django import forms

from accounts.models import Ccg
from accounts.selectors import scope_for_user
from media_desk.models import Kind
from nhsuk_forms.fields import (
    NhsDateField,
    NhsDateTimeField,
    NhsErrorMessages,
    required_message,
)

pytestmark = pytest.mark.django_db

APPS = ("accounts", "stakeholders", "media_desk", "engagement", "campaigns", "reporting", "audit")
MODULES = (
    "accounts.forms",
    "accounts.security.forms",
    "stakeholders.forms",
    "media_desk.forms",
    "media_desk.forms.foi",
    "media_desk.filters",
    "engagement.forms",
    "core.concurrency.once",
)
# Django's admin renders these with its own error list; they are not the portal's pages.
ADMIN_ONLY = {"UserAdminCreationForm", "UserAdminChangeForm"}
# Django's message, and the date fields' generic ones: none says which field is missing.
GENERIC = {
    str(forms.Field.default_error_messages["required"]),
    "This field is required.",
    NhsDateField.default_error_messages["required"],
    NhsDateTimeField.default_error_messages["required"],
}


# A label made into a message that does not read: a question, "Enter the when ...", "the i ...".
CLUMSY = re.compile(r"\?$|\bthe (what|when|where|who|why|how|which|i)\b|^(Enter|Select) the name$")


def _subclasses(klass):
    for sub in klass.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def portal_forms() -> list[type[forms.BaseForm]]:
    for module in MODULES:
        package = importlib.import_module(module)
        for name in getattr(package, "__path__", None) and _package_modules(package) or []:
            importlib.import_module(name)
    found = {
        klass
        for klass in _subclasses(forms.BaseForm)
        if klass.__module__.split(".")[0] in (*APPS, "core", "nhsuk_forms")
        and ".tests" not in klass.__module__
        and klass.__name__ not in ADMIN_ONLY
        and not (issubclass(klass, forms.BaseModelForm) and klass._meta.model is None)
    }
    return sorted(found, key=lambda k: f"{k.__module__}.{k.__name__}")


def _package_modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def _keyword_args(klass) -> set[str]:
    names = set()
    for base in klass.__mro__:
        init = base.__dict__.get("__init__")
        if init is None or base.__module__.startswith("django"):
            continue
        for param in inspect.signature(init).parameters.values():
            if param.kind is param.KEYWORD_ONLY:
                names.add(param.name)
    return names


@pytest.fixture
def samples(comms_a, ccg_a, ccg_b):
    from accounts.models import User
    from campaigns.tests.factories import ContentItemFactory
    from engagement.models import Event, Theme
    from media_desk.models import LineToTake, Spokesperson
    from stakeholders.models import Contact, DistributionList, StakeholderMap

    scope = scope_for_user(user=comms_a)
    return {
        "scope": scope,
        "ccgs": Ccg.objects.filter(pk__in=[ccg_a.pk, ccg_b.pk]),  # two: the CCG is asked
        "requesters": Contact.objects.none(),
        "contacts": Contact.objects.none(),
        "full": True,
        "owners": User.objects.none(),
        "spokespeople": Spokesperson.objects.none(),
        "lines": LineToTake.objects.none(),
        "users": User.objects.none(),
        "maps": StakeholderMap.objects.none(),
        "lists": DistributionList.objects.none(),
        "themes": Theme.objects.none(),
        "events": Event.objects.none(),
        "today": datetime.date(2026, 12, 1),
        "campaigns": [],
        "layers": [],
        "days": [],
        "months": [datetime.date(2026, 11, 1)],
        "item": ContentItemFactory(ccg=ccg_a),
    }


def _instances(klass, samples, ccg):
    wanted = _keyword_args(klass) & set(samples) | ({"kind"} & _keyword_args(klass))
    kwargs = {name: samples[name] for name in wanted if name != "kind"}
    if issubclass(klass, forms.BaseModelForm):
        model = klass._meta.model
        instance = model()
        if any(f.name == "ccg" for f in model._meta.fields):
            instance.ccg = ccg
        kwargs["instance"] = instance
    if "kind" in wanted:
        return [klass(data={}, files={}, kind=kind, **kwargs) for kind in Kind.values]
    return [klass(data={}, files={}, **kwargs)]


def test_the_walk_finds_the_forms_of_every_app():
    names = {k.__name__ for k in portal_forms()}
    assert {"EnquiryLogForm", "EventForm", "ContactForm", "ImportForm", "SignOffForm"} <= names


def test_every_portal_form_mixes_in_the_nhs_error_messages():
    missing = [k.__name__ for k in portal_forms() if not issubclass(k, NhsErrorMessages)]
    assert missing == []


def test_no_form_refuses_an_empty_field_with_djangos_default_message(samples, ccg_a):
    offenders = []
    for klass in portal_forms():
        for form in _instances(klass, samples, ccg_a):
            # The model's own check of an unsaved sample may fail: the fields were checked.
            with contextlib.suppress(ValueError):
                form.is_valid()
            for name, errors in form._errors.items():
                for message in errors:
                    if message in GENERIC or CLUMSY.search(message):
                        offenders.append(f"{klass.__name__}.{name}: {message}")
    assert offenders == []


def test_a_required_message_names_the_field_with_the_right_verb():
    assert required_message(forms.CharField(label="Subject"), "subject") == "Enter the subject"
    choice = forms.ChoiceField(label="CCG", choices=[("a", "A")])
    assert required_message(choice, "ccg") == "Select the CCG"
    radios = forms.ChoiceField(label="Tone", widget=forms.RadioSelect, choices=[("a", "A")])
    assert required_message(radios, "tone") == "Select the tone"
    nameless = forms.CharField()
    assert required_message(nameless, "job_title") == "Enter the job title"


def test_a_message_given_to_a_field_is_kept():
    class Form(NhsErrorMessages, forms.Form):
        subject = forms.CharField(label="Subject", error_messages={"required": "Enter a subject"})
        outlet = forms.CharField(label="Outlet or organisation")

    form = Form(data={})
    assert not form.is_valid()
    assert form.errors == {
        "subject": ["Enter a subject"],
        "outlet": ["Enter the outlet or organisation"],
    }
