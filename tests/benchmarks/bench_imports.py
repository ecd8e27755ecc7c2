"""The whole CORDIS participant table into a new register (issue 5), beside its floor — Python's
csv module just reading the same file, measured in the same run — and the peak memory.

    python tests/benchmarks/bench_imports.py [FILE.csv.gz] [--postgres URL] [--rounds N]

Goal: at most 10× the floor; peak memory at most 500 MB. The import runs ``--rounds`` times (3;
once into an empty PostgreSQL database), each into a new register and each compared with the floor read just before and after it (the
speed of a shared machine drifts within minutes); every run is printed, then the median.
Wall-clock and CPU times are both given: on a machine shared with other work, the CPU-time ratio
is the steadier one. The CPU time of each step the import reports through its progress callback
follows, for the median run, so the slow step shows.
Last, on SQLite, the rows the import wrote are written again by raw sqlite3 alone (:func:`least_sql`):
the part of the time no import keeping the register's indexes, search and history can save.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import resource
import shutil
import sqlite3
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


def least_sql(register: Path) -> float:
    """CPU seconds raw sqlite3 takes to write the rows the import wrote — the same schema, rows
    and search index, secondary indexes built after the inserts, committed with a rollback journal — and
    nothing else: no reading, checking, matching or converting. What any import that keeps the
    register's indexes, search and history must spend, whatever its Python does."""
    tables = ["stakeholders", "partnerships", "participants", "partner_regions", "history", "search_entries"]
    src = sqlite3.connect(register)
    schema = {t: src.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (t,)).fetchone()[0]
              for t in tables}
    indexes = [r[0] for t in tables for r in src.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (t,))]
    fts = src.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    page_size = src.execute("PRAGMA page_size").fetchone()[0]
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    src.close()
    path = Path(tempfile.mkdtemp(prefix="ris3-bench-sql-")) / "raw.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA page_size = {page_size}")  # as the register's
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA cache_size = -65536")  # as the import's connection
    for t in tables:  # (foreign keys stay off: the reference tables are not copied; on, they cost nothing measurable)
        conn.execute(schema[t])
    conn.execute(fts)
    cpu = time.process_time()
    conn.execute("PRAGMA journal_mode = DELETE")  # as the import into a new register (engine._rollback_journal)
    conn.execute("BEGIN IMMEDIATE")
    for t in tables:
        if rows[t]:
            marks = ", ".join("?" * len(rows[t][0]))
            for start in range(0, len(rows[t]), 5000):
                conn.executemany(f"INSERT INTO {t} VALUES ({marks})", rows[t][start:start + 5000])
    for sql in indexes:
        conn.execute(sql)
    conn.execute("INSERT INTO search_index (rowid, title, body) SELECT id, title, body FROM search_entries")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    cpu = time.process_time() - cpu
    conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)  # (130 MB a run)
    return cpu


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_once(path: Path, url: str | None, replay: bool) -> dict:
    """One import into a new register, the floor read just before and just after it (the
    machine's speed drifts; the import is compared with the reads around it); with ``replay``,
    the raw sqlite3 replay of its writes after that (:func:`least_sql`)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from database import ops
    from database.imports import import_cordis

    in_sql = [0.0, 0.0]  # CPU seconds inside the driver's statements; when the running one began

    def before(*_args):
        in_sql[1] = time.process_time()

    def after(*_args):
        in_sql[0] += time.process_time() - in_sql[1]

    floors = [read_with_csv(path)]
    folder = Path(tempfile.mkdtemp(prefix="ris3-bench-import-"))
    db = ops.open_database(url or f"sqlite:///{folder / 'register.db'}")
    db.one_shot = True  # as 'ris3desk import cordis' opens it (Database.one_shot)
    steps: list[tuple[str, float]] = [("Starting", time.process_time())]

    def progress(_done: int, _total: int, text: str) -> None:
        if text != steps[-1][0]:
            steps.append((text, time.process_time()))

    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    wall, cpu = time.perf_counter(), time.process_time()
    report = import_cordis(db, path, progress=progress)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    steps.append(("", time.process_time()))
    event.remove(Engine, "before_cursor_execute", before)
    event.remove(Engine, "after_cursor_execute", after)
    peak = peak_mb()  # (before the raw replay, which holds every row in memory at once)
    floors.append(read_with_csv(path))
    run = {"wall": wall, "cpu": cpu, "sql": in_sql[0], "steps": steps, "peak": peak, "report": report,
           "stats": ops.stats(db), "location": db.location, "floor_wall": statistics.mean(f[0] for f in floors),
           "floor_cpu": statistics.mean(f[1] for f in floors), "rows": floors[0][2]}
    run["raw"] = least_sql(Path(db.path)) if replay and db.is_sqlite and db.path else None
    db.close()
    shutil.rmtree(folder, ignore_errors=True)  # the register and its backups: 130 MB a run
    return run


def main() -> None:
    args = sys.argv[1:]
    url = None
    if "--postgres" in args:
        url = args[args.index("--postgres") + 1]
        del args[args.index("--postgres"):args.index("--postgres") + 2]
    rounds = 1 if url else 3  # (a server's database is new only the first time)
    if "--rounds" in args:
        rounds = int(args[args.index("--rounds") + 1])
        del args[args.index("--rounds"):args.index("--rounds") + 2]
    path = Path(args[0]) if args else DEFAULT
    if not path.exists():
        sys.exit(f"{path} is missing (the shared CORDIS data)")
    read_with_csv(path)  # (the file into the page cache; the reads measured come after)
    from database import ops  # noqa: F401 - the program loaded before the memory is measured
    from database.imports import import_cordis  # noqa: F401
    from database.imports.bulk import CHUNK

    base_mb = peak_mb()
    # (the raw replay, which holds every row in memory at once, only after the last import)
    runs = [import_once(path, url, replay=n == rounds - 1) for n in range(rounds)]
    for run in runs:
        run["ratio_cpu"], run["ratio_wall"] = run["cpu"] / run["floor_cpu"], run["wall"] / run["floor_wall"]
    middle = sorted(runs, key=lambda r: r["ratio_cpu"])[len(runs) // 2]
    stats, report = middle["stats"], middle["report"]

    print(f"file: {path.name} — {middle['rows']:,} rows; register: {middle['location']}")
    print(f"imported: {stats['stakeholders']:,} organisations, {stats['partnerships']:,} partnerships, "
          f"{stats['participants']:,} participations, {stats['partner_regions']:,} partner regions; "
          f"{report.rows_rejected} rows rejected")
    print(f"{rounds} imports into a new register, each beside the csv floor read just before and after it:")
    for n, run in enumerate(runs, 1):
        print(f"  {n}. CPU {run['cpu']:5.2f} s / floor {run['floor_cpu']:4.2f} s = {run['ratio_cpu']:4.1f}x   "
              f"wall clock {run['wall']:5.2f} s / {run['floor_wall']:4.2f} s = {run['ratio_wall']:4.1f}x")
    wall = statistics.median(r["ratio_wall"] for r in runs)
    print(f"{'import (wall clock, median)':<28} {statistics.median(r['wall'] for r in runs):8.2f} s   floor "
          f"{statistics.median(r['floor_wall'] for r in runs):6.2f} s   ratio {wall:5.1f}x   goal <= 10x")
    print(f"{'import (CPU time, median)':<28} {middle['cpu']:8.2f} s   floor {middle['floor_cpu']:6.2f} s   "
          f"ratio {middle['ratio_cpu']:5.1f}x   goal <= 10x")
    floor_cpu = middle["floor_cpu"]
    print("  CPU time of the median run from one progress message to the next (a writing message comes "
          f"after its first {CHUNK:,} rows):")
    for (text, start), (_, end) in itertools.pairwise(middle["steps"]):
        print(f"    {text:<24} {end - start:8.2f} s CPU  ({(end - start) / floor_cpu:4.1f}x the floor)")
    sql_cpu = middle["sql"]
    print(f"  of which SQL statements    {sql_cpu:8.2f} s CPU  ({sql_cpu / floor_cpu:4.1f}x the floor; the commit "
          "not included)")
    if runs[-1]["raw"] is not None:
        floor_sql = runs[-1]["raw"]
        print(f"{'the same rows, raw sqlite3':<28} {floor_sql:8.2f} s CPU  ({floor_sql / floor_cpu:4.1f}x the floor; with "
              f"the file read once, {1 + floor_sql / floor_cpu:4.1f}x: what is left of the 10x for checking, matching "
              "and converting)")
    # the first import's: a process's peak only grows, and the later imports start from what the
    # earlier ones left in Python's and SQLAlchemy's caches — not what an officer's import meets
    peak = runs[0]["peak"]
    print(f"{'peak memory (RSS), 1st run':<28} {peak:8.0f} MB  (before the import {base_mb:.0f} MB)   goal <= 500 MB")


if __name__ == "__main__":
    main()
