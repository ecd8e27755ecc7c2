"""The whole CORDIS participant table into a new register (issue 5), beside its floor — Python's
csv module just reading the same file, measured in the same run — and the peak memory.

    python tests/benchmarks/bench_imports.py [FILE.csv.gz] [--postgres URL]

Goal: at most 10× the floor; peak memory at most 500 MB. Wall-clock and CPU times are both
printed: on a machine shared with other work, the CPU-time ratio is the steadier one. The CPU
time of each step the import reports through its progress callback follows, so the slow step shows.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

DEFAULT = Path(__file__).resolve().parents[3] / "shared" / "data" / "cordis" / "he_organization_full_2024-05.csv.gz"


def read_with_csv(path: Path) -> tuple[float, float, int]:
    """(wall s, cpu s, rows): the bare read of the file, nothing done with the rows."""
    wall, cpu = time.perf_counter(), time.process_time()
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        rows = sum(1 for _ in csv.reader(fh, delimiter=";"))
    return time.perf_counter() - wall, time.process_time() - cpu, rows - 1


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    args = sys.argv[1:]
    url = None
    if "--postgres" in args:
        url = args[args.index("--postgres") + 1]
        del args[args.index("--postgres"):args.index("--postgres") + 2]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        sys.exit(f"{path} is missing (the shared CORDIS data)")
    floors = [read_with_csv(path) for _ in range(3)]
    floor_wall = statistics.median(f[0] for f in floors)
    floor_cpu = statistics.median(f[1] for f in floors)
    rows = floors[0][2]

    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from database import ops
    from database.imports import import_cordis
    from database.imports.bulk import CHUNK

    in_sql = [0.0, 0.0]  # CPU seconds inside the driver's statements; when the running one began

    @event.listens_for(Engine, "before_cursor_execute")
    def _before(*_args):
        in_sql[1] = time.process_time()

    @event.listens_for(Engine, "after_cursor_execute")
    def _after(*_args):
        in_sql[0] += time.process_time() - in_sql[1]

    folder = Path(tempfile.mkdtemp(prefix="ris3-bench-import-"))
    db = ops.open_database(url or f"sqlite:///{folder / 'register.db'}")
    base_mb = peak_mb()
    steps: list[tuple[str, float]] = [("Starting", time.process_time())]

    def progress(_done: int, _total: int, text: str) -> None:
        if text != steps[-1][0]:
            steps.append((text, time.process_time()))

    in_sql[0] = 0.0
    wall, cpu = time.perf_counter(), time.process_time()
    report = import_cordis(db, path, progress=progress)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    steps.append(("", time.process_time()))
    sql_cpu = in_sql[0]
    stats = ops.stats(db)
    after = [read_with_csv(path) for _ in range(2)]  # the floor again, after: the machine may have changed
    floor_wall = statistics.median([floor_wall, *(f[0] for f in after)])
    floor_cpu = statistics.median([floor_cpu, *(f[1] for f in after)])

    print(f"file: {path.name} — {rows:,} rows; register: {db.location}")
    print(f"imported: {stats['stakeholders']:,} organisations, {stats['partnerships']:,} partnerships, "
          f"{stats['participants']:,} participations, {stats['partner_regions']:,} partner regions; "
          f"{report.rows_rejected} rows rejected")
    print(f"{'import (wall clock)':<28} {wall:8.2f} s   floor {floor_wall:6.2f} s   ratio {wall / floor_wall:5.1f}x"
          "   goal <= 10x")
    print(f"{'import (CPU time)':<28} {cpu:8.2f} s   floor {floor_cpu:6.2f} s   ratio {cpu / floor_cpu:5.1f}x"
          "   goal <= 10x")
    print("  CPU time from one progress message to the next (a writing message comes after its first "
          f"{CHUNK:,} rows):")
    for (text, start), (_, end) in itertools.pairwise(steps):
        print(f"    {text:<24} {end - start:8.2f} s CPU  ({(end - start) / floor_cpu:4.1f}x the floor)")
    print(f"  of which SQL statements    {sql_cpu:8.2f} s CPU  ({sql_cpu / floor_cpu:4.1f}x the floor; the commit "
          "not included)")
    print(f"{'peak memory (RSS)':<28} {peak_mb():8.0f} MB  (before the import {base_mb:.0f} MB)   goal <= 500 MB")
    db.close()


if __name__ == "__main__":
    main()
