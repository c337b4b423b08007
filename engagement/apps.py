from django.apps import AppConfig


class EngagementConfig(AppConfig):
    name = "engagement"

    def ready(self) -> None:
        from core.jobs import job_queue_register

        from .selectors import report_job_oldest_queued

        job_queue_register(name="annual report", oldest_queued=report_job_oldest_queued)
