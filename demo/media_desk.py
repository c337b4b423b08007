"""Demo items on the media desk, received relative to the first load so their clocks are live."""

from datetime import timedelta

from django.utils import timezone

from accounts.models import Ccg, User
from media_desk import services as desk
from media_desk.models import Enquiry, Spokesperson
from media_desk.services import sla_policies_ensure
from stakeholders.models import Contact

from . import data


def media_desk_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    for ccg in ccgs.values():
        sla_policies_ensure(ccg=ccg)
    for code, name, title, topics, trained in data.SPOKESPEOPLE:
        Spokesperson.objects.get_or_create(
            ccg=ccgs[code],
            name=name,
            defaults={"job_title": title, "topics": topics, "media_trained": trained},
        )
    comms = User.objects.get(email="comms@demo.nhs.uk")
    for code, kind, subject, hours_ago, requester, logged_by, details in data.ENQUIRIES:
        if Enquiry.objects.filter(ccg=ccgs[code], subject=subject).exists():
            continue
        contact = Contact.objects.filter(ccg=ccgs[code], email=requester).first()
        enquiry = Enquiry(
            ccg=ccgs[code],
            kind=kind,
            subject=subject,
            details=details,
            received_at=timezone.now() - timedelta(hours=hours_ago),
            requester_contact=contact,
            requester_name="" if contact else requester,
            requester_outlet=contact.organisation.name if contact and contact.organisation else "",
            owner=comms if logged_by == comms.email else None,
        )
        desk.enquiry_log(enquiry=enquiry, logged_by=User.objects.get(email=logged_by))
    _holding_statements(ccgs=ccgs, by=comms)


def _holding_statements(*, ccgs: dict[str, Ccg], by: User) -> None:
    """A media enquiry's optional first step: a holding statement (sent once, not on re-runs)."""
    for code, subject, minutes, text in data.HOLDING_STATEMENTS:
        enquiry = Enquiry.objects.filter(ccg=ccgs[code], subject=subject).first()
        if enquiry is None or enquiry.holding_sent_at:
            continue
        enquiry._history_user = by
        desk.enquiry_send_holding_reply(
            enquiry=enquiry, text=text, at=enquiry.received_at + timedelta(minutes=minutes)
        )
