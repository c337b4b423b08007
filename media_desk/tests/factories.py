import datetime

import factory

from accounts.tests.factories import CcgFactory, UserFactory
from media_desk.models import (
    BriefingSchedule,
    CitedExemption,
    CorrectionRequest,
    Coverage,
    DisclosureLogEntry,
    Enquiry,
    FoiDecision,
    Kind,
    LineToTake,
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


def foi_request(*, ccg, logged_by=None, **fields) -> Enquiry:
    """An FOI request logged through the service (its 20 working days running)."""
    logged_by = logged_by or UserFactory()
    fields.setdefault("requester_name", "Alex Requester")
    fields.setdefault("requester_email", "alex@example.org")
    fields.setdefault("subject", "Spending on agency staff")
    return logged_enquiry(ccg=ccg, logged_by=logged_by, kind=Kind.FOI, **fields)


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
    """An undecided decision on a new FOI request; pass `enquiry`, or `ccg` for a new one."""

    class Meta:
        model = FoiDecision

    class Params:
        ccg = factory.SubFactory(CcgFactory)

    enquiry = factory.LazyAttribute(lambda o: foi_request(ccg=o.ccg))


class CitedExemptionFactory(factory.django.DjangoModelFactory):
    """s.43 commercial interests (qualified), with its public interest test."""

    class Meta:
        model = CitedExemption

    decision = factory.SubFactory(FoiDecisionFactory)
    section = "43"
    public_interest_for = "Transparency in how public money is spent."
    public_interest_against = "Disclosure would harm the supplier's position in a live tender."


def _signer(line) -> object:
    from accounts.tests.factories import member

    return member(ccg=line.ccg, role="Comms team")  # the comms team may sign off responses


class LineToTakeFactory(factory.django.DjangoModelFactory):
    """A line in date: signed off a month ago, valid for a year."""

    class Meta:
        model = LineToTake

    ccg = factory.SubFactory(CcgFactory)
    topic = factory.Sequence(lambda n: f"Winter pressures at A&E ({n})")
    text = "We are working with our partners to make sure patients are seen as quickly as possible."
    signed_off_by = factory.LazyAttribute(_signer)
    signed_off_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(30))
    valid_until = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(365))


class CorrectionRequestFactory(factory.django.DjangoModelFactory):
    """A pending request on coverage of the same CCG, asked two days after publication."""

    class Meta:
        model = CorrectionRequest

    coverage = factory.SubFactory(CoverageFactory)
    ccg = factory.LazyAttribute(lambda request: request.coverage.ccg)
    what_is_wrong = (
        "It says the walk-in centre closes; it moves to the new urgent treatment centre."
    )
    correction_asked = "Correct the headline and the first paragraph."
    requested_of = "News editor"
    requested_on = factory.LazyAttribute(
        lambda request: request.coverage.published_on + datetime.timedelta(days=2)
    )


class BriefingScheduleFactory(factory.django.DjangoModelFactory):
    """Quarterly briefings for an MP of the register (pass `contact`), from 1 April 2026."""

    class Meta:
        model = BriefingSchedule

    ccg = factory.LazyAttribute(lambda schedule: schedule.contact.ccg)
    starts_on = datetime.date(2026, 4, 1)


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
