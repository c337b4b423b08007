"""Action plans: owner, target date, status and RAG; overdue actions turn red by themselves;
"due within N days" counts the CCG's working days."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from campaigns import selectors, services
from campaigns.models import ActionItem
from core.tests.forms_read import form_data

from .factories import ActionItemFactory, CampaignFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def _rag(item, today):
    items = selectors.with_rag_now(ActionItem.objects.filter(pk=item.pk), today=today)
    return items.get().rag_now


def test_an_action_past_its_target_date_and_not_done_turns_red_by_itself(ccg_a, comms_a):
    item = ActionItemFactory(ccg=ccg_a, owner=comms_a, target_date=D(2026, 12, 18), rag="green")
    assert _rag(item, D(2026, 12, 18)) == "green"  # due today: not late yet
    assert _rag(item, D(2026, 12, 19)) == "red"
    item.status = "done"
    item.save()
    assert _rag(item, D(2026, 12, 19)) == "green"


def test_the_owners_own_rating_shows_until_the_target_date(ccg_a, comms_a):
    item = ActionItemFactory(ccg=ccg_a, owner=comms_a, target_date=D(2026, 12, 18), rag="amber")
    assert _rag(item, D(2026, 12, 1)) == "amber"


def test_working_days_ahead_skips_weekends_and_bank_holidays(ccg_a):
    # Friday 18 December: Mon, Tue, Wed.
    assert selectors.working_days_ahead(ccg=ccg_a, today=D(2026, 12, 18), days=3) == D(2026, 12, 23)
    # Wednesday 23 December: Thu 24, (Christmas, weekend, Boxing Day on Mon 28), Tue 29, Wed 30.
    assert selectors.working_days_ahead(ccg=ccg_a, today=D(2026, 12, 23), days=3) == D(2026, 12, 30)


def test_due_within_three_working_days_counts_the_ccgs_calendar(ccg_a, comms_a):
    make = lambda title, day, **kw: ActionItemFactory(  # noqa: E731
        ccg=ccg_a, owner=comms_a, title=title, target_date=day, **kw
    )
    make("Overdue", D(2026, 12, 22))
    make("On the third working day", D(2026, 12, 30))
    make("On the fourth", D(2026, 12, 31))
    make("Done already", D(2026, 12, 24), status="done")
    due = selectors.actions_due_within(ccg=ccg_a, today=D(2026, 12, 23), working_days=3)
    assert [i.title for i in due] == ["Overdue", "On the third working day"]
    assert [i.rag_now for i in due] == ["red", "green"]


def test_an_action_belongs_to_a_campaign_or_to_the_ccgs_plan(ccg_a, comms_a):
    campaign = CampaignFactory(ccg=ccg_a)
    data = {"title": "Book radio slot", "owner": comms_a, "target_date": D(2026, 12, 4)}
    ccg_plan = services.action_create(ccg=ccg_a, data=data)
    in_campaign = services.action_create(ccg=ccg_a, data={**data, "campaign": campaign})
    assert (ccg_plan.campaign, in_campaign.campaign) == (None, campaign)


def test_it_refuses_an_owner_outside_the_ccgs_comms_team(ccg_a, governor_a, comms_b):
    for owner in (governor_a, comms_b):
        with pytest.raises(ValidationError) as refused:
            services.action_create(
                ccg=ccg_a, data={"title": "X", "owner": owner, "target_date": D(2026, 12, 4)}
            )
        assert refused.value.message_dict == {
            "owner": ["Choose an owner from the CCG's comms team."]
        }


def test_the_list_shows_overdue_actions_red_and_filters_by_rag(
    client, ccg_a, ccg_b, comms_a, comms_b, django_assert_max_num_queries
):
    today = timezone.localdate()
    ActionItemFactory(
        ccg=ccg_a, owner=comms_a, title="Late one", target_date=today - datetime.timedelta(days=1)
    )
    ActionItemFactory(
        ccg=ccg_a, owner=comms_a, title="Fine one", target_date=today + datetime.timedelta(days=9)
    )
    ActionItemFactory(ccg=ccg_b, owner=comms_b, title="Other CCG's", target_date=today)
    client.force_login(comms_a)
    with django_assert_max_num_queries(12):
        html = client.get(reverse("campaigns:action_list"), {"rag": "red"}).content.decode()
    assert "Late one" in html and "Past its target date" in html
    assert "Fine one" not in html and "Other CCG" not in html


def test_adding_an_action_through_the_page(client, ccg_a, comms_a):
    client.force_login(comms_a)
    url = reverse("campaigns:action_add")
    opened = form_data(client.get(url).content.decode(), having="submission_token")
    response = client.post(
        url,
        {
            **opened,
            "title": "Brief GP practices",
            "owner": comms_a.pk,
            "target_date_day": "4",
            "target_date_month": "12",
            "target_date_year": "2026",
            "status": "not_started",
            "rag": "amber",
        },
    )
    assert response.status_code == 302
    item = ActionItem.objects.get()
    assert (item.title, item.owner, item.target_date, item.rag, item.campaign) == (
        "Brief GP practices",
        comms_a,
        D(2026, 12, 4),
        "amber",
        None,
    )


def test_the_governing_body_reads_action_plans_but_cannot_change_them(
    client, ccg_a, comms_a, governor_a
):
    item = ActionItemFactory(ccg=ccg_a, owner=comms_a)
    client.force_login(governor_a)
    assert client.get(reverse("campaigns:action_list")).status_code == 200
    assert client.get(reverse("campaigns:action_edit", args=[item.pk])).status_code == 403


def test_another_ccgs_action_is_not_found(client, ccg_b, comms_a, comms_b):
    item = ActionItemFactory(ccg=ccg_b, owner=comms_b)
    client.force_login(comms_a)
    assert client.get(reverse("campaigns:action_edit", args=[item.pk])).status_code == 404
