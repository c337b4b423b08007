"""The FOI decision through its pages: outcome, exemptions with their public interest tests, the
cost limit (s.12) with advice and assistance (s.16); each bad input refused on its field with
what was typed kept; the decision versioned; the walls (another CCG's case is 404)."""

from decimal import Decimal

import pytest
from django.urls import reverse

from core.tests.forms_read import form_data, post_once
from media_desk.models import CitedExemption, FoiDecision, Outcome
from media_desk.tests.factories import (
    CitedExemptionFactory,
    FoiDecisionFactory,
    foi_request,
    logged_enquiry,
)

pytestmark = pytest.mark.django_db

REFUSAL = {
    "outcome": Outcome.REFUSED,
    "sections": ["43"],
    "public_interest_for_43": "Openness about spending.",
    "public_interest_against_43": "Harm to a live tender.",
    "cost_estimate_hours": "",
    "advice_and_assistance": "",
}


@pytest.fixture
def foi(ccg_a, comms_a):
    return foi_request(ccg=ccg_a, logged_by=comms_a)


def _decide(client, foi, data):
    return post_once(client, reverse("media_desk:foi_decision", args=[foi.pk]), data)


def _html(response) -> str:
    return response.content.decode()


def test_the_form_lists_every_exemption_with_section_title_and_kind(client, comms_a, foi):
    client.force_login(comms_a)
    page = _html(client.get(reverse("media_desk:foi_decision", args=[foi.pk])))
    assert "s.43 Commercial interests (qualified)" in page
    assert "s.40(2) Personal information of others (absolute)" in page
    assert "The limit is 18 hours (£450)" in page


def test_a_refusal_under_a_qualified_exemption_is_recorded_with_its_test(client, comms_a, foi):
    client.force_login(comms_a)

    response = _decide(client, foi, REFUSAL)

    assert response.status_code == 302
    decision = FoiDecision.objects.get(enquiry=foi)
    assert decision.outcome == Outcome.REFUSED and decision.decided_by == comms_a
    cited = decision.exemptions.get()
    assert (cited.section, cited.public_interest_against) == ("43", "Harm to a live tender.")
    detail = _html(client.get(reverse("media_desk:enquiry_detail", args=[foi.pk])))
    assert "s.43 Commercial interests</strong> (qualified)" in detail
    assert "In withholding: Harm to a live tender." in detail
    assert "FOI decision recorded by" in detail  # the timeline


def test_the_cost_estimate_shows_against_the_limit_in_hours_and_pounds(client, comms_a, foi):
    client.force_login(comms_a)
    data = {
        **REFUSAL,
        "sections": [],
        "cost_estimate_hours": "24",
        "advice_and_assistance": "Narrow it to one year.",
    }

    assert _decide(client, foi, data).status_code == 302

    detail = _html(client.get(reverse("media_desk:enquiry_detail", args=[foi.pk])))
    assert "24.0 hours (£600): over the 18-hour limit (£450)" in detail
    assert "Narrow it to one year." in detail


BAD = [
    (
        "exemption on provided in full",
        {**REFUSAL, "outcome": Outcome.PROVIDED_FULL},
        "sections",
        "No exemption can be cited when the information is provided in full",
    ),
    (
        "qualified exemption without its test",
        {**REFUSAL, "public_interest_against_43": ""},
        "public_interest_against_43",
        "Enter the public interest in withholding for s.43 Commercial interests",
    ),
    (
        "refused with no reason",
        {**REFUSAL, "sections": [], "cost_estimate_hours": "10"},
        "outcome",
        "A refusal needs its reason",
    ),
    (
        "over the limit, provided in full, unconfirmed",
        {**REFUSAL, "outcome": Outcome.PROVIDED_FULL, "sections": [], "cost_estimate_hours": "30"},
        "over_cost_limit_confirmed",
        "The estimate of 30.0 hours is over the 18-hour limit (£450)",
    ),
    (
        "s.12 refusal without advice and assistance",
        {**REFUSAL, "sections": [], "cost_estimate_hours": "19"},
        "advice_and_assistance",
        "Enter the advice and assistance offered (s.16)",
    ),
]


