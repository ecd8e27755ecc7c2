"""Where a contact person is still named outside their own record: the access export lists it
(texts of other records, values kept in their history, merges of duplicates), and an erasure takes
out the person's own e-mail address and phone number from history and merge snapshots and says,
with the same search, where their name remains."""

from __future__ import annotations

import json
from datetime import date

import pytest

from database import ops
from database.export import export_subject_access, find_contact, subject_access
from database.ops.privacy import ERASED, find_mentions
from tests.safety_support import file_bytes

pytest_plugins = ["tests.safety_fixtures"]

NAME = "Ottavia Brambillasca"
EMAIL = "ottavia.brambillasca@ente-esempio.it"
PHONE = "+39 011 987 6543"


def _scene(db):
    """Two organisations (one a duplicate, merged into the other), the person, and texts about them:
    a note edited since (the name stays in the history only), an organisation e-mail address that
    was hers, a follow-up action she owns."""
    keep = ops.create(db, "stakeholder", {"name": "Fondazione Brambilla", "type": "public_body",
                                         "city": "Torino", "country": "IT"}).record
    dup = ops.create(db, "stakeholder", {"name": "FONDAZIONE BRAMBILLA", "type": "public_body",
                                        "city": "Torino", "country": "IT", "email": EMAIL,
                                        "notes": f"Board secretary: {NAME}"}).record
    person = ops.create(db, "contact", {"stakeholder_id": dup.id, "name": NAME, "email": EMAIL, "phone": PHONE,
                                        "role": "Segretaria"}).record
    note = ops.create(db, "interaction", {"date": date(2026, 3, 4), "kind": "meeting", "subject": "Steering",
                                          "notes": f"{NAME} complained about delays; call her on {PHONE}"}).record
    ops.update(db, "interaction", note.id, {"notes": "Complaints about delays"}, expected_version=note.version)
    action = ops.create(db, "action", {"interaction_id": note.id, "text": "Send the minutes",
                                       "owner": NAME}).record
    merge = ops.merge_stakeholders(db, keep.id, dup.id, {"email": "other", "notes": "other"})
    # the organisation's address was hers: changed since, it stays in the organisation's history
    org = ops.get(db, "stakeholder", keep.id)
    ops.update(db, "stakeholder", keep.id, {"email": "info@fondazione-brambilla.it"}, expected_version=org.version)
    return person, note, action, keep, dup, merge


def test_the_access_export_lists_history_and_merges_naming_the_person(db, tmp_path):
    sqlite_db = db  # (on both back ends)
    person, note, action, keep, dup, merge = _scene(sqlite_db)
    data = subject_access(sqlite_db, person.id)

    assert {x["id"] for x in data["mentioned_in"]} == {str(action.id), str(keep.id)}
    past = data["mentioned_in_history"]
    edited = [x for x in past if x["id"] == str(note.id)]
    assert [(x["field"], x["side"], x["action"], x["title"]) for x in edited] == [
        ("notes", "before", "update", "Steering")]
    assert NAME in edited[0]["text"] and edited[0]["at"].endswith("Z")
    # the merge's after (the notes and address taken from the duplicate), the later change of address
    kept = [x for x in past if x["id"] == str(keep.id)]
    assert {(x["action"], x["field"], x["side"]) for x in kept} >= {
        ("merge", "notes", "after"), ("merge", "email", "after"), ("update", "email", "before")}
    merges = data["mentioned_in_merges"]
    assert {x["merge"] for x in merges} == {str(merge.merge_id)}
    assert {x["part"] for x in merges} >= {"merged organisation: notes", "merged organisation: email"}
    assert all(x["organisations"] == "FONDAZIONE BRAMBILLA → Fondazione Brambilla" for x in merges)

    export_subject_access(sqlite_db, person.id, tmp_path / "person.txt")
    body = (tmp_path / "person.txt").read_text(encoding="utf-8")
    assert f"Mentioned in the history of other records ({len(past)} entries)" in body
    assert (f"update of interaction: Steering — notes, before the change: “{NAME} complained about delays; "
            f"call her on {PHONE}”") in body
    assert f"Mentioned in merges of duplicate organisations, kept to undo them ({len(merges)} entries)" in body
    assert f"merge FONDAZIONE BRAMBILLA → Fondazione Brambilla — merged organisation: notes: “Board secretary: {NAME}”" \
        in body
    export_subject_access(sqlite_db, person.id, tmp_path / "person.json")
    written = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert written["mentioned_in_history"] == past and written["mentioned_in_merges"] == merges


def test_a_shared_switchboard_number_names_nobody(sqlite_db):
    org = ops.create(sqlite_db, "stakeholder", {"name": "Ente Centralino", "type": "public_body",
                                               "phone": "+39 011 555 0000"}).record
    a = ops.create(sqlite_db, "contact", {"stakeholder_id": org.id, "name": "Prima Persona",
                                          "phone": "+39 011 555 0000"}).record
    b = ops.create(sqlite_db, "contact", {"stakeholder_id": org.id, "name": "Seconda Persona",
                                          "phone": "+39 011 555 0001"}).record
    call = ops.create(sqlite_db, "interaction", {"date": date(2026, 1, 2), "kind": "call", "subject": "Call",
                                                 "notes": "Rang +39 011 555 0000, then (011) 555-0001"}).record
    assert subject_access(sqlite_db, a.id)["mentioned_in"] == []
    # a number only she has is found however it is written, with or without the country code
    assert subject_access(sqlite_db, b.id)["mentioned_in"] == [
        {"kind": "interaction", "id": str(call.id), "title": "Call",
         "notes": "Rang +39 011 555 0000, then (011) 555-0001"}]


