import datetime
from decimal import Decimal

import factory

from accounts.tests.factories import CcgFactory
from reporting.models import KpiSnapshot, KpiTarget, ReportDistribution


class KpiTargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KpiTarget

    ccg = factory.SubFactory(CcgFactory)
    kpi = "media_answered_in_target"
    target = Decimal("90.0")
    amber_limit = Decimal("80.0")


class KpiSnapshotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KpiSnapshot

    ccg = factory.SubFactory(CcgFactory)
    taken_on = datetime.date(2026, 11, 30)
    figures = factory.LazyFunction(dict)


class ReportDistributionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportDistribution
        skip_postgeneration_save = True

    ccg = factory.SubFactory(CcgFactory)
    action_plan_fortnightly = False

    @factory.post_generation
    def recipients(self, create, people, **kwargs):
        if create and people:
            self.recipients.set(people)
