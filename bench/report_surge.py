"""The end-of-period surge: every commune's People's Committee (3,321 communes in 34 provinces) opens its
half-year report and submits it at once, through the real pages served by gunicorn on PostgreSQL; then a
count proves that no submission was lost or duplicated; then the time to consolidate a province of about
100 reports.

    .venv/bin/python bench/report_surge.py [--clients 32] [--workers 4] [--threads 4] [--limit N]

Uses (and recreates) the PostgreSQL database of BENCH_DATABASE_URL, default
postgres://postgres@127.0.0.1:5432/binhdang_surge. Each client, as an impatient user would, sends its
"Gửi báo cáo" twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlparse

DB_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/binhdang_surge")
PORT = 8765


def recreate_database() -> None:
    import psycopg

    url = urlparse(DB_URL)
    name = url.path.lstrip("/")
    admin = DB_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def setup(limit: int | None) -> list[tuple[int, str]]:
    """Units, one confirmed plan and one half-year round per province, a focal point and a session per commune
    committee. Returns (report id, session key) for each commune."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from binhdang.accounts.models import User
    from binhdang.plans.models import Plan
    from binhdang.reports.services import DEFAULT_ITEMS, round_open
    from binhdang.units.models import AdminUnit
    from binhdang.units.services import units_load

    call_command("migrate", verbosity=0)
    units_load()
    admin = User.objects.create_user("quantri", role=User.Role.ADMIN)
    for province in AdminUnit.objects.filter(era="current", level="province"):
        plan = Plan.objects.create(unit=province, title=f"Kế hoạch bình đẳng giới {province.name} năm 2026",
                                   status=Plan.Status.CONFIRMED, period_from=2026, period_to=2026)
        round_open(plan, admin, kind="half_year", name="Báo cáo 6 tháng đầu năm 2026", year=2026,
                   due=dt.date(2026, 6, 10), items=DEFAULT_ITEMS)
    from binhdang.reports.models import Report

    out = []
    reports = Report.objects.select_related("agency").order_by("id")
    for report in reports[:limit] if limit else reports:
        user = User.objects.create_user(f"xa.{report.agency_id}", role=User.Role.FOCAL_POINT,
                                        unit_id=report.agency.unit_id, agency=report.agency)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        out.append((report.id, session.session_key))
    return out


class Client:
    """One commune's browser: opens its report, fills the numbers, sends it twice."""

    def __init__(self, latencies: list[float], lock: threading.Lock) -> None:
        self.latencies, self.lock = latencies, lock

    def _request(self, method: str, path: str, headers: dict[str, str], body: str | None = None):  # type: ignore[no-untyped-def]
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        start = time.perf_counter()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
        took = time.perf_counter() - start
        conn.close()
        with self.lock:
            self.latencies.append(took)
        return response, data

    def run(self, report_id: int, session_key: str) -> dict[str, int]:
        cookie = f"sessionid={session_key}"
        response, html = self._request("GET", f"/reports/{report_id}/", {"Cookie": cookie})
        assert response.status == 200, (report_id, response.status)
        page = html.decode()
        csrf_cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "").group(1)  # type: ignore[union-attr]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        version = re.search(r'name="version" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
        form = {"csrfmiddlewaretoken": token, "version": version, "action": "submit",
                "summary": "Đã triển khai kế hoạch tại xã."}
        sent = {"total": 0, "female": 0}
        for name in re.findall(r'name="(item-\d+-total)"', page):
            total = random.randint(0, 200)
            female = random.randint(0, total)
            form[name] = str(total)
            sent["total"] += total
            female_field = name.replace("-total", "-female")
            if f'name="{female_field}"' in page:
                form[female_field] = str(female)
                sent["female"] += female
        headers = {"Cookie": f"{cookie}; csrftoken={csrf_cookie}", "Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode(form)
        for _ in range(2):  # the second "Gửi" of an impatient user
            response, _data = self._request("POST", f"/reports/{report_id}/", headers, body)
            assert response.status == 302, (report_id, response.status)
        return sent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--limit", type=int, default=None, help="only the first N communes (a quick run)")
    args = ap.parse_args()

    recreate_database()
    os.environ["DATABASE_URL"] = DB_URL
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "binhdang.settings")
    import django

    django.setup()
    t0 = time.perf_counter()
    communes = setup(args.limit)
    print(f"setup: {len(communes)} commune reports in 34 provinces, {time.perf_counter() - t0:.0f} s")

    env = {**os.environ, "DATABASE_URL": DB_URL, "ALLOWED_HOSTS": "127.0.0.1"}
    server = subprocess.Popen([str(Path(sys.executable).with_name("gunicorn")), "binhdang.wsgi", "-b",
                               f"127.0.0.1:{PORT}", "-w", str(args.workers), "--threads", str(args.threads),
                               "--log-level", "warning"], env=env)
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/login/")
                break
            except OSError:
                time.sleep(0.2)
        latencies: list[float] = []
        client = Client(latencies, threading.Lock())
        start = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            sent = list(pool.map(lambda c: client.run(*c), communes))
        elapsed = time.perf_counter() - start
    finally:
        server.terminate()
        server.wait()

    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    print(f"surge: {len(communes)} reports ({len(latencies)} requests: open, send, send again) in {elapsed:.1f} s "
          f"with {args.clients} clients on gunicorn {args.workers}x{args.threads}")
    print(f"  {len(latencies) / elapsed:.1f} requests/s held, {len(communes) / elapsed:.1f} reports/s; "
          f"latency median {1000 * statistics.median(latencies):.0f} ms, p99 {1000 * p99:.0f} ms")

    from django.db.models import Count, Sum

    from binhdang.accounts.models import User
    from binhdang.reports.models import Report, Round, Value
    from binhdang.reports.services import consolidate

    reports = Report.objects.filter(id__in=[r for r, _ in communes])
    submitted = reports.filter(status=Report.Status.SUBMITTED).count()
    doubled = (Report.history.filter(id__in=[r for r, _ in communes], status=Report.Status.SUBMITTED)
               .values("id").annotate(n=Count("history_id")).filter(n__gt=1).count())
    stored = Value.objects.filter(report__in=reports).aggregate(total=Sum("total"), female=Sum("female"))
    expected = {k: sum(s[k] for s in sent) for k in ("total", "female")}
    print(f"count: {submitted} of {len(communes)} submitted, {doubled} submitted twice; figures stored "
          f"{int(stored['total'] or 0)} (women {int(stored['female'] or 0)}), sent {expected['total']} "
          f"(women {expected['female']})")
    ok = submitted == len(communes) and doubled == 0 and int(stored["total"] or 0) == expected["total"] \
        and int(stored["female"] or 0) == expected["female"]
    print("nothing lost, nothing duplicated" if ok else "MISMATCH")

    rounds = Round.objects.annotate(n=Count("reports")).order_by("id")
    target = min(rounds, key=lambda r: abs(r.n - 100))
    admin = User.objects.get(username="quantri")
    times = []
    for _ in range(5):
        t = time.perf_counter()
        consolidate(target, admin)
        times.append(time.perf_counter() - t)
    print(f"consolidate {target.plan.unit.name} ({target.n} reports): median {1000 * statistics.median(times):.0f} ms")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
