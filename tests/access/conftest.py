"""The access walk's world: users of every role at three levels (a province, a district of the structure before
2025, a commune), each level with a sample of every kind of object under it, and a foreign province (Lạng Sơn)
with its own samples, its own indicator and its own figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from binhdang.access import restrict
from binhdang.access.policy import under
from binhdang.accounts.models import User
from binhdang.activities.models import (
    ActivityEvidence,
    Award,
    CommEvent,
    CommProduct,
    FollowUp,
    Inspection,
    PilotModel,
    Recommendation,
    Training,
    Violation,
)
from binhdang.cases import models as cases
from binhdang.cases.models import Case
from binhdang.cases.services import case_create
from binhdang.indicators.models import DataValue, Indicator
from binhdang.plans.models import (
    Assignment,
    Deadline,
    Duty,
    Event,
    LegalBasis,
    Measure,
    Objective,
    Plan,
    Target,
)
from binhdang.reports.models import Consolidated, Evidence, Item, Line, Report, Round, Value
from binhdang.reports.services import DEFAULT_ITEMS, consolidate, evidence_add, round_open
from binhdang.units.models import AdminUnit, Agency
from binhdang.units.services import agencies_create_standard
from tests.access.forms import page_forms
from tests.activities.samples import activity_samples

LEVELS = ("province", "district", "commune")
ROLES = ("admin", "coordinator", "focal_point", "leader", "case_worker")
# Rows a user's action may change; the walk compares them before and after.
MODELS: list[type[Model]] = [Plan, LegalBasis, Objective, Target, Measure, Assignment, Deadline, Event, Duty, Round,
                             Item, Report, Line, Value, Evidence, Consolidated, Agency, DataValue, Indicator,
                             Training, CommEvent, CommProduct, Inspection, Violation, Recommendation, FollowUp, Award,
                             PilotModel, ActivityEvidence]
# URL prefixes that are not the application's pages: Django's admin (staff only), the language switch, login
# and logout; the API is walked by test_api_walk.py.
OUTSIDE = ("admin/", "i18n/", "login/", "logout/", "api/")


@dataclass
class Place:
    """One level: its unit, the agency its focal point belongs to, another agency, one user per role, and the
    URL arguments of a sample of everything under it."""

    unit: AdminUnit
    agency: Agency
    other: Agency
    users: dict[str, User] = field(default_factory=dict)
    samples: dict[str, Any] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)  # words that only this place's samples contain


def _agencies(unit: AdminUnit) -> tuple[Agency, Agency, Agency]:
    agencies_create_standard(unit)
    standing = Agency.objects.get(unit=unit, is_standing=True)
    others = list(Agency.objects.filter(unit=unit, is_standing=False).exclude(kind="ubnd").order_by("name"))
    return standing, others[0], others[1]


def samples(unit: AdminUnit, agency: Agency, title: str) -> dict[str, Any]:
    """A confirmed plan of the unit with a duty of `agency`, a round with the agency's report, its evidence, the
    consolidated report, a target measure, and one of the unit's own indicators with a figure."""
    by = User.objects.filter(username="walk.admin").first() or User.objects.create_user(
        "walk.admin", role=User.Role.ADMIN, is_superuser=True)
    plan = Plan.objects.create(unit=unit, title=title, status=Plan.Status.CONFIRMED, number="9/KH-UBND")
    assignment = Assignment.objects.create(plan=plan, agency=agency, written=agency.name, role="lead",
                                           duties=[f"Nhiệm vụ theo {title}"])
    duty = Duty.objects.create(plan=plan, agency=agency, assignment=assignment, text=f"Nhiệm vụ theo {title}")
    rnd = round_open(plan, by, kind="annual", name=f"Báo cáo năm theo {title}", year=2025,
                     due=dt.date(2025, 12, 10), items=DEFAULT_ITEMS)
    report = rnd.reports.get(agency=agency)
    evidence = evidence_add(report, by, SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 minh chung"))
    consolidate(rnd, by)
    target = Objective.objects.create(plan=plan, text=f"Mục tiêu theo {title}").targets.create(
        text="Tỷ lệ nữ đại biểu Hội đồng nhân dân đạt 30%")
    measure = Measure.objects.create(target=target, value=30, by_year=2026)
    case = _case(unit, title)
    indicator = Indicator.objects.create(code=f"rieng-{unit.id}", name=f"Chỉ số riêng theo {title}", owner=unit)
    DataValue.objects.create(indicator=indicator, unit=unit, year=2025, value=Decimal(7))
    return {"unit_id": unit.id, "agency_id": agency.id, "plan_id": plan.id, "duty_id": duty.id,
            "round_id": rnd.id, "report_id": report.id, "evidence_id": evidence.id, "measure_id": measure.id,
            "case_id": case.id, **activity_samples(agency, title)}


def _case(unit: AdminUnit, title: str) -> Case:
    """A case in the first commune of the unit (or the unit itself), taken in by that commune's police: its own
    case worker handles it, nobody the walk logs in does."""
    commune = unit if unit.level == "commune" else AdminUnit.objects.filter(
        path__startswith=unit.path + "/", level="commune").order_by("path").first()
    assert commune is not None
    agencies_create_standard(commune)
    worker = User.objects.filter(username=f"walk.handler.{commune.id}").first() or User.objects.create_user(
        f"walk.handler.{commune.id}", role=User.Role.CASE_WORKER, unit=commune,
        agency=Agency.objects.get(unit=commune, kind="cong_an"))
    return case_create(user=worker, data={"unit": commune, "received_on": dt.date(2025, 3, 2),
                                          "received_by_kind": "cong_an", "channel": "in_person",
                                          "summary": f"Vụ việc theo {title}", "reporter_name": "Người báo tin"})


def _place(unit: AdminUnit, level: str) -> Place:
    standing, agency, other = _agencies(unit)
    place = Place(unit, agency, other)
    for role in ROLES:
        mine = {"admin": None, "coordinator": standing, "leader": None}.get(role, agency)
        place.users[role] = User.objects.create_user(
            f"walk.{role}.{level}.{unit.id}", password="mat-khau-dai-1", role=role, unit=None if role == "admin" else unit,
            agency=mine, is_superuser=role == "admin")
    place.samples = samples(unit, agency, f"Kế hoạch {level} {unit.short_name}")
    place.names = [f"Kế hoạch {level} {unit.short_name}"]
    return place


@pytest.fixture
def world(db) -> dict[str, Place]:  # type: ignore[no-untyped-def]
    """Hưng Yên (province, current), a district of old Thái Bình (which Hưng Yên succeeded), a commune of Hưng
    Yên; and Lạng Sơn, the foreign province."""
    hung_yen = AdminUnit.objects.get(era="current", level="province", short_name="Hưng Yên")
    thai_binh = hung_yen.predecessors.get(short_name="Thái Bình")
    district = AdminUnit.objects.filter(parent=thai_binh, level="district").order_by("path").first()
    commune = AdminUnit.objects.filter(parent=hung_yen, level="commune").order_by("path").first()
    lang_son = AdminUnit.objects.get(era="current", level="province", short_name="Lạng Sơn")
    assert district is not None and commune is not None
    places = {"province": _place(hung_yen, "province"), "district": _place(district, "district"),
              "commune": _place(commune, "commune"), "foreign": _place(lang_son, "foreign")}
    places["foreign"].names += [lang_son.name, "xứ Lạng"]
    return places


def app_patterns() -> list[tuple[str, URLPattern]]:
    def walk(resolver: URLResolver, prefix: str = "") -> list[tuple[str, URLPattern]]:
        out: list[tuple[str, URLPattern]] = []
        for p in resolver.url_patterns:
            route = prefix + str(p.pattern)
            out += walk(p, route) if isinstance(p, URLResolver) else [(route, p)]
        return out

    return [(route, p) for route, p in walk(get_resolver()) if not route.startswith(OUTSIDE)]


def url_of(route: str, samples: dict[str, Any]) -> str:
    url = "/" + route
    for name, value in samples.items():
        url = url.replace(f"<int:{name}>", str(value)).replace(f"<slug:{name}>", str(value))
    assert "<" not in url, f"the access walk has no sample for {route!r}: add one to samples()"
    return url


def harvest(client: Client, owner: User, samples: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Every form on every page the owner can open, keyed by where it posts: the real, complete forms."""
    client.force_login(owner)
    forms: dict[str, dict[str, str]] = {}
    for route, _pattern in app_patterns():
        url = url_of(route, samples)
        response = client.get(url)
        if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
            for action, data in page_forms(response.content.decode(), url).items():
                forms.setdefault(action, data)
    client.logout()
    return forms


def rows(paths: list[str] | None = None, *, outside: bool = True) -> dict[str, set[str]]:
    """Every row of MODELS (outside the subtrees `paths`, or inside them), as text, to compare before and after."""
    out = {}
    for model in MODELS:
        policy: Any = model.access_policy  # type: ignore[attr-defined]
        queryset = model._default_manager.all()
        if paths is not None:
            inside = under(policy.path, paths)
            queryset = queryset.exclude(inside) if outside else queryset.filter(inside)
        fields = [f.attname for f in model._meta.concrete_fields]
        out[model.__name__] = {repr(r) for r in queryset.values_list(*fields)}
    return out


# The case register's rows, under their own policy (the people handling a case).
CASE_MODELS: list[type[Model]] = [cases.Case, cases.Victim, cases.Perpetrator, cases.Measure, cases.Support,
                                  cases.Referral, cases.FollowUp, cases.CaseAssignment]


def untouchable(user: User) -> dict[str, set[str]]:
    """Every row of MODELS and CASE_MODELS the policy does not let `user` change, as text."""
    out = {}
    for model in MODELS + CASE_MODELS:
        mine = restrict(model._default_manager.all(), user, "change").values("pk")
        fields = [f.attname for f in model._meta.concrete_fields]
        out[model.__name__] = {repr(r) for r in model._default_manager.exclude(pk__in=mine).values_list(*fields)}
    return out


def changed(before: dict[str, set[str]], after: dict[str, set[str]]) -> dict[str, int]:
    return {k: len(before[k] ^ after[k]) for k in before if before[k] != after[k]}



@pytest.fixture
def seed_plan(client, coordinator) -> Plan:  # type: ignore[no-untyped-def]
    """Thái Bình's 2022 plan (seed 001) confirmed by the Hưng Yên coordinator, as the reporting tests have it."""
    from tests.plans.conftest import confirmed

    return confirmed(client, "001")


@pytest.fixture
def seed_round(client, seed_plan) -> Round:  # type: ignore[no-untyped-def]
    from tests.reports.conftest import open_round

    return open_round(client, seed_plan)
