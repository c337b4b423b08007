"""The one scoping mechanism: what a user may see and do, per CCG.

Every list, detail page, export, API call and job asks a `Scope` which CCGs it may read or
change, and filters with `CcgScopedQuerySet.visible_to`. A role is granted per CCG, so a
user can be Comms team in one CCG and Staff in another; permissions never leak across."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import models


@dataclass(frozen=True)
class Scope:
    permissions: Mapping[int, frozenset[str]] = field(default_factory=dict)
    roles: Mapping[int, str] = field(default_factory=dict)
    active_ccg_id: int | None = None

    @property
    def member_ccg_ids(self) -> frozenset[int]:
        return frozenset(self.permissions)

    @property
    def ccg_ids(self) -> frozenset[int]:
        """The CCGs shown now: the one picked in the switcher, or all of the user's."""
        if self.active_ccg_id in self.permissions:
            return frozenset({self.active_ccg_id})
        return self.member_ccg_ids

    def ccg_ids_with(self, perm: str) -> frozenset[int]:
        return frozenset(cid for cid in self.ccg_ids if perm in self.permissions[cid])

    def can(self, perm: str, ccg_id: int | None = None) -> bool:
        """May do `perm` in CCG `ccg_id` (any CCG shown now when None)."""
        if ccg_id is None:
            return bool(self.ccg_ids_with(perm))
        return perm in self.permissions.get(ccg_id, frozenset())

    @property
    def role(self) -> str | None:
        """The most capable role held in the CCGs shown now: picks the home page."""
        from .roles import ROLES

        held = {self.roles[cid] for cid in self.ccg_ids}
        return next((role for role in ROLES if role in held), None)


EMPTY_SCOPE = Scope()


def model_perm(model: type[models.Model], action: str) -> str:
    return f"{model._meta.app_label}.{action}_{model._meta.model_name}"


def ccg_field_of(model: type[models.Model]) -> str | None:
    """The lookup from a model to the CCG(s) a record belongs to, or None for shared data.

    A model says so with `ccg_field` (CcgOwned: "ccg"; Ccg itself: "pk"; User: through its
    memberships); any other model with a `ccg` foreign key belongs to that CCG."""
    declared = getattr(model, "ccg_field", None)
    if declared:
        return declared
    try:
        field = model._meta.get_field("ccg")
    except FieldDoesNotExist:
        return None
    return "ccg" if field.many_to_one else None


def shared_field_of(model: type[models.Model]) -> str | None:
    """The many-to-many to the CCGs a record is shared with (CcgShared: "shared_with"), or None.

    A shared record ("written once", a campaign run by several CCGs) has one lead CCG (its
    `ccg`, whose roles change it) and is read by members of each CCG it is shared with, each
    with the role they hold there."""
    return getattr(model, "shared_ccg_field", None)


def reading_q(model: type[models.Model], ccg_ids) -> models.Q:
    """Rows of `model` that members of `ccg_ids` read: their CCG's own records, and for a
    shared model the records shared with them (a subquery: no duplicate rows, no DISTINCT)."""
    q = models.Q(**{f"{ccg_field_of(model)}__in": ccg_ids})
    shared = shared_field_of(model)
    if shared:
        through = model._default_manager.filter(**{f"{shared}__in": ccg_ids}).values("pk")
        q |= models.Q(pk__in=through)
    return q


def owning_ccg_ids(obj: models.Model) -> frozenset[int]:
    """The CCGs a record belongs to: one for most, every membership's CCG for a user, the
    lead and every sharing CCG for a shared record, none for shared data (roles) or a record
    whose CCG cannot be known yet."""
    path = ccg_field_of(type(obj))
    if path is None:
        return frozenset()
    shared = shared_field_of(type(obj))
    if shared and obj.pk is not None:
        lead = {getattr(obj, obj._meta.get_field(path).attname)}
        ids = lead | set(getattr(obj, shared).values_list("pk", flat=True))
        return frozenset(ids - {None})
    if path == "pk":
        ids = {obj.pk}
    elif "__" not in path:
        ids = {getattr(obj, obj._meta.get_field(path).attname)}
    elif obj.pk is None:
        return frozenset()
    else:
        ids = set(type(obj)._default_manager.filter(pk=obj.pk).values_list(path, flat=True))
    return frozenset(ids - {None})


def writing_ccg_ids(obj: models.Model) -> frozenset[int]:
    """The CCGs whose roles must allow a change to a record: its owning CCGs, except that a
    shared record is changed by its lead CCG alone (the others read it)."""
    if shared_field_of(type(obj)):
        lead = getattr(obj, obj._meta.get_field(ccg_field_of(type(obj))).attname)
        return frozenset({lead} - {None})
    return owning_ccg_ids(obj)


def filter_to_ccgs(queryset: models.QuerySet, ccg_ids) -> models.QuerySet:
    """Rows of `queryset` that belong to one of `ccg_ids` (none for shared data)."""
    model = queryset.model
    path = ccg_field_of(model)
    if path is None:
        return queryset.none()
    if "__" in path:  # through a reverse relation: a subquery, so no duplicates and no DISTINCT
        owned = model._default_manager.filter(**{f"{path}__in": ccg_ids}).values("pk")
        return queryset.filter(pk__in=owned)
    return queryset.filter(reading_q(model, ccg_ids))


class CcgScopedQuerySet(models.QuerySet):
    def visible_to(self, scope: Scope, action: str = "view") -> "CcgScopedQuerySet":
        """Rows of the CCGs in which the scope may do `action` on this model. A shared record
        is read in its lead CCG and in each CCG it is shared with; any other action is the
        lead CCG's alone (written once, by the lead)."""
        ccg_ids = scope.ccg_ids_with(model_perm(self.model, action))
        if action == "view":
            return self.filter(reading_q(self.model, ccg_ids))
        return self.filter(**{f"{self.model.ccg_field}__in": ccg_ids})

    def led_by(self, ccg_ids) -> "CcgScopedQuerySet":
        """Records whose own (lead) CCG is one of `ccg_ids`, shared ones included only there."""
        return self.filter(**{f"{self.model.ccg_field}__in": ccg_ids})

    def for_ccgs(self, ccg_ids) -> "CcgScopedQuerySet":
        """For jobs and reports that act for named CCGs rather than for a user (a shared
        record counts for each CCG it is shared with)."""
        return self.filter(reading_q(self.model, ccg_ids))


class CcgOwned(models.Model):
    """Base for every record that belongs to a CCG."""

    ccg = models.ForeignKey(
        "accounts.Ccg", on_delete=models.PROTECT, related_name="%(app_label)s_%(class)s_set"
    )
    ccg_field = "ccg"

    objects = CcgScopedQuerySet.as_manager()

    class Meta:
        abstract = True


class CcgShared(CcgOwned):
    """Base for a record written once and shared: `ccg` is the lead CCG (its roles change the
    record), `shared_with` the other CCGs whose members read it with the role they hold there."""

    shared_with = models.ManyToManyField(
        "accounts.Ccg", blank=True, related_name="%(app_label)s_%(class)s_shared"
    )
    shared_ccg_field = "shared_with"

    class Meta:
        abstract = True
