"""Background work, through Django's tasks framework (run by `binhdang db_worker`)."""

from __future__ import annotations

from django.tasks import task

from binhdang.activities.reminders import event_reminders_send


@task()
def send_event_reminders() -> int:
    return event_reminders_send()
