"""Synthetic registers for benchmarks and load tests: N organisations with realistic names, types,
cities, sectors, KETs, contacts, partnerships (with participants and partner regions) and
interactions, bulk-inserted with Core and then indexed for search.

    from tests.benchmarks.synthetic import generate
    counts = generate(db, stakeholders=100_000, seed=1)

or from the shell, into a new or existing register:

    python tests/benchmarks/synthetic.py /tmp/big.db 100000
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, select

from database import models as m
from database import search
from database.engine import Database, open_database

SURNAMES = ["Rossi", "Ferrero", "Bianchi", "Gallo", "Conti", "Marino", "Greco", "Bruno", "Colombo", "Ricci",
            "Moretti", "Barbieri", "Fontana", "Rinaldi", "Lombardi", "Costa", "Giordano", "Mancini", "Rizzo",
            "Lombardo", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Serra",
            "Coppola", "De Santis", "Fabbri", "Bellini", "Caruso", "Ferraris", "Pautasso", "Gribaudo",
            "Müller", "Schröder", "Weiß", "Dvořák", "Wójcik", "Łukasiewicz", "Lefèvre", "Puig", "Novák",
            "Papadopoulos", "Kovačić", "Jørgensen", "Peña", "Šimek"]
WORDS = ["Meccanica", "Automazione", "Robotica", "Materiali", "Tecnologie", "Sistemi", "Energia", "Elettronica",
         "Biotech", "Farmaceutica", "Alimentare", "Tessile", "Software", "Aerospazio", "Componenti",
         "Ingegneria", "Innovazione", "Digitale", "Ambiente", "Chimica", "Laser", "Fotonica", "Sensori",
         "Idrogeno", "Compositi", "Logistica", "Dati", "Precisione", "Stampi", "Plastica"]
FORMS = {"sme": ["S.r.l.", "S.r.l.s.", "S.n.c.", "S.a.s."], "large_company": ["S.p.A.", "Group S.p.A.", "Industries S.p.A."]}
FOREIGN = [("DE", "DE111", "Stuttgart", "GmbH"), ("DE", "DE212", "München", "GmbH"), ("FR", "FRK26", "Lyon", "SAS"),
           ("FR", "FR101", "Paris", "SA"), ("ES", "ES511", "Barcelona", "S.L."), ("ES", "ES213", "Bilbao", "S.L."),
           ("PL", "PL229", "Gliwice", "Sp. z o.o."), ("CZ", "CZ010", "Praha", "s.r.o."), ("AT", "AT221", "Graz", "GmbH"),
           ("BE", "BE242", "Leuven", "NV"), ("EL", "EL303", "Αθήνα", "Α.Ε."), ("SI", "SI041", "Ljubljana", "d.o.o.")]
TYPES = [("sme", 55), ("large_company", 8), ("university", 3), ("research_organisation", 9),
         ("innovation_cluster", 2), ("science_park", 2), ("incubator", 2), ("public_body", 8), ("other", 11)]
SCHEMES = ["horizon_europe", "interreg", "eranet", "vanguard", "bilateral", "network", "other"]
STATUSES = ["active", "closed", "in_preparation", "submitted", "idea", "not_funded"]
ROLES = ["coordinator", "partner", "partner", "partner", "associated_partner", "observer"]


def _stamp(now) -> dict:
    return {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1}


def _name(rng: random.Random, kind: str, city: str, form: str | None) -> str:
    if kind == "university":
        return f"Università {rng.choice(['degli Studi di', 'Politecnica di', 'di'])} {city} {rng.randint(1, 999)}"
    if kind == "research_organisation":
        return f"Istituto di Ricerca {rng.choice(WORDS)} {rng.choice(SURNAMES)} {city}"
    if kind == "innovation_cluster":
        return f"Polo di innovazione {rng.choice(WORDS)} {rng.choice(WORDS)} {city}"
    if kind == "science_park":
        return f"Parco Scientifico {rng.choice(WORDS)} {city} {rng.randint(1, 99)}"
    if kind == "incubator":
        return f"Incubatore {rng.choice(WORDS)} {rng.choice(SURNAMES)}"
    if kind == "public_body":
        return f"Comune di {city}" if rng.random() < 0.5 else f"Agenzia {rng.choice(WORDS)} {city}"
    if kind == "other":
        return f"Associazione {rng.choice(WORDS)} {rng.choice(SURNAMES)} {city}"
    return f"{rng.choice(SURNAMES)} {rng.choice(WORDS)} {rng.choice(WORDS)} {form or rng.choice(FORMS[kind])}"


def _insert(session, model, rows: list[dict], chunk: int = 20_000) -> None:
    """Core executemany; every row gets the same keys, else SQLAlchemy inserts them one by one."""
    keys = {k for row in rows for k in row}
    rows = [{k: row.get(k) for k in keys} for row in rows]
    for start in range(0, len(rows), chunk):
        session.execute(insert(model.__table__), rows[start:start + chunk])


def generate(db: Database, stakeholders: int = 1000, seed: int = 1, partnerships: int | None = None,
             contacts: int | None = None) -> dict:
    """Add a synthetic register (in one transaction) and return its counts."""
    rng = random.Random(seed)
    partnerships = stakeholders // 8 if partnerships is None else partnerships
    contacts = stakeholders // 2 if contacts is None else contacts
    now = m.utcnow()
    kinds = [t for t, w in TYPES for _ in range(w)]
    with db.write() as session:
        towns = session.execute(select(m.Municipality.id, m.Municipality.name, m.Municipality.province_code,
                                       m.Municipality.nuts3_code)).all()
        regions = dict(session.execute(select(m.Region.code, m.Region.id)).all())
        sectors = list(session.scalars(select(m.Sector.id).where(m.Sector.kind == "area")))
        kets = list(session.scalars(select(m.Ket.id)))
        # a few big towns hold most organisations, as in life
        weighted = towns + [t for t in towns if t.name in ("Torino", "Novara", "Cuneo", "Alessandria")] * 200

        orgs, links, ket_links = [], [], []
        for i in range(stakeholders):
            kind = rng.choice(kinds)
            row = _stamp(now)
            if rng.random() < 0.8:
                town = rng.choice(weighted)
                row.update(city=town.name, municipality_id=town.id, province=town.province_code,
                           region_id=regions.get(town.nuts3_code), country="IT",
                           vat_number=f"IT{rng.randrange(10**10, 10**11)}")
                form = None
            else:
                country, nuts, city, form = rng.choice(FOREIGN)
                row.update(city=city, region_id=regions.get(nuts), country=country)
            name = _name(rng, kind, row["city"], form)
            row.update(name=name, type=kind, short_name=name.split()[0][:20] if rng.random() < 0.3 else None,
                       pic=str(900_000_000 + i) if rng.random() < 0.6 else None,
                       address=f"Via {rng.choice(SURNAMES)} {rng.randint(1, 200)}",
                       postcode=f"{rng.randint(10010, 28899)}",
                       website=f"https://www.example-{i}.eu" if rng.random() < 0.5 else None,
                       email=f"info@example-{i}.eu" if rng.random() < 0.4 else None,
                       description=f"{kind.replace('_', ' ').capitalize()} working on "
                                   f"{rng.choice(WORDS).lower()} and {rng.choice(WORDS).lower()}.",
                       size=rng.choice(["micro", "small", "medium", "large", None]),
                       tags=", ".join(rng.sample(WORDS, 2)).lower(),
                       source="synthetic", as_of=date(2024, 5, 29), is_demo=False)
            orgs.append(row)
            for j, sector in enumerate(rng.sample(sectors, rng.randint(1, 3))):
                links.append({**_stamp(now), "stakeholder_id": row["id"], "sector_id": sector, "is_primary": j == 0})
            if rng.random() < 0.5:
                ket_links.append({**_stamp(now), "stakeholder_id": row["id"], "ket_id": rng.choice(kets)})
        _insert(session, m.Stakeholder, orgs)
        _insert(session, m.StakeholderSector, links)
        _insert(session, m.StakeholderKet, ket_links)

        people = []
        for _ in range(contacts):
            org = rng.choice(orgs)
            first = rng.choice(["Giulia", "Marco", "Elena", "Luca", "Sara", "Paolo", "Anna", "Jürgen", "Núria", "Łukasz"])
            last = rng.choice(SURNAMES)
            people.append({**_stamp(now), "stakeholder_id": org["id"], "name": f"{first} {last}",
                           "role": rng.choice(["CEO", "R&D manager", "EU projects office", "Professor", None]),
                           "email": f"{first.lower()}.{rng.randint(1, 10**6)}@example.org",
                           "last_verified": date(2026, 1, 1) - timedelta(days=rng.randint(0, 1500)),
                           "source": "synthetic", "is_demo": False})
        _insert(session, m.Contact, people)

        projects, members, partner_regions, project_sectors = [], [], [], []
        region_codes = [c for c in regions if len(c) == 4]
        for i in range(partnerships):
            start = date(2014, 1, 1) + timedelta(days=rng.randint(0, 4500))
            budget = Decimal(rng.randint(50, 20_000)) * 1000
            row = {**_stamp(now), "title": f"{rng.choice(WORDS)} {rng.choice(WORDS)} for {rng.choice(['Europe', 'the Alps', 'regions', 'industry'])} {i}",
                   "acronym": f"{rng.choice(WORDS)[:4].upper()}{i}", "scheme": rng.choice(SCHEMES),
                   "status": rng.choice(STATUSES), "start_date": start,
                   "end_date": start + timedelta(days=rng.randint(365, 1800)),
                   "total_budget": budget, "eu_contribution": (budget * Decimal("0.7")).quantize(Decimal("1")),
                   "programme": rng.choice(["Horizon Europe", "Interreg Europe", "ALCOTRA", "Alpine Space", None]),
                   "source": "synthetic", "is_demo": False}
            projects.append(row)
            chosen = rng.sample(orgs, min(len(orgs), rng.randint(3, 12)))
            for j, org in enumerate(chosen):
                members.append({**_stamp(now), "partnership_id": row["id"], "stakeholder_id": org["id"],
                                "role": "coordinator" if j == 0 else rng.choice(ROLES[1:]),
                                "contribution": Decimal(rng.randint(0, 900)) * 1000, "is_demo": False})
            for code in rng.sample(region_codes, 2):
                partner_regions.append({**_stamp(now), "partnership_id": row["id"], "region_id": regions[code],
                                        "role": "partner", "is_demo": False})
            project_sectors.append({**_stamp(now), "partnership_id": row["id"], "sector_id": rng.choice(sectors)})
        _insert(session, m.Partnership, projects)
        _insert(session, m.Participant, members)
        _insert(session, m.PartnerRegion, partner_regions)
        _insert(session, m.PartnershipSector, project_sectors)

        for kind, rows in (("stakeholder", orgs), ("contact", people), ("partnership", projects)):
            search.reindex(session, kind, [r["id"] for r in rows])
    return {"stakeholders": len(orgs), "contacts": len(people), "partnerships": len(projects),
            "participants": len(members)}


if __name__ == "__main__":
    target, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    started = time.perf_counter()
    register = open_database(f"sqlite:///{Path(target).absolute()}")
    print(generate(register, stakeholders=count), f"in {time.perf_counter() - started:.1f} s")
