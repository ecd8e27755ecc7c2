"""Spreadsheet imports: any delimiter and encoding, Excel, the column mapping (guessed in Italian
and English, given, remembered), and the same rules as CORDIS."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal

import pytest

from database import ops
from database.imports import import_cordis, import_spreadsheet, preview
from database.imports.columns import guess, setting_key

ORGS = [
    ["Ragione sociale", "Città", "P.IVA", "Tipologia", "Sito web", "Email", "Telefono", "Note"],
    ["Politecnico di Torino", "Torino", "IT00518460019", "Università", "www.polito.it", "info@polito.it",
     "+39 011 090 6254", "partner storico"],
    ["Acme Robotica S.r.l.", "Grugliasco To", "IT12345678901", "PMI", "", "info@acme.example", "011 123456", ""],
    ["Bad Mail srl", "Alba", "", "PMI", "", "not-an-email", "", ""],
    ["", "Torino", "", "", "", "", "", "senza nome"],
    ["Nuova Impresa", "Cuneo", "", "Cooperativa sociale", "", "", "", ""],
    ["Acme Robotica S.r.l.", "Grugliasco", "IT12345678901", "PMI", "", "", "", "doppione"],
    ["Città della Salute", "Torino", "", "", "", "", "", ""],
]


def write_csv(path, rows, delimiter=";", encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path, rows, sheet="Foglio1"):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append([v if v != "" else None for v in r])
    wb.save(path)
    return path


@pytest.mark.parametrize("delimiter,encoding", [(";", "latin-1"), (",", "utf-8-sig"), ("\t", "utf-16"),
                                                ("|", "cp1252")])
def test_any_delimiter_and_encoding(sqlite_db, tmp_path, delimiter, encoding):
    path = write_csv(tmp_path / "enti.csv", ORGS, delimiter, encoding)
    report = import_spreadsheet(sqlite_db, path, "stakeholder")
    assert report.counts["stakeholder"].new == 3
    assert report.rows_rejected == 4
    by_name = {s.name: s for s in ops.list_page(sqlite_db, "stakeholder").rows}
    assert set(by_name) == {"Politecnico di Torino", "Acme Robotica S.r.l.", "Città della Salute"}
    polito = by_name["Politecnico di Torino"]
    assert (polito.type, polito.website, polito.notes) == ("university", "http://www.polito.it", "partner storico")
    acme = by_name["Acme Robotica S.r.l."]
    assert (acme.type, acme.city, acme.province, acme.country) == ("sme", "Grugliasco", "TO", "IT")
    assert ops.get(sqlite_db, "region", acme.region_id).code == "ITC11"
    assert by_name["Città della Salute"].type == "other"  # no type given: other


def test_italian_cities_beyond_the_istat_list_are_written_one_way(sqlite_db, tmp_path):
    path = write_csv(tmp_path / "enti.csv", [["Ragione sociale", "Città", "Paese"], ["Bicocca", "MILANO MI", "IT"],
                                             ["Sapienza", "Rome", "IT"], ["TU Wien", "WIEN", "AT"]])
    import_spreadsheet(sqlite_db, path, "stakeholder")
    by_name = {s.name: s for s in ops.list_page(sqlite_db, "stakeholder").rows}
    assert (by_name["Bicocca"].city, by_name["Bicocca"].province) == ("Milano", "MI")
    assert (by_name["Sapienza"].city, by_name["Sapienza"].province) == ("Roma", None)
    assert by_name["TU Wien"].city == "WIEN"  # outside Italy: as written


def test_rejects_name_every_problem(sqlite_db, tmp_path):
    path = write_csv(tmp_path / "enti.csv", ORGS)
    report = import_spreadsheet(sqlite_db, path, "stakeholder")
    reasons = {r.line: r.reason for r in report.rejects}
    assert "E-mail is not an e-mail address" in reasons[4] and "Column Email:" in reasons[4]
    assert reasons[5] == "Name is empty."
    assert "Type “Cooperativa sociale” is not one of" in reasons[6]
    assert reasons[7] == "this row is the same organisation as line 3 (same VAT number)"
    out = tmp_path / "rejects.csv"
    report.write_rejects(out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["rejected_because", *ORGS[0]]
    assert [r[1:] for r in rows[1:]] == [ORGS[3], ORGS[4], ORGS[5], ORGS[6]]


def test_a_huge_cell_rejects_its_row_only_and_rows_are_known_by_their_first_line(sqlite_db, tmp_path):
    """A 300,000-character note (beyond the csv module's own limit) is one rejected row, not an
    unreadable file; a quoted value over several lines puts its row at the line it starts on."""
    rows = [["Ragione sociale", "Città", "Note"], ["Acme", "Torino", "x" * 300_000],
            ["", "Alba", "no name, and a note of\nthree\nlines"], ["Multi", "Bra", "first line\nsecond line"],
            ["Beta", "Cuneo", "ok"]]
    path = write_csv(tmp_path / "enti.csv", rows)
    report = import_spreadsheet(sqlite_db, path, "stakeholder")
    reasons = {r.line: r.reason for r in report.rejects}
    assert reasons == {2: "Column Note: Internal notes is too long: 300000 characters where at most 100000 fit.",
                       3: "Name is empty."}
    assert {s.name for s in ops.list_page(sqlite_db, "stakeholder", limit=500).rows} >= {"Multi", "Beta"}


def test_a_quotation_mark_never_closed_is_a_clear_error(sqlite_db, tmp_path, monkeypatch):
    """A value running on past the longest cell read (a quotation mark never closed swallows the
    rest of the file) is refused, naming the line it starts on; nothing is written."""
    import csv as csv_module

    from database.imports import rows as rows_module
    from database.imports.rows import UnreadableFileError

    path = tmp_path / "enti.csv"
    path.write_text("Ragione sociale;Città;Note\nAcme;Torino;ok\nBeta;Alba;\"never closed\n"
                    + "".join(f"Org {i};Torino;text\n" for i in range(200)), encoding="utf-8")
    before = ops.stats(sqlite_db)
    monkeypatch.setattr(rows_module, "CELL_LIMIT", 1000)
    limit = csv_module.field_size_limit(1000)
    try:
        with pytest.raises(UnreadableFileError) as raised:
            import_spreadsheet(sqlite_db, path, "stakeholder")
    finally:
        csv_module.field_size_limit(limit)
    assert str(raised.value) == ("enti.csv: line 3: a value runs on for more than 1000 characters — most likely a "
                                 "quotation mark that is never closed. Check that line in a text editor.")
    assert ops.stats(sqlite_db) == before


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_in_another_encoding_far_into_the_file_names_its_line(sqlite_db, tmp_path, newline):
    """A file read as UTF-8 (its first 256 KiB are plain ASCII) that holds Latin-1 further on is
    refused, naming the very line — not the line the csv reader had got to — whatever ends its
    lines (Excel's "CSV (Macintosh)" ends them with a carriage return alone)."""
    from database.imports.rows import UnreadableFileError

    path = tmp_path / "enti.csv"
    end = newline.encode()
    path.write_bytes(b"name;city" + end + (b"Acme;Torino" + end) * 30_000 + "Città;Forlì".encode("latin-1") + end
                     + b"Beta;Bra" + end)
    with pytest.raises(UnreadableFileError) as raised:
        import_spreadsheet(sqlite_db, path, "stakeholder")
    assert str(raised.value) == ("enti.csv: line 30002 is not valid utf-8 text (invalid continuation byte); save the "
                                 "file as UTF-8 and try again.")


def test_a_quotation_mark_never_closed_a_few_rows_from_the_end_loses_nothing_silently(sqlite_db, tmp_path):
    """A stray quotation mark would take every row after it into one value, up to the end of the
    file or the next stray one; the file is refused, naming the line, rather than imported short.
    A long text over several lines, properly quoted (with quotation marks doubled), is read."""
    from database.imports.rows import UnreadableFileError

    head = "Ragione sociale;Città;Note\nAcme;Torino;\"a note, over\nthree lines;\nwith \"\"quotes\"\"\"\n"
    path = tmp_path / "enti.csv"
    path.write_text(head + "Beta;Alba;ok\n", encoding="utf-8")
    assert import_spreadsheet(sqlite_db, path, "stakeholder", dry_run=True).counts["stakeholder"].new == 2
    for tail in ["Gamma;Bra;\"never closed\n" + "".join(f"Org {i};Torino;text\n" for i in range(40)),
                 "Gamma;Bra;\"opened\nDelta;Alba;text\nEpsilon;Asti;\"closed\" by mistake\nZeta;Ivrea;ok\n"]:
        path.write_text(head + tail, encoding="utf-8")
        with pytest.raises(UnreadableFileError, match=r"enti.csv: line 5: a quoted value runs on over \d+ lines"):
            import_spreadsheet(sqlite_db, path, "stakeholder")
    assert ops.count(sqlite_db, "stakeholder") == 0


def test_a_sheet_without_countries_finds_organisations_by_name_and_city(sqlite_db, tmp_path):
    """Matching by name and city: a sheet with no country column still finds the organisation,
    whether the register writes its city the same way or by the city's own name."""
    old = ops.create(sqlite_db, "stakeholder", {"name": "Politechnika Warszawska", "type": "university",
                                                "city": "Warszawa", "country": "PL"}).record
    same = ops.create(sqlite_db, "stakeholder", {"name": "Warsaw Tech Hub", "type": "other", "city": "Warsaw",
                                                 "country": "PL"}).record
    path = write_csv(tmp_path / "enti.csv", [["Ragione sociale", "Città", "Sito web"],
                                             ["Politechnika Warszawska", "Warsaw", "https://www.pw.edu.pl"],
                                             ["Warsaw Tech Hub", "Warsaw", "https://hub.example.org"]])
    report = import_spreadsheet(sqlite_db, path, "stakeholder")
    assert (report.counts["stakeholder"].new, report.counts["stakeholder"].updated) == (0, 2)
    assert ops.get(sqlite_db, "stakeholder", old.id).website == "https://www.pw.edu.pl"
    assert ops.get(sqlite_db, "stakeholder", same.id).website == "https://hub.example.org"


def test_reimport_changes_nothing_then_newer_file_updates(sqlite_db, tmp_path):
    path = write_csv(tmp_path / "enti.csv", ORGS)
    import_spreadsheet(sqlite_db, path, "stakeholder")
    again = import_spreadsheet(sqlite_db, path, "stakeholder")
    assert not again.changed_anything and again.counts["stakeholder"].unchanged == 3
    [acme] = ops.find_by(sqlite_db, "stakeholder", name="Acme Robotica S.r.l.")
    ops.update(sqlite_db, "stakeholder", acme.id, {"phone": "+39 011 999 9999"}, expected_version=acme.version)
    rows = [list(r) for r in ORGS]
    rows[2][6], rows[2][4] = "011 7654321", "https://acme.example"  # new phone (edited by hand) and website
    newer = import_spreadsheet(sqlite_db, write_csv(tmp_path / "enti-2.csv", rows), "stakeholder")
    assert newer.counts["stakeholder"].updated == 1 and newer.counts["stakeholder"].kept == 1
    now = ops.get(sqlite_db, "stakeholder", acme.id)
    assert now.phone == "+39 011 999 9999" and now.website == "https://acme.example"
    # a city kept by hand keeps its own province and region: the file's other city changes none
    ops.update(sqlite_db, "stakeholder", acme.id, {"city": "Moncalieri"}, expected_version=now.version)
    rows[2][1] = "Cuneo"
    import_spreadsheet(sqlite_db, write_csv(tmp_path / "enti-3.csv", rows), "stakeholder")
    moved = ops.get(sqlite_db, "stakeholder", acme.id)
    assert (moved.city, moved.province, moved.municipality_id, moved.region_id) == (
        "Moncalieri", now.province, now.municipality_id, now.region_id) and now.province == "TO"


def test_xlsx_with_dates_and_amounts(sqlite_db, tmp_path):
    rows = [["Titolo", "Acronimo", "Programma", "Data inizio", "Data fine", "Budget totale", "Contributo UE", "Stato",
             "Schema"],
            ["Alpine hydrogen valleys", "AlpH2", "Interreg Alpine Space", date(2024, 1, 1), date(2026, 12, 31),
             1250000.5, "1.000.000,40", "in corso", "Interreg"],
            ["Bad dates", "BAD", "", "31/02/2024", "", "", "", "", ""],
            ["Ends before it starts", "BACK", "", "2025-01-01", "2024-01-01", "", "", "", ""],
            ["Over budget", "OVER", "", "", "", "100", "200", "", ""]]
    path = write_xlsx(tmp_path / "progetti.xlsx", rows)
    report = import_spreadsheet(sqlite_db, path, "partnership")
    assert report.counts["partnership"].new == 1 and report.rows_rejected == 3
    [p] = ops.find_by(sqlite_db, "partnership", acronym="AlpH2")
    assert (p.start_date, p.end_date) == (date(2024, 1, 1), date(2026, 12, 31))
    assert p.total_budget == Decimal("1250000.50") and p.eu_contribution == Decimal("1000000.40")
    assert (p.status, p.scheme) == ("active", "interreg")
    reasons = " | ".join(r.reason for r in report.rejects)
    assert "Start is not a real date: “31/02/2024”" in reasons
    assert "End must not be before start" in reasons and "EU contribution cannot exceed the total budget" in reasons


def test_contacts_first_and_last_name_and_organisation_lookup(sqlite_db, shared_data, tmp_path):
    import_cordis(sqlite_db, shared_data / "cordis/he_organization_piemonte_only.csv")
    rows = [["Nome", "Cognome", "Ente", "Ruolo", "E-mail", "Lingua"],
            ["Maria", "Rossi", "999977754", "Research office", "maria.rossi@example.org", "italiano"],
            ["John", "Smith", "Politecnico di Torino", "Liaison", "john@example.org", "English"],
            ["Anna", "Bianchi", "Ente che non esiste", "", "anna@example.org", ""],
            ["Luca", "Verdi", "IT00518460019", "", "MARIA.ROSSI@example.org", ""]]
    report = import_spreadsheet(sqlite_db, write_xlsx(tmp_path / "contatti.xlsx", rows), "contact")
    assert report.counts["contact"].new == 2
    [polito] = ops.find_by(sqlite_db, "stakeholder", pic="999977754")
    people = {c.name: c for c in ops.stakeholder_detail(sqlite_db, polito.id).contacts}
    assert set(people) == {"Maria Rossi", "John Smith"}
    assert people["Maria Rossi"].language == "it" and people["John Smith"].language == "en"
    reasons = [r.reason for r in report.rejects]
    assert "the organisation “Ente che non esiste” is not in the register" in reasons[0]
    assert "same person as line 2 (same e-mail address)" in reasons[1]
    # the same people again: found by e-mail, nothing changes
    again = import_spreadsheet(sqlite_db, tmp_path / "contatti.xlsx", "contact")
    assert again.counts["contact"].unchanged == 2 and not again.changed_anything


def test_participants_link_partnerships_and_organisations(sqlite_db, tmp_path):
    org = ops.create(sqlite_db, "stakeholder", {"name": "Acme Robotica", "type": "sme", "pic": "123456789"}).record
    p = ops.create(sqlite_db, "partnership", {"title": "Alpine hydrogen valleys", "acronym": "AlpH2",
                                              "scheme": "interreg"}).record
    rows = [["Progetto", "Partner", "Ruolo", "Contributo"], ["AlpH2", "123456789", "capofila", "150.000,00"],
            ["Nessuno", "123456789", "partner", ""]]
    report = import_spreadsheet(sqlite_db, write_csv(tmp_path / "partner.csv", rows), "participant")
    assert report.counts["participant"].new == 1 and report.rows_rejected == 1
    [x] = ops.partnership_detail(sqlite_db, p.id).participants
    assert (x.stakeholder.id, x.role, x.contribution) == (org.id, "coordinator", Decimal("150000.00"))


def test_mapping_guessed_given_and_remembered(sqlite_db, tmp_path):
    rows = [["Denominazione", "Comune", "Codice interno", "Sigla"], ["Fondazione Links", "Torino", "X-12", "LINKS"]]
    path = write_csv(tmp_path / "a.csv", rows)
    first = preview(sqlite_db, path, "stakeholder")
    assert first.origin == "guessed"
    assert first.mapping == {"Denominazione": "name", "Comune": "city", "Codice interno": None, "Sigla": "short_name"}
    assert first.rows[0] == ("Fondazione Links", "Torino", "X-12", "LINKS")
    given = {"Codice interno": "tags", "Sigla": None}
    import_spreadsheet(sqlite_db, path, "stakeholder", mapping=given)
    [links] = ops.find_by(sqlite_db, "stakeholder", name="Fondazione Links")
    assert links.tags == "X-12" and links.short_name is None
    # another file with the same headers: the mapping is remembered
    other = write_csv(tmp_path / "b.csv", [rows[0], ["Fondazione ISI", "Torino", "Y-7", "ISI"]])
    again = preview(sqlite_db, other, "stakeholder")
    assert again.origin == "remembered" and again.mapping["Codice interno"] == "tags"
    assert ops.get_setting(sqlite_db, setting_key("stakeholder", rows[0])) is not None
    import_spreadsheet(sqlite_db, other, "stakeholder")
    assert ops.find_by(sqlite_db, "stakeholder", name="Fondazione ISI")[0].tags == "Y-7"


def test_mapping_errors(sqlite_db, tmp_path):
    path = write_csv(tmp_path / "a.csv", [["Città", "Note"], ["Torino", "x"]])
    with pytest.raises(ops.Ris3Error, match="no column is mapped to Name"):
        import_spreadsheet(sqlite_db, path, "stakeholder")
    with pytest.raises(ops.Ris3Error, match="does not have"):
        import_spreadsheet(sqlite_db, path, "stakeholder", mapping={"Nome": "name"})
    with pytest.raises(ops.Ris3Error, match="not a field"):
        import_spreadsheet(sqlite_db, path, "stakeholder", mapping={"Note": "colour"})


def test_english_headers_and_export_round_trip(sqlite_db, tmp_path):
    from database.export import export_list

    assert guess(["Organisation name", "Town", "VAT no", "Web site", "Type"], "stakeholder") == {
        "Organisation name": "name", "Town": "city", "VAT no": "vat_number", "Web site": "website", "Type": "type"}
    import_spreadsheet(sqlite_db, write_csv(tmp_path / "enti.csv", ORGS), "stakeholder")
    out = tmp_path / "orgs.xlsx"
    assert export_list(sqlite_db, "stakeholder", out) == 3
    report = import_spreadsheet(sqlite_db, out, "stakeholder", dry_run=True)
    assert report.rows_rejected == 0
    assert report.counts["stakeholder"].unchanged == 3  # found again, nothing to change


def test_columns_rows_and_amounts_as_spreadsheets_really_write_them(sqlite_db, tmp_path):
    rows = [["Ragione sociale", "Città", "Note", "Note", "", "Telefono"],
            ["Delta Srl", "Torino", "prima nota", "seconda nota", "dato", "011 1"],
            ["Epsilon Srl", "Asti", "solo prima", "", "", "011 2"],
            [";;;;;"],  # (written below as a line of delimiters only, as Excel writes an empty row)
            ["Zeta Srl", "Alba", "riga spezzata"],
            ["continua la nota", "011 3333"]]
    path = tmp_path / "enti.csv"
    path.write_text("\n".join(";".join(r) for r in rows) + "\n", encoding="utf-8")
    report = import_spreadsheet(sqlite_db, path, "stakeholder")
    by_name = {s.name: s for s in ops.list_page(sqlite_db, "stakeholder").rows}
    # a second column of the same name does not hide the first (nor wipe it when empty); it and a
    # column without a header are named by their letters and said not to be imported
    assert by_name["Delta Srl"].notes == "prima nota" and by_name["Epsilon Srl"].notes == "solo prima"
    assert "Columns not imported: Note (D), (E)." in report.notes
    # a broken line's two halves are refused, not imported as two made-up organisations
    assert set(by_name) == {"Delta Srl", "Epsilon Srl"}
    assert sorted((r.line, r.reason.split(" (")[0]) for r in report.reject_sets[0].rejects) == [
        (5, "the row has 3 fields where the header has 6"), (6, "the row has 2 fields where the header has 6")]
    assert report.rows_read == 4  # the line of delimiters only is blank, not a row


def test_thousands_and_extra_decimals_are_never_misread(sqlite_db, tmp_path):
    rows = [["Titolo", "Acronimo", "Budget totale", "Contributo UE"],
            ["Progetto Uno", "PU", "10.000", "2.500"], ["Project Two", "P2", "1,500,000", "1,500"],
            ["Progetto Tre", "P3", "12.345,678", "10"]]
    report = import_spreadsheet(sqlite_db, write_csv(tmp_path / "progetti.csv", rows), "partnership")
    got = {p.acronym: (p.total_budget, p.eu_contribution) for p in ops.list_page(sqlite_db, "partnership").rows}
    assert got == {"PU": (Decimal("10000"), Decimal("2500")), "P2": (Decimal("1500000"), Decimal("1500"))}
    [reject] = report.reject_sets[0].rejects  # rounded, a digit would have been lost without a word
    assert "has more than two decimals: “12.345,678”" in reject.reason


def test_windows_text_from_an_italian_excel_is_read_as_written(sqlite_db, tmp_path, capsys):
    from desktop_app.cli import main

    rows = [["Ragione sociale", "Città", "Note"], ["Società Alpha S.r.l.", "Torino", "Nota: perché è così"],
            ["Beta Università", "Cuneo", "“quoted” – € ø"]]
    path = write_csv(tmp_path / "enti.csv", rows, encoding="cp1252")
    # (a few rows of it, on their own, were taken for Central European text: "Cittŕ", "perché č cosě")
    assert preview(sqlite_db, path, "stakeholder").encoding == "cp1252"
    import_spreadsheet(sqlite_db, path, "stakeholder")
    alpha = ops.find_by(sqlite_db, "stakeholder", name="Società Alpha S.r.l.")[0]
    assert (alpha.city, alpha.notes) == ("Torino", "Nota: perché è così")
    # and the officer can say which encoding a file is in, when a guess is wrong
    polish = write_csv(tmp_path / "pl.csv", [["Name", "City"], ["Politechnika Łódzka", "Łódź"]], encoding="cp1250")
    assert preview(sqlite_db, polish, "stakeholder", encoding="cp1250").rows[0] == ("Politechnika Łódzka", "Łódź")
    command = ["--db", str(sqlite_db.path), "import", "spreadsheet", str(polish), "--kind", "stakeholder", "--encoding"]
    with pytest.raises(SystemExit) as refused:
        main([*command, "klingon"])
    assert refused.value.code == 1 and "“klingon” is not a character encoding" in capsys.readouterr().err
    assert main([*command, "cp1250"]) == 0
    assert ops.find_by(sqlite_db, "stakeholder", name="Politechnika Łódzka")[0].city == "Łódź"
