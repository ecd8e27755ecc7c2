"""A sector or a region never comes under itself: the operations layer refuses it as its own
parent or a parent below it (whatever path the write takes), the form says so under the field,
and the integrity check reports a loop stored before (by an old version, a raw import)."""

from __future__ import annotations

import sqlite3

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import choose_in_picker, open_record, wait_idle, wait_until

OWN_SECTOR = "A sector cannot be its own parent."
SECTOR_BELOW = "The parent chosen is one of this sector's own sub-sectors: a sector cannot come under itself."
OWN_REGION = "A region cannot be its own parent region."
REGION_BELOW = "The parent region chosen lies within this region: a region cannot lie within itself."


def _problem(exc_info) -> tuple[str, str]:
    (problem,) = exc_info.value.problems
    return problem.field, problem.message


def _sector(db, code):
    from database import ops

    return ops.find_by(db, "sector", code=code)[0]


# --- the operations layer ----------------------------------------------------------------------

def test_a_sector_cannot_be_its_own_parent(gui_db):
    from database import ops

    auto = _sector(gui_db, "AUTO")
    with pytest.raises(ops.ValidationError) as refused:
        ops.update(gui_db, "sector", auto.id, {"parent_id": auto.id}, expected_version=auto.version)
    assert _problem(refused) == ("parent_id", OWN_SECTOR)
    with pytest.raises(ops.ValidationError) as refused:  # the window's way: a batch
        ops.write_batch(gui_db, [ops.Update("sector", auto.id, {"parent_id": auto.id},
                                            expected_version=auto.version)])
    assert _problem(refused) == ("parent_id", OWN_SECTOR)
    now = ops.get(gui_db, "sector", auto.id)
    assert now.parent_id is None and now.version == auto.version  # nothing was written


def test_a_sector_cannot_come_under_its_own_sub_sector(gui_db):
    from database import ops

    auto, ev = _sector(gui_db, "AUTO"), _sector(gui_db, "AUTO.EV")
    assert ev.parent_id == auto.id
    with pytest.raises(ops.ValidationError) as refused:
        ops.update(gui_db, "sector", auto.id, {"parent_id": ev.id}, expected_version=None)
    assert _problem(refused) == ("parent_id", SECTOR_BELOW)
    # two levels down: AUTO > AUTO.EV > a new trajectory; AUTO under the trajectory is a loop too
    deeper = ops.create(gui_db, "sector", {"code": "AUTO.EV.BAT", "name_it": "Batterie", "name_en": "Batteries",
                                           "kind": "trajectory", "parent_id": ev.id}).record
    with pytest.raises(ops.ValidationError) as refused:
        ops.write_batch(gui_db, [ops.Update("sector", auto.id, {"parent_id": deeper.id})])
    assert _problem(refused) == ("parent_id", SECTOR_BELOW)
    assert ops.get(gui_db, "sector", auto.id).parent_id is None
    # a parent elsewhere in the tree, and moving a sub-sector, are fine
    aero = _sector(gui_db, "AERO")
    ops.update(gui_db, "sector", deeper.id, {"parent_id": aero.id}, expected_version=None)
    ops.update(gui_db, "sector", auto.id, {"parent_id": deeper.id}, expected_version=None)
    assert ops.get(gui_db, "sector", auto.id).parent_id == deeper.id
    # a new sector naming itself as its parent (a batch gives ids in advance)
    import uuid

    new_id = uuid.uuid4()
    with pytest.raises(ops.ValidationError):
        ops.write_batch(gui_db, [ops.Create("sector", {"code": "SELF", "name_it": "x", "name_en": "x",
                                                       "parent_id": new_id}, id=new_id)])


def test_regions_are_checked_the_same_way(gui_db):
    from database import ops

    itc1 = ops.region_by_code(gui_db, "ITC1")  # Piemonte, in ITC (Nord-Ovest), in IT
    itc = ops.get(gui_db, "region", itc1.parent_id)
    with pytest.raises(ops.ValidationError) as refused:
        ops.update(gui_db, "region", itc1.id, {"parent_id": itc1.id}, expected_version=None)
    assert _problem(refused) == ("parent_id", OWN_REGION)
    with pytest.raises(ops.ValidationError) as refused:
        ops.update(gui_db, "region", itc.id, {"parent_id": itc1.id}, expected_version=None)
    assert _problem(refused) == ("parent_id", REGION_BELOW)
    country = ops.get(gui_db, "region", itc.parent_id)
    ito = next(r for r in ops.all_of(gui_db, "region") if r.parent_id == itc1.id)  # a province of Piemonte
    with pytest.raises(ops.ValidationError) as refused:  # the country under one of its provinces
        ops.update(gui_db, "region", country.id, {"parent_id": ito.id}, expected_version=None)
    assert _problem(refused) == ("parent_id", REGION_BELOW)


def _plant_loops(path) -> None:
    """Loops as an old version (or a raw SQL import) could have stored them."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE sectors SET parent_id = id WHERE code = 'AUTO'")
        conn.execute("UPDATE sectors SET parent_id = (SELECT id FROM sectors WHERE code = 'AERO.SPACE') "
                     "WHERE code = 'AERO'")
        conn.execute("UPDATE regions SET parent_id = id WHERE code = 'ITC'")
    conn.close()


def test_the_check_reports_sectors_and_regions_that_come_under_themselves(gui_url):
    from database import integrity, ops

    db = ops.open_database(gui_url)
    try:
        assert not [f for f in integrity.check_register(db) if f.code == "parent-loop"]  # the demo is healthy
        _plant_loops(gui_url.removeprefix("sqlite:///"))
        loops = {f.template: f for f in ops.check(db) if f.code == "parent-loop"}
        sectors = loops[integrity.SECTOR_LOOP[1]]
        assert sectors.count == 3 and sectors.params["codes"] == "AERO, AERO.SPACE, AUTO"
        assert sectors.message == ("3 sectors are their own parent, or come under themselves further up "
                                   "(AERO, AERO.SPACE, AUTO); choose another parent for them.")
        regions = loops[integrity.REGION_LOOP[0]]
        assert regions.count == 1 and regions.params["codes"] == "ITC"
        # a record stored in a loop can still be edited otherwise, and its loop mended
        auto = _sector(db, "AUTO")
        ops.update(db, "sector", auto.id, {"name_en": "Automotive industry"}, expected_version=None)
        ops.update(db, "sector", auto.id, {"parent_id": None}, expected_version=None)
        aero = _sector(db, "AERO")
        ops.update(db, "sector", aero.id, {"parent_id": None}, expected_version=None)
        itc = ops.region_by_code(db, "ITC")
        ops.update(db, "region", itc.id, {"parent_id": ops.region_by_code(db, "IT").id}, expected_version=None)
        assert not [f for f in integrity.check_register(db) if f.code == "parent-loop"]
    finally:
        db.close()


def test_loops_are_found_however_they_run():
    from database.integrity import in_loops

    assert in_loops({}) == set()
    assert in_loops({1: None, 2: 1, 3: 2}) == set()
    assert in_loops({1: 1}) == {1}
    assert in_loops({1: 2, 2: 3, 3: 1, 4: 1, 5: 4}) == {1, 2, 3}  # 4 and 5 hang below the loop
    assert in_loops({1: 2, 2: 1, 3: 3, 4: 5}) == {1, 2, 3}  # 5 is not stored: the walk ends


# --- the window ---------------------------------------------------------------------------------

def test_the_form_says_so_under_parent_and_saves_nothing(window, qtbot):
    from database import ops
    from desktop_app.gui.records_ui import record_label

    auto = open_record(window, "sector", code="AUTO")
    ev = _sector(window.db, "AUTO.EV")
    window.edit_record("sector", auto.id)
    wait_idle(window)
    page = window.lists["sector"]
    form = page.editor.form
    picker = form.editors["parent_id"].widget
    # itself: said as soon as it is chosen, and Ctrl+S does not save
    choose_in_picker(window, qtbot, picker, "Automot", record_label("sector", auto))
    wait_until(lambda: form.problem_for("parent_id") == OWN_SECTOR)
    assert picker.property("invalid") is True
    window.save_current_editor()
    wait_idle(window)
    assert page.editor is not None and ops.get(window.db, "sector", auto.id).parent_id is None
    # one of its sub-sectors: the register refuses it on saving, and the form says why
    choose_in_picker(window, qtbot, picker, "Electric", record_label("sector", ev))
    wait_until(lambda: form.problem_for("parent_id") == "")
    window.save_current_editor()
    wait_idle(window)
    wait_until(lambda: form.problem_for("parent_id") == SECTOR_BELOW)
    assert page.editor is not None and ops.get(window.db, "sector", auto.id).parent_id is None
    assert not window.undo_stack.count()
