"""The FOI decision: outcome, exemptions with their public interest tests, the cost limit (s.12)
with advice and assistance (s.16), and the public interest extension (s.10(3)).

The rules are the Act's, as the ICO's guidance reads it; each refusal names the form field it is
about ("sections" is the exemptions cited; see `public_interest_field` for the tests), so the
page puts the message next to what the user typed."""

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from core.concurrency import version_check
from core.editing import apply_data
from working_time import format_instant

from ..models import CitedExemption, Enquiry, FoiDecision, Kind, Outcome, PolicyKind
from ..models.foi import (
    COST_LIMIT_HOURS,
    COST_LIMIT_POUNDS,
    COST_RATE_POUNDS_PER_HOUR,
    EXEMPTION_BY_SECTION,
    PUBLIC_INTEREST_EXTENSION_WORKING_DAYS,
)
from .deadlines import enquiry_deadlines_refresh, response_due
from .policies import sla_policy_for

SIDES = ("for", "against")
REFUSALS = {Outcome.REFUSED, Outcome.PROVIDED_PART}  # outcomes that withhold under an exemption


def public_interest_field(section: str, side: str) -> str:
    """The form field of one side of one qualified exemption's public interest test."""
    return f"public_interest_{side}_{section}"


def cost_pounds(hours: Decimal) -> Decimal:
    return (hours * COST_RATE_POUNDS_PER_HOUR).quantize(Decimal("1"))


def over_cost_limit(hours: Decimal | None) -> bool:
    return hours is not None and hours > COST_LIMIT_HOURS


LIMIT = f"the {COST_LIMIT_HOURS:.0f}-hour limit (£{COST_LIMIT_POUNDS})"


@dataclass(frozen=True)
class DecisionData:
    outcome: str = ""
    cost_estimate_hours: Decimal | None = None
    over_cost_limit_confirmed: bool = False
    advice_and_assistance: str = ""
    # section -> (public interest in disclosure, public interest in withholding)
    exemptions: dict[str, tuple[str, str]] = field(default_factory=dict)


def _errors(data: DecisionData) -> dict[str, str]:
    errors: dict[str, str] = {}
    over = over_cost_limit(data.cost_estimate_hours)
    if data.exemptions and data.outcome == Outcome.PROVIDED_FULL:
        errors["sections"] = (
            "No exemption can be cited when the information is provided in full: untick the "
            "exemptions, or record the information as provided in part or refused"
        )
    if data.outcome == Outcome.REFUSED and not data.exemptions and not over:
        errors["outcome"] = (
            f"A refusal needs its reason: cite an exemption, or enter a cost estimate over {LIMIT}"
        )
    if over and data.outcome == Outcome.PROVIDED_FULL and not data.over_cost_limit_confirmed:
        errors["over_cost_limit_confirmed"] = (
            f"The estimate of {data.cost_estimate_hours:.1f} hours is over {LIMIT}: confirm the "
            "information is provided in full all the same, or refuse under s.12"
        )
    if over and data.outcome == Outcome.REFUSED and not data.advice_and_assistance.strip():
        errors["advice_and_assistance"] = (
            "Enter the advice and assistance offered (s.16): for example how the request could "
            "be narrowed to come within the cost limit"
        )
    if data.outcome:  # decided: every qualified exemption cited has had its test
        for section, sides in data.exemptions.items():
            exemption = EXEMPTION_BY_SECTION[section]
            if exemption.absolute:
                continue
            for side, text in zip(SIDES, sides, strict=True):
                if not text.strip():
                    what = "in disclosure" if side == "for" else "in withholding"
                    errors[public_interest_field(section, side)] = (
                        f"Enter the public interest {what} for s.{section} {exemption.title}: "
                        "a qualified exemption needs its public interest test"
                    )
    return errors


