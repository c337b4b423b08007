"""One of each calendar layer in a CCG in November 2027, for the calendar and feed tests."""

import datetime

from django.utils import timezone

from campaigns.models import AwarenessDayChoice
from engagement import services as engagement_services
from engagement.tests.factories import EventFactory, london
from media_desk.models import Kind, SlaDeadline
from media_desk.tests.factories import logged_enquiry

from .factories import CampaignFactory, MeetingFactory, NationalAwarenessDayFactory

D = datetime.date


def one_of_each(*, ccg, comms, month: D = D(2027, 11, 1), tag: str = "") -> dict:
    """A campaign, a chosen national day, a meeting, an event, a consultation and a briefing
    deadline of `ccg` in the month of `month`; their titles end with `tag`."""
    y, m = month.year, month.month
    day = NationalAwarenessDayFactory(
        name=f"Self Care Week{tag}", starts_on=D(y, m, 15), ends_on=D(y, m, 21)
    )
    AwarenessDayChoice.objects.create(ccg=ccg, name=day.name)
    consultation = engagement_services.consultation_create(
        ccg=ccg,
        data={
            "title": f"Urgent care review{tag}",
            "summary": "Two centres instead of three.",
            "opens_on": D(y, m, 2),
            "closes_on": D(y, m, 9),
            "shortened_reason": "A short review agreed with the council.",
        },
        by=comms,
    )
    briefing = logged_enquiry(
        ccg=ccg,
        logged_by=comms,
        kind=Kind.BRIEFING,
        subject=f"Question on GP access{tag}",
        received_at=timezone.now() - datetime.timedelta(days=1),
        requester_deadline=london(y, m, 24, 12, 0),
    )
    SlaDeadline.objects.update_or_create(
        enquiry=briefing, name="response", defaults={"due_at": london(y, m, 24, 12, 0)}
    )
    return {
        "campaign": CampaignFactory(
            ccg=ccg,
            name=f"Stay Well This Winter{tag}",
            priority="high",
            starts_on=D(y, m, 1),
            ends_on=D(y, m, 1) + datetime.timedelta(days=120),
        ),
        "day": day,
        "meeting": MeetingFactory(
            ccg=ccg, title=f"Governing body in public{tag}", starts_at=london(y, m, 4, 14, 0)
        ),
        "event": EventFactory(
            ccg=ccg, title=f"Winter health fair{tag}", starts_at=london(y, m, 10, 10, 0)
        ),
        "consultation": consultation,
        "briefing": briefing,
    }


TITLES = [
    "Stay Well This Winter",
    "Self Care Week",
    "Governing body in public",
    "Winter health fair",
    "Urgent care review",
    "Briefing due: Question on GP access",
]
