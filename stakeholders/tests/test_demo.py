"""The demo register shows every part of the register and loads twice without a change."""

import pytest
from django.core.management import call_command

from stakeholders.models import (
    Contact,
    DistributionList,
    MapEntry,
    Segment,
    StakeholderMap,
    Subscription,
    Suppression,
)

pytestmark = pytest.mark.django_db
MODELS = (Segment, DistributionList, Subscription, StakeholderMap, MapEntry, Suppression)


def test_the_demo_register_has_segments_lists_consent_and_maps():
    call_command("load_demo_data")
    assert Contact.objects.exclude(format_needs=[]).exists()
    assert Subscription.objects.filter(withdrawal_reason="not_reconsented").exists()
    assert StakeholderMap.objects.count() == 2 and MapEntry.objects.count() == 6
    first = [model.objects.count() for model in MODELS]
    history = [Contact.history.count(), Subscription.history.count(), MapEntry.history.count()]
    call_command("load_demo_data")
    assert [model.objects.count() for model in MODELS] == first
    assert [
        Contact.history.count(),
        Subscription.history.count(),
        MapEntry.history.count(),
    ] == history
