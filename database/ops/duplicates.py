"""Possible duplicate organisations: the list to review, a side-by-side merge choosing each
field, and its undo.

Imports put pairs on the list (a close name in the same city, never merged silently);
:func:`find_duplicates` scans the whole register for more. A merge keeps one organisation (the
survivor), takes the fields chosen from the other, moves its contacts, participations, sector
and KET links and interactions to the survivor, and deletes it — all in one transaction, with
a :class:`~database.models.MergeLog` holding what :func:`undo_merge` needs to put everything
back as it was.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import JSON, delete, func, insert, null, or_, select, update
from sqlalchemy.orm import Session

from .. import enums
from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..errors import NotFoundError, Ris3Error
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..jsonrows import decoder, encode, encode_row
from ..tracking import _text, current_author
from .kinds import TABLE_KINDS, kind, to_record
from .records import Changes, StakeholderRecord

# What points at an organisation, and the column that makes a link unique with it (None: no
# such rule, the row simply moves).
RELATIONS = (
    (m.Contact, None),
    (m.Participant, "partnership_id"),
    (m.StakeholderSector, "sector_id"),
    (m.StakeholderKet, "ket_id"),
    (m.InteractionStakeholder, "interaction_id"),
)
# Fields a merge may take from either side.
MERGE_FIELDS = tuple(f.name for f in kind("stakeholder").fields)

# what a link points at, per relation with a uniqueness rule (for the preview's clashes)
TARGET_KINDS = {"participants": "partnership", "stakeholder_sectors": "sector", "stakeholder_kets": "ket",
                "interaction_stakeholders": "interaction"}
# participant roles, strongest first: of two participations in one partnership the stronger stays
ROLE_ORDER = tuple(r.value for r in enums.ParticipantRole)

SAME_RECORD = _N("duplicates", "An organisation cannot be merged with itself.")
UNDONE_ALREADY = _N("duplicates", "This merge was undone already.")
# an undo that cannot put everything back refuses, changing nothing (never a partial undo)
SURVIVOR_MERGED = _N("duplicates", "“{merged}” cannot be brought back yet: the organisation it was merged into, "
                                   "“{survivor}”, was merged into “{newer}” afterwards. Undo that merge first, "
                                   "then this one. Nothing was changed.")
SURVIVOR_DELETED = _N("duplicates", "“{merged}” cannot be brought back: the organisation it was merged into has "
                                    "been deleted since, and the contacts and links it took over went with it. "
                                    "Undo that deletion first, if you still can. Nothing was changed.")
PIC_TAKEN = _N("duplicates", "“{merged}” cannot be brought back: its PIC {pic} now belongs to “{holder}” (an "
                             "import may have added it again). Merge “{holder}” into another organisation or "
                             "delete it first, then undo again. Nothing was changed.")
OLD_PIC_TAKEN = _N("duplicates", "This merge cannot be undone: the PIC {pic} that “{survivor}” had before it now "
                                 "belongs to “{holder}”. Merge “{holder}” into another organisation or delete it "
                                 "first, then undo again. Nothing was changed.")
PIC_KEPT = _N("duplicates", "“{merged}” cannot be brought back: its PIC {pic} is now the PIC of “{holder}”, the "
                            "organisation kept, set after the merge. Clear or change that PIC first, then undo "
                            "again. Nothing was changed.")


@dataclass(frozen=True)
class DuplicatePair:
    """A possible duplicate on the list: ``a`` was in the register first, ``b`` came later."""

    id: uuid.UUID
    a: StakeholderRecord
    b: StakeholderRecord
    score: float
    reason: str
    status: str  # open, dismissed


@dataclass(frozen=True)
class FieldChoice:
    """One row of the side-by-side view; the texts show choices by their label and linked
    records (municipality, region) by their name."""

    name: str
    label: str
    survivor: object
    other: object
    survivor_text: str = ""
    other_text: str = ""

    @property
    def differs(self) -> bool:
        return self.survivor != self.other


@dataclass(frozen=True)
class Clash:
    """A link both organisations have (the same partnership, sector, KET or interaction): it
    does not move; the survivor's own link stays and takes from the other's what ``taken``
    names (see :func:`_combined`); the other's is deleted."""

    relation: str  # participants, stakeholder_sectors, ...
    target_kind: str  # partnership, sector, ket, interaction
    target: object  # the record both are linked to
    kept: dict  # the survivor's link after the merge: role and contribution, or is_primary
    other: dict  # the other's link, as it was
    taken: tuple[str, ...]  # the fields the survivor's link takes from the other's


