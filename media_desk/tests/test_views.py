"""The desk as its users work it: staff log, the comms team drafts, signs off and responds."""

import datetime

import pytest
from django.urls import reverse

from core.tests.forms_read import post_once
from media_desk.models import Enquiry, Kind

from .factories import logged_enquiry, london

pytestmark = pytest.mark.django_db


def when(prefix: str, instant: datetime.datetime) -> dict[str, str]:
    local = instant.astimezone(datetime.timezone(datetime.timedelta(0)))  # November: GMT
    return {
        f"{prefix}_day": str(local.day),
        f"{prefix}_month": str(local.month),
        f"{prefix}_year": str(local.year),
        f"{prefix}_time": local.strftime("%H:%M"),
    }


def media_call(ccg, **extra) -> dict:
    return {
        "ccg": ccg.pk,
        **when("received_at", london(2026, 11, 16, 10, 0)),
        "channel": "phone",
        "requester_name": "Tom Ridley",
        "requester_outlet": "The Northern Echo",
        "requester_phone": "0191 496 0000",
        "subject": "Walk-in centre hours",
        "details": "Are the hours changing?",
        "urgency": "routine",
        **extra,
    }


def _step(client, enquiry, url: str, data: dict):
    """Send a step as its form on the item's page does (the form with the first field posted)."""
    detail = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    return post_once(client, url, data, page=detail, having=next(iter(data)))


def test_staff_log_a_media_call_in_one_short_form(client, staff_a, ccg_a):
    client.force_login(staff_a)
    form_page = client.get(reverse("media_desk:log", args=["media"])).content.decode()
    assert 'name="category"' not in form_page  # the short form: the comms team triages
    response = post_once(client, reverse("media_desk:log", args=["media"]), media_call(ccg_a))
    enquiry = Enquiry.objects.get()
    assert response["Location"] == reverse("media_desk:my_enquiry", args=[enquiry.pk])
    assert enquiry.logged_by == staff_a and enquiry.ccg == ccg_a
    assert enquiry.deadlines.get().due_at == london(2026, 11, 16, 14, 0)
    progress = client.get(response["Location"]).content.decode()
    assert "Walk-in centre hours" in progress and "Mon 16 Nov 2026, 14:00" in progress


def test_staff_see_only_what_they_logged(client, staff_a, ccg_a, comms_a):
    from accounts.tests.factories import member

    other = member(ccg=ccg_a, role="Staff")
    mine = logged_enquiry(ccg=ccg_a, logged_by=staff_a, subject="Mine")
    theirs = logged_enquiry(ccg=ccg_a, logged_by=other, subject="Theirs")
    client.force_login(staff_a)
    body = client.get(reverse("media_desk:mine")).content.decode()
    assert "Mine" in body and "Theirs" not in body
    assert client.get(reverse("media_desk:my_enquiry", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("media_desk:enquiry_detail", args=[mine.pk])).status_code == 404
    assert client.get(reverse("media_desk:queue")).status_code == 403


def test_a_receipt_in_the_future_is_refused_and_the_input_kept(client, staff_a, ccg_a):
    client.force_login(staff_a)
    future = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)
    data = media_call(ccg_a, **when("received_at", future))
    body = post_once(client, reverse("media_desk:log", args=["media"]), data).content.decode()
    assert "The time received cannot be in the future." in body
    assert 'href="#id_received_at_0"' in body and 'id="id_received_at_0"' in body  # summary link
    assert 'value="Walk-in centre hours"' in body
    assert not Enquiry.objects.exists()


def test_a_requester_deadline_before_receipt_is_refused(client, staff_a, ccg_a):
    client.force_login(staff_a)
    data = media_call(ccg_a, **when("requester_deadline", london(2026, 11, 16, 9, 0)))
    body = post_once(client, reverse("media_desk:log", args=["media"]), data).content.decode()
    assert "The requester&#x27;s deadline must be after the time received." in body
    assert not Enquiry.objects.exists()


def test_an_mp_letter_needs_its_mp(client, staff_a, ccg_a, mp_a):
    client.force_login(staff_a)
    data = {
        "ccg": ccg_a.pk,
        **when("received_at", london(2026, 11, 16, 10, 0)),
        "channel": "letter",
        "subject": "GP access",
        "urgency": "routine",
    }
    body = post_once(client, reverse("media_desk:log", args=["mp"]), data).content.decode()
    assert "Select the MP or councillor, or enter their name" in body
    assert 'value="GP access"' in body and not Enquiry.objects.exists()
    response = post_once(
        client, reverse("media_desk:log", args=["mp"]), {**data, "requester_contact": mp_a.pk}
    )
    assert response.status_code == 302 and Enquiry.objects.get().requester_contact == mp_a


def test_another_ccgs_mp_cannot_be_chosen(client, staff_a, ccg_a, mp_b):
    client.force_login(staff_a)
    data = {
        "ccg": ccg_a.pk,
        **when("received_at", london(2026, 11, 16, 10, 0)),
        "channel": "letter",
        "subject": "GP access",
        "urgency": "routine",
        "requester_contact": mp_b.pk,
    }
    post_once(client, reverse("media_desk:log", args=["mp"]), data)
    assert not Enquiry.objects.exists()


