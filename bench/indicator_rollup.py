"""Indicator data at national scale: every commune of both structures (3,321 current, 10,035 before 2025) × 60
indicators × 10 years, by sex where the indicator is split (about 10 million values), then:

- the time of a province dashboard (every target of a 25-target plan, its data rolled up from the communes of the
  province and of the provinces merged into it),
- the time of a national roll-up of one indicator (each of the 34 provinces, one year),
- the CSV import rate (through the same service as the import page).

    .venv/bin/python bench/indicator_rollup.py --db postgres   # BENCH_DATABASE_URL, default .../binhdang_rollup
    .venv/bin/python bench/indicator_rollup.py --db sqlite     # a fresh SQLite file in a temporary folder,
                                                               # or BENCH_SQLITE_DIR's with --reuse
    add --scale 0.1 for a tenth of the communes (a quick run); --reuse keeps a PostgreSQL dataset generated before
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from decimal import Decimal

YEARS = list(range(2017, 2027))
PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/binhdang_rollup")


def configure(db: str, reuse: bool) -> None:
    if db == "postgres":
        import psycopg

        name = PG_URL.rsplit("/", 1)[1]
        with psycopg.connect(PG_URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not (reuse and exists):
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                conn.execute(f'CREATE DATABASE "{name}"')
        os.environ["DATABASE_URL"] = PG_URL
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ["BINHDANG_DATA_DIR"] = os.environ.get("BENCH_SQLITE_DIR") or tempfile.mkdtemp(prefix="binhdang-rollup-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "binhdang.settings")
    import django

    django.setup()


def indicators_60() -> list:
    """The catalogue, completed to 60 with generated count indicators by sex."""
    from binhdang.indicators.models import Indicator

    have = list(Indicator.objects.all())
    for n in range(60 - len(have)):
        have.append(Indicator.objects.create(code=f"bench-{n}", name=f"Chỉ số thử {n}", kind="count", by_sex=True))
    return have


def generate(scale: float) -> int:
    """Insert the dataset in bulk; returns the number of values."""
    from django.db import connection

    from binhdang.indicators.models import DataValue
    from binhdang.indicators.rollup import sums_rebuild
    from binhdang.units.models import AdminUnit

    communes = list(AdminUnit.objects.filter(level="commune").values_list("id", flat=True))
    random.seed(1)
    if scale < 1:
        communes = random.sample(communes, int(len(communes) * scale))
    table = DataValue._meta.db_table
    columns = ["indicator_id", "unit_id", "year", "half", "sex", "value", "numerator", "denominator", "flagged",
               "source", "entered_at"]
    now = "2026-11-22 00:00:00+00"
    count = 0
    rows: list[tuple] = []

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # a bulk load: a large page cache, no waiting on the disk per batch
            for pragma in ("cache_size = -2000000", "synchronous = OFF", "journal_mode = MEMORY",
                           "temp_store = MEMORY"):
                cursor.execute(f"PRAGMA {pragma}")

    def flush() -> None:
        nonlocal rows
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor, cursor.connection.cursor().copy(
                    f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            with connection.cursor() as cursor:
                cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                                   .replace("?", "%s"), rows)
        rows = []

    for ind in indicators_60():
        sexes = ["t", "f"] if ind.by_sex else ["t"]
        for unit in communes:
            for year in YEARS:
                for sex in sexes:
                    if ind.kind == "ratio":
                        den = random.randint(50, 500)
                        rows.append((ind.id, unit, year, 0, sex, None, random.randint(0, den), den, "", "import", now))
                    else:
                        rows.append((ind.id, unit, year, 0, sex, random.randint(0, 300), None, None, "", "import", now))
                    count += 1
        if len(rows) > 200_000:
            flush()
    flush()
    sums_rebuild()  # loaded outside the services: the communes' sums are computed once, as after a migration
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return count


def timed(fn, rounds: int = 5) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    configure(args.db, args.reuse)
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from binhdang.accounts.models import User
    from binhdang.indicators.models import CommuneSum, DataValue, Indicator
    from binhdang.indicators.selectors import Tree
    from binhdang.indicators.services import COLUMNS, values_import
    from binhdang.plans.models import Measure, Objective, Plan
    from binhdang.units.models import AdminUnit
    from binhdang.units.services import units_load

    call_command("migrate", verbosity=0)
    if not DataValue.objects.exists():
        units_load()
        start = time.perf_counter()
        count = generate(args.scale)
        print(f"{args.db}: generated {count:,} values in {time.perf_counter() - start:.0f} s")
    else:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    User.objects.filter(username="quantri").delete()
    Plan.objects.filter(title="Kế hoạch thử").delete()

    province = AdminUnit.objects.get(era="current", level="province", short_name="Hà Nội")
    admin = User.objects.create_user("quantri", role=User.Role.ADMIN, is_staff=True, is_superuser=True)
    plan = Plan.objects.create(unit=province, title="Kế hoạch thử", status="confirmed", period_from=2021,
                               period_to=2030)
    objective = Objective.objects.create(plan=plan, text="Mục tiêu")
    ratios = list(Indicator.objects.filter(kind="ratio", owner=None)[:25])
    for n, ind in enumerate(ratios):
        target = objective.targets.create(text=f"Chỉ tiêu {n}", number=str(n))
        Measure.objects.create(target=target, value=Decimal(60), unit="%", by_year=2030, indicator=ind)
    client = Client()
    client.force_login(admin)
    url = f"/units/{province.id}/dashboard/"
    assert client.get(url).status_code == 200
    took = timed(lambda: client.get(url))
    subtree = sum(1 for _ in Tree(province, admin).children)
    print(f"province dashboard ({province.name} and the provinces merged into it, {len(ratios)} targets, "
          f"{subtree} units with children): median {1000 * took:.0f} ms")

    indicator = Indicator.objects.get(code="nu-dai-bieu-hdnd")
    provinces = list(AdminUnit.objects.filter(era="current", level="province"))

    def national() -> None:
        for p in provinces:
            tree = Tree(p, admin)
            tree.aggregate(indicator, tree.cells(indicator, years=[2026]), 2026)

    print(f"national roll-up of one indicator (34 provinces, one year): median {1000 * timed(national, 3):.0f} ms")

    with connection.cursor() as cursor:  # a rerun (--reuse) imports new rows again, as the first run did
        for model in (DataValue, CommuneSum):
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE year = 2027")
    communes = list(AdminUnit.objects.filter(era="current", level="commune")[:500])
    lines = [";".join(COLUMNS)]
    for unit in communes:
        for n in range(10):
            lines.append(f"bench-{n};{unit.code};2027;0;chung;{random.randint(0, 99)};;")
    data = ("\n".join(lines) + "\n").encode()
    start = time.perf_counter()
    saved, _warnings = values_import(admin, data, "so-lieu.csv", [])
    took = time.perf_counter() - start
    print(f"CSV import: {saved:,} rows in {took:.1f} s = {saved / took:,.0f} rows/s "
          f"(total now {DataValue.objects.count():,})")


if __name__ == "__main__":
    main()
