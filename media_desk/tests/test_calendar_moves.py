"""Deadlines that move with the calendar (issue 14): a closure day, working hours or a bank
holiday changed by an administrator (or a new `holidays` release) moves every open deadline it
touches at once, with a note on the timeline, a notification to the owner and re-armed
reminders; answered deadlines, closed items and other CCGs' items keep theirs."""

import datetime
import os

import pytest
from django.urls import reverse

from accounts import calendar_changes
from accounts.models import ClosureDay, ExtraBankHoliday, Notification
from media_desk import reminders
from media_desk.models import DeadlineMove, Kind
from media_desk.models.deadlines import Reminder
from media_desk.selectors import enquiries_touched_by_calendar_change, enquiry_timeline
from media_desk.services import enquiry_close, enquiry_respond, enquiry_sign_off
from working_time import bank_holidays

from .factories import logged_enquiry, london

pytestmark = pytest.mark.django_db

# A media enquiry logged at 16:00 on a Friday: four working hours, due 12:00 on Monday.
MEDIA_AT, MEDIA_DUE = london(2026, 11, 20, 16, 0), london(2026, 11, 23, 12, 0)
TRAINING = datetime.date(2026, 11, 23)
# An FOI request of Mon 2 Nov: 20 working days (St Andrew's Day is skipped), end of Tue 1 Dec.
FOI_AT, FOI_DUE = london(2026, 11, 2, 10, 0), london(2026, 12, 1, 23, 59, 59)
OCCASION = datetime.date(2026, 11, 25)


def response(enquiry):
    return enquiry.deadlines.get(name="response")


def media(ccg, owner):
    return logged_enquiry(ccg=ccg, logged_by=owner, received_at=MEDIA_AT, owner=owner)


def foi(ccg, owner):
    return logged_enquiry(
        ccg=ccg,
        logged_by=owner,
        kind=Kind.FOI,
        requester_name="A. Person",
        received_at=FOI_AT,
        owner=owner,
    )


