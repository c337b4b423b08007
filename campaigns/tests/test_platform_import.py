"""Digital channel figures from the platforms' own daily exports (Meta Business Suite, X
analytics, Google Analytics 4): found from the header or chosen, added up into calendar months,
all or nothing, each error naming its row (the line of the file) and column."""

import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from campaigns import services
from campaigns.models import ChannelFigures
from core.tests.forms_read import form_data, post_once

pytestmark = pytest.mark.django_db
EXPORTS = Path(__file__).parent / "platform_exports"
OCT, NOV = datetime.date(2026, 10, 1), datetime.date(2026, 11, 1)
FIGURES = ("followers", "reach", "engagement", "subscribers", "page_views")


def _export(name: str) -> str:
    return (EXPORTS / name).read_text(encoding="utf-8-sig")


def _held(ccg, channel) -> dict:
    rows = ChannelFigures.objects.filter(ccg=ccg, channel=channel).order_by("month")
    return {row.month: tuple(getattr(row, f) for f in FIGURES) for row in rows}


def _errors(result) -> list[str]:
    return [str(error) for error in result.errors]


def test_a_meta_export_is_found_from_its_header_and_added_up_by_month(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="facebook", text=_export("meta_facebook_insights.csv")
    )

    assert result.errors == [] and result.platform.key == "meta"
    assert (result.created, result.months) == (2, (OCT, NOV))
    # Reach and engagements add up by day; page likes are the month's last day.
    assert _held(ccg_a, "facebook") == {
        OCT: (4513, 2184, 152, None, None),
        NOV: (4521, 2645, 191, None, None),
    }


def test_an_x_export_adds_up_impressions_and_engagements(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="x", platform="x", text=_export("x_account_overview.csv")
    )

    assert result.errors == []
    assert _held(ccg_a, "x") == {
        OCT: (None, 9190, 204, None, 55),
        NOV: (None, 8995, 222, None, 53),
    }


def test_a_ga4_report_is_read_past_its_comment_lines_and_its_grand_total(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="website", text=_export("ga4_pages_report.csv")
    )

    assert result.errors == [] and result.platform.key == "ga4"
    assert _held(ccg_a, "website") == {
        OCT: (None, 826, None, None, 1452),
        NOV: (None, 1190, None, None, 2105),
    }


def test_importing_again_replaces_the_exports_figures_and_keeps_the_others(ccg_a):
    ChannelFigures.objects.create(ccg=ccg_a, channel="x", month=NOV, followers=812, reach=1)
    text = _export("x_account_overview.csv")

    first = services.channel_figures_import_platform(ccg=ccg_a, channel="x", text=text)
    again = services.channel_figures_import_platform(ccg=ccg_a, channel="x", text=text)

    assert (first.created, first.updated) == (1, 1)
    assert again.created == 0
    assert _held(ccg_a, "x")[NOV] == (812, 8995, 222, None, 53)


def test_a_chosen_platform_whose_columns_the_file_lacks_names_each_column(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="x", platform="x", text=_export("meta_facebook_insights.csv")
    )

    assert "Row 2, column Reach: Unknown column for X analytics (account overview)" in (
        _errors(result)
    )
    assert "Row 2, column Page likes: Unknown column for X analytics (account overview)" in (
        _errors(result)
    )
    assert ChannelFigures.objects.count() == 0


def test_an_unknown_column_is_refused_with_its_name(ccg_a):
    text = _export("ga4_pages_report.csv").replace("Total users", "Bounce rate")
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="website", platform="ga4", text=text
    )

    assert _errors(result) == [
        "Row 9, column Bounce rate: Unknown column for Google Analytics 4 (website)"
    ]
    assert ChannelFigures.objects.count() == 0


def test_a_header_no_export_has_asks_for_the_platform(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="x", text="Day,Clicks\n2026-11-01,4\n"
    )

    assert len(result.errors) == 1
    assert "not an export we read" in _errors(result)[0]
    assert "choose the platform" in _errors(result)[0]


