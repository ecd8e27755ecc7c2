"""Search across the register: accent- and case-insensitive, prefix matching, ranked.

One table of entries, ``search_entries`` — (kind, entity_id, label, title, body), one per record,
keyed by the record's id — kept in step with the data: an ``after_flush`` hook re-indexes every
indexed row the ORM wrote, and bulk writers (importers) call :func:`reindex` for what they wrote
with Core. On SQLite an FTS5 index with external content (``search_index``) follows the entries
table through triggers and is ranked by bm25; on PostgreSQL the entries table itself carries a
weighted ``tsvector`` with a GIN index. Text is folded (accents stripped, lower case) in Python on
both, so they find the same rows. Writes touch entries by primary key, so keeping the index in
step costs the same at 100 records as at 100,000.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, event, select, text
from sqlalchemy.orm import Session

from . import models as m

ENTRIES = "search_entries"
FTS = "search_index"  # SQLite only
PREFIX = "search_"  # every table of the search index starts so (FTS5 adds shadow tables)


def fold(value: str | None) -> str:
    """'Università di TORINO' -> 'universita di torino'."""
    if not value:
        return ""
    if value.isascii():  # nothing to strip (most names): the quick way, same result
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(query: str) -> list[str]:
    return _TOKEN.findall(fold(query))[:12]


# --- what is indexed ---------------------------------------------------------------------------

def _join(*parts) -> str:
    return " ".join(map(str, filter(None, parts)))  # (the parts that are set; C loops: imports index 36,000)


def _stakeholder(s: m.Stakeholder):
    return s.name, _join(s.name, s.short_name), _join(s.city, s.province, s.country, s.tags, s.pic,
                                                      s.vat_number, s.description)


def _contact(c: m.Contact):
    return c.name, c.name, _join(c.role, c.email)


def _partnership(p: m.Partnership):
    label = f"{p.acronym} — {p.title}" if p.acronym else p.title
    return label, _join(p.acronym, p.title), _join(p.programme, p.external_ref, p.description)


def _sector(s: m.Sector):
    return s.name_en, _join(s.code, s.name_it, s.name_en), _join(s.description_it, s.description_en)


def _region(r: m.Region):
    return f"{r.name} ({r.code})", _join(r.code, r.name), r.country_code


def _interaction(i: m.Interaction):
    return f"{i.date} {i.subject}", i.subject, i.notes


INDEXED = {
    m.Stakeholder: ("stakeholder", _stakeholder),
    m.Contact: ("contact", _contact),
    m.Partnership: ("partnership", _partnership),
    m.Sector: ("sector", _sector),
    m.Region: ("region", _region),
    m.Interaction: ("interaction", _interaction),
}
KIND_MODELS = {kind: model for model, (kind, _) in INDEXED.items()}


# --- the table (created by the first migration) -----------------------------------------------

def _key(conn: Connection, entity_id: uuid.UUID):
    """Ids are stored as the tables store them (32 hex digits on SQLite, uuid on PostgreSQL),
    so the index joins with the tables without casts."""
    return entity_id.hex if conn.dialect.name == "sqlite" else entity_id


def forget(conn: Connection, keys: Iterable[tuple[str, uuid.UUID]]) -> None:
    """Drop the entries of these records (kind, id); kinds that are not indexed are ignored."""
    keys = [(k, i) for k, i in keys if k in KIND_MODELS]
    if keys:
        conn.execute(text(f"DELETE FROM {ENTRIES} WHERE entity_id = :i"), [{"i": _key(conn, i)} for _, i in keys])


def _insert(conn: Connection, rows: list[dict]) -> None:
    _insert_tuples(conn, [(r["kind"], r["entity_id"], r["label"], r["title"], r["body"]) for r in rows])


def _insert_tuples(conn: Connection, rows: list[tuple]) -> None:
    """Entries as (kind, entity_id, label, title, body), straight to the driver's executemany."""
    if rows:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        conn.exec_driver_sql(f"INSERT INTO {ENTRIES} (kind, entity_id, label, title, body) "
                             f"VALUES ({', '.join([mark] * 5)})", rows)


def _row(conn: Connection, kind: str, obj) -> dict:
    label, title, body = INDEXED[type(obj)][1](obj)
    return {"kind": kind, "entity_id": _key(conn, obj.id), "label": label or "",
            "title": fold(title), "body": fold(body)}


