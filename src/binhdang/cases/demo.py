"""Invented cases for the demo (no real person): deterministic, and idempotent (found again by their codes)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.db import transaction

from binhdang.cases import services
from binhdang.cases.models import Case, MeasureKind, SupportKind
from binhdang.units.models import AdminUnit, Agency

if TYPE_CHECKING:
    from binhdang.accounts.models import User

# (code suffix: D for demo, received, harms, acts, victim, perpetrator, measures, status) — all invented.
DEMO = [
    ("D01", dt.date(2025, 3, 4), ["the_chat", "tinh_than"], ["a", "b"],
     ("Nguyễn Thị Hoa (giả định)", "nu", 1990, "vo_chong"), ("Trần Văn Nam (giả định)", "nam", 1987),
     [MeasureKind.STOP, MeasureKind.COUNSEL], "closed"),
    ("D02", dt.date(2025, 6, 12), ["kinh_te"], ["l"],
     ("Lê Thị Mai (giả định)", "nu", 1958, "cha_me_con"), ("Lê Văn Hùng (giả định)", "nam", 1985),
     [MeasureKind.CRITICISM], "open"),
    ("D03", dt.date(2025, 9, 20), ["the_chat"], ["a", "k"],
     ("Phạm Thị Lan (giả định)", "nu", 1996, "chung_song"), ("Đỗ Văn Quân (giả định)", "nam", 1994),
     [MeasureKind.NO_CONTACT, MeasureKind.BEHAVIOUR], "open"),
    ("D04", dt.date(2025, 11, 2), ["tinh_than"], ["b", "dd"],
     ("Vũ Minh An (giả định)", "nam", 2012, "cha_me_con"), ("Vũ Văn Bình (giả định)", "nam", 1980),
     [], "draft"),
]


@transaction.atomic
def cases_demo_build(*, commune: AdminUnit, agency: Agency, worker: User, supervisor: User,
                     today: dt.date | None = None) -> list[Case]:
    """A handful of invented cases in `commune`, handled by `agency` (the commune's police or People's
    Committee): `worker` (a case worker of that agency) handles them, `supervisor` (a case worker of the commune
    or above) supervises. Running it again changes nothing."""
    today = today or dt.date.today()
    made = []
    for suffix, received, harms, acts, victim, perpetrator, measures, status in DEMO:
        code = f"VV-{received.year}-{commune.code}-{suffix}"
        case = Case.objects.filter(code=code).first()
        if case is not None:
            made.append(case)
            continue
        case = services.case_create(user=worker, supervisor=supervisor, data={
            "unit": commune, "received_on": received, "received_by_kind": "cong_an", "channel": "in_person",
            "harms": harms, "acts": acts, "place": "Thôn giả định, " + commune.name, "assigned_on": received,
            "reporter_name": "Người báo tin giả định", "summary": "Vụ việc giả định để trình diễn hệ thống."})
        Case.objects.filter(pk=case.pk).update(code=code)
        case.refresh_from_db()
        name, sex, year, relation = victim
        services.person_add(user=worker, case=case, kind="victim", data={
            "full_name": name, "sex": sex, "birth_year": year, "relationship": relation})
        p_name, p_sex, p_year = perpetrator
        services.person_add(user=worker, case=case, kind="perpetrator", data={
            "full_name": p_name, "sex": p_sex, "birth_year": p_year, "relationship": relation})
        for i, kind in enumerate(measures):
            data = {"kind": kind, "decided_on": received + dt.timedelta(days=1 + i),
                    "decided_by": "Chủ tịch UBND " + commune.short_name}
            if kind == MeasureKind.NO_CONTACT:  # ends soon: the worker's home shows it
                data |= {"decision_number": f"{suffix}/QĐ-UBND", "starts_on": today - dt.timedelta(days=1),
                         "ends_on": today + dt.timedelta(days=2), "consent": "dong_y"}
            services.measure_add(user=worker, case=case, data=data)
        if status != "draft":
            services.case_submit(user=worker, case=case)
            services.support_add(user=worker, case=case, data={"kind": SupportKind.COUNSEL, "given_on": received,
                                                               "given_by": agency.name})
            services.followup_add(user=worker, case=case, data={"due_on": today + dt.timedelta(days=5)})
        if status == "closed":
            services.case_update(user=worker, case=case, data={"outcome": Case.Outcome.STOPPED})
            services.closure_request(user=worker, case=case)
            services.closure_approve(user=supervisor, case=case)
        made.append(case)
    return made
