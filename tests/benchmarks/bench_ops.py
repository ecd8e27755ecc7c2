"""Operations layer at 100,000 organisations (foundation issue), each figure beside its floor —
raw sqlite3 doing the same query on the same file, in the same run.

    python tests/benchmarks/bench_ops.py [REGISTER.db] [N]

Without a register, one of N (default 100,000) synthetic organisations is generated first
(tests/benchmarks/synthetic.py), which takes a few minutes.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from database import ops  # noqa: E402
from database.models import CASELESS_SORT  # noqa: E402
from database.search import fold  # noqa: E402
from tests.benchmarks.timing import median_ms  # noqa: E402

KEYSTROKES = ["po", "pol", "poli", "polit", "to", "tor", "tori", "torin", "torino", "un", "uni", "univ", "univ t",
              "univ to", "univ tor", "me", "mec", "mecca", "meccanica", "ro", "ros", "rossi", "idr", "idrogeno",
              "ste", "stutt", "stuttgart", "mü", "müll", "sr", "srl"]



def row(what: str, figure: float, floor: float, goal: str) -> None:
    print(f"{what:<44} {figure:9.2f} ms   floor {floor:8.2f} ms   ratio {figure / floor:6.1f}x   goal {goal}")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/ris3desk-bench-100k.db")
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    url = f"sqlite:///{path.absolute()}"
    if not path.exists():
        from tests.benchmarks.synthetic import generate

        print(f"generating {n:,} organisations into {path} ...", flush=True)
        generate(ops.open_database(url), stakeholders=n)

    started = time.perf_counter()
    db = ops.open_database(url)  # the first open also imports what opening needs
    first_open = (time.perf_counter() - started) * 1000
    db.close()
    raw = sqlite3.connect(path)
    count = raw.execute("SELECT count(*) FROM stakeholders").fetchone()[0]
    print(f"register: {path} — {count:,} organisations; first open {first_open:.0f} ms (with imports)\n")

    def open_close():
        ops.open_database(url).close()

    def raw_open():
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.close()

    row("open an existing register (beyond imports)", median_ms(open_close), median_ms(raw_open), "≤ 50 ms")

    db = ops.open_database(url)
    searches, floors, ranked = [], [], []
    for typed in KEYSTROKES:
        searches.append(median_ms(lambda t=typed: ops.search(db, t, limit=50), repeat=5))
        q = " AND ".join(f'"{w}"*' for w in fold(typed).split())
        # the floor: the same candidates fetched by bare sqlite3 (ops ranks them in Python after)
        floors.append(median_ms(lambda q=q: raw.execute(
            "SELECT e.kind, e.entity_id, e.label, e.title FROM search_index JOIN search_entries e "
            "ON e.id = search_index.rowid WHERE search_index MATCH ? LIMIT 301", (q,)).fetchall(), repeat=5))
        ranked.append(median_ms(lambda q=q: raw.execute(
            "SELECT e.kind, e.entity_id, e.label FROM search_index JOIN search_entries e ON e.id = search_index.rowid "
            "WHERE search_index MATCH ? ORDER BY bm25(search_index, 10.0, 1.0) LIMIT 50", (q,)).fetchall(), repeat=5))
    row(f"prefix search as one types ({len(KEYSTROKES)} keystrokes, median)", statistics.median(searches),
        statistics.median(floors), "≤ 10 ms median")
    print(f"{'   slowest keystroke':<44} {max(searches):9.2f} ms   ('{KEYSTROKES[searches.index(max(searches))]}')")
    print(f"{'   (bare FTS5 ranking every match by bm25)':<44} {statistics.median(ranked):9.2f} ms median")

    kind = ops.kind("stakeholder")
    worst = (0.0, "", 0.0)
    pages, raw_pages = [], []
    for column in kind.sortable:
        for descending in (False, True):
            figure = median_ms(lambda c=column, d=descending: ops.list_page(db, "stakeholder", sort=c, descending=d,
                                                                          limit=200))
            direction = " DESC" if descending else ""
            # the same order said in SQL: free text case-insensitively (models.CASELESS_SORT)
            def said(c):
                return f"{c} COLLATE NOCASE" if c in CASELESS_SORT else c
            keys = ([f"{column} IS NULL"] if kind.column(column).nullable else []) + [said(column)] + (
                [said("name")] if column != "name" else []) + ["id"]
            floor = median_ms(lambda k=keys, d=direction: raw.execute(
                f"SELECT * FROM stakeholders ORDER BY {', '.join(x + d for x in k)} LIMIT 200").fetchall())
            pages.append(figure)
            raw_pages.append(floor)
            if figure > worst[0]:
                worst = (figure, f"{column}{direction.lower()}", floor)
    row("first page of 200, median over sort orders", statistics.median(pages), statistics.median(raw_pages),
        "≤ 20 ms")
    row(f"first page of 200, slowest ({worst[1]})", worst[0], worst[2], "≤ 20 ms")

    filtered = median_ms(lambda: ops.list_page(db, "stakeholder", sort="name", filters={"type": ["sme"], "province": ["TO"]}))
    filtered_floor = median_ms(lambda: raw.execute(
        "SELECT * FROM stakeholders WHERE type = 'sme' AND province = 'TO' ORDER BY name COLLATE NOCASE, id "
        "LIMIT 200").fetchall())
    row("first page, filtered (SMEs in TO) by name", filtered, filtered_floor, "≤ 20 ms")
    scan = median_ms(lambda: raw.execute(
        "SELECT id FROM stakeholders WHERE name LIKE '%torino%' LIMIT 50").fetchall())
    print(f"\nfor comparison, a LIKE '%torino%' scan: {scan:.1f} ms")


if __name__ == "__main__":
    main()
