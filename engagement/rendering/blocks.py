"""The annual engagement report as a list of simple blocks (headings, paragraphs, lists,
tables; core.pdf's), so the web page, the DOCX and the tagged PDF say exactly the same thing."""

from core.pdf import Block, Bullets, Heading, Paragraph, Table

from ..selectors.annual import AnnualReport


def _n(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _day(value) -> str:
    return f"{value:%-d %B %Y}" if value else ""


def report_title(report: AnnualReport) -> str:
    return f"{report.ccg_name}: annual engagement report, {report.year_label}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _summary(report: AnnualReport) -> list[Block]:
    t = report.totals
    return [
        Paragraph(
            "How we met our duty to involve patients and the public in our commissioning "
            "(section 14Z2 of the NHS Act 2006), reported under section 14Z11."
        ),
        Heading("Summary"),
        Bullets(
            (
                _count(t.get("events", 0), "engagement activity", "engagement activities")
                + ", reaching "
                + _count(t.get("people_reached", 0), "person", "people"),
                _count(t.get("feedback", 0), "comment", "comments") + " heard",
                _count(t.get("responses", 0), "response", "responses")
                + f" ('we did'), {t.get('published', 0):,} published",
                _count(t.get("told", 0), "person", "people")
                + " told what we did with what they said",
                _count(t.get("consultations", 0), "formal consultation", "formal consultations"),
            )
        ),
    ]


def _activity_blocks(report: AnnualReport) -> list[Block]:
    blocks: list[Block] = [Heading("Activities")]
    if not report.activities:
        return [*blocks, Paragraph("No engagement activities were recorded this year.")]
    blocks.append(
        Table(
            "Activities by type",
            ("Type", "Activities", "People"),
            tuple((label, _n(n), _n(people)) for label, n, people in report.activities),
        )
    )
    blocks.append(
        Table(
            "Activities by type and locality",
            ("Type", *report.locality_names),
            tuple((label, *(_n(c) for c in counts)) for label, counts in report.activity_matrix),
        )
    )
    return blocks


def _reach_blocks(report: AnnualReport) -> list[Block]:
    reach = report.reach
    rows = [*reach.localities, *([reach.unplaced] if reach.unplaced else []), reach.total]
    blocks: list[Block] = [
        Heading("People reached against target"),
        Table(
            "People reached against target (0.5% of the population unless a locality sets another)",
            ("Area", "Population", "Target", "Reached", "Of target"),
            tuple(
                (
                    row.name,
                    _n(row.population) if row.population else "",
                    _n(row.target) if row.target else "",
                    _n(row.reached),
                    f"{row.percent_of_target}%" if row.percent_of_target is not None else "",
                )
                for row in rows
            ),
        ),
        Heading("Seldom-heard groups reached"),
    ]
    if report.seldom_heard:
        blocks.append(
            Bullets(
                tuple(
                    f"{name}: {n} activit{'y' if n == 1 else 'ies'}"
                    for name, n in report.seldom_heard
                )
            )
        )
    else:
        blocks.append(Paragraph("No seldom-heard groups were recorded as reached this year."))
    if report.equality:
        blocks.append(Heading("Who took part (equality monitoring)"))
        blocks.append(
            Paragraph("Counts from the monitoring forms at our events; no individual's answers.")
        )
        for label, counts in report.equality:
            blocks.append(Table(label, ("Answer", "People"), tuple((c, _n(n)) for c, n in counts)))
    return blocks


def _heard_blocks(report: AnnualReport) -> list[Block]:
    blocks: list[Block] = [Heading("What we heard")]
    if report.themes:
        blocks.append(
            Table(
                "Themes heard",
                ("Theme", "Comments", "Sentiment"),
                tuple(
                    (
                        t.name,
                        _n(t.feedback),
                        ", ".join(f"{k.lower()} {v}" for k, v in t.sentiments.items()),
                    )
                    for t in report.themes
                ),
            )
        )
    else:
        blocks.append(Paragraph("No comments were tagged with a theme this year."))
    blocks.append(Heading("You said, we did"))
    blocks.append(
        Table(
            "What happened to what people told us",
            ("Status", "Responses"),
            tuple((label, _n(n)) for label, n in report.outcomes),
        )
    )
    for said, did, status in report.examples:
        blocks.append(Paragraph(f"You said: {said}"))
        blocks.append(Paragraph(f"We did ({status.lower()}): {did}"))
    return blocks


def _consultation_blocks(report: AnnualReport) -> list[Block]:
    blocks: list[Block] = [Heading("Consultations and their influence on decisions")]
    if not report.consultations:
        return [*blocks, Paragraph("There were no formal consultations this year.")]
    for c in report.consultations:
        blocks.append(Heading(c.title, level=3))
        lines = [
            f"Ran from {_day(c.opens_on)} to {_day(c.closes_on)} ({c.length})",
            f"Statutory checklist: {c.checks_done} of {c.checks_total} items done",
        ]
        if c.shortened_reason:
            lines.append(f"Shorter than 12 weeks because: {c.shortened_reason}")
        if c.decision_maker and c.decision_on:
            lines.append(f"Decided by {c.decision_maker} on {_day(c.decision_on)}")
        blocks.append(Bullets(tuple(lines)))
        if c.published:
            blocks.append(Paragraph(f"How it changed the decision: {c.changed}"))
        else:
            due = f", due by {_day(c.report_due_on)}" if c.report_due_on else ""
            blocks.append(Paragraph(f"The consultation report is not yet published{due}."))
    return blocks


def report_blocks(report: AnnualReport) -> list[Block]:
    return [
        *_summary(report),
        *_activity_blocks(report),
        *_reach_blocks(report),
        *_heard_blocks(report),
        *_consultation_blocks(report),
    ]
