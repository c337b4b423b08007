"""An import is checked first, written only when confirmed, and then all or nothing, with the
audit history saying who imported whom from which file."""

from unittest import mock

import pytest
from django.db import IntegrityError

from stakeholders import services
from stakeholders.models import Contact, ImportJob, ImportStatus, Organisation, Subscription

from .factories import ContactFactory, DistributionListFactory, SegmentFactory
from .spreadsheets import csv_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db

GOOD = [
    ["First name", "Last name", "Email", "Organisation", "Format needs"],
    ["Ann", "Lee", "ann@example.org", "Sefton CVS", "Easy read"],
    ["Bob", "Marsh", "bob@example.org", "Sefton CVS", ""],
]
WITH_SEGMENTS = [[*GOOD[0], "Segments"], [*GOOD[1], "Carers"], [*GOOD[2], ""]]


def start(ccg, user, rows, *, xlsx=False, **options):
    content = xlsx_bytes(rows) if xlsx else csv_bytes(rows)
    return services.import_job_start(
        ccg=ccg,
        user=user,
        filename="contacts.xlsx" if xlsx else "contacts.csv",
        content=content,
        **options,
    )


def test_checking_writes_nothing_but_the_report(ccg_a, comms_a):
    job = start(ccg_a, comms_a, GOOD)
    assert job.status == ImportStatus.CHECKED and job.can_confirm
    assert job.report["counts"] | {} == {
        "rows": 2,
        "create": 2,
        "update": 0,
        "skip": 0,
        "error": 0,
        "organisations": 1,
        "subscribe": 0,
    }
    assert not Contact.objects.exists() and not Organisation.objects.exists()


def test_a_confirmed_import_writes_contacts_organisations_segments_and_history(ccg_a, comms_a):
    carers = SegmentFactory(ccg=ccg_a, name="Carers")
    job = services.import_job_confirm(
        job=start(ccg_a, comms_a, WITH_SEGMENTS, xlsx=True), user=comms_a
    )
    assert job.status == ImportStatus.IMPORTED
    assert job.report["result"] == {
        "created": 2,
        "updated": 0,
        "organisations_created": 1,
        "subscribed": 0,
    }
    assert bytes(job.content) == b""  # the file is not kept
    ann = Contact.objects.get(email="ann@example.org")
    assert ann.organisation.name == "Sefton CVS" and list(ann.segments.all()) == [carers]
    assert ann.format_needs == ["easy_read"]
    record = ann.history.get()
    assert (record.history_user, record.history_change_reason) == (
        comms_a,
        "Imported from contacts.xlsx",
    )
    assert [s.segment_id for s in record.segments.all()] == [carers.pk]
    assert Organisation.objects.get().history.get().history_user == comms_a


def test_updates_keep_the_old_values_in_the_history(ccg_a, comms_a):
    contact = ContactFactory(ccg=ccg_a, email="ann@example.org", job_title="Officer")
    rows = [
        ["First name", "Last name", "Email", "Job title"],
        [contact.first_name, contact.last_name, "ann@example.org", "Chief officer"],
    ]
    services.import_job_confirm(job=start(ccg_a, comms_a, rows), user=comms_a)
    latest = contact.history.first()
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("job_title", "Officer", "Chief officer")
    ]


def test_a_file_with_errors_cannot_be_confirmed(ccg_a, comms_a):
    job = start(
        ccg_a, comms_a, [["First name", "Last name", "Email"], ["Ann", "Lee", "not-an-email"]]
    )
    assert not job.can_confirm
    with pytest.raises(Exception, match="without errors"):
        services.import_job_confirm(job=job, user=comms_a)
    assert not Contact.objects.exists()


def test_the_import_is_all_or_nothing(ccg_a, comms_a):
    job = start(ccg_a, comms_a, GOOD)
    with mock.patch(
        "stakeholders.importing.writing._Writer.contacts_create", side_effect=IntegrityError("boom")
    ):
        job = services.import_job_confirm(job=job, user=comms_a)
    assert job.status == ImportStatus.FAILED
    assert (
        "Nothing was imported: the import stopped on an unexpected error"
        in job.report["file_errors"][0]
    )
    assert not Contact.objects.exists() and not Organisation.objects.exists()


