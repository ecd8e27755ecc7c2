"""Timing shared by the benchmarks."""

from __future__ import annotations

import statistics
import time


def median_ms(fn, repeat: int = 7) -> float:
    """The median wall time of ``repeat`` calls of ``fn``, in milliseconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
