"""Optimistic locking: a version number on the record, checked under a row lock at save time."""

from django import forms
from django.db import models, router, transaction

PICK = "conflict-pick-"  # the conflict page's radio per field: "mine" or "theirs"
STALE_FORM = "This form is out of date. Open the record again and make your changes there."


class Versioned(models.Model):
    """A record people edit. Every save adds one to `version`, whoever makes it (an edit form, a
    step on the detail page, the admin), so a form opened before any of them is known stale."""

    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Goes up by one on every save; an edit form carries the one it was opened at.",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding:
            return super().save(*args, **kwargs)
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using):
            # The saved number, not the one in memory: two saves of two copies of the record
            # must not both write the same next version.
            saved = (
                type(self)
                ._base_manager.using(using)
                .select_for_update()
                .filter(pk=self.pk)
                .values_list("version", flat=True)
                .first()
            )
            self.version = (saved or 0) + 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
            return super().save(*args, **kwargs)


class StaleEdit(Exception):
    """The record was saved by someone else after the form was opened at `version`."""

    def __init__(self, *, current: models.Model, version: int):
        super().__init__(f"{current!r} is at version {current.version}, the edit at {version}")
        self.current = current  # the record as saved now
        self.version = version  # the version the user's form was opened at


def version_check(*, instance: Versioned, version: int | None) -> None:
    """Refuse an edit begun at `version` when the record has been saved since. None is a caller
    with no form opened earlier (a job, the demo loader): there is nothing to be stale against.

    Call it first in an update service, inside its transaction: the row stays locked until the
    service commits, so no other save slips in between this check and the service's own."""
    if version is None:
        return
    current = type(instance)._base_manager.select_for_update().get(pk=instance.pk)
    if current.version != version:
        raise StaleEdit(current=current, version=version)


def saved_value(record: models.Model, name: str):
    """A field's value as the form gives it: the object for a foreign key, a list for many."""
    field = record._meta.get_field(name)
    if field.many_to_many:
        return list(getattr(record, name).all())
    return getattr(record, name)


class VersionedForm:
    """Mixin for the ModelForm of a `Versioned` model: when it edits a saved record, a hidden
    `version` field (the version the form was opened at, kept as posted when the form is shown
    again with errors).

    After `is_valid()`, `posted_version` is that number and `edit_data()` the data for the
    update service: the cleaned data, with the fields the user chose to "take theirs" on the
    conflict page set to what is saved now."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.posted_version: int | None = None
        if self.instance._state.adding:
            return  # a create form (the same class often serves both): nothing to be stale
        self.fields["version"] = forms.IntegerField(
            widget=forms.HiddenInput,
            min_value=1,
            initial=self.instance.version,
            error_messages={"required": STALE_FORM, "invalid": STALE_FORM, "min_value": STALE_FORM},
        )

    def full_clean(self):
        super().full_clean()
        if hasattr(self, "cleaned_data"):
            # Not data for the model: the service takes it as its own argument.
            self.posted_version = self.cleaned_data.pop("version", None)

    def edit_data(self) -> dict:
        data = dict(self.cleaned_data)
        fields = {f.name for f in self.instance._meta.get_fields()}
        taken = [n for n in data if n in fields and self.data.get(PICK + n) == "theirs"]
        if taken:
            saved = type(self.instance)._base_manager.get(pk=self.instance.pk)
            for name in taken:
                data[name] = saved_value(saved, name)
        return data
