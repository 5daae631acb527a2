"""The demo: units, the demo provinces' agencies, one account per role, the seed plans, and a living year 2026
in Thành phố Hải Phòng (which absorbed tỉnh Hải Dương on 1 July 2025).

The living year is built with the services every page uses (derive, confirm, open a round, save, submit, review,
consolidate, send up, values import), then each step is dated on the day it would have happened: services stamp
"now", and a demo that replays a year moves that stamp back. Deterministic (random.Random(SEED)) and idempotent:
what is already there is left as it is, so running the demo again changes nothing.

This app sits at the top of the dependency order: it may import every app; nothing imports it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from binhdang.accounts.models import User
from binhdang.activities.demo import activities_demo_for_plan
from binhdang.cases.demo import cases_demo_build
from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.services import Entry, values_save
from binhdang.plans.models import Duty, Measure, Objective, Plan, Target
from binhdang.plans.services import plan_confirm, plan_derive, plans_import_files
from binhdang.reports.models import Consolidated, Report, Round
from binhdang.reports.services import (
    DEFAULT_ITEMS,
    consolidate,
    consolidated_send_up,
    report_review,
    report_save,
    report_submit,
    round_defaults,
    round_open,
    round_values_record,
)
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard, units_load

DEMO_PASSWORD = "binhdang-demo"
# Hưng Yên absorbed Thái Bình on 1 July 2025; Hải Phòng absorbed Hải Dương (and with it Phú Thứ ward).
DEMO_PROVINCES = ("Hưng Yên", "Hải Phòng", "Lạng Sơn")
SEED = 2026
YEAR = 2026
CITY_PLAN_NUMBER = "18/KH-UBND"
COMMUNE_PLAN_NUMBER = "07/KH-UBND"
COMMUNE = "Nhị Chiểu"  # Phường Nhị Chiểu absorbed Phú Thứ, whose 2023 plan is a seed


# -- Accounts ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Account:
    username: str
    full_name: str
    role: str
    unit: AdminUnit | None
    agency: Agency | None
    use: str  # what to show with it (printed by `binhdang demo`, listed in the README)


def _province(name: str) -> AdminUnit:
    return AdminUnit.objects.get(era="current", level="province", short_name=name)


def _commune(city: AdminUnit) -> AdminUnit:
    return AdminUnit.objects.get(parent=city, short_name=COMMUNE)


def _accounts() -> list[Account]:
    hung_yen, hai_phong = _province("Hưng Yên"), _province("Hải Phòng")
    thai_binh = hung_yen.predecessors.get(short_name="Thái Bình")
    commune = _commune(hai_phong)
    hy = {a.kind: a for a in Agency.objects.filter(unit=hung_yen)}
    hp = {a.kind: a for a in Agency.objects.filter(unit=hai_phong)}
    standing = Agency.objects.get(unit=hung_yen, is_standing=True)
    R = User.Role
    return [
        Account("quantri", "Quản trị hệ thống", R.ADMIN, None, None, "mọi thứ, và /admin/"),
        Account("dieuphoi.hungyen", "Điều phối Hưng Yên", R.COORDINATOR, hung_yen, standing,
                "Hưng Yên và Thái Bình cũ: kế hoạch 2022"),
        Account("daumoi.syte.hungyen", "Đầu mối Sở Y tế Hưng Yên", R.FOCAL_POINT, hung_yen, hy["so_y_te"],
                "nhiệm vụ, báo cáo của Sở Y tế Hưng Yên"),
        # The 2022 Thái Bình plan's duties belong to the old province's agencies: its health department shows them.
        Account("daumoi.syte.thaibinh", "Đầu mối Sở Y tế Thái Bình (cũ)", R.FOCAL_POINT, thai_binh,
                Agency.objects.get(unit=thai_binh, kind="so_y_te"), "nhiệm vụ theo kế hoạch 2022 của Thái Bình"),
        Account("lanhdao.hungyen", "Lãnh đạo UBND Hưng Yên", R.LEADER, hung_yen, None, "xem toàn bộ Hưng Yên"),
        Account("xuly.hungyen", "Cán bộ xử lý vụ việc", R.CASE_WORKER, hung_yen, hy["cong_an"],
                "vụ việc của Công an Hưng Yên"),
        Account("dieuphoi.haiphong", "Điều phối Hải Phòng (Sở Nội vụ)", R.COORDINATOR, hai_phong, hp["so_noi_vu"],
                f"năm {YEAR}: kỳ báo cáo, xem xét, tổng hợp"),
        Account("daumoi.syte.haiphong", "Đầu mối Sở Y tế Hải Phòng", R.FOCAL_POINT, hai_phong, hp["so_y_te"],
                "báo cáo bị trả lại, báo cáo sắp đến hạn"),
        Account("lanhdao.haiphong", "Lãnh đạo UBND thành phố Hải Phòng", R.LEADER, hai_phong, None,
                "tiến độ chỉ tiêu, xếp hạng, bản đồ"),
        Account("xuly.haiphong", "Cán bộ xử lý vụ việc Hải Phòng", R.CASE_WORKER, hai_phong, hp["cong_an"],
                "vụ việc của Công an thành phố"),
        # The ward's officer speaks for its People's Committee: it owes the ward's reports to the city.
        Account("dieuphoi.nhichieu", "Cán bộ UBND phường Nhị Chiểu", R.COORDINATOR, commune,
                Agency.objects.get(unit=commune, kind="ubnd"), "kế hoạch, kỳ báo cáo của phường; báo cáo gửi thành phố"),
        # The ward's police handles its cases; the city's case worker supervises them.
        Account("xuly.nhichieu", "Công an phường Nhị Chiểu xử lý vụ việc", R.CASE_WORKER, commune,
                Agency.objects.get(unit=commune, kind="cong_an"), "vụ việc của phường: tiếp nhận, xử lý"),
    ]


@transaction.atomic
def demo_setup() -> list[tuple[str, str, str]]:
    """Units, the demo provinces' standard agencies (old and new), and one account per role; returns
    (username, role, unit) of each account. A second run changes nothing."""
    return [(a.username, role, unit) for a, role, unit in demo_accounts()]


def demo_accounts() -> list[tuple[Account, str, str]]:
    if not AdminUnit.objects.exists():
        units_load()
    for name in DEMO_PROVINCES:
        province = _province(name)
        for old_or_new in [province, *province.predecessors.all()]:
            agencies_create_standard(unit=old_or_new)
    agencies_create_standard(unit=_commune(_province("Hải Phòng")))
    out = []
    # One hash of the demo password for every account: argon2 is slow on purpose, and eleven hashes (or eleven
    # checks on a second run) would be most of the demo's time.
    checked: dict[str, bool] = {}
    for account in _accounts():
        user = User.objects.filter(username=account.username).first() or User(username=account.username)
        wanted = {"first_name": account.full_name, "role": account.role,
                  "unit_id": account.unit.id if account.unit else None,
                  "agency_id": account.agency.id if account.agency else None,
                  "is_staff": account.role == User.Role.ADMIN, "is_superuser": account.role == User.Role.ADMIN}
        changed = user.pk is None or any(getattr(user, k) != v for k, v in wanted.items())
        for name, value in wanted.items():
            setattr(user, name, value)
        shared = next((h for h, ok in checked.items() if ok), "")
        if not shared or user.password != shared:
            if user.password not in checked:
                checked[user.password] = bool(user.password) and check_password(DEMO_PASSWORD, user.password)
            if not checked[user.password] or shared:
                user.password = shared or make_password(DEMO_PASSWORD)
                checked[user.password] = changed = True
        if changed:  # an unchanged account is not saved again (its history stays as it is)
            user.save()
        out.append((account, str(user.get_role_display()), str(account.unit or "toàn quốc")))
    return out


# -- Seeds ------------------------------------------------------------------------------------------------


def demo_seeds_import(seeds: Path, user: User) -> list[tuple[Path, Plan | None, str]]:
    """Import and confirm every document of the folder; a document already confirmed unchanged is left alone
    (a changed one updates its plan). Returns (path, plan, error) per file."""
    paths = sorted(p for p in seeds.iterdir() if p.is_file())
    digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    known = {p.source_sha256: p for p in Plan.objects.filter(status=Plan.Status.CONFIRMED,
                                                               source_sha256__in=digests.values())}
    fresh = {p: (plan, error) for p, plan, error in plans_import_files(
        paths=[p for p in paths if digests[p] not in known], user=user)}
    return [(p, *fresh.get(p, (known.get(digests[p]), ""))) for p in paths]


# -- The living year --------------------------------------------------------------------------------------

# The 2022 plan carried to 2026 in the current structure: names of bodies abolished on 1 July 2025.
CARRY = [
    ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
    ("Sở Lao động, Thương binh và Xã hội", "Sở Nội vụ"),
    ("Ban Tổ chức Tỉnh ủy", "Ban Tổ chức Thành ủy"),
    ("các huyện, thị xã, thành phố", "các xã, phường, đặc khu"),
    ("UBND tỉnh", "UBND thành phố"),
    ("của tỉnh", "của thành phố"),
    ("địa bàn tỉnh", "địa bàn thành phố"),
]

# The city's targets for 2026 and 2030 (the national strategy's 2030 values, Nghị quyết 28/NQ-CP), each with the
# indicator that measures it: (target, subject, comparator, value, unit, year, indicator code).
CITY_TARGETS = [
    ("Tập huấn, bồi dưỡng kiến thức về bình đẳng giới cho ít nhất 3.000 lượt cán bộ, công chức, viên chức và "
     "người dân trong năm 2026.", "lượt người được tập huấn", ">=", "3000", "người", 2026, "so-nguoi-tap-huan-bdg"),
    ("Đến năm 2030, 75% cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
     "cơ quan có lãnh đạo chủ chốt là nữ", ">=", "75", "%", 2030, "lanh-dao-chu-chot-nu"),
    ("Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã đạt 30% vào năm 2030.", "nữ chủ doanh nghiệp", ">=", "30", "%",
     2030, "nu-chu-doanh-nghiep"),
    ("Tỷ lệ lao động nữ nông thôn được đào tạo nghề, chuyên môn kỹ thuật đạt 60% vào năm 2030.",
     "lao động nữ nông thôn được đào tạo", ">=", "60", "%", 2030, "lao-dong-nu-nong-thon-dao-tao"),
    ("Tỷ số giới tính khi sinh không vượt quá 109 bé trai/100 bé gái vào năm 2030.", "tỷ số giới tính khi sinh", "<=",
     "109", "bé trai/100 bé gái", 2030, "ty-so-gioi-tinh-khi-sinh"),
    ("Tỷ lệ nạn nhân bạo lực trên cơ sở giới được phát hiện được hỗ trợ đạt 90% vào năm 2030.",
     "nạn nhân được hỗ trợ", ">=", "90", "%", 2030, "nan-nhan-duoc-ho-tro"),
    ("Số giờ làm công việc nội trợ, chăm sóc không được trả công của nữ giảm còn 1,4 lần so với nam vào năm 2030.",
     "giờ việc nhà của nữ so với nam", "<=", "1.4", "lần", 2030, "gio-viec-nha"),
]

RESULTS = [
    "Đã ban hành kế hoạch của ngành và tổ chức hội nghị quán triệt đến cán bộ, công chức.",
    "Đã lồng ghép nội dung bình đẳng giới vào chương trình công tác năm của đơn vị.",
    "Đã tổ chức 2 lớp tập huấn về bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới.",
    "Đã phối hợp tuyên truyền trên các phương tiện thông tin đại chúng và trang thông tin điện tử.",
    "Đã rà soát, thống kê số liệu tách biệt giới thuộc lĩnh vực phụ trách.",
    "Đang triển khai; dự kiến hoàn thành trong quý IV.",
]


class Clock:
    """The day each step of the year happened, never later than now (the services stamp 'now')."""

    def __init__(self) -> None:
        self.now = timezone.now()

    def at(self, day: dt.date, hour: int = 9) -> dt.datetime:
        when = timezone.make_aware(dt.datetime.combine(day, dt.time(hour)))
        return min(when, self.now)


def _dated(obj: Any, when: dt.datetime, *fields: str) -> None:
    """Date the step just taken: the fields it stamped and the history row it wrote."""
    type(obj).objects.filter(pk=obj.pk).update(**{f: when for f in fields})
    history = getattr(obj, "history", None)
    last = history.order_by("-history_id").first() if history is not None else None
    if last is not None:
        history.filter(history_id=last.history_id).update(history_date=when)  # type: ignore[union-attr]
    obj.refresh_from_db()


def _carry_text(text: str, from_year: int) -> str:
    text = text.replace(f"năm {from_year}", f"năm {YEAR}")
    for old, new in CARRY:
        text = text.replace(old, new)
    return text


def _city_plan(city: AdminUnit, user: User, clock: Clock) -> Plan:
    """The 2022 Hải Dương plan carried to 2026 for the city under the current structure, with targets, confirmed."""
    parent = (Plan.objects.filter(unit__in=city.predecessors.all(), status=Plan.Status.CONFIRMED, period_from=2022,
                                  period_to=2022).order_by("id").first())
    if parent is None:
        raise ValidationError("Thiếu kế hoạch năm 2022 của tỉnh Hải Dương (văn bản mẫu 000) để lập kế hoạch 2026.")
    plan = plan_derive(parent=parent, user=user, unit=city)
    shift = YEAR - 2022
    plan.title = _carry_text(plan.title, 2022)
    plan.period_from = plan.period_to = YEAR
    plan.number, plan.symbol, plan.place = CITY_PLAN_NUMBER, "KH-UBND", "Hải Phòng"
    plan.issued_on = issued = dt.date(YEAR, 1, 22)
    plan.signer_authority, plan.signer_position, plan.signer_name = "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hoa"
    plan.recipients = ["Bộ Nội vụ", "Thường trực Thành ủy", "Thường trực HĐND thành phố", "Các sở, ban, ngành",
                       "UBND các xã, phường, đặc khu", "Lưu: VT"]
    plan.sections = json.loads(_carry_text(json.dumps(plan.sections, ensure_ascii=False), 2022))
    plan.save()
    for a in plan.assignments.all():
        a.written, a.duties = _carry_text(a.written, 2022), [_carry_text(d, 2022) for d in a.duties]
        a.save()
    for d in plan.deadlines.all():
        d.due, d.what = d.due.replace(year=d.due.year + shift), _carry_text(d.what, 2022)
        d.save()
    for e in plan.events.all():
        e.starts, e.ends = e.starts.replace(year=e.starts.year + shift), e.ends.replace(year=e.ends.year + shift)
        e.save()
    objective = Objective.objects.create(plan=plan, order=0, number="2",
                                         text="Chỉ tiêu năm 2026 và đến năm 2030 của thành phố")
    codes = {i.code: i for i in Indicator.objects.filter(owner=None)}
    for order, (text, subject, comparator, value, unit, year, code) in enumerate(CITY_TARGETS):
        target = Target.objects.create(objective=objective, order=order, number=f"{order + 1}", text=text)
        Measure.objects.create(target=target, subject=subject, comparator=comparator, value=Decimal(value), unit=unit,
                               by_year=year, indicator=codes.get(code))
    plan = plan_confirm(plan=plan, user=user)
    _dated_plan(plan, clock.at(issued))
    return plan


def _dated_plan(plan: Plan, when: dt.datetime) -> None:
    Plan.objects.filter(pk=plan.pk).update(created_at=when, confirmed_at=when)
    plan.history.update(history_date=when)
    plan.refresh_from_db()


def _commune_plan(city_plan: Plan, commune: AdminUnit, officer: User, clock: Clock) -> Plan:
    plan = plan_derive(parent=city_plan, user=officer, unit=commune)
    plan.number, plan.symbol, plan.place = COMMUNE_PLAN_NUMBER, "KH-UBND", "Nhị Chiểu"
    plan.issued_on = issued = dt.date(YEAR, 2, 12)
    plan.signer_authority, plan.signer_position, plan.signer_name = "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Văn Long"
    plan.save()
    plan = plan_confirm(plan=plan, user=officer)
    _dated_plan(plan, clock.at(issued))
    return plan


def _open(plan: Plan, user: User, clock: Clock, *, kind: str, opened: dt.date, due: dt.date | None = None,
          name: str = "") -> Round:
    defaults = round_defaults(plan=plan, kind=kind, today=opened)
    rnd = round_open(plan=plan, user=user, kind=kind, name=name or defaults["name"], year=YEAR,
                     due=due or defaults["due"], items=DEFAULT_ITEMS)
    Round.objects.filter(pk=rnd.pk).update(opened_at=clock.at(opened, 8))
    rnd.refresh_from_db()
    return rnd


class Year:
    """The steps of the year, each on its day, with figures drawn from one seeded generator."""

    def __init__(self, clock: Clock, rng: random.Random) -> None:
        self.clock, self.rng = clock, rng

    def fill(self, report: Report, user: User, day: dt.date, *, scale: int = 1) -> Report:
        lines = {line.id: (self.rng.choice(RESULTS), self.rng.choice([Duty.Status.IN_PROGRESS, Duty.Status.DONE]))
                 for line in report.lines.all()}
        values: dict[int, tuple[Decimal | None, Decimal | None]] = {}
        for item in report.round.items.all():
            total = self.rng.randint(2, 12) * scale * (20 if item.unit == "người" else 1)
            values[item.id] = (Decimal(total), Decimal(total * self.rng.randint(52, 68) // 100) if item.by_sex else None)
        summary = (f"{report.agency.name} đã triển khai các nhiệm vụ được giao; khó khăn: kinh phí còn hạn chế, "
                   "số liệu tách biệt giới chưa đầy đủ. Kiến nghị tiếp tục tập huấn cho cán bộ làm công tác bình "
                   "đẳng giới.")
        report = report_save(report=report, user=user, version=report.version,
                             data={"summary": summary, "lines": lines, "values": values})
        _dated(report, self.clock.at(day, 10), "updated_at")
        return report

    def submit(self, report: Report, user: User, day: dt.date) -> None:
        report_submit(report=report, user=user)
        _dated(report, self.clock.at(day, 15), "submitted_at", "updated_at")

    def review(self, report: Report, user: User, day: dt.date, comment: str = "") -> None:
        report_review(report=report, user=user, accept=not comment, comment=comment)
        _dated(report, self.clock.at(day, 16), "reviewed_at")

    def send(self, report: Report, user: User, filled: dt.date, sent: dt.date, *, reviewer: User | None = None,
             reviewed: dt.date | None = None, comment: str = "", scale: int = 1) -> None:
        self.submit(self.fill(report, user, filled, scale=scale), user, sent)
        if reviewer is not None and reviewed is not None:
            self.review(report, reviewer, reviewed, comment)


def _report(rnd: Round, unit: AdminUnit, kind: str) -> Report:
    return rnd.reports.get(agency__unit=unit, agency__kind=kind)


@transaction.atomic
def demo_living_year() -> dict[str, Any]:
    """Build the year 2026 of Hải Phòng once (plans, rounds, reports in every state, a consolidation) and the
    indicator values of its targets; returns what is there."""
    city = _province("Hải Phòng")
    commune = _commune(city)
    coordinator = User.objects.get(username="dieuphoi.haiphong")
    officer = User.objects.get(username="dieuphoi.nhichieu")
    health = User.objects.get(username="daumoi.syte.haiphong")
    plan = Plan.objects.filter(unit=city, number=CITY_PLAN_NUMBER, period_from=YEAR).first()
    built = plan is None
    if plan is None:
        clock, rng = Clock(), random.Random(SEED)
        plan = _city_plan(city, coordinator, clock)
        commune_plan = _commune_plan(plan, commune, officer, clock)
        _rounds(plan, commune_plan, Year(clock, rng), coordinator=coordinator, officer=officer, health=health)
    written = indicator_values_write(city, coordinator)
    rounds = Round.objects.filter(plan__unit__in=[city, commune], year=YEAR).order_by("plan__unit__level", "due")
    return {"built": built, "plan": plan, "rounds": list(rounds), "values": written}


def demo_registers() -> dict[str, int]:
    """The work of the year behind the reports: a year of activities under the city's and the ward's 2026 plans,
    and a handful of invented cases in the ward, handled by its police and supervised by the city's case worker.
    A second run changes nothing."""
    city = _province("Hải Phòng")
    commune = _commune(city)
    plans = Plan.objects.filter(unit__in=[city, commune], period_from=YEAR, status=Plan.Status.CONFIRMED)
    activities = sum(sum(activities_demo_for_plan(plan, year=YEAR).values()) for plan in plans)
    cases = cases_demo_build(commune=commune, agency=Agency.objects.get(unit=commune, kind="cong_an"),
                             worker=User.objects.get(username="xuly.nhichieu"),
                             supervisor=User.objects.get(username="xuly.haiphong"))
    return {"activities": activities, "cases": len(cases)}


def _rounds(plan: Plan, commune_plan: Plan, year: Year, *, coordinator: User, officer: User, health: User) -> None:
    city, commune = plan.unit, commune_plan.unit
    d = dt.date
    half = _open(plan, coordinator, year.clock, kind=Round.Kind.HALF_YEAR, opened=d(YEAR, 5, 15))
    # The ward runs its own half-year round first, consolidates it and sends it up as its committee's report.
    ward = _open(commune_plan, officer, year.clock, kind=Round.Kind.HALF_YEAR, opened=d(YEAR, 5, 12),
                 due=d(YEAR, 6, 5))
    ward_reports = list(ward.reports.order_by("agency__name"))
    for i, report in enumerate(ward_reports):
        if i == len(ward_reports) - 1:
            year.fill(report, officer, d(YEAR, 6, 2))  # a draft never sent
        else:
            late = i == 0
            year.send(report, officer, d(YEAR, 6, 1), d(YEAR, 6, 7 if late else 3 + i % 2), reviewer=officer,
                      reviewed=d(YEAR, 6, 7 if late else 5))
    consolidated = consolidate(rnd=ward, user=officer)
    round_values_record(rnd=ward, user=officer)
    _dated(consolidated, year.clock.at(d(YEAR, 6, 8)), "assembled_at")
    upward = _report(half, commune, "ubnd")
    consolidated_send_up(consolidated=consolidated, report=upward, user=officer)
    _dated(upward, year.clock.at(d(YEAR, 6, 8), 11), "submitted_at", "updated_at")
    year.review(upward, coordinator, d(YEAR, 6, 9))

    # The city's departments: on time, late, returned with a comment, waiting, never sent.
    on_time_accepted = [("so_tu_phap", 3), ("so_gddt", 8), ("so_vhttdl", 9), ("so_khcn", 5)]
    for kind, day in on_time_accepted:
        year.send(_report(half, city, kind), coordinator, d(YEAR, 6, day - 1), d(YEAR, 6, day), reviewer=coordinator,
                  reviewed=d(YEAR, 6, 11))
    year.send(_report(half, city, "so_y_te"), health, d(YEAR, 6, 4), d(YEAR, 6, 5), reviewer=coordinator,
              reviewed=d(YEAR, 6, 12), comment="Đề nghị bổ sung số người được tập huấn là nữ và kết quả khám sàng lọc "
                                               "trước sinh 6 tháng đầu năm, rồi gửi lại.")
    year.send(_report(half, city, "cong_an"), coordinator, d(YEAR, 6, 15), d(YEAR, 6, 16), reviewer=coordinator,
              reviewed=d(YEAR, 6, 18))
    year.send(_report(half, city, "hoi_lhpn"), coordinator, d(YEAR, 6, 19), d(YEAR, 6, 20))  # late, waiting
    year.send(_report(half, city, "mttq"), coordinator, d(YEAR, 6, 9), d(YEAR, 6, 10))  # on time, waiting
    year.fill(_report(half, city, "so_tai_chinh"), coordinator, d(YEAR, 6, 8))  # a draft, overdue
    # Some wards and communes report on time, two late; most have not (the completeness page shows who).
    others = sorted(r for r in half.reports.filter(agency__kind="ubnd").exclude(agency__unit__in=[city, commune])
                    .values_list("id", flat=True))
    chosen = year.rng.sample(others, 8)
    for i, report_id in enumerate(chosen):
        report = Report.objects.get(id=report_id)
        late = i >= 6
        year.send(report, coordinator, d(YEAR, 6, 2 + i), d(YEAR, 6, 14 + i if late else 3 + i),
                  reviewer=coordinator if i != 7 else None, reviewed=d(YEAR, 6, 22), scale=3)
    city_sum = consolidate(rnd=half, user=coordinator)
    round_values_record(rnd=half, user=coordinator)
    _dated(city_sum, year.clock.at(d(YEAR, 6, 25)), "assembled_at")

    # The annual round, due 10/12: some sent, one returned, the rest due in a few days.
    annual = _open(plan, coordinator, year.clock, kind=Round.Kind.ANNUAL, opened=d(YEAR, 11, 5))
    year.send(_report(annual, city, "so_tu_phap"), coordinator, d(YEAR, 11, 24), d(YEAR, 11, 25),
              reviewer=coordinator, reviewed=d(YEAR, 11, 30))
    year.send(_report(annual, city, "cong_an"), coordinator, d(YEAR, 11, 27), d(YEAR, 11, 28))
    year.send(_report(annual, city, "so_gddt"), coordinator, d(YEAR, 11, 25), d(YEAR, 11, 26), reviewer=coordinator,
              reviewed=d(YEAR, 12, 1), comment="Đề nghị bổ sung kết quả Tháng hành động vì bình đẳng giới.")
    year.fill(_report(annual, city, "so_y_te"), health, d(YEAR, 11, 30))

    # An ad hoc review due in a few days from today (the demo date is the machine's).
    today = timezone.localdate()
    adhoc = _open(plan, coordinator, year.clock, kind=Round.Kind.AD_HOC, opened=today - dt.timedelta(days=5),
                  due=today + dt.timedelta(days=4),
                  name=f"Báo cáo nhanh kết quả Tháng hành động vì bình đẳng giới năm {YEAR}")
    year.send(_report(adhoc, city, "hoi_lhpn"), coordinator, today - dt.timedelta(days=2),
              today - dt.timedelta(days=1))


# -- Indicator values -------------------------------------------------------------------------------------

# (first value 2016, latest value, years with data) for the city as a whole; ratios are written as numerator
# and denominator for old Hải Dương and old Hải Phòng until 2024 and for the city from 2025, so that the city's
# figure before 2025 is the two provinces' summed. The seed-004 targets (2020) and the city's own (2026, 2030)
# read them: achieved, on track, at risk and off track each occur; a few indicators have no data.
ALL_YEARS = list(range(2016, 2026))
RATIOS: dict[str, tuple[float, float, list[int], int]] = {
    # code: (2016, latest, years, denominator of the whole city)
    "nu-cap-uy": (17.2, 21.6, [2016, 2020, 2025], 3200),
    "nu-dai-bieu-hdnd": (24.1, 28.7, [2016, 2021], 2900),
    "lanh-dao-chu-chot-nu": (58.0, 72.5, ALL_YEARS, 400),
    "lanh-dao-nu-noi-30-nu": (55.0, 74.0, ALL_YEARS, 260),
    "nu-viec-lam-moi": (43.0, 47.5, ALL_YEARS, 62000),
    "nu-chu-doanh-nghiep": (22.0, 26.5, ALL_YEARS, 21000),
    "lao-dong-nu-nong-thon-dao-tao": (28.0, 52.0, ALL_YEARS, 180000),
    "nu-vay-von": (88.0, 96.4, ALL_YEARS, 9000),
    "biet-chu": (97.8, 99.3, ALL_YEARS, 1400000),
    "nu-thac-si": (38.0, 46.2, ALL_YEARS, 5200),
    "nu-tien-si": (12.5, 17.8, ALL_YEARS, 640),
    "ty-so-gioi-tinh-khi-sinh": (116.8, 112.9, ALL_YEARS, 22000),
    "tu-vong-me": (32.0, 21.0, ALL_YEARS, 45000),
    "hiv-me-con": (82.0, 97.5, ALL_YEARS, 44000),
    "pha-thai": (19.0, 12.5, ALL_YEARS, 45000),
    "dai-chuyen-muc-bdg": (75.0, 100.0, ALL_YEARS, 120),
    "nan-nhan-duoc-ho-tro": (45.0, 81.0, ALL_YEARS, 900),
    "nguoi-gay-bao-luc-tu-van": (62.0, 80.5, ALL_YEARS, 850),
    "van-ban-long-ghep": (70.0, 93.0, ALL_YEARS, 60),
    "ban-soan-thao-tap-huan": (40.0, 71.0, ALL_YEARS, 300),
    "can-bo-chuyen-trach": (60.0, 100.0, ALL_YEARS, 250),
    "can-bo-bdg-tap-huan": (65.0, 88.0, ALL_YEARS, 1100),
}
# Counts: entered by the districts until 2024 and by the wards and communes from 2025, summed up the tree.
COUNTS: dict[str, tuple[int, int]] = {
    "so-nguoi-tap-huan-bdg": (1800, 2950),
    "san-pham-dinh-kien-gioi": (46, 9),
}


def _path(rng: random.Random, start: float, end: float, years: list[int]) -> dict[int, float]:
    """A path from `start` to `end` over the years with some noise between them (the first and last values are
    exact: the status rule reads them)."""
    out = {}
    for i, year in enumerate(years):
        t = i / max(len(years) - 1, 1)
        noise = 0.0 if i in (0, len(years) - 1) else rng.uniform(-0.08, 0.08) * abs(end - start)
        out[year] = start + (end - start) * t + noise
    return out


def _split(rng: random.Random, total: int, n: int) -> list[int]:
    """`total` shared among n units unevenly, summing exactly (largest remainders)."""
    weights = [rng.uniform(0.3, 1.7) for _ in range(n)]
    raw = [total * w / sum(weights) for w in weights]
    parts = [int(x) for x in raw]
    for i in sorted(range(n), key=lambda i: raw[i] - parts[i], reverse=True)[: total - sum(parts)]:
        parts[i] += 1
    return parts


def indicator_entries(city: AdminUnit) -> list[Entry]:
    """The values of the city's targets' indicators, 2016–2025, the same at every run."""
    rng = random.Random(SEED)
    indicators = {i.code: i for i in Indicator.objects.filter(owner=None, code__in=[*RATIOS, *COUNTS])}
    old = sorted(city.predecessors.all(), key=lambda u: u.code)
    entries: list[Entry] = []
    for code, (start, end, years, whole) in RATIOS.items():
        ind = indicators[code]
        per = ind.multiplier
        for year, rate in _path(rng, start, end, years).items():
            if year >= 2025:  # the city itself
                parts = [(city, round(whole * 1.02), rate)]
            else:  # two provinces, one above the city's rate and one below, weighted so that together they make it
                share = rng.uniform(0.4, 0.5)
                dens = [round(whole * share), whole - round(whole * share)]
                spread = min(rng.uniform(0.0, 0.06) * rate, (float(per) - rate) if ind.unit == "%" else rate)
                parts = list(zip(old, dens, [rate + spread, rate - spread * dens[0] / dens[1]], strict=True))
            for unit, den, r in parts:
                num = round(r * den / float(per))
                entries.append(Entry(indicator=ind, unit=unit, year=year, denominator=Decimal(den),
                                     numerator=Decimal(min(num, den) if ind.unit == "%" else num)))
    districts = list(AdminUnit.objects.filter(parent__in=old).order_by("path"))
    communes = list(AdminUnit.objects.filter(parent=city).order_by("code"))
    for code, (start, end) in COUNTS.items():
        ind = indicators[code]
        for year, total in _path(rng, start, end, ALL_YEARS).items():
            units = communes if year >= 2025 else districts
            for unit, value in zip(units, _split(rng, round(total), len(units)), strict=True):
                entries.append(Entry(indicator=ind, unit=unit, year=year, value=Decimal(value)))
                if ind.by_sex:
                    women = value * rng.randint(55, 68) // 100
                    entries.append(Entry(indicator=ind, unit=unit, year=year, sex=DataValue.Sex.FEMALE,
                                         value=Decimal(women)))
                    entries.append(Entry(indicator=ind, unit=unit, year=year, sex=DataValue.Sex.MALE,
                                         value=Decimal(value - women)))
    return entries


def indicator_values_write(city: AdminUnit, user: User) -> int:
    """Write the values that are not there yet or differ (a second run writes nothing); returns how many."""
    entries = indicator_entries(city)
    stored = {(v.indicator_id, v.unit_id, v.year, v.half, v.sex, v.group): (v.value, v.numerator, v.denominator)
              for v in DataValue.objects.filter(indicator__in={e.indicator.id for e in entries},
                                                unit__in={e.unit.id for e in entries}, agency__isnull=True)}
    fresh = [e for e in entries
             if stored.get((e.indicator.id, e.unit.id, e.year, e.half, e.sex, e.group)) != (e.value, e.numerator,
                                                                                              e.denominator)]
    if fresh:
        values_save(user=user, entries=fresh, source="import")
    return len(fresh)


def rounds_summary(rounds: list[Round]) -> list[str]:
    """One line per round: its reports by state (what the demo shows)."""
    lines = []
    for rnd in rounds:
        reports = list(rnd.reports.select_related("round"))
        states = {label: sum(r.status == value for r in reports) for value, label in Report.Status.choices}
        late = sum(r.is_sent and r.late for r in reports)
        done = "; đã tổng hợp" if Consolidated.objects.filter(round=rnd).exists() else ""
        lines.append(f"{rnd.name} · {rnd.plan.unit} · hạn {rnd.due:%d/%m/%Y}: "
                     + ", ".join(f"{n} {label.lower()}" for label, n in states.items() if n)
                     + (f" ({late} gửi muộn)" if late else "") + done)
    return lines
