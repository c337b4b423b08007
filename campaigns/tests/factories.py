import datetime

import factory

from accounts.tests.factories import CcgFactory, UserFactory
from campaigns.models import ActionItem, AwarenessDay, Campaign, Channel, ContentItem


class AwarenessDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwarenessDay

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Awareness day {n}")
    starts_on = datetime.date(2027, 1, 10)
    ends_on = datetime.date(2027, 1, 10)


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign

    ccg = factory.SubFactory(CcgFactory)
    name = factory.Sequence(lambda n: f"Campaign {n}")
    objective = "Fewer people at A&E with minor illnesses."
    starts_on = datetime.date(2026, 11, 1)
    ends_on = datetime.date(2027, 2, 28)


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
