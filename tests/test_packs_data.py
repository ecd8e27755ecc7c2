"""What a pack gathers (ops.pack_data), on SQLite and PostgreSQL: the scope, the redaction for
external packs, the pack log."""

from __future__ import annotations

import pytest

from database import demo, ops
from tests.packs_helpers import TODAY


@pytest.fixture
def demo_db(db):
    demo.load(db, today=TODAY)
    return db


def names(orgs):
    return {o.record.name for o in orgs}


def test_scope_matching_nothing_names_every_miss(demo_db):
    scope = ops.PackScope(sectors=["AUTO", "NOPE"], regions=["ZZ9"], partnerships=["nothing-like-it"],
                          stakeholders=["No Such Organisation"])
    with pytest.raises(ops.ScopeError) as err:
        ops.pack_data(demo_db, scope, today=TODAY)
    message = str(err.value)
    for missing in ("'NOPE'", "'ZZ9'", "'nothing-like-it'", "'No Such Organisation'"):
        assert missing in message
    assert "'AUTO'" not in message  # only what failed is named
    with pytest.raises(ops.ScopeError):
        ops.resolve_scope(demo_db, ops.PackScope(sectors=["NOPE"]))


def test_scope_is_the_union_of_its_parts(demo_db):
    scope = ops.PackScope(sectors=["auto"], regions=["DE1"], partnerships=["pie-bw auto"])
    data = ops.pack_data(demo_db, scope, today=TODAY, directory=True)
    assert data.scope_labels == (("sector", "AUTO"), ("region", "DE1"), ("partnership", "PIE-BW Auto"))
    in_scope = names(data.directory)
    assert "Iveco S.p.A." in in_scope  # the AUTO sector
    assert "Robert Bosch GmbH" in in_scope  # in DE115, below DE1
    assert "Regione Piemonte – Direzione Competitività del Sistema regionale" in in_scope  # a member of PIE-BW
    assert "Novamont S.p.A." not in in_scope  # green chemistry in Novara: none of these
    assert data.partnerships[0].record.acronym == "PIE-BW Auto"  # what was chosen comes first
    assert [s.sector.code for s in data.sectors] == ["AUTO"]
    assert [r.region.code for r in data.regions] == ["DE1"]
    bw = data.regions[0]
    assert {o.name for o in bw.organisations} == {"Robert Bosch GmbH", "Karlsruher Institut für Technologie"}
    assert data.overview.stakeholders == len(data.directory)


def test_a_sector_takes_in_its_sub_sectors(demo_db):
    ev = ops.find_by(demo_db, "sector", code="AUTO.EV")[0]
    org = ops.create(demo_db, "stakeholder", {"name": "Batterie Subalpine S.r.l.", "type": "sme"}).record
    ops.create(demo_db, "stakeholder_sector", {"stakeholder_id": org.id, "sector_id": ev.id})
    data = ops.pack_data(demo_db, ops.PackScope(sectors=["AUTO"]), today=TODAY, directory=True)
    assert "Batterie Subalpine S.r.l." in names(data.directory)
    assert any(o.name == "Batterie Subalpine S.r.l." for _, orgs in data.sectors[0].key_organisations for o in orgs)


def test_stakeholders_are_found_by_name_pic_or_short_name(demo_db):
    data = ops.pack_data(demo_db, ops.PackScope(stakeholders=["POLITO", "999984059", "novamont s.p.a."]),
                         today=TODAY)
    assert [o.name for o in data.organisations][:3] == [
        "Politecnico di Torino", "Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.",
        "Novamont S.p.A."]


