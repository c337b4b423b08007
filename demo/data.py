"""Demo data drawn from the seed strategies: Darlington and South Sefton CCGs.

People are fictional; places, populations and awareness days are real."""

import datetime

DEMO_PASSWORD = "demo-portal-2026"  # noqa: S105 (published in the README)

CCGS = [
    {
        "name": "NHS Darlington CCG",
        "ods_code": "00C",
        "population": 107318,
        "localities": [
            ("Darlington Central", 38000),
            ("Darlington North", 35318),
            ("Darlington South", 34000),
        ],
        "closure_days": [(datetime.date(2026, 12, 24), "Christmas Eve: office closed")],
    },
    {
        "name": "NHS South Sefton CCG",
        "ods_code": "01T",
        "population": 160000,
        "localities": [
            ("Bootle", 58000),
            ("Seaforth and Litherland", 34000),
            ("Crosby", 38000),
            ("Maghull", 30000),
        ],
        "closure_days": [],
    },
]

# Administrators must sign in with a second factor. The demo administrator's authenticator
# secret is published (README) so a tester can add it to an app, or print the current code
# with `manage.py demo_totp admin@demo.nhs.uk`. Base32, as authenticator apps take it.
DEMO_TOTP_SECRET = "CCGCOMMSPORTALDEMOADMIN2FA234567"  # noqa: S105 (published in the README)
DEMO_TOTP_USERS = ["admin@demo.nhs.uk"]

# (e-mail, full name, role, ODS codes). One user per role; the comms officer works for both CCGs.
USERS = [
    ("admin@demo.nhs.uk", "Alex Admin", "Administrator", ["00C", "01T"]),
    ("comms@demo.nhs.uk", "Casey Comms", "Comms team", ["00C", "01T"]),
    ("governing@demo.nhs.uk", "Gerry Governor", "Governing body", ["00C"]),
    ("staff@demo.nhs.uk", "Sam Staff", "Staff", ["01T"]),
]

ORGANISATIONS = [
    ("00C", "Darlington Borough Council", "local_authority"),
    ("00C", "Healthwatch Darlington", "healthwatch"),
    ("00C", "County Durham and Darlington NHS Foundation Trust", "nhs_provider"),
    ("00C", "The Northern Echo", "media"),
    ("00C", "House of Commons", "parliament"),
    ("01T", "Sefton Council", "local_authority"),
    ("01T", "Healthwatch Sefton", "healthwatch"),
    ("01T", "Sefton CVS", "voluntary"),
    ("01T", "Liverpool Echo", "media"),
    ("01T", "House of Commons", "parliament"),
]

# (ODS, kind, first, last, job title, organisation, e-mail, extra fields)
CONTACTS = [
    (
        "00C",
        "mp",
        "Jordan",
        "Hartley",
        "Member of Parliament",
        "House of Commons",
        "jordan.hartley.mp@example.org",
        {"constituency": "Darlington", "party": "Independent"},
    ),
    (
        "00C",
        "councillor",
        "Priya",
        "Nolan",
        "Cabinet member for adult social care",
        "Darlington Borough Council",
        "priya.nolan@example.org",
        {"authority": "Darlington Borough Council", "ward": "Park East"},
    ),
    (
        "00C",
        "journalist",
        "Tom",
        "Ridley",
        "Health reporter",
        "The Northern Echo",
        "tom.ridley@example.org",
        {},
    ),
    (
        "00C",
        "stakeholder",
        "Helen",
        "Marsh",
        "Manager",
        "Healthwatch Darlington",
        "helen.marsh@example.org",
        {},
    ),
    (
        "00C",
        "stakeholder",
        "Ravi",
        "Chandra",
        "Director of communications",
        "County Durham and Darlington NHS Foundation Trust",
        "ravi.chandra@example.org",
        {},
    ),
    (
        "01T",
        "mp",
        "Morgan",
        "Reilly",
        "Member of Parliament",
        "House of Commons",
        "morgan.reilly.mp@example.org",
        {"constituency": "Bootle", "party": "Independent"},
    ),
    (
        "01T",
        "councillor",
        "Chris",
        "Doyle",
        "Councillor",
        "Sefton Council",
        "chris.doyle@example.org",
        {"authority": "Sefton Council", "ward": "Litherland"},
    ),
    (
        "01T",
        "journalist",
        "Aisha",
        "Kelly",
        "Health correspondent",
        "Liverpool Echo",
        "aisha.kelly@example.org",
        {},
    ),
    (
        "01T",
        "stakeholder",
        "Pat",
        "Quinn",
        "Chief officer",
        "Sefton CVS",
        "pat.quinn@example.org",
        {},
    ),
    (
        "01T",
        "stakeholder",
        "Lee",
        "Fraser",
        "Engagement lead",
        "Healthwatch Sefton",
        "lee.fraser@example.org",
        {},
    ),
]

