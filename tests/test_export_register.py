"""Exports: the whole register to JSON and back (exactly, on SQLite and PostgreSQL), lists to
CSV and Excel, and everything about one person."""

from __future__ import annotations

import csv
import json
import os
from datetime import date

import pytest
from sqlalchemy import select

from database import demo, ops
from database import models as m
from database.engine import open_database
from database.export import (
    ExportError,
    export_json,
    export_list,
    export_subject_access,
    find_contact,
    import_json,
    subject_access,
)
from database.imports import import_cordis


def table_rows(db) -> dict[str, list[dict]]:
    with db.read() as s:
        return {t.name: [dict(r) for r in s.execute(select(t).order_by(*t.primary_key.columns)).mappings()]
                for t in m.Base.metadata.sorted_tables}


@pytest.fixture
def empty_twin(db, request, tmp_path):
    """A second, new register on the same back end as ``db``."""
    if db.is_sqlite:
        twin = open_database(f"sqlite:///{tmp_path / 'twin.db'}")
    else:
        import psycopg

        server = request.getfixturevalue("postgres_server")
        name = f"twin{os.getpid()}_{abs(hash(str(tmp_path))) % 10**8}"
        with psycopg.connect(server.replace("postgresql+psycopg://", "postgresql://") + "/postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        twin = open_database(f"{server}/{name}")
    yield twin
    twin.close()


def fill(db, shared_data) -> None:
    """A register with a bit of everything: demo data, a CORDIS import, hand edits, links."""
    demo.load(db)
    import_cordis(db, shared_data / "cordis/he_organization_piemonte_only.csv")
    [polito] = ops.find_by(db, "stakeholder", pic="999977754")
    ops.update(db, "stakeholder", polito.id, {"notes": "Strategic partner; notes with “quotes” and ünïcode"},
               expected_version=polito.version)
    ops.create(db, "saved_search", {"name": "SMEs in Torino", "kind": "stakeholder", "query": "torino",
                                    "filters": {"type": ["sme"]}})


def test_json_round_trip_is_exact(db, empty_twin, shared_data, tmp_path):
    fill(db, shared_data)
    path = tmp_path / "register.json"
    counts = export_json(db, path)
    assert counts["stakeholders"] == ops.stats(db)["stakeholders"] and counts["history"] > 0
    head = json.loads(path.read_text(encoding="utf-8"))  # one valid JSON document
    assert head["format"] == "ris3desk-register" and head["counts"] == counts
    loaded = import_json(empty_twin, path)
    assert loaded == counts
    assert table_rows(empty_twin) == table_rows(db)  # ids, versions, timestamps, links: all the same
    hits = ops.search(empty_twin, "politecnico torino", kinds=["stakeholder"])
    assert hits and ops.get(empty_twin, "stakeholder", hits[0].id).notes.startswith("Strategic partner")
    # and it refuses to load into a register that has data of its own
    with pytest.raises(ExportError, match="already holds data") as refused:
        import_json(empty_twin, path)
    # in plain words, with the count's own number
    n = ops.count(empty_twin, "stakeholder")
    assert f"{n} organisations" in str(refused.value) and "stakeholder_kets" not in str(refused.value)
    from database.export import rows_in_words

    assert [rows_in_words(t, c) for t, c in [("stakeholder_kets", 1), ("stakeholder_kets", 2), ("pack_presets", 1)]] == [
        "1 link from an organisation to a KET", "2 links from organisations to KETs", "1 pack preset"]


def test_json_reindented_by_a_tool_still_loads(sqlite_db, tmp_path):
    demo.load(sqlite_db)
    path = tmp_path / "register.json"
    export_json(sqlite_db, path)
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8")), indent=2), encoding="utf-8")
    twin = open_database(f"sqlite:///{tmp_path / 'twin.db'}")
    import_json(twin, pretty)
    assert table_rows(twin) == table_rows(sqlite_db)


def test_json_of_the_schema_before_still_loads_and_a_newer_one_is_refused(sqlite_db, tmp_path):
    from database.engine import SCHEMA_HEAD

    demo.load(sqlite_db)
    path = tmp_path / "register.json"
    export_json(sqlite_db, path)
    text = path.read_text(encoding="utf-8")
    assert f'"schema": "{SCHEMA_HEAD}"' in text
    older = tmp_path / "older.json"  # written before 0003 made some fields longer: the same rows
    older.write_text(text.replace(f'"schema": "{SCHEMA_HEAD}"', '"schema": "0002"', 1), encoding="utf-8")
    twin = open_database(f"sqlite:///{tmp_path / 'twin.db'}")
    import_json(twin, older)
    assert table_rows(twin) == table_rows(sqlite_db)
    newer = tmp_path / "newer.json"
    newer.write_text(text.replace(f'"schema": "{SCHEMA_HEAD}"', '"schema": "9999"', 1), encoding="utf-8")
    with pytest.raises(ExportError, match="schema 9999"):
        import_json(open_database(f"sqlite:///{tmp_path / 'third.db'}"), newer)


def test_json_damaged_changes_nothing(sqlite_db, tmp_path):
    demo.load(sqlite_db)
    path = tmp_path / "register.json"
    export_json(sqlite_db, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    cut = tmp_path / "cut.json"
    cut.write_text("\n".join(lines[: len(lines) // 2] + [lines[len(lines) // 2][:40]]), encoding="utf-8")
    twin = open_database(f"sqlite:///{tmp_path / 'twin.db'}")
    before = table_rows(twin)
    with pytest.raises(ExportError, match="damaged"):
        import_json(twin, cut)
    assert table_rows(twin) == before
    # cut at the end of a line, or with a row taken out: each line reads, but the whole is not there
    whole = cut.with_name("whole-lines.json")
    whole.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    first_row = next(n for n, line in enumerate(lines) if line.startswith('"participants"')) + 1
    fewer = cut.with_name("fewer.json")
    fewer.write_text("\n".join(lines[:first_row] + lines[first_row + 1:]) + "\n", encoding="utf-8")
    for damaged, why in [(whole, "cut short"), (fewer, "63 participations where it announces 64")]:
        with pytest.raises(ExportError, match=why):
            import_json(twin, damaged)
        assert table_rows(twin) == before
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(ExportError, match="not a RIS3 Desk register export"):
        import_json(twin, other)


def test_lists_to_csv_and_xlsx(sqlite_db, tmp_path):
    from openpyxl import load_workbook

    demo.load(sqlite_db)
    n = export_list(sqlite_db, "stakeholder", tmp_path / "sme.csv", filters={"type": "sme"}, sort="name")
    with (tmp_path / "sme.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n == len(rows) == ops.count(sqlite_db, "stakeholder", {"type": "sme"})
    assert {r["Type"] for r in rows} == {"SME"} and [r["Name"] for r in rows] == sorted((r["Name"] for r in rows), key=str.lower)
    assert any("(ITC11)" in r["NUTS region"] for r in rows)
    picked = ops.list_ids(sqlite_db, "partnership")[:3]
    export_list(sqlite_db, "partnership", tmp_path / "three.xlsx", ids=picked)
    ws = load_workbook(tmp_path / "three.xlsx").active
    values = list(ws.values)
    assert values[0][0] == "Title" and len(values) == 4
    assert [v[0] for v in values[1:]] == [ops.get(sqlite_db, "partnership", i).title for i in picked]
    budgets = [v[values[0].index("Total budget (EUR)")] for v in values[1:]]
    assert any(b is not None for b in budgets) and all(b is None or isinstance(b, int | float) for b in budgets)  # numbers, not text, in Excel
    column = values[0].index("Total budget (EUR)") + 1
    assert {ws.cell(r, column).number_format for r in range(2, 5) if ws.cell(r, column).value is not None} == {
        "#,##0.00"}  # shown with cents and thousands grouped
    assert ws.auto_filter.ref == ws.dimensions == f"A1:{ws.cell(4, ws.max_column).column_letter}4"  # a filter on each heading
    # for outside readers: no personal data, no internal notes
    export_list(sqlite_db, "contact", tmp_path / "contacts.csv", external=True)
    header = (tmp_path / "contacts.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Name" not in header and "E-mail" not in header and "Organisation" in header
    with pytest.raises(ExportError, match=".csv or .xlsx"):
        export_list(sqlite_db, "contact", tmp_path / "contacts.pdf")


def test_every_list_exports_and_formulas_stay_text(sqlite_db, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.cli.cmd_export import LIST_KINDS

    demo.load(sqlite_db)
    for kind in LIST_KINDS:
        assert export_list(sqlite_db, kind, tmp_path / f"{kind}.csv") == ops.count(sqlite_db, kind)
    header = (tmp_path / "participant.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Partnership,Organisation,Role")  # what they point to, not "Stakeholder id"
    # a value a spreadsheet would run as a formula is written as text, and reads back as it was
    evil = {"=HYPERLINK(\"http://evil.example\",\"click\")": "name", "+cmd|' /C calc'!A0": "notes",
            "@SUM(1)": "description"}
    org = ops.create(sqlite_db, "stakeholder", {"type": "sme", "phone": "+39 011 000 0000",
                                                **{f: v for v, f in evil.items()}}).record
    export_list(sqlite_db, "stakeholder", tmp_path / "orgs.csv", ids=[org.id])
    export_list(sqlite_db, "stakeholder", tmp_path / "orgs.xlsx", ids=[org.id])
    with (tmp_path / "orgs.csv").open(encoding="utf-8-sig", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert (row["Name"], row["Internal notes"], row["Description"], row["Phone"]) == (
        "'=HYPERLINK(\"http://evil.example\",\"click\")", "'+cmd|' /C calc'!A0", "'@SUM(1)", "+39 011 000 0000")
    ws = load_workbook(tmp_path / "orgs.xlsx").active
    assert {c.data_type for c in ws[2] if c.value is not None} == {"s"}  # no formula cell
    from database.imports import import_spreadsheet

    for name in ("orgs.csv", "orgs.xlsx"):
        twin = open_database(f"sqlite:///{tmp_path / (name + '.db')}")
        import_spreadsheet(twin, tmp_path / name, "stakeholder")
        [back] = ops.list_page(twin, "stakeholder").rows
        assert (back.name, back.notes, back.description, back.phone) == (
            org.name, org.notes, org.description, org.phone), name


def test_everything_about_one_person(sqlite_db, tmp_path):
    demo.load(sqlite_db)
    contact = ops.list_page(sqlite_db, "contact", limit=1).rows[0]
    ops.update(sqlite_db, "contact", contact.id, {"role": "Head of research office"},
               expected_version=contact.version)
    meeting = ops.create(sqlite_db, "interaction", {"date": date(2025, 3, 3), "kind": "meeting",
                                                    "subject": "Visit to Lyon",
                                                    "notes": f"{contact.name} will send the draft agreement."}).record
    assert find_contact(sqlite_db, contact.email) == contact.id == find_contact(sqlite_db, contact.name.upper())
    data = subject_access(sqlite_db, contact.id)
    assert data["person"]["Name"] == contact.name and data["person"]["Role"] == "Head of research office"
    assert data["organisation"]["id"] == str(contact.stakeholder_id)
    assert [h["action"] for h in data["history"]] == ["update", "create"]
    assert data["history"][0]["after"] == "Head of research office"
    assert [x["id"] for x in data["mentioned_in"]] == [str(meeting.id)]
    text = export_subject_access(sqlite_db, contact.id, tmp_path / "person.txt")
    body = (tmp_path / "person.txt").read_text(encoding="utf-8")
    assert contact.name in body and "Visit to Lyon" in body and text["register"] in body
    # read by the person: what changed, when (UTC, to the minute), from what to what; counts in words
    assert "History (2 entries)" in body and "Mentioned in (1 record)" in body
    changed = next(line for line in body.splitlines() if " update" in line)
    assert changed.endswith(f" — Role: “{contact.role or ''}” → “Head of research office”")
    assert changed.startswith(f"  {data['history'][0]['at'][:10]} ") and " UTC  update" in changed
    assert data["person"]["Record created"].endswith("Z") and "." not in data["person"]["Record created"]
    export_subject_access(sqlite_db, contact.id, tmp_path / "person.json")
    assert json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))["person"]["E-mail"] == contact.email
    assert "Mentioned in the history of other records (0 entries)" in body
    # someone never in the register: said so plainly (not "no longer exists"), with close names if any
    with pytest.raises(ops.NotFoundError, match="^No contact person matches “nobody@example.org”.$"):
        find_contact(sqlite_db, "nobody@example.org")
    with pytest.raises(ops.NotFoundError, match=f"Did you mean {contact.name}"):
        find_contact(sqlite_db, contact.name[:-1])
    # a name with an accented capital is found and its mentions too, whatever their case and accents
    elodie = ops.create(sqlite_db, "contact", {"stakeholder_id": contact.stakeholder_id, "name": "Élodie Durand",
                                               "email": "elodie@example.org"}).record
    note = ops.create(sqlite_db, "interaction", {"date": date(2025, 4, 4), "kind": "meeting", "subject": "Lyon",
                                                 "notes": "Met ÉLODIE Durand in Lyon."}).record
    assert find_contact(sqlite_db, "élodie durand") == find_contact(sqlite_db, "ELODIE DURAND") == elodie.id
    assert [x["id"] for x in subject_access(sqlite_db, elodie.id)["mentioned_in"]] == [str(note.id)]
    with pytest.raises(ops.NotFoundError):
        find_contact(sqlite_db, " ")