def test_the_register_changing_after_the_check_is_caught_before_writing(ccg_a, comms_a):
    SegmentFactory(ccg=ccg_a, name="Carers")
    job = start(ccg_a, comms_a, WITH_SEGMENTS)
    from stakeholders.models import Segment

    Segment.objects.all().delete()
    job = services.import_job_confirm(job=job, user=comms_a)
    assert job.status == ImportStatus.FAILED
    assert job.report["file_errors"][0].startswith("Nothing was imported: the register changed")
    assert job.report["errors"][0][1] == "Segments"
    assert not Contact.objects.exists()


def test_importing_into_a_list_records_the_evidence(ccg_a, comms_a):
    listed = DistributionListFactory(ccg=ccg_a, name="GP bulletin")
    rows = [
        ["First name", "Last name", "Email", "Consent date"],
        ["Ann", "Lee", "ann@example.org", "1 May 2018"],
    ]
    job = start(
        ccg_a,
        comms_a,
        rows,
        distribution_list=listed,
        lawful_basis="consent",
        consent_source="2018 sign-up form",
    )
    services.import_job_confirm(job=job, user=comms_a)
    subscription = Subscription.objects.get()
    assert (subscription.distribution_list, subscription.lawful_basis, subscription.source) == (
        listed,
        "consent",
        "2018 sign-up form",
    )
    assert str(subscription.consent_date) == "2018-05-01" and subscription.recorded_by == comms_a


def test_a_list_import_needs_a_lawful_basis(ccg_a, comms_a):
    with pytest.raises(Exception, match="lawful basis"):
        start(ccg_a, comms_a, GOOD, distribution_list=DistributionListFactory(ccg=ccg_a))


def test_large_files_are_checked_and_imported_by_celery_with_progress(ccg_a, comms_a, settings):
    queued = []
    with mock.patch(
        "stakeholders.services.imports.enqueue_on_commit",
        lambda task, on_unavailable, **kw: queued.append((task.name, kw)),
    ):
        job = start(ccg_a, comms_a, GOOD, inline=False)
        assert job.status == ImportStatus.UPLOADED and queued == [
            ("stakeholders.import_job_check", {"job_id": job.pk})
        ]
        from stakeholders.tasks import import_job_apply_task, import_job_check_task

        import_job_check_task(job.pk)
        job.refresh_from_db()
        assert job.status == ImportStatus.CHECKED and (job.processed, job.total) == (2, 2)
        services.import_job_confirm(job=job, user=comms_a, inline=False)
        assert queued[-1] == ("stakeholders.import_job_apply", {"job_id": job.pk})
        import_job_apply_task(job.pk)
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTED and Contact.objects.count() == 2


def test_a_task_delivered_twice_imports_once(ccg_a, comms_a):
    job = start(ccg_a, comms_a, GOOD)
    job.status = ImportStatus.CONFIRMED
    job.save()
    assert services.import_job_apply(job_id=job.pk).status == ImportStatus.IMPORTED
    assert services.import_job_apply(job_id=job.pk) is None
    assert Contact.objects.count() == 2


def test_the_sweep_requeues_lost_tasks_and_fails_dead_ones(ccg_a, comms_a):
    import datetime

    from django.utils import timezone

    lost = start(ccg_a, comms_a, GOOD, inline=False)
    dead = start(ccg_a, comms_a, GOOD, inline=False)
    ImportJob.objects.filter(pk=dead.pk).update(  # its worker died on the last attempt
        status=ImportStatus.IMPORTING,
        started_at=timezone.now() - datetime.timedelta(hours=2),
        attempts=3,
    )
    queued = []
    later = timezone.now() + datetime.timedelta(minutes=5)
    with mock.patch(
        "stakeholders.services.imports.enqueue_on_commit",
        lambda task, **kw: queued.append(kw["job_id"]),
    ):
        result = services.import_jobs_sweep(now=later)
    assert queued == [lost.pk] and result["failed"] == 1
    dead.refresh_from_db()
    assert dead.status == ImportStatus.FAILED and bytes(dead.content) == b""


def test_an_unconfirmed_check_expires_and_old_reports_are_trimmed(ccg_a, comms_a):
    import datetime

    from django.utils import timezone

    job = start(ccg_a, comms_a, GOOD)
    services.import_jobs_sweep(now=timezone.now() + datetime.timedelta(days=31))
    job.refresh_from_db()
    assert job.status == ImportStatus.CANCELLED and bytes(job.content) == b""
    assert "rows" not in job.report and job.report["counts"]["create"] == 2
