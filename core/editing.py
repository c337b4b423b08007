"""What every app's edit path shares: applying form data to a record, and putting a service's
refusal back on the form (on the field it names, else at the top) so nothing typed is lost."""

from django.core.exceptions import ValidationError
from django.db import models


def apply_data(instance: models.Model, data: dict) -> bool:
    """Set the fields that differ; True when any did (unchanged saves write no history)."""
    changed = False
    for name, value in data.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


def add_service_errors(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.error_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def apply_many(instance: models.Model, name: str, records) -> bool:
    """Set a many-to-many field to `records`; True when that changed it. The caller saves the
    record when it did, so the change counts as an edit (its version moves on)."""
    wanted = {record.pk for record in records}
    manager = getattr(instance, name)
    if wanted == set(manager.values_list("pk", flat=True)):
        return False
    manager.set(list(records))
    return True
