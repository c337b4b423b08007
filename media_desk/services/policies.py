"""Default SLA policies (docs/specs/working-time.md) and which policy an item falls under."""

from dataclasses import dataclass

from accounts.models import Ccg

from ..models import Enquiry, Kind, PolicyKind, SlaPolicy, Urgency
from ..models.policy import CalendarKind, Unit

WH, WD, CH = Unit.WORKING_HOURS, Unit.WORKING_DAYS, Unit.CLOCK_HOURS


@dataclass(frozen=True)
class PolicyDefault:
    holding: tuple[int, str] | None
    response: tuple[int, str] | None
    calendar: str = CalendarKind.ORGANISATION


DEFAULT_POLICIES: dict[str, PolicyDefault] = {
    PolicyKind.MEDIA: PolicyDefault(None, (4, WH)),  # South Sefton's media protocol
    PolicyKind.MEDIA_URGENT: PolicyDefault(None, (4, CH)),
    PolicyKind.MP: PolicyDefault((2, WD), (10, WD)),  # Darlington appendix 5
    PolicyKind.MP_URGENT: PolicyDefault((4, WH), (2, WD)),
    PolicyKind.BRIEFING: PolicyDefault(None, None),  # the requester's deadline
    PolicyKind.FOI: PolicyDefault(None, (20, WD), CalendarKind.FOI),  # FOI Act s.10(1)
    PolicyKind.FOI_REVIEW: PolicyDefault(None, (20, WD), CalendarKind.FOI),  # ICO: 20, up to 40
}


def policy_kind_for(*, kind: str, urgency: str, out_of_hours: bool) -> str:
    urgent = urgency == Urgency.URGENT
    if kind == Kind.MEDIA:
        return PolicyKind.MEDIA_URGENT if urgent or out_of_hours else PolicyKind.MEDIA
    if kind == Kind.MP:
        return PolicyKind.MP_URGENT if urgent else PolicyKind.MP
    return {Kind.BRIEFING: PolicyKind.BRIEFING, Kind.FOI: PolicyKind.FOI}[kind]


def default_policy(*, ccg: Ccg, kind: str) -> SlaPolicy:
    spec = DEFAULT_POLICIES[kind]
    holding, response = spec.holding or (None, ""), spec.response or (None, "")
    return SlaPolicy(
        ccg=ccg,
        kind=kind,
        holding_amount=holding[0],
        holding_unit=holding[1],
        response_amount=response[0],
        response_unit=response[1],
        calendar=spec.calendar,
    )


def sla_policy_for(*, ccg: Ccg, kind: str) -> SlaPolicy:
    """The CCG's own policy, or the default while an administrator has not set one."""
    if ccg.pk is None:
        return default_policy(ccg=ccg, kind=kind)
    return SlaPolicy.objects.filter(ccg=ccg, kind=kind).first() or default_policy(
        ccg=ccg, kind=kind
    )


def sla_policies_ensure(*, ccg: Ccg) -> None:
    """Give a CCG its editable copy of every default policy (existing ones are left alone)."""
    for kind in DEFAULT_POLICIES:
        if not SlaPolicy.objects.filter(ccg=ccg, kind=kind).exists():
            default_policy(ccg=ccg, kind=kind).save()


def rules_copy(*, enquiry: Enquiry, policy: SlaPolicy) -> None:
    """Copy the policy onto the item: a later policy change affects new items only."""
    enquiry.policy_kind = policy.kind
    enquiry.holding_amount, enquiry.holding_unit = policy.holding_amount, policy.holding_unit
    enquiry.response_amount, enquiry.response_unit = policy.response_amount, policy.response_unit
    enquiry.calendar = policy.calendar
    enquiry.requires_sign_off = policy.requires_sign_off
