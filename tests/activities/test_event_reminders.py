"""Reminders go out before an event as before a report: 5 days and 1 day before the Action Month of every year of
seed 004's plan, to the agencies whose duties name it, once each."""

from __future__ import annotations

import datetime as dt

from django.core import mail

from binhdang.accounts.models import User
from binhdang.activities.reminders import event_reminders_send
from binhdang.plans.models import Duty


def test_the_action_month_is_announced(hai_phong) -> None:  # type: ignore[no-untyped-def]
    _user, old, plan = hai_phong
    duty = Duty.objects.filter(plan=plan, text__icontains="Tháng hành động").select_related("agency").first()
    User.objects.create_user("daumoi.vhttdl", password="mat-khau-dai-1", role=User.Role.FOCAL_POINT, unit=old,
                             agency=duty.agency, email="vhttdl@haiduong.gov.vn")
    assert event_reminders_send(dt.date(2018, 11, 9)) == 0
    assert event_reminders_send(dt.date(2018, 11, 10)) >= 1
    message = next(m for m in mail.outbox if "vhttdl@haiduong.gov.vn" in m.to)
    assert "Tháng hành động vì bình đẳng giới" in message.subject and "15/11/2018" in message.subject
    sent = len(mail.outbox)
    assert event_reminders_send(dt.date(2018, 11, 10)) == 0 and len(mail.outbox) == sent  # once
    assert event_reminders_send(dt.date(2018, 11, 14)) >= 1  # the day before
    assert event_reminders_send(dt.date(2021, 11, 10)) == 0  # the plan ended in 2020
