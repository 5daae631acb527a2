"""A year of activities for the demo: each agency trains, communicates, inspects, awards and runs a model, on fixed
days (some during the Action Month), so that the demo's reports open already counted. Deterministic and
idempotent: running it again finds the same records and adds nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db import transaction

from binhdang.activities.models import (
    TARGET_GROUPS,
    Award,
    CommEvent,
    CommProduct,
    Inspection,
    ModelReview,
    PilotModel,
    Recommendation,
    Training,
    Violation,
)
from binhdang.activities.services import plan_years
from binhdang.plans.models import Duty, Plan
from binhdang.units.models import AdminUnit, Agency


def _duty(agency: Agency, year: int) -> Duty | None:
    """The agency's first duty under a confirmed plan whose period covers the year: what its activities carry out."""
    for duty in Duty.objects.filter(agency=agency, plan__status=Plan.Status.CONFIRMED).select_related("plan"):
        years = plan_years(duty.plan)
        if years and years[0] <= year <= years[1]:
            return duty
    return None


@transaction.atomic
def activities_demo_build(*, unit: AdminUnit, agencies: Sequence[Agency], year: int) -> dict[str, int]:
    """Create (or find) a year of activities of `agencies` of `unit`; returns how many records each register holds
    for them that year."""
    for n, agency in enumerate(agencies):
        duty = _duty(agency, year)
        link: dict[str, Any] = {"agency": agency, "duty": duty, "plan": duty.plan if duty else None}
        people = 40 + 10 * (n % 5)
        Training.objects.get_or_create(
            **link, held_on=dt.date(year, 3, 15 + n % 10), topic="Tập huấn kiến thức về giới, bình đẳng giới",
            defaults={"target_group": str(TARGET_GROUPS[n % len(TARGET_GROUPS)]), "organiser": agency.name,
                      "place": f"Hội trường {agency.name}", "participants": people,
                      "participants_female": people * 3 // 5, "cost": 15_000_000})
        Training.objects.get_or_create(
            **link, held_on=dt.date(year, 11, 20), topic="Hội nghị hưởng ứng Tháng hành động vì bình đẳng giới",
            defaults={"kind": Training.Kind.CONFERENCE, "target_group": str(TARGET_GROUPS[2]),
                      "organiser": agency.name, "participants": people + 20, "participants_female": people // 2})
        CommEvent.objects.get_or_create(
            **link, held_on=dt.date(year, 11, 15), title="Lễ phát động Tháng hành động vì bình đẳng giới",
            defaults={"place": unit.name, "attendance": 150 + n, "attendance_female": 90})
        CommEvent.objects.get_or_create(
            **link, held_on=dt.date(year, 3, 8), title="Nói chuyện chuyên đề nhân ngày Quốc tế Phụ nữ 8/3",
            defaults={"kind": CommEvent.Kind.TALK, "attendance": 60, "attendance_female": 45})
        for month, kind, title, count in ((4, CommProduct.Kind.NEWS, "Tin hoạt động bình đẳng giới", 4 + n % 3),
                                          (6, CommProduct.Kind.LEAFLET, "Tờ rơi phòng, chống bạo lực gia đình", 500),
                                          (11, CommProduct.Kind.BANNER, "Băng rôn Tháng hành động", 10)):
            CommProduct.objects.get_or_create(**link, held_on=dt.date(year, month, 10), title=title,
                                              defaults={"kind": kind, "channel": agency.name, "count": count})
        if n % 2 == 0:
            inspection, created = Inspection.objects.get_or_create(
                **link, held_on=dt.date(year, 5, 20), decision=f"Kế hoạch kiểm tra số {n + 1}/KH năm {year}",
                defaults={"team": "Trưởng đoàn và 4 thành viên", "bodies": "doanh nghiệp: Công ty TNHH May mặc\n"
                                                                            "xã: các xã có tỷ lệ nữ cán bộ thấp",
                          "checklist": ["ban_vstbpn", "can_bo_nu", "lao_dong_nu"],
                          "findings": "Ban vì sự tiến bộ của phụ nữ hoạt động đều; chưa bố trí đủ kinh phí."})
            if created:
                Violation.objects.create(inspection=inspection, body="Công ty TNHH May mặc",
                                         description="Không bảo đảm điều kiện lao động cho lao động nữ mang thai",
                                         sanction=Violation.Sanction.FINE, article="Điều 6", fine=5_000_000)
                Recommendation.objects.create(inspection=inspection, text="Bố trí kinh phí cho hoạt động bình đẳng "
                                              "giới", deadline=dt.date(year, 9, 30),
                                              status=Recommendation.Status.CLOSED, closed_on=dt.date(year, 9, 15))
                Recommendation.objects.create(inspection=inspection, text="Kiện toàn Ban vì sự tiến bộ của phụ nữ",
                                              deadline=dt.date(year, 12, 31))
        Award.objects.get_or_create(
            **link, held_on=dt.date(year, 12, 5), recipient=f"Tập thể {agency.name}",
            defaults={"recipient_kind": Award.Recipient.COLLECTIVE, "form": Award.Form.CERTIFICATE,
                      "level": Award.Level.PROVINCE if unit.level == AdminUnit.Level.PROVINCE else Award.Level.COMMUNE,
                      "reason": "Có thành tích xuất sắc trong Tháng hành động vì bình đẳng giới",
                      "decision_number": f"{100 + n}/QĐ-UBND"})
        model, _created = PilotModel.objects.get_or_create(
            agency=agency, name=f"Câu lạc bộ gia đình hạnh phúc {agency.name}",
            defaults={"held_on": dt.date(year, 2, 1), "unit": agency.unit, "members": 30, "members_female": 20,
                      "duty": duty, "plan": duty.plan if duty else None})
        ModelReview.objects.get_or_create(model=model, year=year, defaults={
            "result": "Sinh hoạt đều hằng tháng, thu hút nam giới tham gia", "decision": ModelReview.Decision.KEEP})
    ids = [a.id for a in agencies]
    return {name: model_.objects.filter(agency__in=ids, held_on__year=year).count()  # type: ignore[attr-defined]
            for name, model_ in (("trainings", Training), ("events", CommEvent), ("products", CommProduct),
                                 ("inspections", Inspection), ("awards", Award), ("models", PilotModel))}


def activities_demo_for_plan(plan: Plan, *, year: int | None = None, most: int = 40) -> dict[str, int]:
    """A year of activities under a confirmed plan: those of the agencies with duties in it (the first `most`), in
    the plan's last year (or `year`), linked to their duties."""
    years = plan_years(plan)
    year = year or (years[1] if years else dt.date.today().year)
    agencies = list(Agency.objects.filter(duties__plan=plan).distinct().order_by("unit__path", "name")[:most])
    return activities_demo_build(unit=plan.unit, agencies=agencies, year=year)
