"""What a briefing pack prints, gathered in a few bulk queries and handed over as frozen data.

    scope = PackScope(sectors=("AUTO",), regions=("DE11",), partnerships=("PIE-BW Auto",))
    data = ops.pack_data(db, scope, audience="external", today=date(2026, 5, 4))

A scope is any mix of sectors (codes), partner regions (NUTS codes; a code takes in the regions
below it), partnerships (acronyms) and stakeholders (id, PIC or name). What it takes in:

- the organisations *in scope*: the ones chosen, those in a chosen sector (or a sub-sector of it),
  those located in a chosen region, and the participants of a chosen partnership;
- the partnerships *in scope*: the ones chosen and those touching a chosen sector, region or
  organisation (as partner region, or through a participant located there).

No scope at all means the whole register. Queries are per section, never per organisation, so a
directory of every organisation of a large register is gathered in a second or two.

For an ``external`` audience every field whose column is marked ``personal`` or ``internal``
(models.py) is left out here, before the pack builder ever sees it: contact people go entirely,
internal notes and interaction notes are blanked, and follow-up actions (the office's own to-do
list) are not gathered.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import Select, func, or_, select

from .. import models as m
from ..engine import Database
from ..errors import Ris3Error
from .kinds import kind
from .records import (
    ActionRecord,
    ContactRecord,
    InteractionRecord,
    KetRecord,
    PartnershipRecord,
    Record,
    RegionRecord,
    SectorRecord,
    StakeholderRecord,
)

AUDIENCES = ("internal", "external")
LANGUAGES = ("it", "en")
STATUS_ORDER = {"active": 0, "in_preparation": 1, "submitted": 2, "idea": 3, "closed": 4, "not_funded": 5}
FUNDED = ("active", "closed")  # the statuses of partnerships whose money is secured
ROLE_ORDER = {"coordinator": 0, "lead": 0, "partner": 1, "associated_partner": 2, "observer": 3}


class ScopeError(Ris3Error):
    """Part of a pack's scope matches nothing in the register."""


