import datetime

import factory

from accounts.tests.factories import CcgFactory, UserFactory
from media_desk.models import (
    CitedExemption,
    Coverage,
    DisclosureLogEntry,
    Enquiry,
    FoiDecision,
    Kind,
    Outcome,
    PressRelease,
    SlaPolicy,
    Spokesperson,
)
from media_desk.services import enquiry_log


def london(*args) -> datetime.datetime:
    from zoneinfo import ZoneInfo

    return datetime.datetime(*args, tzinfo=ZoneInfo("Europe/London"))


class SpokespersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spokesperson

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Faker("name", locale="en_GB")


def logged_enquiry(*, ccg, logged_by, kind=Kind.MEDIA, received_at=None, **fields) -> Enquiry:
    """An item logged through the service, as the web would, so its deadlines exist."""
    fields.setdefault("subject", "Waiting times at the walk-in centre")
    if kind == Kind.MEDIA:
        fields.setdefault("requester_name", "Tom Ridley")
    enquiry = Enquiry(
        ccg=ccg, kind=kind, received_at=received_at or london(2026, 11, 16, 10, 0), **fields
    )
    return enquiry_log(enquiry=enquiry, logged_by=logged_by)


class SlaPolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SlaPolicy

    ccg = factory.SubFactory(CcgFactory)
    kind = "media"
    response_amount = 2
    response_unit = "working_days"


class PressReleaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PressRelease

    ccg = factory.SubFactory(CcgFactory)
    title = factory.Sequence(lambda n: f"New walk-in centre opens ({n})")
    issued_on = datetime.date(2026, 11, 2)


class CoverageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Coverage

    ccg = factory.SubFactory(CcgFactory)
    outlet = "Northern Echo"
    published_on = datetime.date(2026, 11, 3)
    headline = factory.Sequence(lambda n: f"Walk-in centre opens its doors ({n})")


def responded_foi(*, ccg, by, received_at=None, responded_at=None, **fields) -> Enquiry:
    """An FOI request logged and answered through the services, so its deadlines are met."""
    from media_desk.services import enquiry_respond, enquiry_sign_off

    received_at = received_at or london(2026, 11, 2, 10, 0)
    responded_at = responded_at or received_at + datetime.timedelta(days=7)
    fields.setdefault("requester_name", "Alex Requester")
    fields.setdefault("requester_email", "alex.requester@example.org")
    enquiry = logged_enquiry(
        ccg=ccg, logged_by=by, kind=Kind.FOI, received_at=received_at, **fields
    )
    response = "We hold the information and enclose it."
    enquiry_sign_off(enquiry=enquiry, signed_off_by="Director", response=response, at=responded_at)
    return enquiry_respond(enquiry=enquiry, response=response, at=responded_at)


class FoiDecisionFactory(factory.django.DjangoModelFactory):
    """A decision on an FOI request (the decision form is another page's): pass `enquiry`."""

    class Meta:
        model = FoiDecision

    enquiry = factory.LazyFunction(
        lambda: logged_enquiry(ccg=CcgFactory(), logged_by=UserFactory(), kind=Kind.FOI)
    )
    outcome = Outcome.PROVIDED_FULL
    decided_at = factory.LazyAttribute(lambda d: d.enquiry.received_at + datetime.timedelta(days=5))


class CitedExemptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CitedExemption

    decision = factory.SubFactory(FoiDecisionFactory, outcome=Outcome.REFUSED)
    section = "43"
    public_interest_for = "Transparency in the spending of public money."
    public_interest_against = "Harm to the supplier's position in a live tender."


class DisclosureLogEntryFactory(factory.django.DjangoModelFactory):
    """A published entry; `enquiry` defaults to a responded FOI request of `ccg`."""

    class Meta:
        model = DisclosureLogEntry

    ccg = factory.SubFactory(CcgFactory)
    enquiry = factory.LazyAttribute(lambda e: responded_foi(ccg=e.ccg, by=UserFactory()))
    title = factory.Sequence(lambda n: f"Spending on agency staff ({n})")
    request_summary = "How much the CCG spent on agency staff in 2025/26."
    response_text = "The CCG spent £1.2 million on agency staff in 2025/26."
    outcome = Outcome.PROVIDED_FULL
    published_at = factory.LazyFunction(lambda: london(2026, 11, 20, 9, 0))
