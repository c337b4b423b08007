import datetime

import factory

from accounts.tests.factories import CcgFactory
from campaigns.models import AwarenessDay


class AwarenessDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwarenessDay

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Awareness day {n}")
    starts_on = datetime.date(2027, 1, 10)
    ends_on = datetime.date(2027, 1, 10)