def test_external_data_carries_no_personal_data_or_internal_notes(demo_db):
    crf = ops.find_by(demo_db, "stakeholder", name="Centro Ricerche Fiat S.C.p.A.")[0]
    ops.update(demo_db, "stakeholder", crf.id, {"notes": "Budget dispute with the region"},
               expected_version=crf.version)
    internal = ops.pack_data(demo_db, ops.PackScope(stakeholders=[str(crf.id)]), today=TODAY, directory=True)
    external = ops.pack_data(demo_db, ops.PackScope(stakeholders=[str(crf.id)]), audience="external",
                             today=TODAY, directory=True)
    org_in, org_out = internal.organisations[0], external.organisations[0]
    assert org_in.record.notes == "Budget dispute with the region" and org_out.record.notes is None
    assert org_in.contacts and not org_out.contacts
    assert not any(o.contacts for o in external.directory)
    assert any(i.notes for i in org_in.interactions) and not any(i.notes for i in org_out.interactions)
    assert internal.contacts and not external.contacts and external.contacts_total == 0
    assert internal.actions and not external.actions
    assert external.overview.contacts is None
    assert {s.kind for s in external.sources} == {"stakeholder", "partnership"}
    # everything else is there
    assert org_out.record.name == org_in.record.name and org_out.partnerships == org_in.partnerships


def test_whole_register_overview(demo_db):
    data = ops.pack_data(demo_db, today=TODAY, directory=True)
    counts = ops.stats(demo_db)
    assert data.scope_labels == ()
    assert data.overview.stakeholders == counts["stakeholders"] == len(data.directory)
    assert data.overview.partnerships == counts["partnerships"]
    assert len(data.partnerships) + len(data.other_partnerships) == counts["partnerships"]
    assert data.other_partnerships_total == len(data.other_partnerships)
    few = ops.pack_data(demo_db, today=TODAY, max_partnerships=5, max_listed=3)
    assert len(few.other_partnerships) == 3 and few.other_partnerships_total == counts["partnerships"] - 5
    assert few.other_partnerships == tuple(p.record for p in data.partnerships[5:8])  # the next most relevant
    assert {s.sector.kind for s in data.sectors} == {"area"}
    assert len(data.organisations) == 25  # the profiles are capped; the directory has them all
    assert [o.record.name for o in data.directory] == sorted((o.record.name for o in data.directory),
                                                             key=ops.packdata.sort_key)
    assert data.sources and data.sources[0].oldest is not None


def test_money_counts_only_what_was_funded_and_says_how_many_give_it(demo_db):
    from decimal import Decimal

    parts = ops.list_page(demo_db, "partnership", limit=1000).rows
    funded = [p for p in parts if p.status in ("active", "closed")]
    assert len(funded) < len(parts)  # (the demo has ideas, proposals and a project not funded)
    ov = ops.pack_data(demo_db, today=TODAY).overview
    assert ov.eu_contribution == sum((p.eu_contribution or Decimal(0)) for p in funded)
    assert ov.total_budget == sum((p.total_budget or Decimal(0)) for p in funded)
    assert (ov.funded_partnerships, ov.with_eu_contribution) == (
        len(funded), sum(p.eu_contribution is not None for p in funded))
    # a sector whose only partnership was not funded has no EU money to show
    [textwin] = [p for p in parts if p.status == "not_funded" and p.eu_contribution]
    alone = ops.pack_data(demo_db, ops.PackScope(partnerships=[textwin.acronym]), today=TODAY).overview
    assert (alone.eu_contribution, alone.funded_partnerships) == (None, 0)


def test_a_name_written_exactly_is_found_whatever_its_letters(demo_db):
    org = ops.create(demo_db, "stakeholder", {"name": "ASOCIACIÓN ESPAÑOLA DE FABRICANTES", "type": "other"}).record
    data = ops.pack_data(demo_db, ops.PackScope(stakeholders=["ASOCIACIÓN ESPAÑOLA DE FABRICANTES"]), today=TODAY)
    assert [o.record.id for o in data.organisations][:1] == [org.id]


def test_a_name_that_fits_several_partnerships_or_none_says_so(demo_db):
    p = ops.list_page(demo_db, "partnership", limit=1).rows[0]
    twin = ops.create(demo_db, "partnership", {"title": "Another project", "acronym": p.acronym, "scheme": "other",
                                               "external_ref": "CORDIS:999"}).record
    with pytest.raises(ops.ScopeError, match=f"'{p.acronym}' names 2 partnerships — .*CORDIS:999: Another project"):
        ops.pack_data(demo_db, ops.PackScope(partnerships=[p.acronym]), today=TODAY)
    data = ops.pack_data(demo_db, ops.PackScope(partnerships=["CORDIS:999"]), today=TODAY)
    assert [x.record.id for x in data.partnerships] == [twin.id]
    assert ops.pack_data(demo_db, ops.PackScope(partnerships=[str(p.id)]), today=TODAY).partnerships[0].record.id == p.id
    with pytest.raises(ops.ScopeError, match=r"no organisation called 'Politecnico' \(did you mean: Politecnico di "):
        ops.pack_data(demo_db, ops.PackScope(stakeholders=["Politecnico"]), today=TODAY)