def test_erasure_takes_out_her_address_and_number_and_lists_where_her_name_remains(register):
    path, db = register
    person, note, action, keep, dup, merge = _scene(db)
    with db.read() as session:
        before = find_mentions(session, NAME, EMAIL, PHONE, {person.id})

    outcome = ops.erase_contact(db, person.id)

    assert ("contact", person.id) in outcome.changes.deleted
    raw = file_bytes(path)
    assert EMAIL.encode() not in raw and PHONE.encode() not in raw and b"ottavia.brambillasca" not in raw
    assert outcome.scrubbed >= 3  # the interaction's history, the organisation's history, the merge
    # the officers' own texts are not rewritten: listed, by the same search the access export makes
    assert ops.get(db, "action", action.id).owner == NAME
    remaining = {(x.where, x.kind, x.id, x.field, x.side) for x in outcome.remaining}
    assert ("record", "action", action.id, "owner", None) in remaining
    assert ("record", "stakeholder", keep.id, "notes", None) in remaining
    assert ("history", "interaction", note.id, "notes", "before") in remaining
    assert ("merge", "merge", merge.merge_id, "merged organisation: notes", None) in remaining
    assert all(EMAIL not in x.text and PHONE not in x.text for x in outcome.remaining)
    with db.read() as session:
        assert list(outcome.remaining) == find_mentions(session, NAME, EMAIL, PHONE, set())
    assert len(outcome.remaining) < len(before)  # her address went with the history and merge values
    past = {h.field: h for h in ops.history(db, note.id) if h.field == "notes"}
    assert past["notes"].before == f"{NAME} complained about delays; call her on {ERASED}"
    changed = next(h for h in ops.history(db, keep.id) if h.field == "email")
    assert (changed.before, changed.after) == (ERASED, "info@fondazione-brambilla.it")
    # undoing the merge still works: the duplicate comes back without her address
    ops.undo_merge(db, merge.merge_id)
    back = ops.get(db, "stakeholder", dup.id)
    assert back.email is None and back.notes == f"Board secretary: {NAME}"
    assert ops.check(db) == []


def test_erasure_keeps_a_shared_address_in_other_records_history(register):
    _path, db = register
    org = ops.create(db, "stakeholder", {"name": "Ente Condiviso", "type": "public_body",
                                        "email": "segreteria@ente.it"}).record
    a = ops.create(db, "contact", {"stakeholder_id": org.id, "name": "Persona Uno", "email": "segreteria@ente.it"}
                   ).record
    org = ops.update(db, "stakeholder", org.id, {"email": "info@ente.it"}, expected_version=org.version).record
    ops.update(db, "stakeholder", org.id, {"email": "segreteria@ente.it"}, expected_version=org.version)
    outcome = ops.erase_contact(db, a.id)
    assert outcome.scrubbed == 0
    assert {h.before for h in ops.history(db, org.id) if h.field == "email"} == {"segreteria@ente.it", "info@ente.it"}
    assert ("record", "stakeholder", org.id, "email") in {(x.where, x.kind, x.id, x.field) for x in outcome.remaining}


def test_a_person_never_in_the_register_is_said_so_with_close_names(sqlite_db):
    org = ops.create(sqlite_db, "stakeholder", {"name": "Ente", "type": "public_body"}).record
    for name, email in [("Giulia Verdi", "giulia.verdi@example.org"), ("Giulio Verdini", "gv@example.org"),
                        ("Mario Rossi", "mario.rossi@example.org")]:
        ops.create(sqlite_db, "contact", {"stakeholder_id": org.id, "name": name, "email": email})

    with pytest.raises(ops.NotFoundError) as missing:
        find_contact(sqlite_db, "maria.bianchi@example.org")
    assert str(missing.value) == "No contact person matches “maria.bianchi@example.org”."
    with pytest.raises(ops.NotFoundError) as close:
        find_contact(sqlite_db, "Giula Verdi")
    assert str(close.value) == "No contact person matches “Giula Verdi”. Did you mean Giulia Verdi, Giulio Verdini?"
    assert close.value.args[0].template.context == "export"
    with pytest.raises(ops.NotFoundError, match="Did you mean Mario Rossi?"):
        find_contact(sqlite_db, "mario.rossi@example.com")
    with pytest.raises(ops.NotFoundError, match="Did you mean Giulia Verdi, Giulio Verdini?"):
        find_contact(sqlite_db, "verdi")
    with pytest.raises(ops.NotFoundError, match="^Give the contact person's name, e-mail address or id.$"):
        find_contact(sqlite_db, "  ")
    with pytest.raises(ops.NotFoundError, match="No contact person matches “00000000-0000-0000-0000-000000000000”"):
        find_contact(sqlite_db, "00000000-0000-0000-0000-000000000000")
    assert "no longer exists" not in str(missing.value)
