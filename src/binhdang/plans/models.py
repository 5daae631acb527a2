"""Plans (Kế hoạch) and what they set: objectives with targets and measures, who does what, deadlines,
events, and the duties each agency owes once a plan is confirmed."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area
from binhdang.lexicon.text import nfc, unaccent


class Plan(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        CONFIRMED = "confirmed", _("Đã xác nhận")

    class Precision(models.TextChoices):
        DAY = "day", _("ngày")
        MONTH = "month", _("tháng")
        YEAR = "year", _("năm")

    unit = models.ForeignKey("units.AdminUnit", models.PROTECT, related_name="plans",
                             verbose_name=_("đơn vị hành chính"))
    issuer_agency = models.ForeignKey("units.Agency", models.PROTECT, null=True, blank=True, related_name="+",
                                      verbose_name=_("cơ quan ban hành"),
                                      help_text=_("Để trống khi Ủy ban nhân dân ban hành."))
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    kind = models.CharField(_("tên loại"), max_length=10, default="KH")
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True,
                              help_text=_("Ví dụ 31/KH-UBND; để trống khi văn bản chưa lấy số."))
    symbol = models.CharField(_("ký hiệu"), max_length=40, blank=True, help_text=_("Ví dụ KH-UBND"))
    issuer = models.CharField(_("cơ quan ban hành (như văn bản ghi)"), max_length=200, blank=True)
    place = models.CharField(_("địa danh"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    # A date whose day is left blank ("ngày ... tháng 02 năm 2022") keeps month precision.
    issued_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    title = models.TextField(_("trích yếu"))
    period_from = models.PositiveSmallIntegerField(_("từ năm"), null=True, blank=True)
    period_to = models.PositiveSmallIntegerField(_("đến năm"), null=True, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=100, blank=True)
    signer_position = models.CharField(_("chức vụ"), max_length=100, blank=True)
    signer_authority = models.CharField(_("quyền hạn ký"), max_length=100, blank=True,
                                        help_text=_("Ví dụ: KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN"))
    recipients = models.JSONField(_("nơi nhận"), default=list, blank=True)
    sections = models.JSONField(default=list, blank=True, editable=False)  # the document's outline
    source_name = models.CharField(_("tệp nguồn"), max_length=255, blank=True)
    source_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    source_text = models.TextField(blank=True)  # cleaned paragraphs, shown beside the plan for review
    warnings = models.JSONField(default=list, blank=True)
    search_text = models.TextField(editable=False, default="")
    derived_from = models.ForeignKey("self", models.SET_NULL, null=True, blank=True, related_name="derived",
                                     verbose_name=_("lập theo kế hoạch"))
    # A draft read from a document that the system already has: confirming it updates that plan.
    duplicate_of = models.ForeignKey("self", models.SET_NULL, null=True, blank=True, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["source_text", "sections", "search_text"])

    access_policy = Area(path="unit__path", issuer="issuer_agency", ancestors_read=True)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        ordering = ["-issued_on", "-id"]

    def __str__(self) -> str:
        head = f"{self.get_kind_name()} {self.number}".strip() if self.number else str(self.get_kind_name())
        return f"{head}: {self.title}"

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        for field in ("number", "symbol", "issuer", "place", "title", "signer_name", "signer_position", "signer_authority"):
            setattr(self, field, nfc(" ".join(getattr(self, field).split())))
        self.recipients = [nfc(r) for r in self.recipients]
        self.search_text = unaccent(f"{self.number} {self.title} {self.issuer}")
        super().save(*args, **kwargs)

    def get_kind_name(self) -> str:
        from binhdang.reader.header import KIND_BY_ABBREV

        return KIND_BY_ABBREV.get(self.kind, self.kind)

    @property
    def period_end(self) -> dt.date | None:
        year = self.period_to or self.period_from or (self.issued_on.year if self.issued_on else None)
        return dt.date(year, 12, 31) if year else None


class LegalBasis(models.Model):
    """A document the plan implements or is based on; linked to the plan in the system that it names."""

    plan = models.ForeignKey(Plan, models.CASCADE, related_name="bases")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(_("loại văn bản"), max_length=40, blank=True)
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True)
    date = models.DateField(_("ngày"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    title = models.TextField(_("trích yếu"), blank=True)
    target = models.ForeignKey(Plan, models.SET_NULL, null=True, blank=True, related_name="implemented_by",
                               verbose_name=_("kế hoạch trong hệ thống"))

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["plan", "order"]

    def __str__(self) -> str:
        return " ".join(p for p in (self.kind, self.number) if p) or self.title[:60]


class Objective(models.Model):
    plan = models.ForeignKey(Plan, models.CASCADE, related_name="objectives")
    order = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(_("số"), max_length=10, blank=True)
    text = models.TextField(_("mục tiêu"))

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["plan", "order", "id"]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:80]}" if self.number else self.text[:80]


class Target(models.Model):
    objective = models.ForeignKey(Objective, models.CASCADE, related_name="targets")
    order = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(_("số"), max_length=10, blank=True)
    text = models.TextField(_("chỉ tiêu"))

    access_policy = Area(path="objective__plan__unit__path", issuer="objective__plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["objective", "order", "id"]

    def __str__(self) -> str:
        return f"{_('Chỉ tiêu')} {self.number}: {self.text[:80]}" if self.number else self.text[:80]


class Measure(models.Model):
    """One number of a target: 'tỷ lệ nữ ... đạt từ 25% trở lên đến năm 2020' is (>=, 25, %, 2020)."""

    class Comparator(models.TextChoices):
        GE = ">=", "≥"
        GT = ">", ">"
        LE = "<=", "≤"
        LT = "<", "<"
        EQ = "=", "="
        REDUCE_BY = "reduce_by", _("giảm")
        INCREASE_BY = "increase_by", _("tăng")

    target = models.ForeignKey(Target, models.CASCADE, related_name="measures")
    order = models.PositiveSmallIntegerField(default=0)
    subject = models.CharField(_("nội dung đo"), max_length=300, blank=True)
    comparator = models.CharField(_("so sánh"), max_length=12, choices=Comparator.choices, default=Comparator.GE)
    value = models.DecimalField(_("giá trị"), max_digits=14, decimal_places=3)
    unit = models.CharField(_("đơn vị"), max_length=40, default="%")
    by_year = models.PositiveSmallIntegerField(_("năm đạt"), null=True, blank=True)
    # The indicator whose data tell how far the target is (suggested from the wording when the plan is confirmed).
    indicator = models.ForeignKey("indicators.Indicator", models.SET_NULL, null=True, blank=True, related_name="+",
                                  verbose_name=_("chỉ số"))
    history = HistoricalRecords()

    access_policy = Area(path="target__objective__plan__unit__path", issuer="target__objective__plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["target", "order", "id"]

    def __str__(self) -> str:
        return f"{self.get_comparator_display()} {self.value.normalize():f} {self.unit}"


class Assignment(models.Model):
    """One agency (or group of agencies) named in an item of 'Tổ chức thực hiện', with its duties."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Chủ trì")
        COORDINATE = "coordinate", _("Phối hợp")

    plan = models.ForeignKey(Plan, models.CASCADE, related_name="assignments")
    item = models.PositiveSmallIntegerField(_("mục"), default=0)  # agencies of one numbered item share duties
    order = models.PositiveSmallIntegerField(default=0)
    written = models.CharField(_("tên như văn bản ghi"), max_length=300)
    agency = models.ForeignKey("units.Agency", models.PROTECT, null=True, blank=True, related_name="assignments",
                               verbose_name=_("cơ quan"))
    group = models.CharField(_("nhóm cơ quan"), max_length=20, blank=True)  # a group kind of the lexicon
    role = models.CharField(_("vai trò"), max_length=10, choices=Role.choices, blank=True)
    duties = models.JSONField(_("nhiệm vụ"), default=list)
    history = HistoricalRecords()

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["plan", "item", "order", "id"]

    def __str__(self) -> str:
        return str(self.agency or self.written)


