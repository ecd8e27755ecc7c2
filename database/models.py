"""The register's tables (SQLAlchemy 2.x typed declarative).

Every row has a UUID primary key, created/updated timestamps and a version counter that
SQLAlchemy checks on every UPDATE (``version_id_col``): optimistic concurrency now, the
ground for offline sync later.

Column ``info`` carries what the operations layer needs to validate and what forms need to
show: ``label`` (English, translated by the GUI in context "fields"), ``choices`` (an enum),
``pattern`` with ``hint``, ``format`` (email, url, phone, multiline), ``personal`` (a contact
person's data, left out of external packs and exports) and ``internal`` (never printed for
external readers). The maximum length is the column's own.
"""

# No ``from __future__ import annotations`` here: SQLAlchemy would then compile and eval each
# ``Mapped[...]`` string (500 of them) when the classes are made, ~80 ms of every start-up.
# Relationships name classes defined further down in quotes.

import datetime as dt
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from . import enums
from .i18n import QT_TRANSLATE_NOOP as _N

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(16, 2)


def utcnow() -> datetime:
    """Naive UTC: SQLite has no time zones, and both back ends must return the same values."""
    return datetime.now(UTC).replace(tzinfo=None)


def info(label: str, **extra) -> dict:
    return {"label": label, **extra}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Entity(Base):
    """Columns every table shares."""

    __abstract__ = True

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class Provenance:
    """Where a record came from, and when it was true. ``edited_fields`` lists the fields an
    officer changed by hand, which a later import leaves alone unless asked."""

    source: Mapped[str | None] = mapped_column(String(300), info=info(_N("fields", "Data source")))
    as_of: Mapped[date | None] = mapped_column(Date, info=info(_N("fields", "As of")))
    edited_fields: Mapped[list | None] = mapped_column(JSON, default=None)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


# --- reference data -------------------------------------------------------------------------


class Region(Entity):
    """A NUTS 2021 region, any level (0 = country)."""

    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(8), unique=True, info=info(_N("fields", "NUTS code")))
    country_code: Mapped[str] = mapped_column(String(2), info=info(_N("fields", "Country")))
    level: Mapped[int] = mapped_column(Integer, info=info(_N("fields", "Level")))
    name: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name")))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("regions.id"), index=True,
                                                        info=info(_N("fields", "Parent region")))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Municipality(Entity):
    """An Italian comune from ISTAT's list (Piemonte shipped)."""

    __tablename__ = "municipalities"
    istat_code: Mapped[str] = mapped_column(String(6), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True, info=info(_N("fields", "Municipality")))
    name_other: Mapped[str | None] = mapped_column(String(120))
    province_code: Mapped[str] = mapped_column(String(2), index=True, info=info(_N("fields", "Province")))
    province_name: Mapped[str] = mapped_column(String(80))
    nuts3_code: Mapped[str] = mapped_column(String(8))