def test_the_response_is_refused_before_sign_off_and_the_draft_kept(client, comms_a, ccg_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)
    url = reverse("media_desk:step", args=[enquiry.pk, "respond"])
    response = _step(client, enquiry, url, {"respond-response": "Our draft statement."})
    body = response.content.decode()
    assert response.status_code == 400
    assert "This response must be signed off before it is marked as sent." in body
    assert "Our draft statement." in body
    enquiry.refresh_from_db()
    assert enquiry.responded_at is None


def test_the_comms_team_signs_off_and_responds(client, comms_a, ccg_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 11, 16, 10, 0))
    client.force_login(comms_a)
    sign_off = {"sign_off-response": "Our statement.", "sign_off-signed_off_by": "Chief Officer"}
    _step(client, enquiry, reverse("media_desk:step", args=[enquiry.pk, "sign-off"]), sign_off)
    respond = {
        "respond-response": "Our statement.",
        **when("respond-responded_at", london(2026, 11, 16, 13, 0)),
    }
    response = _step(
        client, enquiry, reverse("media_desk:step", args=[enquiry.pk, "respond"]), respond
    )
    assert response.status_code == 302
    detail = client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk])).content.decode()
    assert "Met" in detail and "Chief Officer" in detail
    assert "Signed off by Chief Officer" in detail  # the timeline, in plain words


def test_an_mp_holding_reply_meets_its_deadline(client, comms_a, ccg_a, mp_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.MP, requester_contact=mp_a)
    client.force_login(comms_a)
    data = {
        "holding-holding_reply": "The matter is in hand.",
        **when("holding-holding_sent_at", london(2026, 11, 16, 11, 0)),
    }
    _step(client, enquiry, reverse("media_desk:step", args=[enquiry.pk, "holding-reply"]), data)
    holding = enquiry.deadlines.get(name="holding")
    assert holding.answered_at == london(2026, 11, 16, 11, 0)


def test_a_media_enquiry_can_be_referred_as_foi_keeping_the_link(client, comms_a, ccg_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 11, 2, 10, 0))
    client.force_login(comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[enquiry.pk])
    response = post_once(
        client, reverse("media_desk:refer_to_foi", args=[enquiry.pk]), {}, page=detail
    )
    foi = Enquiry.objects.get(kind=Kind.FOI)
    assert foi.referred_from == enquiry and response["Location"].endswith(f"/{foi.pk}/")
    assert foi.deadlines.get().due_at == london(2026, 12, 1, 23, 59, 59)


def test_the_foi_clock_buttons_carry_the_one_time_token(client, comms_a, ccg_a):
    """The clarification, fees and review buttons are step forms like any other: a button
    without the token would answer every click with "send it again"."""
    foi = logged_enquiry(ccg=ccg_a, logged_by=comms_a, kind=Kind.FOI, requester_name="A. Person")
    client.force_login(comms_a)
    detail = reverse("media_desk:enquiry_detail", args=[foi.pk])
    step = reverse("media_desk:step", args=[foi.pk, "clarification-requested"])
    response = post_once(client, step, {}, page=detail, having="foi-submission_token")
    assert response.status_code == 302
    foi.refresh_from_db()
    assert foi.clarification_requested_at is not None


def test_the_queue_puts_the_soonest_deadline_first(client, comms_a, ccg_a):
    later = logged_enquiry(
        ccg=ccg_a, logged_by=comms_a, subject="Later", received_at=london(2026, 11, 16, 11, 0)
    )
    sooner = logged_enquiry(
        ccg=ccg_a, logged_by=comms_a, subject="Sooner", received_at=london(2026, 11, 16, 9, 30)
    )
    client.force_login(comms_a)
    body = client.get(reverse("media_desk:queue")).content.decode()
    assert body.index(sooner.subject) < body.index(later.subject)


def test_the_queue_filters_and_searches(client, comms_a, ccg_a, mp_a):
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="Ambulance delays", category="performance")
    logged_enquiry(
        ccg=ccg_a, logged_by=comms_a, kind=Kind.MP, requester_contact=mp_a, subject="GP access"
    )
    client.force_login(comms_a)
    queue = reverse("media_desk:queue")
    assert "GP access" not in client.get(queue, {"kind": "media"}).content.decode()
    assert "Ambulance" not in client.get(queue, {"mp": mp_a.pk}).content.decode()
    assert "GP access" not in client.get(queue, {"search": "ambulance"}).content.decode()
    assert "GP access" not in client.get(queue, {"category": "performance"}).content.decode()
    assert "Ambulance" in client.get(queue, {"state": "overdue"}).content.decode()
    assert "Ambulance" not in client.get(queue, {"state": "on_track"}).content.decode()


