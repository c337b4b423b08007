"""Prints the deadlines a hypothetical item would get, so administrators can check a policy.

python manage.py sla_deadline --kind mp --received 2026-12-23T16:30 \
    [--deadline ISO] [--ccg 00C] [--explain]
"""

from datetime import datetime

from django.core.management.base import BaseCommand, CommandError

from accounts.models import Ccg
from media_desk.models import Enquiry, Kind, PolicyKind
from media_desk.services.deadlines import worked_deadlines
from media_desk.services.policies import rules_copy, sla_policy_for
from working_time import LONDON

KINDS = {
    "media": (Kind.MEDIA, PolicyKind.MEDIA),
    "media-urgent": (Kind.MEDIA, PolicyKind.MEDIA_URGENT),
    "mp": (Kind.MP, PolicyKind.MP),
    "mp-urgent": (Kind.MP, PolicyKind.MP_URGENT),
    "briefing": (Kind.BRIEFING, PolicyKind.BRIEFING),
    "foi": (Kind.FOI, PolicyKind.FOI),
}


def parse_instant(value: str, option: str) -> datetime:
    """ISO 8601; without an offset the time is taken as Europe/London wall-clock time."""
    try:
        instant = datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"{option}: not an ISO 8601 date-time ({value!r})") from error
    return instant if instant.tzinfo else instant.replace(tzinfo=LONDON)


class Command(BaseCommand):
    help = "Print the holding and response deadlines of a hypothetical item."

    def add_arguments(self, parser):
        parser.add_argument("--kind", required=True, choices=sorted(KINDS))
        parser.add_argument("--received", required=True, help="ISO 8601 date-time")
        parser.add_argument("--deadline", help="the requester's own deadline, ISO 8601")
        parser.add_argument("--ccg", help="ODS code; default: England's calendar, 09:00-17:00")
        parser.add_argument("--explain", action="store_true", help="show how each was worked out")

    def handle(self, *args, kind, received, deadline, ccg, explain, **options):
        item_kind, policy_kind = KINDS[kind]
        enquiry = Enquiry(
            ccg=self._ccg(ccg),
            kind=item_kind,
            received_at=parse_instant(received, "--received"),
            requester_deadline=parse_instant(deadline, "--deadline") if deadline else None,
        )
        if item_kind == Kind.BRIEFING and not enquiry.requester_deadline:
            raise CommandError(
                "--deadline: a parliamentary briefing's deadline is the requester's."
            )
        rules_copy(enquiry=enquiry, policy=sla_policy_for(ccg=enquiry.ccg, kind=policy_kind))
        for work in worked_deadlines(enquiry=enquiry):
            due = work.deadline.due
            self.stdout.write(
                f"{work.name} {due.astimezone(LONDON).isoformat() if due else 'paused'}"
            )
            if explain:
                for line in work.deadline.explanation:
                    self.stdout.write(f"    {line}")

    def _ccg(self, ods_code: str | None) -> Ccg:
        if not ods_code:
            return Ccg(name="England default", ods_code="-")  # unsaved: no closure days
        ccg = Ccg.objects.filter(ods_code__iexact=ods_code).first()
        if ccg is None:
            raise CommandError(f"--ccg: no CCG with ODS code {ods_code!r}")
        return ccg
