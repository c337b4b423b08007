"""No lost update: an edit form carries the version it was opened at, and a save from a form
opened before someone else's save is refused with the conflict page, which then merges."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from campaigns.models import ChannelFigures
from campaigns.tests.factories import (
    ActionItemFactory,
    CampaignFactory,
    CampaignNoteFactory,
    ContentItemFactory,
    MeetingFactory,
)
from core.concurrency import Versioned
from engagement import services as engagement_services
from engagement.tests.factories import EventFactory, FeedbackFactory, response_for
from media_desk.tests.factories import (
    CorrectionRequestFactory,
    CoverageFactory,
    DisclosureLogEntryFactory,
    FoiDecisionFactory,
    LineToTakeFactory,
    PressReleaseFactory,
    SpokespersonFactory,
    foi_request,
    logged_enquiry,
)
from stakeholders.tests.factories import (
    ContactFactory,
    DistributionListFactory,
    MapEntryFactory,
    OrganisationFactory,
    SegmentFactory,
    StakeholderMapFactory,
)

from .forms_read import form_data

pytestmark = pytest.mark.django_db


def _consultation(ccg, user):
    data = {
        "title": "Urgent care review",
        "summary": "Two urgent treatment centres instead of three walk-in centres.",
        "opens_on": datetime.date(2026, 9, 1),
        "closes_on": datetime.date(2026, 11, 24),
    }
    return engagement_services.consultation_create(ccg=ccg, data=data, by=user)


def _measure(ccg):
    from campaigns.services import campaign_measure_add

    data = {
        "metric": "Flu jabs given to over-65s",
        "period_starts_on": datetime.date(2026, 10, 1),
        "period_ends_on": datetime.date(2026, 12, 31),
    }
    return campaign_measure_add(campaign=CampaignFactory(ccg=ccg), data=data)


@dataclass(frozen=True)
class Case:
    url: str  # the edit page's URL name; its last argument is the record's pk
    make: Callable  # (ccg, user) -> a saved record
    field: str  # a text field both people change
    register: str = ""  # the media desk's register pages take the register's name first
    # What the other person saves, what the stale form posts, what a current form saves (a
    # record whose fields are all numbers, like a month's channel figures, changes a number).
    values: tuple = ("Theirs, saved first", "Mine, from the old form", "Mine, saved")
    # What the user also ticks on every save (the disclosure log's redaction confirmation).
    extra: dict = field(default_factory=dict)

    def args(self, record) -> list:
        return [self.register, record.pk] if self.register else [record.pk]

    def __str__(self) -> str:
        return f"{self.url}:{self.register}" if self.register else self.url


CASES = [
    Case("media_desk:enquiry_edit", lambda c, u: logged_enquiry(ccg=c, logged_by=u), "subject"),
    Case("stakeholders:contact_edit", lambda c, u: ContactFactory(ccg=c), "job_title"),
    Case("stakeholders:organisation_edit", lambda c, u: OrganisationFactory(ccg=c), "notes"),
    Case("stakeholders:segment_edit", lambda c, u: SegmentFactory(ccg=c), "description"),
    Case("engagement:event_edit", lambda c, u: EventFactory(ccg=c, created_by=u), "venue"),
    Case("engagement:feedback_edit", lambda c, u: FeedbackFactory(ccg=c, recorded_by=u), "text"),
    Case(
        "engagement:response_edit",
        lambda c, u: response_for(feedback=FeedbackFactory(ccg=c, recorded_by=u), by=u),
        "we_did",
    ),
    Case("engagement:consultation_edit", _consultation, "summary"),
    Case("engagement:consultation_report", _consultation, "report_heard"),
    Case("stakeholders:map_edit", lambda c, u: StakeholderMapFactory(ccg=c), "description"),
    Case(
        "stakeholders:map_entry_edit",
        lambda c, u: MapEntryFactory(stakeholder_map=StakeholderMapFactory(ccg=c)),
        "notes",
    ),
    Case("stakeholders:list_edit", lambda c, u: DistributionListFactory(ccg=c), "description"),
    Case(
        "media_desk:register_edit",
        lambda c, u: SpokespersonFactory(ccg=c),
        "job_title",
        register="spokespeople",
    ),
    Case(
        "media_desk:register_edit",
        lambda c, u: PressReleaseFactory(ccg=c),
        "summary",
        register="press-releases",
    ),
    Case(
        "media_desk:register_edit",
        lambda c, u: CoverageFactory(ccg=c),
        "headline",
        register="coverage",
    ),
    Case(
        "media_desk:foi_decision_edit",
        lambda c, u: FoiDecisionFactory(enquiry=foi_request(ccg=c, logged_by=u)),
        "advice_and_assistance",
    ),
    Case(
        "media_desk:correction_edit",
        lambda c, u: CorrectionRequestFactory(coverage=CoverageFactory(ccg=c)),
        "outcome_note",
    ),
    Case("media_desk:line_edit", lambda c, u: LineToTakeFactory(ccg=c), "text"),
    Case("campaigns:campaign_edit", lambda c, u: CampaignFactory(ccg=c), "objective"),
    Case("campaigns:campaign_note_edit", lambda c, u: CampaignNoteFactory(ccg=c), "notes"),
    Case("campaigns:meeting_edit", lambda c, u: MeetingFactory(ccg=c), "title"),
    Case("campaigns:content_edit", lambda c, u: ContentItemFactory(ccg=c), "title"),
    Case("campaigns:action_edit", lambda c, u: ActionItemFactory(ccg=c, owner=u), "title"),
    Case("campaigns:evaluation_measure_edit", lambda c, u: _measure(c), "metric"),
    Case(
        "campaigns:figures_edit",
        lambda c, u: ChannelFigures.objects.create(
            ccg=c, channel="facebook", month=datetime.date(2026, 11, 1), followers=4000
        ),
        "followers",
        values=(4100, 4200, 4300),
    ),
    Case(
        "media_desk:disclosure_edit",
        lambda c, u: DisclosureLogEntryFactory(ccg=c),
        "title",
        extra={"redactions_confirmed": "on"},
    ),
]


def _url_names(resolver=None, namespace="") -> set[str]:
    names = set()
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            names |= _url_names(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(f"{namespace}{entry.name}")
    return names


def test_every_edit_page_is_guarded():
    edit_pages = {
        name for name in _url_names() if name.endswith("_edit") and not name.startswith("admin:")
    }
    unaccounted = edit_pages - {case.url for case in CASES}
    assert unaccounted == set(), "edit pages without the version check (add a Case)"


def test_every_versioned_model_has_its_edit_page_tested(ccg_a, comms_a):
    versioned = {m for m in apps.get_models() if issubclass(m, Versioned)}
    tested = {type(case.make(ccg_a, comms_a)) for case in CASES}
    assert versioned - tested == set()


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_save_from_a_form_opened_before_another_save_is_refused(client, comms_a, ccg_a, case):
    record = case.make(ccg_a, comms_a)
    url = reverse(case.url, args=case.args(record))
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")
    assert opened["version"] == [str(record.version)]

    theirs, stale, _ = case.values
    record.refresh_from_db()
    setattr(record, case.field, theirs)
    record.save()  # someone else's save, after the form was opened
    saved_version = record.version

    response = client.post(url, {**opened, **case.extra, case.field: stale})

    assert response.status_code == 409
    assert "Someone else saved this while you were editing" in response.content.decode()
    record.refresh_from_db()
    assert getattr(record, case.field) == theirs
    assert record.version == saved_version


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_save_from_a_current_form_goes_through(client, comms_a, ccg_a, case):
    record = case.make(ccg_a, comms_a)
    url = reverse(case.url, args=case.args(record))
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")

    mine = case.values[2]
    response = client.post(url, {**opened, **case.extra, case.field: mine})

    assert response.status_code == 302, _errors(response.content.decode())
    record.refresh_from_db()
    assert getattr(record, case.field) == mine


def test_an_edit_without_a_version_is_refused_and_says_so(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a, job_title="Chair")
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")
    del opened["version"]

    response = client.post(url, {**opened, "job_title": "Vice chair"})

    assert response.status_code == 200
    assert "This form is out of date" in response.content.decode()
    contact.refresh_from_db()
    assert contact.job_title == "Chair"


def _errors(html: str) -> str:
    start = html.find("nhsuk-error-summary__list")
    return html[start : start + 1500]


def _two_people_edit(client_a, client_b, url):
    """A and B open the same form; A saves first. Returns B's form as opened."""
    form_a = form_data(client_a.get(url).content.decode(), having="version")
    form_b = form_data(client_b.get(url).content.decode(), having="version")
    return form_a, form_b


