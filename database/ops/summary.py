"""Figures about the register: the `stats` command and the home page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from .. import models as m
from .. import search as text_search
from ..engine import Database
from .kinds import to_record
from .records import ActionRecord, PartnershipRecord


def stats(db: Database) -> dict:
    """Counts of everything, as plain numbers (``ris3desk stats``)."""
    counted = {
        "sectors": m.Sector, "kets": m.Ket, "stakeholders": m.Stakeholder, "contacts": m.Contact,
        "partnerships": m.Partnership, "participants": m.Participant, "partner_regions": m.PartnerRegion,
        "regions": m.Region, "municipalities": m.Municipality, "interactions": m.Interaction,
        "follow_up_actions": m.FollowUpAction,
    }
    with db.read() as session:
        out = {name: session.scalar(select(func.count()).select_from(model)) for name, model in counted.items()}
        out["open_actions"] = session.scalar(select(func.count()).where(m.FollowUpAction.done.is_(False)))
        out["demo_records"] = sum(session.scalar(select(func.count()).where(model.is_demo.is_(True)))
                                  for model in m.DEMO_MARKED)
        out["home_region"] = session.scalar(select(m.Setting.value).where(m.Setting.key == "home_region"))
        out["search_index"] = sum(text_search.indexed_counts(session).values())
    out["database"] = db.location
    return out


@dataclass(frozen=True)
class Dashboard:
    by_sector: tuple[tuple[str, str, str, int], ...]  # code, name_en, name_it, stakeholders
    by_type: tuple[tuple[str, int], ...]
    by_scheme: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    ending_soon: tuple[PartnershipRecord, ...]
    actions_due: tuple[tuple[ActionRecord, str], ...]  # action, interaction subject


def dashboard(db: Database, today: date | None = None, horizon_days: int = 180) -> Dashboard:
    today = today or date.today()
    with db.read() as session:
        by_sector = session.execute(
            select(m.Sector.code, m.Sector.name_en, m.Sector.name_it, func.count(m.StakeholderSector.id))
            .outerjoin(m.StakeholderSector).where(m.Sector.kind == "area")
            .group_by(m.Sector.id, m.Sector.code, m.Sector.name_en, m.Sector.name_it, m.Sector.position)
            .order_by(m.Sector.position)).all()
        by_type = session.execute(select(m.Stakeholder.type, func.count()).group_by(m.Stakeholder.type)
                                  .order_by(func.count().desc(), m.Stakeholder.type)).all()
        by_scheme = session.execute(select(m.Partnership.scheme, func.count()).group_by(m.Partnership.scheme)
                                    .order_by(func.count().desc(), m.Partnership.scheme)).all()
        by_status = session.execute(select(m.Partnership.status, func.count()).group_by(m.Partnership.status)
                                    .order_by(func.count().desc(), m.Partnership.status)).all()
        ending = session.scalars(select(m.Partnership).where(
            m.Partnership.end_date >= today, m.Partnership.end_date <= today + timedelta(days=horizon_days),
            m.Partnership.status.in_(["active", "submitted", "in_preparation"]))
            .order_by(m.Partnership.end_date, m.Partnership.title).limit(50))
        actions = session.execute(select(m.FollowUpAction, m.Interaction.subject).join(m.Interaction)
                                  .where(m.FollowUpAction.done.is_(False))
                                  .order_by(m.FollowUpAction.due_date.is_(None), m.FollowUpAction.due_date)
                                  .limit(100)).all()
        return Dashboard(tuple(tuple(r) for r in by_sector), tuple(tuple(r) for r in by_type),
                         tuple(tuple(r) for r in by_scheme), tuple(tuple(r) for r in by_status),
                         tuple(to_record(p) for p in ending), tuple((to_record(a), s) for a, s in actions))


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    with db.read() as session:
        value = session.scalar(select(m.Setting.value).where(m.Setting.key == key))
    return default if value is None else value


def set_setting(db: Database, key: str, value: str) -> None:
    with db.write() as session:
        row = session.scalar(select(m.Setting).where(m.Setting.key == key))
        if row is None:
            session.add(m.Setting(key=key, value=value))
        else:
            row.value = value
