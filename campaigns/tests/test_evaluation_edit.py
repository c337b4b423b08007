"""Changing a campaign's measures and a month's channel figures on their own (versioned) edit
pages, within the CCG's walls."""

import datetime

import pytest
from django.urls import reverse

from campaigns import services
from campaigns.models import ChannelFigures
from core.tests.forms_read import form_data

from .factories import CampaignFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def _measure(ccg, **data):
    data = {
        "metric": "Flu jabs given to over-65s",
        "target": 5000,
        "period_starts_on": D(2026, 10, 1),
        "period_ends_on": D(2026, 12, 31),
        **data,
    }
    return services.campaign_measure_add(campaign=CampaignFactory(ccg=ccg), data=data)


def _figures(ccg, month=D(2026, 11, 1), **counts):
    return ChannelFigures.objects.create(ccg=ccg, channel="facebook", month=month, **counts)


def _opened(client, url):
    page = client.get(url)
    assert page.status_code == 200
    return form_data(page.content.decode(), having="version")


def test_a_measure_is_changed_from_the_campaigns_evaluation_page(client, ccg_a, comms_a):
    measure = _measure(ccg_a)
    client.force_login(comms_a)
    evaluation = reverse("campaigns:evaluation_campaign", args=[measure.campaign_id])
    edit = reverse("campaigns:evaluation_measure_edit", args=[measure.pk])
    assert edit in client.get(evaluation).content.decode()

    response = client.post(edit, {**_opened(client, edit), "actual": "5230"})

    assert response.status_code == 302 and response.url == evaluation
    measure.refresh_from_db()
    assert (measure.actual, measure.target_met, measure.version) == (5230, True, 2)


def test_a_measure_without_its_metric_or_with_its_period_backwards_is_refused_on_the_field(
    client, ccg_a, comms_a
):
    measure = _measure(ccg_a)
    client.force_login(comms_a)
    edit = reverse("campaigns:evaluation_measure_edit", args=[measure.pk])
    opened = _opened(client, edit)

    blank = client.post(edit, {**opened, "metric": ""}).content.decode()
    backwards = client.post(
        edit,
        {
            **opened,
            "period_ends_on_day": "1",
            "period_ends_on_month": "9",
            "period_ends_on_year": "2026",
        },
    ).content.decode()

    assert "Enter what is measured" in blank
    assert "The end of the period must be on or after its start" in backwards
    assert form_data(backwards, having="version")["metric"] == ["Flu jabs given to over-65s"]
    measure.refresh_from_db()
    assert (measure.version, measure.period_ends_on) == (1, D(2026, 12, 31))


def test_a_months_figures_are_changed_and_the_change_on_the_month_before_follows(
    client, ccg_a, comms_a
):
    _figures(ccg_a, D(2026, 10, 1), followers=4000)
    november = _figures(ccg_a, followers=4100)
    client.force_login(comms_a)
    edit = reverse("campaigns:figures_edit", args=[november.pk])
    assert edit in client.get(reverse("campaigns:figures_list")).content.decode()

    response = client.post(edit, {**_opened(client, edit), "followers": "4400"})

    assert response.status_code == 302
    assert "+400 (+10.0%)" in client.get(response.url).content.decode()


def test_figures_moved_onto_a_month_already_held_are_refused_on_the_month(client, ccg_a, comms_a):
    _figures(ccg_a, D(2026, 10, 1), followers=4000)
    november = _figures(ccg_a, followers=4100)
    client.force_login(comms_a)
    edit = reverse("campaigns:figures_edit", args=[november.pk])

    response = client.post(edit, {**_opened(client, edit), "month_month": "10"})

    assert "Figures for Facebook, October 2026 are already entered" in (response.content.decode())
    november.refresh_from_db()
    assert november.month == D(2026, 11, 1)


def test_a_figure_as_text_is_refused_by_name(client, ccg_a, comms_a):
    november = _figures(ccg_a, followers=4100)
    client.force_login(comms_a)
    edit = reverse("campaigns:figures_edit", args=[november.pk])

    html = client.post(edit, {**_opened(client, edit), "reach": "lots"}).content.decode()

    assert "Enter a number, like 1250" in html


def test_another_ccgs_measure_and_figures_are_not_found(client, ccg_b, comms_a):
    measure, figures = _measure(ccg_b), _figures(ccg_b, followers=10)
    client.force_login(comms_a)
    for url in (
        reverse("campaigns:evaluation_measure_edit", args=[measure.pk]),
        reverse("campaigns:figures_edit", args=[figures.pk]),
    ):
        assert client.get(url).status_code == 404
        assert client.post(url, {"metric": "Mine", "followers": "1"}).status_code == 404
    figures.refresh_from_db()
    assert figures.followers == 10


def test_the_governing_body_sees_no_change_link_and_cannot_open_the_pages(
    client, ccg_a, governor_a
):
    measure, figures = _measure(ccg_a), _figures(ccg_a, followers=10)
    client.force_login(governor_a)
    edit_measure = reverse("campaigns:evaluation_measure_edit", args=[measure.pk])
    edit_figures = reverse("campaigns:figures_edit", args=[figures.pk])

    assert edit_figures not in client.get(reverse("campaigns:figures_list")).content.decode()
    evaluation = reverse("campaigns:evaluation_campaign", args=[measure.campaign_id])
    assert edit_measure not in client.get(evaluation).content.decode()
    assert client.get(edit_measure).status_code == 403
    assert client.get(edit_figures).status_code == 403
