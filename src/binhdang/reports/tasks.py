"""Background work, through Django's tasks framework (a database-backed worker: `binhdang db_worker`)."""

from __future__ import annotations

from django.tasks import task

from binhdang.reports.services import reminders_send


@task()
def send_reminders() -> int:
    return reminders_send()
