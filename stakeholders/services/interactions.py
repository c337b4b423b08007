"""Recording what happened with a stakeholder. Other features (enquiries, events) call
`interaction_record` to add theirs to a contact's or organisation's history."""

import datetime

from django.db import transaction

from accounts.models import User
from stakeholders.models import Contact, Interaction, Organisation


@transaction.atomic
def interaction_record(
    *,
    kind: str,
    occurred_on: datetime.date,
    summary: str,
    owner: User | None,
    contact: Contact | None = None,
    organisation: Organisation | None = None,
) -> Interaction:
    stakeholder = contact or organisation
    interaction = Interaction(
        ccg_id=stakeholder.ccg_id if stakeholder else None,
        contact=contact,
        organisation=organisation,
        kind=kind,
        occurred_on=occurred_on,
        summary=summary,
        owner=owner,
    )
    interaction.full_clean()
    interaction.save()
    return interaction
