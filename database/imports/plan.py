"""What an import will do, record by record, and doing it.

Importers (CORDIS, spreadsheets) turn a file into incoming records — plain, checked values for
the fields the file speaks for — and find the existing record each one is (by PIC, VAT number,
project reference, ...). The plan then decides, the same way for every import:

* no existing record: **new**;
* an existing record: each value that differs is **updated**, except that
  - an empty value in the file never erases one in the register,
  - differences of case, accents and spacing alone are not changes ("TORINO" vs "Torino"),
  - a field an officer edited by hand (``edited_fields``) is **kept**, and a record an officer
    typed (no source) or demo data only has its empty fields filled in — unless the import was
    asked to overwrite edits;
* otherwise **unchanged**: re-importing the same file changes nothing.

Applying the plan writes everything with Core bulk statements inside the caller's transaction,
with one history entry per record and the search index brought in step.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, islice, repeat
from operator import attrgetter, not_

from sqlalchemy.orm import Session

from .. import models as m
from .. import search
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import joined
from ..ops.kinds import kind as kind_info
from ..ops.records import Changes
from . import bulk
from .matching import same_text
from .report import ENTITY_LABELS, EXAMPLES, UPDATING, WRITING, KindCounts

# Insert order: parents before the records that point at them.
KIND_ORDER = ("stakeholder", "partnership", "contact", "participant", "partner_region")
# Links get no history entry of their own when an import creates them (80,000 entries nobody
# opens): a new partnership's entry covers its links; an existing partnership that gains links
# gets one entry naming them. Updated links are logged like any record.
LINK_PARENT = {"participant": "partnership_id", "partner_region": "partnership_id"}
# Fields that describe one thing together, per kind: when an officer's edit of one of them is kept,
# the file changes none of the others (a city kept by hand keeps its own province and region).
TOGETHER = {"stakeholder": frozenset({"city", "municipality_id", "province", "region_id"})}


@dataclass
class Existing:
    """A record already in the register, as far as an import needs to know it."""

    id: uuid.UUID
    version: int
    values: dict
    source: str | None = None
    as_of: date | None = None
    is_demo: bool = False
    edited: frozenset[str] = frozenset()

    @property
    def typed_by_hand(self) -> bool:
        return self.source is None or self.is_demo


@dataclass(slots=True)
class Item:
    """One incoming record."""

    kind: str
    key: Hashable  # its identity in the file (a PIC, a project number, ...)
    label: str | tuple  # how the preview names it; a tuple (what, where) reads "what in where"
    values: dict  # checked values of the fields the file speaks for
    create: dict | None = None  # values used only when the record is new
    existing: Existing | None = None
    id: uuid.UUID | None = None
    action: str = ""  # new, updated, unchanged
    changes: dict | None = None
    before: dict | None = None
    kept: list[str] | None = None


@dataclass
class NewLinks:
    """New links of one kind (participations, partner regions) held column by column — what
    :meth:`Plan.put` makes of Items that have no existing record, without an object, a dict and
    an id object per link: a CORDIS import makes 140,000 of them, and those objects were a third
    of its Python time."""

    labels: list = field(default_factory=list)  # how the preview names each: (what, where)
    columns: dict[str, list] = field(default_factory=dict)  # field -> one value per link
    ids: list[uuid.UUID] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)


_ACTION, _KEPT = attrgetter("action"), attrgetter("kept")

# The examples of a report (the window says them in the officer's language)
IN = _N("imports", "{part} in {whole}")
EXAMPLE = _N("imports", "{record}: {what}")
SET = _N("imports", "{label} set")
SET_TO = _N("imports", "{label} set to “{new}”")
CHANGED = _N("imports", "{label} “{old}” → “{new}”")
STAYS = _N("imports", "{label} stays “{old}” (file: “{new}”)")


def label_text(label: str | tuple) -> str:
    return IN.format(part=label[0], whole=label[1]) if isinstance(label, tuple) else label


def _example(item: Item, what: list) -> str:
    return EXAMPLE.format(record=label_text(item.label), what=joined(what, ", "))


def _show(field, value) -> str:
    """A value as the preview shows it: a choice by its label (which the window translates),
    anything else as text, cut after 60 characters."""
    if field is not None and field.choices is not None and value not in (None, ""):
        try:
            return field.choices(value).label
        except ValueError:  # not one of the choices: shown as it is
            pass
    text = "" if value is None else str(value)
    return text[:60] + "…" if len(text) > 60 else text


def _label(field, name: str) -> str:
    return field.label if field is not None else name


def _change(field, name: str, old, new) -> str:
    """One updated field of an example: "City “Torino” → “Moncalieri”", or "… set to …" when it was empty."""
    label = _label(field, name)
    if isinstance(new, uuid.UUID):  # an id says nothing
        return SET.format(label=label)
    if old is None or old == "":
        return SET_TO.format(label=label, new=_show(field, new))
    return CHANGED.format(label=label, old=_show(field, old), new=_show(field, new))


class Plan:
    def __init__(self, source: str, as_of: date | None, *, overwrite_edits: bool = False):
        self.source = source
        self.as_of = as_of
        self.overwrite_edits = overwrite_edits
        self.now = m.utcnow()
        self.new_id = bulk.IdMaker()
        self.items: dict[str, list[Item]] = defaultdict(list)
        self.new_links: dict[str, NewLinks] = defaultdict(NewLinks)
        self.rejected: dict[str, list[str]] = defaultdict(list)  # kind -> reject texts

    # --- deciding ---------------------------------------------------------------------------

    def put(self, item: Item) -> Item:
        """Decide what happens to ``item`` (and give it its id, so children can point at it)."""
        self.put_all([item])
        return item

    def put_all(self, items: list[Item]) -> None:
        """:meth:`put` for many records of one kind (an import's 80,000 participations at once)."""
        if not items:
            return
        diff = self._diff
        fresh = iter(self.new_id.many(sum(1 for item in items if item.existing is None)))
        for item in items:
            ex = item.existing
            if ex is None:
                item.action, item.id = "new", next(fresh)
            else:
                item.id = ex.id
                diff(item, ex)
                item.action = "updated" if item.changes else "unchanged"
        self.items[items[0].kind] += items

    def put_new_links(self, kind: str, labels: list, columns: dict[str, list]) -> None:
        """New links of ``kind`` (no existing record to compare with), given column by column:
        the same as putting an Item for each, in a form that is quicker to make and to write. The
        lists given become the plan's own."""
        assert kind in LINK_PARENT, kind
        links = self.new_links[kind]
        links.ids += self.new_id.many(len(labels))
        links.labels += labels
        for name, values in columns.items():
            if name in links.columns:
                links.columns[name] += values
            else:
                links.columns[name] = values  # (the caller's list: no copy of 80,000 values)

    def _diff(self, item: Item, ex: Existing) -> None:
        changes, before, kept = {}, {}, []
        for name, new in item.values.items():
            if new is None:
                continue
            cur = ex.values.get(name)
            if cur == new or same_text(cur, new):
                continue
            if not self.overwrite_edits and (name in ex.edited or (ex.typed_by_hand and cur is not None)):
                kept.append(name)
                continue
            changes[name] = new
            before[name] = cur
        together = TOGETHER.get(item.kind)
        if together and together.intersection(kept):
            for name in together.intersection(changes):
                kept.append(name)
                del changes[name], before[name]
        item.kept = kept or None
        if not changes:
            return
        if self.overwrite_edits and ex.edited & changes.keys():
            before["edited_fields"] = sorted(ex.edited)
            changes["edited_fields"] = sorted(ex.edited - changes.keys()) or None
        if not ex.typed_by_hand:  # the record now holds this file's facts
            for name, old, value in (("source", ex.source, self.source), ("as_of", ex.as_of, self.as_of)):
                if old != value:
                    before[name], changes[name] = old, value
        item.changes, item.before = changes, before

    @property
    def has_changes(self) -> bool:
        return any(self.new_links.values()) or any(
            i.action != "unchanged" for items in self.items.values() for i in items)

    def reject(self, kind: str, text: str) -> None:
        self.rejected[kind].append(text)

    # --- reporting ----------------------------------------------------------------------------

    def counts(self) -> dict[str, KindCounts]:
        out = {}
        for kind in KIND_ORDER:
            items = self.items.get(kind, [])
            links = self.new_links.get(kind) or NewLinks()
            if not items and not links and not self.rejected.get(kind):
                continue
            # (C loops over the 36,000 records of a big import; examples from the first few of each)
            actions = list(map(_ACTION, items))
            tally = Counter(actions)
            examples: dict[str, list[str]] = defaultdict(list)
            fields = {f.name: f for f in kind_info(kind).fields}
            for it in islice(compress(items, map("new".__eq__, actions)), EXAMPLES):
                examples["new"].append(label_text(it.label))
            for it in islice(compress(items, map("updated".__eq__, actions)), EXAMPLES):
                shown = [n for n in it.changes if n not in ("source", "as_of", "edited_fields")][:4]
                examples["updated"].append(_example(it, [
                    _change(fields.get(n), n, it.before.get(n), it.changes[n]) for n in shown]))
            with_kept = list(filter(_KEPT, items))
            kept = sum(len(it.kept) for it in with_kept)
            for it in with_kept[:EXAMPLES]:
                examples["kept"].append(_example(it, [
                    STAYS.format(label=_label(fields.get(n), n),
                                 old=_show(fields.get(n), it.existing.values.get(n)),
                                 new=_show(fields.get(n), it.values.get(n)))
                    for n in it.kept[:3]]))
            if links:
                examples["new"] += [label_text(label) for label in links.labels[:EXAMPLES - len(examples["new"])]]
            rejected = self.rejected.get(kind, [])
            if rejected:
                examples["rejected"] = rejected[:EXAMPLES]
            out[kind] = KindCounts(tally["new"] + len(links), tally["updated"], tally["unchanged"], len(rejected), kept,
                                   {k: tuple(v) for k, v in examples.items()})
        return out

    # --- writing ------------------------------------------------------------------------------

    def apply(self, session: Session, progress: Callable[[int, int, str], None] | None = None) -> Changes:
        """Write the plan in the session's transaction; return what changed. New records are
        written a chunk at a time, column by column."""
        work = {k: [i for i in v if i.action != "unchanged"] for k, v in self.items.items()}
        total = sum(len(v) for v in work.values()) + sum(len(v) for v in self.new_links.values()) or 1
        done = 0
        created: dict[str, list[uuid.UUID]] = {}
        updated: dict[str, list[uuid.UUID]] = {}
        history = bulk.History(session, self.now, self.new_id)
        with bulk.bulk_session(session):
            for kind in KIND_ORDER:
                items = work.get(kind, [])
                links = self.new_links.get(kind) or NewLinks()
                if not items and not links:
                    continue
                table = kind_info(kind).model.__table__
                new = [i for i in items if i.action == "new"]
                ids, columns, to_index = self._new_rows(kind, table, new, links)
                if ids:
                    inserter = bulk.Inserter(session, table, ["id", *columns], self._constants())
                    with bulk.indexes_rebuilt(session, table, len(ids)):
                        for start in range(0, len(ids), bulk.CHUNK):
                            chunk = ids[start:start + bulk.CHUNK]
                            inserter.write_columns([chunk] + [c[start:start + bulk.CHUNK] for c in columns.values()])
                            done += len(chunk)
                            if progress:
                                progress(done, total, WRITING.format(records=ENTITY_LABELS.get(kind, kind)))
                    if kind not in LINK_PARENT:
                        history.created(table, kind, ids, self.source)
                if to_index:  # all at once: the search index takes a big batch best
                    search.index_new(session, kind, to_index)
                changed = [i for i in items if i.action == "updated"]
                if changed:
                    bulk.update_rows(session, table, [(i.id, i.existing.version, i.changes) for i in changed],
                                     self.now)
                    history.updated(kind, [(i.id, i.before, i.changes) for i in changed])
                    if kind in search.KIND_MODELS:
                        search.reindex(session, kind, [i.id for i in changed])
                    done += len(changed)
                    if progress:
                        progress(done, total, UPDATING.format(records=ENTITY_LABELS.get(kind, kind)))
                if kind in LINK_PARENT and ids:
                    self._log_new_links(history, kind, new, links, set(created.get("partnership", ())))
                created[kind] = ids
                updated[kind] = [i.id for i in changed]
        return Changes(frozenset().union(*(zip(repeat(k), ids) for k, ids in created.items())),
                       frozenset().union(*(zip(repeat(k), ids) for k, ids in updated.items())))

    def _constants(self) -> dict:
        """The columns every record an import creates has alike."""
        return {"created_at": self.now, "updated_at": self.now, "version": 1, "source": self.source,
                "as_of": self.as_of, "is_demo": False}

    def _new_rows(self, kind: str, table, new: list[Item], links: NewLinks) -> tuple[list, dict[str, list], list]:
        """The new records of one kind as (ids, {column: values}, rows for the search index): the
        columns the file gives values for (or the creation defaults) — every other column stays
        empty — with a value a file leaves empty falling back to the creation default."""
        values = [self._with_defaults(i) if i.create else i.values for i in new]
        given = set(links.columns).union(*values)
        constants = self._constants()
        names = [c.name for c in table.columns if c.name in given and c.name not in constants and c.name != "id"]
        ids = [i.id for i in new] + links.ids
        columns = {}
        for name in names:
            linked = links.columns.get(name) or [None] * len(links)
            # (dict.get mapped from C: 36,000 records a column; links: their own list)
            columns[name] = [*map(dict.get, values, repeat(name)), *linked] if values else linked
        to_index = [(i.id, v) for i, v in zip(new, values, strict=True)] if kind in search.KIND_MODELS else []
        return ids, columns, to_index

    @staticmethod
    def _with_defaults(item: Item) -> dict:
        """The values of a new record: a value the file leaves empty falls back to the creation default."""
        values = {**item.create, **item.values}
        for k, v in item.create.items():
            if values.get(k) is None:
                values[k] = v
        return values

    def _log_new_links(self, history: bulk.History, kind: str, new: list[Item], links: NewLinks,
                       new_parents: set) -> None:
        """One history entry per existing parent that gained links: which ones, from where."""
        gained: dict[uuid.UUID, list[str]] = defaultdict(list)
        column = LINK_PARENT[kind]
        parents = [i.values[column] for i in new] + (links.columns.get(column) or [])
        labels = [i.label for i in new] + links.labels
        # the links of existing parents only, picked by C loops (in a new register: none of 140,000)
        old_parent = map(not_, map(new_parents.__contains__, parents))
        for parent, label in compress(zip(parents, labels, strict=True), old_parent):
            gained[parent].append(label_text(label))
        for parent, labels in gained.items():
            history.note("partnership", parent, kind + "s", {"added": labels[:200], "source": self.source})


def load_existing(session: Session, kind: str, fields: list[str], where=None) -> list[Existing]:
    """The records of ``kind`` (those matching ``where``) with the values of ``fields``."""
    from sqlalchemy import select

    model = kind_info(kind).model
    q = select(model.id, model.version, model.source, model.as_of, model.is_demo, model.edited_fields,
               *[getattr(model, f) for f in fields])
    if where is not None:
        q = q.where(where)
    return [Existing(r[0], r[1], dict(zip(fields, r[6:], strict=True)), r[2], r[3], bool(r[4]), frozenset(r[5] or ()))
            for r in session.execute(q)]
