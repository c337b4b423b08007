"""Lines to take: adding and editing the library, and drafting an enquiry's response from one.

A line was signed off when it was written; an enquiry drafted from it still follows its own
policy's sign-off rule (replies.py): the press officer records the item's sign-off as always."""

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import Ccg, User
from core.concurrency import version_check
from core.editing import apply_data, apply_many

from ..models import Enquiry, Kind, LineToTake
from ..selectors.lines import line_signers, lines_usable


def _shared(line: LineToTake, data: dict, kept=()) -> list[Ccg] | None:
    """The CCGs the line is shared with after this save (never its lead); None: not posted.
    `kept` are CCGs it is shared with that the user was not offered (they stay)."""
    if "shared_with" not in data:
        return None
    chosen = {ccg.pk: ccg for ccg in data.pop("shared_with")}
    chosen.pop(line.ccg_id, None)
    chosen.update({ccg.pk: ccg for ccg in kept})
    return list(chosen.values())


def _check_signer(line: LineToTake) -> None:
    if (
        line.signed_off_by_id
        and not line_signers(ccg_id=line.ccg_id).filter(pk=line.signed_off_by_id).exists()
    ):
        raise ValidationError(
            {"signed_off_by": "Select someone who may sign off responses in the lead CCG."}
        )


@transaction.atomic
def line_create(*, ccg: Ccg, data: dict, by: User) -> LineToTake:
    """A line led by `ccg`, signed off by one of its people who may sign off responses."""
    data = dict(data)
    shared = _shared(LineToTake(ccg=ccg), data)
    line = LineToTake(ccg=ccg, **data)
    line.full_clean()
    _check_signer(line)
    line._history_user = by
    line.save()
    if shared:
        line.shared_with.set(shared)
    return line


@transaction.atomic
def line_update(
    *, line: LineToTake, data: dict, version: int | None, shared_offered=None
) -> LineToTake:
    """Refused (`StaleEdit`) when saved since the form was opened at `version`."""
    version_check(instance=line, version=version)
    data = dict(data)
    kept = []
    if shared_offered is not None:
        offered = {ccg.pk for ccg in shared_offered}
        kept = [ccg for ccg in line.shared_with.all() if ccg.pk not in offered]
    shared = _shared(line, data, kept)
    changed = apply_data(line, data)
    if changed:
        line.full_clean()
        _check_signer(line)
    if shared is not None:
        changed = apply_many(line, "shared_with", shared) or changed
    if changed:
        line.save()
    return line


@transaction.atomic
def enquiry_line_use(*, enquiry: Enquiry, line: LineToTake, by: User) -> Enquiry:
    """Draft the enquiry's response from the line and record which line it was. A signed-off
    draft replaced by other words is no longer signed off: the new words need the item's own
    sign-off before they are sent (where its policy asks for one)."""
    if enquiry.kind != Kind.MEDIA:
        raise ValidationError({"line": "Lines to take are for media enquiries."})
    if enquiry.responded_at or enquiry.closed_at:
        raise ValidationError({"line": "The response has been sent: a line can no longer be used."})
    if not lines_usable(enquiry=enquiry).filter(pk=line.pk).exists():
        reason = "has expired" if line.is_expired() else "is not one of this CCG's"
        raise ValidationError({"line": f"This line {reason}: choose another."})
    fields = ["response", "line_used"]
    if enquiry.signed_off_at and enquiry.response.strip() != line.text.strip():
        enquiry.signed_off_by, enquiry.signed_off_at = "", None
        fields += ["signed_off_by", "signed_off_at"]
    enquiry.response, enquiry.line_used = line.text, line
    enquiry._history_user = by
    enquiry.save(update_fields=fields)
    return enquiry
