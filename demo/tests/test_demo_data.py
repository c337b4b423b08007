import datetime

import pytest
from django.core.management import call_command

from accounts.models import Ccg, Membership, User
from campaigns.models import (
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    Meeting,
    NationalAwarenessDay,
)
from media_desk.models import (
    BriefingSchedule,
    CorrectionRequest,
    DisclosureLogEntry,
    FoiDecision,
    FoiLetter,
    LineToTake,
    MpBriefing,
)
from reporting.models import ReportDistribution
from stakeholders.models import Contact

DESK = (FoiDecision, FoiLetter, DisclosureLogEntry, LineToTake, CorrectionRequest, MpBriefing)

pytestmark = pytest.mark.django_db


def _counts():
    models = (Ccg, User, Membership, Contact, AwarenessDay, Campaign, CampaignNote, Meeting)
    more = (NationalAwarenessDay, AwarenessDayChoice, *DESK, BriefingSchedule, ReportDistribution)
    return [m.objects.count() for m in (*models, *more)]


def _history_counts():
    desk = [model.history.count() for model in DESK if model is not FoiLetter]
    return [Contact.history.count(), Membership.history.count(), Ccg.history.count(), *desk]


def test_loading_twice_neither_fails_nor_duplicates():
    call_command("load_demo_data")
    first, history = _counts(), _history_counts()
    call_command("load_demo_data")
    assert _counts() == first
    assert _history_counts() == history  # a re-run writes no audit noise either


def test_there_is_one_demo_user_per_role_who_can_sign_in(client):
    call_command("load_demo_data")
    roles = set(Membership.objects.values_list("role__name", flat=True))
    assert roles == {"Administrator", "Comms team", "Governing body", "Staff"}
    for email in ["admin", "comms", "governing", "staff"]:
        assert client.login(username=f"{email}@demo.nhs.uk", password="demo-portal-2026")


def test_demo_ccgs_have_localities_mps_and_councillors():
    call_command("load_demo_data")
    for ccg in Ccg.objects.all():
        assert ccg.localities.count() >= 3
        assert sum(loc.population for loc in ccg.localities.all()) == ccg.population
        kinds = set(Contact.objects.filter(ccg=ccg).values_list("kind", flat=True))
        assert {"mp", "councillor", "journalist"} <= kinds


def test_the_demo_shows_a_holding_statement_and_an_mps_letters(client):
    from django.urls import reverse

    from media_desk.models import Enquiry

    call_command("load_demo_data")
    enquiry = Enquiry.objects.get(subject="Winter pressures at the emergency department")
    assert enquiry.holding_sent_at == enquiry.received_at + datetime.timedelta(minutes=20)
    mp = Contact.objects.get(email="jordan.hartley.mp@example.org")
    client.force_login(User.objects.get(email="comms@demo.nhs.uk"))
    page = client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk])).content.decode()
    assert "Holding statement sent by " in page and ": We are aware of the pressures" in page
    body = client.get(reverse("stakeholders:contact_detail", args=[mp.pk])).content.decode()
    letters = body.split("<h2>Letters and enquiries</h2>")[1].split("<h2>")[0]
    newest, older = (
        "Constituent&#x27;s access to GP appointments",
        "Closure of the Northgate community pharmacy",
    )
    assert newest in letters and older in letters
    assert letters.index(newest) < letters.index(older)  # newest first


def test_the_demo_plans_a_year_with_a_winter_campaign_shared_by_two_ccgs():
    call_command("load_demo_data")
    winter = Campaign.objects.get(name__startswith="Stay Well This Winter")
    assert winter.ccg.ods_code == "00C"
    assert [c.ods_code for c in winter.shared_with.all()] == ["01T"]
    assert sorted(winter.local_notes.values_list("ccg__ods_code", flat=True)) == ["00C", "01T"]
    starts = sorted(Campaign.objects.values_list("starts_on", flat=True))
    # Six planned across the year, and each CCG's "Know where to go this winter" content campaign.
    assert Campaign.objects.count() == 8 and (starts[-1] - starts[0]).days > 240
    assert Meeting.objects.filter(is_public=True).count() == 14
    assert AwarenessDayChoice.objects.count() == 7
