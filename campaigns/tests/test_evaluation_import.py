"""Digital channel figures from a CSV: all rows or none, each error with its row and column."""

import datetime

import pytest

from campaigns import services
from campaigns.models import ChannelFigures

pytestmark = pytest.mark.django_db

GOOD = (
    "Month,Channel,Followers,Reach,Engagement,Subscribers,Page views\n"
    "2026-10,Facebook,5200,41000,1300,,\n"
    '2026-11,Facebook,"5,350",52000,1710,,\n'
    "2026-11,Website,,,,,18250\n"
)


def _errors(result):
    return [str(e) for e in result.errors]


def test_a_good_file_writes_every_row(ccg_a):
    result = services.channel_figures_import(ccg=ccg_a, text=GOOD)
    assert (result.errors, result.created, result.updated) == ([], 3, 0)
    november = ChannelFigures.objects.get(ccg=ccg_a, channel="facebook", month="2026-11-01")
    assert (november.followers, november.reach, november.engagement) == (5350, 52000, 1710)
    website = ChannelFigures.objects.get(channel="website")
    assert (website.month, website.page_views, website.followers) == (
        datetime.date(2026, 11, 1),
        18250,
        None,
    )


def test_importing_the_same_month_again_replaces_its_figures(ccg_a):
    services.channel_figures_import(ccg=ccg_a, text=GOOD)
    again = services.channel_figures_import(
        ccg=ccg_a, text="Month,Channel,Followers\n2026-11,Facebook,5400\n"
    )
    assert (again.created, again.updated) == (0, 1)
    assert ChannelFigures.objects.get(channel="facebook", month="2026-11-01").followers == 5400


def test_unknown_columns_are_refused_by_name_and_nothing_is_written(ccg_a):
    text = "Month,Channel,Followers,Likes,Shares\n2026-11,Facebook,5200,10,4\n"
    result = services.channel_figures_import(ccg=ccg_a, text=text)
    assert _errors(result) == [
        "Row 1, column Likes: Unknown column: remove it or rename it",
        "Row 1, column Shares: Unknown column: remove it or rename it",
    ]
    assert ChannelFigures.objects.count() == 0


def test_wrong_months_and_text_in_number_columns_are_each_reported_and_nothing_is_written(ccg_a):
    text = (
        "Month,Channel,Followers,Reach\n"
        "2026-10,Facebook,5200,41000\n"
        "Novembre,Facebook,5300,lots\n"
        "2026-12,Facebook,five thousand,43000\n"
        "2026-12,Myspace,1,2\n"
    )
    result = services.channel_figures_import(ccg=ccg_a, text=text)
    assert _errors(result) == [
        "Row 3, column Month: 'Novembre' is not a month: enter it like 2026-11",
        "Row 3, column Reach: 'lots' is not a whole number: enter it like 1250",
        "Row 4, column Followers: 'five thousand' is not a whole number: enter it like 1250",
        "Row 5, column Channel: 'myspace' is not a digital channel: use one of X (Twitter), "
        "Facebook, Instagram, YouTube, LinkedIn, Website, E-newsletter",
    ]
    assert ChannelFigures.objects.count() == 0


def test_a_negative_number_is_refused(ccg_a):
    result = services.channel_figures_import(
        ccg=ccg_a, text="Month,Channel,Followers\n2026-11,Facebook,-5\n"
    )
    assert _errors(result) == [
        "Row 2, column Followers: '-5' is not a whole number: enter it like 1250"
    ]


def test_the_same_channel_and_month_twice_is_refused(ccg_a):
    text = "Month,Channel,Followers\n2026-11,Facebook,1\n2026-11,Facebook,2\n"
    result = services.channel_figures_import(ccg=ccg_a, text=text)
    assert _errors(result) == ["Row 3, column Month: The same channel and month as row 2"]
    assert ChannelFigures.objects.count() == 0


def test_a_missing_month_column_is_refused(ccg_a):
    result = services.channel_figures_import(ccg=ccg_a, text="Channel,Followers\nFacebook,1\n")
    assert _errors(result) == ["Row 1, column Month: The Month column is missing"]


def test_one_ccgs_import_leaves_anothers_figures_alone(ccg_a, ccg_b):
    services.channel_figures_import(ccg=ccg_b, text=GOOD)
    services.channel_figures_import(ccg=ccg_a, text="Month,Channel,Followers\n2026-11,Facebook,9\n")
    assert (
        ChannelFigures.objects.get(ccg=ccg_b, channel="facebook", month="2026-11-01").followers
        == 5350
    )
    assert ChannelFigures.objects.get(ccg=ccg_a).followers == 9