class Setting(Entity):
    """Register-wide settings shared by everyone using this database (e.g. the home region)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), unique=True)
    value: Mapped[str] = mapped_column(Text)


class Ket(Entity):
    """An EU Key Enabling Technology."""

    __tablename__ = "kets"
    code: Mapped[str] = mapped_column(String(32), unique=True, info=info(_N("fields", "Code")))
    name_it: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name (Italian)")))
    name_en: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name (English)")))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Sector(Entity):
    """An S3 area, a cross-cutting driver, or a sub-area / technology trajectory (with a parent)."""

    __tablename__ = "sectors"
    code: Mapped[str] = mapped_column(
        String(32), unique=True,
        info=info(_N("fields", "Code"), pattern=r"^[A-Z0-9][A-Z0-9._-]*$",
                  hint=_N("validation", "use capital letters, digits, dots, dashes or underscores")),
    )
    kind: Mapped[str] = mapped_column(String(16), default=enums.SectorKind.AREA,
                                      info=info(_N("fields", "Kind"), choices=enums.SectorKind))
    name_it: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name (Italian)")))
    name_en: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name (English)")))
    description_it: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Description (Italian)"), format="multiline"))
    description_en: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Description (English)"), format="multiline"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sectors.id", ondelete="SET NULL"), index=True,
        info=info(_N("fields", "Parent sector"), refers="sector"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    kets: Mapped[list["SectorKet"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class SectorKet(Entity):
    __tablename__ = "sector_kets"
    __table_args__ = (UniqueConstraint("sector_id", "ket_id"),)
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sectors.id", ondelete="CASCADE"))
    ket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kets.id", ondelete="CASCADE"), index=True)


# --- organisations and people -----------------------------------------------------------------


class Stakeholder(Provenance, Entity):
    """An organisation of the ecosystem."""

    __tablename__ = "stakeholders"
    __table_args__ = (
        Index("ix_stakeholders_country_id", "country", "id"),
        Index("ix_stakeholders_province_id", "province", "id"),
    )
    name: Mapped[str] = mapped_column(String(300), info=info(_N("fields", "Name")))
    short_name: Mapped[str | None] = mapped_column(String(200), info=info(_N("fields", "Short name")))
    type: Mapped[str] = mapped_column(String(32), info=info(_N("fields", "Type"), choices=enums.StakeholderType))
    pic: Mapped[str | None] = mapped_column(
        String(9), unique=True,
        info=info(_N("fields", "PIC"), pattern=r"^\d{9}$",
                  hint=_N("validation", "a PIC is exactly 9 digits")))
    vat_number: Mapped[str | None] = mapped_column(
        String(32), index=True,
        info=info(_N("fields", "VAT number"), pattern=r"^[A-Za-z]{0,2}[0-9A-Za-z+*.\- ]{2,30}$",
                  hint=_N("validation", "letters and digits only, e.g. IT00518460019")))
    address: Mapped[str | None] = mapped_column(String(300), info=info(_N("fields", "Address")))
    postcode: Mapped[str | None] = mapped_column(String(32), info=info(_N("fields", "Postcode")))
    city: Mapped[str | None] = mapped_column(String(120), info=info(_N("fields", "City")))
    municipality_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipalities.id", ondelete="SET NULL"), index=True,
        info=info(_N("fields", "Municipality"), refers="municipality"))
    province: Mapped[str | None] = mapped_column(String(2), info=info(_N("fields", "Province")))
    region_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("regions.id", ondelete="SET NULL"), index=True,
        info=info(_N("fields", "NUTS region"), refers="region"))
    country: Mapped[str | None] = mapped_column(
        String(2), info=info(_N("fields", "Country"), pattern=r"^[A-Z]{2}$",
                             hint=_N("validation", "a two-letter country code, e.g. IT")))
    website: Mapped[str | None] = mapped_column(String(300), info=info(_N("fields", "Website"), format="url"))
    email: Mapped[str | None] = mapped_column(String(254), info=info(_N("fields", "E-mail"), format="email"))
    phone: Mapped[str | None] = mapped_column(String(50), info=info(_N("fields", "Phone"), format="phone"))
    description: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Description"), format="multiline"))
    size: Mapped[str | None] = mapped_column(String(16), info=info(_N("fields", "Size"), choices=enums.CompanySize))
    tags: Mapped[str | None] = mapped_column(String(500), info=info(_N("fields", "Tags")))
    notes: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Internal notes"), format="multiline", internal=True))

    sectors: Mapped[list["StakeholderSector"]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", passive_deletes=True)
    kets: Mapped[list["StakeholderKet"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", passive_deletes=True)
    participations: Mapped[list["Participant"]] = relationship(
        back_populates="stakeholder", cascade="all, delete-orphan", passive_deletes=True)


class StakeholderSector(Entity):
    __tablename__ = "stakeholder_sectors"
    __table_args__ = (UniqueConstraint("stakeholder_id", "sector_id"),)
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sectors.id", ondelete="CASCADE"), index=True)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False, info=info(_N("fields", "Primary")))
    stakeholder: Mapped["Stakeholder"] = relationship(back_populates="sectors")


class StakeholderKet(Entity):
    __tablename__ = "stakeholder_kets"
    __table_args__ = (UniqueConstraint("stakeholder_id", "ket_id"),)
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    ket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("kets.id", ondelete="CASCADE"), index=True)


class Contact(Provenance, Entity):
    """A person at a stakeholder. All of it is personal data: external packs leave it out."""

    __tablename__ = "contacts"
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True,
        info=info(_N("fields", "Organisation"), refers="stakeholder"))
    name: Mapped[str] = mapped_column(String(200), info=info(_N("fields", "Name"), personal=True))
    role: Mapped[str | None] = mapped_column(String(200), info=info(_N("fields", "Role"), personal=True))
    email: Mapped[str | None] = mapped_column(
        String(254), info=info(_N("fields", "E-mail"), format="email", personal=True))
    phone: Mapped[str | None] = mapped_column(
        String(50), info=info(_N("fields", "Phone"), format="phone", personal=True))
    language: Mapped[str | None] = mapped_column(
        String(8), info=info(_N("fields", "Language"), pattern=r"^[a-z]{2}(-[A-Z]{2})?$",
                             hint=_N("validation", "a language code such as it, en or de"), personal=True))
    notes: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Notes"), format="multiline", personal=True, internal=True))
    last_verified: Mapped[date | None] = mapped_column(Date, info=info(_N("fields", "Last verified")))

    stakeholder: Mapped["Stakeholder"] = relationship(back_populates="contacts")


# --- partnerships -------------------------------------------------------------------------------


class Partnership(Provenance, Entity):
    """An interregional project or initiative."""

    __tablename__ = "partnerships"
    title: Mapped[str] = mapped_column(String(500), info=info(_N("fields", "Title")))
    acronym: Mapped[str | None] = mapped_column(String(100), info=info(_N("fields", "Acronym")))
    scheme: Mapped[str] = mapped_column(String(32), info=info(_N("fields", "Scheme"), choices=enums.Scheme))
    programme: Mapped[str | None] = mapped_column(String(200), info=info(_N("fields", "Programme")))
    status: Mapped[str] = mapped_column(
        String(32), default=enums.PartnershipStatus.IDEA,
        info=info(_N("fields", "Status"), choices=enums.PartnershipStatus))
    start_date: Mapped[date | None] = mapped_column(Date, info=info(_N("fields", "Start")))
    end_date: Mapped[date | None] = mapped_column(Date, info=info(_N("fields", "End")))
    total_budget: Mapped[Decimal | None] = mapped_column(Money, info=info(_N("fields", "Total budget (EUR)")))
    eu_contribution: Mapped[Decimal | None] = mapped_column(Money, info=info(_N("fields", "EU contribution (EUR)")))
    description: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Description"), format="multiline"))
    website: Mapped[str | None] = mapped_column(String(300), info=info(_N("fields", "Website"), format="url"))
    topics: Mapped[str | None] = mapped_column(Text, info=info(_N("fields", "Topics")))
    external_ref: Mapped[str | None] = mapped_column(
        String(64), unique=True, info=info(_N("fields", "External reference")))
    notes: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Internal notes"), format="multiline", internal=True))

    sectors: Mapped[list["PartnershipSector"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan", passive_deletes=True)
    regions: Mapped[list["PartnerRegion"]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class PartnershipSector(Entity):
    __tablename__ = "partnership_sectors"
    __table_args__ = (UniqueConstraint("partnership_id", "sector_id"),)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    sector_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sectors.id", ondelete="CASCADE"), index=True)


class Participant(Provenance, Entity):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("partnership_id", "stakeholder_id"),)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(
        String(32), default=enums.ParticipantRole.PARTNER,
        info=info(_N("fields", "Role"), choices=enums.ParticipantRole))
    contribution: Mapped[Decimal | None] = mapped_column(Money, info=info(_N("fields", "Contribution (EUR)")))

    partnership: Mapped["Partnership"] = relationship(back_populates="participants")
    stakeholder: Mapped["Stakeholder"] = relationship(back_populates="participations")


class PartnerRegion(Provenance, Entity):
    __tablename__ = "partner_regions"
    __table_args__ = (UniqueConstraint("partnership_id", "region_id"),)
    partnership_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"))
    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(
        String(16), default=enums.RegionRole.PARTNER, info=info(_N("fields", "Role"), choices=enums.RegionRole))


# --- interactions -------------------------------------------------------------------------------


class Interaction(Provenance, Entity):
    """A dated meeting, call, visit or event."""

    __tablename__ = "interactions"
    __table_args__ = (Index("ix_interactions_date_id", "date", "id"),)
    # annotated through the module: a bare `date` here would name this very attribute
    date: Mapped[dt.date] = mapped_column(Date, info=info(_N("fields", "Date")))
    kind: Mapped[str] = mapped_column(
        String(16), default=enums.InteractionKind.MEETING,
        info=info(_N("fields", "Kind"), choices=enums.InteractionKind))
    subject: Mapped[str] = mapped_column(String(300), info=info(_N("fields", "Subject")))
    notes: Mapped[str | None] = mapped_column(
        Text, info=info(_N("fields", "Notes"), format="multiline", internal=True))

    stakeholders: Mapped[list["InteractionStakeholder"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)
    partnerships: Mapped[list["InteractionPartnership"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)
    actions: Mapped[list["FollowUpAction"]] = relationship(
        back_populates="interaction", cascade="all, delete-orphan", passive_deletes=True)


class InteractionStakeholder(Entity):
    __tablename__ = "interaction_stakeholders"
    __table_args__ = (UniqueConstraint("interaction_id", "stakeholder_id"),)
    interaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    stakeholder_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)


class InteractionPartnership(Entity):
    __tablename__ = "interaction_partnerships"
    __table_args__ = (UniqueConstraint("interaction_id", "partnership_id"),)
    interaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), index=True)


class FollowUpAction(Entity):
    __tablename__ = "follow_up_actions"
    __table_args__ = (Index("ix_follow_up_actions_open_due", "done", "due_date"),)
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(1000), info=info(_N("fields", "Action")))
    owner: Mapped[str | None] = mapped_column(String(200), info=info(_N("fields", "Owner")))
    due_date: Mapped[date | None] = mapped_column(Date, info=info(_N("fields", "Due")))
    done: Mapped[bool] = mapped_column(Boolean, default=False, info=info(_N("fields", "Done")))

    interaction: Mapped["Interaction"] = relationship(back_populates="actions")


# --- the register's own bookkeeping -------------------------------------------------------------


class HistoryEntry(Entity):
    """One changed field of one record: when, by whom, before and after. An erasure of
    personal data is logged with ``action="erase"`` and no values."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_entity", "entity_id", "at"),)
    kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(16))  # create, update, delete, erase, merge, import
    field: Mapped[str | None] = mapped_column(String(64))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    author: Mapped[str | None] = mapped_column(String(200))


