"""Form plumbing shared by the register's forms."""

from django import forms

from nhsuk_forms.fields import NhsErrorMessages
from stakeholders.models import Segment

SCORE_CHOICES = [("", "Not scored"), *((n, str(n)) for n in range(1, 6))]


class InputForm(NhsErrorMessages, forms.ModelForm):
    """A ModelForm that checks input only. The model's rules are the service's job: it runs
    full_clean and raises ValidationError, which the view puts back on the form. So the
    form never changes the instance it was given."""

    def _post_clean(self) -> None:
        return


def score_field(label: str) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=SCORE_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect(attrs={"class": "nhsuk-radios--inline"}),
        help_text="1 is low, 5 is high. 4 or 5 on both puts them in 'manage closely'.",
    )


def segment_label(segment: Segment, by_id: dict[int, Segment]) -> str:
    parts, node = [segment.name], segment
    while node.parent_id and node.parent_id in by_id:
        node = by_id[node.parent_id]
        parts.append(node.name)
    return " › ".join(reversed(parts))


def segment_choices(segments) -> list[tuple[int, str]]:
    by_id = {s.pk: s for s in segments}
    labelled = [(s.pk, f"{s.get_kind_display()}: {segment_label(s, by_id)}") for s in segments]
    return sorted(labelled, key=lambda choice: choice[1].casefold())
