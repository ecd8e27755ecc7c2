"""Is the register healthy? SQLite's own checks of the file, and the application's invariants on
either back end, each finding explained in plain words (``ris3desk check``, the start-up check).

- :func:`quick_check` runs when a SQLite register is opened, before anything may write to it:
  the header, the schema, and SQLite's ``quick_check`` within a time budget (a register of a
  few megabytes is checked whole in the budget; a larger one gets header and schema checks and
  as much of the quick check as fits). A damaged file raises :class:`DamagedDatabaseError`.
- :func:`check_file` is SQLite's full ``integrity_check`` and ``foreign_key_check``, read-only.
- :func:`check_register` looks at what only the application knows: records pointing at
  records that are gone, rules across fields, sectors and regions that come under themselves,
  and the search index in step with the data.
- :func:`repair_search_index` rebuilds the search index, the one thing ``check --repair`` mends.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from .errors import DamagedDatabaseError
from .i18n import QT_TRANSLATE_NOOP as _N
from .i18n import Text
from .sqlite_file import connect, database_errors, operational_errors, read_header, roll_back_hot_journal

QUICK_BUDGET_S = 0.015  # what the start-up check may spend in quick_check; opening stays under 50 ms

SQLITE_DAMAGED = _N("integrity", "SQLite's own check found the file damaged: {detail}")
# A finding's text for one thing and for several: (one, many), picked by :func:`by_count`.
FOREIGN_KEY = (
    _N("integrity", "{count} row of the table {table} points to a row of {parent} that does not exist."),
    _N("integrity", "{count} rows of the table {table} point to rows of {parent} that do not exist."))
SCHEMA_OLD = _N("integrity", "The register's structure is from an older version (schema {found}, this version "
                "uses {head}); run 'ris3desk init' to upgrade it.")
ORPHAN = (_N("integrity", "{count} {child} record whose {parent} no longer exists ({column})."),
          _N("integrity", "{count} {child} records whose {parent} no longer exists ({column})."))
DANGLING = (_N("integrity", "{count} {child} record linking to a {parent} that no longer exists ({column})."),
            _N("integrity", "{count} {child} records linking to a {parent} that no longer exists ({column})."))
INDEX_MISSING = (
    _N("integrity", "{count} {kind} record cannot be found by search (it is missing from the search index). "
                    "'ris3desk check --repair' rebuilds the index."),
    _N("integrity", "{count} {kind} records cannot be found by search (they are missing from the search index). "
                    "'ris3desk check --repair' rebuilds the index."))
INDEX_STALE = (
    _N("integrity", "The search index lists {count} {kind} record that no longer exists, so searches may show a "
                    "ghost. 'ris3desk check --repair' rebuilds the index."),
    _N("integrity", "The search index lists {count} {kind} records that no longer exist, so searches may show "
                    "ghosts. 'ris3desk check --repair' rebuilds the index."))
INDEX_UNKNOWN = (
    _N("integrity", "The search index holds {count} entry of an unknown kind ({kind}). 'ris3desk check --repair' "
                    "rebuilds the index."),
    _N("integrity", "The search index holds {count} entries of an unknown kind ({kind}). 'ris3desk check --repair' "
                    "rebuilds the index."))
INDEX_BROKEN = _N("integrity", "The search index is damaged inside ({detail}). 'ris3desk check --repair' "
                  "rebuilds it.")
END_BEFORE_START = (_N("integrity", "{count} partnership ends before it starts."),
                    _N("integrity", "{count} partnerships end before they start."))
EU_OVER_BUDGET = (_N("integrity", "{count} partnership has an EU contribution larger than its total budget."),
                  _N("integrity", "{count} partnerships have an EU contribution larger than their total budget."))
SECTOR_LOOP = (
    _N("integrity", "{count} sector is its own parent, or comes under itself further up ({codes}); choose another "
                    "parent for it."),
    _N("integrity", "{count} sectors are their own parent, or come under themselves further up ({codes}); choose "
                    "another parent for them."))
REGION_LOOP = (
    _N("integrity", "{count} region is its own parent region, or lies within itself further up ({codes}); choose "
                    "another parent region for it."),
    _N("integrity", "{count} regions are their own parent region, or lie within themselves further up ({codes}); "
                    "choose another parent region for them."))
NEGATIVE = (_N("integrity", "{count} record of {table} holds a negative amount in {column}."),
            _N("integrity", "{count} records of {table} hold a negative amount in {column}."))


def by_count(texts: tuple[Text, Text], count: int) -> Text:
    """The text for one thing or for several (English and Italian both have one singular)."""
    return texts[0] if count == 1 else texts[1]


@dataclass(frozen=True)
class Finding:
    """One thing wrong, in plain words. ``repairable``: ``check --repair`` mends it."""

    code: str
    template: str
    params: dict
    count: int = 1
    repairable: bool = False

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


# --- the file -----------------------------------------------------------------------------------

DAMAGED = _N("errors", "{name} is damaged ({detail}). It was not opened, so nothing more was written to it. Restore "
                       "the newest good backup ('ris3desk restore'), or run 'ris3desk check' for details.")


def _damaged(path: Path, detail: str) -> DamagedDatabaseError:
    # SQLite's findings come a line each, under a "*** in database main ***" heading: one line of
    # the first few reads better in a sentence
    lines = [line.strip() for line in detail.splitlines() if line.strip() and not line.startswith("***")]
    detail = "; ".join(lines[:3]) or detail.strip()
    error = DamagedDatabaseError(DAMAGED.format(name=path.name, detail=detail))
    error.path, error.detail = path, detail
    return error


def quick_check(path, passphrase: str | None = None, *, budget_s: float | None = QUICK_BUDGET_S) -> bool:
    """The start-up check of a SQLite register, read-only. True when the file was checked whole,
    False when the time budget ended the quick check early (the header and the schema were
    still checked). Raises DamagedDatabaseError for a damaged file, EncryptedDatabaseError
    when a passphrase is missing or wrong. ``budget_s=None`` checks everything."""
    path = Path(path)
    roll_back_hot_journal(path, passphrase)  # (what an interrupted write left: not damage)
    try:
        header = read_header(path)
    except DamagedDatabaseError as e:
        raise _damaged(path, str(e).split(" has ", 1)[-1].rstrip(".")) from None
    if header is not None:
        if header.file_size % header.page_size:
            raise _damaged(path, "its size is not a whole number of pages: it was cut short")
        wal = path.with_name(path.name + "-wal")
        has_wal = wal.exists() and wal.stat().st_size > 0
        if header.pages_valid and header.pages * header.page_size > header.file_size and not has_wal:
            raise _damaged(path, "it is shorter than its header says: it was cut short")
    conn = connect(path, passphrase if header is None else None, readonly=True)
    complete = True
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" in tables:
            conn.execute("SELECT version_num FROM alembic_version").fetchall()
        # PRAGMA quick_check is one long step of SQLite's engine, which a progress handler does
        # not reach; sqlite3_interrupt from a timer does
        timer = threading.Timer(budget_s, conn.interrupt) if budget_s is not None else None
        if timer is not None:
            timer.start()
        try:
            result = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        except operational_errors() as e:
            if "interrupt" not in str(e):
                raise
            complete, result = False, ["ok"]
        finally:
            if timer is not None:
                timer.cancel()
        if result != ["ok"]:
            raise _damaged(path, "; ".join(result[:2]))
    except database_errors() as e:
        raise _damaged(path, str(e)) from None
    finally:
        conn.close()
    return complete


def check_file(path, passphrase: str | None = None) -> list[Finding]:
    """SQLite's full integrity check and foreign-key check, without writing anything (but rolling
    back what an interrupted write left, as any opening does: quick_check)."""
    path = Path(path)
    try:
        quick_check(path, passphrase, budget_s=0)  # header and schema; raises when unreadable
    except DamagedDatabaseError as e:
        return [Finding("sqlite-integrity", SQLITE_DAMAGED, {"detail": getattr(e, "detail", str(e))})]
    header = read_header(path)
    conn = connect(path, passphrase if header is None else None, readonly=True)
    findings = []
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            findings.append(Finding("sqlite-integrity", SQLITE_DAMAGED, {"detail": "; ".join(result[:5])},
                                    count=len(result)))
            return findings  # a damaged b-tree makes the other answers meaningless
        by_table: dict[tuple[str, str], int] = {}
        for table, _rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            by_table[(table, parent)] = by_table.get((table, parent), 0) + 1
        for (table, parent), n in sorted(by_table.items()):
            findings.append(Finding("foreign-key", by_count(FOREIGN_KEY, n), {"count": n, "table": table, "parent": parent},
                                    count=n))
    except database_errors() as e:
        findings.append(Finding("sqlite-integrity", SQLITE_DAMAGED, {"detail": str(e)}))
    finally:
        conn.close()
    return findings


# --- the application's invariants ---------------------------------------------------------------

def _label(table_name: str) -> str:
    from .ops.kinds import KINDS, TABLE_KINDS

    name = TABLE_KINDS.get(table_name)
    return KINDS[name].label if name else table_name


def _references(session) -> list[Finding]:
    """Every foreign key, checked by the application on both back ends: a child whose parent is
    gone is an orphan; a link whose end is gone dangles."""
    from sqlalchemy import exists, func, select

    from .models import Base
    from .ops.kinds import KINDS, TABLE_KINDS

    findings = []
    for table in Base.metadata.sorted_tables:
        for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
            child, parent = fk.parent, fk.column
            gone = ~exists().where(parent == child)
            if parent.table is table:  # a self-reference (a region's parent region)
                alias = parent.table.alias()
                gone = ~exists().where(alias.c[parent.name] == child)
            n = session.scalar(select(func.count()).select_from(table).where(child.is_not(None), gone))
            if n:
                kind_name = TABLE_KINDS.get(table.name)
                is_link = bool(kind_name and KINDS[kind_name].link)
                findings.append(Finding(
                    "dangling-link" if is_link else "orphan", by_count(DANGLING if is_link else ORPHAN, n),
                    {"count": n, "child": _label(table.name), "parent": _label(parent.table.name),
                     "column": f"{table.name}.{child.name}"}, count=n))
    return findings


def _rules(session) -> list[Finding]:
    from sqlalchemy import func, select

    from . import models as m

    p = m.Partnership
    findings = []
    n = session.scalar(select(func.count()).where(p.start_date.is_not(None), p.end_date < p.start_date))
    if n:
        findings.append(Finding("rule", by_count(END_BEFORE_START, n), {"count": n}, count=n))
    n = session.scalar(select(func.count()).where(p.eu_contribution > p.total_budget))
    if n:
        findings.append(Finding("rule", by_count(EU_OVER_BUDGET, n), {"count": n}, count=n))
    for col in (p.total_budget, p.eu_contribution, m.Participant.contribution):
        n = session.scalar(select(func.count()).select_from(col.table).where(col < 0))
        if n:
            findings.append(Finding("rule", by_count(NEGATIVE, n), {"count": n, "table": col.table.name, "column": col.name},
                                    count=n))
    return findings


def in_loops(parents: dict) -> set:
    """The ids that are their own ancestor in ``parents`` (id -> parent id): each on a loop of
    parents, be it a record that is its own parent or several that are each other's."""
    looped: set = set()
    done: set = set()
    for start in parents:
        path: list = []
        on_path: set = set()
        current = start
        while current is not None and current not in done and current not in on_path:
            path.append(current)
            on_path.add(current)
            current = parents.get(current)
        if current is not None and current in on_path:  # the walk came back to where it had been
            looped.update(path[path.index(current):])
        done.update(path)
    return looped


