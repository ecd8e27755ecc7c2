"""Possible duplicates: found by imports and by a scan, merged side by side with relations moved,
and the merge undone exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from database import models as m
from database import ops

VOLATILE = {"version", "updated_at"}


def rows_of(db, model, **where) -> list[dict]:
    t = model.__table__
    q = select(t).order_by(t.c.id)
    for k, v in where.items():
        q = q.where(t.c[k] == v)
    with db.read() as s:
        return [dict(r) for r in s.execute(q).mappings()]


def steady(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in VOLATILE} for r in rows]


@pytest.fixture
def pair(db):
    """Two records of one organisation, each with relations; one partnership and one sector they share."""
    make = ops.create
    a = make(db, "stakeholder", {"name": "Fondazione LINKS", "type": "research_organisation", "city": "Torino",
                                 "country": "IT", "website": "https://linksfoundation.com"}).record
    b = make(db, "stakeholder", {"name": "FONDAZIONE LINKS - LEADING INNOVATION & KNOWLEDGE FOR SOCIETY",
                                 "type": "other", "city": "Torino", "country": "IT", "pic": "906326005",
                                 "vat_number": "IT11163390012", "short_name": "LINKS"}).record
    shared = make(db, "partnership", {"title": "Shared project", "scheme": "horizon_europe"}).record
    only_b = make(db, "partnership", {"title": "B's project", "scheme": "interreg"}).record
    make(db, "participant", {"partnership_id": shared.id, "stakeholder_id": a.id, "role": "partner"})
    make(db, "participant", {"partnership_id": shared.id, "stakeholder_id": b.id, "role": "coordinator",
                             "contribution": Decimal("1000")})
    make(db, "participant", {"partnership_id": only_b.id, "stakeholder_id": b.id, "role": "partner"})
    sectors = sorted(ops.find_by(db, "sector", kind="area"), key=lambda s: s.code)
    make(db, "stakeholder_sector", {"stakeholder_id": a.id, "sector_id": sectors[0].id})
    make(db, "stakeholder_sector", {"stakeholder_id": b.id, "sector_id": sectors[0].id})
    make(db, "stakeholder_sector", {"stakeholder_id": b.id, "sector_id": sectors[1].id})
    ket = min(ops.find_by(db, "ket"), key=lambda k: k.code)
    make(db, "stakeholder_ket", {"stakeholder_id": b.id, "ket_id": ket.id})
    make(db, "contact", {"stakeholder_id": b.id, "name": "Maria Rossi", "email": "maria@example.org"})
    meeting = make(db, "interaction", {"date": date(2025, 1, 20), "kind": "meeting", "subject": "Kick-off"}).record
    make(db, "interaction_stakeholder", {"interaction_id": meeting.id, "stakeholder_id": b.id})
    third = make(db, "stakeholder", {"name": "Fondazione Links Torino", "type": "other", "city": "Torino",
                                     "country": "IT"}).record
    return a, b, third


def test_scan_finds_pairs_once_and_dismissed_stay_dismissed(db, pair):
    a, b, third = pair
    added = ops.find_duplicates(db)
    found = {frozenset((p.a.id, p.b.id)) for p in ops.list_duplicates(db)}
    assert added == len(found) and frozenset((a.id, third.id)) in found
    assert ops.find_duplicates(db) == 0
    first = ops.list_duplicates(db)[0]
    ops.dismiss_duplicate(db, first.id)
    assert first.id not in {p.id for p in ops.list_duplicates(db)}
    assert ops.find_duplicates(db) == 0  # not put back
    assert ops.count_duplicates(db) == len(found) - 1


def test_merge_moves_relations_and_takes_chosen_fields(db, pair):
    a, b, _ = pair
    preview = ops.merge_preview(db, a.id, b.id)
    assert {f.name for f in preview.fields if f.differs} >= {"name", "type", "pic", "vat_number"}
    # the shared project and sector clash: they do not move, the survivor's own links stay
    assert preview.moves["participants"] == 1 and preview.moves["contacts"] == 1
    assert preview.moves["stakeholder_sectors"] == 1
    assert sorted((c.relation, c.taken) for c in preview.clashes) == [
        ("participants", ("role", "contribution")), ("stakeholder_sectors", ())]
    result = ops.merge_stakeholders(db, a.id, b.id, take={"type": "other", "name": "survivor"})
    s = result.survivor
    assert s.name == "Fondazione LINKS"  # kept
    assert s.type == "other"  # taken
    assert (s.pic, s.vat_number, s.short_name) == ("906326005", "IT11163390012", "LINKS")  # blanks filled
    assert s.website == "https://linksfoundation.com"
    assert {"type", "pic"} <= set(s.edited_fields)  # an officer's choice: later imports leave it
    with pytest.raises(ops.NotFoundError):
        ops.get(db, "stakeholder", b.id)
    detail = ops.stakeholder_detail(db, a.id)
    assert [c.name for c in detail.contacts] == ["Maria Rossi"]
    assert sorted(p.partnership.title for p in detail.participations) == ["B's project", "Shared project"]
    shared = next(p for p in detail.participations if p.partnership.title == "Shared project")
    # the survivor's own participation stays, with the stronger role and the contribution it lacked
    assert (shared.role, shared.contribution) == ("coordinator", Decimal("1000"))
    assert len(detail.sectors) == 2 and len(detail.kets) == 1
    assert [i.subject for i in detail.interactions] == ["Kick-off"]
    hits = ops.search(db, "906326005")
    assert [h.id for h in hits] == [a.id]
    assert [h.action for h in ops.history(db, a.id)][0] == "merge"
    [log] = ops.list_merges(db)
    assert (log.survivor_id, log.merged_id, log.undone) == (a.id, b.id, False)


def test_undo_puts_everything_back(db, pair):
    a, b, third = pair
    ops.find_duplicates(db)
    tables = [m.Stakeholder, m.Contact, m.Participant, m.StakeholderSector, m.StakeholderKet,
              m.InteractionStakeholder, m.DuplicateCandidate]
    before = {t.__tablename__: rows_of(db, t) for t in tables}
    result = ops.merge_stakeholders(db, a.id, b.id, take={"name": "other"})
    assert ops.get(db, "stakeholder", a.id).name.startswith("FONDAZIONE LINKS - LEADING")
    ops.undo_merge(db, result.merge_id)
    after = {t.__tablename__: rows_of(db, t) for t in tables}
    for name in before:
        assert steady(after[name]) == steady(before[name]), name
    # the merged record is back exactly, versions and timestamps included
    assert rows_of(db, m.Stakeholder, id=b.id) == [r for r in before["stakeholders"] if r["id"] == b.id]
    assert ops.search(db, "leading innovation")[0].id == b.id
    assert ops.list_merges(db)[0].undone
    with pytest.raises(ops.Ris3Error, match="undone already"):
        ops.undo_merge(db, result.merge_id)


def test_undo_keeps_later_edits_of_the_survivor(db, pair):
    a, b, _ = pair
    result = ops.merge_stakeholders(db, a.id, b.id, take={"name": "other", "type": "other"})
    now = ops.get(db, "stakeholder", a.id)
    ops.update(db, "stakeholder", a.id, {"type": "innovation_cluster"}, expected_version=now.version)
    ops.undo_merge(db, result.merge_id)
    back = ops.get(db, "stakeholder", a.id)
    assert back.name == "Fondazione LINKS"  # what the merge set, and nobody changed since, goes back
    assert back.type == "innovation_cluster"  # an edit made after the merge stays
    assert back.pic is None  # the PIC went back to its organisation
    assert ops.get(db, "stakeholder", b.id).pic == "906326005"


def test_merge_refuses_nonsense(db, pair):
    a, _, _ = pair
    with pytest.raises(ops.Ris3Error, match="itself"):
        ops.merge_stakeholders(db, a.id, a.id)
    with pytest.raises(ValueError, match="not fields"):
        ops.merge_stakeholders(db, a.id, pair[1].id, take={"colour": "other"})
