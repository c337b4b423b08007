import factory

from accounts.tests.factories import CcgFactory, UserFactory
from audit.models import Action, PersonalDataAccess


class PersonalDataAccessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PersonalDataAccess

    ccg = factory.SubFactory(CcgFactory)
    user = factory.SubFactory(UserFactory)
    user_email = factory.SelfAttribute("user.email")
    action = Action.CONTACT_VIEWED
    subject_type = "stakeholders.contact"
    subject_id = factory.Sequence(lambda n: 1000 + n)
    record_ids = factory.LazyAttribute(lambda e: [e.subject_id])
    record_count = factory.LazyAttribute(lambda e: len(e.record_ids))
    path = factory.LazyAttribute(lambda e: f"/stakeholders/contacts/{e.subject_id}/")
    client_address = "192.0.2.10"
