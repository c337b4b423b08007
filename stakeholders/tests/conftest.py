import pytest

from accounts.tests.factories import LocalityFactory

from .factories import (
    ContactFactory,
    DistributionListFactory,
    InteractionFactory,
    MapEntryFactory,
    OrganisationFactory,
    SegmentFactory,
    StakeholderMapFactory,
    SubscriptionFactory,
)


@pytest.fixture
def register_a(ccg_a):
    """A small register in CCG A with one of everything."""
    locality = LocalityFactory(ccg=ccg_a, name="Bootle")
    place = SegmentFactory(ccg=ccg_a, name="Bootle residents", kind="place")
    carers = SegmentFactory(ccg=ccg_a, name="Young carers", kind="seldom_heard")
    organisation = OrganisationFactory(
        ccg=ccg_a, name="Sefton CVS", type="voluntary", interest=5, influence=4
    )
    contact = ContactFactory(
        ccg=ccg_a,
        first_name="Pat",
        last_name="Quinn",
        email="pat.quinn@example.org",
        organisation=organisation,
        locality=locality,
        interest=5,
        influence=5,
        format_needs=["large_print", "bsl"],
    )
    contact.segments.set([place, carers])
    bulletin = DistributionListFactory(ccg=ccg_a, name="GP bulletin")
    subscription = SubscriptionFactory(contact=contact, distribution_list=bulletin)
    stakeholder_map = StakeholderMapFactory(ccg=ccg_a, name="Urgent care review")
    entry = MapEntryFactory(
        stakeholder_map=stakeholder_map, contact=contact, interest=2, influence=5
    )
    interaction = InteractionFactory(contact=contact, organisation=organisation)
    return {
        "locality": locality,
        "place": place,
        "carers": carers,
        "organisation": organisation,
        "contact": contact,
        "bulletin": bulletin,
        "subscription": subscription,
        "map": stakeholder_map,
        "entry": entry,
        "interaction": interaction,
    }