@dataclass(frozen=True)
class MergePreview:
    survivor: StakeholderRecord
    other: StakeholderRecord
    fields: tuple[FieldChoice, ...]
    moves: dict[str, int]  # what moves to the survivor: contacts, participations, ... (clashes not counted)
    clashes: tuple[Clash, ...] = ()  # links both have: they stay the survivor's


@dataclass(frozen=True)
class MergeRecord:
    id: uuid.UUID
    survivor_id: uuid.UUID
    merged_id: uuid.UUID
    merged_name: str
    survivor_name: str | None
    at: object
    undone: bool


@dataclass(frozen=True)
class MergeResult:
    merge_id: uuid.UUID
    survivor: StakeholderRecord
    moved: dict[str, int]
    changes: Changes


# --- the list ------------------------------------------------------------------------------------

def list_duplicates(db: Database, status: str | None = "open") -> list[DuplicatePair]:
    """Pairs on the list, closest first (``status`` None: all)."""
    dc = m.DuplicateCandidate
    q = select(dc).order_by(dc.score.desc(), dc.created_at)
    if status:
        q = q.where(dc.status == status)
    with db.read() as session:
        pairs = session.scalars(q).all()
        ids = {p.stakeholder_a_id for p in pairs} | {p.stakeholder_b_id for p in pairs}
        orgs = {}
        ids_list = list(ids)
        for start in range(0, len(ids_list), 500):
            for s in session.scalars(select(m.Stakeholder).where(m.Stakeholder.id.in_(ids_list[start:start + 500]))):
                orgs[s.id] = to_record(s)
        return [DuplicatePair(p.id, orgs[p.stakeholder_a_id], orgs[p.stakeholder_b_id], float(p.score), p.reason,
                              p.status) for p in pairs]


def count_duplicates(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).where(m.DuplicateCandidate.status == "open")) or 0


def dismiss_duplicate(db: Database, candidate_id, dismissed: bool = True) -> None:
    """Not the same organisation (or, ``dismissed=False``, back on the list)."""
    with db.write() as session:
        row = session.get(m.DuplicateCandidate, _uuid(candidate_id))
        if row is None:
            raise NotFoundError("possible duplicate", candidate_id)
        row.status = "dismissed" if dismissed else "open"


def find_duplicates(db: Database, threshold: float | None = None, progress=None) -> int:
    """Scan the whole register for organisations with close names in the same city; put the
    pairs not yet on the list (nor dismissed) on it. Returns how many were added.
    ``progress(done, total, text)`` may raise to stop (nothing is added then)."""
    from ..imports.matching import SIMILAR, Org, close_names
    from ..imports.plan import Plan
    from ..imports.run import record_duplicates

    with db.write() as session:
        orgs = [Org(i, n, c, co, p) for i, n, c, co, p in session.execute(
            select(m.Stakeholder.id, m.Stakeholder.name, m.Stakeholder.city, m.Stakeholder.country,
                   m.Stakeholder.pic))]
        pairs = close_names([], orgs, within_incoming=True, threshold=threshold or SIMILAR, progress=progress)
        return record_duplicates(session, pairs, Plan("", None))


# --- merging -------------------------------------------------------------------------------------

def _uuid(value) -> uuid.UUID:
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except (ValueError, TypeError, AttributeError):
        raise NotFoundError("record", value) from None


def _load_pair(session: Session, survivor_id, other_id) -> tuple[m.Stakeholder, m.Stakeholder]:
    survivor_id, other_id = _uuid(survivor_id), _uuid(other_id)
    if survivor_id == other_id:
        raise Ris3Error(SAME_RECORD)
    survivor, other = session.get(m.Stakeholder, survivor_id), session.get(m.Stakeholder, other_id)
    if survivor is None or other is None:
        raise NotFoundError("organisation", survivor_id if survivor is None else other_id)
    return survivor, other


def _counts(session: Session, stakeholder_id: uuid.UUID) -> dict[str, int]:
    return {model.__tablename__: session.scalar(select(func.count()).select_from(model)
                                                .where(model.stakeholder_id == stakeholder_id)) or 0
            for model, _ in RELATIONS}


