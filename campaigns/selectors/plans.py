"""Reads of the campaign plan: campaigns (a shared one is read in each of its CCGs through the
one scoping mechanism), their local notes, and what a campaign form may choose from."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from accounts.models import Ccg, User
from accounts.roles import COMMS
from accounts.scoping import Scope
from accounts.selectors import ccg_people
from stakeholders.models import Segment

from ..models import Campaign, CampaignNote

ADD_CAMPAIGN = "campaigns.add_campaign"


@dataclass(frozen=True)
class CampaignFilters:
    search: str = ""
    priority: str = ""
    status: str = ""
    ccg_id: int | None = None


def campaign_list(*, scope: Scope, filters: CampaignFilters | None = None) -> QuerySet[Campaign]:
    filters = filters or CampaignFilters()
    campaigns = (
        Campaign.objects.visible_to(scope)
        .select_related("ccg", "owner")
        .prefetch_related(Prefetch("shared_with", queryset=Ccg.objects.order_by("name")))
        .order_by("-starts_on", "name", "pk")  # the same order every time: two CCGs' may tie
    )
    if filters.search:
        campaigns = campaigns.filter(name__icontains=filters.search)
    if filters.priority:
        campaigns = campaigns.filter(priority=filters.priority)
    if filters.status:
        campaigns = campaigns.filter(status=filters.status)
    if filters.ccg_id:
        campaigns = campaigns.for_ccgs([filters.ccg_id])
    return campaigns


def campaign_related(*, scope: Scope, campaign: Campaign) -> dict:
    """What the detail page shows beside the campaign: its CCGs, audiences, and the local notes
    of the CCGs the user reads notes in (each CCG's notes are its own)."""
    notes = (
        CampaignNote.objects.visible_to(scope)
        .filter(campaign=campaign)
        .select_related("ccg")
        .order_by("ccg__name")
    )
    return {
        "shared_with": list(campaign.shared_with.order_by("name")),
        "audiences": list(campaign.audiences.order_by("name")),
        "notes": list(notes),
    }


def campaign_note_ccgs(*, scope: Scope, campaign: Campaign) -> list[Ccg]:
    """The CCGs of this campaign in which the user may write local notes."""
    may = scope.ccg_ids_with("campaigns.add_campaignnote") & scope.ccg_ids_with(
        "campaigns.change_campaignnote"
    )
    ids = {campaign.ccg_id, *campaign.shared_with.values_list("pk", flat=True)} & may
    return list(Ccg.objects.filter(pk__in=ids).order_by("name"))


def campaign_note_of(*, campaign: Campaign, ccg: Ccg) -> CampaignNote | None:
    return CampaignNote.objects.for_ccgs([ccg.pk]).filter(campaign=campaign).first()


def campaign_audience_choices(*, ccg: Ccg) -> QuerySet[Segment]:
    return Segment.objects.for_ccgs([ccg.pk]).order_by("name")


def campaign_owner_choices(*, ccg: Ccg) -> QuerySet[User]:
    return ccg_people(ccg_ids=[ccg.pk], role=COMMS).order_by("full_name")


def campaign_share_choices(*, scope: Scope, ccg: Ccg) -> QuerySet[Ccg]:
    """The CCGs a campaign led by `ccg` may be shared with: the others where the user plans
    campaigns too (a form never offers a CCG the user does not work for)."""
    return Ccg.objects.filter(pk__in=scope.ccg_ids_with(ADD_CAMPAIGN) - {ccg.pk}).order_by("name")


def campaigns_in_window(*, ccg_ids, start, end) -> QuerySet[Campaign]:
    """Campaigns of these CCGs (shared ones too) running in the window: the calendar's filter."""
    return (
        Campaign.objects.for_ccgs(ccg_ids)
        .filter(starts_on__lte=end, ends_on__gte=start)
        .order_by("name")
    )
