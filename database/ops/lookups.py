"""Small read helpers the window's filters, pickers and forms need, as plain data."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..errors import FieldProblem
from . import validation
from .crud import _as_uuid, get_many
from .kinds import kind, to_record
from .records import Record


def distinct_values(db: Database, kind_name: str, field: str, limit: int = 1000) -> list:
    """The different values a column holds (e.g. the provinces of the organisations), sorted."""
    k = kind(kind_name)
    col = k.column(field)
    q = select(col).where(col.is_not(None)).distinct().order_by(m.sort_key(col)).limit(limit)
    with db.read() as session:
        return list(session.scalars(q))


def year_span(db: Database) -> tuple[int, int] | None:
    """The first and last year any partnership or interaction runs in (for the year filters)."""
    # on the tables (Core), not the classes: the lists' filters need no ORM mapper configuration
    partnerships, interactions = m.Partnership.__table__.c, m.Interaction.__table__.c
    with db.read() as session:
        lows = [session.scalar(select(func.min(partnerships.start_date))),
                session.scalar(select(func.min(interactions.date)))]
        highs = [session.scalar(select(func.max(partnerships.end_date))),
                 session.scalar(select(func.max(interactions.date)))]
    lows = [d.year for d in lows if d]
    highs = [d.year for d in highs if d]
    if not lows and not highs:
        return None
    return min(lows or highs), max(highs or lows)


_LABEL_COLUMNS = {"municipality": ("name",), "ket": ("code", "name_en", "name_it"), "action": ("text",),
                  "saved_search": ("name",), "pack_preset": ("name",)}


def choose(db: Database, kind_name: str, query: str, limit: int = 30) -> list[Record]:
    """Records of one kind matching what was typed in a picker, best first."""
    query = (query or "").strip()
    if kind_name in text_search.KIND_MODELS:
        if not query:
            return []
        hits = text_search_kind(db, kind_name, query, limit)
        return get_many(db, kind_name, [h.id for h in hits])
    k = kind(kind_name)
    columns = [k.column(c) for c in _LABEL_COLUMNS.get(kind_name, ("name",))]
    if not query:
        with db.read() as session:
            q = select(k.model).order_by(m.sort_key(columns[0])).limit(limit)
            return [to_record(o) for o in session.scalars(q)]
    # Compared folded, in Python: "forli" finds Forlì and "CANTÙ" Cantù, on SQLite (whose lower()
    # knows only ASCII) as on PostgreSQL. These kinds are small (the 7,900 Italian municipalities
    # are the most): a keystroke reads their labels in a few milliseconds.
    fold = text_search.fold
    wanted = fold(query)
    with db.read() as session:
        rows = session.execute(select(k.model.id, *columns).order_by(m.sort_key(columns[0]))).all()
    hits = [r for r in rows if any(v is not None and wanted in fold(str(v)) for v in r[1:])]
    hits.sort(key=lambda r: not fold(str(r[1] or "")).startswith(wanted))  # what starts so first, else list order
    return get_many(db, kind_name, [r[0] for r in hits[:limit]])


def text_search_kind(db: Database, kind_name: str, query: str, limit: int):
    from .find import find

    result = find(db, query, per_kind=limit, kinds=[kind_name])
    return [h for g in result.groups for h in g.hits]


def all_of(db: Database, kind_name: str, limit: int = 5000) -> list[Record]:
    """Every record of a small kind (sectors, KETs, regions) in its list order."""
    from .lists import first_page

    return list(first_page(db, kind_name, limit=limit)[1].rows)


def clean_value(kind_name: str, field_name: str, value) -> tuple:
    """(the value as it would be stored, None) or (the value as given, its FieldProblem)."""
    fields = {f.name: f for f in kind(kind_name).fields}
    clean, problem = validation.clean_value(fields[field_name], value)
    return (value, problem) if problem else (clean, None)


def check_value(kind_name: str, field_name: str, value) -> FieldProblem | None:
    """What is wrong with one value typed in a form (None when nothing), as the store would say."""
    fields = {f.name: f for f in kind(kind_name).fields}
    return validation.clean_value(fields[field_name], value)[1]


def check_values(kind_name: str, values: dict) -> list[FieldProblem]:
    """Every problem of a whole form (each field, then the rules across fields)."""
    from ..errors import ValidationError

    k = kind(kind_name)
    problems, clean = [], {}
    fields = {f.name: f for f in k.fields}
    for name, value in values.items():
        cleaned, problem = validation.clean_value(fields[name], value)
        if problem:
            problems.append(problem)
        else:
            clean[name] = cleaned
    try:  # on the fields that are fine so far: the dates of a half-filled form are checked too
        validation.check_record(k, clean)
    except ValidationError as e:
        problems.extend(e.problems)
    return problems


@dataclass(frozen=True)
class NetworkNode:
    id: uuid.UUID
    name: str
    type: str
    country: str | None
    in_scope: bool  # the stakeholder itself, or one of the region's / sector's organisations
    partnerships: int = 0  # partnerships it shares with others in the network


@dataclass(frozen=True)
class NetworkLink:
    a: uuid.UUID
    b: uuid.UUID
    partnerships: tuple[tuple[uuid.UUID, str], ...]  # id, label of each shared partnership


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    links: tuple[NetworkLink, ...]
    partnerships: int  # partnerships drawn on
    truncated: bool  # more organisations took part than are shown


def network(db: Database, kind_name: str, entity_id, max_nodes: int = 60, max_partnerships: int = 400) -> Network:
    """Who works with whom through partnerships, around a stakeholder, a region or a sector:
    organisations as nodes, a link for every pair sharing partnerships (around a region or a
    sector, at least one of the pair in it). Beyond ``max_nodes``, the scope's own organisations are kept first, up
    to two thirds of them; the most connected of the rest fill up the drawing."""
    from .. import models as m

    entity_id = _as_uuid(entity_id)
    with db.read() as session:
        if kind_name == "stakeholder":
            scope = select(m.Stakeholder.id).where(m.Stakeholder.id == entity_id)
        elif kind_name == "region":
            code = session.scalar(select(m.Region.code).where(m.Region.id == entity_id))
            if code is None:
                return Network((), (), 0, False)
            below = select(m.Region.id).where(m.Region.code.startswith(code))
            scope = select(m.Stakeholder.id).where(m.Stakeholder.region_id.in_(below))
        elif kind_name == "sector":
            scope = select(m.StakeholderSector.stakeholder_id).where(m.StakeholderSector.sector_id == entity_id)
        elif kind_name == "partnership":
            scope = select(m.Participant.stakeholder_id).where(m.Participant.partnership_id == entity_id)
        else:
            raise ValueError(f"no network around a {kind_name}")
        partnership_ids = list(session.scalars(
            select(m.Participant.partnership_id).where(m.Participant.stakeholder_id.in_(scope)).distinct()
            .limit(max_partnerships + 1)))
        truncated = len(partnership_ids) > max_partnerships
        partnership_ids = partnership_ids[:max_partnerships]
        rows = session.execute(
            select(m.Participant.partnership_id, m.Participant.stakeholder_id, m.Partnership.acronym,
                   m.Partnership.title)
            .join(m.Partnership, m.Partnership.id == m.Participant.partnership_id)
            .where(m.Participant.partnership_id.in_(partnership_ids))).all()
        taking_part = {sid for _, sid, _, _ in rows}
        scope_ids = scope.subquery().c[0]
        in_scope = set(session.scalars(select(scope_ids).where(scope_ids.in_(taking_part)))) if taking_part else set()
        members: dict[uuid.UUID, list[uuid.UUID]] = {}
        labels: dict[uuid.UUID, str] = {}
        for pid, sid, acronym, title in rows:
            members.setdefault(pid, []).append(sid)
            labels[pid] = acronym or title
        pair_links: dict[tuple, list] = {}
        for pid, sids in members.items():
            if not in_scope.intersection(sids):
                continue
            sids = sorted(set(sids))
            for i, a in enumerate(sids):
                for b in sids[i + 1:]:
                    # around an organisation or a partnership every pair that works together;
                    # around a region or a sector, the pairs that involve its organisations
                    if kind_name in ("stakeholder", "partnership") or a in in_scope or b in in_scope:
                        pair_links.setdefault((a, b), []).append(pid)
        shared: dict[uuid.UUID, set] = {}
        for (a, b), pids in pair_links.items():
            shared.setdefault(a, set()).update(pids)
            shared.setdefault(b, set()).update(pids)
        degree = {sid: len(pids) for sid, pids in shared.items()}
        for sid in in_scope:
            degree.setdefault(sid, 0)
        ranked = sorted(degree, key=lambda s: (s != entity_id, -degree[s], s not in in_scope))
        # the scope's own organisations first, up to two thirds of the drawing (all of a
        # partnership's participants, not only those also in many other projects); the most
        # connected of the rest fill it up
        ours = [s for s in ranked if s in in_scope]
        room = max_nodes * 2 // 3
        rest = sorted(ours[room:] + [s for s in ranked if s not in in_scope],
                      key=lambda s: (-degree[s], s not in in_scope))
        keep = set(ours[:room] + rest[:max_nodes - min(room, len(ours))])
        truncated = truncated or len(ranked) > max_nodes
        people = {s.id: s for s in session.scalars(select(m.Stakeholder).where(m.Stakeholder.id.in_(keep)))}
    nodes = tuple(NetworkNode(sid, people[sid].name, people[sid].type, people[sid].country, sid in in_scope,
                              degree.get(sid, 0))
                  for sid in ranked if sid in keep and sid in people)
    links = tuple(NetworkLink(a, b, tuple((p, labels[p]) for p in pids))
                  for (a, b), pids in pair_links.items() if a in keep and b in keep)
    return Network(nodes, links, len(members), truncated)
