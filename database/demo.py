"""Demo data (``ris3desk init --demo``): real public organisations of Piemonte's ecosystem and
their partners abroad, fictional contact people, illustrative partnerships and interactions.

Every demo record is marked ``is_demo`` and can be removed in one step. Loading is idempotent:
a record whose natural key exists already (PIC or name, title, person at an organisation,
subject) is left alone, so running it twice changes nothing.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from resources import resource_path

from . import models as m
from . import search
from .engine import Database
from .ops.impact import dependants
from .ops.kinds import MODEL_KINDS, kind


def _pairs(session: Session, query) -> dict:
    return dict(session.execute(query).all())


def _data() -> dict:
    return json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))


def _stakeholders(session: Session, data: dict, stamp: dict, sectors: dict, kets: dict, regions: dict) -> dict:
    by_pic = _pairs(session, select(m.Stakeholder.pic, m.Stakeholder.id).where(m.Stakeholder.pic.is_not(None)))
    by_name = _pairs(session, select(m.Stakeholder.name, m.Stakeholder.id))
    municipalities = {name.casefold(): (mid, prov) for mid, name, prov in
                      session.execute(select(m.Municipality.id, m.Municipality.name, m.Municipality.province_code))}
    keys = {}
    for s in data["stakeholders"]:
        existing = by_pic.get(s.get("pic")) or by_name.get(s["name"])
        if existing:
            keys[s["key"]] = existing
            continue
        municipality = municipalities.get((s.get("city") or "").casefold()) if s.get("country") == "IT" else None
        obj = m.Stakeholder(
            **{f: s.get(f) for f in ("name", "short_name", "type", "pic", "vat_number", "address", "postcode",
                                     "city", "province", "country", "website", "description", "size", "tags")},
            municipality_id=municipality[0] if municipality else None,
            region_id=regions.get(s.get("region")), **stamp)
        obj.sectors = [m.StakeholderSector(sector_id=sectors[c], is_primary=(i == 0))
                       for i, c in enumerate(s.get("sectors", []))]
        obj.kets = [m.StakeholderKet(ket_id=kets[c]) for c in s.get("kets", [])]
        session.add(obj)
        session.flush()
        keys[s["key"]] = obj.id
    return keys


def _partnerships(session: Session, data: dict, stamp: dict, sectors: dict, regions: dict, orgs: dict) -> dict:
    by_title = _pairs(session, select(m.Partnership.title, m.Partnership.id))
    keys = {}
    for p in data["partnerships"]:
        if p["title"] in by_title:
            keys[p["key"]] = by_title[p["title"]]
            continue
        obj = m.Partnership(
            **{f: p.get(f) for f in ("title", "acronym", "scheme", "programme", "status", "description", "website")},
            start_date=date.fromisoformat(p["start_date"]) if p.get("start_date") else None,
            end_date=date.fromisoformat(p["end_date"]) if p.get("end_date") else None,
            total_budget=Decimal(p["total_budget"]) if p.get("total_budget") else None,
            eu_contribution=Decimal(p["eu_contribution"]) if p.get("eu_contribution") else None, **stamp)
        obj.sectors = [m.PartnershipSector(sector_id=sectors[c]) for c in p.get("sectors", [])]
        obj.participants = [
            m.Participant(stakeholder_id=orgs[x["stakeholder"]], role=x["role"],
                          contribution=Decimal(x["contribution"]) if x.get("contribution") else None, **stamp)
            for x in p.get("participants", [])]
        obj.regions = [m.PartnerRegion(region_id=regions[x["region"]], role=x["role"], **stamp)
                       for x in p.get("regions", [])]
        session.add(obj)
        session.flush()
        keys[p["key"]] = obj.id
    return keys


def _contacts(session: Session, data: dict, stamp: dict, orgs: dict, today: date) -> None:
    have = {tuple(r) for r in session.execute(select(m.Contact.stakeholder_id, m.Contact.name))}
    for c in data["contacts"]:
        org = orgs[c["stakeholder"]]
        if (org, c["name"]) in have:
            continue
        slug = search.fold(c["name"].split()[0]).replace("ł", "l").encode("ascii", "ignore").decode() or "contact"
        session.add(m.Contact(
            stakeholder_id=org, name=c["name"], role=c["role"], language=c["language"],
            email=f"{slug}.{c['stakeholder']}@example.org", phone="+39 011 000 0000",
            notes="Fictional person (demo data).", last_verified=today - timedelta(days=c["verified_days_ago"]),
            **stamp))


def _interactions(session: Session, data: dict, stamp: dict, orgs: dict, partnerships: dict, today: date) -> None:
    have = set(session.scalars(select(m.Interaction.subject).where(m.Interaction.is_demo.is_(True))))
    for i in data["interactions"]:
        if i["subject"] in have:
            continue
        obj = m.Interaction(date=today + timedelta(days=i["days"]), kind=i["kind"], subject=i["subject"],
                            notes=i.get("notes"), **stamp)
        obj.stakeholders = [m.InteractionStakeholder(stakeholder_id=orgs[k]) for k in i["stakeholders"]]
        obj.partnerships = [m.InteractionPartnership(partnership_id=partnerships[k]) for k in i["partnerships"]]
        obj.actions = [m.FollowUpAction(text=a["text"], owner=a["owner"], done=a["done"],
                                        due_date=today + timedelta(days=a["due_days"])) for a in i["actions"]]
        session.add(obj)


def _count(session: Session) -> int:
    return sum(session.scalar(select(func.count()).select_from(model).where(model.is_demo.is_(True)))
               for model in m.DEMO_MARKED)


def load(db: Database, today: date | None = None) -> int:
    """Add what is missing of the demo data, in one transaction; return how many records were added."""
    today = today or date.today()
    data = _data()
    # on a team register, in turn with imports (their advisory lock): both add organisations by
    # PIC, and one adding what the other is adding would fail on it. SQLite's writers take turns.
    with db.write() if db.is_sqlite else db.bulk_write() as session:
        before = _count(session)
        stamp = {"is_demo": True, "source": data["source"], "as_of": date.fromisoformat(data["as_of"])}
        sectors = _pairs(session, select(m.Sector.code, m.Sector.id))
        kets = _pairs(session, select(m.Ket.code, m.Ket.id))
        regions = _pairs(session, select(m.Region.code, m.Region.id))
        orgs = _stakeholders(session, data, stamp, sectors, kets, regions)
        partnerships = _partnerships(session, data, stamp, sectors, regions, orgs)
        _contacts(session, data, stamp, orgs, today)
        _interactions(session, data, stamp, orgs, partnerships, today)
        session.flush()
        return _count(session) - before


def remove(db: Database) -> int:
    """Delete every demo record (and what hangs on it) in one transaction; return how many."""
    with db.write() as session:
        removed = _count(session)
        for model in m.DEMO_MARKED:
            # through the ORM, so the search index and the history follow
            for obj in session.scalars(select(model).where(model.is_demo.is_(True))):
                search.forget(session.connection(), dependants(session, kind(MODEL_KINDS[model]), obj.id))
                session.delete(obj)
            session.flush()
        session.execute(delete(m.DuplicateCandidate).where(
            ~m.DuplicateCandidate.stakeholder_a_id.in_(select(m.Stakeholder.id))))
        return removed