# Health awareness days both CCGs plan around (campaign calendars in the seeds).
AWARENESS_DAYS = [
    (
        "Dry January",
        datetime.date(2027, 1, 1),
        datetime.date(2027, 1, 31),
        "https://alcoholchange.org.uk/",
    ),
    (
        "Cervical Screening Awareness Week",
        datetime.date(2027, 6, 14),
        datetime.date(2027, 6, 20),
        "",
    ),
    (
        "Stoptober",
        datetime.date(2026, 10, 1),
        datetime.date(2026, 10, 31),
        "https://www.nhs.uk/better-health/quit-smoking/",
    ),
    (
        "Self Care Week",
        datetime.date(2026, 11, 16),
        datetime.date(2026, 11, 22),
        "https://www.selfcareforum.org/",
    ),
    (
        "Stay Well This Winter",
        datetime.date(2026, 12, 1),
        datetime.date(2027, 2, 28),
        "",
    ),
    (
        "World Mental Health Day",
        datetime.date(2026, 10, 10),
        datetime.date(2026, 10, 10),
        "",
    ),
]

SPOKESPEOPLE = [
    ("00C", "Dr Anna Clarke", "Clinical chair", "urgent care, primary care", True),
    ("01T", "Mark Davies", "Chief officer", "finance, service change", True),
]

# (ODS, kind, subject, hours ago received, requester e-mail in CONTACTS or name, logged by, details)
ENQUIRIES = [
    (
        "00C",
        "media",
        "Winter pressures at the emergency department",
        1,
        "tom.ridley@example.org",
        "comms@demo.nhs.uk",
        "Asks for a statement on waiting times this week and the CCG's winter plan.",
    ),
    (
        "00C",
        "mp",
        "Constituent's access to GP appointments",
        72,
        "jordan.hartley.mp@example.org",
        "comms@demo.nhs.uk",
        "Writes on behalf of a constituent who could not book a GP appointment for three weeks.",
    ),
    (
        "01T",
        "media",
        "Opening hours of the Bootle walk-in centre",
        5,
        "Aisha Kelly",
        "staff@demo.nhs.uk",
        "Rang reception asking whether the walk-in centre hours are changing in January.",
    ),
    (
        "00C",
        "mp",
        "Closure of the Northgate community pharmacy",
        24 * 20,
        "jordan.hartley.mp@example.org",
        "comms@demo.nhs.uk",
        "Asks what the CCG will do for patients who used the pharmacy for repeat prescriptions.",
    ),
    (
        "01T",
        "foi",
        "Spend on agency staff 2025/26",
        240,
        "A member of the public",
        "comms@demo.nhs.uk",
        "Asks for total agency staff spend by month for 2025/26.",
    ),
]

# (ODS, subject of a media enquiry above, minutes after receipt, the holding statement sent)
HOLDING_STATEMENTS = [
    (
        "00C",
        "Winter pressures at the emergency department",
        20,
        "We are aware of the pressures at the emergency department and are working with the "
        "trust on the winter plan. We will send a full statement by 4pm today.",
    ),
]

