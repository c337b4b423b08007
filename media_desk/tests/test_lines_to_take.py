"""Lines to take: the library (search, add, edit, history, sharing) and taking a line as an
enquiry's draft response, under the item's own sign-off rule."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import member
from core.tests.forms_read import form_data, post_once
from media_desk.models import Enquiry, LineToTake
from media_desk.services import enquiry_line_use, enquiry_respond, enquiry_sign_off

from .factories import LineToTakeFactory, logged_enquiry

pytestmark = pytest.mark.django_db

TOKEN = "line-submission_token"  # the use-line form (its radios are unchecked)
LIST = reverse("media_desk:lines")
ADD = reverse("media_desk:line_add")


def _date(name: str, day: datetime.date) -> dict:
    return {f"{name}_day": day.day, f"{name}_month": day.month, f"{name}_year": day.year}


def _line_data(signer, **overrides) -> dict:
    today = timezone.localdate()
    data = {
        "topic": "Closure of the Elm Street walk-in centre",
        "text": "Patients will be seen at the new urgent treatment centre from 1 April.",
        "signed_off_by": signer.pk,
        **_date("signed_off_on", today),
        **_date("valid_until", today + datetime.timedelta(days=90)),
    }
    return {**data, **overrides}


def _yesterday() -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=1)


# The library


def test_the_comms_team_adds_a_line_signed_off_by_someone_who_may_sign_off(client, comms_a, ccg_a):
    client.force_login(comms_a)

    response = post_once(client, ADD, _line_data(comms_a))

    line = LineToTake.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("media_desk:line_detail", args=[line.pk])
    assert (line.ccg, line.signed_off_by, line.version) == (ccg_a, comms_a, 1)
    assert line.history.get().history_user == comms_a


def test_a_signer_is_chosen_from_those_who_may_sign_off_never_typed(
    client, comms_a, staff_a, comms_b
):
    client.force_login(comms_a)
    page = client.get(ADD).content.decode()
    assert f'value="{comms_a.pk}"' in page
    assert f'value="{staff_a.pk}"' not in page  # staff log calls; they sign nothing off
    assert f'value="{comms_b.pk}"' not in page  # another CCG's people are never offered

    response = post_once(client, ADD, _line_data(staff_a, topic="Kept as typed"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select someone who may sign off responses in the lead CCG." in html
    assert "Kept as typed" in html  # nothing typed is lost
    assert not LineToTake.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"topic": ""}, "topic", "Enter the topic"),
        ({"text": ""}, "text", "Enter the line to take"),
        ({"signed_off_by": ""}, "signed_off_by", "Select who signed it off"),
        (
            _date("valid_until", datetime.date(2020, 1, 1)),
            "valid_until",
            "The valid-until date must be on or after the date signed off.",
        ),
        (
            _date("signed_off_on", datetime.date(2099, 1, 1)),
            "signed_off_on",
            "The date signed off cannot be in the future.",
        ),
    ],
)
def test_bad_input_is_refused_on_its_field_keeping_the_rest(
    client, comms_a, overrides, field, message
):
    client.force_login(comms_a)
    data = _line_data(comms_a, **overrides)

    response = post_once(client, ADD, data)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert f'id="{field}' in html or f'id="id_{field}' in html
    kept = form_data(html, having="topic")
    if field != "text":
        assert kept["text"] == [data["text"]]
    assert not LineToTake.objects.exists()


def test_the_library_searches_topic_and_text_and_marks_expired_lines(client, comms_a, ccg_a):
    LineToTakeFactory(ccg=ccg_a, topic="Flu vaccination", text="Book at your GP practice.")
    LineToTakeFactory(
        ccg=ccg_a,
        topic="Ambulance handovers",
        text="Crews wait less than last winter.",
        signed_off_on=datetime.date(2025, 1, 1),
        valid_until=datetime.date(2025, 6, 30),
    )
    client.force_login(comms_a)

    by_text = client.get(LIST, {"q": "GP practice"}).content.decode()
    everything = client.get(LIST).content.decode()

    assert "Flu vaccination" in by_text and "Ambulance handovers" not in by_text
    assert "Ambulance handovers" in everything
    assert everything.count("Expired</strong>") == 1


def test_the_library_reads_in_bounded_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    for _ in range(15):
        LineToTakeFactory(ccg=ccg_a)
    client.force_login(comms_a)

    with django_assert_max_num_queries(12):
        response = client.get(LIST)

    assert response.status_code == 200


def test_a_shared_line_is_read_by_the_other_ccg_but_changed_by_the_lead_only(
    client, ccg_a, ccg_b, comms_b
):
    line = LineToTakeFactory(ccg=ccg_a, topic="Stroke services review")
    line.shared_with.add(ccg_b)
    client.force_login(comms_b)

    assert "Stroke services review" in client.get(LIST).content.decode()
    assert client.get(reverse("media_desk:line_detail", args=[line.pk])).status_code == 200
    assert client.get(reverse("media_desk:line_edit", args=[line.pk])).status_code == 403


def test_another_ccgs_line_is_not_found(client, ccg_a, comms_b):
    line = LineToTakeFactory(ccg=ccg_a, topic="Stroke services review")
    client.force_login(comms_b)

    assert "Stroke services review" not in client.get(LIST).content.decode()
    for name in ("line_detail", "line_edit", "line_history"):
        assert client.get(reverse(f"media_desk:{name}", args=[line.pk])).status_code == 404


def test_staff_cannot_open_the_library(client, staff_a):
    client.force_login(staff_a)

    assert client.get(LIST).status_code == 403
    assert client.get(ADD).status_code == 403


def test_sharing_is_offered_only_with_the_users_other_ccgs(client, comms_a, ccg_a, ccg_b):
    from accounts.tests.factories import CcgFactory

    other = CcgFactory(name="NHS Gamma CCG")
    member(ccg=ccg_b, role="Comms team", user=comms_a)
    client.force_login(comms_a)
    page = client.get(ADD, {"ccg": ccg_a.pk}).content.decode()
    assert "NHS Beta CCG" in page and other.name not in page

    response = post_once(
        client, f"{ADD}?ccg={ccg_a.pk}", {**_line_data(comms_a), "shared_with": [ccg_b.pk]}
    )

    assert response.status_code == 302
    assert list(LineToTake.objects.get().shared_with.all()) == [ccg_b]


def test_the_history_shows_each_saved_version_with_who_saved_it(client, comms_a, ccg_a):
    line = LineToTakeFactory(ccg=ccg_a, text="First words.")
    url = reverse("media_desk:line_edit", args=[line.pk])
    client.force_login(comms_a)
    opened = form_data(client.get(url).content.decode(), having="version")

    saved = client.post(url, {**opened, "text": "Second words."})

    assert saved.status_code == 302
    html = client.get(reverse("media_desk:line_history", args=[line.pk])).content.decode()
    assert "Second words." in html and "First words." in html
    assert f"Changed by {comms_a}" in html


# Taking a line on an enquiry


def _detail(enquiry) -> str:
    return reverse("media_desk:enquiry_detail", args=[enquiry.pk])


def _use(enquiry) -> str:
    return reverse("media_desk:step", args=[enquiry.pk, "use-line"])


def test_a_press_officer_finds_a_line_and_it_becomes_the_draft_response(client, comms_a, ccg_a):
    line = LineToTakeFactory(ccg=ccg_a, topic="Flu vaccination", text="Book at your GP.")
    LineToTakeFactory(ccg=ccg_a, topic="Ambulance handovers")
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)

    found = client.get(_detail(enquiry), {"line-q": "flu"}).content.decode()
    assert "Flu vaccination" in found and "Ambulance handovers" not in found

    response = post_once(
        client, _use(enquiry), {"line-line": line.pk}, page=_detail(enquiry), having=TOKEN
    )

    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.response, enquiry.line_used) == ("Book at your GP.", line)
    page = client.get(_detail(enquiry)).content.decode()
    assert "Line to take used" in page
    assert f"Response drafted from a line to take by {comms_a}" in page  # the timeline
    assert form_data(page, having="sign_off-response")["sign_off-response"] == ["Book at your GP."]


def test_a_line_used_still_needs_the_items_sign_off_before_it_is_sent(comms_a, ccg_a):
    line = LineToTakeFactory(ccg=ccg_a, text="Book at your GP.")
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    assert enquiry.requires_sign_off

    enquiry_line_use(enquiry=enquiry, line=line, by=comms_a)

    with pytest.raises(Exception, match="must be signed off"):
        enquiry_respond(enquiry=enquiry, response=line.text)


def test_a_line_replacing_a_signed_off_draft_undoes_that_sign_off(comms_a, ccg_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    enquiry_sign_off(enquiry=enquiry, signed_off_by="Chief Officer", response="Old words.")
    line = LineToTakeFactory(ccg=ccg_a, text="New words.")

    enquiry_line_use(enquiry=enquiry, line=line, by=comms_a)

    enquiry.refresh_from_db()
    assert (enquiry.response, enquiry.signed_off_at, enquiry.signed_off_by) == (
        "New words.",
        None,
        "",
    )


def test_an_expired_line_is_not_offered_and_is_refused_if_posted(client, comms_a, ccg_a):
    line = LineToTakeFactory(
        ccg=ccg_a,
        topic="Old winter line",
        signed_off_on=datetime.date(2025, 1, 1),
        valid_until=_yesterday(),
    )
    LineToTakeFactory(ccg=ccg_a, topic="Current line")
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)

    page = client.get(_detail(enquiry)).content.decode()
    assert "Old winter line" not in page and "Current line" in page

    response = post_once(
        client, _use(enquiry), {"line-line": line.pk}, page=_detail(enquiry), having=TOKEN
    )

    assert response.status_code == 400
    assert "That line can no longer be used" in response.content.decode()
    assert Enquiry.objects.get().line_used is None


def test_another_ccgs_line_cannot_be_used_and_a_shared_one_can(client, comms_a, ccg_a, ccg_b):
    theirs = LineToTakeFactory(ccg=ccg_b, topic="Beta own line")
    shared = LineToTakeFactory(ccg=ccg_b, topic="Beta shared line")
    shared.shared_with.add(ccg_a)
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    page = client.get(_detail(enquiry)).content.decode()
    assert "Beta own line" not in page and "Beta shared line" in page

    refused = post_once(
        client, _use(enquiry), {"line-line": theirs.pk}, page=_detail(enquiry), having=TOKEN
    )
    taken = post_once(
        client, _use(enquiry), {"line-line": shared.pk}, page=_detail(enquiry), having=TOKEN
    )

    assert refused.status_code == 400
    assert taken.status_code == 302
    assert Enquiry.objects.get().line_used == shared


def test_another_ccgs_user_cannot_use_a_line_on_the_enquiry(client, comms_a, comms_b, ccg_a):
    line = LineToTakeFactory(ccg=ccg_a)
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_b)

    response = client.post(_use(enquiry), {"line-line": line.pk})

    assert response.status_code == 404
    assert Enquiry.objects.get().line_used is None


def test_the_enquiry_page_offers_lines_in_bounded_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    for _ in range(20):
        LineToTakeFactory(ccg=ccg_a)
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    client.get(_detail(enquiry))  # warm the session and the per-request caches once

    with django_assert_max_num_queries(40):
        page = client.get(_detail(enquiry)).content.decode()

    assert page.count('name="line-line"') == 10  # the first few; the library lists all


def test_the_desk_menu_links_the_library(client, comms_a):
    client.force_login(comms_a)

    page = client.get(reverse("media_desk:queue")).content.decode()

    assert f'href="{LIST}"' in page and "Lines to take" in page
