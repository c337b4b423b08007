"""One record of every model registered in the admin, made in a given CCG, for the admin's walls.

The walk in test_admin_walls.py takes every model from `admin.site._registry`, so a model admin
added later is tested without being named here; what it needs is a way to make one record of
the model, which is this table. A registered model missing from it fails the walk by name."""

from collections.abc import Callable

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.contrib.auth.models import Group
from django.db import connection, models
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import Ccg, ClosureDay, ExtraBankHoliday, Locality, Membership, User
from audit.models import PersonalDataAccess
from audit.tests.factories import PersonalDataAccessFactory
from campaigns.models import (
    ActionItem,
    AwarenessDay,
    AwarenessDayChoice,
    Campaign,
    CampaignNote,
    ContentItem,
    Meeting,
    NationalAwarenessDay,
)
from campaigns.tests.factories import (
    ActionItemFactory,
    AwarenessDayChoiceFactory,
    AwarenessDayFactory,
    CampaignFactory,
    CampaignNoteFactory,
    ContentItemFactory,
    MeetingFactory,
    NationalAwarenessDayFactory,
)
from engagement.models import EngagementPolicy, Programme, Theme
from engagement.tests.factories import EngagementPolicyFactory, ProgrammeFactory, ThemeFactory
from media_desk.models import (
    BriefingSchedule,
    CorrectionRequest,
    Coverage,
    Enquiry,
    LineToTake,
    MpBriefing,
    PressRelease,
    SlaPolicy,
    Spokesperson,
)
from media_desk.tests.factories import (
    BriefingScheduleFactory,
    CorrectionRequestFactory,
    CoverageFactory,
    LineToTakeFactory,
    PressReleaseFactory,
    SlaPolicyFactory,
    SpokespersonFactory,
    logged_enquiry,
)
from reporting.models import KpiTarget, ReportDistribution
from reporting.tests.factories import KpiTargetFactory, ReportDistributionFactory
from stakeholders.models import (
    Contact,
    DistributionList,
    ImportJob,
    Interaction,
    Organisation,
    Segment,
    StakeholderMap,
    Subscription,
)
from stakeholders.tests.factories import (
    ContactFactory,
    DistributionListFactory,
    ImportJobFactory,
    InteractionFactory,
    OrganisationFactory,
    SegmentFactory,
    StakeholderMapFactory,
    SubscriptionFactory,
)

from .factories import (
    ClosureDayFactory,
    ExtraBankHolidayFactory,
    LocalityFactory,
    MembershipFactory,
    UserFactory,
    member,
)


def _user(ccg: Ccg) -> User:
    return member(ccg=ccg, role="Comms team")


def _membership(ccg: Ccg) -> Membership:
    return MembershipFactory(ccg=ccg, user=UserFactory())


def _mp_briefing(ccg):
    from media_desk.services.briefings import mp_briefings_make_due

    schedule = BriefingScheduleFactory(contact=ContactFactory(ccg=ccg, kind="mp"))
    mp_briefings_make_due(today=schedule.starts_on, schedules=[schedule])
    return MpBriefing.objects.get(schedule=schedule)


def _enquiry(ccg: Ccg) -> Enquiry:
    return logged_enquiry(ccg=ccg, logged_by=_user(ccg))


def _failed_sign_in(ccg: Ccg) -> AccessAttempt:
    return AccessAttempt.objects.create(
        username=_user(ccg).email, ip_address="192.0.2.7", failures_since_start=5
    )


def _subscription(ccg: Ccg) -> Subscription:
    return SubscriptionFactory(contact=ContactFactory(ccg=ccg))


