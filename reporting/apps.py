from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "reporting"

    def ready(self) -> None:
        from core.jobs import job_queue_register

        from .archive import regeneration_oldest_queued

        job_queue_register(name="report made again", oldest_queued=regeneration_oldest_queued)
