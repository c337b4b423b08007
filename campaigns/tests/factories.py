import datetime

import factory

from accounts.tests.factories import CcgFactory, UserFactory
from campaigns.models import (
    ActionItem,
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    Channel,
    ContentItem,
    Meeting,
    NationalAwarenessDay,
)


class AwarenessDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwarenessDay

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Awareness day {n}")
    starts_on = datetime.date(2027, 1, 10)
    ends_on = datetime.date(2027, 1, 10)


class NationalAwarenessDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NationalAwarenessDay

    name = factory.Sequence(lambda n: f"National day {n}")
    starts_on = datetime.date(2027, 2, 4)
    ends_on = datetime.date(2027, 2, 4)
    theme = "Cancer"


class AwarenessDayChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwarenessDayChoice

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"National day {n}")


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        skip_postgeneration_save = True

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Campaign {n}")
    objective = "More people get their flu jab"
    starts_on = datetime.date(2027, 10, 1)
    ends_on = datetime.date(2028, 3, 31)
    channels = ["x", "facebook"]

    @factory.post_generation
    def shared_with(self, create, extracted, **kwargs):
        if create and extracted:
            self.shared_with.set(extracted)


class CampaignNoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CampaignNote

    campaign = factory.SubFactory(CampaignFactory, ccg=factory.SelfAttribute("..ccg"))
    ccg = factory.SubFactory(CcgFactory)
    notes = "Pharmacies in the market towns first"


class MeetingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Meeting

    ccg = factory.SubFactory(CcgFactory)
    kind = "governing_body"
    title = factory.Sequence(lambda n: f"Governing body meeting {n}")
    starts_at = datetime.datetime(2027, 11, 4, 14, 0, tzinfo=datetime.UTC)
    place = "Civic Centre, Committee Room 1"
    is_public = True


class ContentItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContentItem

    ccg = factory.SubFactory(CcgFactory)
    title = factory.Sequence(lambda n: f"Post {n}")
    channel = Channel.FACEBOOK
    planned_at = datetime.datetime(2026, 12, 7, 10, 0, tzinfo=datetime.UTC)
    copy = "Get your flu jab: it is free if you are 65 or over."


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    ccg = factory.SubFactory(CcgFactory)
    title = factory.Sequence(lambda n: f"Action {n}")
    owner = factory.SubFactory(UserFactory)
    target_date = datetime.date(2026, 12, 18)
