"""Demo FOI requests taken to a decision through the desk's services: provided in full, in part
(a qualified exemption with its public interest test, and an absolute one), not held, refused on
cost with the s.16 advice, and one extended for the public interest test. Three are on the
public disclosure log; two have their letter drafted."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from accounts.models import Ccg, User
from media_desk import services as desk
from media_desk.models import Enquiry, Kind

from . import desk_data


def foi_demo_load(*, ccgs: dict[str, Ccg], by: User) -> None:
    for spec in desk_data.FOI_REQUESTS:
        if Enquiry.objects.filter(ccg=ccgs[spec["ccg"]], subject=spec["subject"]).exists():
            continue  # keyed on its subject: a re-run leaves it (and its history) alone
        _foi_request_load(spec, ccg=ccgs[spec["ccg"]], by=by)


def _foi_request_load(spec: dict, *, ccg: Ccg, by: User) -> None:
    name, email = spec["requester"]
    enquiry = desk.enquiry_log(
        enquiry=Enquiry(
            ccg=ccg,
            kind=Kind.FOI,
            subject=spec["subject"],
            details=spec["details"],
            received_at=timezone.now() - timedelta(days=spec["days_ago"]),
            requester_name=name,
            requester_email=email,
            owner=by,
        ),
        logged_by=by,
    )
    outcome, hours, advice, exemptions = spec["decision"]
    desk.foi_decision_record(
        enquiry=enquiry,
        data=desk.DecisionData(
            outcome=outcome,
            cost_estimate_hours=Decimal(hours) if hours else None,
            advice_and_assistance=advice,
            exemptions=exemptions,
        ),
        by=by,
        version=None,
    )
    if "extend" in spec:
        told = enquiry.received_at + timedelta(days=spec["extend"])
        desk.foi_extension_record(enquiry=enquiry, told_at=told)
    if "respond" in spec:
        days, response = spec["respond"]
        at = enquiry.received_at + timedelta(days=days)
        desk.enquiry_sign_off(enquiry=enquiry, signed_off_by=by.full_name, response=response, at=at)
        desk.enquiry_respond(enquiry=enquiry, response=response, at=at)
    if "letter" in spec:
        desk.foi_letter_draft(enquiry=enquiry, kind=spec["letter"], by=by)
    if "publish" in spec:
        title, summary, text = spec["publish"]
        desk.disclosure_publish(
            enquiry=enquiry,
            data={
                "title": title,
                "request_summary": summary,
                "response_text": text,
                "outcome": outcome,
            },
            redactions_confirmed=True,
            by=by,
            at=enquiry.responded_at + timedelta(days=2),
        )
