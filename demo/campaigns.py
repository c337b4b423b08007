"""Demo campaign calendar: a financial year of campaigns (a winter campaign led by Darlington
and shared with South Sefton, each CCG with its own notes), meetings (public ones on the public
pages) and the national awareness days each CCG plans around. Keyed on names and titles, so a
second load writes nothing."""

import datetime
from decimal import Decimal

from django.utils import timezone

from accounts.models import Ccg, User
from campaigns import services
from campaigns.models import (
    AwarenessDayChoice,
    Campaign,
    Meeting,
    NationalAwarenessDay,
)
from working_time import LONDON

D = datetime.date


def _plan_year() -> int:
    """The financial year now running (April to March)."""
    today = timezone.localdate()
    return today.year if today.month >= 4 else today.year - 1


def _campaigns(y: int) -> list[tuple[str, list[str], dict]]:
    """(lead, shared with, fields) of a year's plan."""
    return [
        (
            "00C",
            ["01T"],
            {
                "name": f"Stay Well This Winter {y}/{str(y + 1)[2:]}",
                "objective": "Fewer avoidable A&E visits; more over-65s get the flu jab.",
                "priority": "high",
                "national_campaign": "Stay Well This Winter",
                "key_messages": "A: Get your flu jab\nB: Use your pharmacy first\n"
                "C: Keep warm, keep well\nD: NHS 111 online for urgent advice",
                "channels": ["x", "facebook", "press", "screens", "gp_bulletin", "radio"],
                "starts_on": D(y, 10, 1),
                "ends_on": D(y + 1, 3, 31),
                "paid": True,
                "budget": Decimal("6000"),
                "spend": Decimal("3250"),
                "status": "planned",
                "rag": "green",
            },
        ),
        (
            "01T",
            [],
            {
                "name": f"Flu vaccination {y}",
                "objective": "75% of over-65s vaccinated by December.",
                "priority": "high",
                "national_campaign": "Flu vaccination",
                "channels": ["facebook", "screens", "gp_bulletin"],
                "starts_on": D(y, 9, 15),
                "ends_on": D(y, 12, 15),
                "rag": "amber",
            },
        ),
        (
            "00C",
            [],
            {
                "name": f"Mental Health Awareness Week {y}",
                "objective": "More people know where to get help early.",
                "priority": "medium",
                "national_campaign": "Every Mind Matters",
                "channels": ["x", "instagram", "website"],
                "starts_on": D(y, 5, 1),
                "ends_on": D(y, 5, 31),
                "status": "finished" if timezone.localdate() > D(y, 5, 31) else "planned",
            },
        ),
        (
            "01T",
            [],
            {
                "name": f"Act FAST {y}",
                "objective": "People call 999 at the first sign of a stroke.",
                "priority": "medium",
                "national_campaign": "Act FAST",
                "channels": ["radio", "print", "facebook"],
                "starts_on": D(y, 6, 1),
                "ends_on": D(y, 7, 31),
                "paid": True,
                "budget": Decimal("1500"),
                "spend": Decimal("1500"),
            },
        ),
        (
            "00C",
            [],
            {
                "name": f"Help Us Help You: pharmacy first {y + 1}",
                "objective": "Minor illnesses go to the pharmacy, not the GP or A&E.",
                "priority": "medium",
                "national_campaign": "Help Us Help You",
                "channels": ["x", "facebook", "newsletter", "press"],
                "starts_on": D(y + 1, 1, 10),
                "ends_on": D(y + 1, 3, 15),
            },
        ),
        (
            "01T",
            [],
            {
                "name": f"Self Care Week {y}",
                "objective": "People look after minor ailments at home.",
                "priority": "low",
                "channels": ["facebook", "website", "gp_bulletin"],
                "starts_on": D(y, 11, 10),
                "ends_on": D(y, 11, 30),
            },
        ),
    ]


NOTES = {
    "00C": "Darlington: pharmacies in the town centre and Cockerton first; the Northern Echo "
    "runs the flu clinic list weekly.",
    "01T": "South Sefton: Bootle and Netherton practices' screens; Sefton CVS shares to its "
    "community groups.",
}

