"""Every view, with every role: a Hưng Yên user sees its own province (old and new) and never Lạng Sơn.

The walk covers every URL pattern of the project. A new view is covered by giving its URL arguments a
sample below; a URL with an argument the walk does not know fails the test until it is added.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver

from binhdang.access import restrict
from binhdang.accounts.models import User
from binhdang.plans.models import Duty, Measure, Objective, Plan
from binhdang.reports.models import Report
from binhdang.reports.services import DEFAULT_ITEMS, consolidate, evidence_add, round_open
from binhdang.units.models import AdminUnit, Agency

# URL prefixes that are not the application's own pages (Django admin has its own staff check).
# The API has its own token authentication and its own access tests (tests/indicators/test_api.py).
OUTSIDE = ("admin/", "i18n/", "login/", "logout/", "api/")
# Pages that change a unit's plans: coordinators only (a focal point only for what its own agency issues).
MANAGERS_ONLY = {"plan_import", "plan_new", "plan_edit", "round_new", "data_import"}
# Pages of one agency's report: focal points and case workers see only their own agency's.
AGENCY_ONLY = {"report_page", "evidence_file"}


def _patterns(resolver: URLResolver, prefix: str = "") -> list[tuple[str, URLPattern]]:
    out: list[tuple[str, URLPattern]] = []
    for p in resolver.url_patterns:
        route = prefix + str(p.pattern)
        if isinstance(p, URLResolver):
            out += _patterns(p, route)
        else:
            out.append((route, p))
    return out


def _url(route: str, samples: dict[str, int]) -> str:
    url = "/" + route
    for name, value in samples.items():
        url = url.replace(f"<int:{name}>", str(value))
    assert "<" not in url, f"the access walk has no sample for {route!r}: add one to SAMPLES"
    return url


def app_routes() -> list[str]:
    return [route for route, _ in app_patterns()]


def app_patterns() -> list[tuple[str, URLPattern]]:
    return [(route, p) for route, p in _patterns(get_resolver()) if not route.startswith(OUTSIDE)]


def _samples(unit: AdminUnit, agency: Agency, title: str) -> dict[str, int]:
    """URL arguments of one area: the unit, an agency, a confirmed plan and that agency's duty under it, a
    reporting round of the plan with the agency's report, its evidence and the consolidated report."""
    plan = Plan.objects.create(unit=unit, title=title, status=Plan.Status.CONFIRMED, number="9/KH-UBND")
    duty = Duty.objects.create(plan=plan, agency=agency, text=f"Nhiệm vụ theo {title}")
    by = User.objects.filter(role=User.Role.ADMIN).first() or User.objects.create_user("quantri.mau", role="admin")
    rnd = round_open(plan, by, kind="annual", name=f"Báo cáo năm theo {title}", year=2025,
                     due=dt.date(2025, 12, 10), items=DEFAULT_ITEMS)
    report = rnd.reports.get(agency=agency)
    evidence = evidence_add(report, by, SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung"))
    consolidate(rnd, by)
    target = Objective.objects.create(plan=plan, text="Nâng cao vị thế của phụ nữ").targets.create(
        text="Tỷ lệ nữ đại biểu Hội đồng nhân dân đạt 30%")
    measure = Measure.objects.create(target=target, value=30, by_year=2026)
    return {"unit_id": unit.id, "agency_id": agency.id, "plan_id": plan.id, "duty_id": duty.id,
            "round_id": rnd.id, "report_id": report.id, "evidence_id": evidence.id, "measure_id": measure.id}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader", "case_worker"])
def test_no_view_reaches_another_province(client, hung_yen, lang_son, role) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users[role])
    foreign = _samples(lang_son.unit, lang_son.agency("so_y_te"), "Kế hoạch bình đẳng giới xứ Lạng")
    foreign_names = [lang_son.unit.name, lang_son.agency("so_y_te").name, "xứ Lạng"]
    for route in app_routes():
        url = _url(route, foreign)
        for method in ("get", "post"):
            response = getattr(client, method)(url, {"q": "Lạng"})
            body = response.content.decode(errors="replace")  # exports are binary
            if "<int:" in route:
                assert response.status_code in (403, 404, 405), (method, url, response.status_code)
            else:  # 400: a form posted without its fields, shown again with its errors
                assert response.status_code in (200, 302, 400, 403, 405), (method, url, response.status_code)
            assert not any(n in body for n in foreign_names), (method, url)
    assert Duty.objects.get(id=foreign["duty_id"]).status == Duty.Status.OPEN
    assert Report.objects.get(id=foreign["report_id"]).status == Report.Status.DRAFT
    assert Measure.objects.get(id=foreign["measure_id"]).indicator is None


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["coordinator", "focal_point", "leader", "case_worker"])
def test_every_view_opens_on_own_province(client, hung_yen, role) -> None:  # type: ignore[no-untyped-def]
    client.force_login(hung_yen.users[role])
    thai_binh = next(u for u in hung_yen.old if u.short_name == "Thái Bình")
    user = hung_yen.users[role]
    for sample in (_samples(hung_yen.unit, hung_yen.agency("so_y_te"), "Kế hoạch của tỉnh"),
                   _samples(thai_binh, Agency.objects.get(unit=thai_binh, kind="so_y_te"), "Kế hoạch năm 2022")):
        for route, pattern in app_patterns():
            response = client.get(_url(route, sample))
            if pattern.name in MANAGERS_ONLY and role != "coordinator":
                assert response.status_code == 403, (route, response.status_code)
            elif (pattern.name in AGENCY_ONLY and role in ("focal_point", "case_worker")
                  and sample["agency_id"] != user.agency_id):
                assert response.status_code == 404, (route, response.status_code)
            else:
                assert response.status_code in (200, 405), (route, response.status_code)


@pytest.mark.django_db
def test_anonymous_is_sent_to_login(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    for route in app_routes():
        response = client.get(_url(route, {"unit_id": hung_yen.unit.id, "agency_id": 1, "plan_id": 1,
                                           "duty_id": 1, "round_id": 1, "report_id": 1, "evidence_id": 1,
                                           "measure_id": 1}))
        assert response.status_code in (302, 405) and (response.status_code == 405 or "/login/" in response.url)


@pytest.mark.django_db
def test_restrict_on_querysets(hung_yen, lang_son, admin_user) -> None:  # type: ignore[no-untyped-def]
    coordinator = hung_yen.users["coordinator"]
    visible = restrict(AdminUnit.objects.filter(level="province"), coordinator)
    assert {u.name for u in visible} == {"Tỉnh Hưng Yên", "Tỉnh Thái Bình"}
    thai_binh_communes = AdminUnit.objects.filter(path__startswith="L/34/")
    assert restrict(thai_binh_communes, coordinator).count() == thai_binh_communes.count() > 0
    assert not restrict(Agency.objects.filter(unit=lang_son.unit), coordinator).exists()
    assert restrict(Agency.objects.filter(unit=lang_son.unit), admin_user).exists()


@pytest.mark.django_db
def test_only_coordinators_change_a_unit(client, hung_yen) -> None:  # type: ignore[no-untyped-def]
    for role in ("focal_point", "leader", "case_worker"):
        client.force_login(hung_yen.users[role])
        response = client.post(f"/units/{hung_yen.unit.id}/agencies/new/", {"name": "Hội Người cao tuổi tỉnh"})
        assert response.status_code == 403
    assert not Agency.objects.filter(name="Hội Người cao tuổi tỉnh").exists()
