"""What the window added to the operations layer, on SQLite and PostgreSQL: lean ordered ids,
the first page, find as one types, batches and their inverse, lookups and the network."""

from __future__ import annotations

import uuid

import pytest

from database import demo, ops


@pytest.fixture
def demo_db(db):
    demo.load(db)
    return db


@pytest.mark.parametrize("sort", ["name", "type", "city", "province", "pic", "updated_at"])
@pytest.mark.parametrize("descending", [False, True])
def test_ordered_ids_and_first_page_follow_list_ids(demo_db, sort, descending):
    expected = ops.list_ids(demo_db, "stakeholder", sort=sort, descending=descending)
    ids = ops.ordered_ids(demo_db, "stakeholder", sort=sort, descending=descending)
    assert list(ids[:]) == expected and len(ids) == len(expected)
    assert ids.index(expected[17]) == 17 and expected[3] in ids and uuid.uuid4() not in ids
    total, page = ops.first_page(demo_db, "stakeholder", sort=sort, descending=descending, limit=20)
    assert total == len(expected) and [r.id for r in page.rows] == expected[:20]


def test_ordered_ids_come_as_one_string_from_either_database(demo_db, monkeypatch):
    """group_concat (SQLite) and string_agg (PostgreSQL) give the ids; the row-by-row fallback,
    for ids not stored as 32 hex digits, is not taken."""
    expected = ops.list_ids(demo_db, "partnership", sort="acronym", descending=True)

    def no_fallback(ids):
        raise AssertionError("ordered_ids fell back to reading the ids row by row")

    monkeypatch.setattr(ops.IdList, "of", no_fallback)
    ids = ops.ordered_ids(demo_db, "partnership", sort="acronym", descending=True)
    assert list(ids) == expected and len(expected) > 10
    assert len(ops.ordered_ids(demo_db, "partnership", filters={"text": "no such partnership"})) == 0


def test_ordered_ids_with_filters(demo_db):
    filters = {"type": ["university", "research_organisation"], "text": "torino"}
    assert list(ops.ordered_ids(demo_db, "stakeholder", filters=filters)[:]) == \
        ops.list_ids(demo_db, "stakeholder", filters=filters)
    total, page = ops.first_page(demo_db, "sector")  # sorted by position, which no record shows
    assert total == len(page.rows) > 10


def test_find_groups_by_kind_and_ranks_names_first(demo_db):
    result = ops.find(demo_db, "torino")
    kinds = [g.kind for g in result.groups]
    assert kinds[0] == "stakeholder" and "partnership" in kinds and "region" in kinds
    assert not result.partial
    names = [h.label for h in result.groups[0].hits]
    assert "Politecnico di Torino" in names
    assert all("torino" in h.label.lower() or h.kind != "stakeholder" for h in result.groups[0].hits[:3])
    assert ops.find(demo_db, "univ tor").groups[0].hits[0].label == "Università degli Studi di Torino"
    assert ops.find(demo_db, "   ").groups == ()
    # a capped result says it is partial
    assert ops.find(demo_db, "t", cap=5).partial


def test_batch_is_all_or_nothing(demo_db):
    before = ops.count(demo_db, "stakeholder")
    with pytest.raises(ops.ValidationError):
        ops.write_batch(demo_db, [ops.Create("stakeholder", {"name": "Fine", "type": "sme"}),
                                  ops.Create("stakeholder", {"name": "", "type": "sme"})])
    assert ops.count(demo_db, "stakeholder") == before


def test_batch_inverse_round_trips_keep_ids_and_versions(demo_db):
    poli = ops.find_by(demo_db, "stakeholder", name="Politecnico di Torino")[0]
    edit = ops.write_batch(demo_db, [ops.Update("stakeholder", poli.id, {"city": "Turin"},
                                                expected_version=poli.version)])
    gone = ops.write_batch(demo_db, [ops.Delete("stakeholder", poli.id)])
    assert {k for k, _ in gone.removed} >= {"stakeholder", "contact", "participant", "stakeholder_sector"}
    back = ops.write_batch(demo_db, ops.inverse(gone))
    restored = ops.get(demo_db, "stakeholder", poli.id)
    assert restored.city == "Turin" and restored.version == edit.replaced[0].version
    assert len(back.created) == len(gone.removed)
    # the edit made before the delete can still be undone
    ops.write_batch(demo_db, ops.inverse(edit))
    assert ops.get(demo_db, "stakeholder", poli.id).city == poli.city
    # redo of the delete, and its undo again
    again = ops.write_batch(demo_db, ops.inverse(back))
    assert len(again.removed) == len(gone.removed)
    ops.write_batch(demo_db, ops.inverse(again))
    assert ops.search(demo_db, "politecnico torino")[0].id == poli.id