NATIONAL_DAYS = [  # name, (month, day) start, (month, day) end, theme, link
    ("Stoptober", (10, 1), (10, 31), "Smoking", "https://www.nhs.uk/better-health/quit-smoking/"),
    ("Self Care Week", (11, 13), (11, 19), "Self care", "https://www.selfcareforum.org/"),
    ("World Mental Health Day", (10, 10), (10, 10), "Mental health", ""),
    ("Dry January", (1, 1), (1, 31), "Alcohol", "https://alcoholchange.org.uk/"),
    ("Carers Week", (6, 9), (6, 15), "Carers", "https://www.carersweek.org/"),
    ("World Diabetes Day", (11, 14), (11, 14), "Diabetes", ""),
]
CHOSEN = {
    "00C": ["Stoptober", "Self Care Week", "Dry January", "Carers Week"],
    "01T": ["Stoptober", "World Mental Health Day", "World Diabetes Day"],
}

PLACES = {"00C": "Darlington Town Hall", "01T": "Merton House, Bootle"}


def _meetings(y: int, code: str) -> list[dict]:
    def at(month: int, day: int, hour: int, year: int = y):
        return datetime.datetime(year, month, day, hour, 0, tzinfo=LONDON)

    place = PLACES[code]
    rows = [
        {
            "kind": "governing_body",
            "title": f"Governing body meeting in public, {at(m, 8, 14, yr):%B %Y}",
            "starts_at": at(m, 8, 14, yr),
            "place": place,
            "papers_link": "https://www.example.nhs.uk/governing-body/papers",
            "is_public": True,
        }
        for yr, m in ((y, 5), (y, 7), (y, 9), (y, 11), (y + 1, 1), (y + 1, 3))
    ]
    rows.append(
        {
            "kind": "agm",
            "title": f"Annual general meeting {y}",
            "starts_at": at(9, 22, 17),
            "place": place,
            "online_link": "https://www.example.nhs.uk/agm-live",
            "is_public": True,
        }
    )
    rows += [
        {
            "kind": "ppg_network",
            "title": f"PPG network, {at(m, 15, 18, yr):%B %Y}",
            "starts_at": at(m, 15, 18, yr),
            "online_link": "https://teams.example.org/ppg-network",
        }
        for yr, m in ((y, 6), (y, 10), (y + 1, 2))
    ]
    rows.append(
        {
            "kind": "committee",
            "title": f"Quality and engagement committee, {at(12, 2, 10):%B %Y}",
            "starts_at": at(12, 2, 10),
            "place": place,
        }
    )
    return rows


def campaigns_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    comms = User.objects.get(email="comms@demo.nhs.uk")
    y = _plan_year()
    for lead, shared, fields in _campaigns(y):
        if Campaign.objects.led_by([ccgs[lead].pk]).filter(name=fields["name"]).exists():
            continue
        data = {**fields, "owner": comms, "shared_with": [ccgs[c] for c in shared]}
        if data.get("spend") and data.get("budget") and data["spend"] > data["budget"]:
            data["spend_confirmed"] = True
        campaign = services.campaign_create(ccg=ccgs[lead], data=data, by=comms)
        for code in [lead, *shared]:
            if code in NOTES:
                services.campaign_note_save(
                    campaign=campaign, ccg=ccgs[code], notes=NOTES[code], version=None, by=comms
                )
    for code, ccg in ccgs.items():
        for fields in _meetings(y, code):
            if not Meeting.objects.for_ccgs([ccg.pk]).filter(title=fields["title"]).exists():
                services.meeting_create(ccg=ccg, data=fields, by=comms)
    for name, (sm, sd), (em, ed), theme, link in NATIONAL_DAYS:
        year = y + 1 if sm < 4 else y
        NationalAwarenessDay.objects.get_or_create(
            name=name,
            starts_on=D(year, sm, sd),
            defaults={"ends_on": D(year, em, ed), "theme": theme, "link": link},
        )
    for code, names in CHOSEN.items():
        held = set(
            AwarenessDayChoice.objects.for_ccgs([ccgs[code].pk]).values_list("name", flat=True)
        )
        if not set(names) <= held:
            services.national_day_choices_set(ccg=ccgs[code], names=set(names) | held, by=comms)