class DuplicateCandidate(Entity):
    """Two organisations that may be the same, found by an import, waiting for an officer."""

    __tablename__ = "duplicate_candidates"
    __table_args__ = (UniqueConstraint("stakeholder_a_id", "stakeholder_b_id"),)
    stakeholder_a_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stakeholders.id", ondelete="CASCADE"))
    stakeholder_b_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stakeholders.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Numeric(5, 1))
    reason: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, dismissed, merged


class MergeLog(Entity):
    """A merge of two organisations, with what is needed to undo it."""

    __tablename__ = "merges"
    survivor_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    merged_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    snapshot: Mapped[dict] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)


class PackLog(Entity):
    """A briefing pack issued: enough to issue it again."""

    __tablename__ = "packs_issued"
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    title: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(2))
    audience: Mapped[str] = mapped_column(String(16))
    options: Mapped[dict] = mapped_column(JSON)  # scope and every option, as given
    file_path: Mapped[str | None] = mapped_column(String(1000))
    pages: Mapped[int | None] = mapped_column(Integer)
    author: Mapped[str | None] = mapped_column(String(200))


class SavedSearch(Entity):
    """A search an officer named, shown in the navigation: a kind, words and list filters."""

    __tablename__ = "saved_searches"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    query: Mapped[str | None] = mapped_column(String(500))
    filters: Mapped[dict] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class PackPreset(Entity):
    """Named pack options (scope, language, audience, ...) to issue the same kind of pack again."""

    __tablename__ = "pack_presets"
    name: Mapped[str] = mapped_column(String(120), unique=True)
    options: Mapped[dict] = mapped_column(JSON)


