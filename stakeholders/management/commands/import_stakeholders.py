"""python manage.py import_stakeholders FILE --ccg ODS_CODE [--dry-run]

The same code path as the web import (services.imports), with the same limits on size, rows,
columns and cells: the file is checked, the report printed, and unless --dry-run the import
runs, all or nothing. Exit status 1 when the file has errors (nothing is then written)."""

import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.models import Ccg, User
from stakeholders import services
from stakeholders.importing.limits import ImportLimits, too_big_message
from stakeholders.importing.report import report_lines
from stakeholders.models import DistributionList, ImportStatus, LawfulBasis


class Command(BaseCommand):
    help = "Import stakeholders from a CSV or XLSX file into one CCG's register."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--ccg", required=True, help="The CCG's ODS code, e.g. 01T.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and report; write nothing."
        )
        parser.add_argument("--list", help="Also subscribe everyone to this distribution list.")
        parser.add_argument(
            "--lawful-basis", choices=LawfulBasis.values, help="Needed with --list."
        )
        parser.add_argument("--source", default="", help="Where the list's consent came from.")
        parser.add_argument(
            "--consent-date",
            type=datetime.date.fromisoformat,
            help="YYYY-MM-DD, for rows without one.",
        )
        parser.add_argument("--user", help="E-mail of the portal user the history names.")
        parser.add_argument("--show", type=int, default=50, help="Rows of the report to print.")

    def handle(self, *args, **options):
        ccg = self._ccg(options["ccg"])
        content = self._content(options["file"])
        try:
            job = services.import_job_start(
                ccg=ccg,
                user=self._user(options["user"]),
                filename=options["file"].name,
                content=content,
                distribution_list=self._list(ccg, options["list"]),
                lawful_basis=options["lawful_basis"] or "",
                consent_source=options["source"],
                default_consent_date=options["consent_date"],
                inline=True,
            )
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        for line in report_lines(job.report, limit=options["show"]):
            self.stdout.write(line)
        if not job.can_confirm:
            services.import_job_cancel(job=job)
            raise CommandError("The file has errors: nothing was written. Fix them and run again.")
        if options["dry_run"]:
            services.import_job_cancel(job=job)
            self.stdout.write(self.style.SUCCESS("Dry run: nothing was written."))
            return
        job = services.import_job_confirm(job=job, user=job.created_by, inline=True)
        if job.status != ImportStatus.IMPORTED:
            for error in job.report.get("file_errors", []):
                self.stderr.write(error)
            raise CommandError(f"Import {job.pk} failed: nothing was written.")
        result = job.report["result"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported into {ccg}: {result['created']} created, {result['updated']} updated, "
                f"{result['organisations_created']} organisations created, "
                f"{result['subscribed']} added to the list."
            )
        )

    def _content(self, path: Path) -> bytes:
        limits = ImportLimits.from_settings()
        try:
            size = path.stat().st_size
            if size > limits.max_file_bytes:  # refused by its size, before a byte is read
                raise CommandError(f"{path}: {too_big_message(size, limits)}")
            # Read one byte past the limit: a file that grew since stat() is still refused.
            with path.open("rb") as handle:
                content = handle.read(limits.max_file_bytes + 1)
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}.") from None
        if len(content) > limits.max_file_bytes:
            raise CommandError(f"{path}: {too_big_message(len(content), limits)}")
        return content

    def _ccg(self, code: str) -> Ccg:
        ccg = Ccg.objects.filter(ods_code__iexact=code.strip()).first()
        if ccg is None:
            known = ", ".join(Ccg.objects.values_list("ods_code", flat=True)) or "none"
            raise CommandError(f"No CCG with ODS code {code!r}. Known: {known}.")
        return ccg

    def _user(self, email: str | None) -> User | None:
        if not email:
            return None
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"No portal user with the e-mail {email!r}.")
        return user

    def _list(self, ccg: Ccg, name: str | None) -> DistributionList | None:
        if not name:
            return None
        found = DistributionList.objects.for_ccgs([ccg.pk]).filter(name__iexact=name).first()
        if found is None:
            raise CommandError(f"{ccg} has no distribution list called {name!r}.")
        return found
