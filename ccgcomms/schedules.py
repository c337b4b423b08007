"""Every periodic job, in one place (data-hub style). Each entry names a task that takes no
arguments and is safe to run twice at once: the task's own lock makes the second run a no-op."""

from celery.schedules import crontab

BEAT_SCHEDULE = {
    "heartbeat": {"task": "core.tasks.heartbeat", "schedule": 60.0},
    # Deadlines live in the database; this poll finds the few whose reminder has fallen due.
    "media-desk-reminders": {"task": "media_desk.send_due_reminders", "schedule": 120.0},
    # Quarterly MP briefings: each quarter's made on its first morning, "due soon" and
    # "overdue" reminders once each (the notification keys make a second run a no-op).
    "media-desk-mp-briefings": {
        "task": "media_desk.mp_briefings_daily",
        "schedule": crontab(hour=7, minute=15),
    },
    # Overdue "we did" responses, consultations closing soon, consultation reports overdue.
    "engagement-reminders": {"task": "engagement.send_due_reminders", "schedule": 300.0},
    # Reminder e-mails the queued task never sent (broker down, worker died, mail server down).
    "outbox-email-sweep": {"task": "accounts.outbox_sweep", "schedule": 120.0},
    # Runs annual report jobs the broker never delivered or refused, and again those whose
    # worker died (no heartbeat for JOB_STALE_SECONDS); fails those that died too often.
    "engagement-report-jobs": {"task": "engagement.report_jobs_sweep", "schedule": 120.0},
    # Stakeholder imports: queues jobs the broker lost or refused, runs again those whose
    # worker died, fails those that died too often, drops uploaded files and old report
    # details (personal data kept no longer than needed).
    "stakeholder-import-jobs": {"task": "stakeholders.import_jobs_sweep", "schedule": 120.0},
    # The access log of personal data keeps PERSONAL_DATA_ACCESS_RETENTION_DAYS; nightly, quiet.
    "personal-data-access-retention": {
        "task": "audit.purge_personal_data_access",
        "schedule": crontab(hour=2, minute=40),
    },
    # The campaign calendar's weekly digest to each comms officer (content to approve, actions
    # due within 3 working days, awareness days two weeks ahead); once a week per person.
    "campaigns-weekly-digest": {
        "task": "campaigns.send_weekly_digest",
        "schedule": crontab(day_of_week="mon", hour=7, minute=30),
    },
    # One-time tokens of create forms (no double submit) are needed for seconds; kept a day.
    "submission-tokens-purge": {
        "task": "core.purge_submissions",
        "schedule": crontab(hour=3, minute=10),
    },
    # Yesterday's KPIs per CCG for the governing body dashboard; 01:30 UK time (beat keeps
    # CELERY_TIMEZONE, Europe/London), after the day's work and before the next.
    "kpi-snapshots": {
        "task": "reporting.kpi_snapshots_nightly",
        "schedule": crontab(hour=1, minute=30),
    },
    # Bank holidays per nation against their stored fingerprint: a new `holidays` release (or
    # a royal occasion recorded by hand) moves the open deadlines it touches; also applies
    # calendar changes whose queued job never ran. Daily, and on the hour the desk opens.
    "bank-holidays-check": {
        "task": "accounts.bank_holidays_check",
        "schedule": crontab(hour=6, minute=10),
    },
    # Last month's one-page KPI report, on each CCG's first working day (the job checks the
    # day on the CCG's calendar; running every morning, it catches up after an outage).
    "kpi-monthly-reports": {
        "task": "reporting.monthly_reports_daily",
        "schedule": crontab(hour=6, minute=30),
    },
    # The fortnightly action-plan report (RAG) of the CCGs that have one: every morning the job
    # checks for the fortnight's first working day on the CCG's calendar (so every other week,
    # and it catches up after an outage), makes it once and e-mails it to the distribution.
    "action-plan-reports": {
        "task": "reporting.action_plan_reports_daily",
        "schedule": crontab(hour=6, minute=40),
    },
    # Reports asked for again from the archive: runs those the broker never delivered and
    # again those whose worker died (no heartbeat for JOB_STALE_SECONDS).
    "report-regenerations": {"task": "reporting.report_regenerations_sweep", "schedule": 120.0},
}

__all__ = ["BEAT_SCHEDULE", "crontab"]