class Deadline(models.Model):
    plan = models.ForeignKey(Plan, models.CASCADE, related_name="deadlines")
    what = models.CharField(_("việc"), max_length=300)
    due = models.DateField(_("hạn"))
    to = models.CharField(_("gửi về"), max_length=200, blank=True)

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["plan", "due", "id"]

    def __str__(self) -> str:
        return f"{self.what} ({self.due:%d/%m/%Y})"


class Event(models.Model):
    plan = models.ForeignKey(Plan, models.CASCADE, related_name="events")
    name = models.CharField(_("sự kiện"), max_length=300)
    starts = models.DateField(_("từ ngày"))
    ends = models.DateField(_("đến ngày"))

    access_policy = Area(path="plan__unit__path", issuer="plan__issuer_agency", ancestors_read=True)

    class Meta:
        ordering = ["plan", "starts", "id"]

    def __str__(self) -> str:
        return self.name


class Duty(models.Model):
    """What one agency owes under a confirmed plan: one line of its assignment, with a due date."""

    class Status(models.TextChoices):
        OPEN = "open", _("Chưa thực hiện")
        IN_PROGRESS = "in_progress", _("Đang thực hiện")
        DONE = "done", _("Đã hoàn thành")

    plan = models.ForeignKey(Plan, models.CASCADE, related_name="duties")
    # Kept when the plan is updated from a new version of its document: the duty's status stays.
    assignment = models.ForeignKey(Assignment, models.SET_NULL, null=True, related_name="work")
    agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="duties", verbose_name=_("cơ quan"))
    role = models.CharField(_("vai trò"), max_length=10, choices=Assignment.Role.choices, blank=True)
    text = models.TextField(_("nhiệm vụ"))
    due = models.DateField(_("hạn"), null=True, blank=True)
    status = models.CharField(_("tình trạng"), max_length=12, choices=Status.choices, default=Status.OPEN)
    history = HistoricalRecords()

    access_policy = Area(path="agency__unit__path", agency="agency")

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        ordering = ["due", "plan", "id"]

    def __str__(self) -> str:
        return self.text[:80]
