"""Data safety at 100,000 organisations (issue 6), each figure beside its floor — the same work
done the bare way (raw sqlite3, no checks) on the same file, in the same run.

    python tests/benchmarks/bench_safety.py [REGISTER.db] [N]

The register is copied first (backups and restores write beside it). Without one, N (default
100,000) synthetic organisations are generated (tests/benchmarks/synthetic.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from database import backup, integrity, ops  # noqa: E402
from database.engine import open_database, sqlite_url  # noqa: E402
from tests.benchmarks.timing import median_ms  # noqa: E402


def row(what: str, figure: float, floor: float, goal: str) -> None:
    print(f"{what:<46} {figure:10.1f} ms   floor {floor:9.1f} ms   ratio {figure / floor:6.2f}x   {goal}")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/ris3desk-bench-100k.db")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    if not source.exists():
        from tests.benchmarks.synthetic import generate

        print(f"generating {n:,} organisations into {source} ...", flush=True)
        generate(open_database(sqlite_url(source)), stakeholders=n)
    work = Path(tempfile.mkdtemp(prefix="ris3-bench-safety-"))
    path = work / "register.db"
    with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        count = conn.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    print(f"register: {path} — {count:,} organisations, {path.stat().st_size / 1e6:.0f} MB\n")

    # --- opening: the start-up check ---------------------------------------------------------------
    open_database(sqlite_url(path)).close()  # imports and file cache warm
    with_check = median_ms(lambda: open_database(sqlite_url(path)).close(), 9)
    real = integrity.quick_check
    integrity.quick_check = lambda *a, **k: True
    without = median_ms(lambda: open_database(sqlite_url(path)).close(), 9)
    integrity.quick_check = real
    row("open an existing register (with its check)", with_check, without,
        "goal: open ≤ 50 ms beyond the imports; floor = the same open, check skipped")
    bounded = median_ms(lambda: integrity.quick_check(path), 9)
    complete = integrity.quick_check(path)
    print(f"{'  of which the bounded start-up check':<46} {bounded:10.1f} ms   "
          f"({'whole file checked' if complete else 'header, schema and part of quick_check within budget'})")
    full_quick = median_ms(lambda: integrity.quick_check(path, budget_s=None), 1)
    print(f"{'  (unbounded PRAGMA quick_check, for scale)':<46} {full_quick:10.1f} ms")

    # --- backups ---------------------------------------------------------------------------------------
    def bare_backup():
        target = work / "bare.db"
        target.unlink(missing_ok=True)
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
            src.backup(dst)

    bare = median_ms(bare_backup, 3)
    verified = median_ms(lambda: backup.take_backup(path, "manual"), 3)
    row("backup, verified (quick_check above 64 MB)", verified, bare,
        "floor = SQLite's backup API alone, unverified")
    due = median_ms(lambda: backup.automatic(path), 5)
    print(f"{'automatic() when nothing is due':<46} {due:10.1f} ms")
    listing = median_ms(lambda: backup.list_backups(path), 5)
    print(f"{'list of backups with counts':<46} {listing:10.1f} ms   ({len(backup.list_backups(path))} backups)")

    # --- restoring -------------------------------------------------------------------------------------
    newest = backup.list_backups(path)[0].path

    def bare_restore():
        with sqlite3.connect(f"file:{newest}?mode=ro", uri=True) as src, sqlite3.connect(path) as dst:
            src.backup(dst)

    bare = median_ms(bare_restore, 3)
    full = median_ms(lambda: backup.restore(path, newest), 3)
    row("restore (verify, back up first, copy, check)", full, bare, "floor = the backup API copy alone")

    # --- the check -------------------------------------------------------------------------------------
    db = open_database(sqlite_url(path))

    def bare_check():
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            conn.execute("PRAGMA integrity_check").fetchall()

    bare = median_ms(bare_check, 1)
    full = median_ms(lambda: ops.check(db), 1)
    row("ris3desk check (SQLite's + the application's)", full, bare, "floor = PRAGMA integrity_check alone")

    # --- erasing a person --------------------------------------------------------------------------------
    ids = ops.list_ids(db, "contact")[:3]

    def bare_erase():
        with sqlite3.connect(path) as conn:
            conn.execute("DELETE FROM contacts WHERE id = (SELECT id FROM contacts LIMIT 1 OFFSET 10)")

    bare = median_ms(bare_erase, 3)
    it = iter(ids)
    full = median_ms(lambda: ops.erase_contact(db, next(it)), 3)
    row("erase a contact everywhere", full, bare, "floor = DELETE of the row alone")
    db.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
