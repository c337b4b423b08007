"""The role table gives the campaign calendar's new permissions to the right roles."""

import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def _codenames(role: str) -> set[str]:
    group = Group.objects.get(name=role)
    return set(
        group.permissions.filter(content_type__app_label="campaigns").values_list(
            "codename", flat=True
        )
    )


def test_the_comms_team_approves_content_and_runs_plans_and_evaluation():
    assert {
        "approve_content",
        "add_contentitem",
        "change_contentitem",
        "add_actionitem",
        "change_actionitem",
        "add_campaignmeasure",
        "add_campaignlesson",
        "add_channelfigures",
    } <= _codenames("Comms team")


def test_the_governing_body_reads_but_neither_approves_nor_writes():
    codes = _codenames("Governing body")
    assert {"view_contentitem", "view_actionitem", "view_channelfigures"} <= codes
    assert "approve_content" not in codes
    assert not [c for c in codes if c.startswith(("add_", "change_", "delete_"))]


def test_staff_see_no_content():
    assert _codenames("Staff") == {"view_calendar"}  # the calendar only: no content, no plans