def _hierarchies(session) -> list[Finding]:
    """Sectors and regions that come under themselves (a parent loop): their details would
    list them as their own parent and sub-record, and packs would climb round for ever."""
    from sqlalchemy import select

    from . import models as m

    findings = []
    for model, texts in ((m.Sector, SECTOR_LOOP), (m.Region, REGION_LOOP)):
        parents = dict(session.execute(select(model.id, model.parent_id).where(model.parent_id.is_not(None))).all())
        looped = in_loops(parents)
        if looped:
            codes = sorted(session.scalars(select(model.code).where(model.id.in_(looped))))
            shown = ", ".join(codes[:10]) + (", …" if len(codes) > 10 else "")
            n = len(looped)
            findings.append(Finding("parent-loop", by_count(texts, n), {"count": n, "codes": shown}, count=n))
    return findings


def _search_index(session) -> list[Finding]:
    """Counts and ids per kind, compared as sets (EXCEPT); on SQLite also FTS5's own check that
    its index matches the entries it was built from."""
    from sqlalchemy import text

    from . import search

    findings = []
    for kind, model in search.KIND_MODELS.items():
        table = model.__tablename__
        params = {"k": kind}
        missing = session.scalar(text(
            f"SELECT count(*) FROM (SELECT id FROM {table} EXCEPT "
            f"SELECT entity_id FROM {search.ENTRIES} WHERE kind = :k) AS x"), params)
        stale = session.scalar(text(
            f"SELECT count(*) FROM (SELECT entity_id FROM {search.ENTRIES} WHERE kind = :k EXCEPT "
            f"SELECT id FROM {table}) AS x"), params)
        for code, template, n in (("search-missing", INDEX_MISSING, missing), ("search-stale", INDEX_STALE, stale)):
            if n:
                findings.append(Finding(code, by_count(template, n), {"count": n, "kind": _label(table)}, count=n,
                                        repairable=True))
    known = ", ".join(f"'{k}'" for k in search.KIND_MODELS)
    for kind, n in session.execute(text(
            f"SELECT kind, count(*) FROM {search.ENTRIES} WHERE kind NOT IN ({known}) GROUP BY kind")):
        findings.append(Finding("search-unknown", by_count(INDEX_UNKNOWN, n), {"count": n, "kind": kind}, count=n,
                                repairable=True))
    if session.get_bind().dialect.name == "sqlite":
        try:  # FTS5's consistency check of its index against the entries (rank 1: against the content too)
            session.execute(text(f"INSERT INTO {search.FTS}({search.FTS}, rank) VALUES ('integrity-check', 1)"))
        except Exception as e:  # noqa: BLE001 - any failure here means a damaged index
            findings.append(Finding("search-broken", INDEX_BROKEN, {"detail": str(getattr(e, "orig", e))},
                                    repairable=True))
    return findings


