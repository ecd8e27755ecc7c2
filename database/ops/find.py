"""Find as one types, grouped by kind: what the window's search field shows.

Bounded work per keystroke: the matching entries are read unranked, at most ``cap`` of them,
and ranked here (records whose name holds every word first, then shorter names, then
alphabetically — the order of :func:`database.search.search`). When a query matches more than
``cap`` entries — a letter or two over 100,000 organisations — ranking them all took 0.25 s,
so the result says it is partial and the window asks for more letters.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from .. import search as text_search
from ..engine import Database

# the order groups are shown in
KIND_ORDER = ("stakeholder", "partnership", "sector", "region", "contact", "interaction")


@dataclass(frozen=True)
class FindGroup:
    kind: str
    hits: tuple[text_search.SearchHit, ...]  # best first, at most ``per_kind``
    more: bool  # more matches of this kind than shown


@dataclass(frozen=True)
class FindResult:
    query: str
    groups: tuple[FindGroup, ...]  # only kinds with hits, in KIND_ORDER
    partial: bool  # more than ``cap`` entries matched: only the first ones were ranked

    @property
    def total_shown(self) -> int:
        return sum(len(g.hits) for g in self.groups)


def find(db: Database, query: str, *, per_kind: int = 8, cap: int = 400, kinds=None) -> FindResult:
    words = text_search.tokens(query)
    if not words:
        return FindResult(query, (), False)
    # a one-letter word typed after others ("politecnica t") narrows the names found by the
    # others; asked of the index it would read every word that starts with that letter
    indexed = [w for w in words if len(w) > 1] or words
    letters = [w for w in words if w not in indexed]
    dialect = db.engine.dialect.name
    entries, fts = text_search.ENTRIES, text_search.FTS
    if dialect == "sqlite":
        sql = (f"SELECT e.kind, e.entity_id, e.label, e.title FROM {fts} JOIN {entries} e ON e.id = {fts}.rowid "
               f"WHERE {fts} MATCH :q" + (" AND e.kind IN :kinds" if kinds else ""))
    else:
        sql = (f"SELECT kind, entity_id, label, title FROM {entries} WHERE document @@ to_tsquery('simple', :q)"
               + (" AND kind IN :kinds" if kinds else ""))
    stmt = text(sql + " LIMIT :cap")
    params = {"q": text_search.match_expression(indexed, dialect), "cap": cap + 1}
    if kinds:
        stmt = stmt.bindparams(bindparam("kinds", expanding=True))
        params["kinds"] = list(kinds)
    with db.read() as session:
        # the rows straight from the driver: a few hundred per keystroke, SQLAlchemy's rows cost more
        result = session.connection().execute(stmt, params)
        try:
            rows = result.cursor.fetchall()
        finally:
            result.close()
    partial = len(rows) > cap
    by_kind: dict[str, list] = {}
    for kind, entity_id, label, title in rows[:cap]:
        # titles are folded text: a word starts after a space or at the beginning (cheaper than
        # tokenising every candidate, and the same for the ranking)
        spaced = " " + title
        if letters and not all((" " + w) in spaced for w in letters):
            continue
        in_title = sum((" " + w) in spaced for w in words)
        by_kind.setdefault(kind, []).append((len(words) - in_title, spaced.count(" "), label.casefold(),
                                             label, entity_id))
    groups = []
    for kind in sorted(by_kind, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER)):
        best = sorted(by_kind[kind])[:per_kind]
        hits = tuple(text_search.SearchHit(kind, e if isinstance(e, uuid.UUID) else uuid.UUID(e), label, float(missing))
                     for missing, _, _, label, e in best)
        groups.append(FindGroup(kind, hits, len(by_kind[kind]) > per_kind))
    return FindResult(query, tuple(groups), partial)
