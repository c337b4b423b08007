"""The team's lists: programmes and themes; and reading a CCG's engagement policy."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from accounts.models import Ccg

from ..models import EngagementPolicy, Programme, Theme


@transaction.atomic
def programme_create(*, ccg: Ccg, name: str, description: str = "") -> Programme:
    name = name.strip()
    if Programme.objects.for_ccgs([ccg.pk]).filter(name__iexact=name).exists():
        raise ValidationError({"name": f"There is already a programme called {name}."})
    programme = Programme(ccg=ccg, name=name, description=description)
    programme.full_clean()
    programme.save()
    return programme


@transaction.atomic
def theme_create(*, ccg: Ccg, name: str) -> Theme:
    name, slug = name.strip(), slugify(name)
    taken = Theme.objects.for_ccgs([ccg.pk]).filter(Q(name__iexact=name) | Q(slug=slug))
    if slug and taken.exists():
        raise ValidationError({"name": f"There is already a theme called {taken.first().name}."})
    theme = Theme(ccg=ccg, name=name, slug=slug)
    theme.full_clean()
    theme.save()
    return theme


def policy_for(*, ccg: Ccg) -> EngagementPolicy:
    """The CCG's policy, or the defaults when administrators have set none (nothing saved)."""
    policy = EngagementPolicy.objects.for_ccgs([ccg.pk]).first()
    return policy or EngagementPolicy(ccg=ccg)
