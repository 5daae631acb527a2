"""Reminders 5 days and 1 day before the due date and when overdue, by e-mail and on the home page, sent by
`binhdang remind` through the tasks framework. In production the task waits in the database for
`binhdang db_worker`; the worker closes its database connection when done, which would end the test's own
transaction, so these tests run the task with Django's immediate backend, and check the queue separately."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from binhdang.reports.models import Reminder
from tests.reports.conftest import fill, report_of, reporter

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def _remind() -> None:
    call_command("remind")


def test_remind_queues_the_task_for_the_worker(plan) -> None:  # type: ignore[no-untyped-def]
    from django_tasks_db.models import DBTaskResult

    call_command("remind")
    queued = DBTaskResult.objects.order_by("task_path")
    assert [q.task_path for q in queued] == ["binhdang.activities.tasks.send_event_reminders",
                                             "binhdang.reports.tasks.send_reminders"]
    assert {q.status for q in queued} == {"READY"}


def test_five_days_before_once_then_overdue(settings, client, plan, rnd) -> None:  # type: ignore[no-untyped-def]
    settings.TASKS = IMMEDIATE
    health, justice = reporter(plan, "so_y_te"), reporter(plan, "so_tu_phap")
    client.force_login(justice)
    report = report_of(rnd, justice)
    client.post(f"/reports/{report.id}/", {**fill(client, report, done="Đã làm"), "action": "submit"})
    rnd.due = dt.date.today() + dt.timedelta(days=5)
    rnd.save()

    _remind()
    to_health = [m for m in mail.outbox if health.email in m.to]
    assert len(to_health) == 1 and "Nhắc hạn báo cáo" in to_health[0].subject
    assert rnd.due.strftime("%d/%m/%Y") in to_health[0].subject
    assert not [m for m in mail.outbox if justice.email in m.to]  # it has reported
    _remind()
    assert len([m for m in mail.outbox if health.email in m.to]) == 1  # the same reminder is not sent twice

    rnd.due = dt.date.today() - dt.timedelta(days=2)
    rnd.save()
    _remind()
    overdue = [m for m in mail.outbox if health.email in m.to][-1]
    assert "quá hạn" in overdue.subject.lower()
    assert Reminder.objects.filter(report=report_of(rnd, health)).count() == 2
    client.force_login(health)
    assert "Quá hạn" in client.get("/").content.decode()
