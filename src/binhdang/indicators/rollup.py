"""Keeping CommuneSum current: after values of communes are written or deleted, the sums of the units holding
them are recomputed in the database (one INSERT … SELECT … GROUP BY per indicator). `sums_rebuild` recomputes
everything, for data loaded outside the application (`binhdang indicator_sums`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction

from binhdang.indicators.models import CommuneSum, DataValue
from binhdang.units.models import AdminUnit


def _insert_sql(where: str) -> str:
    q = connection.ops.quote_name
    return (f"INSERT INTO {q(CommuneSum._meta.db_table)} (indicator_id, parent_id, year, half, sex, {q('group')}, "
            f"value, numerator, denominator, units) "
            f"SELECT d.indicator_id, u.parent_id, d.year, d.half, d.sex, d.{q('group')}, SUM(d.value), "
            f"SUM(d.numerator), SUM(d.denominator), COUNT(*) "
            f"FROM {q(DataValue._meta.db_table)} d JOIN {q(AdminUnit._meta.db_table)} u ON u.id = d.unit_id "
            f"WHERE u.level = %s AND u.parent_id IS NOT NULL AND d.agency_id IS NULL {where} "
            f"GROUP BY d.indicator_id, u.parent_id, d.year, d.half, d.sex, d.{q('group')} "
            # Written in the order they are read (a unit's sums together), so a dashboard reads few pages.
            f"ORDER BY u.parent_id, d.indicator_id")


@transaction.atomic
def sums_refresh(pairs: Iterable[tuple[int, int | None]]) -> None:
    """Recompute the sums of these (indicator id, parent id) pairs, a parent being the unit holding a commune
    whose value changed."""
    by_indicator: dict[int, set[int]] = defaultdict(set)
    for indicator_id, parent_id in pairs:
        if parent_id is not None:
            by_indicator[indicator_id].add(parent_id)
    with connection.cursor() as cursor:
        for indicator_id, parents in by_indicator.items():
            ids = sorted(parents)
            CommuneSum.objects.filter(indicator_id=indicator_id, parent_id__in=ids).delete()
            marks = ", ".join(["%s"] * len(ids))
            cursor.execute(_insert_sql(f"AND d.indicator_id = %s AND u.parent_id IN ({marks})"),
                           [AdminUnit.Level.COMMUNE, indicator_id, *ids])


@transaction.atomic
def sums_rebuild() -> int:
    CommuneSum.objects.all().delete()
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(""), [AdminUnit.Level.COMMUNE])
    return CommuneSum.objects.count()


def value_changed(sender: type, instance: DataValue, **kwargs: object) -> None:
    """A value saved or deleted one by one (the admin, a cascade): its sum follows. Bulk writes of the services
    refresh their sums themselves. An agency's value is in no sum."""
    if instance.agency_id is not None:
        return
    unit = AdminUnit.objects.filter(id=instance.unit_id).values_list("level", "parent_id").first()
    if unit and unit[0] == AdminUnit.Level.COMMUNE:
        sums_refresh([(instance.indicator_id, unit[1])])
