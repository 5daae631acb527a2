"""The registers of what agencies do all year. Every record belongs to one agency (a focal point records for its
own agency, a coordinator for any agency of its area), is dated, and names the plan's content item (an objective)
and the duty it carries out."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from binhdang.access import Area
from binhdang.lexicon.text import nfc

OWNED = Area(path="agency__unit__path", agency="agency")

# Target groups the seeds' plans train ("cho nữ lãnh đạo, quản lý, nữ cán bộ trong diện quy hoạch", "Chi hội Phụ nữ,
# Trưởng thôn … người có uy tín"); a form offers them and accepts any other group.
TARGET_GROUPS = [
    _("Nữ lãnh đạo, quản lý, nữ cán bộ trong diện quy hoạch"),
    _("Nữ đại biểu Hội đồng nhân dân, nữ ứng cử viên"),
    _("Cán bộ, công chức, viên chức"),
    _("Cán bộ, cộng tác viên làm công tác bình đẳng giới"),
    _("Cán bộ thanh tra, tư pháp, pháp chế"),
    _("Chi hội Phụ nữ, Trưởng thôn, khu phố, người có uy tín trong cộng đồng"),
    _("Phóng viên, biên tập viên, cán bộ thông tin cơ sở"),
    _("Cán bộ quản lý, giáo viên"),
    _("Học sinh, sinh viên"),
    _("Người lao động, lao động nữ"),
    _("Hội viên, đoàn viên và cộng đồng"),
]

# What inspections of gender-equality work look at, as the plans name it ("tập trung vào: tổ chức, hoạt động của
# Ban vì sự tiến bộ của phụ nữ; công tác cán bộ nữ; tình trạng bạo hành …").
CHECKLIST = [
    ("ban_vstbpn", _("Tổ chức, hoạt động của Ban vì sự tiến bộ của phụ nữ")),
    ("can_bo_nu", _("Công tác cán bộ nữ: quy hoạch, đào tạo, bồi dưỡng, đề bạt, bổ nhiệm")),
    ("bao_luc", _("Tình trạng bạo hành, bạo lực gia đình, bạo lực trên cơ sở giới")),
    ("lao_dong_nu", _("Chính sách đối với lao động nữ: đào tạo nghề, bảo hộ lao động, bảo hiểm xã hội")),
    ("phap_luat", _("Thực hiện pháp luật về bình đẳng giới, lồng ghép giới trong văn bản")),
    ("van_hoa", _("Hoạt động, sản phẩm văn hóa, thông tin mang định kiến giới")),
    ("khieu_nai", _("Giải quyết khiếu nại, tố cáo về bình đẳng giới")),
    ("kinh_phi", _("Bố trí, sử dụng kinh phí thực hiện bình đẳng giới")),
]


class Activity(models.Model):
    """What every register's record has: its agency, its date, what of the plan it carries out, who wrote it."""

    agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="+", verbose_name=_("cơ quan"))
    held_on = models.DateField(_("ngày"))
    plan = models.ForeignKey("plans.Plan", models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("kế hoạch"))
    objective = models.ForeignKey("plans.Objective", models.SET_NULL, null=True, blank=True, related_name="+",
                                  verbose_name=_("nội dung của kế hoạch"))
    duty = models.ForeignKey("plans.Duty", models.SET_NULL, null=True, blank=True, related_name="+",
                             verbose_name=_("nhiệm vụ thực hiện"))
    note = models.TextField(_("ghi chú"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    access_policy = OWNED
    text_fields: tuple[str, ...] = ("note",)

    class Meta:
        abstract = True
        ordering = ["-held_on", "-id"]

    def save(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        for name in self.text_fields:
            setattr(self, name, nfc(getattr(self, name) or ""))
        super().save(*args, **kwargs)


class Training(Activity):
    class Kind(models.TextChoices):
        TRAINING = "training", _("Tập huấn, bồi dưỡng")
        CONFERENCE = "conference", _("Hội nghị")
        WORKSHOP = "workshop", _("Hội thảo, tọa đàm")

    kind = models.CharField(_("hình thức"), max_length=12, choices=Kind.choices, default=Kind.TRAINING)
    topic = models.CharField(_("chủ đề"), max_length=300)
    target_group = models.CharField(_("đối tượng"), max_length=200)
    organiser = models.CharField(_("đơn vị tổ chức"), max_length=200, blank=True)
    partners = models.CharField(_("đơn vị phối hợp"), max_length=300, blank=True)
    place = models.CharField(_("địa điểm"), max_length=200, blank=True)
    ends_on = models.DateField(_("đến ngày"), null=True, blank=True)
    participants = models.PositiveIntegerField(_("số người tham dự"), default=0)
    participants_female = models.PositiveIntegerField(_("trong đó nữ"), default=0)
    cost = models.DecimalField(_("kinh phí (đồng)"), max_digits=16, decimal_places=0, null=True, blank=True)
    history = HistoricalRecords()
    text_fields = ("note", "topic", "target_group", "organiser", "partners", "place")

    class Meta(Activity.Meta):
        verbose_name = _("lớp tập huấn, hội nghị, hội thảo")
        verbose_name_plural = _("tập huấn, hội nghị, hội thảo")

    def __str__(self) -> str:
        return self.topic


class Participant(models.Model):
    """One person on a training's list (imported from the organiser's Excel list)."""

    class Sex(models.TextChoices):
        FEMALE = "f", _("Nữ")
        MALE = "m", _("Nam")

    training = models.ForeignKey(Training, models.CASCADE, related_name="people")
    order = models.PositiveIntegerField(default=0)
    name = models.CharField(_("họ và tên"), max_length=120)
    sex = models.CharField(_("giới tính"), max_length=1, choices=Sex.choices)
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)
    workplace = models.CharField(_("đơn vị công tác"), max_length=200, blank=True)

    access_policy = Area(path="training__agency__unit__path", agency="training__agency")

    class Meta:
        ordering = ["training", "order", "id"]

    def __str__(self) -> str:
        return self.name


class CommEvent(Activity):
    """A communication event: a launch, a contest, a talk; people attending by sex."""

    class Kind(models.TextChoices):
        LAUNCH = "launch", _("Lễ phát động, mít tinh, diễu hành")
        CONTEST = "contest", _("Hội thi, cuộc thi")
        TALK = "talk", _("Nói chuyện chuyên đề, đối thoại")
        OTHER = "other", _("Khác")

    kind = models.CharField(_("hình thức"), max_length=10, choices=Kind.choices, default=Kind.LAUNCH)
    title = models.CharField(_("tên sự kiện"), max_length=300)
    place = models.CharField(_("địa điểm"), max_length=200, blank=True)
    attendance = models.PositiveIntegerField(_("số người tham dự"), default=0)
    attendance_female = models.PositiveIntegerField(_("trong đó nữ"), default=0)
    history = HistoricalRecords()
    text_fields = ("note", "title", "place")

    class Meta(Activity.Meta):
        verbose_name = _("sự kiện truyền thông")
        verbose_name_plural = _("sự kiện truyền thông")

    def __str__(self) -> str:
        return self.title


class CommProduct(Activity):
    """Communication products: news items, articles, radio and TV slots, leaflets, posters, banners, clips, posts."""

    class Kind(models.TextChoices):
        NEWS = "news", _("Tin")
        ARTICLE = "article", _("Bài viết")
        REPORT = "report", _("Phóng sự")
        RADIO = "radio", _("Chương trình phát thanh")
        TV = "tv", _("Chương trình truyền hình")
        LEAFLET = "leaflet", _("Tờ rơi, tờ gấp")
        POSTER = "poster", _("Áp phích, pa nô")
        BANNER = "banner", _("Băng rôn, khẩu hiệu")
        CLIP = "clip", _("Video clip")
        POST = "post", _("Bài đăng mạng xã hội")
        PAGE = "page", _("Chuyên trang, chuyên mục")

    kind = models.CharField(_("loại sản phẩm"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    title = models.CharField(_("tên, chủ đề"), max_length=300)
    channel = models.CharField(_("kênh, cơ quan đăng phát"), max_length=200, blank=True)
    count = models.PositiveIntegerField(_("số lượng"), default=1)
    history = HistoricalRecords()
    text_fields = ("note", "title", "channel")

    class Meta(Activity.Meta):
        verbose_name = _("sản phẩm truyền thông")
        verbose_name_plural = _("sản phẩm truyền thông")

    def __str__(self) -> str:
        return self.title


class Inspection(Activity):
    class Kind(models.TextChoices):
        INSPECTION = "inspection", _("Kiểm tra")
        AUDIT = "audit", _("Thanh tra")
        JOINT = "joint", _("Kiểm tra liên ngành")

    kind = models.CharField(_("hình thức"), max_length=10, choices=Kind.choices, default=Kind.INSPECTION)
    decision = models.CharField(_("kế hoạch, quyết định kiểm tra"), max_length=200,
                                help_text=_("Ví dụ: Kế hoạch số 12/KH-SNV ngày 03/4/2025"))
    team = models.TextField(_("đoàn kiểm tra (trưởng đoàn, thành viên)"), blank=True)
    bodies = models.TextField(_("nơi được kiểm tra"), help_text=_(
        "Mỗi dòng một nơi, dạng «loại: tên», loại là cơ quan, xã hoặc doanh nghiệp. "
        "Ví dụ: doanh nghiệp: Công ty May Hưng Yên"))
    checklist = models.JSONField(_("nội dung kiểm tra"), default=list, blank=True)
    findings = models.TextField(_("kết quả, phát hiện"), blank=True)
    history = HistoricalRecords()
    text_fields = ("note", "decision", "team", "bodies", "findings")

    class Meta(Activity.Meta):
        verbose_name = _("cuộc kiểm tra, thanh tra")
        verbose_name_plural = _("kiểm tra, thanh tra")

    def __str__(self) -> str:
        return self.decision

    def checklist_labels(self) -> list[str]:
        names = dict(CHECKLIST)
        return [str(names.get(k, k)) for k in self.checklist]


BODY_KINDS = {"co quan": "agency", "cơ quan": "agency", "xa": "commune", "xã": "commune", "phuong": "commune",
              "phường": "commune", "doanh nghiep": "enterprise", "doanh nghiệp": "enterprise"}


class Violation(models.Model):
    """A violation found by an inspection, with the sanction imposed under Nghị định 125/2021/NĐ-CP, if any."""

    class Sanction(models.TextChoices):
        NONE = "", _("Chưa xử lý")
        WARNING = "warning", _("Cảnh cáo")
        FINE = "fine", _("Phạt tiền")
        OTHER = "other", _("Biện pháp khác")

    inspection = models.ForeignKey(Inspection, models.CASCADE, related_name="violations")
    body = models.CharField(_("nơi vi phạm"), max_length=200)
    description = models.TextField(_("hành vi vi phạm"))
    sanction = models.CharField(_("hình thức xử phạt"), max_length=10, choices=Sanction.choices, blank=True)
    article = models.CharField(_("điều, khoản của Nghị định 125/2021/NĐ-CP"), max_length=100, blank=True)
    fine = models.DecimalField(_("số tiền phạt (đồng)"), max_digits=16, decimal_places=0, null=True, blank=True)
    history = HistoricalRecords()

    access_policy = Area(path="inspection__agency__unit__path", agency="inspection__agency")

    class Meta:
        ordering = ["inspection", "id"]

    def __str__(self) -> str:
        return self.description[:80]

    @property
    def handled(self) -> bool:
        return bool(self.sanction)


class Recommendation(models.Model):
    """What an inspection asks of the body inspected, by a deadline; followed up until closed."""

    class Status(models.TextChoices):
        OPEN = "open", _("Đang theo dõi")
        CLOSED = "closed", _("Đã thực hiện xong")

    inspection = models.ForeignKey(Inspection, models.CASCADE, related_name="recommendations")
    text = models.TextField(_("kiến nghị"))
    deadline = models.DateField(_("hạn thực hiện"))
    status = models.CharField(_("tình trạng"), max_length=8, choices=Status.choices, default=Status.OPEN)
    closed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    history = HistoricalRecords()

    access_policy = Area(path="inspection__agency__unit__path", agency="inspection__agency")

    class Meta:
        ordering = ["inspection", "deadline", "id"]

    def __str__(self) -> str:
        return self.text[:80]

    def overdue(self, today: object) -> bool:
        return self.status == self.Status.OPEN and self.deadline < today  # type: ignore[operator]


class FollowUp(models.Model):
    recommendation = models.ForeignKey(Recommendation, models.CASCADE, related_name="follow_ups")
    on = models.DateField(_("ngày"))
    note = models.TextField(_("kết quả theo dõi"))
    by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")

    access_policy = Area(path="recommendation__inspection__agency__unit__path",
                         agency="recommendation__inspection__agency")

    class Meta:
        ordering = ["recommendation", "on", "id"]

    def __str__(self) -> str:
        return self.note[:80]


class Award(Activity):
    """A commendation: recipient, form and level, reason; `held_on` is the decision's date."""

    class Recipient(models.TextChoices):
        PERSON = "person", _("Cá nhân")
        COLLECTIVE = "collective", _("Tập thể")

    class Form(models.TextChoices):
        ORDER = "order", _("Huân chương")
        MERIT = "merit", _("Bằng khen")
        CERTIFICATE = "certificate", _("Giấy khen")
        FLAG = "flag", _("Cờ thi đua")
        TITLE = "title", _("Danh hiệu thi đua")

    class Level(models.TextChoices):
        STATE = "state", _("Nhà nước, Thủ tướng Chính phủ")
        MINISTRY = "ministry", _("Bộ, ngành, đoàn thể trung ương")
        PROVINCE = "province", _("Chủ tịch Ủy ban nhân dân tỉnh")
        DEPARTMENT = "department", _("Sở, ngành, đoàn thể tỉnh")
        DISTRICT = "district", _("Chủ tịch Ủy ban nhân dân huyện")
        COMMUNE = "commune", _("Chủ tịch Ủy ban nhân dân xã")
        AGENCY = "agency", _("Thủ trưởng cơ quan, đơn vị")

    recipient_kind = models.CharField(_("người được khen"), max_length=10, choices=Recipient.choices,
                                      default=Recipient.PERSON)
    recipient = models.CharField(_("tên cá nhân, tập thể"), max_length=200)
    recipient_sex = models.CharField(_("giới tính (cá nhân)"), max_length=1, choices=Participant.Sex.choices,
                                     blank=True)
    form = models.CharField(_("hình thức khen thưởng"), max_length=12, choices=Form.choices, default=Form.MERIT)
    level = models.CharField(_("cấp khen thưởng"), max_length=12, choices=Level.choices, default=Level.PROVINCE)
    reason = models.TextField(_("thành tích"))
    decision_number = models.CharField(_("số quyết định"), max_length=60)
    history = HistoricalRecords()
    text_fields = ("note", "recipient", "reason", "decision_number")

    class Meta(Activity.Meta):
        verbose_name = _("khen thưởng")
        verbose_name_plural = _("khen thưởng")

    def __str__(self) -> str:
        return f"{self.get_form_display()}: {self.recipient}"


class PilotModel(Activity):
    """A model the plans ask agencies to build and keep ("địa chỉ tin cậy – nhà tạm lánh", "câu lạc bộ gia đình
    hạnh phúc", "quy ước, hương ước"); `held_on` is the day it started; reviewed each year."""

    class Kind(models.TextChoices):
        SHELTER = "shelter", _("Địa chỉ tin cậy – nhà tạm lánh")
        CLUB = "club", _("Câu lạc bộ gia đình hạnh phúc, bình đẳng, không bạo lực")
        CHARTER = "charter", _("Quy ước, hương ước bảo đảm bình đẳng giới")
        PREVENTION = "prevention", _("Phòng ngừa, ứng phó bạo lực trên cơ sở giới")
        SERVICE = "service", _("Dịch vụ hỗ trợ thực hiện bình đẳng giới")
        OTHER = "other", _("Mô hình khác")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Đang hoạt động")
        PAUSED = "paused", _("Tạm dừng")
        STOPPED = "stopped", _("Đã giải thể")

    name = models.CharField(_("tên mô hình"), max_length=300)
    kind = models.CharField(_("loại mô hình"), max_length=12, choices=Kind.choices, default=Kind.CLUB)
    unit = models.ForeignKey("units.AdminUnit", models.PROTECT, related_name="+", verbose_name=_("nơi thực hiện"))
    members = models.PositiveIntegerField(_("số thành viên"), default=0)
    members_female = models.PositiveIntegerField(_("trong đó nữ"), default=0)
    status = models.CharField(_("tình trạng"), max_length=8, choices=Status.choices, default=Status.ACTIVE)
    history = HistoricalRecords()
    text_fields = ("note", "name")

    class Meta(Activity.Meta):
        verbose_name = _("mô hình")
        verbose_name_plural = _("mô hình")

    def __str__(self) -> str:
        return self.name


class ModelReview(models.Model):
    """The yearly review of a model ("rà soát, đánh giá … duy trì, nhân rộng")."""

    class Decision(models.TextChoices):
        KEEP = "keep", _("Duy trì")
        SPREAD = "spread", _("Nhân rộng")
        IMPROVE = "improve", _("Củng cố, kiện toàn")
        STOP = "stop", _("Dừng")

    model = models.ForeignKey(PilotModel, models.CASCADE, related_name="reviews")
    year = models.PositiveSmallIntegerField(_("năm"))
    result = models.TextField(_("kết quả đánh giá"))
    decision = models.CharField(_("hướng tiếp theo"), max_length=8, choices=Decision.choices, default=Decision.KEEP)
    members = models.PositiveIntegerField(_("số thành viên cuối năm"), null=True, blank=True)

    access_policy = Area(path="model__agency__unit__path", agency="model__agency")

    class Meta:
        ordering = ["model", "-year"]
        constraints = [models.UniqueConstraint(fields=["model", "year"], name="one_review_per_year")]

    def __str__(self) -> str:
        return f"{self.model} · {self.year}"


def _evidence_path(instance: ActivityEvidence, filename: str) -> str:
    return f"activities/{instance.register}/{instance.record_id}/{filename}"


class ActivityEvidence(models.Model):
    """A file proving a record (an attendance sheet, photos, the decision): downloaded only through a view that
    asks the access policy about the record's agency."""

    register = models.CharField(max_length=20)  # the register's slug (registers.REGISTERS)
    record_id = models.PositiveIntegerField()
    agency = models.ForeignKey("units.Agency", models.PROTECT, related_name="+")
    file = models.FileField(_("tệp minh chứng"), upload_to=_evidence_path)
    name = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    access_policy = OWNED

    class Meta:
        ordering = ["register", "record_id", "id"]
        indexes = [models.Index(fields=["register", "record_id"])]

    def __str__(self) -> str:
        return self.name


class EventReminder(models.Model):
    """A reminder sent to an agency before an event of its plan (the Action Month), once per kind and year."""

    class Kind(models.TextChoices):
        FIVE_DAYS = "d5", _("còn 5 ngày")
        ONE_DAY = "d1", _("còn 1 ngày")

    event = models.ForeignKey("plans.Event", models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    agency = models.ForeignKey("units.Agency", models.CASCADE, related_name="+")
    kind = models.CharField(max_length=3, choices=Kind.choices)
    sent_at = models.DateTimeField(auto_now_add=True)
    recipients = models.JSONField(default=list)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["event", "year", "agency", "kind"],
                                               name="one_event_reminder_per_kind")]

    def __str__(self) -> str:
        return f"{self.event} {self.year} · {self.agency}"
