"""Personal data of contact people: erasing a person everywhere, finding where their name, e-mail
address or phone number still appears outside their own record, and listing those whose details
have not been verified for a while (data protection asks for all three)."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, delete, func, insert, or_, select, text, type_coerce

from .. import models as m
from .. import search as text_search
from ..engine import Database
from ..sqlite_file import operational_errors
from ..tracking import current_author
from .crud import _filtered, _load, changes_of
from .impact import dependants
from .kinds import KINDS, kind, record_columns
from .records import ContactRecord, Outcome

REVIEW_SETTING = "contact_review_months"
DEFAULT_REVIEW_MONTHS = 12
# What an erased e-mail address or phone number becomes in the history and the merge snapshots.
ERASED = "[erased]"


@dataclass(frozen=True)
class Mention:
    """One place outside a person's own record that names them (name, e-mail address or phone).

    ``where`` is "record" (a text of a record as it is now), "history" (a value kept in another
    record's history, ``side`` "before" or "after" the change) or "merge" (a merge of duplicate
    organisations, kept to undo it: ``id`` is the merge's). ``kind`` is the record's kind
    ("interaction", "action", "stakeholder"... ; "merge" for a merge), ``label`` it in English
    words; ``title`` the record's name or subject when it still exists; ``field`` the field
    ("notes", "owner"; for a merge the part of it, such as "merged organisation: notes");
    ``text`` the text that names the person; ``at`` when (history entries and merges)."""

    where: str
    kind: str
    label: str
    id: uuid.UUID
    title: str | None
    field: str | None
    text: str
    at: datetime | None = None
    action: str | None = None
    side: str | None = None


@dataclass(frozen=True)
class Erasure(Outcome):
    """:func:`erase_contact`'s result: what changed, and where the person is still named
    (``remaining``: officers' texts the erasure does not rewrite, see :func:`find_mentions`);
    ``scrubbed`` counts the history entries and merges from which their e-mail address or phone
    number was taken out."""

    remaining: tuple[Mention, ...] = ()
    scrubbed: int = 0


# Texts of records as they are now that may name a person: (model, kind, columns, heading column).
CURRENT_TEXTS = (
    (m.Interaction, "interaction", ("subject", "notes"), "subject"),
    (m.FollowUpAction, "action", ("text", "owner"), "text"),
    (m.Stakeholder, "stakeholder", ("description", "notes", "email", "phone"), "name"),
    (m.Partnership, "partnership", ("description", "notes"), "title"),
    (m.Contact, "contact", ("notes", "email", "phone"), "name"),
)
# Parts of a merge's snapshot, in words.
SNAPSHOT_PARTS = {"merged": "merged organisation", "survivor_before": "kept organisation, before",
                  "survivor_after": "kept organisation, after", "dropped": "links dropped",
                  "candidates": "possible duplicates", "moved": "links moved", "adjusted": "links adjusted",
                  "survivor_name": "kept organisation's name"}
_PHONE_RUN = re.compile(r"\+?\d[\d\s().\-/]{4,}\d")
MIN_PHONE_DIGITS = 8


_NOT_DIGITS = re.compile(r"\D+")


def _digits(value: str | None) -> str:
    return _NOT_DIGITS.sub("", value) if value else ""


def _same_phone(a: str, b: str) -> bool:
    """Digits of two numbers alike, or one the other with a country code before it."""
    if len(a) < MIN_PHONE_DIGITS or len(b) < MIN_PHONE_DIGITS:
        return False
    return a == b or a.endswith(b) or b.endswith(a)


class PersonMatcher:
    """Whether a text names a person: their name or e-mail address (case and accents folded:
    "Met ÉLODIE Durand" names Élodie Durand) or their phone number (digits compared, spacing and
    punctuation ignored)."""

    def __init__(self, name: str | None, email: str | None, phone: str | None):
        self.words = [text_search.fold(t.strip()) for t in (name, email) if t and len(t.strip()) >= 3]
        self.phone = _digits(phone) if len(_digits(phone)) >= MIN_PHONE_DIGITS else ""

    def __bool__(self) -> bool:
        return bool(self.words or self.phone)

    def phone_runs(self, value: str) -> Iterator[re.Match]:
        if self.phone:
            for run in _PHONE_RUN.finditer(value):
                if _same_phone(_digits(run.group()), self.phone):
                    yield run

    def __call__(self, value) -> bool:
        if not isinstance(value, str) or not value:
            return False
        if self.words:
            folded = text_search.fold(value)
            for w in self.words:
                if w in folded:
                    return True
        return bool(self.phone) and next(self.phone_runs(value), None) is not None


def _json_dict(value: str | None) -> dict | None:
    if not value or not value.startswith("{"):
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _snapshot_hits(value, matches: PersonMatcher, path: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(part of the snapshot in words, text) of each text in a merge snapshot naming the person."""
    if isinstance(value, dict):
        for key, v in value.items():
            yield from _snapshot_hits(v, matches, (*path, SNAPSHOT_PARTS.get(key, key) if not path else key))
    elif isinstance(value, list):
        for v in value:
            yield from _snapshot_hits(v, matches, path)
    elif matches(value):
        yield ": ".join(p.replace("_", " ") for p in path), value


def _headings(session, wanted: dict[str, set]) -> dict:
    """Name, title or subject of the records still there, by id."""
    out = {}
    for kind_name, ids in wanted.items():
        k = KINDS.get(kind_name)
        if k is None:
            continue
        col = next((c for c in ("name", "title", "subject", "text", "name_en", "role") if hasattr(k.model, c)), None)
        if col is None:
            continue
        ids = list(ids)
        for start in range(0, len(ids), 500):
            q = select(k.model.id, getattr(k.model, col)).where(k.model.id.in_(ids[start:start + 500]))
            out.update(dict(session.execute(q).all()))
    return out


def _label(kind_name: str) -> str:
    k = KINDS.get(kind_name)
    return k.label if k else kind_name.replace("_", " ")


def find_mentions(session, name: str | None, email: str | None, phone: str | None,
                  own_ids: set | frozenset = frozenset()) -> list[Mention]:
    """Every place outside the records ``own_ids`` (the person's own record and what hangs on it)
    that names the person (by name, e-mail address, or phone number unless another contact
    person or an organisation has the same number): texts of records as they are now, values
    kept in the history of other records (including merges' before and after), and merges'
    snapshots. The one search both the access export (:func:`database.export.subject_access`)
    and :func:`erase_contact` use."""
    own = set(own_ids)
    _email, phone = _own_values(session, None, phone, own)  # a switchboard's number names nobody
    matches = PersonMatcher(name, email, phone)
    if not matches:
        return []
    found: list[Mention] = []
    # texts compared in Python, accents and case folded (SQLite's lower() leaves "É" as it is)
    for model, kind_name, columns, heading in CURRENT_TEXTS:
        texts = [getattr(model, col) for col in columns]
        # the id as the database gives it (made a UUID only for a hit: most rows are not)
        query = select(type_coerce(model.id, String), getattr(model, heading), *texts).where(
            or_(*(t.is_not(None) for t in texts)))
        if own:
            query = query.where(model.id.not_in(own))
        for row_id, title, *values in session.execute(query.execution_options(yield_per=2000)):
            for col, v in zip(columns, values, strict=True):
                if matches(v):
                    found.append(Mention("record", kind_name, _label(kind_name), uuid.UUID(str(row_id)), title,
                                         col, v))
    h = m.HistoryEntry
    query = select(h.kind, h.entity_id, h.action, h.field, h.before, h.after, h.at).where(
        or_(h.before.is_not(None), h.after.is_not(None))).order_by(h.at, h.id)
    if own:
        query = query.where(h.entity_id.not_in(own))
    past = []
    for kind_name, entity_id, action, field, before, after, at in session.execute(
            query.execution_options(yield_per=2000)):
        for side, value in (("before", before), ("after", after)):
            if not matches(value):
                continue
            parts = _json_dict(value) if action == "merge" or field is None else None
            if parts:  # a merge's before and after: each field named
                hits = [(k, v) for k, v in parts.items() if matches(v)] or [(field, value)]
            else:
                hits = [(field, value)]
            for part, v in hits:
                past.append((kind_name, entity_id, action, part, v if isinstance(v, str) else str(v), at, side))
    wanted: dict[str, set] = {}
    for kind_name, entity_id, *_rest in past:
        wanted.setdefault(kind_name, set()).add(entity_id)
    titles = _headings(session, wanted)
    found += [Mention("history", kind_name, _label(kind_name), entity_id, titles.get(entity_id), part, v, at,
                      action, side) for kind_name, entity_id, action, part, v, at, side in past]
    logs = session.execute(select(m.MergeLog.id, m.MergeLog.survivor_id, m.MergeLog.snapshot, m.MergeLog.at)
                           .order_by(m.MergeLog.at, m.MergeLog.id)).all()
    names = _headings(session, {"stakeholder": {s for _i, s, _snap, _at in logs}})
    for log_id, survivor_id, snapshot, at in logs:
        merged = ((snapshot or {}).get("merged") or {}).get("name")
        kept = names.get(survivor_id) or (snapshot or {}).get("survivor_name") or ""
        title = f"{merged} → {kept}".strip(" →") if merged else kept or None
        for part, v in _snapshot_hits(snapshot, matches):
            found.append(Mention("merge", "merge", "merge of duplicates", log_id, title, part, v, at, "merge"))
    return found


def _own_values(session, email: str | None, phone: str | None, own_ids) -> tuple[str | None, str | None]:
    """The person's e-mail address and phone number, each unless a contact person or an
    organisation other than ``own_ids`` holds the same (a shared mailbox or a switchboard is not
    theirs alone)."""
    email = email.strip() if email and len(email.strip()) >= 3 else None
    phone = phone if len(_digits(phone)) >= MIN_PHONE_DIGITS else None
    digits = _digits(phone)
    for model in (m.Contact, m.Stakeholder):
        others = model.id.not_in(list(own_ids)) if own_ids else model.id.is_not(None)
        if email and email.isascii():  # (SQLite's lower() folds ASCII letters only)
            if session.scalar(select(model.id).where(func.lower(func.trim(model.email)) == email.lower(), others)
                              .limit(1)) is not None:
                email = None
        elif email:
            for (other,) in session.execute(select(model.email).where(model.email.is_not(None), others)):
                if text_search.fold(other.strip()) == text_search.fold(email):
                    email = None
                    break
        if phone:
            q = select(model.phone).where(model.phone.is_not(None), others)
            if any(_same_phone(_digits(other), digits) for other in session.scalars(q).all()):
                phone = None
    return email, phone


def _scrubber(email: str | None, phone: str | None):
    """A function that takes an e-mail address and phone number out of a text: (new text, whole),
    ``whole`` when the text was nothing else."""
    pattern = re.compile(re.escape(email), re.IGNORECASE) if email else None
    matcher = PersonMatcher(None, None, phone)

    def scrub(value: str) -> tuple[str, bool]:
        new = pattern.sub(ERASED, value) if pattern else value
        runs = list(matcher.phone_runs(new))
        for run in reversed(runs):
            new = new[:run.start()] + ERASED + new[run.end():]
        return new, new != value and new.strip() == ERASED

    return scrub


def _scrub_history(conn, scrub, erased_ids: list) -> int:
    """Other records' history entries holding the person's e-mail address or phone: those values
    replaced by "[erased]" (a merge's before and after too, which are JSON)."""
    h = m.HistoryEntry.__table__
    q = select(h.c.id, h.c.before, h.c.after).where(
        or_(h.c.before.is_not(None), h.c.after.is_not(None)), h.c.entity_id.not_in(erased_ids))
    changed = []
    for hid, before, after in conn.execute(q.execution_options(yield_per=2000)):
        values = {}
        for col, value in (("before", before), ("after", after)):
            if value:
                new, _whole = scrub(value)
                if new != value:
                    values[col] = new
        if values:
            changed.append((hid, values))
    for hid, values in changed:
        conn.execute(h.update().where(h.c.id == hid).values(**values))
    return len(changed)


def _scrub_merge_snapshots(session, ids: set[str], scrub=None) -> int:
    """Merge logs keep snapshots (JSON) of merged organisations, which may include this person:
    their rows (by id) go, their id leaves the lists of moved links, and their e-mail address or
    phone number is taken out (a value that was nothing else becomes empty, so undoing the merge
    leaves the field empty). Returns the number of merges changed."""

    def gone(v) -> bool:
        return (isinstance(v, dict) and str(v.get("id")) in ids) or (isinstance(v, str) and v in ids)

    def clean(value):
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items() if not gone(v)}
        if isinstance(value, list):
            return [clean(v) for v in value if not gone(v)]
        if isinstance(value, str) and scrub is not None:
            new, whole = scrub(value)
            return None if whole else new
        return value

    count = 0
    for log in session.scalars(select(m.MergeLog)):
        cleaned = clean(log.snapshot)
        if cleaned != log.snapshot:
            log.snapshot = cleaned
            count += 1
    return count


def erase_contact(db: Database, contact_id) -> Erasure:
    """Remove a contact person everywhere the register holds them, in one transaction: the row,
    anything hanging on it, its search entry, its history (the before/after values), its traces
    in merge snapshots; their e-mail address and phone number wherever the history of other
    records or a merge snapshot kept them (replaced by "[erased]"; not when another person or an
    organisation has the same address or number). Freed space is zeroed (``secure_delete``), the
    search index's segments are rewritten without the person, and the write-ahead log is
    emptied afterwards.

    Officers' own texts are not rewritten: the notes, follow-up action owners and earlier values
    that still name the person come back in ``remaining`` (the same search the access export
    makes, :func:`find_mentions`), for the officer to edit or keep.

    The erasure itself is logged in the history as action "erase", with no personal values.
    Backups taken before keep the person until they rotate out (see README.md).
    """
    k = kind("contact")
    with db.write() as session:
        session.info["no_history"] = True  # the delete is logged below, without values
        obj = _load(session, k, contact_id)
        cid = obj.id
        name, email, phone = obj.name, obj.email, obj.phone
        own_email, own_phone = _own_values(session, email, phone, {cid})
        extra = dependants(session, k, cid)
        session.delete(obj)
        session.flush()
        conn = session.connection()
        text_search.forget(conn, extra)
        erased_ids = [cid, *(i for _k, i in extra)]
        conn.execute(delete(m.HistoryEntry).where(m.HistoryEntry.entity_id.in_(erased_ids)))
        scrub = _scrubber(own_email, own_phone) if own_email or own_phone else None
        scrubbed = _scrub_history(conn, scrub, erased_ids) if scrub else 0
        scrubbed += _scrub_merge_snapshots(session, {str(i) for i in erased_ids} | {i.hex for i in erased_ids},
                                           scrub)
        session.flush()
        now = m.utcnow()
        conn.execute(insert(m.HistoryEntry), [{
            "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "at": now, "kind": "contact",
            "entity_id": cid, "action": "erase", "field": None, "before": None, "after": None,
            "author": current_author.get()}])
        remaining = tuple(find_mentions(session, name, email, phone, set(erased_ids)))
        if conn.dialect.name == "sqlite":
            # FTS5 keeps a deleted row's words in its segments until they are merged: merge now
            conn.execute(text(f"INSERT INTO {text_search.FTS}({text_search.FTS}) VALUES ('optimize')"))
        changes = changes_of(session)
    _flush_leftovers(db)
    return Erasure(None, changes, remaining, scrubbed)


def _flush_leftovers(db: Database) -> None:
    """Leftovers of the erased values: on SQLite, bytes a page keeps after its cells were moved
    (secure_delete zeroes deleted cells, not always the gaps a rebalanced page leaves — seen about
    once in fifty erasures, in the search index's pages) and old page images in the write-ahead
    log: VACUUM writes every page afresh, then the log is checkpointed and truncated. On
    PostgreSQL, vacuum the tables so the dead rows' space is reclaimed."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            raw = conn.connection.dbapi_connection  # (no transaction begun on it: VACUUM needs none)
            try:
                raw.execute("VACUUM")
            except operational_errors():  # another program writing: the checkpoint below still runs
                pass
            for _ in range(20):  # readers in other windows can hold the log briefly
                busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    break
                time.sleep(0.1)
        else:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("contacts", "history", text_search.ENTRIES, "merges"):
                try:
                    conn.exec_driver_sql(f"VACUUM {table}")
                except Exception:  # noqa: BLE001 - vacuum needs ownership; the rows are gone regardless
                    break


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    import calendar

    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_months(db: Database) -> int:
    from .summary import get_setting

    try:
        return max(1, int(get_setting(db, REVIEW_SETTING) or DEFAULT_REVIEW_MONTHS))
    except ValueError:
        return DEFAULT_REVIEW_MONTHS


def contacts_to_review(db: Database, months: int | None = None, today: date | None = None,
                       limit: int | None = None) -> list[ContactRecord]:
    """Contact people not verified for ``months`` (the setting ``contact_review_months``,
    12 by default), never-verified ones first, then the longest unverified."""
    months = review_months(db) if months is None else months
    cutoff = _months_before(today or date.today(), months)
    k = kind("contact")
    col = k.column("last_verified")
    q = (_filtered(db, k, {"verified_before": cutoff}).with_only_columns(*record_columns(k))
         .order_by(col.is_not(None), col, k.column("name"), k.column("id")))
    if limit:
        q = q.limit(limit)
    with db.read() as session:
        return [k.record(*row) for row in session.execute(q)]
