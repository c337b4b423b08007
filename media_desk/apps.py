from django.apps import AppConfig


class MediaDeskConfig(AppConfig):
    name = "media_desk"

    def ready(self) -> None:
        from accounts.calendar_changes import calendar_change_listener_register
        from stakeholders.selectors import linked_source_register

        from .selectors import enquiries_of_contacts
        from .services.calendar_moves import deadlines_calendar_change_apply

        # The register's contact and organisation pages list a person's letters and enquiries.
        linked_source_register(name="media desk", source=enquiries_of_contacts)
        # A closure day, working hours or bank holiday changed: open deadlines move at once.
        calendar_change_listener_register(
            name="media desk", listener=deadlines_calendar_change_apply
        )
