"""Demo stakeholder register: segments, scores and needs, lists with consent evidence and a
stakeholder map per CCG. Everything goes through the register's services and is keyed on a
name or e-mail, so a second load finds it all and writes nothing."""

from accounts.models import Ccg, User
from stakeholders import services
from stakeholders.models import Contact, DistributionList, Segment, StakeholderMap

from . import data


def stakeholders_demo_load(*, ccgs: dict[str, Ccg]) -> None:
    comms = User.objects.get(email="comms@demo.nhs.uk")
    for ccg in ccgs.values():
        _segments(ccg)
        for name, description in data.DISTRIBUTION_LISTS:
            if not DistributionList.objects.for_ccgs([ccg.pk]).filter(name=name).exists():
                services.distribution_list_create(
                    ccg=ccg, data={"name": name, "description": description}
                )
    for email, interest, influence, stance, segments, needs, language in data.STAKEHOLDER_PROFILES:
        contact = Contact.objects.get(email=email)
        segment_objects = Segment.objects.for_ccgs([contact.ccg_id]).filter(name__in=segments)
        services.contact_update(
            version=None,
            contact=contact,
            data={
                "interest": interest,
                "influence": influence,
                "stance": stance,
                "format_needs": needs,
                "preferred_language": language,
                "segments": list(segment_objects),
            },
        )
    for row in data.SUBSCRIPTIONS:
        _subscription(*row, comms=comms)
    for code, name, purpose, entries in data.STAKEHOLDER_MAPS:
        _map(ccgs[code], name, purpose, entries, comms)


def _segments(ccg: Ccg) -> None:
    for name, kind, parent in data.STAKEHOLDER_SEGMENTS:
        segments = Segment.objects.for_ccgs([ccg.pk])
        if not segments.filter(name__iexact=name).exists():
            services.segment_create(
                ccg=ccg,
                data={"name": name, "kind": kind, "parent": segments.filter(name=parent).first()},
            )
    for locality in ccg.localities.all():  # Thurrock's place segmentation
        if not Segment.objects.for_ccgs([ccg.pk]).filter(name__iexact=locality.name).exists():
            services.segment_create(ccg=ccg, data={"name": locality.name, "kind": "place"})


def _subscription(email, list_name, basis, consent_date, source, withdrawal, *, comms) -> None:
    contact = Contact.objects.get(email=email)
    listed = DistributionList.objects.for_ccgs([contact.ccg_id]).get(name=list_name)
    if listed.subscriptions.filter(contact=contact).exists():
        return
    subscription = services.subscription_create(
        contact=contact,
        distribution_list=listed,
        lawful_basis=basis,
        consent_date=consent_date,
        source=source,
        user=comms,
    )
    if withdrawal:
        services.subscription_withdraw(subscription=subscription, reason=withdrawal, user=comms)


def _map(ccg: Ccg, name: str, purpose: str, entries, comms: User) -> None:
    stakeholder_map = StakeholderMap.objects.for_ccgs([ccg.pk]).filter(name=name).first()
    if stakeholder_map is None:
        stakeholder_map = services.stakeholder_map_create(
            ccg=ccg, data={"name": name, "purpose": purpose}, owner=comms
        )
    for email, interest, influence in entries:
        contact = Contact.objects.get(email=email)
        if not stakeholder_map.entries.filter(contact=contact).exists():
            services.map_entry_add(
                stakeholder_map=stakeholder_map,
                contact=contact,
                interest=interest,
                influence=influence,
            )
