"""Who may do what in engagement: the comms team runs it; the governing body reads reports and
published items and changes nothing; staff see nothing; another CCG's records are not found."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from engagement.models import Consultation, Event, Feedback, Response, Theme

from .factories import EventFactory, FeedbackFactory, ThemeFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "engagement:index",
    "engagement:event_list",
    "engagement:feedback_list",
    "engagement:response_list",
    "engagement:theme_list",
    "engagement:programme_list",
    "engagement:reach",
    "engagement:consultation_list",
    "engagement:annual_report_index",
]


def _perms(role: str) -> set[str]:
    group = Group.objects.get(name=role)
    return set(
        group.permissions.filter(content_type__app_label="engagement").values_list(
            "codename", flat=True
        )
    )


def test_the_migration_grants_the_roles_their_engagement_permissions():
    comms, governing, admin = (
        _perms("Comms team"),
        _perms("Governing body"),
        _perms("Administrator"),
    )
    assert {"add_event", "change_response", "identify_feedback", "add_reportjob"} <= comms
    assert "view_feedback" in governing and "identify_feedback" not in governing
    assert not any(p.startswith(("add_", "change_", "delete_")) for p in governing)
    assert "change_engagementpolicy" in admin and "identify_feedback" not in admin
    assert _perms("Staff") == set()


@pytest.mark.parametrize("name", PAGES)
def test_every_page_opens_for_the_comms_team_and_the_governing_body(
    client, comms_a, governor_a, name
):
    for user in (comms_a, governor_a):
        client.force_login(user)
        assert client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", PAGES)
def test_staff_see_no_engagement_page(client, staff_a, name):
    client.force_login(staff_a)
    assert client.get(reverse(name)).status_code == 403


def test_the_governing_body_adds_nothing(client, governor_a):
    client.force_login(governor_a)
    for name in ("event_add", "feedback_add", "consultation_add", "theme_add", "programme_add"):
        assert client.get(reverse(f"engagement:{name}")).status_code == 403


def test_another_ccgs_records_are_not_found(client, comms_a, ccg_b, comms_b):
    event, feedback, theme = (
        EventFactory(ccg=ccg_b),
        FeedbackFactory(ccg=ccg_b),
        ThemeFactory(ccg=ccg_b),
    )
    client.force_login(comms_a)
    for name, pk in [
        ("event_detail", event.pk),
        ("event_edit", event.pk),
        ("feedback_detail", feedback.pk),
        ("response_add_for_feedback", feedback.pk),
        ("theme_detail", theme.pk),
        ("response_add_for_theme", theme.pk),
    ]:
        assert client.get(reverse(f"engagement:{name}", args=[pk])).status_code == 404
    assert client.get(reverse("engagement:feedback_add"), {"event": event.pk}).status_code == 404


def test_the_header_shows_engagement_to_those_who_may_open_it(client, comms_a, staff_a):
    client.force_login(comms_a)
    assert 'href="/engagement/"' in client.get(reverse("engagement:index")).content.decode()
    client.force_login(staff_a)
    assert 'href="/engagement/"' not in client.get(reverse("home")).content.decode()


def test_a_comms_officer_of_two_ccgs_chooses_the_ccg_first(client, comms_a, ccg_b):
    from accounts.tests.factories import member

    member(ccg=ccg_b, role="Comms team", user=comms_a)
    client.force_login(comms_a)
    body = client.get(reverse("engagement:event_add")).content.decode()
    assert "Which CCG is it for?" in body and f"ccg={ccg_b.pk}" in body
    form = client.get(reverse("engagement:event_add"), {"ccg": ccg_b.pk}).content.decode()
    assert "NHS Beta CCG" in form and 'name="title"' in form


def test_models_that_hold_ccg_data_are_ccg_owned():
    from accounts.scoping import CcgOwned

    for model in (Event, Feedback, Response, Theme, Consultation):
        assert issubclass(model, CcgOwned)
