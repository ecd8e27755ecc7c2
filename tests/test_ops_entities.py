"""The operations layer on every entity, on SQLite and PostgreSQL: create, get, list, update,
link, delete (with what goes with it, and undo through a snapshot), history and the change set."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from database import ops


def _sector(db, code="AUTO"):
    return ops.find_by(db, "sector", code=code)[0]


def _org(db, name="Politecnico di Torino", **extra):
    values = {"name": name, "type": "university", **extra}
    return ops.create(db, "stakeholder", values).record


def test_stakeholder_round_trip(db):
    outcome = ops.create(db, "stakeholder", {
        "name": "  Politecnico di Torino ", "type": "university", "pic": "999977754",
        "vat_number": "IT00518460019", "city": "Torino", "province": "TO", "country": "IT",
        "website": "https://www.polito.it", "email": "info@polito.it", "tags": "engineering, robotics"})
    rec = outcome.record
    assert rec.name == "Politecnico di Torino"  # trimmed
    assert rec.version == 1 and rec.tag_list == ["engineering", "robotics"]
    assert ("stakeholder", rec.id) in outcome.changes.created
    assert ops.get(db, "stakeholder", rec.id) == rec

    updated = ops.update(db, "stakeholder", rec.id, {"city": "Turin", "short_name": "POLITO"},
                         expected_version=rec.version)
    assert updated.record.city == "Turin" and updated.record.version == 2
    assert set(updated.record.edited_fields) == {"city", "short_name"}
    assert ("stakeholder", rec.id) in updated.changes.updated
    fields = {(h.field, h.before, h.after) for h in ops.history(db, rec.id) if h.action == "update"}
    assert ("city", "Torino", "Turin") in fields

    gone = ops.delete(db, "stakeholder", rec.id, expected_version=2)
    assert ("stakeholder", rec.id) in gone.changes.deleted
    with pytest.raises(ops.NotFoundError):
        ops.get(db, "stakeholder", rec.id)


def test_every_entity_can_be_created_listed_updated_and_deleted(db):
    org = _org(db)
    auto = _sector(db)
    ket = ops.find_by(db, "ket", code="KET-AMT")[0]
    region = ops.region_by_code(db, "ES51")
    contact = ops.create(db, "contact", {"stakeholder_id": org.id, "name": "Elena Rossi", "email": "elena@example.org",
                                         "language": "it", "last_verified": "2026-01-31"}).record
    p = ops.create(db, "partnership", {"title": "Hydrogen valleys", "acronym": "H2V", "scheme": "interreg",
                                       "status": "active", "start_date": "01/03/2024", "end_date": "2027-02-28",
                                       "total_budget": "1.800.000,00", "eu_contribution": "1,440,000.00"}).record
    assert p.total_budget == Decimal("1800000.00") and p.eu_contribution == Decimal("1440000.00")
    assert p.start_date == date(2024, 3, 1)
    part = ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": org.id, "role": "coordinator",
                                          "contribution": "250000"}).record
    pr = ops.create(db, "partner_region", {"partnership_id": p.id, "region_id": region.id, "role": "partner"}).record
    inter = ops.create(db, "interaction", {"date": "2026-11-20", "kind": "visit", "subject": "Visit to PoliTo"}).record
    action = ops.create(db, "action", {"interaction_id": inter.id, "text": "Send the minutes", "due_date": "2026-12-01"}).record
    links = [(name, ops.create(db, name, values).record) for name, values in [
        ("stakeholder_sector", {"stakeholder_id": org.id, "sector_id": auto.id}),
        ("stakeholder_ket", {"stakeholder_id": org.id, "ket_id": ket.id}),
        ("partnership_sector", {"partnership_id": p.id, "sector_id": auto.id}),
        ("interaction_stakeholder", {"interaction_id": inter.id, "stakeholder_id": org.id}),
        ("interaction_partnership", {"interaction_id": inter.id, "partnership_id": p.id}),
    ]]
    sector = ops.create(db, "sector", {"code": "AUTO.BAT", "name_en": "Batteries", "name_it": "Batterie",
                                       "kind": "trajectory", "parent_id": auto.id}).record
    saved = ops.create(db, "saved_search", {"name": "SMEs in Torino", "kind": "stakeholder", "query": "torino",
                                            "filters": {"type": ["sme"]}}).record
    preset = ops.create(db, "pack_preset", {"name": "Delegation", "options": {"lang": "en"}}).record

    for kind_name, rec in [("contact", contact), ("partnership", p), ("participant", part), ("partner_region", pr),
                           ("interaction", inter), ("action", action), ("sector", sector), ("saved_search", saved),
                           ("pack_preset", preset)]:
        assert rec.id in ops.list_ids(db, kind_name), kind_name
        assert ops.get(db, kind_name, rec.id) == rec

    assert ops.update(db, "action", action.id, {"done": True}, expected_version=1).record.done is True
    assert ops.update(db, "participant", part.id, {"role": "partner"}, expected_version=1).record.role == "partner"
    assert ops.update(db, "saved_search", saved.id, {"filters": {"type": ["sme", "large_company"]}},
                      expected_version=1).record.filters == {"type": ["sme", "large_company"]}

    detail = ops.stakeholder_detail(db, org.id)
    assert [s.sector.code for s in detail.sectors] == ["AUTO"]
    assert [k.code for k in detail.kets] == ["KET-AMT"]
    assert [c.name for c in detail.contacts] == ["Elena Rossi"]
    assert [(x.partnership.acronym, x.role) for x in detail.participations] == [("H2V", "partner")]
    assert [i.subject for i in detail.interactions] == ["Visit to PoliTo"]
    pdetail = ops.partnership_detail(db, p.id)
    assert [r.region.code for r in pdetail.regions] == ["ES51"]
    assert [s.code for s in pdetail.sectors] == ["AUTO"]
    assert [s.code for s in ops.sector_detail(db, auto.id).children] == ["AUTO.EV", "AUTO.BAT"]  # new ones last
    assert [a.text for a in ops.interaction_detail(db, inter.id).actions] == ["Send the minutes"]

    for name, link in links:
        assert (name, link.id) in ops.delete(db, name, link.id).changes.deleted
    detail = ops.stakeholder_detail(db, org.id)
    assert detail.sectors == () and detail.kets == () and detail.interactions == ()


def test_an_organisations_partnerships_list_those_it_coordinates_first(db):
    """A university is in 150 projects after a CORDIS import: its page lists first the ones it
    coordinates, then those it is a partner in, each group by the name shown."""
    org = ops.create(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university"}).record
    for acronym, title, role in [("ZETA", "Zeta", "coordinator"), ("ALPHA", "Zebra crossings", "partner"),
                                 ("BETA", "Aardvarks", "associated_partner"), ("MU", "Mu", "partner"),
                                 ("ACE", "Ace", "coordinator")]:
        p = ops.create(db, "partnership", {"title": title, "acronym": acronym, "scheme": "horizon_europe"}).record
        ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": org.id, "role": role})
    detail = ops.stakeholder_detail(db, org.id)
    assert [(x.partnership.label, x.role) for x in detail.participations] == [
        ("ACE", "coordinator"), ("ZETA", "coordinator"), ("ALPHA — Zebra crossings", "partner"), ("MU", "partner"),
        ("BETA — Aardvarks", "associated_partner")]


def test_delete_says_what_goes_with_it_and_undo_puts_it_back(db):
    org = _org(db)
    ops.create(db, "contact", {"stakeholder_id": org.id, "name": "Elena Rossi"})
    ops.create(db, "stakeholder_sector", {"stakeholder_id": org.id, "sector_id": _sector(db).id})
    p = ops.create(db, "partnership", {"title": "T", "scheme": "other"}).record
    ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": org.id})
    assert ops.delete_impact(db, "stakeholder", org.id) == {"contact": 1, "stakeholder_sector": 1, "participant": 1}

    snap = ops.snapshot(db, "stakeholder", org.id)
    outcome = ops.delete(db, "stakeholder", org.id)
    assert {k for k, _ in outcome.changes.deleted} == {"stakeholder", "contact", "stakeholder_sector", "participant"}
    assert ops.search(db, "elena rossi") == []  # the cascaded contact left the search index too
    ops.restore_snapshot(db, snap)
    detail = ops.stakeholder_detail(db, org.id)
    assert detail.stakeholder == org
    assert [c.name for c in detail.contacts] == ["Elena Rossi"] and len(detail.participations) == 1
    assert [h.kind for h in ops.search(db, "elena rossi")] == ["contact"]


def test_stale_update_raises_a_conflict_carrying_both_versions(db):
    org = _org(db)
    ops.update(db, "stakeholder", org.id, {"city": "Torino"}, expected_version=1)  # someone else, meanwhile
    with pytest.raises(ops.ConflictError) as caught:
        ops.update(db, "stakeholder", org.id, {"city": "Turin"}, expected_version=1)
    conflict = caught.value
    assert conflict.mine == {"city": "Turin"}
    assert conflict.theirs.city == "Torino" and conflict.theirs.version == 2
    assert ops.get(db, "stakeholder", org.id).city == "Torino"  # nothing was overwritten

    ops.delete(db, "stakeholder", org.id)
    with pytest.raises(ops.ConflictError) as caught:
        ops.update(db, "stakeholder", org.id, {"city": "Turin"}, expected_version=2)
    assert caught.value.theirs is None
    assert "deleted by someone else" in str(caught.value)


def test_lists_sort_filter_and_page_in_sql(db):
    from database import demo

    demo.load(db, today=date(2026, 11, 26))
    by_city = ops.list_ids(db, "stakeholder", sort="city")
    paged, cursor = [], None
    while True:
        page = ops.list_page(db, "stakeholder", sort="city", after=cursor, limit=7)
        paged += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert paged == by_city
    down, cursor = [], None
    while True:
        page = ops.list_page(db, "stakeholder", sort="city", descending=True, after=cursor, limit=5)
        down += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert down == ops.list_ids(db, "stakeholder", sort="city", descending=True) == by_city[::-1]
    rows = ops.get_many(db, "stakeholder", by_city)
    cities = [r.city for r in rows]
    assert cities == sorted(cities, key=lambda c: (c is None, c or ""))

    down = ops.list_ids(db, "stakeholder", sort="pic", descending=True)
    pics = [r.pic for r in ops.get_many(db, "stakeholder", down)]
    known = [p for p in pics if p]  # empty values count as the largest: first when descending
    assert known == sorted(known, reverse=True) and all(p is None for p in pics[:len(pics) - len(known)])

    smes = ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder", filters={"type": ["sme"]}))
    assert smes and {s.type for s in smes} == {"sme"}
    assert ops.count(db, "stakeholder", {"type": ["sme"]}) == len(smes)
    catalonia = ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder", filters={"region": ["ES51"]}))
    assert {s.name for s in catalonia} == {"Fundació Eurecat", "Universitat Politècnica de Catalunya"}
    auto = _sector(db)
    in_auto = ops.list_ids(db, "stakeholder", filters={"sector": [auto.id], "province": ["TO"]})
    assert ops.get_many(db, "stakeholder", in_auto) and all(
        any(link.sector.code == "AUTO" for link in ops.stakeholder_detail(db, i).sectors) for i in in_auto)
    texted = ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder", filters={"text": "torino univ"}))
    assert "Università degli Studi di Torino" in {s.name for s in texted}

    active_2026 = ops.get_many(db, "partnership", ops.list_ids(db, "partnership", filters={
        "status": ["active"], "year": 2026}))
    assert active_2026 and all(p.status == "active" for p in active_2026)
    horizon = ops.list_ids(db, "partnership", filters={"scheme": ["horizon_europe"]}, sort="end_date")
    ends = [p.end_date for p in ops.get_many(db, "partnership", horizon)]
    assert ends == sorted(ends, key=lambda d: (d is None, d or date.min))
    with pytest.raises(ValueError):
        ops.list_ids(db, "stakeholder", filters={"no_such_filter": 1})


def test_demo_data_meets_the_brief_and_is_removable(db):
    from database import demo

    added = demo.load(db)
    assert demo.load(db) == 0  # twice changes nothing
    stats = ops.stats(db)
    assert stats["sectors"] >= 10 and stats["stakeholders"] >= 40 and stats["contacts"] >= 20
    assert stats["partnerships"] >= 12 and stats["demo_records"] == added
    types = {s.type for s in ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder"))}
    assert types == {c.value for c in ops.kind("stakeholder").fields[2].choices}
    schemes = {p.scheme for p in ops.get_many(db, "partnership", ops.list_ids(db, "partnership"))}
    assert schemes == {"vanguard", "eranet", "interreg", "horizon_europe", "bilateral", "network", "other"}
    contacts = ops.get_many(db, "contact", ops.list_ids(db, "contact"))
    assert all(c.is_demo and c.email.endswith("@example.org") for c in contacts)
    assert ops.dashboard(db).actions_due

    assert demo.remove(db) == added
    after = ops.stats(db)
    assert (after["stakeholders"], after["contacts"], after["partnerships"], after["interactions"]) == (0, 0, 0, 0)
    assert after["sectors"] == stats["sectors"] and after["regions"] == stats["regions"]
    assert ops.search(db, "politecnico") == []


def test_demo_counts_are_identical_on_both_back_ends(pg_url, sqlite_url):
    from database import demo
    from database.engine import open_database

    counts = []
    for url in (sqlite_url, pg_url):
        database = open_database(url)
        demo.load(database, today=date(2026, 11, 26))
        stats = ops.stats(database)
        counts.append({k: v for k, v in stats.items() if k != "database"})
        database.close()
    assert counts[0] == counts[1]


def test_every_offered_filter_narrows_the_list(db):
    """Each filter a list offers runs in SQL and keeps only what it says."""
    from database import demo
    from database.ops.filters import FILTERS

    demo.load(db, today=date(2027, 1, 20))  # interactions from October 2026 to February 2027
    crf = ops.find_by(db, "stakeholder", short_name="CRF")[0]
    bw = ops.find_by(db, "partnership", acronym="PIE-BW Auto")[0]
    visit = ops.find_by(db, "interaction", subject="Visit of the Baden-Württemberg delegation")[0]
    auto, amt = _sector(db), ops.find_by(db, "ket", code="KET-AMT")[0]
    values = {"type": ["sme"], "province": ["CN"], "country": ["DE"], "region": ["DE1"], "sector": [auto.id],
              "ket": [amt.id], "partnership": [bw.id], "scheme": ["bilateral"], "status": ["idea"], "year": 2019,
              "stakeholder": [crf.id], "verified_before": date(2026, 6, 1), "kind": ["visit"], "open": True,
              "interaction": [visit.id], "level": [0], "parent": [auto.id]}
    checked = set()
    for (kind_name, key), _ in FILTERS.items():
        value = values[key]
        value = {("region", "country"): ["IT"], ("sector", "kind"): ["driver"], ("partnership", "region"): ["ES51"],
                 ("interaction", "year"): 2027}.get((kind_name, key), value)
        ids = ops.list_ids(db, kind_name, filters={key: value})
        total = ops.count(db, kind_name)
        assert 0 < len(ids) < total, (kind_name, key)
        checked.add((kind_name, key))
    assert checked == set(FILTERS)
    assert {r.code for r in ops.get_many(db, "region", ops.list_ids(db, "region", filters={"level": [0], "country": ["IT"]}))} == {"IT"}
    assert {s.country for s in ops.get_many(db, "stakeholder", ops.list_ids(db, "stakeholder", filters={"region": ["DE1"]}))} == {"DE"}
    open_actions = ops.get_many(db, "action", ops.list_ids(db, "action", filters={"open": True}))
    assert open_actions and not any(a.done for a in open_actions)
    assert ops.get_many(db, "partnership", ops.list_ids(db, "partnership", filters={"stakeholder": [crf.id]}))


@pytest.mark.parametrize("kind_name", ["sector", "ket", "region", "municipality"])
def test_reference_lists_page_through_in_their_natural_order(sqlite_db, kind_name):
    every = ops.list_ids(sqlite_db, kind_name)
    paged, cursor = [], None
    while True:
        page = ops.list_page(sqlite_db, kind_name, after=cursor, limit=5 if kind_name in ("sector", "ket") else 500)
        paged += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert paged == every and len(every) == ops.count(sqlite_db, kind_name)


def test_names_sort_alphabetically_whatever_their_case_and_page_the_same_way(sqlite_db):
    """SQLite compares bytes: "FZ Srl" came before "Fabbrica", and mixed-case names after all
    the capitals of their letter. Lists sort free text case-insensitively (with an index)."""
    names = ["FZ Srl", "fondazione Alfa", "Fabbrica Italiana", "FONDAZIONE LINKS", "Fondazione Links", "ACME",
             "azienda Beta", "Zeta Spa"]
    for name in names:
        ops.create(sqlite_db, "stakeholder", {"name": name, "type": "other", "city": name.split()[-1].lower()})
    expected = sorted(names, key=str.lower)
    ids = ops.list_ids(sqlite_db, "stakeholder")
    assert [r.name for r in ops.get_many(sqlite_db, "stakeholder", ids)][:3] == ["ACME", "azienda Beta", "Fabbrica Italiana"]
    assert [r.name.lower() for r in ops.get_many(sqlite_db, "stakeholder", ids)] == [n.lower() for n in expected]
    paged, cursor = [], None
    while True:
        page = ops.list_page(sqlite_db, "stakeholder", after=cursor, limit=3)
        paged += [r.id for r in page.rows]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert paged == ids
    by_city = ops.get_many(sqlite_db, "stakeholder", ops.list_ids(sqlite_db, "stakeholder", sort="city", descending=True))
    assert [r.city for r in by_city] == sorted((n.split()[-1].lower() for n in names), reverse=True)
