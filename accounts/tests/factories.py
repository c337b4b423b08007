import datetime

import factory
from django.contrib.auth.models import Group

from accounts.models import Ccg, ClosureDay, ExtraBankHoliday, Locality, Membership, User
from accounts.services import membership_grant, roles_ensure


class CcgFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ccg
        django_get_or_create = ["ods_code"]

    name = factory.Sequence(lambda n: f"NHS Test {n} CCG")
    ods_code = factory.Sequence(lambda n: f"T{n:02d}")
    population = 100000


class LocalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Locality

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Locality {n}")
    population = 20000


class ClosureDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClosureDay

    ccg = factory.SubFactory(CcgFactory)
    date = factory.Sequence(lambda n: datetime.date(2027, 1, 4) + datetime.timedelta(days=n))
    reason = "Staff training day"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.nhs.uk")
    full_name = factory.Faker("name", locale="en_GB")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def save_password(self, create, extracted, **kwargs):
        if create:
            self.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    ccg = factory.SubFactory(CcgFactory)
    role = factory.LazyFunction(lambda: Group.objects.get(name="Comms team"))


def member(*, ccg: Ccg, role: str, user: User | None = None) -> User:
    """A user holding `role` in `ccg` (and whatever else they already hold)."""
    if not Group.objects.filter(name=role).exists():
        roles_ensure()  # a transactional test before this one flushed the migration's groups
    user = user or UserFactory()
    membership_grant(user=user, ccg=ccg, role=role)  # as the admin does: sets is_staff too
    return user


class ExtraBankHolidayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ExtraBankHoliday

    date = factory.Sequence(lambda n: datetime.date(2027, 6, 7) + datetime.timedelta(days=n))
    name = "State occasion"
    nation = "England"