def merge_preview(db: Database, survivor_id, other_id) -> MergePreview:
    """The two organisations field by field, what would move to the survivor, and the links
    both have (which stay the survivor's) — counted as :func:`merge_stakeholders` does them."""
    with db.read() as session:
        survivor, other = _load_pair(session, survivor_id, other_id)
        fields = tuple(FieldChoice(f.name, f.label, getattr(survivor, f.name), getattr(other, f.name),
                                   _text_of(session, f, getattr(survivor, f.name)),
                                   _text_of(session, f, getattr(other, f.name)))
                       for f in kind("stakeholder").fields)
        moves, clashes = _counts(session, other.id), []
        for model, unique_with in RELATIONS:
            t = model.__table__
            for mine, theirs in _clashing(session, t, unique_with, survivor.id, other.id):
                taken = _combined(t.name, mine, theirs)
                target = session.get(kind(TARGET_KINDS[t.name]).model, theirs[unique_with])
                shown = {k: mine[k] for k in _COMBINED_COLUMNS.get(t.name, ())}
                clashes.append(Clash(t.name, TARGET_KINDS[t.name], to_record(target) if target else None,
                                     {**shown, **taken}, {k: theirs[k] for k in shown}, tuple(taken)))
                moves[t.name] -= 1
        return MergePreview(to_record(survivor), to_record(other), fields, moves, tuple(clashes))


# the columns a clashing link may take from the other's, per relation
_COMBINED_COLUMNS = {"participants": ("role", "contribution"), "stakeholder_sectors": ("is_primary",)}


def _rank(role) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)


def _combined(relation: str, mine, theirs) -> dict:
    """What the survivor's link takes from the other's when both link the same thing: the
    stronger role, a contribution it lacks, the primary mark. Amounts are never added: the two
    rows may well count the same money twice."""
    taken = {}
    if relation == "participants":
        if _rank(theirs["role"]) < _rank(mine["role"]):
            taken["role"] = theirs["role"]
        if mine["contribution"] is None and theirs["contribution"] is not None:
            taken["contribution"] = theirs["contribution"]
    elif relation == "stakeholder_sectors" and theirs["is_primary"] and not mine["is_primary"]:
        taken["is_primary"] = True
    return taken


def _clashing(session: Session, t, unique_with: str | None, sid: uuid.UUID, oid: uuid.UUID) -> list[tuple]:
    """(survivor's row, other's row) for each thing both are linked to."""
    if unique_with is None:
        return []
    mine = {r[unique_with]: r for r in session.execute(select(t).where(t.c.stakeholder_id == sid)).mappings()}
    return [(mine[r[unique_with]], r) for r in session.execute(
        select(t).where(t.c.stakeholder_id == oid).order_by(t.c.id)).mappings() if r[unique_with] in mine]


def _text_of(session: Session, field, value) -> str:
    if value is None or value == "":
        return ""
    if field.type == "choice":
        try:
            return field.choices(value).label
        except ValueError:
            return str(value)
    if field.type == "ref" and field.refers:
        target = session.get(kind(field.refers).model, value)
        if target is None:
            return str(value)
        name = getattr(target, "name", None) or getattr(target, "title", None) or str(value)
        return f"{name} ({target.code})" if field.refers == "region" else name
    return str(value)


def _history(session: Session, entity_id: uuid.UUID, before: dict | None, after: dict) -> None:
    now = m.utcnow()
    session.execute(insert(m.HistoryEntry), [{
        "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "kind": "stakeholder",
        "entity_id": entity_id, "action": "merge", "field": None, "author": current_author.get(),
        "before": json.dumps({k: _text(v) for k, v in before.items()}, ensure_ascii=False) if before else None,
        "after": json.dumps({k: _text(v) for k, v in after.items()}, ensure_ascii=False)}])