RECORD_FACTORIES: dict[type[models.Model], Callable[[Ccg], models.Model]] = {
    # Not a CCG's record: roles are shared, and only a superuser may touch them.
    Group: lambda ccg: Group.objects.get(name="Comms team"),
    Ccg: lambda ccg: ccg,
    User: _user,
    Membership: _membership,
    Locality: lambda ccg: LocalityFactory(ccg=ccg),
    ClosureDay: lambda ccg: ClosureDayFactory(ccg=ccg),
    # A nation's bank holiday is every CCG's there: only a superuser records one.
    ExtraBankHoliday: lambda ccg: ExtraBankHolidayFactory(),
    Organisation: lambda ccg: OrganisationFactory(ccg=ccg),
    Contact: lambda ccg: ContactFactory(ccg=ccg),
    Segment: lambda ccg: SegmentFactory(ccg=ccg),
    DistributionList: lambda ccg: DistributionListFactory(ccg=ccg),
    Subscription: _subscription,
    StakeholderMap: lambda ccg: StakeholderMapFactory(ccg=ccg),
    Interaction: lambda ccg: InteractionFactory(contact=ContactFactory(ccg=ccg)),
    ImportJob: lambda ccg: ImportJobFactory(ccg=ccg),
    AwarenessDay: lambda ccg: AwarenessDayFactory(ccg=ccg),
    AwarenessDayChoice: lambda ccg: AwarenessDayChoiceFactory(ccg=ccg),
    Campaign: lambda ccg: CampaignFactory(ccg=ccg),
    CampaignNote: lambda ccg: CampaignNoteFactory(ccg=ccg),
    Meeting: lambda ccg: MeetingFactory(ccg=ccg),
    # The national list is every CCG's: like the roles, only a superuser changes it.
    NationalAwarenessDay: lambda ccg: NationalAwarenessDayFactory(),
    ContentItem: lambda ccg: ContentItemFactory(ccg=ccg),
    ActionItem: lambda ccg: ActionItemFactory(ccg=ccg, owner=_user(ccg)),
    EngagementPolicy: lambda ccg: EngagementPolicyFactory(ccg=ccg),
    Theme: lambda ccg: ThemeFactory(ccg=ccg),
    Programme: lambda ccg: ProgrammeFactory(ccg=ccg),
    SlaPolicy: lambda ccg: SlaPolicyFactory(ccg=ccg),
    Enquiry: _enquiry,
    Spokesperson: lambda ccg: SpokespersonFactory(ccg=ccg),
    PressRelease: lambda ccg: PressReleaseFactory(ccg=ccg),
    Coverage: lambda ccg: CoverageFactory(ccg=ccg),
    LineToTake: lambda ccg: LineToTakeFactory(ccg=ccg),
    CorrectionRequest: lambda ccg: CorrectionRequestFactory(coverage=CoverageFactory(ccg=ccg)),
    BriefingSchedule: lambda ccg: _mp_briefing(ccg).schedule,
    MpBriefing: _mp_briefing,
    KpiTarget: lambda ccg: KpiTargetFactory(ccg=ccg),
    ReportDistribution: lambda ccg: ReportDistributionFactory(
        ccg=ccg, recipients=[member(ccg=ccg, role="Governing body")]
    ),
    PersonalDataAccess: lambda ccg: PersonalDataAccessFactory(ccg=ccg),
    AccessAttempt: _failed_sign_in,
    # Devices belong to a user, not a CCG: superusers only, like the roles.
    TOTPDevice: lambda ccg: TOTPDevice.objects.create(user=_user(ccg), name="phone"),
    StaticDevice: lambda ccg: StaticDevice.objects.create(user=_user(ccg), name="codes"),
}


def record_in(model: type[models.Model], ccg: Ccg) -> models.Model:
    try:
        make = RECORD_FACTORIES[model]
    except KeyError:
        pytest.fail(
            f"{model._meta.label} is registered in the admin but has no factory: add one to "
            "RECORD_FACTORIES in accounts/tests/admin_records.py so its admin pages are tested "
            "across CCG walls."
        )
    return make(ccg)


# The session and its messages change on every request; they are not the portal's data.
_NOT_DATA = {"sessions.session", "contenttypes.contenttype"}


def db_snapshot() -> dict[str, str]:
    """Every row of every table (history and the admin's log included), to prove nothing moved."""
    models_ = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label_lower not in _NOT_DATA
    ]
    if connection.vendor == "postgresql":  # one round trip: a digest of each table's rows
        quote = connection.ops.quote_name
        sql = " UNION ALL ".join(
            f"SELECT '{model._meta.label}', COUNT(*)::text || ':' || "
            f"MD5(COALESCE(STRING_AGG(t::text, '|' ORDER BY t::text), '')) "
            f"FROM {quote(model._meta.db_table)} t"
            for model in models_
        )
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return dict(cursor.fetchall())
    return {model._meta.label: repr(_rows(model)) for model in models_}


def _rows(model) -> list[tuple]:
    rows = model._default_manager.order_by("pk").values_list()
    return [tuple(map(_comparable, row)) for row in rows]


def _comparable(value):
    return bytes(value) if isinstance(value, memoryview) else value


def snapshot_changes(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after[label]]


def form_data(response) -> dict:
    """What a browser would post back from an admin form page: the main form and its inlines."""
    forms = []
    if "adminform" in response.context:
        forms.append(response.context["adminform"].form)
    for inline in response.context.get("inline_admin_formsets", []):
        forms.append(inline.formset.management_form)
        forms.extend(inline.formset.forms)
    data: dict = {}
    for form in forms:
        data.update(_bound_data(form))
    return data


def _bound_data(form) -> dict:
    from django.contrib.admin.widgets import RelatedFieldWidgetWrapper
    from django.forms import CheckboxInput, MultiWidget

    data: dict = {}
    for name, field in form.fields.items():
        if field.disabled:
            continue
        bound, widget = form[name], field.widget
        while isinstance(widget, RelatedFieldWidgetWrapper):
            widget = widget.widget
        value = bound.value()
        if isinstance(widget, CheckboxInput):
            if widget.check_test(value):
                data[bound.html_name] = "on"
        elif isinstance(widget, MultiWidget):
            parts = value if isinstance(value, list | tuple) else widget.decompress(value)
            for suffix, sub, part in zip(widget.widgets_names, widget.widgets, parts, strict=True):
                data[bound.html_name + suffix] = sub.format_value(part) or ""
        else:
            shown = widget.format_value(value)
            data[bound.html_name] = "" if shown is None else shown
    return data
