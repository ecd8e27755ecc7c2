"""Reference data shipped with the application: NUTS 2021 regions, the ISTAT municipalities of
Piemonte, the S3 sectors and drivers, and the KETs. Seeding is idempotent: what exists is kept,
what is missing is added."""

from __future__ import annotations

import csv
import json
import uuid

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from resources import resource_path

from . import models as m
from . import search
from .models import utcnow

HOME_REGION_KEY = "home_region"
DEFAULT_HOME_REGION = "ITC1"


def _stamp() -> dict:
    now = utcnow()
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}


def _read_csv(name: str, **kw) -> list[dict]:
    with resource_path("reference", name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, **kw))


def _seed_regions(session: Session) -> list[uuid.UUID]:
    have = set(session.scalars(select(m.Region.code)))
    rows = _read_csv("nuts2021_codes.csv")
    ids = dict(session.execute(select(m.Region.code, m.Region.id)).all())
    new = []
    for r in rows:  # parents come before children in the file's order
        code = r["nuts_code"]
        if code in have:
            continue
        row = {**_stamp(), "code": code, "country_code": r["country_code"], "level": int(r["level"]),
               "name": r["name"], "position": int(r["region_order"]),
               "parent_id": ids.get(code[:-1]) if len(code) > 2 else None}
        ids[code] = row["id"]
        new.append(row)
    if new:
        session.execute(insert(m.Region), new)
    return [r["id"] for r in new]


def _seed_municipalities(session: Session) -> None:
    have = set(session.scalars(select(m.Municipality.istat_code)))
    new = []
    for r in _read_csv("istat_comuni_piemonte.csv", delimiter=";"):
        code = r["Codice Comune formato alfanumerico"]
        if code in have:
            continue
        new.append({**_stamp(), "istat_code": code, "name": r["Denominazione in italiano"],
                    "name_other": r["Denominazione altra lingua"] or None,
                    "province_code": r["Sigla automobilistica"],
                    "province_name": r["Denominazione dell'Unità territoriale sovracomunale  (valida a fini statistici)"],
                    "nuts3_code": r["Codice NUTS3 2021"]})
    if new:
        session.execute(insert(m.Municipality), new)


def _seed_sectors(session: Session) -> None:
    data = json.loads(resource_path("reference", "sectors.json").read_text(encoding="utf-8"))
    kets = {k.code: k for k in session.scalars(select(m.Ket))}
    for pos, k in enumerate(data["kets"]):
        if k["code"] not in kets:
            kets[k["code"]] = m.Ket(code=k["code"], name_en=k["name_en"], name_it=k["name_it"], position=pos)
            session.add(kets[k["code"]])
    sectors = {s.code: s for s in session.scalars(select(m.Sector))}
    for pos, s in enumerate(data["sectors"]):
        if s["code"] in sectors:
            continue
        parent = sectors.get(s.get("parent"))
        sector = m.Sector(code=s["code"], kind=s["kind"], name_en=s["name_en"], name_it=s["name_it"],
                          description_en=s["description_en"], description_it=s["description_it"],
                          parent_id=parent.id if parent else None, position=pos)
        session.add(sector)
        session.flush()
        sector.kets = [m.SectorKet(sector_id=sector.id, ket_id=kets[c].id) for c in s["kets"]]
        sectors[s["code"]] = sector


def seed(session: Session) -> None:
    new_regions = _seed_regions(session)
    _seed_municipalities(session)
    _seed_sectors(session)
    if session.scalar(select(m.Setting.id).where(m.Setting.key == HOME_REGION_KEY)) is None:
        session.add(m.Setting(key=HOME_REGION_KEY, value=DEFAULT_HOME_REGION))
    session.flush()
    if new_regions:  # Core inserts bypass the ORM hook that keeps the index in step
        search.reindex(session, "region", new_regions)
