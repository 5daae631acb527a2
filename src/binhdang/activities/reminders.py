"""Reminders before an event of a plan, as before a report: 5 days and 1 day before it starts, by e-mail to the
users of the agencies whose duties name the event (every agency with duties in the plan when none names it), once
per kind, year and agency. Run daily with `binhdang remind` (README)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext as _

from binhdang.accounts.models import User
from binhdang.activities.calendar import event_occurrences, tied_duties
from binhdang.activities.models import EventReminder
from binhdang.plans.models import Duty, Event, Plan

DAYS_BEFORE = {5: EventReminder.Kind.FIVE_DAYS, 1: EventReminder.Kind.ONE_DAY}


def event_reminders_send(today: dt.date | None = None) -> int:
    """Send the reminders due today; returns how many were sent."""
    today = today or timezone.localdate()
    sent = 0
    for event in Event.objects.filter(plan__status=Plan.Status.CONFIRMED).select_related("plan"):
        for year in (today.year, today.year + 1):
            when = event_occurrences(event, year)
            kind = DAYS_BEFORE.get((when[0] - today).days) if when else None
            if when is None or kind is None:
                continue
            duties = list(Duty.objects.filter(plan=event.plan).select_related("agency"))
            agencies = {d.agency for d in (tied_duties(event, duties) or duties)}
            for agency in sorted(agencies, key=lambda a: a.id):
                if EventReminder.objects.filter(event=event, year=year, agency=agency, kind=kind).exists():
                    continue
                to = list(User.objects.filter(agency=agency, is_active=True).exclude(email="")
                          .values_list("email", flat=True))
                if to:
                    subject = _("Sắp đến %(event)s (%(start)s – %(end)s)") % {
                        "event": event.name, "start": f"{when[0]:%d/%m/%Y}", "end": f"{when[1]:%d/%m/%Y}"}
                    body = _("Kính gửi %(agency)s,\n\n%(event)s theo %(plan)s bắt đầu ngày %(start)s. Hãy chuẩn bị các "
                             "hoạt động và ghi vào sổ theo dõi hoạt động trên binhdang để được tính vào báo cáo.\n") % {
                        "agency": agency.name, "event": event.name, "plan": event.plan,
                        "start": f"{when[0]:%d/%m/%Y}"}
                    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to)
                EventReminder.objects.create(event=event, year=year, agency=agency, kind=kind, recipients=to)
                sent += 1
    return sent
