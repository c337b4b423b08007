import datetime

import factory

from accounts.tests.factories import CcgFactory
from stakeholders.models import (
    Contact,
    DistributionList,
    ImportJob,
    Interaction,
    MapEntry,
    Organisation,
    Segment,
    StakeholderMap,
    Subscription,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Organisation {n}")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    ccg = factory.SubFactory(CcgFactory)
    first_name = factory.Faker("first_name", locale="en_GB")
    last_name = factory.Faker("last_name", locale="en_GB")
    email = factory.Sequence(lambda n: f"contact{n}@example.org")
    organisation = factory.SubFactory(OrganisationFactory, ccg=factory.SelfAttribute("..ccg"))


class SegmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Segment

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Segment {n}")
    kind = "audience"


class DistributionListFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DistributionList

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Bulletin {n}")


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    ccg = factory.SelfAttribute("contact.ccg")
    contact = factory.SubFactory(ContactFactory)
    distribution_list = factory.SubFactory(
        DistributionListFactory, ccg=factory.SelfAttribute("..contact.ccg")
    )
    lawful_basis = "consent"
    consent_date = datetime.date(2018, 5, 1)
    source = "Sign-up form"
    subscribed_on = datetime.date(2018, 5, 1)


class StakeholderMapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StakeholderMap

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Programme {n}")
    purpose = "programme"


class MapEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MapEntry

    ccg = factory.SelfAttribute("stakeholder_map.ccg")
    stakeholder_map = factory.SubFactory(StakeholderMapFactory)
    contact = factory.SubFactory(ContactFactory, ccg=factory.SelfAttribute("..stakeholder_map.ccg"))
    interest = 4
    influence = 4


class InteractionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interaction

    ccg = factory.SelfAttribute("contact.ccg")
    contact = factory.SubFactory(ContactFactory)
    kind = "meeting"
    occurred_on = factory.LazyFunction(lambda: datetime.date.today())
    summary = "Met to discuss the winter campaign."


class ImportJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportJob

    ccg = factory.SubFactory(CcgFactory)
    filename = factory.Sequence(lambda n: f"contacts-{n}.csv")
    status = "imported"