def write_objects(conn: Connection, written: Iterable, deleted: Iterable) -> None:
    """Bring the index in step with ORM objects just written or deleted."""
    stale, fresh = [], []
    for obj in written:
        kind = INDEXED[type(obj)][0]
        stale.append((kind, obj.id))
        fresh.append(_row(conn, kind, obj))
    stale += [(INDEXED[type(o)][0], o.id) for o in deleted]
    forget(conn, stale)
    _insert(conn, fresh)


def _after_flush(session: Session, _context) -> None:
    # in after_flush the session still lists what it has just flushed
    written = [o for o in session.new if type(o) in INDEXED]
    written += [o for o in session.dirty if type(o) in INDEXED and session.is_modified(o)]
    deleted = [o for o in session.deleted if type(o) in INDEXED]
    if written or deleted:
        write_objects(session.connection(), written, deleted)


def install(session_factory) -> None:
    """Keep the index in step with every ORM write made through these sessions."""
    event.listen(session_factory, "after_flush", _after_flush)


def reindex(session: Session, kind: str, ids: Iterable[uuid.UUID] | None = None, *, new: bool = False) -> int:
    """Rebuild the entries of one kind (all of them, or only ``ids``). For bulk writers;
    ``new=True`` says the ids are of records just inserted, which have no entries to drop."""
    model = KIND_MODELS[kind]
    conn = session.connection()
    query = select(model)
    id_list = None if ids is None else list(ids)
    if id_list is None:
        conn.execute(text(f"DELETE FROM {ENTRIES} WHERE kind = :k"), {"k": kind})
    count = 0
    for start in range(0, len(id_list) if id_list is not None else 1, 900):
        q = query if id_list is None else query.where(model.id.in_(id_list[start:start + 900]))
        objs = session.scalars(q.execution_options(yield_per=2000)).all()
        if id_list is not None and not new:
            forget(conn, [(kind, i) for i in id_list[start:start + 900]])
        _insert(conn, [_row(conn, kind, o) for o in objs])
        count += len(objs)
    return count


class _Values:
    """Plain values standing in for a record, for the functions above (missing ones are None)."""

    def __init__(self, values: dict):
        self.__dict__.update(values)

    def __getattr__(self, name):
        return None


# every column of an indexed table reads None until given, without a call to __getattr__ (an
# import describes 36,000 records, each missing a few columns)
for _name in {c.name for model in INDEXED for c in model.__table__.columns}:
    setattr(_Values, _name, None)


def index_new(session: Session, kind: str, rows: Iterable[tuple[uuid.UUID, dict]]) -> int:
    """Add the entries of records just inserted with Core, from their ids and the values inserted
    (each dict holds at least the indexed columns): the same entries :func:`reindex` makes,
    without loading the records again. For bulk importers."""
    describe = INDEXED[KIND_MODELS[kind]][1]
    conn = session.connection()
    sqlite = conn.dialect.name == "sqlite"
    entries = []
    for entity_id, values in rows:
        label, title, body = describe(_Values(values))
        entries.append((kind, entity_id.hex if sqlite else entity_id, label or "", fold(title), fold(body)))
    if sqlite and len(entries) >= _BULK_FTS:
        _insert_bulk_sqlite(conn, entries)
    else:
        _insert_tuples(conn, entries)
    return len(entries)


# From this many entries, SQLite's FTS index is fed by one INSERT ... SELECT instead of the
# per-row trigger: four times faster (measured: 36,000 entries, 3.3 s by trigger, 0.9 s so).
_BULK_FTS = 200


def _insert_bulk_sqlite(conn: Connection, entries: list[tuple]) -> None:
    """Entries without the insert trigger, then the FTS index in one statement; the trigger is
    put back in the same transaction, so a failure leaves everything as it was."""
    trigger = f"{ENTRIES}_ai"
    sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
                       {"n": trigger}).scalar()
    if sql is None:  # not the layout this knows: the plain way
        _insert_tuples(conn, entries)
        return
    last = conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {ENTRIES}")).scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
    _insert_tuples(conn, entries)
    conn.execute(text(f"INSERT INTO {FTS} (rowid, title, body) SELECT id, title, body FROM {ENTRIES} "
                      "WHERE id > :last"), {"last": last})
    conn.exec_driver_sql(sql)


def rebuild(session: Session) -> int:
    return sum(reindex(session, kind) for kind in KIND_MODELS)