# Engagement (South Sefton's Big and Mini Chats, Darlington's AGM and focus groups, Thurrock's
# seldom-heard reach). Days are relative to the load, so the current year's pages have data.
ENGAGEMENT_THEMES = ["GP access", "Urgent care", "Mental health", "Transport", "Information"]
ENGAGEMENT_PROGRAMMES = [("00C", "Urgent care review"), ("01T", "Shaping Sefton")]
SELDOM_HEARD_GROUPS = ["Young people", "Carers", "People with a learning disability"]

# (ODS, title, kind, locality, days from now, hours long, venue, capacity, attendance,
#  seldom-heard groups reached)
ENGAGEMENT_EVENTS = [
    (
        "01T",
        "Big Chat: urgent care in Bootle",
        "big_chat",
        "Bootle",
        -40,
        2,
        "Bootle Town Hall",
        80,
        64,
        ["Carers"],
    ),
    (
        "01T",
        "Mini Chat with Sefton Young Advisers",
        "mini_chat",
        "Seaforth and Litherland",
        -75,
        1,
        "Litherland Youth Centre",
        25,
        18,
        ["Young people"],
    ),
    (
        "01T",
        "Big Chat: Shaping Sefton in Crosby",
        "big_chat",
        "Crosby",
        30,
        2,
        "Crosby Civic Hall",
        120,
        None,
        [],
    ),
    (
        "00C",
        "Annual general meeting and Big Chat",
        "agm",
        "Darlington Central",
        -60,
        3,
        "Dolphin Centre",
        150,
        55,
        [],
    ),
    (
        "00C",
        "Urgent care focus group",
        "focus_group",
        "Darlington North",
        -110,
        2,
        "Cockerton Library",
        15,
        12,
        ["People with a learning disability"],
    ),
]

# (ODS, event title or "", source, days ago, themes, sentiment, text, contributor e-mail,
#  "we did" text or "", publish)
ENGAGEMENT_FEEDBACK = [
    (
        "01T",
        "Big Chat: urgent care in Bootle",
        "event",
        40,
        ["Urgent care"],
        "negative",
        "People did not know the walk-in centre closes at 8pm and went to A&E instead.",
        "",
        "We put the walk-in centre's opening hours on every GP practice screen in south Sefton and in the January e-bulletin.",
        True,
    ),
    (
        "01T",
        "Big Chat: urgent care in Bootle",
        "event",
        40,
        ["GP access"],
        "negative",
        "It takes three weeks to get a routine GP appointment.",
        "resident.bootle@example.org",
        "We are funding evening and weekend appointments at four Bootle practices from April.",
        False,
    ),
    (
        "01T",
        "Mini Chat with Sefton Young Advisers",
        "event",
        75,
        ["Mental health", "Information"],
        "mixed",
        "Young people want to find mental health support online, not by phoning a number.",
        "",
        "",
        False,
    ),
    (
        "00C",
        "Annual general meeting and Big Chat",
        "event",
        60,
        ["Transport"],
        "negative",
        "The last bus to Darlington Memorial Hospital leaves before evening visiting ends.",
        "",
        "We raised the bus times with Darlington Borough Council, who have added a 9pm service.",
        True,
    ),
    (
        "00C",
        "",
        "mp_letter",
        20,
        ["GP access"],
        "negative",
        "A constituent could not book a GP appointment for three weeks.",
        "",
        "",
        False,
    ),
]

# (ODS, title, programme, days from now it opened, weeks, summary, published report)
ENGAGEMENT_CONSULTATIONS = [
    (
        "01T",
        "Future of walk-in services in south Sefton",
        "Shaping Sefton",
        -200,
        12,
        "We proposed to bring walk-in services together in one urgent treatment centre in Bootle.",
        True,
    ),
    (
        "00C",
        "Urgent care review",
        "Urgent care review",
        -30,
        12,
        "We propose two urgent treatment centres open 8am to 10pm, in place of three walk-in centres.",
        False,
    ),
]

