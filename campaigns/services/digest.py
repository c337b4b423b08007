"""The weekly campaign digest: one per comms officer per week, in the portal and by e-mail,
through the one notification service. The key names the person and the ISO week, so a second
run of the same week (a retry, two workers, beat firing twice) sends nothing."""

import datetime

from accounts.notifications import notification_send_once

from ..selectors.digest import Digest, comms_officers, digest_for


def digest_key(*, user_id: int, today: datetime.date) -> str:
    year, week, _ = today.isocalendar()
    return f"campaigns.weekly-digest:{user_id}:{year}-W{week:02d}"


def digest_message(digest: Digest) -> str:
    counts = (
        f"Your campaign week: {len(digest.to_approve)} to approve, "
        f"{len(digest.actions_due)} actions due within 3 working days, "
        f"{len(digest.awareness_days)} awareness days in the next two weeks."
    )
    lines = [counts, ""]
    if digest.to_approve:
        lines.append("Content awaiting your approval:")
        lines += [f"- {c.title} ({c.get_channel_display()}, {c.ccg})" for c in digest.to_approve]
    if digest.actions_due:
        lines.append("Your actions due:")
        lines += [
            f"- {a.title}, due {a.target_date:%-d %b %Y}"
            + (" (overdue)" if a.target_date < digest.today else "")
            for a in digest.actions_due
        ]
    if digest.awareness_days:
        lines.append("Awareness days coming up:")
        lines += [f"- {d.name}, {d.starts_on:%-d %b %Y}" for d in digest.awareness_days]
    return "\n".join(lines)


def weekly_digests_send(*, today: datetime.date) -> int:
    """Send this week's digest to every comms officer with something in it; how many sent."""
    sent = 0
    for user in comms_officers():
        digest = digest_for(user=user, today=today)
        if digest.is_empty:
            continue
        sent += notification_send_once(
            key=digest_key(user_id=user.pk, today=today),
            recipients=[user],
            ccg=digest.ccgs[0],
            message=digest_message(digest),
            url_name="campaigns:my_week",
        )
    return sent