def test_wrong_dates_and_text_in_numbers_name_row_and_column_and_nothing_is_written(ccg_a):
    text = (
        _export("x_account_overview.csv")
        .replace("Sat, Oct 31, 2026", "31/13/2026")
        .replace(",2875,", ",lots,")
    )

    result = services.channel_figures_import_platform(ccg=ccg_a, channel="x", text=text)

    assert _errors(result) == [
        "Row 3, column Date: '31/13/2026' is not a date: "
        "X analytics (account overview) writes it like Tue, Nov 03, 2026",
        "Row 4, column Impressions: 'lots' is not a whole number: enter it like 1250",
    ]
    assert ChannelFigures.objects.count() == 0  # not even the good days' months


def test_a_day_twice_is_refused(ccg_a):
    lines = _export("ga4_pages_report.csv").splitlines()
    lines.insert(10, lines[9])  # 20261030 again
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="website", text="\n".join(lines)
    )
    assert _errors(result) == ["Row 11, column Date: The same day as row 10"]


def test_an_export_for_another_channel_is_refused(ccg_a):
    result = services.channel_figures_import_platform(
        ccg=ccg_a, channel="facebook", text=_export("ga4_pages_report.csv")
    )
    assert _errors(result) == [
        "Row 1, column -: Google Analytics 4 (website) figures are for Website"
    ]
    assert ChannelFigures.objects.count() == 0


def _upload(name: str, text: str | None = None) -> SimpleUploadedFile:
    data = (text if text is not None else _export(name)).encode()
    return SimpleUploadedFile(name, data, content_type="text/csv")


def test_the_page_imports_and_the_figures_page_shows_the_month_on_month_change(
    client, ccg_a, comms_a
):
    client.force_login(comms_a)
    url = reverse("campaigns:figures_import_platform")

    response = post_once(
        client,
        url,
        {"platform": "", "channel": "facebook", "file": _upload("meta_facebook_insights.csv")},
    )

    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Imported from Meta Business Suite (Facebook or Instagram): October 2026, " in page
    assert "+461 (+21.1%)" in page  # reach: 2645 in November on 2184 in October


def test_the_page_lists_each_error_keeps_the_choices_and_writes_nothing(client, ccg_a, comms_a):
    client.force_login(comms_a)
    text = _export("meta_facebook_insights.csv").replace('"88"', '"n/a"')

    response = post_once(
        client,
        reverse("campaigns:figures_import_platform"),
        {"platform": "meta", "channel": "instagram", "file": _upload("meta.csv", text)},
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Row 3, column Post engagements: &#x27;n/a&#x27; is not a whole number" in html
    kept = form_data(html, having="channel")
    assert (kept["platform"], kept["channel"]) == (["meta"], ["instagram"])
    assert ChannelFigures.objects.count() == 0


def test_the_page_asks_for_the_channel_and_the_file(client, ccg_a, comms_a):
    client.force_login(comms_a)
    response = post_once(client, reverse("campaigns:figures_import_platform"), {})
    html = response.content.decode()
    assert "Select the channel" in html and "Select a CSV file" in html


def test_another_ccgs_user_imports_into_their_own_ccg_only(client, ccg_a, ccg_b, comms_b):
    ChannelFigures.objects.create(ccg=ccg_a, channel="website", month=NOV, page_views=5)
    client.force_login(comms_b)
    url = reverse("campaigns:figures_import_platform") + f"?ccg={ccg_a.pk}"

    response = post_once(
        client, url, {"channel": "website", "file": _upload("ga4_pages_report.csv")}
    )

    assert response.status_code == 302
    assert _held(ccg_a, "website") == {NOV: (None, None, None, None, 5)}
    assert set(_held(ccg_b, "website")) == {OCT, NOV}


def test_the_governing_body_cannot_open_the_import(client, ccg_a, governor_a):
    client.force_login(governor_a)
    assert client.get(reverse("campaigns:figures_import_platform")).status_code == 403
