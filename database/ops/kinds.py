"""The kinds of record the operations layer knows, and how each maps to its table.

A kind names a model, its record class, the columns a list may be sorted by and the fields a
form may edit. Forms, lists, importers and exports all read this one table.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Column, literal

from .. import models as m
from ..i18n import QT_TRANSLATE_NOOP as _N
from . import records as r


@dataclass(frozen=True)
class FieldInfo:
    """What a form needs to know about one editable field."""

    name: str
    label: str
    type: str  # text, multiline, choice, date, money, bool, int, ref, email, url, phone, json
    required: bool
    max_length: int | None
    choices: Any = None  # the enum
    refers: str | None = None  # the kind a ref field points to
    personal: bool = False
    internal: bool = False
    pattern: str | None = None
    hint: str | None = None


@dataclass(frozen=True)
class Kind:
    name: str
    model: type
    record: type
    sortable: tuple[str, ...]
    default_sort: str
    label: str  # English, singular, marked for translation ("Kinds")
    # for link kinds: the two foreign keys, mapped to LinkRecord.left_id / right_id
    link: tuple[str, str] | None = None

    def column(self, name: str) -> Column:
        return self.model.__table__.c[name]

    @property
    def fields(self) -> tuple[FieldInfo, ...]:
        return _fields(self)


_SKIP = {"id", "created_at", "updated_at", "version", "edited_fields", "is_demo", "position"}


def _field_type(col: Column) -> str:
    from sqlalchemy import JSON, Boolean, Date, Integer, Numeric, Text

    info = col.info
    if "choices" in info:
        return "choice"
    if "refers" in info or col.foreign_keys:
        return "ref"
    if info.get("format"):
        return info["format"]
    t = col.type
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, Numeric):
        return "money"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, Text):
        return "multiline"
    return "text"


_FIELDS_CACHE: dict[str, tuple[FieldInfo, ...]] = {}
# The label of a field pointing to another record, when its column has none: what it points to.
REF_LABELS = {"stakeholder": _N("fields", "Organisation"), "partnership": _N("fields", "Partnership"),
              "region": _N("fields", "Region"), "interaction": _N("fields", "Interaction"),
              "sector": _N("fields", "Sector"), "ket": _N("fields", "Key enabling technology")}


def _fields(kind: Kind) -> tuple[FieldInfo, ...]:
    if kind.name not in _FIELDS_CACHE:
        out = []
        for col in kind.model.__table__.columns:
            if col.name in _SKIP:
                continue
            info = col.info
            length = getattr(col.type, "length", None)
            required = not col.nullable and col.default is None and col.server_default is None
            refers = info.get("refers")
            if refers is None and col.foreign_keys:
                target = next(iter(col.foreign_keys)).column.table.name
                refers = TABLE_KINDS.get(target)
            out.append(FieldInfo(
                name=col.name,
                label=info.get("label") or REF_LABELS.get(refers) or col.name.replace("_", " ").capitalize(),
                type=_field_type(col), required=required, max_length=length, choices=info.get("choices"),
                refers=refers, personal=bool(info.get("personal")), internal=bool(info.get("internal")),
                pattern=info.get("pattern"), hint=info.get("hint")))
        _FIELDS_CACHE[kind.name] = tuple(out)
    return _FIELDS_CACHE[kind.name]


KINDS: dict[str, Kind] = {k.name: k for k in [
    Kind("region", m.Region, r.RegionRecord, ("code", "name", "country_code", "level"), "position",
         _N("Kinds", "region")),
    Kind("municipality", m.Municipality, r.MunicipalityRecord, ("name", "province_code"), "name",
         _N("Kinds", "municipality")),
    Kind("ket", m.Ket, r.KetRecord, ("code", "name_en", "name_it"), "position",
         _N("Kinds", "key enabling technology")),
    Kind("sector", m.Sector, r.SectorRecord, ("code", "name_en", "name_it", "kind"), "position",
         _N("Kinds", "sector")),
    Kind("stakeholder", m.Stakeholder, r.StakeholderRecord,
         ("name", "short_name", "type", "city", "province", "country", "pic", "updated_at", "created_at"),
         "name", _N("Kinds", "organisation")),
    Kind("contact", m.Contact, r.ContactRecord, ("name", "role", "email", "last_verified", "updated_at"),
         "name", _N("Kinds", "contact person")),
    Kind("partnership", m.Partnership, r.PartnershipRecord,
         ("title", "acronym", "scheme", "programme", "status", "start_date", "end_date", "total_budget",
          "eu_contribution", "updated_at"), "title", _N("Kinds", "partnership")),
    Kind("participant", m.Participant, r.ParticipantRecord, ("role", "contribution"), "role",
         _N("Kinds", "participant")),
    Kind("partner_region", m.PartnerRegion, r.PartnerRegionRecord, ("role",), "role",
         _N("Kinds", "partner region")),
    Kind("interaction", m.Interaction, r.InteractionRecord, ("date", "kind", "subject", "updated_at"),
         "date", _N("Kinds", "interaction")),
    Kind("action", m.FollowUpAction, r.ActionRecord, ("due_date", "text", "owner", "done"), "due_date",
         _N("Kinds", "follow-up action")),
    Kind("saved_search", m.SavedSearch, r.SavedSearchRecord, ("name",), "position",
         _N("Kinds", "saved search")),
    Kind("pack_preset", m.PackPreset, r.PackPresetRecord, ("name",), "name", _N("Kinds", "pack preset")),
    Kind("stakeholder_sector", m.StakeholderSector, r.LinkRecord, (), "created_at",
         _N("Kinds", "sector link"),
         link=("stakeholder_id", "sector_id")),
    Kind("stakeholder_ket", m.StakeholderKet, r.LinkRecord, (), "created_at", _N("Kinds", "KET link"),
         link=("stakeholder_id", "ket_id")),
    Kind("sector_ket", m.SectorKet, r.LinkRecord, (), "created_at",
         _N("Kinds", "KET link"), link=("sector_id", "ket_id")),
    Kind("partnership_sector", m.PartnershipSector, r.LinkRecord, (), "created_at",
         _N("Kinds", "sector link"),
         link=("partnership_id", "sector_id")),
    Kind("interaction_stakeholder", m.InteractionStakeholder, r.LinkRecord, (), "created_at",
         _N("Kinds", "organisation link"),
         link=("interaction_id", "stakeholder_id")),
    Kind("interaction_partnership", m.InteractionPartnership, r.LinkRecord, (), "created_at",
         _N("Kinds", "partnership link"),
         link=("interaction_id", "partnership_id")),
]}

TABLE_KINDS = {k.model.__tablename__: k.name for k in KINDS.values()}
MODEL_KINDS = {k.model: k.name for k in KINDS.values()}


def kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind of record: {name!r}") from None


def to_record(obj) -> r.Record:
    """An ORM row as its frozen record."""
    return row_to_record(KINDS[MODEL_KINDS[type(obj)]], obj)


def row_to_record(k: Kind, row) -> r.Record:
    """A row of ``k``'s table (an ORM object, or a Core row) as its frozen record."""
    base = {"id": row.id, "version": row.version, "created_at": row.created_at, "updated_at": row.updated_at}
    if k.link:
        values = {"left_id": getattr(row, k.link[0]), "right_id": getattr(row, k.link[1]),
                  "is_primary": bool(getattr(row, "is_primary", False))}
    else:
        values = {name: getattr(row, name) for name in record_fields(k.record)[4:]}
    return k.record(**base, **values)


@cache
def record_fields(record: type) -> tuple[str, ...]:
    return record.field_names()


@cache
def record_columns(k: Kind) -> tuple:
    """The columns that make ``k``'s record, in the record's field order: selecting them gives rows
    that become records positionally, ``k.record(*row)`` — what lists do, 200 rows at a time."""
    table = k.model.__table__
    names = record_fields(k.record)
    if k.link:
        renamed = {"left_id": k.link[0], "right_id": k.link[1]}
        return tuple(table.c[renamed.get(n, n)].label(n) if n != "is_primary" or "is_primary" in table.c
                     else literal(False).label(n) for n in names)
    return tuple(table.c[n] for n in names)
