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
        "01T",
        "foi",
        "Spend on agency staff 2025/26",
        240,
        "A member of the public",
        "comms@demo.nhs.uk",
        "Asks for total agency staff spend by month for 2025/26.",
    ),
]