def test_pack_log(demo_db):
    first = ops.log_pack(demo_db, title="Visit", language="it", audience="external",
                         options={"scope": {"sectors": ["AUTO"]}}, file_path="/tmp/visit.pdf", pages=12)
    second = ops.log_pack(demo_db, title="Overview", language="en", audience="internal", options={}, pages=40)
    issued = ops.packs_issued(demo_db)
    assert [p.id for p in issued] == [second.id, first.id]
    assert issued[1].options == {"scope": {"sectors": ["AUTO"]}} and issued[1].pages == 12
    with pytest.raises(ValueError):
        ops.log_pack(demo_db, title="x", language="fr", audience="internal", options={})


def test_the_most_relevant_partnerships_come_first_even_without_dates_or_budgets(db):
    """CORDIS projects imported without the project table have no dates or budgets: the pack
    still describes first the ones an organisation in scope coordinates, then the biggest by
    the participants' contributions — not the first in alphabetical order."""
    torino = ops.find_by(db, "region", code="ITC11")[0]
    ours = ops.create(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university",
                                          "region_id": torino.id}).record
    other = ops.create(db, "stakeholder", {"name": "Fraunhofer", "type": "research_organisation"}).record
    made = {}
    for acronym, role, ours_gets, theirs_gets in [("ALPHA", "partner", "10000", "5000"),
                                                  ("BETA", "partner", "400000", "500000"),
                                                  ("GAMMA", "coordinator", "20000", "10000"),
                                                  ("DELTA", "partner", "100000", None)]:
        p = ops.create(db, "partnership", {"title": acronym, "acronym": acronym, "scheme": "horizon_europe"}).record
        ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": ours.id, "role": role,
                                       "contribution": ours_gets})
        if theirs_gets:
            ops.create(db, "participant", {"partnership_id": p.id, "stakeholder_id": other.id,
                                           "role": "coordinator" if role == "partner" else "partner",
                                           "contribution": theirs_gets})
        made[acronym] = p
    closed = made["BETA"]
    data = ops.pack_data(db, ops.PackScope(stakeholders=[ours.id]), today=TODAY, max_partnerships=2)
    assert [p.record.acronym for p in data.partnerships] == ["GAMMA", "BETA"]
    assert [p.acronym for p in data.other_partnerships] == ["DELTA", "ALPHA"]
    # the region's own list: the partnerships it leads first, then the biggest
    ops.create(db, "partner_region", {"partnership_id": made["ALPHA"].id, "region_id": torino.id, "role": "lead"})
    data = ops.pack_data(db, ops.PackScope(regions=["ITC1"]), today=TODAY)
    assert [p.acronym for p, _role, _members in data.regions[0].partnerships] == ["ALPHA", "BETA", "DELTA", "GAMMA"]
    # a wider area leads when one region in it does, whatever the others' roles
    milano = ops.find_by(db, "region", code="ITC4C")[0]
    ops.create(db, "partner_region", {"partnership_id": made["ALPHA"].id, "region_id": milano.id, "role": "partner"})
    data = ops.pack_data(db, ops.PackScope(regions=["ITC"]), today=TODAY)
    assert [(p.acronym, role) for p, role, _members in data.regions[0].partnerships][:2] == [
        ("ALPHA", "lead"), ("BETA", "")]
    # a closed partnership goes after the active ones however big it is
    ops.update(db, "partnership", closed.id, {"status": "closed"}, expected_version=closed.version)
    data = ops.pack_data(db, ops.PackScope(stakeholders=[ours.id]), today=TODAY, max_partnerships=2)
    assert [p.record.acronym for p in data.partnerships] == ["GAMMA", "DELTA"]
    assert [p.acronym for p in data.other_partnerships] == ["ALPHA", "BETA"]
