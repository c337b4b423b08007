"""The nightly KPI snapshots, the backfill command and the targets."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import CcgFactory
from core.jobs import job_last_finished
from media_desk.services import enquiry_respond, enquiry_sign_off
from media_desk.tests.factories import logged_enquiry, london
from reporting.kpis import CATALOGUE
from reporting.models import KpiSnapshot
from reporting.services import (
    NIGHTLY_JOB,
    kpi_snapshot_take,
    kpi_snapshots_nightly,
    kpi_snapshots_take,
)
from reporting.tests.factories import KpiTargetFactory

pytestmark = pytest.mark.django_db


def answered(ccg, by, received, sent):
    enquiry = logged_enquiry(ccg=ccg, logged_by=by, received_at=received)
    enquiry_sign_off(enquiry=enquiry, signed_off_by="Director", response="Statement.", at=sent)
    return enquiry_respond(enquiry=enquiry, response="Statement.", at=sent)


def test_a_snapshot_holds_every_kpi_for_the_month_to_date(ccg_a, comms_a):
    answered(ccg_a, comms_a, london(2026, 11, 2, 10), london(2026, 11, 2, 12))
    answered(ccg_a, comms_a, london(2026, 11, 2, 10), london(2026, 11, 20, 12))  # late, later
    snapshot = kpi_snapshot_take(ccg_id=ccg_a.pk, day=datetime.date(2026, 11, 10))
    assert set(snapshot.figures) == set(CATALOGUE)
    assert snapshot.figures["media_answered_in_target"] == {
        "value": 100.0,
        "numerator": 1,
        "denominator": 1,
    }
    assert snapshot.figures["enquiries_by_kind"] == {
        "value": 2,
        "breakdown": {"Media enquiry": 2},
    }


def test_taking_a_day_again_replaces_its_snapshot(ccg_a, comms_a):
    day = datetime.date(2026, 11, 30)
    kpi_snapshot_take(ccg_id=ccg_a.pk, day=day)
    answered(ccg_a, comms_a, london(2026, 11, 2, 10), london(2026, 11, 2, 12))
    kpi_snapshot_take(ccg_id=ccg_a.pk, day=day)
    snapshots = KpiSnapshot.objects.filter(ccg=ccg_a)
    assert snapshots.count() == 1
    assert snapshots.get().figures["enquiries_by_kind"]["value"] == 1


def _queries(work) -> int:
    with CaptureQueriesContext(connection) as captured:
        work()
    return len(captured)


def test_the_jobs_queries_grow_with_ccgs_and_kpis_not_with_rows(ccg_a, ccg_b, comms_a):
    day = datetime.date(2026, 11, 30)
    kpi_snapshots_take(day=day, ccg_ids=[ccg_a.pk, ccg_b.pk])  # the rest replace these
    one_ccg_empty = _queries(lambda: kpi_snapshots_take(day=day, ccg_ids=[ccg_a.pk]))
    for hour in range(10, 16):
        answered(ccg_a, comms_a, london(2026, 11, 2, hour), london(2026, 11, 3, 12))
    one_ccg_full = _queries(lambda: kpi_snapshots_take(day=day, ccg_ids=[ccg_a.pk]))
    two_ccgs = _queries(lambda: kpi_snapshots_take(day=day, ccg_ids=[ccg_a.pk, ccg_b.pk]))
    assert one_ccg_full == one_ccg_empty
    assert two_ccgs == 2 * one_ccg_empty
    # A few queries per KPI at most (and the savepoint and write of the snapshot).
    assert one_ccg_empty <= 3 * len(CATALOGUE)


def test_the_nightly_job_takes_yesterday_for_every_ccg_under_its_lock(ccg_a, ccg_b):
    assert kpi_snapshots_nightly(today=datetime.date(2026, 12, 1)) == 2
    taken = KpiSnapshot.objects.values_list("ccg_id", "taken_on")
    assert set(taken) == {
        (ccg_a.pk, datetime.date(2026, 11, 30)),
        (ccg_b.pk, datetime.date(2026, 11, 30)),
    }
    assert job_last_finished(name=NIGHTLY_JOB) is not None


def test_beat_runs_the_nightly_job_at_half_past_one_uk_time():
    from ccgcomms.celery import app
    from ccgcomms.schedules import BEAT_SCHEDULE

    entry = BEAT_SCHEDULE["kpi-snapshots"]
    assert entry["task"] == "reporting.kpi_snapshots_nightly"
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({1}, {30})
    assert app.conf.timezone == "Europe/London"


def test_the_backfill_command_shows_progress_and_takes_each_day(ccg_a):
    CcgFactory(name="NHS Gamma CCG", ods_code="G01")
    out = io.StringIO()
    call_command(
        "kpi_backfill", "--from", "2026-11-28", "--to", "2026-11-30", "--ccg", "A01", stdout=out
    )
    assert out.getvalue().splitlines() == [
        "1/3 2026-11-28 (33%)",
        "2/3 2026-11-29 (66%)",
        "3/3 2026-11-30 (100%)",
        "Took 3 snapshots.",
    ]
    assert list(KpiSnapshot.objects.order_by("taken_on").values_list("ccg_id", "taken_on")) == [
        (ccg_a.pk, datetime.date(2026, 11, d)) for d in (28, 29, 30)
    ]


def test_the_backfill_command_refuses_an_unknown_ccg(ccg_a):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No CCG with the ODS code ZZZ"):
        call_command("kpi_backfill", "--from", "2026-11-28", "--to", "2026-11-30", "--ccg", "ZZZ")


def test_an_amber_limit_must_lie_on_the_worse_side_of_the_target(ccg_a):
    higher_is_better = KpiTargetFactory.build(
        ccg=ccg_a, target=Decimal(90), amber_limit=Decimal(95)
    )
    with pytest.raises(ValidationError) as refused:
        higher_is_better.full_clean()
    assert refused.value.message_dict == {
        "amber_limit": [
            "Higher is better for this KPI: enter an amber limit at or below the target."
        ]
    }
    lower_is_better = KpiTargetFactory.build(
        ccg=ccg_a, kpi="items_overdue", target=Decimal(2), amber_limit=Decimal(5)
    )
    lower_is_better.full_clean()