# Stakeholder register: segments (South Sefton's audiences, Thurrock's places and themes),
# mapping scores, distribution lists with consent (Staffordshire, before and after GDPR) and
# one stakeholder map per CCG. Keyed on names and e-mails, so a second load changes nothing.
STAKEHOLDER_SEGMENTS = [
    # (name, kind, parent)
    ("Patients, carers and the public", "audience", None),
    ("Partners and providers", "audience", None),
    ("Political partners", "audience", None),
    ("Member practices", "audience", "Partners and providers"),
    ("Frailty", "theme", None),
    ("Urgent care", "theme", None),
]
# (e-mail, interest, influence, stance, segments, format needs, language)
STAKEHOLDER_PROFILES = [
    ("jordan.hartley.mp@example.org", 4, 5, "neutral", ["Political partners"], [], ""),
    ("priya.nolan@example.org", 5, 4, "enabler", ["Political partners", "Frailty"], [], ""),
    ("tom.ridley@example.org", 4, 3, "limiter", [], [], ""),
    (
        "helen.marsh@example.org",
        5,
        3,
        "enabler",
        ["Patients, carers and the public"],
        ["easy_read"],
        "",
    ),
    (
        "ravi.chandra@example.org",
        3,
        4,
        "enabler",
        ["Partners and providers", "Urgent care"],
        [],
        "",
    ),
    ("morgan.reilly.mp@example.org", 3, 5, "neutral", ["Political partners"], [], ""),
    ("chris.doyle@example.org", 4, 4, "neutral", ["Political partners"], ["large_print"], ""),
    ("aisha.kelly@example.org", 4, 3, "neutral", [], [], ""),
    ("pat.quinn@example.org", 5, 4, "enabler", ["Partners and providers", "Frailty"], ["bsl"], ""),
    (
        "lee.fraser@example.org",
        5,
        2,
        "enabler",
        ["Patients, carers and the public"],
        ["interpreter"],
        "Polish",
    ),
]
DISTRIBUTION_LISTS = [
    ("GP bulletin", "Weekly bulletin for member practices."),
    ("Patient newsletter", "Quarterly newsletter; members re-consented after GDPR (May 2018)."),
    ("Your Voice", "Patient participation group network newsletter."),
]
# (e-mail, list, lawful basis, consent date, source, withdrawal reason or "")
SUBSCRIPTIONS = [
    (
        "helen.marsh@example.org",
        "Patient newsletter",
        "consent",
        datetime.date(2018, 5, 21),
        "GDPR re-permission form",
        "",
    ),
    (
        "lee.fraser@example.org",
        "Your Voice",
        "consent",
        datetime.date(2019, 3, 2),
        "Sign-up at the Bootle roadshow",
        "",
    ),
    (
        "pat.quinn@example.org",
        "Patient newsletter",
        "consent",
        datetime.date(2018, 5, 12),
        "GDPR re-permission form",
        "not_reconsented",
    ),
    (
        "pat.quinn@example.org",
        "GP bulletin",
        "legitimate_interests",
        None,
        "Partner organisation contact",
        "",
    ),
    (
        "ravi.chandra@example.org",
        "GP bulletin",
        "public_task",
        None,
        "Provider communications lead",
        "",
    ),
]
# (ODS, map name, purpose, [(e-mail, interest, influence)])
STAKEHOLDER_MAPS = [
    (
        "00C",
        "Urgent care review",
        "programme",
        [
            ("jordan.hartley.mp@example.org", 5, 5),
            ("helen.marsh@example.org", 5, 3),
            ("ravi.chandra@example.org", 4, 5),
        ],
    ),
    (
        "01T",
        "Shaping Sefton",
        "consultation",
        [
            ("morgan.reilly.mp@example.org", 4, 5),
            ("pat.quinn@example.org", 5, 4),
            ("lee.fraser@example.org", 5, 2),
        ],
    ),
]

# Totals from the equality monitoring forms handed out at an event (no one's own answers).
ENGAGEMENT_EQUALITY = {
    "Big Chat: urgent care in Bootle": {
        "age": {"16_24": 4, "25_34": 7, "35_44": 9, "45_54": 11, "55_64": 14, "65_74": 12},
        "sex": {"female": 38, "male": 22, "prefer_not": 4},
        "disability": {"disabled": 15, "not_disabled": 45, "prefer_not": 4},
    },
}