class Caseless(ColumnElement):
    """A text column as lists sort it: on SQLite case-insensitively (its built-in NOCASE
    collation), so that "Fondazione Links" sorts beside "FONDAZIONE LINKS" instead of after every
    name in capitals; accented initials still follow Z. PostgreSQL sorts by the database's own
    collation (with an Italian or English locale, already case- and accent-insensitive)."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column):
        self.column = column
        self.type = column.type
        self.nullable = column.nullable


@compiles(Caseless)
def _caseless_plain(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw)


@compiles(Caseless, "sqlite")
def _caseless_sqlite(element, compiler, **kw) -> str:
    return compiler.process(element.column, **kw) + " COLLATE NOCASE"


# Free text that lists sort by (codes, choices, dates and numbers sort as they are)
CASELESS_SORT = {"name", "short_name", "city", "role", "email", "title", "acronym", "programme", "subject",
                 "name_en", "name_it"}


def sort_key(column):
    """What ORDER BY (and the index serving it) uses for ``column`` (a Column or a mapped attribute)."""
    column = column.expression
    return Caseless(column) if column.name in CASELESS_SORT else column


def _list_indexes(model, *specs: tuple[str, ...]) -> None:
    """Indexes of a list's orders that filters share — (filter or date column, natural order,
    id) — with the natural order's text as lists sort it."""
    table = model.__table__
    for name, *columns in specs:
        Index(name, *[sort_key(table.c[c]) for c in columns])