def merge_stakeholders(db: Database, survivor_id, other_id, take: dict[str, str] | None = None) -> MergeResult:
    """Merge ``other`` into ``survivor``. ``take`` says, per field, which side's value to keep:
    "other" takes the other organisation's value, anything else keeps the survivor's (empty
    survivor fields are filled from the other unless ``take`` says "survivor"). Relations move;
    a link the survivor already has (same partnership, sector, KET or interaction) stays as the
    survivor's. Undo with :func:`undo_merge`."""
    take = take or {}
    unknown = set(take) - set(MERGE_FIELDS)
    if unknown:
        raise ValueError(f"not fields of an organisation: {', '.join(sorted(unknown))}")
    with db.write() as session:
        survivor, other = _load_pair(session, survivor_id, other_id)
        table = m.Stakeholder.__table__
        other_row = dict(session.execute(select(table).where(table.c.id == other.id)).mappings().one())
        values = {}
        for name in MERGE_FIELDS:
            mine, theirs = getattr(survivor, name), getattr(other, name)
            choice = take.get(name)
            if choice == "other" or (choice is None and mine in (None, "") and theirs not in (None, "")):
                if theirs != mine:
                    values[name] = theirs
        before = {k: getattr(survivor, k) for k in values}
        edited_before = list(survivor.edited_fields or ())
        moved: dict[str, list[str]] = {}
        dropped: dict[str, list[dict]] = {}
        adjusted: dict[str, list[dict]] = {}
        sid, oid = survivor.id, other.id
        now = m.utcnow()
        for model, unique_with in RELATIONS:
            t = model.__table__
            rows = session.execute(select(t).where(t.c.stakeholder_id == oid)).mappings().all()
            pairs = _clashing(session, t, unique_with, sid, oid)
            clash = [theirs for _mine, theirs in pairs]
            keep = [r["id"] for r in rows if r["id"] not in {c["id"] for c in clash}]
            if clash:
                dropped[t.name] = [encode_row(r) for r in clash]
                session.execute(delete(t).where(t.c.id.in_([r["id"] for r in clash])))
            for mine, theirs in pairs:  # the survivor's link takes the stronger role, ... (undone exactly)
                taken = _combined(t.name, mine, theirs)
                if taken:
                    session.execute(update(t).where(t.c.id == mine["id"]).values(
                        **taken, version=t.c.version + 1, updated_at=now))
                    adjusted.setdefault(t.name, []).append({
                        "id": str(mine["id"]), "before": {k: encode(mine[k]) for k in taken},
                        "after": {k: encode(v) for k, v in taken.items()}})
            if keep:
                session.execute(update(t).where(t.c.id.in_(keep))
                                .values(stakeholder_id=sid, version=t.c.version + 1, updated_at=now))
                moved[t.name] = [str(i) for i in keep]
        candidates = session.execute(select(m.DuplicateCandidate.__table__).where(or_(
            m.DuplicateCandidate.stakeholder_a_id == oid, m.DuplicateCandidate.stakeholder_b_id == oid))).mappings()
        candidates = [encode_row(r) for r in candidates]
        session.expunge(other)
        session.execute(delete(table).where(table.c.id == oid))  # its candidate pairs go with it (cascade)
        text_search.forget(session.connection(), [("stakeholder", oid)])
        if values:  # (a PIC taken from the other is free now: the other is gone)
            edited = sorted(set(edited_before) | set(values))
            session.execute(update(table).where(table.c.id == sid).values(
                **values, edited_fields=edited, version=table.c.version + 1, updated_at=now))
        else:
            session.execute(update(table).where(table.c.id == sid).values(version=table.c.version + 1,
                                                                           updated_at=now))
        session.expire(survivor)
        version_after = session.scalar(select(table.c.version).where(table.c.id == sid))
        log = m.MergeLog(survivor_id=sid, merged_id=oid, snapshot={
            "merged": encode_row(other_row), "survivor_before": {k: encode(v) for k, v in before.items()},
            "survivor_after": {k: encode(v) for k, v in values.items()},
            "survivor_edited_before": edited_before if values else None,
            "survivor_version": version_after, "survivor_name": survivor.name, "moved": moved, "dropped": dropped,
            "adjusted": adjusted, "candidates": candidates})
        session.add(log)
        session.flush()
        _history(session, sid, before, {"merged": other_row["name"], **values})
        _history(session, oid, None, {"merged into": survivor.name})
        text_search.reindex(session, "stakeholder", [sid])
        touched = {(TABLE_KINDS[name], uuid.UUID(i)) for name, ids in moved.items() for i in ids}
        touched |= {(TABLE_KINDS[name], uuid.UUID(r["id"])) for name, rows in adjusted.items() for r in rows}
        gone = {(TABLE_KINDS[name], uuid.UUID(r["id"])) for name, rows in dropped.items() for r in rows}
        result = MergeResult(log.id, to_record(session.get(m.Stakeholder, sid)),
                             {k: len(v) for k, v in moved.items()},
                             Changes(updated=frozenset({("stakeholder", sid)} | touched),
                                     deleted=frozenset({("stakeholder", oid)} | gone)))
    return result


