"""The demo shows the media desk's FOI decisions, disclosure log, lines to take, corrections
and MP briefings, and a report distribution for the action-plan report."""

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from media_desk.models import (
    BriefingSchedule,
    CorrectionRequest,
    DisclosureLogEntry,
    Enquiry,
    FoiDecision,
    FoiLetter,
    LineToTake,
)
from reporting.models import ReportDistribution

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("load_demo_data")


def _decision(subject: str) -> FoiDecision:
    return FoiDecision.objects.get(enquiry__subject=subject)


def test_the_demo_has_foi_decisions_of_each_kind(demo):
    outcomes = set(FoiDecision.objects.values_list("outcome", flat=True))
    assert {"full", "part", "not_held", "refused"} <= outcomes
    part = _decision("Contract value of the community diagnostics service")
    tests = {c.section: c for c in part.exemptions.all()}
    assert set(tests) == {"43", "40(2)"}
    assert tests["43"].public_interest_for and tests["43"].public_interest_against  # qualified
    extended = _decision("Legal advice on the walk-in centre consultation")
    assert extended.extension_requested_at and extended.extension_working_days == 20
    assert extended.enquiry.deadlines.filter(name="extension").exists()
    cost = _decision("Every complaint about GP practices since 2013")
    assert cost.cost_estimate_hours > 18 and "Narrowed" in cost.advice_and_assistance
    letters = set(FoiLetter.objects.values_list("kind", flat=True))
    assert letters == {"extension", "refusal"}
    assert all(letter.document.size > 0 for letter in FoiLetter.objects.all())


def test_the_public_disclosure_log_shows_entries_without_the_requesters(demo, client):
    entries = DisclosureLogEntry.objects.filter(withdrawn_at__isnull=True)
    assert entries.count() == 3 and {e.ccg.ods_code for e in entries} == {"00C", "01T"}
    page = client.get(reverse("public_disclosure:index")).content.decode()
    for entry in entries:
        assert entry.title in page
    published = Enquiry.objects.filter(disclosure__isnull=False)
    for enquiry in published:
        assert enquiry.requester_name and enquiry.requester_name not in page
        assert enquiry.requester_email not in page
        entry_page = client.get(reverse("public_disclosure:entry", args=[enquiry.disclosure.pk]))
        assert entry_page.status_code == 200
        assert enquiry.requester_name not in entry_page.content.decode()


def test_the_demo_has_lines_corrections_briefings_and_a_report_distribution(demo):
    today = timezone.localdate()
    lines = LineToTake.objects.all()
    assert lines.count() == 3 and sum(line.is_expired(today) for line in lines) == 1
    winter = lines.get(topic="Winter pressures on urgent care")
    assert [c.ods_code for c in winter.shared_with.all()] == ["01T"]
    outcomes = sorted(CorrectionRequest.objects.values_list("outcome", flat=True))
    assert outcomes == ["corrected", "pending"]
    schedules = BriefingSchedule.objects.all()
    assert schedules.count() == 2
    hartley = schedules.get(contact__email="jordan.hartley.mp@example.org")
    held, due = (
        hartley.briefings.filter(held_on__isnull=False),
        hartley.briefings.filter(held_on__isnull=True),
    )
    assert held.count() == 1 and due.count() == 1 and due.get().due_on >= today
    plan = ReportDistribution.objects.get(action_plan_fortnightly=True)
    assert plan.ccg.ods_code == "00C" and plan.recipients.count() == 2
