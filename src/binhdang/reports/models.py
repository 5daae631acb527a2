"""The reporting cycle: a round asks every agency with duties in a plan (and the People's Committees of the
units below) for a report by a due date; reports are reviewed; the round's results are consolidated."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area
from binhdang.plans.models import Duty, Measure, Plan


class Round(models.Model):
    class Kind(models.TextChoices):
        HALF_YEAR = "half_year", _("6 tháng")
        ANNUAL = "annual", _("năm")
        AD_HOC = "ad_hoc", _("đột xuất, chuyên đề")

    plan = models.ForeignKey(Plan, models.CASCADE, related_name="rounds", verbose_name=_("kế hoạch"))
    kind = models.CharField(_("loại kỳ báo cáo"), max_length=10, choices=Kind.choices, default=Kind.HALF_YEAR)
    name = models.CharField(_("tên kỳ báo cáo"), max_length=200)
    year = models.PositiveSmallIntegerField(_("năm"))
    due = models.DateField(_("hạn gửi báo cáo"))
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    opened_at = models.DateTimeField(auto_now_add=True)

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency")

    class Meta:
        verbose_name = _("kỳ báo cáo")
        ordering = ["-due", "-id"]

    def __str__(self) -> str:
        return self.name


class Item(models.Model):
    """One line of a round's numbers section: people trained, communication products, victims supported…"""

    round = models.ForeignKey(Round, models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField(default=0)
    label = models.CharField(_("chỉ số"), max_length=200)
    unit = models.CharField(_("đơn vị tính"), max_length=30, default="người")
    by_sex = models.BooleanField(_("tách theo giới tính"), default=True)
    measure = models.ForeignKey(Measure, models.SET_NULL, null=True, blank=True, related_name="+",
                                verbose_name=_("chỉ tiêu của kế hoạch"))
    # The count indicator this line feeds: accepted and consolidated figures become the indicator's values.
    indicator = models.ForeignKey("indicators.Indicator", models.SET_NULL, null=True, blank=True, related_name="+",
                                  verbose_name=_("chỉ số"))
    # A count of the activity registers (reports.counts.COUNTS) that fills this line in each report.
    source = models.CharField(_("nguồn số liệu"), max_length=30, blank=True, default="")

    access_policy = Area(path="round__plan__unit__path", issuer="round__plan__issuer_agency")

    class Meta:
        ordering = ["round", "order", "id"]

    def __str__(self) -> str:
        return self.label


class Report(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Chưa gửi")
        SUBMITTED = "submitted", _("Đã gửi, chờ xem xét")
        RETURNED = "returned", _("Bị trả lại")
        ACCEPTED = "accepted", _("Đã chấp nhận")

    round = models.ForeignKey(Round, models.CASCADE, related_name="reports")
    agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="reports", verbose_name=_("cơ quan"))
    status = models.CharField(_("tình trạng"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    summary = models.TextField(_("đánh giá chung, khó khăn, kiến nghị"), blank=True)
    # Bumped by every save: a save made from an older version is refused (two people editing one report).
    version = models.PositiveIntegerField(default=1)
    submitted_at = models.DateTimeField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    review_comment = models.TextField(_("ý kiến của người xem xét"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    history = HistoricalRecords()

    access_policy = Area(path="agency__unit__path", agency="agency")

    class Meta:
        verbose_name = _("báo cáo")
        ordering = ["round", "agency__name"]
        constraints = [models.UniqueConstraint(fields=["round", "agency"], name="one_report_per_agency")]

    def __str__(self) -> str:
        return f"{self.agency} · {self.round}"

    @property
    def is_sent(self) -> bool:
        return self.status in (self.Status.SUBMITTED, self.Status.ACCEPTED)

    @property
    def editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.RETURNED)

    @property
    def late(self) -> bool:
        if self.submitted_at is None:
            return False
        return timezone.localdate(self.submitted_at) > self.round.due

    def overdue(self, today: dt.date | None = None) -> bool:
        return not self.is_sent and (today or timezone.localdate()) > self.round.due


class Line(models.Model):
    """What the reporter did about one of its duties."""

    report = models.ForeignKey(Report, models.CASCADE, related_name="lines")
    duty = models.ForeignKey(Duty, models.CASCADE, related_name="+")
    done = models.TextField(_("kết quả thực hiện"), blank=True)
    status = models.CharField(_("tình trạng"), max_length=12, choices=Duty.Status.choices, default=Duty.Status.OPEN)

    access_policy = Area(path="report__agency__unit__path", agency="report__agency")

    class Meta:
        ordering = ["report", "duty__id"]
        constraints = [models.UniqueConstraint(fields=["report", "duty"], name="one_line_per_duty")]

    def __str__(self) -> str:
        return self.done[:80]


class Value(models.Model):
    report = models.ForeignKey(Report, models.CASCADE, related_name="values")
    item = models.ForeignKey(Item, models.CASCADE, related_name="values")
    total = models.DecimalField(_("tổng số"), max_digits=14, decimal_places=2, null=True, blank=True)
    female = models.DecimalField(_("nữ"), max_digits=14, decimal_places=2, null=True, blank=True)
    # What the registers counted when the report was saved, and the reporter's note when it corrected the count.
    counted_total = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    counted_female = models.DecimalField(max_digits=14, decimal_places=2, null=True, blank=True)
    note = models.TextField(_("ghi chú điều chỉnh"), blank=True, default="")

    access_policy = Area(path="report__agency__unit__path", agency="report__agency")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "item"], name="one_value_per_item")]

    def __str__(self) -> str:
        return f"{self.item}: {self.total}"

    @property
    def male(self) -> object:
        return self.total - self.female if self.total is not None and self.female is not None else None


def _evidence_path(instance: Evidence, filename: str) -> str:
    return f"evidence/{instance.report.round_id}/{instance.report_id}/{filename}"


class Evidence(models.Model):
    report = models.ForeignKey(Report, models.CASCADE, related_name="evidence")
    file = models.FileField(_("tệp minh chứng"), upload_to=_evidence_path)
    name = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    access_policy = Area(path="report__agency__unit__path", agency="report__agency")

    class Meta:
        ordering = ["report", "id"]

    def __str__(self) -> str:
        return self.name


class Conflict(models.Model):
    """A save refused because someone else saved first: kept, so that no one's text is lost."""

    report = models.ForeignKey(Report, models.CASCADE, related_name="conflicts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    data = models.JSONField()
    at = models.DateTimeField(auto_now_add=True)

    access_policy = Area(path="report__agency__unit__path", agency="report__agency")

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.report} ({self.at:%d/%m/%Y %H:%M})"


class Reminder(models.Model):
    """A reminder sent about one report; each kind is sent once."""

    class Kind(models.TextChoices):
        FIVE_DAYS = "d5", _("còn 5 ngày")
        ONE_DAY = "d1", _("còn 1 ngày")
        OVERDUE = "overdue", _("quá hạn")

    report = models.ForeignKey(Report, models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=8, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.JSONField(default=list)

    class Meta:
        ordering = ["-sent_at"]
        constraints = [models.UniqueConstraint(fields=["report", "kind"], name="one_reminder_per_kind")]

    def __str__(self) -> str:
        return f"{self.report} · {self.get_kind_display()}"


class Consolidated(models.Model):
    """The unit's consolidated report of a round, assembled from the reports, then edited by the coordinator."""

    round = models.OneToOneField(Round, models.CASCADE, related_name="consolidated")
    title = models.TextField(_("trích yếu"))
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True)
    # [{"title": content item, "text": results of all agencies}], edited as text
    sections = models.JSONField(default=list)
    figures = models.JSONField(default=list)  # [{"label", "unit", "total", "female", "male"}]
    measures = models.JSONField(default=list)  # [{"text", "value"}]
    missing = models.JSONField(default=list)  # names of those who did not report
    summary = models.TextField(_("đánh giá chung, kiến nghị"), blank=True)
    signer_position = models.CharField(_("chức vụ người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=100, blank=True)
    assembled_at = models.DateTimeField()
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    history = HistoricalRecords()

    access_policy = Area(path="round__plan__unit__path", issuer="round__plan__issuer_agency",
                         coordinators_read=True)

    def __str__(self) -> str:
        return self.title