def _exemptions_save(decision: FoiDecision, wanted: dict[str, tuple[str, str]]) -> bool:
    """Make the cited exemptions those in `wanted`; True when anything changed."""
    changed = False
    have = {cited.section: cited for cited in decision.exemptions.all()}
    for section, cited in have.items():
        if section not in wanted:
            cited.delete()
            changed = True
    for section, (for_, against) in wanted.items():
        cited = have.get(section) or CitedExemption(decision=decision, section=section)
        if cited.pk is None or (cited.public_interest_for, cited.public_interest_against) != (
            for_,
            against,
        ):
            cited.public_interest_for, cited.public_interest_against = for_, against
            cited.save()
            changed = True
    return changed


def _require_foi(enquiry: Enquiry) -> None:
    if enquiry.kind != Kind.FOI:
        raise ValidationError({"outcome": "Only an FOI request has a decision."})


@transaction.atomic
def foi_decision_record(
    *, enquiry: Enquiry, data: DecisionData, by: User | None, version: int | None
) -> FoiDecision:
    """Record (or change) the decision on an FOI request. `version`: the one the edit form was
    opened at (None for the first record, or a caller without a form); refused when stale."""
    _require_foi(enquiry)
    decision = FoiDecision.objects.filter(enquiry=enquiry).first()
    if decision is not None:
        version_check(instance=decision, version=version)
    if errors := _errors(data):
        raise ValidationError(errors)
    decision = decision or FoiDecision(enquiry=enquiry)
    changed = apply_data(
        decision,
        {
            "outcome": data.outcome,
            "cost_estimate_hours": data.cost_estimate_hours,
            "over_cost_limit_confirmed": data.over_cost_limit_confirmed,
            "advice_and_assistance": data.advice_and_assistance,
        },
    )
    if decision.outcome and (changed or not decision.decided_at):
        decision.decided_by, decision.decided_at = by, timezone.now()
    if decision.pk is None:
        decision.save()
        _exemptions_save(decision, data.exemptions)
    elif _exemptions_save(decision, data.exemptions) or changed:
        decision.save()  # a change to the exemptions alone is an edit too: the version moves on
    return decision


def _qualified_cited(decision: FoiDecision | None) -> bool:
    if decision is None:
        return False
    return any(not cited.exemption.absolute for cited in decision.exemptions.all())


@transaction.atomic
def foi_extension_record(*, enquiry: Enquiry, told_at: datetime) -> FoiDecision:
    """Extend the response for the public interest test (s.10(3)): only while a qualified
    exemption is cited or under consideration, and only when the requester was told by the
    original deadline (the ICO: an extension cannot be claimed after it)."""
    _require_foi(enquiry)
    decision = FoiDecision.objects.select_for_update().filter(enquiry=enquiry).first()
    if not _qualified_cited(decision):
        raise ValidationError(
            {
                "exemptions": "An extension is only for weighing the public interest (s.10(3)): "
                "first record the qualified exemption under consideration in the decision"
            }
        )
    if decision.extension_requested_at:
        raise ValidationError({"requester_told_of_extension_at": "The response is extended."})
    if enquiry.responded_at:
        raise ValidationError({"requester_told_of_extension_at": "The response has been sent."})
    original = response_due(enquiry=enquiry)
    field_name = "requester_told_of_extension_at"
    if original is None:
        raise ValidationError({field_name: "The clock is paused: there is no deadline to extend."})
    if told_at > timezone.now():
        raise ValidationError({field_name: "The requester cannot have been told in the future."})
    if told_at > original:
        raise ValidationError(
            {
                field_name: "The requester must be told by the original deadline, "
                f"{format_instant(original)}: an extension cannot be claimed after it"
            }
        )
    policy = sla_policy_for(ccg=enquiry.ccg, kind=PolicyKind.FOI)
    days = policy.extension_working_days or PUBLIC_INTEREST_EXTENSION_WORKING_DAYS
    decision.extension_requested_at = timezone.now()
    decision.extension_working_days = days
    decision.requester_told_of_extension_at = told_at
    decision.save()
    enquiry_deadlines_refresh(enquiry=enquiry)
    return decision
