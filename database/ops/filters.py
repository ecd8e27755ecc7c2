"""Per-list filters, done in SQL. Each kind accepts the keys its list offers; an unknown key is
a programming error and raises."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Select, and_, exists, or_, select

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


def _in(column_name: str, convert=_list):
    """A filter on one column of the list's own table: value or values, equal."""
    return lambda model, value: getattr(model, column_name).in_(convert(value))


def _linked(link_model, own: str, other: str):
    """Records linked through ``link_model`` to any of the given ids."""
    return lambda model, value: exists().where(getattr(link_model, own) == model.id,
                                               getattr(link_model, other).in_(_ids(value)))


def _years_overlap(model, value):
    year = int(value)
    return and_(or_(model.start_date.is_(None), model.start_date <= date(year, 12, 31)),
                or_(model.end_date.is_(None), model.end_date >= date(year, 1, 1)),
                or_(model.start_date.is_not(None), model.end_date.is_not(None)))


def _partnership_region(model, value):
    regions = _region_ids(value)
    return or_(
        exists().where(m.PartnerRegion.partnership_id == model.id, m.PartnerRegion.region_id.in_(regions)),
        exists().where(m.Participant.partnership_id == model.id, m.Participant.stakeholder_id == m.Stakeholder.id,
                       m.Stakeholder.region_id.in_(regions)))


# (kind, filter name) -> clause(model, value). The filters a list offers; unknown ones raise.
FILTERS = {
    ("stakeholder", "type"): _in("type"),
    ("stakeholder", "province"): _in("province"),
    ("stakeholder", "country"): _in("country"),
    ("stakeholder", "region"): lambda model, value: model.region_id.in_(_region_ids(value)),
    ("stakeholder", "sector"): _linked(m.StakeholderSector, "stakeholder_id", "sector_id"),
    ("stakeholder", "ket"): _linked(m.StakeholderKet, "stakeholder_id", "ket_id"),
    ("stakeholder", "partnership"): _linked(m.Participant, "stakeholder_id", "partnership_id"),
    ("partnership", "scheme"): _in("scheme"),
    ("partnership", "status"): _in("status"),
    ("partnership", "year"): _years_overlap,
    ("partnership", "sector"): _linked(m.PartnershipSector, "partnership_id", "sector_id"),
    ("partnership", "stakeholder"): _linked(m.Participant, "partnership_id", "stakeholder_id"),
    ("partnership", "region"): _partnership_region,
    ("contact", "stakeholder"): _in("stakeholder_id", _ids),
    ("contact", "verified_before"): lambda model, value: or_(model.last_verified.is_(None),
                                                             model.last_verified < value),
    ("interaction", "stakeholder"): _linked(m.InteractionStakeholder, "interaction_id", "stakeholder_id"),
    ("interaction", "partnership"): _linked(m.InteractionPartnership, "interaction_id", "partnership_id"),
    ("interaction", "year"): lambda model, value: model.date.between(date(int(value), 1, 1), date(int(value), 12, 31)),
    ("interaction", "kind"): _in("kind"),
    ("action", "open"): lambda model, value: model.done.is_(not value),
    ("action", "interaction"): _in("interaction_id", _ids),
    ("region", "level"): _in("level", lambda v: [int(x) for x in _list(v)]),
    ("region", "country"): _in("country_code"),
    ("sector", "kind"): _in("kind"),
    ("sector", "parent"): _in("parent_id", _ids),
    ("participant", "partnership"): _in("partnership_id", _ids),
    ("participant", "stakeholder"): _in("stakeholder_id", _ids),
    ("partner_region", "partnership"): _in("partnership_id", _ids),
}


def apply_filters(k: Kind, q: Select, filters: dict, dialect: str) -> Select:
    model = k.model
    for key, value in filters.items():
        if value is None or value == [] or value == "":
            continue
        if key == "ids":
            q = q.where(model.id.in_(_ids(value)))
        elif key == "is_demo":
            q = q.where(model.is_demo == bool(value))
        elif key == "text":
            q = q.where(model.id.in_(text_search.matching_ids(k.name, str(value), dialect)))
        elif (k.name, key) in FILTERS:
            q = q.where(FILTERS[(k.name, key)](model, value))
        elif k.link and key in k.link:
            q = q.where(k.column(key).in_(_ids(value)))
        else:
            raise ValueError(f"{k.name} lists have no filter {key!r}")
    return q
