"""Press releases go through the campaign calendar's one approval path (ADR 0013): each has a
content item on the "press release" channel, whose words are the release's text. Saving the
release saves that item through the content services (new words on an approved release send
it back for approval); issuing it is publishing the item, refused unless approved."""

import datetime

from django.db import transaction

from accounts.models import User
from campaigns.models import Channel
from campaigns.services import content_create, content_publish, content_update
from working_time import LONDON

from ..models import PressRelease

ISSUE_TIME = datetime.time(9, 0)  # the calendar shows a release at the start of its day


def _content_data(release: PressRelease) -> dict:
    return {
        "title": release.title,
        "planned_at": datetime.datetime.combine(release.issued_on, ISSUE_TIME, tzinfo=LONDON),
        "copy": release.summary,
        "campaign": release.campaign,
    }


@transaction.atomic
def press_release_save(*, release: PressRelease, by: User) -> PressRelease:
    """Save the release and its content item (made on first save). A release's date is its own:
    no confirmation is asked when it falls outside its campaign."""
    adding = release.pk is None
    if adding:
        release.issued_by = by
    release.full_clean()
    data = _content_data(release)
    if release.content is None:
        release.content = content_create(
            ccg=release.ccg,
            data={**data, "channel": Channel.PRESS},
            by=by,
            confirm_outside_campaign=True,
        )
    else:
        content_update(item=release.content, data=data, version=None, confirm_outside_campaign=True)
    release.save()
    return release


@transaction.atomic
def press_release_issue(*, release: PressRelease, at=None) -> PressRelease:
    """Issue the release: refused (ValidationError) unless its words are approved."""
    if release.content is None:
        release = press_release_save(release=release, by=release.issued_by)
    content_publish(item=release.content, at=at)
    return release
