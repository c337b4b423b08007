from django.db import transaction

from .models import Contact


@transaction.atomic
def contact_update(*, contact: Contact, data: dict) -> Contact:
    """Apply validated form data; simple_history records who changed what."""
    for field, value in data.items():
        setattr(contact, field, value)
    contact.full_clean()
    contact.save()
    return contact