def undo_merge(db: Database, merge_id) -> Changes:
    """Put back the merged organisation (same id, same values), its relations where they were,
    the links the survivor had in common with it (and what they took from its links), its place
    on the duplicate list, and the survivor's fields — those a later edit has not changed since.

    All or nothing: when the survivor was since merged into another organisation, or deleted,
    or the merged organisation's PIC is someone else's now, it refuses with a :class:`Ris3Error`
    saying what to do first, and changes nothing."""
    with db.write() as session:
        log = session.get(m.MergeLog, _uuid(merge_id))
        if log is None:
            raise NotFoundError("merge", merge_id)
        if log.undone:
            raise Ris3Error(UNDONE_ALREADY)
        snap = log.snapshot
        table = m.Stakeholder.__table__
        sid, oid = log.survivor_id, log.merged_id
        _check_survivor(session, log)
        survivor = session.get(m.Stakeholder, sid)
        dec = decoder(table)
        after = dec(snap["survivor_after"])
        before = dec(snap["survivor_before"])
        restore = {k: before[k] for k, v in after.items() if _same(getattr(survivor, k), v)}
        merged = dec(snap["merged"])
        _check_pic(session, merged, survivor, restore)
        now = m.utcnow()
        if snap.get("survivor_edited_before") is not None:
            restore["edited_fields"] = snap["survivor_edited_before"] or None
        session.execute(update(table).where(table.c.id == sid).values(
            **_sql_nulls(table, restore), version=table.c.version + 1, updated_at=now))
        session.expire(survivor)
        session.execute(insert(table), [_sql_nulls(table, merged)])
        for name, ids in snap["moved"].items():
            t = m.Base.metadata.tables[name]
            session.execute(update(t).where(t.c.id.in_([uuid.UUID(i) for i in ids]), t.c.stakeholder_id == sid)
                            .values(stakeholder_id=oid, version=t.c.version + 1, updated_at=now))
        _unadjust(session, snap.get("adjusted") or {}, now)
        for name, rows in snap["dropped"].items():
            t = m.Base.metadata.tables[name]
            rows = [_sql_nulls(t, r) for r in (decoder(t)(r) for r in rows) if _target_exists(session, t, r)]
            if rows:
                session.execute(insert(t), rows)
        dc = m.DuplicateCandidate.__table__
        for row in snap["candidates"]:
            values = decoder(dc)(row)
            present = {values["stakeholder_a_id"], values["stakeholder_b_id"]}
            if session.scalar(select(func.count()).select_from(m.Stakeholder).where(m.Stakeholder.id.in_(present))) \
                    == len(present):
                session.execute(insert(dc), [values])
        log.undone = True
        _history(session, oid, None, {"merge undone": str(sid)})
        text_search.reindex(session, "stakeholder", [sid, oid])
    return Changes(created=frozenset({("stakeholder", oid)}), updated=frozenset({("stakeholder", sid)}))


def _check_survivor(session: Session, log: m.MergeLog) -> None:
    """The survivor must be there, holding what the merge gave it: a newer merge that took it
    into a third organisation must be undone first; a deletion took the moved relations along."""
    merged_name = log.snapshot["merged"]["name"]
    newer = session.scalars(select(m.MergeLog).where(
        m.MergeLog.merged_id == log.survivor_id, m.MergeLog.undone.is_(False), m.MergeLog.id != log.id)
        .order_by(m.MergeLog.at.desc())).first()
    if newer is not None:
        into = session.get(m.Stakeholder, newer.survivor_id)
        raise Ris3Error(SURVIVOR_MERGED.format(
            merged=merged_name, survivor=newer.snapshot["merged"]["name"],
            newer=into.name if into is not None else newer.snapshot.get("survivor_name", "?")))
    if session.get(m.Stakeholder, log.survivor_id) is None:
        raise Ris3Error(SURVIVOR_DELETED.format(merged=merged_name))