_list_indexes(Stakeholder, ("ix_stakeholders_type_name", "type", "name", "id"),
              ("ix_stakeholders_name_id", "name", "id"),
              ("ix_stakeholders_updated_id", "updated_at", "name", "id"),
              ("ix_stakeholders_created_id", "created_at", "name", "id"))
_list_indexes(Contact, ("ix_contacts_name_id", "name", "id"), ("ix_contacts_updated_id", "updated_at", "name", "id"))
_list_indexes(Partnership, ("ix_partnerships_title_id", "title", "id"),
              ("ix_partnerships_scheme_id", "scheme", "title", "id"),
              ("ix_partnerships_status_id", "status", "title", "id"),
              ("ix_partnerships_updated_id", "updated_at", "title", "id"))


def _sort_indexes(model, then: str, *names: str) -> None:
    """Indexes that serve a list's ORDER BY (col IS NULL, col, then, id) — (col, then, id) for a
    column that is never empty — directly, read forwards or backwards (see
    database/ops/crud._order), so a first page needs no sort of the table. Every order a list
    offers (ops.kinds sortable) has one, here or in the tables' own indexes."""
    table = model.__table__
    for name in names:
        col = table.c[name]
        Index(f"ix_{table.name}_{name}_sort", *([col.is_(None)] if col.nullable else []), sort_key(col),
              sort_key(table.c[then]), table.c.id)


_sort_indexes(Stakeholder, "name", "short_name", "city", "province", "country", "pic")
_sort_indexes(Contact, "name", "role", "email", "last_verified")
_sort_indexes(Partnership, "title", "acronym", "programme", "start_date", "end_date", "total_budget", "eu_contribution")
_sort_indexes(Interaction, "date", "kind", "subject", "updated_at")
_sort_indexes(Region, "position", "name", "country_code", "level")
_sort_indexes(Sector, "position", "name_en", "name_it", "kind")


# Records that demo data marks (``is_demo``), children before parents: removing them in this
# order leaves nothing dangling.
DEMO_MARKED = (Interaction, Contact, Participant, PartnerRegion, Partnership, Stakeholder)
