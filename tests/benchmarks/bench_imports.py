"""The whole CORDIS participant table into a new register (issue 5), beside its floor — Python's
csv module just reading the same file, measured in the same run — and the peak memory.

    python tests/benchmarks/bench_imports.py [FILE.csv.gz] [--postgres URL]

Goal: at most 10× the floor; peak memory at most 500 MB. Wall-clock and CPU times are both
printed: on a machine shared with other work, the CPU-time ratio is the steadier one.
"""

from __future__ import annotations

import csv
import gzip
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

    from database import ops
    from database.imports import import_cordis

    folder = Path(tempfile.mkdtemp(prefix="ris3-bench-import-"))
    db = ops.open_database(url or f"sqlite:///{folder / 'register.db'}")
    base_mb = peak_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    report = import_cordis(db, path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
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
    print(f"{'peak memory (RSS)':<28} {peak_mb():8.0f} MB  (before the import {base_mb:.0f} MB)   goal <= 500 MB")
    db.close()


if __name__ == "__main__":
    main()
