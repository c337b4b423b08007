"""FOI letters drafted from templates with the decision filled in, kept with the case as DOCX.

The words are in `media_desk/templates/media_desk/letters/<kind>.txt` (plain text, a paragraph
a line: "# " and "## " start headings, "- " a bullet) so the team can change the wording
without touching code; python-docx lays them out. The file is private: it is downloaded through
the case's own page, never from a public media URL."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from docx import Document

from accounts.models import User
from working_time import LONDON

from ..models import Enquiry, FoiDecision, FoiLetter, Kind, LetterKind, Outcome, SlaDeadline
from ..models.deadlines import DeadlineName
from ..models.foi import COST_LIMIT_HOURS, COST_LIMIT_POUNDS
from .foi_decision import cost_pounds, over_cost_limit

REFUSING = {Outcome.REFUSED, Outcome.PROVIDED_PART, Outcome.VEXATIOUS, Outcome.REPEATED}


def _ready(enquiry: Enquiry, kind: str) -> FoiDecision:
    """The decision, when the letter of `kind` can be drafted from it; refused otherwise."""
    if enquiry.kind != Kind.FOI:
        raise ValidationError({"kind": "Only an FOI request has these letters."})
    decision = FoiDecision.objects.filter(enquiry=enquiry).first()
    if kind == LetterKind.EXTENSION:
        if decision is None or not decision.extension_requested_at:
            raise ValidationError({"kind": "Record the public interest extension first."})
    elif decision is None or not decision.outcome:
        raise ValidationError({"kind": "Record the decision's outcome first."})
    elif kind == LetterKind.REFUSAL and decision.outcome not in REFUSING:
        raise ValidationError(
            {"kind": "A refusal notice is for information withheld: draft the response letter."}
        )
    return decision


def _when(value) -> str:
    return value.astimezone(LONDON).strftime("%-d %B %Y") if value else ""


def _context(enquiry: Enquiry, decision: FoiDecision) -> dict:
    hours = decision.cost_estimate_hours
    dues = {d.name: d.due_at for d in SlaDeadline.objects.filter(enquiry=enquiry)}
    return {
        "enquiry": enquiry,
        "decision": decision,
        "reference": f"FOI-{enquiry.pk}",
        "today": _when(timezone.now()),
        "received": _when(enquiry.received_at),
        "exemptions": list(decision.exemptions.order_by("pk")),
        "over_cost_limit": over_cost_limit(hours),
        "cost_hours": hours,
        "cost_pounds": cost_pounds(hours) if hours is not None else None,
        "limit_hours": f"{COST_LIMIT_HOURS:.0f}",
        "limit_pounds": COST_LIMIT_POUNDS,
        "original_due": _when(dues.get(DeadlineName.RESPONSE)),
        "extension_due": _when(dues.get(DeadlineName.EXTENSION)),
    }


def letter_text(*, enquiry: Enquiry, kind: str) -> str:
    decision = _ready(enquiry, kind)
    return render_to_string(f"media_desk/letters/{kind}.txt", _context(enquiry, decision))


def _docx(text: str) -> bytes:
    document = Document()
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue  # blank lines, and the lines the template's own tags leave
        if line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@transaction.atomic
def foi_letter_draft(*, enquiry: Enquiry, kind: str, by: User | None) -> FoiLetter:
    """Draft the letter of `kind` from the decision as it is now and keep it with the case."""
    if kind not in LetterKind.values:
        raise ValidationError({"kind": "Select the letter to draft"})
    content = _docx(letter_text(enquiry=enquiry, kind=kind))
    letter = FoiLetter(enquiry=enquiry, kind=kind, drafted_by=by)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    letter.document.save(f"FOI-{enquiry.pk}-{kind}-{stamp}.docx", ContentFile(content), save=False)
    letter.save()
    return letter