def indexed_counts(session: Session) -> dict[str, int]:
    rows = session.execute(text(f"SELECT kind, count(*) FROM {ENTRIES} GROUP BY kind")).all()
    return {k: n for k, n in rows}


# --- querying ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: uuid.UUID
    label: str
    rank: float


CANDIDATES = 300  # a query matching more than this is too broad to rank every match


def search(session: Session, query: str, kinds: Iterable[str] | None = None, limit: int = 50) -> list[SearchHit]:
    """Every word of ``query`` must match the start of a word in the record (so typing
    'univ tor' finds 'Università degli Studi di Torino'); best matches first: records whose name
    holds every word, then shorter names (the closer match), then alphabetically.

    Ranking is done here, the same on both back ends. The index only finds candidates, without
    ranking them (ranking every match of 'to' in 100,000 records is what makes type-ahead slow):
    all matches when there are at most CANDIDATES, else the first CANDIDATES whose name matches
    — a query that broad is narrowed by the next keystroke anyway."""
    words = tokens(query)
    if not words:
        return []
    kinds = list(kinds) if kinds else None
    rows = _candidates(session, words, kinds, title_only=False)
    if len(rows) > CANDIDATES:
        rows = _candidates(session, words, kinds, title_only=True)[:CANDIDATES]
    scored = []
    for k, i, label, title in rows:
        title_words = _TOKEN.findall(title)
        in_title = sum(any(t.startswith(w) for t in title_words) for w in words)
        score = (len(words) - in_title, len(title_words), label.casefold(), str(i))
        scored.append((score, SearchHit(k, i if isinstance(i, uuid.UUID) else uuid.UUID(i), label, float(score[0]))))
    scored.sort(key=lambda pair: pair[0])
    return [hit for _, hit in scored[:limit]]


def _candidates(session: Session, words: list[str], kinds: list[str] | None, title_only: bool) -> list:
    dialect = session.get_bind().dialect.name
    params: dict = {"q": match_expression(words, dialect, title_only), "limit": CANDIDATES + 1}
    if dialect == "sqlite":
        # CROSS JOIN: the matches first (SQLite keeps that order). With a plain JOIN and a kind,
        # SQLite may go through every entry of the kind and ask the index for each: seconds at
        # 100,000 organisations, against milliseconds.
        sql = (f"SELECT e.kind, e.entity_id, e.label, e.title FROM {FTS} CROSS JOIN {ENTRIES} e ON e.id = {FTS}.rowid "
               f"WHERE {FTS} MATCH :q {'AND e.kind IN :kinds' if kinds else ''} LIMIT :limit")
    else:
        sql = (f"SELECT kind, entity_id, label, title FROM {ENTRIES} WHERE document @@ to_tsquery('simple', :q) "
               f"{'AND kind IN :kinds' if kinds else ''} LIMIT :limit")
    stmt = text(sql)
    if kinds:
        stmt = stmt.bindparams(bindparam("kinds", expanding=True))
        params["kinds"] = kinds
    return session.execute(stmt, params).all()


def match_expression(words: list[str], dialect: str, title_only: bool = False) -> str:
    """The full-text query for 'every word, as a prefix' (of the name only, with ``title_only``)."""
    if dialect == "sqlite":
        expression = " AND ".join(f'"{w}"*' for w in words)
        return f"title : ({expression})" if title_only else expression
    return " & ".join(f"{w}:*{'A' if title_only else ''}" for w in words)


def matching_ids(kind: str, query: str, dialect: str):
    """A subquery of the ids of ``kind`` whose entry matches ``query`` (for list filters)."""
    from sqlalchemy import column

    words = tokens(query)
    if not words:
        return select(text("NULL")).where(text("1 = 0"))
    if dialect == "sqlite":
        # CROSS JOIN: the matches first (see _candidates; 45 s otherwise at 100,000 organisations)
        sql = (f"SELECT e.entity_id FROM {FTS} CROSS JOIN {ENTRIES} e ON e.id = {FTS}.rowid "
               f"WHERE {FTS} MATCH :q AND e.kind = :k")
    else:
        sql = f"SELECT entity_id FROM {ENTRIES} WHERE document @@ to_tsquery('simple', :q) AND kind = :k"
    stmt = text(sql).bindparams(
        q=match_expression(words, dialect), k=kind)
    return stmt.columns(column("entity_id")).subquery().select()
