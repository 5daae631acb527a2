"""The API (django-ninja, OpenAPI at /api/docs): indicators, aggregated values, target progress, and reading
and writing data values. A bearer token acts as its user: the same access policy as the pages decides.

A top-level module: it composes the indicators (values, aggregation) and the plans (targets' progress)."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Path, Query, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from binhdang.access import may_model, require, restrict
from binhdang.accounts.models import User
from binhdang.indicators import selectors, services
from binhdang.indicators.models import DataValue, Indicator
from binhdang.indicators.tokens import token_user
from binhdang.plans.progress import progress as target_progress
from binhdang.units.models import AdminUnit, Agency


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = token_user(token)
        if user is not None:
            request.user = user
        return user


MAX_ID = 2**53  # ids beyond what JSON numbers carry are not ids of ours

api = NinjaAPI(title="binhdang", version="1", auth=TokenAuth(), urls_namespace="api",
               description="Chỉ số, số liệu tách biệt giới, tiến độ chỉ tiêu. Xác thực: Authorization: Bearer <token>.")


@api.exception_handler(PermissionDenied)
def refused(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    """A refusal of the access policy (binhdang.access.Refused): 403 with its Vietnamese message."""
    return api.create_response(request, {"detail": str(exc) or "Bạn không có quyền với nội dung này."}, status=403)


class IndicatorOut(Schema):
    code: str
    name: str
    kind: str
    unit: str
    multiplier: Decimal
    direction: str
    by_sex: bool
    breakdowns: str = Field(description="breakdowns beyond sex, comma-separated: tuoi, dan-toc, khu-vuc")
    periodicity: str
    source: str
    target_2025: Decimal | None
    target_2030: Decimal | None


class CellOut(Schema):
    unit_id: int
    indicator: str
    year: int
    sex: str
    group: str
    value: Decimal | None = Field(description="the unit's number: a count, or a ratio recomputed from its parts")
    numerator: Decimal | None
    denominator: Decimal | None
    units: int = Field(description="how many units' own data make the number")


class ProgressOut(Schema):
    measure_id: int
    plan_id: int
    target: str
    comparator: str
    target_value: Decimal
    by_year: int | None
    indicator: str | None
    latest: Decimal | None
    latest_year: int | None
    status: str
    label: str


class ValueIn(Schema):
    indicator: str = Field(max_length=60)
    unit_id: int = Field(ge=1, le=MAX_ID)
    year: int = Field(ge=1990, le=2100)
    half: int = Field(0, ge=0, le=2)
    sex: str = Field("t", pattern="^[tfm]$")
    group: str = Field("", max_length=30, description="breakdown group, e.g. tuoi:duoi-16; empty for everyone")
    agency_id: int | None = Field(None, ge=1, le=MAX_ID,
                                  description="an agency of the unit, for that agency's own value; empty for the unit's")
    value: float | None = Field(None, ge=0, le=1e12)
    numerator: float | None = Field(None, ge=0, le=1e12)
    denominator: float | None = Field(None, ge=0, le=1e12)


class ValueOut(Schema):
    indicator: str
    unit_id: int
    agency_id: int | None
    year: int
    half: int
    sex: str
    group: str
    value: Decimal | None
    numerator: Decimal | None
    denominator: Decimal | None
    flagged: str


class WriteOut(Schema):
    saved: int
    warnings: list[str]


class Problem(Schema):
    detail: str | list[str]


class Invalid(Schema):
    """A request the API could not read: which field, and why (django-ninja's validation errors)."""

    detail: list[dict]


def _unit(request: HttpRequest, unit_id: int) -> AdminUnit:
    try:
        return restrict(AdminUnit.objects.all(), request.user).get(id=unit_id)  # type: ignore[arg-type]
    except ObjectDoesNotExist as exc:
        raise HttpError(404, "Không có đơn vị này, hoặc bạn không có quyền xem.") from exc


def _agency(request: HttpRequest, unit: AdminUnit, agency_id: int) -> Agency:
    found = restrict(unit.agencies.filter(id=agency_id), request.user).first()  # type: ignore[arg-type]
    if found is None:
        raise HttpError(404, f"{unit.name} không có cơ quan số {agency_id}, hoặc bạn không có quyền xem.")
    return found


def _indicator(request: HttpRequest, code: str) -> Indicator:
    found = selectors.indicator_by_code(selectors.indicator_list(request.user), code)  # type: ignore[arg-type]
    if found is None:
        raise HttpError(404, f"Không có chỉ số mã «{code}».")
    return found


@api.get("/indicators", response={200: list[IndicatorOut], 403: Problem})
def indicators(request: HttpRequest) -> list[Indicator]:
    require(request.user, "view", Indicator, "Tài khoản này không xem được chỉ số.")  # type: ignore[arg-type]
    return list(selectors.indicator_list(request.user))  # type: ignore[arg-type]


@api.get("/units/{unit_id}/aggregate", response={200: CellOut, 403: Problem, 404: Problem, 422: Invalid})
def aggregate(request: HttpRequest, unit_id: int = Path(..., ge=1, le=MAX_ID), indicator: str = Query(..., max_length=60), year: int = Query(..., ge=1990, le=2100),
              sex: str = Query("t", pattern="^[tfm]$"),
              group: str = Query("", max_length=30, description="breakdown group, e.g. tuoi:duoi-16; empty for everyone")) -> dict:
    require(request.user, "count", DataValue, "Tài khoản này không xem được số liệu.")  # type: ignore[arg-type]
    unit, ind = _unit(request, unit_id), _indicator(request, indicator)
    tree = selectors.Tree(unit, request.user)  # type: ignore[arg-type]
    cell = tree.aggregate(ind, tree.cells(ind, sex, years=[year], group=group), year) or selectors.Cell()
    return {"unit_id": unit.id, "indicator": ind.code, "year": year, "sex": sex, "group": group,
            "value": cell.result(ind),
            "numerator": cell.numerator, "denominator": cell.denominator, "units": cell.units}


@api.get("/units/{unit_id}/progress", response={200: list[ProgressOut], 403: Problem, 404: Problem, 422: Invalid})
def progress(request: HttpRequest, unit_id: int = Path(..., ge=1, le=MAX_ID)) -> list[dict]:
    require(request.user, "count", DataValue, "Tài khoản này không xem được số liệu.")  # type: ignore[arg-type]
    unit = _unit(request, unit_id)
    return [{"measure_id": r["measure"].id, "plan_id": r["plan"].id, "target": r["measure"].target.text,
             "comparator": r["measure"].comparator, "target_value": r["measure"].value, "by_year": r["measure"].by_year,
             "indicator": r["indicator"].code if r["indicator"] else None, "latest": r["latest"],
             "latest_year": r["latest_year"], "status": r["status"], "label": r["label"]}
            for r in target_progress(request.user, unit)]  # type: ignore[arg-type]


@api.get("/values", response={200: list[ValueOut], 403: Problem, 404: Problem, 422: Invalid})
def values(request: HttpRequest, unit_id: int = Query(..., ge=1, le=MAX_ID), indicator: str | None = Query(None, max_length=60),
           year: int | None = Query(None, ge=1990, le=2100),
           agency_id: int | None = Query(None, ge=1, le=MAX_ID, description="that agency's values; else the unit's own")
           ) -> list[dict]:
    require(request.user, "view", DataValue, "Tài khoản này không xem được số liệu.")  # type: ignore[arg-type]
    unit = _unit(request, unit_id)
    rows = restrict(DataValue.objects.filter(unit=unit), request.user).select_related("indicator")  # type: ignore[arg-type]
    rows = rows.filter(agency=_agency(request, unit, agency_id)) if agency_id else rows.filter(agency__isnull=True)
    if indicator:
        rows = rows.filter(indicator=_indicator(request, indicator))
    if year is not None:
        rows = rows.filter(year=year)
    return [{"indicator": v.indicator.code, "unit_id": v.unit_id, "agency_id": v.agency_id, "year": v.year,
             "half": v.half, "sex": v.sex,
             "group": v.group, "value": v.value, "numerator": v.numerator, "denominator": v.denominator, "flagged": v.flagged}
            for v in rows.order_by("indicator__code", "year", "half", "sex", "group")[:5000]]


@api.post("/values", response={200: WriteOut, 400: Problem, 403: Problem, 404: Problem, 422: Invalid})
def values_write(request: HttpRequest, payload: list[ValueIn]) -> Status:
    if not may_model(request.user, "change", DataValue):  # type: ignore[arg-type]
        raise HttpError(403, "Tài khoản này không được ghi số liệu.")
    entries = []
    for n, v in enumerate(payload):
        unit = _unit(request, v.unit_id)
        agency = _agency(request, unit, v.agency_id) if v.agency_id else None
        entries.append(services.Entry(_indicator(request, v.indicator), unit, v.year, v.half, v.sex, _decimal(v.value),
                                      _decimal(v.numerator), _decimal(v.denominator), group=v.group, where=f"#{n}",
                                      agency=agency))
    try:  # values_save refuses (403) a unit or an agency the user may not write figures for
        warnings = services.values_save(request.user, entries, source="api")  # type: ignore[arg-type]
    except ValidationError as exc:
        return Status(400, {"detail": exc.messages})
    return Status(200, {"saved": len(entries), "warnings": warnings})


def _decimal(number: float | None) -> Decimal | None:
    """JSON numbers arrive as floats; stored as the decimal they were written as (0.1, not 0.1000000000000000055)."""
    return None if number is None else Decimal(repr(number)).quantize(Decimal("0.001"))
