from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.models import ClosureDay

pytestmark = pytest.mark.django_db


def run(*args: str) -> list[str]:
    out = StringIO()
    call_command("sla_deadline", *args, stdout=out)
    return out.getvalue().splitlines()


def test_it_prints_one_line_per_deadline_with_the_london_offset():
    assert run("--kind", "mp", "--received", "2026-12-23T16:30") == [
        "holding 2026-12-29T17:00:00+00:00",
        "response 2027-01-11T17:00:00+00:00",
    ]


def test_summer_deadlines_carry_the_bst_offset():
    assert run("--kind", "media", "--received", "2026-06-05T15:30") == [
        "response 2026-06-08T11:30:00+01:00"
    ]


def test_explain_names_each_skipped_day_and_why():
    lines = run("--kind", "mp", "--received", "2026-12-23T16:30", "--explain")
    assert "    skipped Mon 28 Dec 2026: bank holiday: Boxing Day (observed) (England)" in lines
    assert "    day 1: Thu 24 Dec 2026" in lines


def test_foi_skips_bank_holidays_of_every_uk_nation():
    assert run("--kind", "foi", "--received", "2026-11-02T10:00") == [
        "response 2026-12-01T23:59:59+00:00"
    ]


def test_a_sooner_requester_deadline_wins():
    lines = run(
        "--kind", "media", "--received", "2026-11-20T15:30", "--deadline", "2026-11-23T10:00"
    )
    assert lines == ["response 2026-11-23T10:00:00+00:00"]


def test_a_ccgs_closure_days_count(ccg_a):
    ClosureDay.objects.create(ccg=ccg_a, date="2026-12-24", reason="Office closed")
    lines = run("--kind", "mp", "--received", "2026-12-23T16:30", "--ccg", ccg_a.ods_code)
    assert lines[0] == "holding 2026-12-30T17:00:00+00:00"


def test_bad_arguments_say_which_and_why():
    with pytest.raises(CommandError, match="--received: not an ISO 8601"):
        run("--kind", "mp", "--received", "yesterday")
    with pytest.raises(CommandError, match="--ccg: no CCG"):
        run("--kind", "mp", "--received", "2026-11-02T10:00", "--ccg", "ZZZ")
    with pytest.raises(CommandError, match="--deadline"):
        run("--kind", "briefing", "--received", "2026-11-02T10:00")