def _check_pic(session: Session, merged: dict, survivor: m.Stakeholder, restore: dict) -> None:
    """The merged organisation's PIC must be free once the undo has put the survivor's back
    (a re-import may have created the organisation again under it), and so must the PIC the
    survivor gets back."""
    old = restore.get("pic")
    if old:
        holder = session.scalars(select(m.Stakeholder).where(m.Stakeholder.pic == old,
                                                             m.Stakeholder.id != survivor.id)).first()
        if holder is not None:
            raise Ris3Error(OLD_PIC_TAKEN.format(pic=old, survivor=survivor.name, holder=holder.name))
    pic = merged.get("pic")
    if not pic:
        return
    holder = session.scalars(select(m.Stakeholder).where(m.Stakeholder.pic == pic)).first()
    if holder is None or (holder.id == survivor.id and "pic" in restore and restore["pic"] != pic):
        return
    message = PIC_KEPT if holder.id == survivor.id else PIC_TAKEN
    raise Ris3Error(message.format(merged=merged["name"], pic=pic, holder=holder.name))


def _unadjust(session: Session, adjusted: dict, now) -> None:
    """The survivor's links that took a role, a contribution or the primary mark from the
    merged organisation's give it back — each value a later edit has not changed since. By id,
    wherever the link is now (an undone older merge may have taken it back to its record)."""
    for name, rows in adjusted.items():
        t = m.Base.metadata.tables[name]
        dec = decoder(t)
        for row in rows:
            link_id = uuid.UUID(row["id"])
            current = session.execute(select(t).where(t.c.id == link_id)).mappings().first()
            if current is None:
                continue  # deleted since: nothing to give back
            after, before = dec(row["after"]), dec(row["before"])
            back = {k: before[k] for k, v in after.items() if _same(current[k], v)}
            if back:
                session.execute(update(t).where(t.c.id == link_id).values(
                    **back, version=t.c.version + 1, updated_at=now))


def _target_exists(session: Session, t, row: dict) -> bool:
    """A link of the merged organisation comes back only to a partnership, sector, KET or
    interaction still there (a deleted one took everyone's links with it)."""
    for fk in t.foreign_keys:
        column = fk.parent.name
        if column != "stakeholder_id" and row.get(column) is not None:
            target = fk.column.table
            if session.scalar(select(func.count()).select_from(target).where(fk.column == row[column])) == 0:
                return False
    return True


def _sql_nulls(t, values: dict) -> dict:
    """An empty JSON column (edited_fields) goes back as SQL NULL, as it was — not as the JSON
    text 'null' SQLAlchemy writes for None."""
    return {k: null() if v is None and isinstance(t.c[k].type, JSON) else v for k, v in values.items()}


def _same(a, b) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return a is not None and b is not None and Decimal(a) == Decimal(b)
    return a == b


def merged_into(db: Database, stakeholder_id) -> StakeholderRecord | None:
    """The organisation ``stakeholder_id`` lives on in after a merge (not undone) — following
    later merges of that one too — or None when it was not merged (or that one is gone too)."""
    current = _uuid(stakeholder_id)
    with db.read() as session:
        for _ in range(50):  # (a chain of merges, never a loop: each merged record is deleted)
            survivor_id = session.scalar(select(m.MergeLog.survivor_id).where(
                m.MergeLog.merged_id == current, m.MergeLog.undone.is_(False)).order_by(m.MergeLog.at.desc()))
            if survivor_id is None:
                return None
            survivor = session.get(m.Stakeholder, survivor_id)
            if survivor is not None:
                return to_record(survivor)
            current = survivor_id
    return None


def list_merges(db: Database, stakeholder_id=None, limit: int = 200) -> list[MergeRecord]:
    """Merges, newest first (of one organisation, as survivor, when given)."""
    q = select(m.MergeLog).order_by(m.MergeLog.at.desc()).limit(limit)
    if stakeholder_id is not None:
        q = q.where(m.MergeLog.survivor_id == _uuid(stakeholder_id))
    with db.read() as session:
        logs = session.scalars(q).all()
        names = dict(session.execute(select(m.Stakeholder.id, m.Stakeholder.name).where(
            m.Stakeholder.id.in_([x.survivor_id for x in logs]))).all()) if logs else {}
        return [MergeRecord(x.id, x.survivor_id, x.merged_id, x.snapshot["merged"]["name"], names.get(x.survivor_id),
                            x.at, x.undone) for x in logs]
