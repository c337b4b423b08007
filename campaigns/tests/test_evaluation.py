"""Evaluation: a campaign's measures and learning; channel figures with month-on-month change."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.scoping import Scope
from campaigns import selectors, services
from campaigns.models import CampaignLesson, CampaignMeasure, ChannelFigures
from core.tests.forms_read import form_data, post_once

from .factories import CampaignFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def _figures(ccg, channel, month, **counts):
    return ChannelFigures.objects.create(ccg=ccg, channel=channel, month=month, **counts)


def _scope(ccg):
    return Scope(permissions={ccg.pk: frozenset({"campaigns.view_channelfigures"})})


def test_each_month_shows_its_change_on_the_month_before(ccg_a, ccg_b):
    _figures(ccg_a, "facebook", D(2026, 9, 1), followers=4000)
    _figures(ccg_a, "facebook", D(2026, 10, 1), followers=5000, reach=40000)
    _figures(ccg_a, "facebook", D(2026, 11, 1), followers=5250, reach=30000)
    _figures(ccg_a, "website", D(2026, 11, 1), page_views=100)
    _figures(ccg_b, "facebook", D(2026, 10, 1), followers=1)
    rows = selectors.channel_figures_with_change(scope=_scope(ccg_a), channel="facebook")
    summary = [
        (r.figures.month, r.changes["followers"].change, r.changes["followers"].percent)
        for r in rows
    ]
    assert summary == [
        (D(2026, 11, 1), 250, 5.0),
        (D(2026, 10, 1), 1000, 25.0),
        (D(2026, 9, 1), None, None),
    ]
    assert rows[0].changes["reach"].change == -10000


def test_a_missing_month_shows_no_change(ccg_a):
    _figures(ccg_a, "facebook", D(2026, 8, 1), followers=4000)
    _figures(ccg_a, "facebook", D(2026, 10, 1), followers=5000)
    rows = selectors.channel_figures_with_change(scope=_scope(ccg_a))
    assert rows[0].changes["followers"].change is None


def test_measures_and_learning_are_recorded_on_the_campaign_page(
    client, ccg_a, comms_a, django_assert_max_num_queries
):
    campaign = CampaignFactory(ccg=ccg_a, name="Stay well this winter")
    client.force_login(comms_a)
    page_url = reverse("campaigns:evaluation_campaign", args=[campaign.pk])
    opened = form_data(client.get(page_url).content.decode(), having="submission_token")
    measure = {
        "submission_token": opened["submission_token"],
        "metric": "Flu jabs given to over-65s",
        "channel": "",
        "baseline": "6100",
        "target": "7000",
        "actual": "7240",
        "period_starts_on_day": "1",
        "period_starts_on_month": "11",
        "period_starts_on_year": "2026",
        "period_ends_on_day": "28",
        "period_ends_on_month": "2",
        "period_ends_on_year": "2027",
    }
    url = reverse("campaigns:evaluation_measure_add", args=[campaign.pk])
    assert post_once(client, url, measure).status_code == 302
    lesson = {"worked": "Pharmacy posters.", "change": "Start two weeks earlier."}
    url = reverse("campaigns:evaluation_lesson_add", args=[campaign.pk])
    assert post_once(client, url, lesson).status_code == 302
    saved = CampaignMeasure.objects.get()
    assert (saved.metric, saved.target, saved.actual, saved.ccg) == (
        "Flu jabs given to over-65s",
        7000,
        7240,
        ccg_a,
    )
    assert CampaignLesson.objects.get().recorded_by == comms_a
    with django_assert_max_num_queries(12):
        html = client.get(page_url).content.decode()
    assert "Met" in html and "Start two weeks earlier." in html


def test_a_period_that_ends_before_it_starts_is_refused(ccg_a):
    campaign = CampaignFactory(ccg=ccg_a)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.campaign_measure_add(
            campaign=campaign,
            data={
                "metric": "Reach",
                "period_starts_on": D(2026, 12, 1),
                "period_ends_on": D(2026, 11, 1),
            },
        )
    assert refused.value.message_dict == {
        "period_ends_on": ["The end of the period must be on or after its start"]
    }


def test_the_import_page_lists_each_error_and_writes_nothing(client, ccg_a, comms_a):
    client.force_login(comms_a)
    bad = b"Month,Channel,Followers\n2026-13,Facebook,12\n2026-11,Facebook,many\n"
    response = post_once(
        client,
        reverse("campaigns:figures_import"),
        {"file": SimpleUploadedFile("figures.csv", bad, content_type="text/csv")},
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Row 2, column Month: &#x27;2026-13&#x27; is not a month" in html
    assert "Row 3, column Followers: &#x27;many&#x27; is not a whole number" in html
    assert ChannelFigures.objects.count() == 0


def test_the_figures_page_shows_the_change(client, ccg_a, comms_a, django_assert_max_num_queries):
    _figures(ccg_a, "x", D(2026, 10, 1), followers=2000)
    _figures(ccg_a, "x", D(2026, 11, 1), followers=2100)
    client.force_login(comms_a)
    with django_assert_max_num_queries(10):
        html = client.get(reverse("campaigns:figures_list")).content.decode()
    assert "+100 (+5.0%)" in html


def test_entering_a_month_twice_is_refused_on_the_month(client, ccg_a, comms_a):
    _figures(ccg_a, "facebook", D(2026, 11, 1), followers=1)
    client.force_login(comms_a)
    url = reverse("campaigns:figures_add")
    opened = form_data(client.get(url).content.decode(), having="submission_token")
    data = {
        **opened,
        "channel": "facebook",
        "month_day": "15",
        "month_month": "11",
        "month_year": "2026",
        "followers": "2",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Facebook, November 2026 are already entered" in response.content.decode()
    assert ChannelFigures.objects.get().followers == 1


def test_another_ccgs_campaign_evaluation_is_not_found(client, ccg_b, comms_a):
    campaign = CampaignFactory(ccg=ccg_b)
    client.force_login(comms_a)
    url = reverse("campaigns:evaluation_campaign", args=[campaign.pk])
    assert client.get(url).status_code == 404
    add = reverse("campaigns:evaluation_lesson_add", args=[campaign.pk])
    assert client.post(add, {"worked": "Sneaky."}).status_code == 404
    assert CampaignLesson.objects.count() == 0


def test_the_governing_body_reads_evaluation_but_adds_nothing(client, ccg_a, governor_a):
    campaign = CampaignFactory(ccg=ccg_a)
    client.force_login(governor_a)
    html = client.get(reverse("campaigns:evaluation_campaign", args=[campaign.pk])).content
    assert b"Add a measure" not in html
    add = reverse("campaigns:evaluation_lesson_add", args=[campaign.pk])
    assert client.post(add, {"worked": "Nope."}).status_code == 403
    assert client.get(reverse("campaigns:figures_import")).status_code == 403


def test_the_evaluation_page_lists_the_ccgs_campaigns(client, ccg_a, ccg_b, comms_a):
    CampaignFactory(ccg=ccg_a, name="Stay well this winter")
    CampaignFactory(ccg=ccg_b, name="Other CCG's campaign")
    client.force_login(comms_a)
    html = client.get(reverse("campaigns:evaluation_index")).content.decode()
    assert "Stay well this winter" in html and "Other CCG" not in html
