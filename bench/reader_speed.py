"""Median time to read each seed document (text in, plan out), and documents per second (by the clock and by the
process's own CPU time, which other work on the machine disturbs less); with --stages, where
the time goes, stage by stage (each stage's own time, the stages it calls excluded).

    .venv/bin/python bench/reader_speed.py [--rounds 30] [--stages]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from binhdang.reader import parse_bytes

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))


def _stages() -> dict[str, float]:
    """Wrap the reader's stages in timers that count each stage's own time (a stage's inner stages excluded)."""
    from binhdang.reader import assignments, citations, clean, dates, extract, outline, parse, targets

    spent: dict[str, float] = defaultdict(float)
    stack: list[float] = []  # time spent in inner stages, per open stage

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            stack.append(0.0)
            start = time.process_time()  # CPU time: what the stage costs, whatever else the machine runs
            try:
                return fn(*args, **kwargs)
            finally:
                total = time.process_time() - start
                inner = stack.pop()
                spent[name] += total - inner
                if stack:
                    stack[-1] += total
        return run

    parse.extract = timed("extract: bytes to text (decode)", extract.extract)
    clean.normalise = timed("normalise: NFC, invisible characters, markup", clean.normalise)
    clean._marked_lines = timed("physical lines: tables, page numbers, running heads, flattened headers",
                                clean._marked_lines)
    parse.paragraphs = timed("paragraph rebuilding: which line continues which", clean.paragraphs)
    parse.parse_paragraphs = timed("header, preamble, signature, recipients", parse.parse_paragraphs)
    outline.build = timed("outline", outline.build)
    parse.outline = outline
    targets.objectives = timed("objectives and targets", targets.objectives)
    assignments.assignments = timed("assignments (implementation part, roles, partners)", assignments.assignments)
    assignments.content_assignments = timed("assignments of the contents", assignments.content_assignments)
    targets.content_targets = timed("targets of the contents", targets.content_targets)
    dates.deadlines = timed("deadlines", dates.deadlines)
    dates.events = timed("events", dates.events)
    citations.citations = timed("legal bases", citations.citations)
    return spent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--stages", action="store_true", help="time each stage (the timers slow the reader a little)")
    args = ap.parse_args()
    spent = _stages() if args.stages else None
    overall: dict[str, float] = defaultdict(float)
    total_runs, total_time, total_cpu = 0, 0.0, 0.0
    for seed in SEEDS:
        data = seed.read_bytes()
        parse_bytes(data, seed.name)  # warm-up: regex compilation, imports
        if spent is not None:
            spent.clear()
        times = []
        cpu = time.process_time()
        for _ in range(args.rounds):
            start = time.perf_counter()
            parse_bytes(data, seed.name)
            times.append(time.perf_counter() - start)
        total_cpu += time.process_time() - cpu
        total_runs += len(times)
        total_time += sum(times)
        print(f"{seed.stem[:3]}  {len(data) / 1024:5.1f} KB  median {statistics.median(times) * 1000:6.1f} ms")
        if spent is not None:
            for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
                print(f"       {seconds / args.rounds * 1000:6.2f} ms CPU  {name}")
                overall[name] += seconds / args.rounds
    if spent is not None:
        print("all five seeds, CPU time per stage:")
        for name, seconds in sorted(overall.items(), key=lambda kv: -kv[1]):
            print(f"       {seconds * 1000:6.2f} ms  {seconds / sum(overall.values()):4.0%}  {name}")
    print(f"documents per second: {total_runs / total_time:.1f}")
    # The machine is shared: the reader's own CPU time says what it costs when others are busy too.
    print(f"documents per second of this process's CPU time: {total_runs / total_cpu:.1f}")


if __name__ == "__main__":
    main()
