import factory

from accounts.tests.factories import CcgFactory
from stakeholders.models import Contact, Organisation


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