@pytest.mark.parametrize(("case", "data", "field", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input_is_refused_on_its_field_keeping_what_was_typed(
    client, comms_a, foi, case, data, field, message
):
    client.force_login(comms_a)

    response = _decide(client, foi, data)

    assert response.status_code == 200
    page = _html(response)
    assert message in page
    assert f'href="#id_{field}' in page  # the summary links to the field named
    assert not FoiDecision.objects.filter(enquiry=foi).exists()
    typed = form_data(page, having="outcome")
    assert typed["outcome"] == [data["outcome"]]
    assert typed.get("sections", []) == data["sections"]
    assert typed["public_interest_for_43"] == [data["public_interest_for_43"]]
    assert typed["cost_estimate_hours"] == [data["cost_estimate_hours"]]


def test_over_the_limit_provided_in_full_goes_through_when_confirmed(client, comms_a, foi):
    client.force_login(comms_a)
    data = {
        **REFUSAL,
        "outcome": Outcome.PROVIDED_FULL,
        "sections": [],
        "cost_estimate_hours": "30",
        "over_cost_limit_confirmed": "on",
    }

    assert _decide(client, foi, data).status_code == 302
    assert FoiDecision.objects.get(enquiry=foi).over_cost_limit_confirmed


def test_an_absolute_exemption_needs_no_public_interest_test(client, comms_a, foi):
    client.force_login(comms_a)
    data = {**REFUSAL, "sections": ["40(2)"], "public_interest_for_43": ""}

    assert _decide(client, foi, data).status_code == 302
    assert FoiDecision.objects.get(enquiry=foi).exemptions.get().section == "40(2)"


def test_exemptions_under_consideration_need_no_test_until_decided(client, comms_a, foi):
    client.force_login(comms_a)
    data = {**REFUSAL, "outcome": "", "public_interest_for_43": ""}

    assert _decide(client, foi, data).status_code == 302
    assert FoiDecision.objects.get(enquiry=foi).decided_at is None


def test_the_decision_page_opens_the_edit_page_once_recorded(client, comms_a, foi):
    decision = FoiDecisionFactory(enquiry=foi)
    client.force_login(comms_a)

    response = client.get(reverse("media_desk:foi_decision", args=[foi.pk]))

    assert response["Location"] == reverse("media_desk:foi_decision_edit", args=[decision.pk])


def test_an_edit_changes_the_exemptions_and_moves_the_version_on(client, comms_a, foi):
    cited = CitedExemptionFactory(decision=FoiDecisionFactory(enquiry=foi))
    decision = cited.decision
    url = reverse("media_desk:foi_decision_edit", args=[decision.pk])
    client.force_login(comms_a)
    opened = form_data(_html(client.get(url)), having="version")
    assert opened["sections"] == ["43"]
    assert opened["public_interest_for_43"] == [cited.public_interest_for]

    response = client.post(url, {**opened, "sections": ["40(2)"]})

    assert response.status_code == 302
    decision.refresh_from_db()
    assert list(decision.exemptions.values_list("section", flat=True)) == ["40(2)"]
    assert decision.version == 2


def test_a_stale_edit_is_refused_with_the_conflict_page(client, comms_a, foi):
    decision = FoiDecisionFactory(enquiry=foi)
    url = reverse("media_desk:foi_decision_edit", args=[decision.pk])
    client.force_login(comms_a)
    opened = form_data(_html(client.get(url)), having="version")
    decision.cost_estimate_hours = Decimal("5")
    decision.save()

    response = client.post(url, {**opened, "cost_estimate_hours": "7"})

    assert response.status_code == 409
    decision.refresh_from_db()
    assert decision.cost_estimate_hours == Decimal("5")


def test_another_ccgs_case_is_not_found(client, comms_b, foi):
    decision = FoiDecisionFactory(enquiry=foi)
    client.force_login(comms_b)

    assert client.get(reverse("media_desk:foi_decision", args=[foi.pk])).status_code == 404
    edit = reverse("media_desk:foi_decision_edit", args=[decision.pk])
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"outcome": Outcome.PROVIDED_FULL}).status_code == 404


def test_who_may_only_read_the_desk_may_not_decide(client, governor_a, foi):
    decision = FoiDecisionFactory(enquiry=foi)
    client.force_login(governor_a)

    assert client.get(reverse("media_desk:foi_decision", args=[foi.pk])).status_code in (403, 404)
    edit = reverse("media_desk:foi_decision_edit", args=[decision.pk])
    assert client.get(edit).status_code in (403, 404)


def test_only_an_foi_request_has_a_decision(client, comms_a, ccg_a):
    media = logged_enquiry(ccg=ccg_a, logged_by=comms_a)
    client.force_login(comms_a)

    assert client.get(reverse("media_desk:foi_decision", args=[media.pk])).status_code == 404
    assert CitedExemption.objects.count() == 0