def check_register(db) -> list[Finding]:
    """The application's invariants, on SQLite and PostgreSQL alike."""
    from sqlalchemy import text

    from .engine import SCHEMA_HEAD

    with db.read() as session:
        found = session.scalar(text("SELECT version_num FROM alembic_version"))
        if found != SCHEMA_HEAD:
            return [Finding("schema", SCHEMA_OLD, {"found": found, "head": SCHEMA_HEAD})]
        return _references(session) + _rules(session) + _hierarchies(session) + _search_index(session)


def combine(file_findings: list[Finding], register_findings: list[Finding]) -> list[Finding]:
    """Both lists, without SQLite's foreign-key findings that an application finding already
    explains (the same table)."""
    explained = {f.params["column"].split(".")[0] for f in register_findings if "column" in f.params}
    return [f for f in file_findings if not (f.code == "foreign-key" and f.params["table"] in explained)] \
        + register_findings


def repair_search_index(db) -> int:
    """Rebuild the whole search index in one transaction; return how many entries it holds."""
    from sqlalchemy import text

    from . import search

    with db.write() as session:
        known = ", ".join(f"'{k}'" for k in search.KIND_MODELS)
        session.execute(text(f"DELETE FROM {search.ENTRIES} WHERE kind NOT IN ({known})"))
        total = search.rebuild(session)
        if session.get_bind().dialect.name == "sqlite":  # the FTS5 index, afresh from the entries
            session.execute(text(f"INSERT INTO {search.FTS}({search.FTS}) VALUES ('rebuild')"))
    return total
