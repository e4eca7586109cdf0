"""Time a full build of the five reports (median of 5 runs); not part of the test suite.

Run: ``.venv/bin/python bench/bench_build.py [runs]``. Prints each stage's median seconds
and the total, against the 5 s target of the loader issue.
"""

from __future__ import annotations

import statistics
import sys
import time

from loader.pipeline import build
from psykgraf.settings import Settings


def main(runs: int = 5) -> None:
    settings = Settings()
    totals: list[float] = []
    stages: dict[str, list[float]] = {}
    triples = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        result = build(settings)  # SHACL validation included (its stage is "validate")
        totals.append(time.perf_counter() - t0)
        for name, secs in result.seconds.items():
            stages.setdefault(name, []).append(secs)
        triples = result.triples
    print(f"full build, {runs} runs, {triples} triples")
    for name, values in stages.items():
        print(f"  {name:45s} median {statistics.median(values):7.3f} s")
    median = statistics.median(totals)
    print(
        f"TOTAL median {median:.3f} s (min {min(totals):.3f}, max {max(totals):.3f}); "
        f"target 5 s -> ratio {median / 5:.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
