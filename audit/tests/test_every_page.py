"""The guard that makes the access log impossible to forget: every page of the portal and the
admin is opened with a contact and a feedback contributor whose details are unique strings. A
page, export or admin screen that shows them must have written a log entry, and one that does
not show them must not have. A new page that shows someone's details without logging fails here.
"""

import io
import zipfile

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.tests.factories import UserFactory
from audit.models import PersonalDataAccess
from engagement import services as engagement
from engagement.tests.factories import (
    EventFactory,
    FeedbackFactory,
    ThemeFactory,
    published_response,
)
from engagement.tests.test_consultations import consultation_of
from stakeholders.tests.factories import (
    ContactFactory,
    DistributionListFactory,
    InteractionFactory,
    MapEntryFactory,
    OrganisationFactory,
    SegmentFactory,
    StakeholderMapFactory,
    SubscriptionFactory,
)

pytestmark = pytest.mark.django_db

P = 987_001  # the id of every sentinel record the factories can create, so one number fits all
CONTACT_EMAIL = "sentinel.contact@example.org"
CONTACT_MOBILE = "07700 900 987"
CONTRIBUTOR_NAME = "Zebedee Sentinel"
CONTRIBUTOR_EMAIL = "sentinel.contributor@example.org"
MARKERS = (CONTACT_EMAIL, CONTACT_MOBILE, CONTRIBUTOR_NAME, CONTRIBUTOR_EMAIL)
FORMATS = ("csv", "xlsx", "json")
# Pages known to show someone's details: the walk must reach each of them, or it proves nothing.
MUST_SHOW = {
    "stakeholders:contact_detail",
    "stakeholders:contact_edit",
    "stakeholders:contact_export",
    "stakeholders:contact_subject_access",
    "stakeholders:list_export",
    "engagement:feedback_detail",
    "engagement:feedback_edit",
    "admin:stakeholders_contact_change",
    "admin:stakeholders_contact_simple_history",
}


@pytest.fixture
def sentinels(ccg_a, comms_a):
    organisation = OrganisationFactory(id=P, ccg=ccg_a)
    contact = ContactFactory(
        id=P, ccg=ccg_a, organisation=organisation, email=CONTACT_EMAIL, mobile=CONTACT_MOBILE
    )
    contact.segments.add(SegmentFactory(id=P, ccg=ccg_a))
    bulletin = DistributionListFactory(id=P, ccg=ccg_a)
    SubscriptionFactory(id=P, contact=contact, distribution_list=bulletin)
    stakeholder_map = StakeholderMapFactory(id=P, ccg=ccg_a, purpose="consultation")
    MapEntryFactory(id=P, stakeholder_map=stakeholder_map, contact=contact)
    InteractionFactory(id=P, contact=contact, organisation=organisation)
    event = EventFactory(id=P, ccg=ccg_a)
    engagement.event_attendees_add(event=event, contacts=[contact], by=comms_a)
    theme = ThemeFactory(id=P, ccg=ccg_a)
    feedback = FeedbackFactory(
        id=P,
        ccg=ccg_a,
        event=event,
        source="event",
        contributor_name=CONTRIBUTOR_NAME,
        contributor_email=CONTRIBUTOR_EMAIL,
        wants_feedback=True,
    )
    feedback.themes.add(theme)
    response = published_response(feedback=feedback, by=comms_a)  # on the public pages too
    consultation = consultation_of(ccg_a, comms_a, stakeholder_map=stakeholder_map)
    return {
        "ids": list(dict.fromkeys([P, response.pk, consultation.pk])),
        "version_id": contact.history.latest("history_date").history_id,
        "ccg_id": ccg_a.pk,
    }


def _patterns(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry.pattern.regex


ID_KWARGS = {"pk", "object_id"}


FILLERS = {"item", "kind", "register", "step", "uidb64", "token"}  # any text: a 404 at worst


def _values(kwarg: str, sentinels: dict) -> list | None:
    """What the walk puts in a URL argument (other than an id); None when it cannot fill it."""
    known = {
        "fmt": list(FORMATS),
        "ccg_id": [sentinels["ccg_id"]],
        "year": [2026],
        "version_id": [sentinels["version_id"]],
        "app_label": ["stakeholders"],
    }
    return known.get(kwarg, ["x"] if kwarg in FILLERS else None)


def _urls(sentinels: dict):
    """(URL name, [URLs that differ only in the id]) for every page the walk can fill in."""
    for name, regex in _patterns(get_resolver().url_patterns):
        if regex.groups > len(regex.groupindex):  # positional: simple-history's old versions
            if name.endswith("_simple_history"):
                yield name, [reverse(name, args=[P, sentinels["version_id"]])]
            continue
        kwargs = list(regex.groupindex)
        choices = {k: _values(k, sentinels) for k in kwargs if k not in ID_KWARGS}
        if any(values is None for values in choices.values()):
            continue
        variants = [{}]
        for kwarg, values in choices.items():
            variants = [{**v, kwarg: value} for v in variants for value in values]
        ids = sentinels["ids"] if "pk" in kwargs else [P]
        id_kwarg = next((k for k in kwargs if k in ID_KWARGS), None)
        for variant in variants:
            if id_kwarg is None:
                yield name, [reverse(name, kwargs=variant)]
            else:
                yield name, [reverse(name, kwargs={**variant, id_kwarg: i}) for i in ids]


def _text(response) -> str:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body.startswith(b"PK"):  # XLSX: a zip of XML parts
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "".join(archive.read(part).decode() for part in archive.namelist())
    return body.decode(errors="replace")


def test_every_page_that_shows_someones_details_logs_it_and_no_other_does(
    client, comms_a, sentinels
):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    shown, wrong = set(), []
    for name, urls in _urls(sentinels):
        visitor = superuser if name.startswith("admin:") else comms_a
        for url in urls:  # the first id that finds a record
            client.force_login(visitor)
            before = PersonalDataAccess.objects.count()
            response = client.get(url)
            if response.status_code == 404:
                continue
            shows = any(marker in _text(response) for marker in MARKERS)
            logged = PersonalDataAccess.objects.count() > before
            if shows:
                shown.add(name)
            if shows != logged:
                wrong.append(f"{url} ({name}): shows details {shows}, logged {logged}")
            break
    assert not wrong, "\n".join(wrong)
    assert shown >= MUST_SHOW, f"the walk never reached {sorted(MUST_SHOW - shown)}"
