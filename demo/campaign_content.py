"""Demo content with approvals (a press release among it), an action plan and evaluation
figures for a winter campaign, dated around the first load. Keyed on natural keys: a second
run adds nothing."""

import datetime

from django.utils import timezone

from accounts.models import Ccg, User
from campaigns import services
from campaigns.models import ActionItem, Campaign, ChannelFigures, ContentItem
from media_desk import services as desk
from media_desk.models import PressRelease
from working_time import LONDON

WINTER = "Know where to go this winter"

# (title, channel, days from today, hour, copy, how far along: draft/awaiting/approved/
# scheduled/published)
CONTENT = [
    (
        "Flu jab reminder for over-65s",
        "facebook",
        2,
        10,
        "Over 65? Your flu jab is free at your GP practice or local pharmacy. Book today.",
        "scheduled",
    ),
    (
        "Know where to go this winter",
        "x",
        4,
        12,
        "Not sure where to go? Pharmacies, NHS 111 online and your GP practice can help. "
        "Keep A&E for emergencies.",
        "awaiting",
    ),
    (
        "Winter self-care tips",
        "newsletter",
        9,
        9,
        "Stock up your medicine cabinet: paracetamol, rehydration sachets, plasters.",
        "draft",
    ),
    (
        "Waiting-room slide: flu clinics",
        "screens",
        -5,
        8,
        "Flu clinics every Saturday in December. Ask at reception.",
        "published",
    ),
]
ACTIONS = [
    # (title, campaign?, days from today, status, rag)
    ("Send campaign pack to GP practices", True, -3, "in_progress", "amber"),  # red by itself
    ("Book local radio interview", True, 2, "not_started", "green"),
    ("Order pharmacy posters", True, -10, "done", "green"),
    ("Refresh the engagement action plan for Q4", False, 12, "in_progress", "green"),
]
# channel -> followers six months ago and each month's growth
FIGURES = {"facebook": (5200, 120), "x": (3100, 40), "website": (None, None)}


def campaign_content_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    comms = User.objects.get(email="comms@demo.nhs.uk")
    today = timezone.localdate()
    for ccg in ccgs.values():
        campaign = _winter_campaign(ccg, today)
        for row in CONTENT:
            _content(ccg, campaign, comms, today, *row)
        _press_release(ccg, campaign, comms, today)
        for title, in_campaign, days, status, rag in ACTIONS:
            if not ActionItem.objects.filter(ccg=ccg, title=title).exists():
                data = {
                    "title": title,
                    "campaign": campaign if in_campaign else None,
                    "owner": comms,
                    "target_date": today + datetime.timedelta(days=days),
                    "status": status,
                    "rag": rag,
                }
                services.action_create(ccg=ccg, data=data)
        _evaluation(ccg, campaign, comms, today)


def _winter_campaign(ccg: Ccg, today: datetime.date) -> Campaign:
    campaign, _ = Campaign.objects.get_or_create(
        ccg=ccg,
        name=WINTER,
        defaults={
            "objective": "Fewer people at A&E with minor illnesses; more over-65s vaccinated.",
            "starts_on": today - datetime.timedelta(days=30),
            "ends_on": today + datetime.timedelta(days=90),
        },
    )
    return campaign


def _content(ccg, campaign, comms, today, title, channel, days, hour, copy, stage) -> None:
    if ContentItem.objects.filter(ccg=ccg, title=title).exists():
        return
    day = today + datetime.timedelta(days=days)
    data = {
        "title": title,
        "channel": channel,
        "planned_at": datetime.datetime.combine(day, datetime.time(hour), tzinfo=LONDON),
        "copy": copy,
        "campaign": campaign,
    }
    item = services.content_create(ccg=ccg, data=data, by=comms, confirm_outside_campaign=True)
    _advance(item, comms, stage)


def _advance(item: ContentItem, approver: User, stage: str) -> None:
    if stage == "draft":
        return
    services.content_submit_for_approval(item=item, approver=approver)
    if stage == "awaiting":
        return
    services.content_approve(item=item, by=approver)
    if stage == "scheduled":
        services.content_schedule(item=item)
    elif stage == "published":
        services.content_publish(item=item, at=item.planned_at)


def _press_release(ccg: Ccg, campaign: Campaign, comms: User, today: datetime.date) -> None:
    title = "Free flu jabs: over-65s urged to book before Christmas"
    if PressRelease.objects.filter(ccg=ccg, title=title).exists():
        return
    release = PressRelease(
        ccg=ccg,
        title=title,
        issued_on=today + datetime.timedelta(days=1),
        summary=(
            f"{ccg.name} is urging everyone aged 65 and over to book their free flu jab "
            "before Christmas, at their GP practice or a local pharmacy."
        ),
        outlets_sent_to="Local newspaper\nBBC local radio\nCommunity radio",
        campaign=campaign,
    )
    release = desk.press_release_save(release=release, by=comms)
    _advance(release.content, comms, "approved")


def _evaluation(ccg: Ccg, campaign: Campaign, comms: User, today: datetime.date) -> None:
    if not campaign.measures.exists():
        services.campaign_measure_add(
            campaign=campaign,
            data={
                "metric": "Flu jabs given to over-65s",
                "baseline": 6100,
                "target": 7000,
                "actual": 6650,
                "period_starts_on": campaign.starts_on,
                "period_ends_on": campaign.ends_on,
            },
        )
        services.campaign_measure_add(
            campaign=campaign,
            data={
                "metric": "Link clicks to the where-to-go page",
                "channel": "facebook",
                "baseline": 800,
                "target": 1500,
                "actual": 1720,
                "period_starts_on": campaign.starts_on,
                "period_ends_on": today,
            },
        )
        services.campaign_lesson_add(
            campaign=campaign,
            data={
                "worked": "Pharmacy posters and the Facebook video reached older people.",
                "change": "Start two weeks earlier, before the half-term break.",
            },
            by=comms,
        )
    first = today.replace(day=1)
    for back in range(6, 0, -1):
        month = first
        for _ in range(back):
            month = (month - datetime.timedelta(days=1)).replace(day=1)
        step = 6 - back
        for channel, (followers, growth) in FIGURES.items():
            counts = (
                {"page_views": 15000 + 700 * step}
                if followers is None
                else {
                    "followers": followers + growth * step,
                    "reach": 30000 + 2500 * step,
                    "engagement": 900 + 80 * step,
                }
            )
            ChannelFigures.objects.get_or_create(
                ccg=ccg, channel=channel, month=month, defaults=counts
            )