def _conflict_rows(html: str) -> dict[str, str]:
    """The conflict page's preselected pick per field."""
    data = form_data(html, having="version")
    return {k.removeprefix("conflict-pick-"): v[0] for k, v in data.items() if "pick" in k}


def test_a_stale_enquiry_save_keeps_the_other_subject_and_merges_field_by_field(
    client, django_user_model, comms_a, ccg_a
):
    from django.test import Client

    from accounts.tests.factories import member

    other = member(ccg=ccg_a, role="Comms team")
    enquiry = logged_enquiry(
        ccg=ccg_a, logged_by=comms_a, subject="Walk-in hours", details="Are hours changing?"
    )
    url = reverse("media_desk:enquiry_edit", args=[enquiry.pk])
    client.force_login(comms_a)
    client_b = Client()
    client_b.force_login(other)
    form_a, form_b = _two_people_edit(client, client_b, url)

    assert client.post(url, {**form_a, "subject": "Walk-in centre closing"}).status_code == 302
    refused = client_b.post(url, {**form_b, "details": "When does it close?"})

    assert refused.status_code == 409
    enquiry.refresh_from_db()
    assert (enquiry.subject, enquiry.details) == ("Walk-in centre closing", "Are hours changing?")
    page = refused.content.decode()
    assert "What you typed" in page and "What is saved now" in page
    assert comms_a.full_name in page  # who saved it, from the audit history
    # B changed the details, A the subject: each side preselected, nothing else differs.
    assert _conflict_rows(page) == {"subject": "theirs", "details": "mine"}

    merged = client_b.post(url, form_data(page, having="version"))

    assert merged.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.subject, enquiry.details) == ("Walk-in centre closing", "When does it close?")


