import datetime

import factory

from accounts.tests.factories import CcgFactory
from media_desk.models import Enquiry, Kind, Spokesperson
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
