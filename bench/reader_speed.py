"""Median time to read each seed document (text in, plan out), and documents per second.

    .venv/bin/python bench/reader_speed.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from binhdang.reader import parse_bytes

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args()
    total_runs, total_time = 0, 0.0
    for seed in SEEDS:
        data = seed.read_bytes()
        parse_bytes(data, seed.name)  # warm-up: regex compilation, imports
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            parse_bytes(data, seed.name)
            times.append(time.perf_counter() - start)
        total_runs += len(times)
        total_time += sum(times)
        print(f"{seed.stem[:3]}  {len(data) / 1024:5.1f} KB  median {statistics.median(times) * 1000:6.1f} ms")
    print(f"documents per second: {total_runs / total_time:.1f}")


if __name__ == "__main__":
    main()
