"""Publishing a responded FOI request on the disclosure log from its page: prefilled from the
subject (never the requester), refused without the redaction confirmation (naming it, keeping
what was typed), only for a responded FOI request, only by the roles allowed in its CCG; then
edited (versioned) and withdrawn."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.tests.forms_read import form_data, post_once, token_of
from media_desk import services
from media_desk.models import DisclosureLogEntry, Kind, Outcome

from .factories import DisclosureLogEntryFactory, logged_enquiry, responded_foi

pytestmark = pytest.mark.django_db

NAME, EMAIL = "Alex Requester", "alex.requester@example.org"
SUBJECT = "Spending on agency nurses in 2025/26"
CONFIRM = "Confirm that personal data and exempt information have been redacted"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def foi(ccg_a, comms_a):
    return responded_foi(ccg=ccg_a, by=comms_a, subject=SUBJECT)


def _detail(foi):
    return reverse("media_desk:enquiry_detail", args=[foi.pk])


def _publish(client, foi, **data):
    fields = {
        "disclosure-title": SUBJECT,
        "disclosure-request_summary": "The amount spent on agency nurses.",
        "disclosure-response_text": "£1.2 million, by month in the attached table.",
        "disclosure-outcome": Outcome.PROVIDED_FULL,
        "disclosure-redactions_confirmed": "on",
        **data,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    url = reverse("media_desk:disclosure_publish", args=[foi.pk])
    return post_once(client, url, fields, page=_detail(foi), having="disclosure-title")


def test_the_form_is_prefilled_from_the_subject_and_never_from_the_requester(client, comms_a, foi):
    client.force_login(comms_a)
    data = form_data(client.get(_detail(foi)).content.decode(), having="disclosure-title")
    assert data["disclosure-title"] == [SUBJECT]
    every_value = " ".join(v for values in data.values() for v in values)
    assert SUBJECT in every_value
    assert NAME not in every_value and EMAIL not in every_value


def test_publishing_without_the_confirmation_is_refused_naming_it_and_keeps_the_text(
    client, comms_a, foi
):
    client.force_login(comms_a)
    response = _publish(client, foi, **{"disclosure-redactions_confirmed": None})
    body = response.content.decode()
    assert response.status_code == 400
    assert CONFIRM in body
    assert "£1.2 million, by month in the attached table." in body  # nothing typed is lost
    assert not DisclosureLogEntry.objects.exists()


def test_the_comms_team_publishes_a_responded_foi_request_with_its_attachment(client, comms_a, foi):
    client.force_login(comms_a)
    upload = SimpleUploadedFile("agency-nurses.csv", b"month,spend\nApril,100000\n")
    response = _publish(client, foi, **{"disclosure-attachment": upload})
    assert response.status_code == 302
    entry = DisclosureLogEntry.objects.get()
    assert (entry.enquiry, entry.ccg, entry.title) == (foi, foi.ccg, SUBJECT)
    assert entry.redactions_confirmed_by == comms_a and entry.withdrawn_at is None
    assert entry.attachment.read() == b"month,spend\nApril,100000\n"
    page = client.get(_detail(foi)).content.decode()
    assert "Read it on the public disclosure log" in page


def test_sent_twice_it_is_published_once(client, comms_a, foi):
    client.force_login(comms_a)
    url = reverse("media_desk:disclosure_publish", args=[foi.pk])
    token = token_of(client, _detail(foi), having="disclosure-title")
    data = {
        "disclosure-title": SUBJECT,
        "disclosure-request_summary": "The amount spent.",
        "disclosure-response_text": "£1.2 million.",
        "disclosure-outcome": Outcome.PROVIDED_FULL,
        "disclosure-redactions_confirmed": "on",
        **token,
    }
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert DisclosureLogEntry.objects.count() == 1


def test_an_foi_request_not_yet_answered_is_not_offered_nor_published(client, comms_a, ccg_a):
    waiting = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.FOI, subject=SUBJECT)
    client.force_login(comms_a)
    page = client.get(_detail(waiting)).content.decode()
    assert "Publish on the disclosure log" not in page
    with pytest.raises(ValidationError, match="once the response has been sent"):
        services.disclosure_publish(
            enquiry=waiting,
            data={"title": SUBJECT, "request_summary": "x", "response_text": "y"},
            redactions_confirmed=True,
            by=comms_a,
        )
    assert not DisclosureLogEntry.objects.exists()


def test_a_media_enquiry_is_not_published(comms_a, ccg_a):
    media = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.MEDIA)
    with pytest.raises(ValidationError, match="Only an FOI request"):
        services.disclosure_publish(enquiry=media, data={}, redactions_confirmed=True, by=comms_a)


@pytest.mark.parametrize(
    "field, text, what",
    [
        ("request_summary", f"{NAME} asked for the spend.", "name"),
        ("response_text", f"Dear {NAME.upper()}, here it is.", "name"),
        ("title", f"Spend asked by {EMAIL}", "e-mail address"),
    ],
)
def test_text_naming_the_requester_is_refused_on_its_field(client, comms_a, foi, field, text, what):
    client.force_login(comms_a)
    response = _publish(client, foi, **{f"disclosure-{field}": text})
    assert response.status_code == 400
    assert f"Remove the requester&#x27;s {what}" in response.content.decode()
    assert not DisclosureLogEntry.objects.exists()


def test_roles_without_the_permission_and_other_ccgs_cannot_publish(
    client, foi, governor_a, staff_a, admin_a, comms_b
):
    for user, refused in [(governor_a, 404), (staff_a, 404), (admin_a, 403), (comms_b, 404)]:
        client.force_login(user)
        url = reverse("media_desk:disclosure_publish", args=[foi.pk])
        data = {"disclosure-title": SUBJECT, "disclosure-redactions_confirmed": "on"}
        assert client.post(url, data).status_code == refused, user
    assert not DisclosureLogEntry.objects.exists()
    client.force_login(admin_a)  # reads the item, but is not offered the form
    assert "Publish on the disclosure log" not in client.get(_detail(foi)).content.decode()


def test_the_entry_is_edited_with_its_version_and_confirmed_again(client, comms_a, ccg_a):
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    url = reverse("media_desk:disclosure_edit", args=[entry.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")
    unconfirmed = {k: v for k, v in opened.items() if k != "redactions_confirmed"}
    refused = client.post(url, {**unconfirmed, "title": "Agency nurse spend"})
    assert refused.status_code == 200 and CONFIRM in refused.content.decode()
    response = client.post(
        url, {**opened, "title": "Agency nurse spend", "redactions_confirmed": "on"}
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.title, entry.version, entry.redactions_confirmed_by) == (
        "Agency nurse spend",
        2,
        comms_a,
    )


def test_withdrawing_takes_it_off_the_log_once(client, comms_a, ccg_a):
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    client.force_login(comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[entry.enquiry_id])
    url = reverse("media_desk:disclosure_withdraw", args=[entry.pk])
    token = token_of(client, detail, having="submission_token")
    assert client.post(url, token).status_code == 302
    entry.refresh_from_db()
    assert entry.withdrawn_at is not None
    assert "Withdrawn" in client.get(detail).content.decode()
    with pytest.raises(ValidationError, match="already been withdrawn"):
        services.disclosure_withdraw(entry=entry)


def test_another_ccgs_entry_can_be_neither_edited_nor_withdrawn(client, comms_b, ccg_a):
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    client.force_login(comms_b)
    assert client.get(reverse("media_desk:disclosure_edit", args=[entry.pk])).status_code == 404
    withdraw = reverse("media_desk:disclosure_withdraw", args=[entry.pk])
    assert client.post(withdraw).status_code == 404
    entry.refresh_from_db()
    assert entry.withdrawn_at is None


def test_the_foi_page_with_its_disclosure_runs_a_bounded_number_of_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    unpublished = responded_foi(ccg=ccg_a, by=comms_a)
    client.force_login(comms_a)
    client.get(_detail(unpublished))  # the session and scope warmed up
    for enquiry_id in (entry.enquiry_id, unpublished.pk):
        # 21 today: the item, its deadlines and timeline, the FOI decision, exemptions and
        # letters, the lines to take and the disclosure; none of them grows with the data.
        with django_assert_max_num_queries(24):
            page = client.get(reverse("media_desk:enquiry_detail", args=[enquiry_id]))
        assert page.status_code == 200


def test_an_edit_can_remove_the_attachment(client, comms_a, ccg_a):
    from django.core.files.base import ContentFile

    entry = DisclosureLogEntryFactory(ccg=ccg_a)
    entry.attachment.save("unredacted.csv", ContentFile(b"name\nA Person\n"))
    url = reverse("media_desk:disclosure_edit", args=[entry.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")
    data = {**opened, "attachment-clear": "on", "redactions_confirmed": "on"}
    assert client.post(url, data).status_code == 302
    entry.refresh_from_db()
    assert not entry.attachment
    assert client.get(reverse("public_disclosure:attachment", args=[entry.pk])).status_code == 404