def test_undoing_the_delete_of_an_organisation_puts_its_possible_duplicate_pairs_back(demo_db):
    """The pairs an organisation is in go with it (ON DELETE CASCADE); its undo brings them back
    as they were — the same pair, score and review status — and a redo takes them again."""
    made = ops.write_batch(demo_db, [ops.Create("stakeholder", {"name": "Fondazione Lumen Torino", "type": "other",
                                                                "city": "Torino", "country": "IT"}),
                                     ops.Create("stakeholder", {"name": "Fondazione LUMEN - Torino", "type": "other",
                                                                "city": "Torino", "country": "IT"})])
    first, second = (rec.id for _kind, rec in made.created)
    ops.find_duplicates(demo_db)

    def ours():
        return [(p.id, {p.a.id, p.b.id}, p.score, p.status) for p in ops.list_duplicates(demo_db, status=None)
                if {p.a.id, p.b.id} == {first, second}]

    (pair,) = ours()
    ops.dismiss_duplicate(demo_db, pair[0])
    listed = ours()
    assert listed[0][3] == "dismissed"
    others = len(ops.list_duplicates(demo_db, status=None))

    gone = ops.write_batch(demo_db, [ops.Delete("stakeholder", second)])
    assert ours() == [] and len(ops.list_duplicates(demo_db, status=None)) == others - 1
    back = ops.write_batch(demo_db, ops.inverse(gone))
    assert ours() == listed
    again = ops.write_batch(demo_db, ops.inverse(back))
    assert ours() == []
    ops.write_batch(demo_db, ops.inverse(again))
    assert ours() == listed and len(ops.list_duplicates(demo_db, status=None)) == others


def test_batch_update_conflict_and_unique_together(demo_db):
    poli = ops.find_by(demo_db, "stakeholder", name="Politecnico di Torino")[0]
    ops.update(demo_db, "stakeholder", poli.id, {"city": "X"}, expected_version=poli.version)
    with pytest.raises(ops.ConflictError) as caught:
        ops.write_batch(demo_db, [ops.Update("stakeholder", poli.id, {"city": "Y"}, expected_version=poli.version)])
    assert caught.value.theirs.city == "X"
    part = ops.get_many(demo_db, "participant", ops.list_ids(demo_db, "participant", filters={"stakeholder": [poli.id]}))[0]
    with pytest.raises(ops.ValidationError) as caught:
        ops.write_batch(demo_db, [ops.Create("participant", {"partnership_id": part.partnership_id,
                                                             "stakeholder_id": poli.id, "role": "partner"})])
    assert caught.value.problems[0].field == "stakeholder_id"


def test_network_around_a_stakeholder_a_region_and_a_sector(demo_db):
    poli = ops.find_by(demo_db, "stakeholder", name="Politecnico di Torino")[0]
    net = ops.network(demo_db, "stakeholder", poli.id)
    ids = {n.id for n in net.nodes}
    assert poli.id in ids and len(ids) > 2 and net.partnerships >= 1
    assert all(link.a in ids and link.b in ids and link.partnerships for link in net.links)
    piemonte = ops.region_by_code(demo_db, "ITC1")
    region_net = ops.network(demo_db, "region", piemonte.id)
    assert any(n.in_scope for n in region_net.nodes) and any(not n.in_scope for n in region_net.nodes)
    sector = ops.find_by(demo_db, "sector", code=ops.all_of(demo_db, "sector")[0].code)[0]
    assert ops.network(demo_db, "sector", sector.id).nodes


def test_a_partnerships_network_shows_all_its_participants(db):
    """Around a partnership its participants are drawn even when organisations outside it are
    better connected: the scope's own organisations come first, up to two thirds of the drawing."""
    def org(name):
        return ops.create(db, "stakeholder", {"name": name, "type": "university"}).record

    def project(acronym, members):
        p = ops.create(db, "partnership", {"title": acronym, "acronym": acronym, "scheme": "horizon_europe"}).record
        for member in members:
            ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": member.id})
        return p

    ours = [org(f"Participant {i}") for i in range(5)]
    outsiders = [org(f"Outsider {i}") for i in range(8)]
    chosen = project("CHOSEN", ours)
    project("OTHER-1", [ours[0], *outsiders])  # the outsiders share two projects each, the participants one
    project("OTHER-2", [ours[0], *outsiders])
    net = ops.network(db, "partnership", chosen.id, max_nodes=9)
    shown = {n.name for n in net.nodes}
    assert {o.name for o in ours} <= shown and len(shown) == 9 and net.truncated
    assert [n.name for n in net.nodes][0] == "Participant 0"  # the list stays most connected first
    assert [n.in_scope for n in net.nodes].count(False) == 4


def test_lookups(demo_db):
    assert "TO" in ops.distinct_values(demo_db, "stakeholder", "province")
    first, last = ops.year_span(demo_db)
    assert 2000 < first <= last < 2100
    assert [m.name for m in ops.choose(demo_db, "municipality", "alba")][:1] == ["Alba"]
    # accents and capitals make no difference, on SQLite too; names that start so come first
    assert [m.name for m in ops.choose(demo_db, "municipality", "mondovi")][:1] == ["Mondovì"]
    assert "Ciriè" in [m.name for m in ops.choose(demo_db, "municipality", "CIRIÈ")]
    assert [m.name for m in ops.choose(demo_db, "municipality", "torin")][:1] == ["Torino"]
    assert "Politecnico di Torino" in [s.name for s in ops.choose(demo_db, "stakeholder", "politec")]
    assert ops.check_value("stakeholder", "pic", "12").template == \
        "{label} is not valid: {hint}."
    problems = ops.check_values("partnership", {"start_date": "2026-06-01", "end_date": "2025-01-01", "title": ""})
    assert {p.field for p in problems} == {"title", "end_date"}
    assert ops.clean_value("partnership", "total_budget", "1.800.000")[0] == 1800000


def test_every_public_name_of_ops_is_what_it_says_whatever_was_imported_first():
    """Some names are read on first use (start-up time); none may be shadowed by a submodule."""
    import importlib
    import types

    for module in ("batch", "details", "find", "lookups", "lists", "packdata"):
        importlib.import_module(f"database.ops.{module}")
    for name in ops.__all__:
        assert not isinstance(getattr(ops, name), types.ModuleType), name
