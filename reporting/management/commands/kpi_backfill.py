"""Takes the KPI snapshots of a range of days, oldest first, showing progress.

python manage.py kpi_backfill --from 2025-12-01 --to 2026-11-30 [--ccg 00C ...] [--month-ends]

Safe to run again or alongside the nightly job: each day replaces its own snapshots."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from accounts.models import Ccg
from reporting.services import kpi_snapshots_backfill


def parse_day(value: str, option: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"{option}: not a date like 2026-11-30 ({value!r})") from error


class Command(BaseCommand):
    help = "Take the KPI snapshots of every day in a range (each day replaces its own)."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="First day, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="Last day, YYYY-MM-DD")
        parser.add_argument("--ccg", action="append", default=[], help="ODS code (repeatable)")
        parser.add_argument(
            "--month-ends", action="store_true", help="Each month's last day only (and --to)"
        )

    def handle(self, *args, start, end, ccg, month_ends, **options):
        first, last = parse_day(start, "--from"), parse_day(end, "--to")
        if last < first:
            raise CommandError("--to must be on or after --from.")
        ccg_ids = None
        if ccg:
            found = dict(Ccg.objects.filter(ods_code__in=ccg).values_list("ods_code", "pk"))
            unknown = sorted(set(ccg) - set(found))
            if unknown:
                raise CommandError(f"No CCG with the ODS code {', '.join(unknown)}.")
            ccg_ids = list(found.values())

        def progress(day: datetime.date, done: int, total: int) -> None:
            self.stdout.write(f"{done}/{total} {day:%Y-%m-%d} ({100 * done // total}%)")

        taken = kpi_snapshots_backfill(
            start=first, end=last, ccg_ids=ccg_ids, month_ends_only=month_ends, progress=progress
        )
        self.stdout.write(self.style.SUCCESS(f"Took {taken} snapshots."))
