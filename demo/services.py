"""Loads the demo data. Every write is keyed on a natural key: running it twice changes nothing."""

from base64 import b32decode

from django.db import transaction

from accounts.models import Ccg, ClosureDay, Locality, User
from accounts.security.services import totp_device_with_key
from accounts.services import membership_grant, roles_ensure
from campaigns.models import AwarenessDay
from stakeholders.models import Contact, Organisation

from . import data
from .campaign_content import campaign_content_demo_load
from .campaigns import campaigns_demo_load
from .engagement import engagement_demo_load
from .media_desk import media_desk_demo_load
from .reporting import reporting_demo_load
from .stakeholders import stakeholders_demo_load


@transaction.atomic
def demo_data_load() -> dict[str, int]:
    roles_ensure()
    ccgs = {spec["ods_code"]: _ccg_load(spec) for spec in data.CCGS}
    for email, name, role, codes in data.USERS:
        user = User.objects.filter(email=email).first() or User.objects.create_user(
            email=email, full_name=name, password=data.DEMO_PASSWORD
        )
        for code in codes:
            membership_grant(user=user, ccg=ccgs[code], role=role)
    for email in data.DEMO_TOTP_USERS:
        totp_device_with_key(
            user=User.objects.get(email=email), key=b32decode(data.DEMO_TOTP_SECRET)
        )
    comms = User.objects.get(email="comms@demo.nhs.uk")
    Ccg.objects.filter(comms_lead__isnull=True).update(comms_lead=comms)
    organisations = {
        (code, name): Organisation.objects.get_or_create(
            ccg=ccgs[code], name=name, defaults={"type": kind}
        )[0]
        for code, name, kind in data.ORGANISATIONS
    }
    for code, kind, first, last, job, org, email, extra in data.CONTACTS:
        Contact.objects.get_or_create(
            ccg=ccgs[code],
            email=email,
            defaults={
                "kind": kind,
                "first_name": first,
                "last_name": last,
                "job_title": job,
                "organisation": organisations[(code, org)],
                "relationship_owner": comms,
                **extra,
            },
        )
    for ccg in ccgs.values():
        for name, starts, ends, link in data.AWARENESS_DAYS:
            AwarenessDay.objects.get_or_create(
                ccg=ccg,
                name=name,
                starts_on=starts,
                defaults={"ends_on": ends, "link": link},
            )
    media_desk_demo_load(ccgs=ccgs)
    engagement_demo_load(ccgs=ccgs)
    stakeholders_demo_load(ccgs=ccgs)
    campaigns_demo_load(ccgs=ccgs)
    campaign_content_demo_load(ccgs=ccgs)
    snapshots = reporting_demo_load(ccgs=ccgs)
    return {
        "ccgs": len(ccgs),
        "users": User.objects.count(),
        "contacts": Contact.objects.count(),
        "kpi_snapshots": snapshots,
    }


def _ccg_load(spec: dict) -> Ccg:
    ccg, _ = Ccg.objects.get_or_create(
        ods_code=spec["ods_code"],
        defaults={"name": spec["name"], "population": spec["population"]},
    )
    for name, population in spec["localities"]:
        Locality.objects.update_or_create(ccg=ccg, name=name, defaults={"population": population})
    for date, reason in spec["closure_days"]:
        ClosureDay.objects.update_or_create(ccg=ccg, date=date, defaults={"reason": reason})
    return ccg