def test_on_the_conflict_page_keeping_mine_overwrites_only_because_the_user_chose_it(
    client, comms_a, ccg_a
):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Walk-in hours")
    url = reverse("media_desk:enquiry_edit", args=[enquiry.pk])
    client.force_login(comms_a)
    form_b = form_data(client.get(url).content.decode(), having="version")
    enquiry.subject = "Theirs"
    enquiry.save()
    page = client.post(url, {**form_b, "subject": "Mine"}).content.decode()
    assert _conflict_rows(page) == {"subject": "mine"}

    merged = client.post(
        url, {**form_data(page, having="version"), "conflict-pick-subject": "theirs"}
    )

    assert merged.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.subject == "Theirs"


def test_a_stale_contact_save_keeps_the_other_change_and_merges(client, comms_a, ccg_a):
    from django.test import Client

    from accounts.tests.factories import member

    other = member(ccg=ccg_a, role="Comms team")
    contact = ContactFactory(ccg=ccg_a, job_title="Chair", phone="0151 000 0000")
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    client.force_login(comms_a)
    client_b = Client()
    client_b.force_login(other)
    form_a, form_b = _two_people_edit(client, client_b, url)

    assert client.post(url, {**form_a, "job_title": "Chief Executive"}).status_code == 302
    refused = client_b.post(url, {**form_b, "phone": "0151 999 9999"})

    assert refused.status_code == 409
    contact.refresh_from_db()
    assert (contact.job_title, contact.phone) == ("Chief Executive", "0151 000 0000")
    page = refused.content.decode()
    assert _conflict_rows(page) == {"job_title": "theirs", "phone": "mine"}

    assert client_b.post(url, form_data(page, having="version")).status_code == 302
    contact.refresh_from_db()
    assert (contact.job_title, contact.phone) == ("Chief Executive", "0151 999 9999")


def test_a_change_of_segments_alone_moves_the_version(client, comms_a, ccg_a):
    contact = ContactFactory(ccg=ccg_a)
    segment = SegmentFactory(ccg=ccg_a)
    url = reverse("stakeholders:contact_edit", args=[contact.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")

    assert client.post(url, {**opened, "segments": [segment.pk]}).status_code == 302

    contact.refresh_from_db()
    assert contact.version == 2 and list(contact.segments.all()) == [segment]


def test_every_save_moves_the_version_even_a_step_on_the_detail_page(comms_a, ccg_a):
    from media_desk.services import enquiry_assign

    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    stale_copy = type(enquiry).objects.get(pk=enquiry.pk)
    enquiry_assign(enquiry=enquiry, owner=comms_a)
    stale_copy.save()  # a second save from an older copy still counts up from the saved number

    stale_copy.refresh_from_db()
    assert stale_copy.version == 3


def test_an_import_that_changes_a_contact_counts_as_a_save(tmp_path, ccg_a):
    from django.core.management import call_command

    from stakeholders.tests.spreadsheets import csv_bytes

    contact = ContactFactory(ccg=ccg_a, email="ann@example.org", job_title="Chair")
    path = tmp_path / "contacts.csv"
    rows = [["First name", "Last name", "Email", "Job title"]]
    rows.append([contact.first_name, contact.last_name, "ann@example.org", "Vice chair"])
    path.write_bytes(csv_bytes(rows))

    call_command("import_stakeholders", str(path), "--ccg", ccg_a.ods_code, stdout=None)

    contact.refresh_from_db()
    assert (contact.job_title, contact.version) == ("Vice chair", 2)
    assert contact.history.first().version == 2


def test_a_stale_coverage_save_merges_on_the_conflict_page(client, comms_a, ccg_a):
    coverage = CoverageFactory(ccg=ccg_a, outlet="Northern Echo", headline="Beds to close")
    url = reverse("media_desk:register_edit", args=["coverage", coverage.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")
    coverage.headline = "Beds to stay open"
    coverage.save()  # someone else's save, after the form was opened

    refused = client.post(url, {**opened, "outlet": "The Northern Echo"})

    assert refused.status_code == 409
    page = refused.content.decode()
    assert _conflict_rows(page) == {"headline": "theirs", "outlet": "mine"}
    assert client.post(url, form_data(page, having="version")).status_code == 302
    coverage.refresh_from_db()
    assert (coverage.outlet, coverage.headline) == ("The Northern Echo", "Beds to stay open")
    assert coverage.version == 3
