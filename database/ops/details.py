"""A record with its relations, as plain frozen data: what a detail pane and a pack page show."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from .. import models as m
from ..engine import Database
from .crud import _load
from .kinds import kind, to_record
from .records import (
    ActionRecord,
    ContactRecord,
    InteractionRecord,
    KetRecord,
    PartnershipRecord,
    RegionRecord,
    SectorRecord,
    StakeholderRecord,
)


@dataclass(frozen=True)
class SectorLink:
    sector: SectorRecord
    is_primary: bool


@dataclass(frozen=True)
class Participation:
    """A stakeholder in a partnership, with its role, contribution and region."""

    partnership: PartnershipRecord
    stakeholder: StakeholderRecord
    role: str
    contribution: object
    region: RegionRecord | None
    participant_id: uuid.UUID
    participant_version: int


@dataclass(frozen=True)
class RegionRole:
    region: RegionRecord
    role: str
    link_id: uuid.UUID


@dataclass(frozen=True)
class InteractionDetail:
    interaction: InteractionRecord
    stakeholders: tuple[StakeholderRecord, ...]
    partnerships: tuple[PartnershipRecord, ...]
    actions: tuple[ActionRecord, ...]


@dataclass(frozen=True)
class StakeholderDetail:
    stakeholder: StakeholderRecord
    region: RegionRecord | None
    sectors: tuple[SectorLink, ...]
    kets: tuple[KetRecord, ...]
    contacts: tuple[ContactRecord, ...]
    participations: tuple[Participation, ...]
    interactions: tuple[InteractionRecord, ...]


@dataclass(frozen=True)
class PartnershipDetail:
    partnership: PartnershipRecord
    sectors: tuple[SectorRecord, ...]
    participants: tuple[Participation, ...]  # coordinator first, then by role and name
    regions: tuple[RegionRole, ...]
    interactions: tuple[InteractionRecord, ...]


@dataclass(frozen=True)
class SectorDetail:
    sector: SectorRecord
    parent: SectorRecord | None
    children: tuple[SectorRecord, ...]
    kets: tuple[KetRecord, ...]
    stakeholders: tuple[SectorLink | StakeholderRecord, ...]
    partnerships: tuple[PartnershipRecord, ...]


@dataclass(frozen=True)
class RegionDetail:
    region: RegionRecord
    parent: RegionRecord | None
    partnerships: tuple[PartnershipRecord, ...]  # as partner region or through a participant
    stakeholders: tuple[StakeholderRecord, ...]
    stakeholder_count: int


ROLE_ORDER = {"coordinator": 0, "partner": 1, "associated_partner": 2, "observer": 3}


def _participations(session, where) -> tuple[Participation, ...]:
    q = (select(m.Participant, m.Partnership, m.Stakeholder, m.Region)
         .join(m.Partnership, m.Participant.partnership_id == m.Partnership.id)
         .join(m.Stakeholder, m.Participant.stakeholder_id == m.Stakeholder.id)
         .outerjoin(m.Region, m.Stakeholder.region_id == m.Region.id)
         .where(where))
    out = [Participation(to_record(p), to_record(s), pt.role, pt.contribution, to_record(r) if r else None,
                         pt.id, pt.version)
           for pt, p, s, r in session.execute(q)]
    # by the name shown for the partnership ("acronym — title"), as a reader looks it up
    out.sort(key=lambda x: (x.partnership.label.casefold(), ROLE_ORDER.get(x.role, 9), x.stakeholder.name.casefold()))
    return tuple(out)


def _interactions(session, link_model, column, entity_id) -> tuple[InteractionRecord, ...]:
    q = (select(m.Interaction).join(link_model, link_model.interaction_id == m.Interaction.id)
         .where(column == entity_id).order_by(m.Interaction.date.desc()))
    return tuple(to_record(i) for i in session.scalars(q))


def stakeholder_detail(db: Database, entity_id) -> StakeholderDetail:
    with db.read() as session:
        s = _load(session, kind("stakeholder"), entity_id)
        region = session.get(m.Region, s.region_id) if s.region_id else None
        sectors = session.execute(
            select(m.Sector, m.StakeholderSector.is_primary).join(m.StakeholderSector)
            .where(m.StakeholderSector.stakeholder_id == s.id)
            .order_by(m.StakeholderSector.is_primary.desc(), m.Sector.position)).all()
        kets = session.scalars(select(m.Ket).join(m.StakeholderKet).where(m.StakeholderKet.stakeholder_id == s.id)
                               .order_by(m.Ket.position)).all()
        contacts = session.scalars(select(m.Contact).where(m.Contact.stakeholder_id == s.id)
                                   .order_by(m.sort_key(m.Contact.name))).all()
        return StakeholderDetail(
            to_record(s), to_record(region) if region else None,
            tuple(SectorLink(to_record(sec), bool(p)) for sec, p in sectors),
            tuple(to_record(k) for k in kets), tuple(to_record(c) for c in contacts),
            # the partnerships it coordinates first (a university after a CORDIS import is in 150)
            tuple(sorted(_participations(session, m.Participant.stakeholder_id == s.id),
                         key=lambda x: ROLE_ORDER.get(x.role, 9))),
            _interactions(session, m.InteractionStakeholder, m.InteractionStakeholder.stakeholder_id, s.id))


def partnership_detail(db: Database, entity_id) -> PartnershipDetail:
    with db.read() as session:
        p = _load(session, kind("partnership"), entity_id)
        sectors = session.scalars(select(m.Sector).join(m.PartnershipSector)
                                  .where(m.PartnershipSector.partnership_id == p.id).order_by(m.Sector.position))
        participants = sorted(_participations(session, m.Participant.partnership_id == p.id),
                              key=lambda x: (ROLE_ORDER.get(x.role, 9), x.stakeholder.name.casefold()))
        regions = session.execute(select(m.PartnerRegion, m.Region).join(m.Region)
                                  .where(m.PartnerRegion.partnership_id == p.id).order_by(m.Region.code)).all()
        return PartnershipDetail(
            to_record(p), tuple(to_record(s) for s in sectors), tuple(participants),
            tuple(RegionRole(to_record(r), pr.role, pr.id) for pr, r in regions),
            _interactions(session, m.InteractionPartnership, m.InteractionPartnership.partnership_id, p.id))


def sector_detail(db: Database, entity_id, stakeholder_limit: int = 500) -> SectorDetail:
    with db.read() as session:
        s = _load(session, kind("sector"), entity_id)
        parent = session.get(m.Sector, s.parent_id) if s.parent_id else None
        children = session.scalars(select(m.Sector).where(m.Sector.parent_id == s.id).order_by(m.Sector.position))
        kets = session.scalars(select(m.Ket).join(m.SectorKet).where(m.SectorKet.sector_id == s.id)
                               .order_by(m.Ket.position))
        stakeholders = session.execute(
            select(m.Stakeholder, m.StakeholderSector.is_primary).join(m.StakeholderSector)
            .where(m.StakeholderSector.sector_id == s.id)
            .order_by(m.StakeholderSector.is_primary.desc(), m.sort_key(m.Stakeholder.name)).limit(stakeholder_limit)).all()
        partnerships = session.scalars(select(m.Partnership).join(m.PartnershipSector)
                                       .where(m.PartnershipSector.sector_id == s.id).order_by(m.sort_key(m.Partnership.title)))
        return SectorDetail(
            to_record(s), to_record(parent) if parent else None, tuple(to_record(c) for c in children),
            tuple(to_record(k) for k in kets),
            tuple(to_record(st) for st, _ in stakeholders), tuple(to_record(p) for p in partnerships))


def region_detail(db: Database, entity_id, stakeholder_limit: int = 500) -> RegionDetail:
    from sqlalchemy import func, or_

    with db.read() as session:
        r = _load(session, kind("region"), entity_id)
        parent = session.get(m.Region, r.parent_id) if r.parent_id else None
        below = select(m.Region.id).where(m.Region.code.startswith(r.code))
        via_participant = (select(m.Participant.partnership_id).join(m.Stakeholder)
                           .where(m.Stakeholder.region_id.in_(below)))
        via_region = select(m.PartnerRegion.partnership_id).where(m.PartnerRegion.region_id.in_(below))
        partnerships = session.scalars(select(m.Partnership).where(
            or_(m.Partnership.id.in_(via_participant), m.Partnership.id.in_(via_region))).order_by(m.sort_key(m.Partnership.title)))
        where = m.Stakeholder.region_id.in_(below)
        stakeholders = session.scalars(select(m.Stakeholder).where(where).order_by(m.sort_key(m.Stakeholder.name))
                                       .limit(stakeholder_limit))
        total = session.scalar(select(func.count(m.Stakeholder.id)).where(where))
        return RegionDetail(to_record(r), to_record(parent) if parent else None,
                            tuple(to_record(p) for p in partnerships), tuple(to_record(s) for s in stakeholders),
                            total or 0)


def interaction_detail(db: Database, entity_id) -> InteractionDetail:
    with db.read() as session:
        i = _load(session, kind("interaction"), entity_id)
        stakeholders = session.scalars(select(m.Stakeholder).join(m.InteractionStakeholder)
                                       .where(m.InteractionStakeholder.interaction_id == i.id)
                                       .order_by(m.sort_key(m.Stakeholder.name)))
        partnerships = session.scalars(select(m.Partnership).join(m.InteractionPartnership)
                                       .where(m.InteractionPartnership.interaction_id == i.id)
                                       .order_by(m.sort_key(m.Partnership.title)))
        actions = session.scalars(select(m.FollowUpAction).where(m.FollowUpAction.interaction_id == i.id)
                                  .order_by(m.FollowUpAction.due_date))
        return InteractionDetail(to_record(i), tuple(to_record(s) for s in stakeholders),
                                 tuple(to_record(p) for p in partnerships), tuple(to_record(a) for a in actions))


def region_by_code(db: Database, code: str) -> RegionRecord | None:
    with db.read() as session:
        r = session.scalar(select(m.Region).where(m.Region.code == code.strip().upper()))
        return to_record(r) if r else None


def find_by(db: Database, kind_name: str, **equals):
    """Records whose columns equal the given values (e.g. ``find_by(db, "sector", code="AUTO")``)."""
    k = kind(kind_name)
    q = select(k.model).where(*[k.column(c) == v for c, v in equals.items()])
    with db.read() as session:
        return [to_record(o) for o in session.scalars(q)]
