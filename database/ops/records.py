"""Plain, frozen results of the operations layer. Nothing here is bound to a session, so the
window, the packs and the importers can keep them as long as they like."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from itertools import chain
from operator import itemgetter


@dataclass(frozen=True)
class Record:
    id: uuid.UUID
    version: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def values(self) -> dict:
        """The editable values, as a dict (what a form starts from)."""
        skip = {"id", "version", "created_at", "updated_at"}
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}


@dataclass(frozen=True)
class ProvenanceMixin:
    source: str | None = None
    as_of: date | None = None
    edited_fields: tuple[str, ...] = ()
    is_demo: bool = False

    def __post_init__(self):
        # stored as a JSON list (or NULL); a record holds an immutable tuple
        if not isinstance(self.edited_fields, tuple):
            object.__setattr__(self, "edited_fields", tuple(self.edited_fields or ()))


@dataclass(frozen=True)
class RegionRecord(Record):
    code: str
    country_code: str
    level: int
    name: str
    parent_id: uuid.UUID | None


@dataclass(frozen=True)
class MunicipalityRecord(Record):
    istat_code: str
    name: str
    name_other: str | None
    province_code: str
    province_name: str
    nuts3_code: str


@dataclass(frozen=True)
class KetRecord(Record):
    code: str
    name_it: str
    name_en: str


@dataclass(frozen=True)
class SectorRecord(Record):
    code: str
    kind: str
    name_it: str
    name_en: str
    description_it: str | None
    description_en: str | None
    parent_id: uuid.UUID | None

    def name(self, lang: str) -> str:
        return self.name_it if lang == "it" else self.name_en


@dataclass(frozen=True)
class StakeholderRecord(ProvenanceMixin, Record):
    name: str = ""
    short_name: str | None = None
    type: str = ""
    pic: str | None = None
    vat_number: str | None = None
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality_id: uuid.UUID | None = None
    province: str | None = None
    region_id: uuid.UUID | None = None
    country: str | None = None
    website: str | None = None
    email: str | None = None
    phone: str | None = None
    description: str | None = None
    size: str | None = None
    tags: str | None = None
    notes: str | None = None

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in (self.tags or "").split(",") if t.strip()]


@dataclass(frozen=True)
class ContactRecord(ProvenanceMixin, Record):
    stakeholder_id: uuid.UUID | None = None
    name: str = ""
    role: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str | None = None
    notes: str | None = None
    last_verified: date | None = None


@dataclass(frozen=True)
class PartnershipRecord(ProvenanceMixin, Record):
    title: str = ""
    acronym: str | None = None
    scheme: str = ""
    programme: str | None = None
    status: str = ""
    start_date: date | None = None
    end_date: date | None = None
    total_budget: Decimal | None = None
    eu_contribution: Decimal | None = None
    description: str | None = None
    website: str | None = None
    topics: str | None = None
    external_ref: str | None = None
    notes: str | None = None

    @property
    def label(self) -> str:
        """'VI Nano — Vanguard Initiative …'; the acronym alone when the title only repeats it, as
        for a CORDIS project imported without the project table."""
        if not self.acronym:
            return self.title
        if not self.title or self.title.casefold() == self.acronym.casefold():
            return self.acronym
        return f"{self.acronym} — {self.title}"


@dataclass(frozen=True)
class ParticipantRecord(ProvenanceMixin, Record):
    partnership_id: uuid.UUID | None = None
    stakeholder_id: uuid.UUID | None = None
    role: str = ""
    contribution: Decimal | None = None


@dataclass(frozen=True)
class PartnerRegionRecord(ProvenanceMixin, Record):
    partnership_id: uuid.UUID | None = None
    region_id: uuid.UUID | None = None
    role: str = ""


@dataclass(frozen=True)
class InteractionRecord(ProvenanceMixin, Record):
    date: date | None = None
    kind: str = ""
    subject: str = ""
    notes: str | None = None


@dataclass(frozen=True)
class ActionRecord(Record):
    interaction_id: uuid.UUID
    text: str
    owner: str | None
    due_date: date | None
    done: bool


@dataclass(frozen=True)
class LinkRecord(Record):
    """A plain link between two records (stakeholder–sector, sector–KET, …)."""

    left_id: uuid.UUID
    right_id: uuid.UUID
    is_primary: bool = False


@dataclass(frozen=True)
class SavedSearchRecord(Record):
    name: str
    kind: str
    query: str | None
    filters: dict


@dataclass(frozen=True)
class PackPresetRecord(Record):
    name: str
    options: dict


@dataclass(frozen=True)
class HistoryRecord:
    id: uuid.UUID
    kind: str
    entity_id: uuid.UUID
    action: str
    field: str | None
    before: str | None
    after: str | None
    at: datetime
    author: str | None


# --- what changed ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Changes:
    """What a write touched, by kind, so views refresh only what they show (as in Anki)."""

    created: frozenset[tuple[str, uuid.UUID]] = frozenset()
    updated: frozenset[tuple[str, uuid.UUID]] = frozenset()
    deleted: frozenset[tuple[str, uuid.UUID]] = frozenset()

    @cached_property  # (asked by every view of the window; an import's changes hold 200,000 records)
    def kinds(self) -> frozenset[str]:
        return frozenset(map(itemgetter(0), chain(self.created, self.updated, self.deleted)))

    def touches(self, kind: str) -> bool:
        return kind in self.kinds

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.created | other.created, self.updated | other.updated, self.deleted | other.deleted)

    def __bool__(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


@dataclass(frozen=True)
class Outcome:
    """A write's result: the record as stored now (None after a delete) and what changed."""

    record: Record | None
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class Page:
    rows: tuple[Record, ...]
    next_cursor: tuple | None
