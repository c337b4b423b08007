"""Small helpers the services share."""

from django.db import models


def apply_data(instance: models.Model, data: dict) -> bool:
    """Set the fields that differ; True when any did (unchanged saves write no history)."""
    changed = False
    for name, value in data.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed
