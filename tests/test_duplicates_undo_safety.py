"""Undoing a merge is all or nothing: it refuses, changing nothing and saying what to do first,
when it cannot put everything back (the kept record deleted or merged away since, the merged
record's PIC someone else's now); links both records had are combined at the merge and given
back exactly at the undo; the preview counts what the merge will really do."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, text

from database import models as m
from database import ops

# every table a merge or its undo touches (the merge log and the history grow, and are left out)
TABLES = (m.Stakeholder, m.Contact, m.Participant, m.StakeholderSector, m.StakeholderKet, m.InteractionStakeholder,
          m.DuplicateCandidate)
VOLATILE = {"version", "updated_at"}


def register(db, volatile: bool = True) -> dict:
    """Every row of every table above (without versions and timestamps, unless asked)."""
    out = {}
    with db.read() as s:
        for model in TABLES:
            t = model.__table__
            rows = [dict(r) for r in s.execute(select(t).order_by(t.c.id)).mappings()]
            out[t.name] = rows if not volatile else [{k: v for k, v in r.items() if k not in VOLATILE}
                                                     for r in rows]
    return out


@pytest.fixture
def orgs(db):
    """Politecnico (kept) and its duplicate, each with a contact; both in METHAREN (the duplicate as
    coordinator with €500,000, Politecnico as partner with none) and in one sector (the duplicate's
    primary); the duplicate alone in TRISTAN."""
    make = ops.create
    polito = make(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university", "city": "Torino",
                                      "country": "IT", "pic": "999976881"}).record
    dup = make(db, "stakeholder", {"name": "POLITECNICO DI TORINO", "type": "university", "city": "TORINO",
                                   "country": "IT", "pic": "999976882"}).record
    metharen = make(db, "partnership", {"title": "Methane to hydrogen", "acronym": "METHAREN",
                                        "scheme": "horizon_europe"}).record
    tristan = make(db, "partnership", {"title": "Tristan", "acronym": "TRISTAN", "scheme": "horizon_europe"}).record
    make(db, "participant", {"partnership_id": metharen.id, "stakeholder_id": polito.id, "role": "partner"})
    make(db, "participant", {"partnership_id": metharen.id, "stakeholder_id": dup.id, "role": "coordinator",
                             "contribution": Decimal("500000")})
    make(db, "participant", {"partnership_id": tristan.id, "stakeholder_id": dup.id, "role": "partner",
                             "contribution": Decimal("355250")})
    sector = min(ops.find_by(db, "sector", kind="area"), key=lambda s: s.code)
    make(db, "stakeholder_sector", {"stakeholder_id": polito.id, "sector_id": sector.id})
    make(db, "stakeholder_sector", {"stakeholder_id": dup.id, "sector_id": sector.id, "is_primary": True})
    make(db, "contact", {"stakeholder_id": polito.id, "name": "Anna Bianchi"})
    make(db, "contact", {"stakeholder_id": dup.id, "name": "Maria Rossi"})
    return polito, dup, metharen, tristan


def _delete(db, stakeholder_id) -> None:
    ops.delete(db, "stakeholder", stakeholder_id, expected_version=ops.get(db, "stakeholder", stakeholder_id).version)


def _participation(db, stakeholder_id, partnership_id):
    return next(p for p in ops.stakeholder_detail(db, stakeholder_id).participations
                if p.partnership.id == partnership_id)


# --- refusing what cannot be put back --------------------------------------------------------------

def test_undo_refuses_when_the_kept_record_was_deleted(db, orgs):
    polito, dup, _, _ = orgs
    merge = ops.merge_stakeholders(db, polito.id, dup.id)
    _delete(db, polito.id)
    before = register(db, volatile=False)
    with pytest.raises(ops.Ris3Error, match="merged into has been deleted since") as refused:
        ops.undo_merge(db, merge.merge_id)
    assert "POLITECNICO DI TORINO" in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert register(db, volatile=False) == before  # not half an undo: nothing at all
    assert not ops.list_merges(db)[0].undone


def test_undo_refuses_while_the_kept_record_is_merged_into_another(db, orgs):
    polito, dup, _, _ = orgs
    start = register(db)
    third = ops.create(db, "stakeholder", {"name": "Politecnico Torino", "type": "university", "city": "Torino",
                                           "country": "IT"}).record
    first = ops.merge_stakeholders(db, polito.id, dup.id)
    second = ops.merge_stakeholders(db, third.id, polito.id)
    before = register(db, volatile=False)
    with pytest.raises(ops.Ris3Error, match="Undo that merge first") as refused:
        ops.undo_merge(db, first.merge_id)
    # it names the record merged away and the one it went into
    assert "“Politecnico di Torino”" in str(refused.value) and "“Politecnico Torino”" in str(refused.value)
    assert register(db, volatile=False) == before
    # undone newest first, the chain gives everything back where it was
    ops.undo_merge(db, second.merge_id)
    ops.undo_merge(db, first.merge_id)
    _delete(db, third.id)
    assert register(db) == start


def test_undo_refuses_when_the_pic_came_back_with_another_record(db, orgs):
    polito, dup, _, _ = orgs
    merge = ops.merge_stakeholders(db, polito.id, dup.id)  # the kept record keeps its own PIC
    # a re-import creates the merged organisation again under its PIC
    again = ops.create(db, "stakeholder", {"name": "POLITECNICO DI TORINO (CORDIS)", "type": "university",
                                           "city": "Torino", "country": "IT", "pic": "999976882"}).record
    before = register(db, volatile=False)
    with pytest.raises(ops.Ris3Error) as refused:
        ops.undo_merge(db, merge.merge_id)
    message = str(refused.value)
    assert "999976882" in message and "“POLITECNICO DI TORINO (CORDIS)”" in message and "delete it first" in message
    assert "IntegrityError" not in message and "UNIQUE" not in message
    assert register(db, volatile=False) == before
    _delete(db, again.id)  # as the sentence says: then the undo goes through
    ops.undo_merge(db, merge.merge_id)
    assert ops.get(db, "stakeholder", dup.id).pic == "999976882"


def test_undo_refuses_when_the_kept_record_took_the_pic_since(db, orgs):
    polito, dup, _, _ = orgs
    ops.update(db, "stakeholder", polito.id, {"pic": None}, expected_version=polito.version)
    merge = ops.merge_stakeholders(db, polito.id, dup.id, take={"pic": "survivor"})  # stays without a PIC
    kept = ops.get(db, "stakeholder", polito.id)
    ops.update(db, "stakeholder", polito.id, {"pic": "999976882"}, expected_version=kept.version)
    before = register(db, volatile=False)
    with pytest.raises(ops.Ris3Error, match="Clear or change that PIC first"):
        ops.undo_merge(db, merge.merge_id)
    assert register(db, volatile=False) == before


def test_a_pic_taken_by_the_merge_goes_back_with_the_undo(db, orgs):
    """Not a clash: the kept record holds the PIC only because the merge gave it; the undo frees it."""
    polito, dup, _, _ = orgs
    ops.update(db, "stakeholder", polito.id, {"pic": None}, expected_version=polito.version)
    start = register(db)
    merge = ops.merge_stakeholders(db, polito.id, dup.id)  # an empty PIC is filled from the other
    assert ops.get(db, "stakeholder", polito.id).pic == "999976882"
    ops.undo_merge(db, merge.merge_id)
    after = register(db)
    for rows in (start, after):  # the survivor's edited_fields went back as they were
        for r in rows["stakeholders"]:
            r.pop("edited_fields")
    assert after == start


# --- links both records have --------------------------------------------------------------------------

def test_clashing_links_keep_the_stronger_role_a_missing_contribution_and_the_primary_mark(db, orgs):
    polito, dup, metharen, tristan = orgs
    preview = ops.merge_preview(db, polito.id, dup.id)
    # METHAREN and the sector do not move: they are counted apart, with what the kept link takes
    assert (preview.moves["participants"], preview.moves["stakeholder_sectors"], preview.moves["contacts"]) == (1, 0, 1)
    by_relation = {c.relation: c for c in preview.clashes}
    part = by_relation["participants"]
    assert part.target.acronym == "METHAREN" and part.taken == ("role", "contribution")
    assert part.kept == {"role": "coordinator", "contribution": Decimal("500000")}
    assert part.other == {"role": "coordinator", "contribution": Decimal("500000")}
    assert by_relation["stakeholder_sectors"].taken == ("is_primary",)
    result = ops.merge_stakeholders(db, polito.id, dup.id)
    assert {k: v for k, v in preview.moves.items() if v} == result.moved  # the preview counted right
    shared = _participation(db, polito.id, metharen.id)
    assert (shared.role, shared.contribution) == ("coordinator", Decimal("500000"))
    assert _participation(db, polito.id, tristan.id).contribution == Decimal("355250")
    assert [s.is_primary for s in ops.stakeholder_detail(db, polito.id).sectors] == [True]


def test_two_contributions_are_never_added(db, orgs):
    polito, dup, metharen, _ = orgs
    mine = _participation(db, polito.id, metharen.id)
    ops.update(db, "participant", mine.participant_id, {"contribution": Decimal("366375")},
               expected_version=mine.participant_version)
    preview = ops.merge_preview(db, polito.id, dup.id)
    part = next(c for c in preview.clashes if c.relation == "participants")
    assert part.taken == ("role",) and part.kept["contribution"] == Decimal("366375")
    ops.merge_stakeholders(db, polito.id, dup.id)
    shared = _participation(db, polito.id, metharen.id)
    assert (shared.role, shared.contribution) == ("coordinator", Decimal("366375"))


def test_undo_gives_back_what_clashing_links_took_exactly(db, orgs):
    polito, dup, _, _ = orgs
    start = register(db)
    merge = ops.merge_stakeholders(db, polito.id, dup.id)
    ops.undo_merge(db, merge.merge_id)
    assert register(db) == start  # roles, contributions, primary marks, the duplicate's own rows
    with db.read() as s:  # an empty list of hand-edited fields is back as NULL, not as the JSON text null
        assert s.scalar(text("SELECT count(*) FROM stakeholders WHERE edited_fields IS NOT NULL")) == 0


def test_undo_keeps_a_later_edit_of_a_combined_link(db, orgs):
    polito, dup, metharen, _ = orgs
    merge = ops.merge_stakeholders(db, polito.id, dup.id)
    shared = _participation(db, polito.id, metharen.id)
    ops.update(db, "participant", shared.participant_id, {"contribution": Decimal("1234")},
               expected_version=shared.participant_version)
    ops.undo_merge(db, merge.merge_id)
    shared = _participation(db, polito.id, metharen.id)
    assert shared.role == "partner"  # what the merge set goes back
    assert shared.contribution == Decimal("1234")  # what an officer typed since stays
    assert _participation(db, dup.id, metharen.id).contribution == Decimal("500000")


def test_undo_after_the_shared_partnership_was_deleted(db, orgs):
    polito, dup, metharen, tristan = orgs
    merge = ops.merge_stakeholders(db, polito.id, dup.id)
    ops.delete(db, "partnership", metharen.id, expected_version=ops.get(db, "partnership", metharen.id).version)
    ops.undo_merge(db, merge.merge_id)  # the duplicate's METHAREN row went with the partnership: not put back
    assert [p.partnership.id for p in ops.stakeholder_detail(db, dup.id).participations] == [tristan.id]


def test_merges_of_one_kept_record_undone_in_either_order(db, orgs):
    polito, dup, metharen, _ = orgs
    start = register(db)
    third = ops.create(db, "stakeholder", {"name": "Politecnico Torino", "type": "university", "city": "Torino",
                                           "country": "IT"}).record
    ops.create(db, "participant", {"partnership_id": metharen.id, "stakeholder_id": third.id, "role": "observer",
                                   "contribution": Decimal("10")})
    with_third = register(db)
    first = ops.merge_stakeholders(db, polito.id, dup.id)
    second = ops.merge_stakeholders(db, polito.id, third.id)
    ops.undo_merge(db, first.merge_id)  # the older first: each gives back its own
    ops.undo_merge(db, second.merge_id)
    assert register(db) == with_third
    _delete(db, third.id)
    assert register(db) == start
