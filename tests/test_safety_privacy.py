"""Personal data: erasing a contact person leaves no trace of them in the database file, and
contacts not verified for a while are listed for review."""

from __future__ import annotations

from datetime import date

import pytest

from database import ops
from database.errors import NotFoundError
from tests.safety_support import file_bytes

pytest_plugins = ["tests.safety_fixtures"]

NAME = "Quirinella Zabaglioni"
EMAIL = "quirinella.zabaglioni@fondazione-esempio.it"
TRACES = [NAME.encode(), EMAIL.encode(), b"quirinella", b"zabaglioni", b"Quirinella", b"Zabaglioni",
          "Quirinella".encode("utf-16-le")]


def _contact(db):
    org = ops.list_page(db, "stakeholder", limit=1).rows[0]
    rec = ops.create(db, "contact", {"stakeholder_id": org.id, "name": "Q. Zabaglioni", "role": "Direttrice",
                                     "email": "qz@example.org", "phone": "+39 011 555 0101"}).record
    # a few edits, so the history holds the personal values before and after
    rec = ops.update(db, "contact", rec.id, {"name": NAME}, expected_version=rec.version).record
    rec = ops.update(db, "contact", rec.id, {"email": EMAIL, "notes": f"Met {NAME} in Lyon"},
                     expected_version=rec.version).record
    return rec


def test_erasing_a_contact_leaves_no_trace_in_the_file(register):
    path, db = register
    rec = _contact(db)
    assert ops.search(db, "zabaglioni")[0].id == rec.id
    assert any(h.after == EMAIL for h in ops.history(db, rec.id))
    assert any(t in file_bytes(path) for t in TRACES)  # the test can see a trace when there is one

    outcome = ops.erase_contact(db, rec.id)

    assert ("contact", rec.id) in outcome.changes.deleted
    assert outcome.remaining == ()  # nothing else names her (see test_privacy_mentions.py when something does)
    with pytest.raises(NotFoundError):
        ops.get(db, "contact", rec.id)
    assert ops.search(db, "zabaglioni") == [] and ops.search(db, "quirinella") == []
    [log] = ops.history(db, rec.id)
    assert (log.action, log.field, log.before, log.after) == ("erase", None, None, None)
    assert ops.check(db) == []
    raw = file_bytes(path)
    found = [t for t in TRACES if t in raw]
    assert found == [], f"the file still holds {found}"


def test_erasing_with_another_window_reading(register):
    """A reader in another window holds the write-ahead log; the erasure still completes and,
    once the reader lets go, nothing remains."""
    from database.engine import open_database, sqlite_url

    path, db = register
    rec = _contact(db)
    other = open_database(sqlite_url(path))
    assert ops.get(other, "contact", rec.id).name == NAME
    ops.erase_contact(db, rec.id)
    with pytest.raises(NotFoundError):
        ops.get(other, "contact", rec.id)
    other.close()
    from database.ops.privacy import _flush_leftovers

    _flush_leftovers(db)
    assert [t for t in TRACES if t in file_bytes(path)] == []


def test_erasing_on_both_back_ends(db):
    from database import demo

    demo.load(db)
    rec = _contact(db)
    ops.erase_contact(db, rec.id)
    assert ops.search(db, "zabaglioni") == []
    assert [h.action for h in ops.history(db, rec.id)] == ["erase"]
    assert ops.check(db) == []
    with pytest.raises(NotFoundError):
        ops.erase_contact(db, rec.id)


def test_contacts_not_verified_for_months_are_listed_for_review(register):
    _path, db = register
    org = ops.list_page(db, "stakeholder", limit=1).rows[0]
    today = date(2026, 6, 15)
    made = {}
    for name, verified in [("Never Verified", None), ("Old Verified", date(2024, 1, 10)),
                           ("Borderline", date(2025, 6, 14)), ("Fresh", date(2026, 5, 1)),
                           ("Just Inside", date(2025, 6, 15))]:
        made[name] = ops.create(db, "contact", {"stakeholder_id": org.id, "name": name,
                                                "last_verified": verified}).record.id
    names = [c.name for c in ops.contacts_to_review(db, today=today) if c.id in made.values()]
    assert names == ["Never Verified", "Old Verified", "Borderline"]  # 12 months by default
    ops.set_setting(db, "contact_review_months", "24")
    assert ops.review_months(db) == 24
    names = [c.name for c in ops.contacts_to_review(db, today=today) if c.id in made.values()]
    assert names == ["Never Verified", "Old Verified"]
    assert [c.name for c in ops.contacts_to_review(db, months=2, today=today) if c.id in made.values()] == \
        ["Never Verified", "Old Verified", "Borderline", "Just Inside"]
