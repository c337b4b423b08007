import datetime

import factory

from accounts.tests.factories import CcgFactory
from engagement import services
from engagement.models import EngagementPolicy, Event, Feedback, Programme, Response, Theme
from working_time import LONDON


def london(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=LONDON)


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Programme {n}")


class EngagementPolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EngagementPolicy

    ccg = factory.SubFactory(CcgFactory)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.LazyAttribute(lambda theme: theme.name.lower().replace(" ", "-"))


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    ccg = factory.SubFactory(CcgFactory)
    title = factory.Sequence(lambda n: f"Big Chat {n}")
    kind = "big_chat"
    starts_at = factory.LazyFunction(lambda: london(2026, 10, 14, 18, 0))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + datetime.timedelta(hours=2))
    venue = "Bootle Town Hall"


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    ccg = factory.SubFactory(CcgFactory)
    text = "It takes three weeks to get a GP appointment."
    source = "survey"
    received_on = datetime.date(2026, 10, 14)
    sentiment = "negative"


def response_for(*, feedback=None, theme=None, by, **data) -> Response:
    """A response opened through the service, as the web would, so its due date exists."""
    data.setdefault("you_said", "Booking a GP appointment takes too long.")
    return services.response_create(feedback=feedback, theme=theme, data=data, by=by)


def published_response(*, feedback, by, **data) -> Response:
    data.setdefault("we_did", "We funded evening and weekend appointments at four practices.")
    data.setdefault("status", "done")
    response = response_for(feedback=feedback, by=by, **data)
    return services.response_publish(response=response, by=by)