# --- the scope ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackScope:
    sectors: tuple[str, ...] = ()  # sector codes, e.g. AUTO
    regions: tuple[str, ...] = ()  # NUTS codes, e.g. DE11 (and everything below it)
    partnerships: tuple[str, ...] = ()  # acronyms (or titles / external references)
    stakeholders: tuple[str, ...] = ()  # ids, PICs or names

    def __post_init__(self):
        for f in fields(self):  # accept lists, drop blanks and repeats, keep the order given
            value = getattr(self, f.name)
            seen = dict.fromkeys(str(v).strip() for v in (value or ()) if str(v).strip())
            object.__setattr__(self, f.name, tuple(seen))

    @property
    def is_empty(self) -> bool:
        return not (self.sectors or self.regions or self.partnerships or self.stakeholders)

    def as_dict(self) -> dict:
        return {f.name: list(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict | None) -> PackScope:
        data = data or {}
        return cls(**{f.name: tuple(data.get(f.name) or ()) for f in fields(cls)})


# --- what the pack gets --------------------------------------------------------------------------

@dataclass(frozen=True)
class SectorRef:
    code: str
    name_en: str
    name_it: str
    is_primary: bool = False

    def name(self, lang: str) -> str:
        return self.name_it if lang == "it" else self.name_en


@dataclass(frozen=True)
class PartnershipRef:
    """A partnership as an organisation's profile lists it."""

    id: uuid.UUID
    label: str  # acronym, else title
    title: str
    role: str
    status: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class Organisation:
    """One organisation with what its directory entry and its profile show."""

    record: StakeholderRecord
    region: RegionRecord | None
    sectors: tuple[SectorRef, ...]
    kets: tuple[KetRecord, ...]
    partnerships: tuple[PartnershipRef, ...]
    contacts: tuple[ContactRecord, ...] = ()  # always empty for external packs
    interactions: tuple[InteractionRecord, ...] = ()  # recent first; profiles only

    @property
    def name(self) -> str:
        return self.record.name


@dataclass(frozen=True)
class Member:
    """A participant of a partnership, as its summary lists it."""

    stakeholder_id: uuid.UUID
    name: str
    short_name: str | None
    type: str
    country: str | None
    region_code: str | None
    region_name: str | None
    role: str
    contribution: Decimal | None


@dataclass(frozen=True)
class RegionLink:
    code: str
    name: str
    role: str


@dataclass(frozen=True)
class PartnershipProfile:
    record: PartnershipRecord
    sectors: tuple[SectorRef, ...]
    members: tuple[Member, ...]  # coordinator first, then by role and name
    regions: tuple[RegionLink, ...]
    interactions: tuple[InteractionRecord, ...]  # recent first


@dataclass(frozen=True)
class RankedOrg:
    """An organisation in a list of 'key organisations': ranked by how many partnerships it is in."""

    id: uuid.UUID
    name: str
    type: str
    city: str | None
    country: str | None
    partnerships: int
    is_primary: bool = False


@dataclass(frozen=True)
class SectorProfile:
    sector: SectorRecord
    parent: SectorRecord | None
    children: tuple[SectorRecord, ...]
    kets: tuple[KetRecord, ...]
    by_type: tuple[tuple[str, int], ...]  # organisations in the sector by type
    key_organisations: tuple[tuple[str, tuple[RankedOrg, ...]], ...]  # by type, the most active first
    partnerships: tuple[PartnershipRecord, ...]
    partnership_count: int


@dataclass(frozen=True)
class RegionProfile:
    region: RegionRecord
    country: RegionRecord | None
    partnerships: tuple[tuple[PartnershipRecord, str, int], ...]  # record, region role ('' if none), members there
    partnership_count: int  # all of them; ``partnerships`` holds the most relevant
    organisation_count: int
    by_type: tuple[tuple[str, int], ...]
    organisations: tuple[RankedOrg, ...]  # the most active first


@dataclass(frozen=True)
class Overview:
    stakeholders: int
    partnerships: int
    contacts: int | None  # None for external packs
    active_partnerships: int
    funded_partnerships: int  # active or closed: the money is secured
    with_eu_contribution: int  # of those, how many give their EU contribution
    total_budget: Decimal | None  # of the funded partnerships; None: none has the figure (not: zero)
    eu_contribution: Decimal | None
    interactions_last_year: int
    by_type: tuple[tuple[str, int], ...]
    by_sector: tuple[tuple[SectorRef, int], ...]  # S3 areas, in their order
    by_country: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    by_scheme: tuple[tuple[str, int], ...]
    by_start_year: tuple[tuple[int, int], ...]
    partner_regions: tuple[tuple[str, str, int], ...]  # code, name, partnerships


@dataclass(frozen=True)
class OpenAction:
    action: ActionRecord
    subject: str
    interaction_date: date | None


@dataclass(frozen=True)
class SourceLine:
    """Where a kind of record came from, and how current it is."""

    kind: str  # stakeholder, partnership, contact
    source: str | None
    count: int
    oldest: date | None
    newest: date | None
    undated: int


@dataclass(frozen=True)
class ContactLine:
    contact: ContactRecord
    organisation: str


@dataclass(frozen=True)
class PackData:
    """Everything one pack prints. Large parts are capped (``*_total`` says how many there were)."""

    scope: PackScope
    audience: str
    today: date
    home_region: RegionRecord | None
    scope_labels: tuple[tuple[str, str], ...]  # (kind, label) of each chosen item, as found
    overview: Overview
    sectors: tuple[SectorProfile, ...]
    regions: tuple[RegionProfile, ...]
    partnerships: tuple[PartnershipProfile, ...]  # the detailed summaries
    other_partnerships: tuple[PartnershipRecord, ...]  # the next most relevant of the scope's partnerships, listed
    other_partnerships_total: int  # how many partnerships of the scope are not described (listed or not)
    organisations: tuple[Organisation, ...]  # the detailed profiles
    contacts: tuple[ContactLine, ...]  # internal only
    contacts_total: int
    actions: tuple[OpenAction, ...]  # internal only
    sources: tuple[SourceLine, ...]
    directory: tuple[Organisation, ...] = ()  # every organisation in scope, when asked for
    directory_requested: bool = False

    @property
    def external(self) -> bool:
        return self.audience == "external"


# --- helpers -------------------------------------------------------------------------------------

def _withheld(kind_name: str) -> tuple[str, ...]:
    """Fields an external pack must not show: personal data and internal notes (column info)."""
    return tuple(f.name for f in kind(kind_name).fields if f.personal or f.internal)


def _redact(rec: Record, kind_name: str, external: bool) -> Record:
    if not external:
        return rec
    return replace(rec, **{name: None for name in _withheld(kind_name)})


def _rows_to_records(session, model, record_cls, where=None, order_by=()) -> list:
    """Records straight from Core rows (no ORM objects: many times faster for thousands)."""
    table = model.__table__
    q = select(table)
    if where is not None:
        q = q.where(where)
    if order_by:
        q = q.order_by(*order_by)
    names = set(record_cls.field_names())
    out = []
    for row in session.execute(q).mappings():
        values = {k: v for k, v in row.items() if k in names}
        if "edited_fields" in values:
            values["edited_fields"] = tuple(values["edited_fields"] or ())
        out.append(record_cls(**values))
    return out


_COMBINING = re.compile(r"[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=65536)
def sort_key(name: str) -> str:
    """Alphabetical order that ignores accents and case ('École' next to 'Ecole'); the same
    folding as the search index, done with one regular expression (sorting 10,000 names)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", name)).casefold()


def _partnership_rank(p: PartnershipRecord, led: set | frozenset = frozenset(), size: dict | None = None):
    """Active first; among those, the ones in ``led`` (for a pack's scope, those an organisation
    in it coordinates; for a region's list, those the region leads), the most recent, the
    biggest — by EU contribution, else budget, else the participants' contributions added up
    (``size``: all a CORDIS project imported without its project table has) — then by name."""
    start = p.start_date.toordinal() if p.start_date else 0
    amount = p.eu_contribution or p.total_budget or (size or {}).get(p.id) or 0
    return (STATUS_ORDER.get(p.status, 9), p.id not in led, -start, -amount, sort_key(p.acronym or p.title))


def _sizes(session, partnership_ids) -> dict:
    """Partnership id -> its participants' contributions added up (for :func:`_partnership_rank`)."""
    pt = m.Participant
    return dict(session.execute(select(pt.partnership_id, func.sum(pt.contribution))
                                .where(pt.partnership_id.in_(partnership_ids)).group_by(pt.partnership_id)).all())


Progress = Callable[[int, int, str], None]


def _noop(_done: int, _total: int, _text: str) -> None:
    return None


# --- resolving the scope -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Resolved:
    sector_ids: frozenset[uuid.UUID]  # chosen sectors and their sub-sectors
    chosen_sectors: tuple[SectorRecord, ...]
    region_ids: frozenset[uuid.UUID]  # chosen regions and every region below them
    chosen_regions: tuple[RegionRecord, ...]
    partnership_ids: tuple[uuid.UUID, ...]
    stakeholder_ids: tuple[uuid.UUID, ...]
    labels: tuple[tuple[str, str], ...]


def _as_uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        return None


def _resolve(session, scope: PackScope) -> _Resolved:
    missing: list[str] = []
    labels: list[tuple[str, str]] = []

    all_sectors = _rows_to_records(session, m.Sector, SectorRecord, order_by=(m.Sector.position,))
    by_code = {s.code.upper(): s for s in all_sectors}
    children = defaultdict(list)
    for s in all_sectors:
        if s.parent_id:
            children[s.parent_id].append(s)
    chosen_sectors, sector_ids = [], set()
    for code in scope.sectors:
        sector = by_code.get(code.upper())
        if sector is None:
            missing.append(f"no sector with code {code!r}")
            continue
        chosen_sectors.append(sector)
        labels.append(("sector", sector.code))
        stack = [sector]
        while stack:  # the sector and its sub-sectors, however deep
            s = stack.pop()
            sector_ids.add(s.id)
            stack.extend(children.get(s.id, ()))

    chosen_regions, region_ids = [], set()
    for code in scope.regions:
        region = session.execute(select(m.Region.__table__).where(m.Region.code == code.upper())).mappings().first()
        if region is None:
            missing.append(f"no region with NUTS code {code!r}")
            continue
        rec = RegionRecord(**{k: region[k] for k in RegionRecord.field_names()})
        chosen_regions.append(rec)
        labels.append(("region", rec.code))
        region_ids.update(session.scalars(select(m.Region.id).where(m.Region.code.startswith(rec.code))))

    partnership_ids = []
    P = m.Partnership
    for given in scope.partnerships:
        as_id = _as_uuid(given)
        found = session.execute(select(P.id, P.acronym, P.title).where(P.id == as_id)).all() if as_id else []
        for col in (P.external_ref, P.acronym, P.title):
            if found:
                break
            # as written, or in another case (SQLite's lower() leaves "Ñ" as it is: both are asked)
            found = session.execute(select(P.id, P.acronym, P.title, P.external_ref)
                                    .where(or_(col == given, func.lower(col) == given.lower()))
                                    .order_by(P.title)).all()
        if not found:
            missing.append(f"no partnership with acronym {given!r}" + _did_you_mean(session, given, "partnership"))
        elif len(found) > 1:  # two projects of one acronym are two projects: the officer picks one
            missing.append(f"{given!r} names {len(found)} partnerships — " + "; ".join(
                f"{ref or pid}: {title}" for pid, _acronym, title, ref in found[:5])
                + " — give the reference (or id) of the one meant")
        for pid, acronym, title, *_ref in found[:1]:
            if pid not in partnership_ids:
                partnership_ids.append(pid)
                labels.append(("partnership", acronym or title))

    stakeholder_ids = []
    for given in scope.stakeholders:
        as_id = _as_uuid(given)
        # as written, or in another case (SQLite's lower() leaves "Ñ" as it is: both are asked)
        conds = [m.Stakeholder.name == given, func.lower(m.Stakeholder.name) == given.lower(), m.Stakeholder.pic == given,
                 m.Stakeholder.short_name == given, func.lower(m.Stakeholder.short_name) == given.lower()]
        if as_id:
            conds.insert(0, m.Stakeholder.id == as_id)
        found = session.execute(select(m.Stakeholder.id, m.Stakeholder.name).where(or_(*conds))
                                .order_by(m.Stakeholder.name)).all()
        if not found:
            missing.append(f"no organisation called {given!r}" + _did_you_mean(session, given, "stakeholder"))
        for sid, name in found:  # (organisations of one name: most often one organisation, twice)
            if sid not in stakeholder_ids:
                stakeholder_ids.append(sid)
                labels.append(("stakeholder", name))

    if missing:
        raise ScopeError("Part of the pack's scope does not name one record of the register: "
                         + "; ".join(missing) + ".")
    return _Resolved(frozenset(sector_ids), tuple(chosen_sectors), frozenset(region_ids), tuple(chosen_regions),
                     tuple(partnership_ids), tuple(stakeholder_ids), tuple(labels))


def _did_you_mean(session, given: str, kind: str) -> str:
    """' (did you mean: A, B?)': records whose words start with what was given, from the search index."""
    from ..search import search

    hits = search(session, given, kinds=[kind], limit=5)
    return f" (did you mean: {', '.join(h.label for h in hits)}?)" if hits else ""


def resolve_scope(db: Database, scope: PackScope) -> tuple[tuple[str, str], ...]:
    """Check a scope against the register: the (kind, label) of everything it names.
    Raises :class:`ScopeError` naming whatever matches nothing."""
    with db.read() as session:
        return _resolve(session, scope).labels


def _in_scope_queries(r: _Resolved, empty: bool) -> tuple[Select, Select]:
    """SELECTs of the ids of the organisations and partnerships in scope (subqueries for bulk loads)."""
    S, P = m.Stakeholder, m.Partnership
    if empty:
        return select(S.id), select(P.id)
    org_conds, p_conds = [], []
    if r.stakeholder_ids:
        org_conds.append(S.id.in_(r.stakeholder_ids))
        p_conds.append(P.id.in_(select(m.Participant.partnership_id)
                                .where(m.Participant.stakeholder_id.in_(r.stakeholder_ids))))
    if r.sector_ids:
        org_conds.append(S.id.in_(select(m.StakeholderSector.stakeholder_id)
                                  .where(m.StakeholderSector.sector_id.in_(r.sector_ids))))
        p_conds.append(P.id.in_(select(m.PartnershipSector.partnership_id)
                                .where(m.PartnershipSector.sector_id.in_(r.sector_ids))))
    if r.region_ids:
        org_conds.append(S.region_id.in_(r.region_ids))
        p_conds.append(P.id.in_(select(m.PartnerRegion.partnership_id)
                                .where(m.PartnerRegion.region_id.in_(r.region_ids))))
        p_conds.append(P.id.in_(select(m.Participant.partnership_id).join(S, S.id == m.Participant.stakeholder_id)
                                .where(S.region_id.in_(r.region_ids))))
    if r.partnership_ids:
        org_conds.append(S.id.in_(select(m.Participant.stakeholder_id)
                                  .where(m.Participant.partnership_id.in_(r.partnership_ids))))
        p_conds.append(P.id.in_(r.partnership_ids))
    orgs = select(S.id).where(or_(*org_conds)) if org_conds else select(S.id).where(S.id.is_(None))
    parts = select(P.id).where(or_(*p_conds)) if p_conds else select(P.id).where(P.id.is_(None))
    return orgs, parts


# --- bulk loaders ----------------------------------------------------------------------------------

class _Reference:
    """Small tables loaded whole once: sectors, KETs, regions by id (only those used)."""

    def __init__(self, session):
        self.session = session
        self.sectors = {s.id: s for s in _rows_to_records(session, m.Sector, SectorRecord,
                                                           order_by=(m.Sector.position,))}
        self.sector_pos = {sid: i for i, sid in enumerate(self.sectors)}
        self.kets = {k.id: k for k in _rows_to_records(session, m.Ket, KetRecord, order_by=(m.Ket.position,))}
        self.ket_pos = {kid: i for i, kid in enumerate(self.kets)}
        self._regions: dict[uuid.UUID, RegionRecord] = {}

    def regions(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, RegionRecord]:
        wanted = {i for i in ids if i and i not in self._regions}
        wanted_list = list(wanted)
        for start in range(0, len(wanted_list), 500):
            chunk = wanted_list[start:start + 500]
            for rec in _rows_to_records(self.session, m.Region, RegionRecord, m.Region.id.in_(chunk)):
                self._regions[rec.id] = rec
        return self._regions

    def sector_ref(self, sid, primary=False) -> SectorRef:
        s = self.sectors[sid]
        return SectorRef(s.code, s.name_en, s.name_it, primary)


def _organisations(session, ref: _Reference, where, external: bool, *, with_contacts: bool,
                   with_interactions: bool = False,
                   progress: Progress = _noop) -> list[Organisation]:
    """Organisations matching ``where`` (a condition on stakeholders.id) with their sectors, KETs,
    partnerships and (internal packs) contacts, in alphabetical order. One query per relation."""
    records = _rows_to_records(session, m.Stakeholder, StakeholderRecord, m.Stakeholder.id.in_(where))
    progress(1, 6, "organisations")
    sectors = defaultdict(list)
    for sid, sector_id, primary in session.execute(
            select(m.StakeholderSector.stakeholder_id, m.StakeholderSector.sector_id, m.StakeholderSector.is_primary)
            .where(m.StakeholderSector.stakeholder_id.in_(where))):
        sectors[sid].append((not primary, ref.sector_pos.get(sector_id, 0), sector_id, bool(primary)))
    progress(2, 6, "sectors")
    kets = defaultdict(list)
    for sid, ket_id in session.execute(select(m.StakeholderKet.stakeholder_id, m.StakeholderKet.ket_id)
                                       .where(m.StakeholderKet.stakeholder_id.in_(where))):
        kets[sid].append(ket_id)
    parts = defaultdict(list)
    for sid, pid, role, acronym, title, status, start, end in session.execute(
            select(m.Participant.stakeholder_id, m.Partnership.id, m.Participant.role, m.Partnership.acronym,
                   m.Partnership.title, m.Partnership.status, m.Partnership.start_date, m.Partnership.end_date)
            .join(m.Partnership, m.Partnership.id == m.Participant.partnership_id)
            .where(m.Participant.stakeholder_id.in_(where))):
        parts[sid].append(PartnershipRef(pid, acronym or title, title, role, status, start, end))
    progress(3, 6, "partnerships")
    contacts = defaultdict(list)
    if with_contacts and not external:
        for c in _rows_to_records(session, m.Contact, ContactRecord, m.Contact.stakeholder_id.in_(where),
                                  order_by=(m.Contact.name,)):
            contacts[c.stakeholder_id].append(c)
    progress(4, 6, "contacts")
    interactions = defaultdict(list)
    if with_interactions:
        q = (select(m.InteractionStakeholder.stakeholder_id, m.Interaction.__table__)
             .join(m.Interaction, m.Interaction.id == m.InteractionStakeholder.interaction_id)
             .where(m.InteractionStakeholder.stakeholder_id.in_(where))
             .order_by(m.Interaction.date.desc(), m.Interaction.subject))
        names = InteractionRecord.field_names()
        for row in session.execute(q).mappings():
            sid = row["stakeholder_id"]
            if len(interactions[sid]) < 6:
                values = {k: row[k] for k in names}
                values["edited_fields"] = tuple(values["edited_fields"] or ())
                interactions[sid].append(_redact(InteractionRecord(**values), "interaction", external))
    regions = ref.regions(r.region_id for r in records)
    progress(5, 6, "regions")
    kets_by_id = ref.kets
    out = []
    for rec in records:
        links = sorted(sectors.get(rec.id, ()))
        org_parts = sorted(parts.get(rec.id, ()), key=lambda p: (STATUS_ORDER.get(p.status, 9),
                                                                 -(p.start_date.toordinal() if p.start_date else 0),
                                                                 sort_key(p.label)))
        out.append(Organisation(
            record=_redact(rec, "stakeholder", external),
            region=regions.get(rec.region_id) if rec.region_id else None,
            sectors=tuple(ref.sector_ref(sid, primary) for _, _, sid, primary in links),
            kets=tuple(kets_by_id[k] for k in sorted(kets.get(rec.id, ()), key=lambda k: ref.ket_pos.get(k, 0))),
            partnerships=tuple(org_parts),
            contacts=tuple(contacts.get(rec.id, ())),
            interactions=tuple(interactions.get(rec.id, ()))))
    out.sort(key=lambda o: (sort_key(o.record.name), str(o.record.id)))
    progress(6, 6, "organisations")
    return out


def _partnership_profiles(session, ref: _Reference, ids: list[uuid.UUID], external: bool) -> list[PartnershipProfile]:
    if not ids:
        return []
    records = {p.id: p for p in _rows_to_records(session, m.Partnership, PartnershipRecord,
                                                 m.Partnership.id.in_(ids))}
    sectors = defaultdict(list)
    for pid, sid in session.execute(select(m.PartnershipSector.partnership_id, m.PartnershipSector.sector_id)
                                    .where(m.PartnershipSector.partnership_id.in_(ids))):
        sectors[pid].append(sid)
    members = defaultdict(list)
    q = (select(m.Participant.partnership_id, m.Stakeholder.id, m.Stakeholder.name, m.Stakeholder.short_name,
                m.Stakeholder.type, m.Stakeholder.country, m.Stakeholder.region_id, m.Participant.role,
                m.Participant.contribution)
         .join(m.Stakeholder, m.Stakeholder.id == m.Participant.stakeholder_id)
         .where(m.Participant.partnership_id.in_(ids)))
    rows = session.execute(q).all()
    regions = ref.regions(r.region_id for r in rows)
    for pid, sid, name, short, typ, country, region_id, role, contribution in rows:
        region = regions.get(region_id)
        members[pid].append(Member(sid, name, short, typ, country, region.code if region else None,
                                   region.name if region else None, role, contribution))
    region_links = defaultdict(list)
    for pid, code, name, role in session.execute(
            select(m.PartnerRegion.partnership_id, m.Region.code, m.Region.name, m.PartnerRegion.role)
            .join(m.Region, m.Region.id == m.PartnerRegion.region_id)
            .where(m.PartnerRegion.partnership_id.in_(ids)).order_by(m.Region.code)):
        region_links[pid].append(RegionLink(code, name, role))
    interactions = defaultdict(list)
    names = InteractionRecord.field_names()
    for row in session.execute(
            select(m.InteractionPartnership.partnership_id, m.Interaction.__table__)
            .join(m.Interaction, m.Interaction.id == m.InteractionPartnership.interaction_id)
            .where(m.InteractionPartnership.partnership_id.in_(ids))
            .order_by(m.Interaction.date.desc(), m.Interaction.subject)).mappings():
        if len(interactions[row["partnership_id"]]) < 6:
            values = {k: row[k] for k in names}
            values["edited_fields"] = tuple(values["edited_fields"] or ())
            interactions[row["partnership_id"]].append(_redact(InteractionRecord(**values), "interaction", external))
    out = []
    for pid in ids:
        if pid not in records:
            continue
        ms = sorted(members.get(pid, ()), key=lambda x: (ROLE_ORDER.get(x.role, 9), sort_key(x.name)))
        secs = sorted(sectors.get(pid, ()), key=lambda s: ref.sector_pos.get(s, 0))
        out.append(PartnershipProfile(_redact(records[pid], "partnership", external),
                                      tuple(ref.sector_ref(s) for s in secs), tuple(ms),
                                      tuple(region_links.get(pid, ())), tuple(interactions.get(pid, ()))))
    return out


def _activity(session, where) -> dict[uuid.UUID, int]:
    """How many partnerships each organisation matching ``where`` is in."""
    q = (select(m.Participant.stakeholder_id, func.count()).where(m.Participant.stakeholder_id.in_(where))
         .group_by(m.Participant.stakeholder_id))
    return dict(session.execute(q).all())


def _ranked_orgs(session, where, counts: dict, primary: set | frozenset = frozenset()) -> list[RankedOrg]:
    """Organisations matching ``where``, the most active first (then those whose main sector it is).
    ``counts``: partnerships per organisation (see :func:`_activity`)."""
    q = select(m.Stakeholder.id, m.Stakeholder.name, m.Stakeholder.type, m.Stakeholder.city,
               m.Stakeholder.country).where(m.Stakeholder.id.in_(where))
    rows = [RankedOrg(i, n, t, c, k, counts.get(i, 0), i in primary) for i, n, t, c, k in session.execute(q)]
    rows.sort(key=lambda o: (-o.partnerships, not o.is_primary, sort_key(o.name)))
    return rows


def _by_type(orgs: Iterable[RankedOrg]) -> tuple[tuple[str, int], ...]:
    counts = Counter(o.type for o in orgs)
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _sector_profile(session, ref: _Reference, sector: SectorRecord, counts: dict, per_type: int,
                    max_partnerships: int) -> SectorProfile:
    family, stack = {sector.id}, [sector.id]
    while stack:  # the sector and its sub-sectors, however deep
        parent = stack.pop()
        for child in ref.sectors.values():
            if child.parent_id == parent and child.id not in family:
                family.add(child.id)
                stack.append(child.id)
    SS = m.StakeholderSector
    in_sector = select(SS.stakeholder_id).where(SS.sector_id.in_(family))
    primary = set(session.scalars(select(SS.stakeholder_id).where(SS.sector_id.in_(family), SS.is_primary.is_(True))))
    orgs = _ranked_orgs(session, in_sector, counts, primary)
    grouped = defaultdict(list)
    for o in orgs:
        if len(grouped[o.type]) < per_type:
            grouped[o.type].append(o)
    by_type = _by_type(orgs)
    p_ids = select(m.PartnershipSector.partnership_id).where(m.PartnershipSector.sector_id.in_(family))
    partnerships = _rows_to_records(session, m.Partnership, PartnershipRecord, m.Partnership.id.in_(p_ids))
    size = _sizes(session, p_ids)
    partnerships.sort(key=lambda p: _partnership_rank(p, size=size))
    kets = [ref.kets[k] for k in session.scalars(select(m.SectorKet.ket_id).where(m.SectorKet.sector_id == sector.id))]
    kets.sort(key=lambda k: ref.ket_pos.get(k.id, 0))
    return SectorProfile(
        sector, ref.sectors.get(sector.parent_id) if sector.parent_id else None,
        tuple(s for s in ref.sectors.values() if s.parent_id == sector.id), tuple(kets), by_type,
        tuple((t, tuple(grouped[t])) for t, _ in by_type), tuple(partnerships[:max_partnerships]), len(partnerships))


def _region_profile(session, region: RegionRecord, counts: dict, max_orgs: int,
                    max_partnerships: int = 40) -> RegionProfile:
    below = select(m.Region.id).where(m.Region.code.startswith(region.code))
    roles: dict = {}
    for pid, role in session.execute(select(m.PartnerRegion.partnership_id, m.PartnerRegion.role)
                                     .where(m.PartnerRegion.region_id.in_(below))):
        if roles.get(pid) != "lead":  # one region below leading is the area leading ("ITC": ITC1 lead, ITC4 partner)
            roles[pid] = role
    members = dict(session.execute(
        select(m.Participant.partnership_id, func.count())
        .join(m.Stakeholder, m.Stakeholder.id == m.Participant.stakeholder_id)
        .where(m.Stakeholder.region_id.in_(below)).group_by(m.Participant.partnership_id)).all())
    ids = set(roles) | set(members)
    partnerships = _rows_to_records(session, m.Partnership, PartnershipRecord, m.Partnership.id.in_(list(ids))) \
        if ids else []
    led = {pid for pid, role in roles.items() if role == "lead"}  # the region is the lead partner
    size = _sizes(session, list(ids)) if ids else {}
    partnerships.sort(key=lambda p: _partnership_rank(p, led, size))
    orgs = _ranked_orgs(session, select(m.Stakeholder.id).where(m.Stakeholder.region_id.in_(below)), counts)
    country = None
    if region.level > 0:
        country = session.execute(select(m.Region.__table__).where(m.Region.code == region.code[:2])).mappings().first()
        country = RegionRecord(**{k: country[k] for k in RegionRecord.field_names()}) if country else None
    return RegionProfile(region, country,
                         tuple((p, roles.get(p.id, ""), members.get(p.id, 0)) for p in partnerships[:max_partnerships]),
                         len(partnerships), len(orgs), _by_type(orgs), tuple(orgs[:max_orgs]))


def _overview(session, ref: _Reference, orgs: Select, parts: Select, external: bool, today: date) -> Overview:
    S, P = m.Stakeholder, m.Partnership
    in_orgs, in_parts = S.id.in_(orgs), P.id.in_(parts)
    by_type = session.execute(select(S.type, func.count()).where(in_orgs).group_by(S.type)
                              .order_by(func.count().desc(), S.type)).all()
    by_country = session.execute(select(S.country, func.count()).where(in_orgs, S.country.is_not(None))
                                 .group_by(S.country).order_by(func.count().desc(), S.country)).all()
    by_sector = dict(session.execute(select(m.StakeholderSector.sector_id, func.count(func.distinct(
        m.StakeholderSector.stakeholder_id))).where(m.StakeholderSector.stakeholder_id.in_(orgs))
        .group_by(m.StakeholderSector.sector_id)).all())
    areas = [(ref.sector_ref(s.id), by_sector.get(s.id, 0)) for s in ref.sectors.values() if s.kind == "area"]
    by_status = session.execute(select(P.status, func.count()).where(in_parts).group_by(P.status)).all()
    by_scheme = session.execute(select(P.scheme, func.count()).where(in_parts).group_by(P.scheme)
                                .order_by(func.count().desc(), P.scheme)).all()
    starts = Counter()
    for (start,) in session.execute(select(P.start_date).where(in_parts, P.start_date.is_not(None))):
        starts[start.year] += 1
    funded = P.status.in_(FUNDED)  # money secured: not ideas, proposals or what was not funded
    totals = session.execute(select(
        func.count(), func.sum(P.total_budget).filter(funded), func.sum(P.eu_contribution).filter(funded),
        func.count().filter(P.status == "active"), func.count().filter(funded),
        func.count(P.eu_contribution).filter(funded)).where(in_parts)).one()
    partner_regions = session.execute(
        select(m.Region.code, m.Region.name, func.count(func.distinct(m.PartnerRegion.partnership_id)))
        .join(m.Region, m.Region.id == m.PartnerRegion.region_id)
        .where(m.PartnerRegion.partnership_id.in_(parts))
        .group_by(m.Region.code, m.Region.name)
        .order_by(func.count(func.distinct(m.PartnerRegion.partnership_id)).desc(), m.Region.code).limit(12)).all()
    year_ago = date(today.year - 1, today.month, min(today.day, 28))
    interactions = session.scalar(
        select(func.count(func.distinct(m.Interaction.id))).where(
            m.Interaction.date >= year_ago, m.Interaction.date <= today,
            or_(m.Interaction.id.in_(select(m.InteractionStakeholder.interaction_id)
                                     .where(m.InteractionStakeholder.stakeholder_id.in_(orgs))),
                m.Interaction.id.in_(select(m.InteractionPartnership.interaction_id)
                                     .where(m.InteractionPartnership.partnership_id.in_(parts))))))
    stakeholders = sum(n for _, n in by_type)
    contacts = None if external else session.scalar(select(func.count()).where(m.Contact.stakeholder_id.in_(orgs)))
    return Overview(
        stakeholders=stakeholders, partnerships=totals[0] or 0, contacts=contacts, active_partnerships=totals[3] or 0,
        funded_partnerships=totals[4] or 0, with_eu_contribution=totals[5] or 0,
        total_budget=None if totals[1] is None else Decimal(totals[1]),
        eu_contribution=None if totals[2] is None else Decimal(totals[2]),
        interactions_last_year=interactions or 0,
        by_type=tuple(tuple(r) for r in by_type), by_sector=tuple(areas), by_country=tuple(tuple(r) for r in by_country),
        by_status=tuple(sorted(((s, n) for s, n in by_status), key=lambda x: STATUS_ORDER.get(x[0], 9))),
        by_scheme=tuple(tuple(r) for r in by_scheme), by_start_year=tuple(sorted(starts.items())),
        partner_regions=tuple(tuple(r) for r in partner_regions))


def _actions(session, orgs: Select, parts: Select, empty: bool, limit: int) -> list[OpenAction]:
    q = (select(m.FollowUpAction, m.Interaction.subject, m.Interaction.date)
         .join(m.Interaction, m.Interaction.id == m.FollowUpAction.interaction_id)
         .where(m.FollowUpAction.done.is_(False)))
    if not empty:
        q = q.where(or_(
            m.Interaction.id.in_(select(m.InteractionStakeholder.interaction_id)
                                 .where(m.InteractionStakeholder.stakeholder_id.in_(orgs))),
            m.Interaction.id.in_(select(m.InteractionPartnership.interaction_id)
                                 .where(m.InteractionPartnership.partnership_id.in_(parts)))))
    q = q.order_by(m.FollowUpAction.due_date.is_(None), m.FollowUpAction.due_date, m.FollowUpAction.text).limit(limit)
    out = []
    for a, subject, when in session.execute(q):
        out.append(OpenAction(ActionRecord(a.id, a.version, a.created_at, a.updated_at, a.interaction_id, a.text,
                                           a.owner, a.due_date, a.done), subject, when))
    return out


def _sources(session, orgs: Select, parts: Select, external: bool) -> list[SourceLine]:
    out = []
    targets = [("stakeholder", m.Stakeholder, m.Stakeholder.id.in_(orgs)),
               ("partnership", m.Partnership, m.Partnership.id.in_(parts))]
    if not external:
        targets.append(("contact", m.Contact, m.Contact.stakeholder_id.in_(orgs)))
    for kind_name, model, where in targets:
        q = (select(model.source, func.count(), func.min(model.as_of), func.max(model.as_of),
                    func.count().filter(model.as_of.is_(None)))
             .where(where).group_by(model.source).order_by(func.count().desc(), model.source))
        for source, n, oldest, newest, undated in session.execute(q):
            out.append(SourceLine(kind_name, source, n, oldest, newest, undated))
    return out


# --- the one entry point -----------------------------------------------------------------------------

def pack_data(db: Database, scope: PackScope | None = None, *, audience: str = "internal",
              today: date | None = None, directory: bool = False, max_partnerships: int = 25,
              max_profiles: int = 25, max_contacts: int = 400, max_actions: int = 200, max_listed: int = 300,
              progress: Progress | None = None) -> PackData:
    """Gather what a pack on ``scope`` prints. Raises :class:`ScopeError` when part of the scope
    matches nothing. ``progress(done, total, text)`` is called between steps (it may raise to stop).
    The ``max_partnerships`` most relevant partnerships are described; the next ``max_listed`` are
    listed (a register of thousands of CORDIS projects would list them over hundreds of pages)."""
    scope = scope or PackScope()
    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {AUDIENCES}, not {audience!r}")
    today = today or date.today()
    external = audience == "external"
    report = progress or _noop
    steps = 10 if directory else 8
    with db.read() as session:
        report(0, steps, "scope")
        r = _resolve(session, scope)
        empty = scope.is_empty
        ref = _Reference(session)
        orgs_q, parts_q = _in_scope_queries(r, empty)

        report(1, steps, "overview")
        overview = _overview(session, ref, orgs_q, parts_q, external, today)

        report(2, steps, "sectors")
        activity = _activity(session, select(m.Stakeholder.id))  # partnerships per organisation, once
        chosen_sectors = r.chosen_sectors or (tuple(s for s in ref.sectors.values() if s.kind == "area")
                                              if empty else ())
        sectors = [_sector_profile(session, ref, s, activity, per_type=6, max_partnerships=30)
                   for s in chosen_sectors]

        report(3, steps, "regions")
        regions = [_region_profile(session, reg, activity, max_orgs=40) for reg in r.chosen_regions]

        report(4, steps, "partnerships")
        in_scope = _rows_to_records(session, m.Partnership, PartnershipRecord, m.Partnership.id.in_(parts_q))
        chosen = set(r.partnership_ids)
        pt = m.Participant
        led = set(session.scalars(select(pt.partnership_id).where(
            pt.partnership_id.in_(parts_q), pt.stakeholder_id.in_(orgs_q), pt.role == "coordinator")))
        size = _sizes(session, parts_q)
        in_scope.sort(key=lambda p: (p.id not in chosen, *_partnership_rank(p, led, size)))
        cap = max(max_partnerships, len(chosen))
        detailed_ids = [p.id for p in in_scope[:cap]]
        partnerships = _partnership_profiles(session, ref, detailed_ids, external)
        others = [_redact(p, "partnership", external) for p in in_scope[cap:cap + max_listed]]
        others_total = max(0, len(in_scope) - cap)

        report(5, steps, "organisations")
        members_of_chosen = set(session.scalars(select(m.Participant.stakeholder_id)
                                                .where(m.Participant.partnership_id.in_(r.partnership_ids)))) \
            if r.partnership_ids else set()
        explicit = list(r.stakeholder_ids)
        candidates = list(session.execute(select(m.Stakeholder.id, m.Stakeholder.name).where(
            m.Stakeholder.id.in_(orgs_q))).all())
        candidates.sort(key=lambda row: (row[0] not in members_of_chosen, -activity.get(row[0], 0), sort_key(row[1])))
        profile_ids = explicit + [i for i, _ in candidates if i not in set(explicit)]
        profile_ids = profile_ids[:max(max_profiles, len(explicit))]
        profiled = _organisations(session, ref, select(m.Stakeholder.id).where(m.Stakeholder.id.in_(profile_ids))
                                  if profile_ids else select(m.Stakeholder.id).where(m.Stakeholder.id.is_(None)),
                                  external, with_contacts=True, with_interactions=True)
        order = {sid: i for i, sid in enumerate(profile_ids)}
        profiled.sort(key=lambda o: order[o.record.id])

        report(6, steps, "contacts")
        contacts, contacts_total = [], 0
        if not external:
            contacts_total = session.scalar(select(func.count()).where(m.Contact.stakeholder_id.in_(orgs_q))) or 0
            rows = session.execute(select(m.Contact.__table__, m.Stakeholder.name.label("organisation_name"))
                                   .join(m.Stakeholder, m.Stakeholder.id == m.Contact.stakeholder_id)
                                   .where(m.Contact.stakeholder_id.in_(orgs_q))).mappings().all()
            names = ContactRecord.field_names()
            lines = []
            for row in rows:
                values = {k: row[k] for k in names}
                values["edited_fields"] = tuple(values["edited_fields"] or ())
                lines.append(ContactLine(ContactRecord(**values), row["organisation_name"]))
            lines.sort(key=lambda c: (sort_key(c.organisation), sort_key(c.contact.name)))
            contacts = lines[:max_contacts]

        report(7, steps, "actions and sources")
        actions = [] if external else _actions(session, orgs_q, parts_q, empty, max_actions)
        sources = _sources(session, orgs_q, parts_q, external)
        home_code = session.scalar(select(m.Setting.value).where(m.Setting.key == "home_region"))
        home = None
        if home_code:
            row = session.execute(select(m.Region.__table__).where(m.Region.code == home_code)).mappings().first()
            home = RegionRecord(**{k: row[k] for k in RegionRecord.field_names()}) if row else None

        directory_orgs: list[Organisation] = []
        if directory:
            report(8, steps, "directory")

            def sub(done, total, text):
                report(8, steps, f"directory: {text}")

            directory_orgs = _organisations(session, ref, orgs_q, external, with_contacts=True, progress=sub)
        report(steps, steps, "done")

    return PackData(
        scope=scope, audience=audience, today=today, home_region=home, scope_labels=r.labels,
        overview=overview, sectors=tuple(sectors), regions=tuple(regions), partnerships=tuple(partnerships),
        other_partnerships=tuple(others), other_partnerships_total=others_total,
        organisations=tuple(profiled), contacts=tuple(contacts),
        contacts_total=contacts_total, actions=tuple(actions), sources=tuple(sources),
        directory=tuple(directory_orgs), directory_requested=directory)


# --- the log of packs issued ---------------------------------------------------------------------------

@dataclass(frozen=True)
class IssuedPack:
    id: uuid.UUID
    issued_at: datetime
    title: str
    language: str
    audience: str
    options: dict  # the scope and every option, as given: enough to issue it again
    file_path: str | None
    pages: int | None
    author: str | None


def _issued(row: m.PackLog) -> IssuedPack:
    return IssuedPack(row.id, row.issued_at, row.title, row.language, row.audience, dict(row.options or {}),
                      row.file_path, row.pages, row.author)


def log_pack(db: Database, *, title: str, language: str, audience: str, options: dict,
             file_path: str | None = None, pages: int | None = None, author: str | None = None) -> IssuedPack:
    """Record a pack issued (saved or printed), with what is needed to issue it again."""
    if language not in LANGUAGES or audience not in AUDIENCES:
        raise ValueError(f"bad pack language or audience: {language!r}, {audience!r}")
    with db.write() as session:
        row = m.PackLog(title=title[:300], language=language, audience=audience, options=options,
                        file_path=file_path[:1000] if file_path else None, pages=pages,
                        author=author[:200] if author else None)
        session.add(row)
        session.flush()
        return _issued(row)


def packs_issued(db: Database, limit: int = 200) -> list[IssuedPack]:
    """The packs issued, newest first."""
    with db.read() as session:
        rows = session.scalars(select(m.PackLog).order_by(m.PackLog.issued_at.desc(), m.PackLog.id).limit(limit))
        return [_issued(r) for r in rows]