@pytest.fixture
def applied(celery_eager, django_capture_on_commit_callbacks):
    """Runs the admin's (or the check job's) change: the queued job runs after the commit."""

    def run(action, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return action(**kwargs)

    return run


def add_closure_day(client, admin, ccg, day=TRAINING, reason="Staff training"):
    client.force_login(admin)
    data = {"ccg": ccg.pk, "date": day.isoformat(), "reason": reason}
    response = client.post(reverse("admin:accounts_closureday_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ClosureDay.objects.get(ccg=ccg, date=day)


def test_a_closure_day_added_moves_a_media_enquiry_with_a_note_and_a_notification(
    client, admin_a, ccg_a, comms_a, django_capture_on_commit_callbacks, celery_eager
):
    enquiry = media(ccg_a, comms_a)
    assert response(enquiry).due_at == MEDIA_DUE
    with django_capture_on_commit_callbacks(execute=True):
        add_closure_day(client, admin_a, ccg_a)
    moved = response(enquiry)
    assert moved.due_at == london(2026, 11, 24, 12, 0)
    enquiry.refresh_from_db()
    assert enquiry.next_due_at == moved.due_at
    note = "Full response moved from Mon 23 Nov 12:00 to Tue 24 Nov 12:00: closure day "
    note += "'Staff training' added"
    assert note in [entry.what for entry in enquiry_timeline(enquiry=enquiry)]
    told = Notification.objects.get(user=comms_a)
    assert told.message.startswith(note)
    assert told.link == reverse("media_desk:enquiry_detail", args=[enquiry.pk])


def test_removing_the_closure_day_moves_it_back(
    client, admin_a, ccg_a, comms_a, django_capture_on_commit_callbacks, celery_eager
):
    enquiry = media(ccg_a, comms_a)
    with django_capture_on_commit_callbacks(execute=True):
        day = add_closure_day(client, admin_a, ccg_a)
    url = reverse("admin:accounts_closureday_delete", args=[day.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {"post": "yes"}).status_code == 302
    assert response(enquiry).due_at == MEDIA_DUE
    notes = [entry.what for entry in enquiry_timeline(enquiry=enquiry)]
    back = "Full response moved from Tue 24 Nov 12:00 to Mon 23 Nov 12:00: closure day "
    assert back + "'Staff training' removed" in notes
    assert Notification.objects.filter(user=comms_a).count() == 2


def test_a_closure_day_added_on_the_ccgs_page_moves_it_too(
    client, admin_a, ccg_a, comms_a, django_capture_on_commit_callbacks, celery_eager
):
    from accounts.tests.admin_records import form_data  # the CCG page's form, as shown

    enquiry = media(ccg_a, comms_a)
    client.force_login(admin_a)
    url = reverse("admin:accounts_ccg_change", args=[ccg_a.pk])
    data = form_data(client.get(url))
    data["closure_days-TOTAL_FORMS"] = "1"
    data.update({"closure_days-0-date": TRAINING.isoformat(), "closure_days-0-reason": "Training"})
    with django_capture_on_commit_callbacks(execute=True):
        posted = client.post(url, data)
    assert posted.status_code == 302, posted.content.decode()[:3000]
    assert response(enquiry).due_at == london(2026, 11, 24, 12, 0)
    assert DeadlineMove.objects.get().because == "closure day 'Training' added"


def test_a_closure_day_imported_moves_it_once_confirmed(
    client, admin_a, ccg_a, comms_a, django_capture_on_commit_callbacks, celery_eager
):
    from accounts.tests.test_admin_import_export import _csv, _import

    enquiry = media(ccg_a, comms_a)
    client.force_login(admin_a)
    content = _csv(["id", "ccg", "date", "reason"], ["", "A01", TRAINING.isoformat(), "Training"])
    with django_capture_on_commit_callbacks(execute=True):
        _, confirmed = _import(client, ClosureDay, content)
    assert confirmed is not None and confirmed.status_code == 302
    assert response(enquiry).due_at == london(2026, 11, 24, 12, 0)
    assert DeadlineMove.objects.get().because == "closure day 'Training' added"


def test_an_answered_deadline_and_a_closed_item_keep_theirs(applied, ccg_a, comms_a):
    answered = media(ccg_a, comms_a)
    enquiry_sign_off(enquiry=answered, signed_off_by="Dr A Smith", response="Statement")
    enquiry_respond(enquiry=answered, response="Statement", at=london(2026, 11, 20, 16, 30))
    closed = media(ccg_a, comms_a)
    enquiry_close(enquiry=closed, note="Withdrawn")
    day = ClosureDay.objects.create(ccg=ccg_a, date=TRAINING, reason="Staff training")
    applied(calendar_changes.closure_day_saved, day=day, before=None)
    assert response(answered).due_at == MEDIA_DUE
    assert response(closed).due_at == MEDIA_DUE
    assert not DeadlineMove.objects.exists()
    assert not Notification.objects.exists()


def test_a_closure_day_in_another_ccg_touches_nothing(applied, ccg_a, ccg_b, comms_a):
    enquiry = media(ccg_a, comms_a)
    day = ClosureDay.objects.create(ccg=ccg_b, date=TRAINING, reason="Staff training")
    # Not even looked at: only the CCG's own items are recomputed.
    touched = enquiries_touched_by_calendar_change(ccg_id=ccg_b.pk, nations=[], days=[TRAINING])
    assert touched == []
    applied(calendar_changes.closure_day_saved, day=day, before=None)
    assert response(enquiry).due_at == MEDIA_DUE
    assert not DeadlineMove.objects.exists()


def test_changed_working_hours_move_the_ccgs_open_deadlines(
    client, admin_a, ccg_a, comms_a, django_capture_on_commit_callbacks, celery_eager
):
    from accounts.tests.admin_records import form_data  # the CCG page's form, as shown

    enquiry = media(ccg_a, comms_a)
    client.force_login(admin_a)
    url = reverse("admin:accounts_ccg_change", args=[ccg_a.pk])
    data = form_data(client.get(url))
    data["closes"] = "16:30"
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    # Half an hour on Friday, three and a half on Monday.
    assert response(enquiry).due_at == london(2026, 11, 23, 12, 30)
    assert "working hours changed to 09:00–16:30" in DeadlineMove.objects.get().because


def test_a_bank_holiday_recorded_by_hand_moves_an_foi_request_and_rearms_its_reminder(
    applied, ccg_a, comms_a
):
    enquiry = foi(ccg_a, comms_a)
    deadline = response(enquiry)
    assert deadline.due_at == FOI_DUE
    # The overdue reminder for the old due instant has gone out.
    assert reminders.reminders_send_due(now=FOI_DUE + datetime.timedelta(minutes=1)) >= 1
    assert Reminder.objects.filter(deadline=deadline, due_at=FOI_DUE, kind="overdue").exists()
    holiday = ExtraBankHoliday.objects.create(date=OCCASION, name="State funeral", nation="England")
    applied(calendar_changes.extra_bank_holiday_saved, holiday=holiday, before=None)

    deadline.refresh_from_db()
    new_due = london(2026, 12, 2, 23, 59, 59)
    assert deadline.due_at == new_due
    assert deadline.next_reminder_at == deadline.warn_at is not None
    note = "Full response moved from Tue 1 Dec 23:59 to Wed 2 Dec 23:59: bank holiday "
    assert note + "'State funeral' added" in [e.what for e in enquiry_timeline(enquiry=enquiry)]
    assert Notification.objects.filter(user=comms_a, message__startswith=note).count() == 1
    # The reminder sent for the old instant does not stand for the new one.
    assert reminders.reminders_send_due(now=new_due + datetime.timedelta(minutes=1)) >= 1
    assert Reminder.objects.filter(deadline=deadline, due_at=new_due, kind="overdue").exists()


@pytest.fixture
def new_holidays_release(monkeypatch):
    """The `holidays` package as its next release would have it: 25 Nov 2026 a bank holiday in
    England (the engine and the check job both read through this lookup)."""
    real = bank_holidays._holidays_in_year

    def released(subdivision, year):
        days = dict(real(subdivision, year))
        if subdivision == "ENG" and year == 2026:
            days[OCCASION] = ("State funeral",)
        return days

    def install():
        monkeypatch.setattr(bank_holidays, "_holidays_in_year", released)

    return install


def test_a_new_holidays_release_moves_an_foi_request_once_however_often_the_job_runs(
    applied, ccg_a, comms_a, new_holidays_release
):
    enquiry = foi(ccg_a, comms_a)
    today = datetime.date(2026, 11, 20)
    assert applied(calendar_changes.bank_holidays_check, today=today) == []  # fingerprints kept
    new_holidays_release()
    [change] = applied(calendar_changes.bank_holidays_check, today=today)
    assert change.nations == ["England"] and change.dates == ["2026-11-25"]
    assert applied(calendar_changes.bank_holidays_check, today=today) == []
    applied(calendar_changes.calendar_change_apply, change_id=change.pk)  # the job, run again

    assert response(enquiry).due_at == london(2026, 12, 2, 23, 59, 59)
    moves = [e.what for e in enquiry_timeline(enquiry=enquiry) if "moved" in e.what]
    assert moves == [
        "Full response moved from Tue 1 Dec 23:59 to Wed 2 Dec 23:59: "
        "bank holiday 'State funeral' added (England)"
    ]
    assert Notification.objects.filter(user=comms_a).count() == 1


def test_a_bank_holiday_after_the_deadline_touches_nothing(
    applied, ccg_a, comms_a, django_assert_max_num_queries
):
    enquiry = media(ccg_a, comms_a)
    holiday = ExtraBankHoliday.objects.create(
        date=datetime.date(2026, 12, 7), name="State funeral", nation="England"
    )
    with django_assert_max_num_queries(8):
        applied(calendar_changes.extra_bank_holiday_saved, holiday=holiday, before=None)
    assert response(enquiry).due_at == MEDIA_DUE


needs_redis = pytest.mark.skipif(
    not os.getenv("REDIS_URL"), reason="REDIS_URL not set: the worker test runs against Redis"
)


@needs_redis
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_moves_the_deadline_after_the_admin_saves(client, admin_a, ccg_a, comms_a):
    import time

    from celery.contrib.testing.worker import start_worker

    from ccgcomms.celery import app

    enquiry = media(ccg_a, comms_a)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        add_closure_day(client, admin_a, ccg_a)
        until = time.monotonic() + 20
        while time.monotonic() < until and not DeadlineMove.objects.exists():
            time.sleep(0.2)
    assert response(enquiry).due_at == london(2026, 11, 24, 12, 0)
