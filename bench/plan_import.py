"""Time from a plan document to confirmed duties, and to its exported .docx, for each seed.

    .venv/bin/python bench/plan_import.py            # a fresh SQLite database in a temporary folder
    DATABASE_URL=postgres://... .venv/bin/python bench/plan_import.py   # an empty PostgreSQL database

Units and the demo provinces' agencies are loaded first (not timed); each seed is then imported (read,
units and agencies matched, draft saved), confirmed (duties created) and exported, as the pages do.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))


def main() -> None:
    os.environ.setdefault("BINHDANG_DATA_DIR", tempfile.mkdtemp(prefix="binhdang-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "binhdang.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from binhdang.accounts.models import User
    from binhdang.demo.services import demo_setup
    from binhdang.plans import export
    from binhdang.plans.services import plan_confirm, plan_import

    call_command("migrate", verbosity=0)
    demo_setup()
    admin = User.objects.get(username="quantri")
    steps: dict[str, list[float]] = {"import": [], "confirm": [], "export": []}
    for seed in SEEDS:
        data = seed.read_bytes()
        t0 = time.perf_counter()
        draft = plan_import(admin, data, seed.name)
        t1 = time.perf_counter()
        plan = plan_confirm(draft, admin)
        t2 = time.perf_counter()
        export.plan_docx(plan)
        t3 = time.perf_counter()
        for step, took in zip(steps, (t1 - t0, t2 - t1, t3 - t2), strict=True):
            steps[step].append(took)
        print(f"{seed.stem[:3]}  import {1000 * (t1 - t0):6.0f} ms  confirm {1000 * (t2 - t1):6.0f} ms "
              f"({plan.duties.count()} duties)  export {1000 * (t3 - t2):5.0f} ms")
    for step, times in steps.items():
        print(f"median {step}: {1000 * statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
