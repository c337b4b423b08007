"""Awareness days: the national list (CSV import), each CCG's choice of it, local days, and
their yearly recurrence."""

import datetime
import uuid

import pytest
import tablib
from django.urls import reverse

from campaigns.models import AwarenessDay, AwarenessDayChoice, NationalAwarenessDay
from campaigns.resources import NationalAwarenessDayResource
from campaigns.selectors import awareness_day_occurrences

from .factories import AwarenessDayChoiceFactory, AwarenessDayFactory, NationalAwarenessDayFactory

D = datetime.date


def _import(csv: str, dry_run: bool = False):
    dataset = tablib.Dataset().load(csv, format="csv")
    return NationalAwarenessDayResource().import_data(dataset, dry_run=dry_run)


@pytest.mark.django_db
def test_the_national_list_imports_from_a_csv_and_a_repeat_adds_nothing():
    csv = (
        "name,starts_on,ends_on,theme,link\n"
        "Stoptober,2027-10-01,2027-10-31,Smoking,https://www.nhs.uk/better-health/quit-smoking/\n"
        "Self Care Week,15/11/2027,21/11/2027,Self care,\n"
    )
    result = _import(csv)
    assert not result.has_errors() and not result.has_validation_errors()
    _import(csv)
    days = list(NationalAwarenessDay.objects.values_list("name", "starts_on", "ends_on"))
    assert days == [
        ("Stoptober", D(2027, 10, 1), D(2027, 10, 31)),
        ("Self Care Week", D(2027, 11, 15), D(2027, 11, 21)),
    ]


@pytest.mark.django_db
def test_an_import_with_a_bad_date_names_the_row_and_writes_nothing():
    csv = (
        "name,starts_on,ends_on,theme,link\n"
        "Stoptober,2027-10-01,2027-10-31,Smoking,\n"
        "Self Care Week,next week,2027-11-21,Self care,\n"
    )
    result = _import(csv)
    assert result.has_errors()
    errors = [(number, [str(e.error) for e in row]) for number, row in result.row_errors()]
    assert errors == [(2, ["Enter the date as YYYY-MM-DD or DD/MM/YYYY, not 'next week'"])]
    assert not NationalAwarenessDay.objects.exists()


@pytest.mark.django_db
def test_a_chosen_national_day_recurs_yearly_until_re_dated(ccg_a, ccg_b):
    NationalAwarenessDayFactory(name="Stoptober", starts_on=D(2027, 10, 1), ends_on=D(2027, 10, 31))
    NationalAwarenessDayFactory(name="Not chosen", starts_on=D(2027, 10, 5), ends_on=D(2027, 10, 5))
    AwarenessDayChoiceFactory(ccg=ccg_a, name="Stoptober")
    oct_2028 = awareness_day_occurrences(
        ccg_ids=[ccg_a.pk], start=D(2028, 10, 1), end=D(2028, 10, 31)
    )
    assert [(d.name, d.starts_on, d.ends_on, d.ccg_names) for d in oct_2028] == [
        ("Stoptober", D(2028, 10, 1), D(2028, 10, 31), ("NHS Alpha CCG",))
    ]
    NationalAwarenessDayFactory(name="Stoptober", starts_on=D(2028, 10, 2), ends_on=D(2028, 10, 30))
    re_dated = awareness_day_occurrences(
        ccg_ids=[ccg_a.pk], start=D(2028, 10, 1), end=D(2028, 10, 31)
    )
    assert [(d.starts_on, d.ends_on) for d in re_dated] == [(D(2028, 10, 2), D(2028, 10, 30))]
    assert (
        awareness_day_occurrences(ccg_ids=[ccg_b.pk], start=D(2028, 10, 1), end=D(2028, 10, 31))
        == []
    )


@pytest.mark.django_db
def test_a_local_day_recurs_only_when_marked_yearly(ccg_a):
    AwarenessDayFactory(
        ccg=ccg_a,
        name="Borough health fair",
        starts_on=D(2027, 6, 5),
        ends_on=D(2027, 6, 5),
        recurs_yearly=True,
    )
    AwarenessDayFactory(
        ccg=ccg_a, name="One-off launch", starts_on=D(2027, 6, 9), ends_on=D(2027, 6, 9)
    )
    june_2029 = awareness_day_occurrences(
        ccg_ids=[ccg_a.pk], start=D(2029, 6, 1), end=D(2029, 6, 30)
    )
    assert [(d.name, d.starts_on) for d in june_2029] == [("Borough health fair", D(2029, 6, 5))]


def test_a_comms_officer_adds_a_local_day_and_an_end_before_the_start_is_refused(client, comms_a):
    client.force_login(comms_a)
    url = reverse("campaigns:awareness_day_add")
    data = {
        "name": "Tamworth wellbeing week",
        "starts_on_day": "10",
        "starts_on_month": "5",
        "starts_on_year": "2027",
        "ends_on_day": "9",
        "ends_on_month": "5",
        "ends_on_year": "2027",
        "submission_token": str(uuid.uuid4()),
    }
    refused = client.post(url, data)
    assert refused.context["form"].errors["ends_on"] == [
        "The end date must be on or after the start date."
    ]
    assert client.post(url, {**data, "ends_on_day": "16"}).status_code == 302
    day = AwarenessDay.objects.get()
    assert (day.name, day.starts_on, day.ends_on) == (
        "Tamworth wellbeing week",
        D(2027, 5, 10),
        D(2027, 5, 16),
    )


def test_a_ccg_chooses_the_national_days_it_plans_around(client, comms_a, ccg_a, ccg_b):
    year = datetime.date.today().year
    for name in ("Stoptober", "Self Care Week", "Dry January"):
        NationalAwarenessDayFactory(name=name, starts_on=D(year, 1, 1), ends_on=D(year, 1, 31))
    AwarenessDayChoiceFactory(ccg=ccg_a, name="Dry January")
    AwarenessDayChoiceFactory(ccg=ccg_b, name="Dry January")
    client.force_login(comms_a)
    url = reverse("campaigns:national_day_choose")
    assert client.post(url, {"names": ["Stoptober", "Self Care Week"]}).status_code == 302
    assert sorted(AwarenessDayChoice.objects.values_list("ccg__name", "name")) == [
        ("NHS Alpha CCG", "Self Care Week"),
        ("NHS Alpha CCG", "Stoptober"),
        ("NHS Beta CCG", "Dry January"),
    ]
    refused = client.post(url, {"names": ["Made-up day"]})
    assert refused.context["form"].errors["names"] == ["Choose days from the national list."]


def test_staff_cannot_add_a_local_day(client, staff_a):
    client.force_login(staff_a)
    assert client.get(reverse("campaigns:awareness_day_add")).status_code == 403
