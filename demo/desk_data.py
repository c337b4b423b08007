"""Demo data for the media desk's FOI decisions, disclosure log, lines to take, corrections and
MP briefings. Days are relative to the load, so clocks and "expired" read true on any date.

People are fictional. The requesters' names never appear in the disclosure log's words: the
publishing service refuses them, and the demo's tests check the public page."""

# Each FOI request: (ODS, subject, days ago received, requester name, requester e-mail, details,
# the decision, what happens next). Decision: (outcome, cost estimate hours or None, advice and
# assistance, {section: (public interest for, public interest against)}).
# Next: ("respond", days after receipt, response) then optionally ("publish", title, summary,
# response text); ("extend", days after receipt the requester was told); ("letter", kind).
FOI_REQUESTS = [
    {
        "ccg": "00C",
        "subject": "Waiting times for autism assessments",
        "days_ago": 45,
        "requester": ("Priya Whistleton", "priya.whistleton@example.org"),
        "details": "Asks for the median and longest wait for an adult autism assessment.",
        "decision": ("full", None, "", {}),
        "respond": (14, "The median wait in 2025/26 was 41 weeks and the longest 96 weeks."),
        "publish": (
            "Waiting times for adult autism assessments",
            "The median and longest waits for an adult autism assessment in 2025/26.",
            "The median wait in 2025/26 was 41 weeks and the longest 96 weeks.",
        ),
    },
    {
        "ccg": "01T",
        "subject": "Contract value of the community diagnostics service",
        "days_ago": 38,
        "requester": ("Dan Okafor", "dan.okafor@example.org"),
        "details": "Asks for the contract value, the provider and the tender scores.",
        "decision": (
            "part",
            None,
            "",
            {
                "43": (
                    "Openness about how public money is spent on diagnostics.",
                    "The bidders' scores would harm their position in the re-tender next year.",
                ),
                "40(2)": ("", ""),
            },
        ),
        "respond": (
            17,
            "The provider and the annual value (£2.4m) are enclosed; the tender scores and "
            "the evaluators' names are withheld (s.43(2) and s.40(2)).",
        ),
        "publish": (
            "Community diagnostics service contract",
            "The contract value, provider and tender scores of the community diagnostics service.",
            "The provider is Sefton Diagnostics Ltd and the annual value is £2.4m. The tender "
            "scores are withheld under s.43(2) (commercial interests): the public interest in "
            "openness is outweighed by the harm to the re-tender. The evaluators' names are "
            "withheld under s.40(2).",
        ),
    },
    {
        "ccg": "00C",
        "subject": "Mental health crisis line calls by month",
        "days_ago": 30,
        "requester": ("Rhys Denholm", "rhys.denholm@example.org"),
        "details": "Asks for the crisis line's calls by month and the calls from under-18s.",
        "decision": ("not_held", None, "", {}),
        "respond": (
            9,
            "The CCG does not hold this: the crisis line is run by the foundation trust.",
        ),
        "publish": (
            "Mental health crisis line calls",
            "Calls to the mental health crisis line by month, and calls from under-18s.",
            "Not held by the CCG. The crisis line is run by Tees, Esk and Wear Valleys NHS "
            "Foundation Trust, to whom the request can be made.",
        ),
    },
    {
        "ccg": "01T",
        "subject": "Legal advice on the walk-in centre consultation",
        "days_ago": 12,
        "requester": ("Helen Marsh", "helen.marsh@example.org"),
        "details": "Asks for the legal advice the CCG took before the consultation began.",
        # Under consideration: a qualified exemption cited, the outcome not yet decided.
        "decision": (
            "",
            None,
            "",
            {
                "42": (
                    "Understanding the basis of a decision that affects a local service.",
                    "The strong public interest in the confidentiality of legal advice.",
                )
            },
        ),
        "extend": 6,
        "letter": "extension",
    },
    {
        "ccg": "00C",
        "subject": "Every complaint about GP practices since 2013",
        "days_ago": 16,
        "requester": ("Lee Garside", "lee.garside@example.org"),
        "details": "Asks for every complaint about a Darlington GP practice since 2013.",
        "decision": (
            "refused",
            "64.0",
            "Narrowed to the last two years and to a count by practice and theme, the request "
            "could be answered within the cost limit.",
            {},
        ),
        "respond": (9, "Refused under s.12: it would cost over the limit. See our advice."),
        "letter": "refusal",
    },
]

# (lead ODS, topic, line, shared with, days ago signed off, days from now valid until)
LINES_TO_TAKE = [
    (
        "00C",
        "Winter pressures on urgent care",
        "We are working with the trust and GP practices on the winter plan. Please use NHS 111 "
        "online first, and keep A&E for emergencies.",
        ["01T"],
        20,
        90,
    ),
    (
        "01T",
        "Bootle walk-in centre opening hours",
        "The walk-in centre's hours are not changing this winter: 8am to 8pm, every day.",
        [],
        10,
        60,
    ),
    (
        "00C",
        "Northgate community pharmacy closure",
        "The closure was the owner's decision. Repeat prescriptions have moved to nearby "
        "pharmacies and every affected patient has been written to.",
        [],
        150,
        -30,  # expired: the library shows it, the enquiry form no longer offers it
    ),
]

# Coverage with a correction asked: (ODS, outlet, headline, days ago published, tone, what is
# wrong, correction asked, asked of, days ago asked, outcome, days ago of the outcome)
CORRECTIONS = [
    (
        "00C",
        "The Northern Echo",
        "Darlington to lose its walk-in centre",
        9,
        "negative",
        "The walk-in centre is not closing: the consultation is about its opening hours.",
        "A correction on the article, saying the centre stays open.",
        "The news editor, The Northern Echo",
        8,
        "corrected",
        5,
    ),
    (
        "01T",
        "Liverpool Echo",
        "Sefton GP appointments halved",
        4,
        "negative",
        "Appointments are up 6% on last year; the figure quoted is for one practice in one week.",
        "A correction with the CCG's figures, and our statement in full.",
        "The health reporter, Liverpool Echo",
        3,
        "pending",
        None,
    ),
]

# MPs with quarterly briefings: (e-mail in CONTACTS, a briefing held last quarter)
BRIEFED_MPS = [
    ("jordan.hartley.mp@example.org", "Briefed on the winter plan and the pharmacy closure."),
    ("morgan.reilly.mp@example.org", ""),
]
