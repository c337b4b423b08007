from .activity import (
    DistributionListForm,
    InteractionForm,
    MapAddForm,
    MapEntryForm,
    StakeholderMapForm,
    SubscribeForm,
    WithdrawForm,
)
from .contacts import ContactCreateForm, ContactForm, ContactSearchForm
from .gdpr import EraseForm, RetentionForm
from .imports import ImportForm
from .organisations import OrganisationForm, OrganisationSearchForm, SegmentForm

__all__ = [
    "ContactCreateForm",
    "ContactForm",
    "ContactSearchForm",
    "DistributionListForm",
    "EraseForm",
    "ImportForm",
    "InteractionForm",
    "MapAddForm",
    "MapEntryForm",
    "OrganisationForm",
    "OrganisationSearchForm",
    "RetentionForm",
    "SegmentForm",
    "StakeholderMapForm",
    "SubscribeForm",
    "WithdrawForm",
]