def test_the_queue_issues_a_bounded_number_of_queries(
    client, comms_a, ccg_a, django_assert_max_num_queries
):
    for n in range(30):
        logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject=f"Item {n}")
    client.force_login(comms_a)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("media_desk:queue")).status_code == 200


def test_the_queue_exports_only_the_users_ccgs(client, comms_a, ccg_a, ccg_b, comms_b):
    logged_enquiry(ccg=ccg_a, logged_by=comms_a, subject="=cmd|' /C calc'!A0")
    logged_enquiry(ccg=ccg_b, logged_by=comms_b, subject="Beta secret")
    client.force_login(comms_a)
    body = b"".join(
        client.get(reverse("media_desk:export", args=["csv"])).streaming_content
    ).decode()
    assert "Beta secret" not in body
    assert "'=cmd" in body  # defused for spreadsheets


def test_the_queue_exports_to_excel_with_uk_times(client, comms_a, ccg_a):
    from io import BytesIO

    from openpyxl import load_workbook

    logged_enquiry(
        ccg=ccg_a, logged_by=comms_a, received_at=london(2026, 6, 1, 10, 0), owner=comms_a
    )
    client.force_login(comms_a)
    response = client.get(reverse("media_desk:export", args=["xlsx"]))
    assert response.status_code == 200
    rows = list(load_workbook(BytesIO(response.content)).active.iter_rows(values_only=True))
    assert rows[1][3] == datetime.datetime(2026, 6, 1, 10, 0)  # received, UK time
    assert rows[1][10] == str(comms_a)  # the owner, as text


def test_another_ccgs_item_cannot_be_opened_or_changed(client, comms_a, ccg_b, comms_b):
    theirs = logged_enquiry(ccg=ccg_b, logged_by=comms_b)
    client.force_login(comms_a)
    assert client.get(reverse("media_desk:enquiry_detail", args=[theirs.pk])).status_code == 404
    response = client.post(
        reverse("media_desk:step", args=[theirs.pk, "close"]), {"close-closure_note": "x"}
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.closed_at is None


def test_the_governing_body_cannot_open_the_desk(client, governor_a, ccg_a, comms_a):
    enquiry = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(governor_a)
    assert client.get(reverse("media_desk:queue")).status_code == 403
    assert client.get(reverse("media_desk:enquiry_detail", args=[enquiry.pk])).status_code == 404


def test_logging_never_touches_the_broker(client, staff_a, ccg_a):
    """Logging a call must work with the queue down: it connects to no broker at all. The broker
    here is a socket that counts the connections made to it and hangs up at once."""
    import socket
    import threading

    from ccgcomms.celery import app

    broker = socket.create_server(("127.0.0.1", 0))
    broker.settimeout(0.1)
    connections, stop = [], threading.Event()

    def count_and_hang_up():
        while not stop.is_set():
            try:
                connection, _ = broker.accept()
            except TimeoutError:
                continue
            connections.append(connection)
            connection.close()

    listener = threading.Thread(target=count_and_hang_up)
    listener.start()
    original = app.conf.broker_url
    app.conf.broker_url = f"redis://127.0.0.1:{broker.getsockname()[1]}/0"
    try:
        client.force_login(staff_a)
        response = post_once(client, reverse("media_desk:log", args=["media"]), media_call(ccg_a))
    finally:
        app.conf.broker_url = original
        stop.set()
        listener.join()
        broker.close()
    assert response.status_code == 302 and Enquiry.objects.count() == 1
    assert connections == []


def test_spokespeople_press_releases_and_coverage_are_logged(client, comms_a, ccg_a, governor_a):
    client.force_login(comms_a)
    post_once(
        client,
        reverse("media_desk:register_add", args=["spokespeople"]),
        {"ccg": ccg_a.pk, "name": "Dr Anna Clarke", "topics": "urgent care", "media_trained": "on"},
    )
    release = {
        "ccg": ccg_a.pk,
        "title": "Stay well this winter",
        "issued_on_day": "2",
        "issued_on_month": "11",
        "issued_on_year": "2026",
        "outlets_sent_to": "Northern Echo\nBBC Tees",
        "take_up": "1",
    }
    assert (
        post_once(
            client, reverse("media_desk:register_add", args=["press-releases"]), release
        ).status_code
        == 302
    )
    coverage = {
        "ccg": ccg_a.pk,
        "outlet": "Northern Echo",
        "headline": "CCG urges flu jabs",
        "tone": "positive",
        "published_on_day": "3",
        "published_on_month": "11",
        "published_on_year": "2026",
    }
    assert (
        post_once(
            client, reverse("media_desk:register_add", args=["coverage"]), coverage
        ).status_code
        == 302
    )
    body = client.get(reverse("media_desk:register_list", args=["press-releases"])).content.decode()
    assert "Stay well this winter" in body and "1 of 2 outlets" in body
    client.force_login(governor_a)
    assert (
        "CCG urges flu jabs"
        in client.get(reverse("media_desk:register_list", args=["coverage"])).content.decode()
    )
    assert client.get(reverse("media_desk:register_add", args=["coverage"])).status_code == 403
