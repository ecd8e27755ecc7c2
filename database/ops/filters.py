"""Per-list filters, done in SQL. Each kind accepts the keys its list offers; an unknown key is
a programming error and raises."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, exists, or_, select

from .. import models as m
from .. import search as text_search
from .kinds import Kind


def _ids(value) -> list[uuid.UUID]:
    values = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return [v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)) for v in values]


def _list(value) -> list:
    return list(value) if isinstance(value, list | tuple | set | frozenset) else [value]


def _region_ids(codes) -> Select:
    """Ids of the regions with these NUTS codes and all regions below them."""
    return select(m.Region.id).where(or_(*[m.Region.code.startswith(c) for c in _list(codes)]))


def apply_filters(k: Kind, q: Select, filters: dict, dialect: str) -> Select:
    model = k.model
    for key, value in filters.items():
        if value is None or value == [] or value == "":
            continue
        if key == "ids":
            q = q.where(model.id.in_(_ids(value)))
        elif key == "is_demo":
            q = q.where(model.is_demo == bool(value))
        elif k.name == "stakeholder" and key == "type":
            q = q.where(model.type.in_(_list(value)))
        elif k.name == "stakeholder" and key == "sector":
            q = q.where(exists().where(m.StakeholderSector.stakeholder_id == model.id,
                                       m.StakeholderSector.sector_id.in_(_ids(value))))
        elif k.name == "stakeholder" and key == "province":
            q = q.where(model.province.in_(_list(value)))
        elif k.name == "stakeholder" and key == "country":
            q = q.where(model.country.in_(_list(value)))
        elif k.name == "stakeholder" and key == "region":
            q = q.where(model.region_id.in_(_region_ids(value)))
        elif k.name == "stakeholder" and key == "partnership":
            q = q.where(exists().where(m.Participant.stakeholder_id == model.id,
                                       m.Participant.partnership_id.in_(_ids(value))))
        elif k.name == "partnership" and key == "scheme":
            q = q.where(model.scheme.in_(_list(value)))
        elif k.name == "partnership" and key == "status":
            q = q.where(model.status.in_(_list(value)))
        elif k.name == "partnership" and key == "year":
            year = int(value)
            q = q.where(or_(model.start_date.is_(None), model.start_date <= date(year, 12, 31)),
                        or_(model.end_date.is_(None), model.end_date >= date(year, 1, 1)),
                        or_(model.start_date.is_not(None), model.end_date.is_not(None)))
        elif k.name == "partnership" and key == "sector":
            q = q.where(exists().where(m.PartnershipSector.partnership_id == model.id,
                                       m.PartnershipSector.sector_id.in_(_ids(value))))
        elif k.name == "partnership" and key == "region":
            regions = _region_ids(value)
            q = q.where(or_(
                exists().where(m.PartnerRegion.partnership_id == model.id, m.PartnerRegion.region_id.in_(regions)),
                exists().where(m.Participant.partnership_id == model.id,
                               m.Participant.stakeholder_id == m.Stakeholder.id,
                               m.Stakeholder.region_id.in_(regions))))
        elif k.name == "partnership" and key == "stakeholder":
            q = q.where(exists().where(m.Participant.partnership_id == model.id,
                                       m.Participant.stakeholder_id.in_(_ids(value))))
        elif k.name == "contact" and key == "stakeholder":
            q = q.where(model.stakeholder_id.in_(_ids(value)))
        elif k.name == "contact" and key == "verified_before":
            q = q.where(or_(model.last_verified.is_(None), model.last_verified < value))
        elif k.name == "interaction" and key == "stakeholder":
            q = q.where(exists().where(m.InteractionStakeholder.interaction_id == model.id,
                                       m.InteractionStakeholder.stakeholder_id.in_(_ids(value))))
        elif k.name == "interaction" and key == "partnership":
            q = q.where(exists().where(m.InteractionPartnership.interaction_id == model.id,
                                       m.InteractionPartnership.partnership_id.in_(_ids(value))))
        elif k.name == "interaction" and key == "year":
            year = int(value)
            q = q.where(model.date >= date(year, 1, 1), model.date <= date(year, 12, 31))
        elif k.name == "action" and key == "open":
            q = q.where(model.done.is_(not value))
        elif k.name == "action" and key == "interaction":
            q = q.where(model.interaction_id.in_(_ids(value)))
        elif k.name == "region" and key == "level":
            q = q.where(model.level.in_([int(v) for v in _list(value)]))
        elif k.name == "region" and key == "country":
            q = q.where(model.country_code.in_(_list(value)))
        elif k.name == "sector" and key == "kind":
            q = q.where(model.kind.in_(_list(value)))
        elif k.name == "sector" and key == "parent":
            q = q.where(model.parent_id.in_(_ids(value)))
        elif k.name == "participant" and key == "partnership":
            q = q.where(model.partnership_id.in_(_ids(value)))
        elif k.name == "participant" and key == "stakeholder":
            q = q.where(model.stakeholder_id.in_(_ids(value)))
        elif k.name == "partner_region" and key == "partnership":
            q = q.where(model.partnership_id.in_(_ids(value)))
        elif k.link and key in k.link:
            q = q.where(k.column(key).in_(_ids(value)))
        elif key == "text":
            q = q.where(model.id.in_(text_search.matching_ids(k.name, str(value), dialect)))
        else:
            raise ValueError(f"{k.name} lists have no filter {key!r}")
    return q
