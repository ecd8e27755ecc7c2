"""Importing the real CORDIS files (../shared/data/cordis): every layout, counts checked against
the files themselves (read here with the csv module), dry runs, re-imports, rejects with
reasons, officers' edits kept, matching and possible duplicates, --region, the project table."""

from __future__ import annotations

import csv
import gzip
import shutil
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from database import models as m
from database import ops
from database.imports import import_cordis
from database.imports.rejects import REASON_COLUMN

ORG_ONLY = "cordis/he_organization_piemonte_only.csv"
ORG_PROJECTS = "cordis/he_organization_piemonte_projects.csv"
ORG_2025 = "cordis/he_organization_sample_100rows.csv"
PROJECTS = "cordis/he_project_sample_100rows.csv"
FULL = "cordis/he_organization_full_2024-05.csv.gz"


def read_rows(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        sample = fh.readline()
        fh.seek(0)
        return list(csv.DictReader(fh, delimiter=";" if sample.count(";") > sample.count(",") else ","))


def too_long(row: dict) -> bool:
    """Rows CORDIS publishes with a value longer than the register's field (independently of the
    importer): short names over 200 characters, acronyms over 100, postcodes over 32. (At 80, 60
    and 16, until schema 0003, the full table of May 2024 lost 313 rows and 95 organisations.)"""
    return len(row["shortName"]) > 200 or len(row["projectAcronym"]) > 100 or len(row["postCode"]) > 32


def expected(rows: list[dict]) -> tuple[set, set, set]:
    good = [r for r in rows if not too_long(r)]
    return ({r["organisationID"] for r in good}, {r["projectID"] for r in good},
            {(r["projectID"], r["organisationID"]) for r in good})


def register_counts(db) -> dict:
    with db.read() as s:
        return {
            "pics": set(s.scalars(select(m.Stakeholder.pic).where(m.Stakeholder.pic.is_not(None)))),
            "projects": {ref.removeprefix("CORDIS:") for ref in s.scalars(
                select(m.Partnership.external_ref).where(m.Partnership.external_ref.like("CORDIS:%")))},
            "participants": s.scalar(select(func.count()).select_from(m.Participant)),
            "history": s.scalar(select(func.count()).select_from(m.HistoryEntry)),
            "versions": sum(s.scalars(select(m.Stakeholder.version))) + sum(s.scalars(select(m.Partnership.version))),
        }


def assert_matches_file(db, rows: list[dict]) -> None:
    pics, projects, pairs = expected(rows)
    got = register_counts(db)
    assert got["pics"] == pics
    assert got["projects"] == projects
    assert got["participants"] == len(pairs)


# --- every layout -------------------------------------------------------------------------------

def test_semicolon_25_columns_counts_and_places(sqlite_db, shared_data):
    path = shared_data / ORG_ONLY
    rows = read_rows(path)
    report = import_cordis(sqlite_db, path)
    assert report.rows_read == len(rows) and report.rows_rejected == 0
    assert report.counts["stakeholder"].new == len({r["organisationID"] for r in rows})
    assert_matches_file(sqlite_db, rows)
    # city spellings of the real file, each one ISTAT municipality
    by_pic = {s.pic: s for s in ops.list_page(sqlite_db, "stakeholder", limit=1000).rows}
    spelled = {r["city"]: r["organisationID"] for r in rows}
    for written, municipality, province in [("TORINO", "Torino", "TO"), ("Torino To", "Torino", "TO"),
                                            ("Turin", "Torino", "TO"), ("Venaria Reale Torino", "Venaria Reale", "TO"),
                                            ("Sommariva Del Bosco Cn", "Sommariva del Bosco", "CN"),
                                            ("Ostana (CN)", "Ostana", "CN"), ("Mondovi", "Mondovì", "CN"),
                                            ("CRAVANZANA - CN", "Cravanzana", "CN"), ("Novara No", "Novara", "NO"),
                                            ("Alba Frazione Gallo", "Alba", "CN"), ("Piobesi", "Piobesi Torinese", "TO")]:
        org = by_pic[spelled[written]]
        assert (org.city, org.province) == (municipality, province), written
        assert org.municipality_id is not None
    # types from activityType and the SME flag, and the NUTS region
    polito = by_pic["999977754"]
    assert polito.type == "university" and ops.get(sqlite_db, "region", polito.region_id).code == "ITC11"
    assert by_pic["898635937"].type == "sme"  # CLEARBOX AI SOLUTIONS SRL, PRC with SME true


def test_italian_cities_beyond_the_istat_list_are_written_one_way(sqlite_db, shared_data):
    """The register's ISTAT list holds Piemonte; elsewhere in Italy the real file writes one city
    as "MILANO", "Milan" and "Milano Mi". Each organisation gets the usual spelling, and the
    province when the file gives its abbreviation."""
    path = shared_data / ORG_PROJECTS
    rows = read_rows(path)
    import_cordis(sqlite_db, path)
    cities: dict[str, set] = {}
    for r in rows:
        cities.setdefault(r["organisationID"], set()).add(r["city"])
    one_spelling = {next(iter(c)): pic for pic, c in cities.items() if len(c) == 1}
    by_pic = {s.pic: s for s in ops.list_page(sqlite_db, "stakeholder", limit=5000).rows}
    for written, city, province in [("MILANO", "Milano", None), ("Milano Mi", "Milano", "MI"), ("MILAN", "Milano", None),
                                    ("Milan", "Milano", None), ("Rome", "Roma", None), ("Florence", "Firenze", None),
                                    ("SASSARI SS", "Sassari", "SS"), ("Pomezia Rm", "Pomezia", "RM"),
                                    ("Calderara Di Reno Bo", "Calderara di Reno", "BO"),
                                    ("OZZANO DELL'EMILIA", "Ozzano dell'Emilia", None),
                                    ("CORTACCIA SULLA STRADA DEL VINO BZ", "Cortaccia sulla Strada del Vino", "BZ"),
                                    ("REGGIO EMILIA", "Reggio Emilia", None), ("Reggio Emilia", "Reggio Emilia", None)]:
        org = by_pic[one_spelling[written]]
        assert (org.city, org.province, org.municipality_id) == (city, province, None), written
    italian = [s for s in by_pic.values() if s.country == "IT" and s.city]
    assert not [s.city for s in italian if s.city.isupper() and len(s.city) > 3]
    assert not {"Rome", "Milan", "Florence", "Naples", "Venice", "Genoa"} & {s.city for s in italian}


def test_one_city_is_written_one_way_for_every_organisation(sqlite_db, shared_data):
    """The real file writes Warsaw "WARSZAWA" 13 times and "Warszawa" 18 times, The Hague
    "'S-Gravenhage (Den Haag)" and "'s-Gravenhage (Den Haag)", Athens "Athina", "ATHINA", "Athens"
    and "ATHENS": each city gets its most frequent spelling in mixed case, its English name
    included; a city only ever written in capitals stays as written."""
    from database.imports.places import place_key

    path = shared_data / ORG_PROJECTS
    rows = read_rows(path)
    import_cordis(sqlite_db, path)
    orgs = ops.list_page(sqlite_db, "stakeholder", limit=5000).rows
    spellings: dict[tuple, set] = {}
    for s in orgs:
        if s.city:
            spellings.setdefault((s.country, place_key(s.city)), set()).add(s.city)
    assert spellings[("PL", "warszawa")] == {"Warszawa"} and spellings[("AT", "wien")] == {"Wien"}
    assert spellings[("NL", "s gravenhage den haag")] == {"'s-Gravenhage (Den Haag)"}
    assert spellings[("ES", "donostia san sebastian")] == {"Donostia San Sebastian"}
    assert [s for s in spellings.values() if len(s) > 1] == []
    # English names: the city's own name, as the file writes it (Kobenhavn) or as it is (Warszawa)
    written = {(r["country"], r["city"]) for r in rows}
    assert {("EL", "Athens"), ("PL", "Warsaw"), ("AT", "Vienna"), ("DK", "Copenhagen"), ("UA", "KIEV")} <= written
    cities = {(s.country, s.city) for s in orgs}
    assert {("EL", "Athina"), ("PL", "Warszawa"), ("AT", "Wien"), ("DK", "Kobenhavn"), ("UA", "Kyiv")} <= cities
    assert not {"Athens", "ATHENS", "Warsaw", "Vienna", "Copenhagen", "KIEV", "Prague", "Lisbon"} & {c for _, c in cities}
    # a city the file writes only in capitals (outside Italy) keeps them: nothing says how to write it
    written = {(r["country"], r["city"]) for r in rows if r["country"] != "IT"}
    only_capitals = {city for country, city in written if city.isupper() and not any(
        c == country and place_key(w) == place_key(city) and not w.isupper() for c, w in written)}
    kept = only_capitals & {s.city for s in orgs}
    assert len(kept) > 20 and "LUBLIN" not in kept  # (Lublin is also written in mixed case)


def test_a_city_written_in_english_or_without_its_letters_is_one_city():
    """Spellings of one city: its English name, its own name in capitals, and letters Unicode does
    not decompose (ø, ß) all become the mixed-case spelling the file gives, or else the city's own
    name. A city of another country with the same English name is left alone."""
    from database.imports.places import city_spellings

    better = city_spellings([("PL", "Warsaw"), ("PL", "WARSZAWA"), ("DK", "Kobenhavn"), ("DK", "Kobenhavn"),
                             ("DK", "København"), ("DK", "Copenhagen"), ("EL", "ATHENS"), ("RO", "Bucharest"),
                             ("RO", "Bucuresti"), ("US", "Athens"), ("DE", "STRASSE"), ("DE", "Straße"),
                             ("PL", "LUBLIN")])
    assert better == {("PL", "Warsaw"): "Warszawa", ("PL", "WARSZAWA"): "Warszawa",
                      ("DK", "Kobenhavn"): "København", ("DK", "Copenhagen"): "København",
                      ("EL", "ATHENS"): "Athina", ("RO", "Bucharest"): "Bucuresti", ("DE", "STRASSE"): "Straße"}


def test_english_city_names_do_not_hide_a_possible_duplicate():
    """Close names count as possible duplicates only in the same city: "Warsaw" is Warszawa."""
    import uuid

    from database.imports.matching import Org, close_names

    old = [Org(uuid.uuid4(), "Politechnika Warszawska", "Warszawa", "PL")]
    new = [Org(uuid.uuid4(), "Politechnika Warszawska Foundation", "Warsaw", "PL")]
    assert [(p.a, p.b) for p in close_names(old, new)] == [(old[0].id, new[0].id)]


@pytest.mark.parametrize("written,place", [
    ("Bagnolo di Po", ("Bagnolo di Po", None)), ("SAN BENEDETTO PO", ("San Benedetto Po", None)),
    ("ARENA PO", ("Arena Po", None)), ("S. BENEDETTO PO", ("S. Benedetto Po", None)), ("Prato (PO)", ("Prato", "PO")),
    ("Sassari (SS)", ("Sassari", "SS")), ("Roma - RM", ("Roma", "RM")), ("Ascoli Piceno, AP", ("Ascoli Piceno", "AP")),
    ("TORRE DE' PASSERI", ("Torre de' Passeri", None)), ("PESSANO CON BORNAGO", ("Pessano con Bornago", None)),
    ("FORLI' FC", ("Forlì", "FC")), ("CANTU'", ("Cantù", None)), ("VO'", ("Vo'", None)),
    ("SESTO S.GIOVANNI", ("Sesto S.Giovanni", None)), ("milano", ("Milano", None)),
    ("L'AQUILA", ("L'Aquila", None)), ("SOTTO IL MONTE GIOVANNI XXIII", ("Sotto il Monte Giovanni XXIII", None)),
    ("BOLZANO/BOZEN", ("Bolzano/Bozen", None)), ("Borgo A Mozzano", ("Borgo a Mozzano", None)),
    ("Pieve di Cadore", ("Pieve di Cadore", None)), ("Sesto San Giovanni", ("Sesto San Giovanni", None)),
])
def test_italian_place_spellings(written, place):
    from database.imports.places import italian_place

    assert italian_place(written) == place


def test_comma_24_columns_2025_release(sqlite_db, shared_data):
    path = shared_data / ORG_2025
    rows = read_rows(path)
    assert len(rows[0]) == 24 and "active" not in rows[0]
    report = import_cordis(sqlite_db, path)
    assert report.rows_rejected == sum(too_long(r) for r in rows) == 0
    assert_matches_file(sqlite_db, rows)
    assert report.as_of == date(2025, 2, 24)  # the newest contentUpdateDate of the release


def test_gzip_layout(sqlite_db, shared_data, tmp_path):
    gz = tmp_path / "he_organization_piemonte_only.csv.gz"
    with (shared_data / ORG_ONLY).open("rb") as src, gzip.open(gz, "wb") as dst:
        shutil.copyfileobj(src, dst)
    import_cordis(sqlite_db, gz)
    assert_matches_file(sqlite_db, read_rows(shared_data / ORG_ONLY))


def test_import_leaves_no_log_behind_and_waits_for_no_reader(sqlite_db, shared_data):
    """The import's write-ahead log is copied into the register just after the commit and
    emptied; a reader still open then only delays that copy, never the import or its data."""
    wal = Path(f"{sqlite_db.path}-wal")
    with sqlite_db.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM stakeholders").all()  # a read transaction left open
        import_cordis(sqlite_db, shared_data / ORG_ONLY)
        assert wal.stat().st_size > 0  # held up by the reader: left to a later checkpoint
    import_cordis(sqlite_db, shared_data / ORG_2025)
    assert wal.stat().st_size == 0
    assert_matches_file(sqlite_db, read_rows(shared_data / ORG_ONLY) + read_rows(shared_data / ORG_2025))
    # every connection checkpoints by itself again, as SQLite does by default
    held = [sqlite_db.engine.raw_connection() for _ in range(4)]
    try:
        assert {c.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0] for c in held} == {1000}
    finally:
        for c in held:
            c.close()


def test_import_into_a_new_register_writes_it_with_a_rollback_journal(sqlite_db, shared_data, monkeypatch):
    """From the command line, a new register nobody else has open is written with a rollback
    journal (each page once) and is back in WAL after; with a reader open, the import stays in
    WAL and the reader keeps reading beside it; a window's imports keep WAL (engine._rollback_journal)."""
    from database import engine

    chosen = []
    real = engine._rollback_journal
    monkeypatch.setattr(engine, "_rollback_journal", lambda raw: chosen.append(real(raw)) or chosen[-1])
    import_cordis(sqlite_db, shared_data / ORG_2025)  # as the window imports
    assert chosen == []
    sqlite_db.engine.dispose()
    sqlite_db.one_shot = True  # as the command line imports
    import_cordis(sqlite_db, shared_data / ORG_ONLY)
    assert chosen == [True]
    path = Path(sqlite_db.path)
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert not Path(f"{path}-journal").exists()
    with sqlite_db.engine.connect() as reader:
        reader.exec_driver_sql("SELECT count(*) FROM stakeholders").all()
        import_cordis(sqlite_db, shared_data / ORG_ONLY, backup=False)
    assert chosen == [True, False]
    assert_matches_file(sqlite_db, read_rows(shared_data / ORG_ONLY) + read_rows(shared_data / ORG_2025))


def test_values_cordis_quoted_twice_read_as_written(sqlite_db, shared_data):
    """CORDIS releases quote every value holding a quotation mark twice; the register holds the
    value as the organisation writes it, so it sorts and is found among the others."""
    import_cordis(sqlite_db, shared_data / ORG_PROJECTS)
    demokritos = ops.find_by(sqlite_db, "stakeholder", pic="999978239")[0]
    assert demokritos.name == 'NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"'
    assert demokritos.short_name == 'NCSR "D"'
    names = [s.name for s in ops.list_page(sqlite_db, "stakeholder", limit=5000).rows]
    assert 'INSTITUTUL NATIONAL DE CERCETARE-DEZVOLTARE AEROSPATIALA "ELIE CARAFOLI"- INCAS BUCURESTI' in names
    assert not [n for n in names if n.startswith('"') or '""' in n]
    assert ops.search(sqlite_db, "demokritos")
    import_cordis(sqlite_db, shared_data / PROJECTS)  # the project table: titles and objectives alike
    titles = [p.title for p in ops.list_page(sqlite_db, "partnership", limit=5000).rows]
    assert '"Solar BabySitter"- technology to change solar world' in titles
    assert not [t for t in titles if '""' in t]


def test_importing_again_mends_names_an_older_version_left_quoted(sqlite_db, shared_data, monkeypatch):
    from database.imports import cordis

    with monkeypatch.context() as older:  # as versions before the fix read the file
        older.setattr(cordis, "unquoted", lambda text: text)
        import_cordis(sqlite_db, shared_data / ORG_PROJECTS)
    assert ops.find_by(sqlite_db, "stakeholder", pic="999978239")[0].name.startswith('"')
    report = import_cordis(sqlite_db, shared_data / ORG_PROJECTS)
    assert ops.find_by(sqlite_db, "stakeholder", pic="999978239")[0].name == \
        'NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"'
    assert report.counts["stakeholder"].updated == 6  # the six organisations CORDIS quoted twice


def test_a_project_without_its_title_is_named_once(sqlite_db, shared_data):
    """Without the project table a CORDIS project's title is its acronym: the window names it
    "3BAtwin", not "3BAtwin — 3BAtwin"."""
    import_cordis(sqlite_db, shared_data / ORG_ONLY)
    rec = ops.find_by(sqlite_db, "partnership", external_ref="CORDIS:101159623")[0]
    assert rec.title == rec.acronym == "3BAtwin"
    assert rec.label == "3BAtwin"
    ops.update(sqlite_db, "partnership", rec.id, {"title": "Twinning for 3D bioprinting"}, expected_version=rec.version)
    assert ops.get(sqlite_db, "partnership", rec.id).label == "3BAtwin — Twinning for 3D bioprinting"


@pytest.mark.parametrize(("cell", "value"), [
    ('"Asociacija ""Demencija Lietuvoje"""', 'Asociacija "Demencija Lietuvoje"'),
    ('"""BGI Research Foundation Latvia"" fonds"', '"BGI Research Foundation Latvia" fonds'),
    ('""', ""),
    ('"A" and "B"', '"A" and "B"'),  # not one quoted field: as it is
    ('Say "hi"', 'Say "hi"'),
    ('"', '"'),
    ("Politecnico di Torino", "Politecnico di Torino"),
])
def test_unquoted_only_undoes_a_whole_quoted_field(cell, value):
    from database.imports.cordis import unquoted

    assert unquoted(cell) == value


CELLS = ["Politecnico di Torino", "  Via Roma 1 ", "A  B", '"Quoted"', 'Say "hi"', "Zürich", "tab\there", "x" * 200,
         "x" * 201, " ", "S.p.A.", "Università di Torino", "Universita\u0300 di Torino",  # (the same, not NFC)
         "Zu\u200bri\u00adch", "non\u00a0breaking", "\u3000wide space", "Ελληνικό Ίδρυμα", "ÅBO AKADEMI",
         "IT 01234567890", "IT01234567890", "FR-12", "X", "0123456789" * 4, "ab/cd", "DE 123 456 789 "]


@pytest.mark.parametrize("name", ["short_name", "vat_number"])  # plain text, and text with a pattern
@pytest.mark.parametrize("cell", CELLS)
def test_a_plain_cell_is_checked_as_the_full_way_checks_it(cell, name):
    """The checker's quick way for plain cells gives exactly what tidying and clean_value give —
    whether it tests the cell itself or is told the cell is plain (as the reader does for a whole
    organisation's cells at once)."""
    from database.imports.cordis import RowRejected, cell_text, checker, plain_cell
    from database.ops.kinds import kind
    from database.ops.validation import clean_value

    field = next(f for f in kind("stakeholder").fields if f.name == name)
    value, problem = clean_value(field, cell_text(cell))
    check = checker(field, "shortName", "stakeholder", cell_text)
    for told in (False, plain_cell(cell)):
        if problem is None:
            assert check(cell, told) == value
        else:
            with pytest.raises(RowRejected):
                check(cell, told)


def test_the_organisation_reader_takes_its_cells_in_the_columns_order():
    """_org is called with a row's organisation cells by position when the layout has them all:
    its arguments must stay in ORG_COLUMNS' order."""
    import inspect

    from database.imports import cordis

    assert list(inspect.signature(cordis._OrgReader._org).parameters)[2:] == list(cordis.ORG_COLUMNS.values())


def test_a_plain_organisation_reads_as_the_full_way_reads_it(sqlite_db, shared_data):
    """An organisation whose cells are all plain is read with str.strip instead of cell_text:
    the same values, for every organisation of the real full table (every country)."""
    from database.imports import cordis

    with sqlite_db.read() as session:
        municipalities, regions = cordis.Municipalities.load(session), cordis.Regions.load(session)
    table, _layout = cordis._open(shared_data / FULL)
    with table:
        reader = cordis._OrgReader(table.header, municipalities, regions)
        rows = [row for _line, row in table.rows()]
    plain = 0
    for key in {reader._org_key(row) for row in rows}:
        if not cordis.plain_cell("|".join(key)):
            continue
        plain += 1
        cells = dict(zip(reader._org_args, key, strict=True))
        try:
            quick = reader._org(str.strip, **cells)
        except cordis.RowRejected as e:
            quick = e.reason
        try:
            full = reader._org(cordis.cell_text, **cells)
        except cordis.RowRejected as e:
            full = e.reason
        assert quick == full
    assert plain > 20_000


def _as_xlsx(rows: list[dict], path: Path, title_rows: int = 0) -> Path:
    """A workbook as CORDIS publishes it: numbers as number cells, flags as booleans."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for n in range(title_rows):
        ws.append([f"CORDIS - EU research projects under HORIZON EUROPE (2021-2027) {n}"])
    header = list(rows[0])
    ws.append(header)
    for r in rows:
        cells = []
        for h in header:
            v = r[h]
            if h in ("projectID", "organisationID", "rcn", "order") and v.isdigit():
                v = int(v)
            elif h in ("ecContribution", "netEcContribution", "totalCost") and v:
                v = float(v.replace(",", "."))
            elif h in ("SME", "endOfParticipation") and v:
                v = v.lower() == "true"
            cells.append(v if v != "" else None)
        ws.append(cells)
    wb.save(path)
    return path


def test_xlsx_layout(sqlite_db, shared_data, tmp_path):
    rows = read_rows(shared_data / ORG_2025)
    report = import_cordis(sqlite_db, _as_xlsx(rows, tmp_path / "he_organization.xlsx", title_rows=2))
    assert report.rows_read == len(rows) and report.rows_rejected == sum(too_long(r) for r in rows)
    assert_matches_file(sqlite_db, rows)
    # amounts came through number cells: the same as from the CSV
    first = rows[0]
    p = ops.find_by(sqlite_db, "partnership", external_ref=f"CORDIS:{first['projectID']}")[0]
    contributions = {x.stakeholder.pic: x.contribution for x in ops.partnership_detail(sqlite_db, p.id).participants}
    assert contributions[first["organisationID"]] == Decimal(first["ecContribution"]).quantize(Decimal("0.01"))


def test_postgresql_and_sqlite_alike(db, shared_data):
    path = shared_data / ORG_ONLY
    rows = read_rows(path)
    import_cordis(db, path)
    assert_matches_file(db, rows)
    again = import_cordis(db, path)
    assert not again.changed_anything
    hits = ops.search(db, "politecnico torino", kinds=["stakeholder"])
    assert hits and hits[0].label == "POLITECNICO DI TORINO"
    # every new organisation and partnership has its one history entry, naming the file (the
    # database writes them: random ids of its own, the import's time and author)
    polito = ops.find_by(db, "stakeholder", pic="999977754")[0]
    [entry] = ops.history(db, polito.id)
    assert (entry.action, entry.after, entry.at) == ("import", polito.source, polito.created_at)
    with db.read() as s:
        entries = s.execute(select(m.HistoryEntry.kind, func.count(), func.count(func.distinct(m.HistoryEntry.id)))
                            .where(m.HistoryEntry.action == "import").group_by(m.HistoryEntry.kind)).all()
        records = {"stakeholder": s.scalar(select(func.count()).select_from(m.Stakeholder)),
                   "partnership": s.scalar(select(func.count()).select_from(m.Partnership))}
    assert {kind: (n, distinct) for kind, n, distinct in entries} == {k: (n, n) for k, n in records.items()}


# --- dry runs, re-imports, provenance ---------------------------------------------------------

def test_dry_run_writes_nothing_and_predicts_the_import(sqlite_db, shared_data, tmp_path):
    rows = read_rows(shared_data / ORG_2025)
    path = tmp_path / (shared_data / ORG_2025).name  # with one bad row at the end
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows([*rows, {**rows[0], "organisationID": "12345"}])
    before = ops.stats(sqlite_db)
    dry = import_cordis(sqlite_db, path, dry_run=True)
    assert ops.stats(sqlite_db) == before
    assert not (Path(sqlite_db.path).parent / (Path(sqlite_db.path).stem + "-backups")).exists()
    assert dry.dry_run and dry.counts["stakeholder"].examples["new"]
    assert dry.counts["stakeholder"].examples["rejected"][0].startswith("line ")
    real = import_cordis(sqlite_db, path)
    for kind in ("stakeholder", "partnership", "participant", "partner_region"):
        d, r = dry.counts[kind], real.counts[kind]
        assert (d.new, d.updated, d.unchanged, d.rejected) == (r.new, r.updated, r.unchanged, r.rejected), kind


def test_reimport_changes_nothing(sqlite_db, shared_data):
    path = shared_data / ORG_PROJECTS
    import_cordis(sqlite_db, path)
    before = register_counts(sqlite_db)
    with sqlite_db.read() as s:
        stamps = sorted(s.scalars(select(m.Stakeholder.updated_at)))
    again = import_cordis(sqlite_db, path)
    assert not again.changed_anything and again.backup is None
    assert all(c.new == 0 and c.updated == 0 for c in again.counts.values())
    assert register_counts(sqlite_db) == before
    with sqlite_db.read() as s:
        assert sorted(s.scalars(select(m.Stakeholder.updated_at))) == stamps


def test_provenance_and_history(sqlite_db, shared_data):
    path = shared_data / ORG_ONLY
    report = import_cordis(sqlite_db, path)
    polito = ops.find_by(sqlite_db, "stakeholder", pic="999977754")[0]
    assert polito.source == report.source == "CORDIS he_organization_piemonte_only.csv (2024-05-29)"
    assert polito.as_of == date(2024, 5, 29)
    for kind in ("participant", "partner_region"):
        assert {r.source for r in ops.list_page(sqlite_db, kind, limit=1000).rows} == {report.source}
    history = ops.history(sqlite_db, polito.id)
    assert [(h.action, h.after) for h in history] == [("import", report.source)]


# --- rejects ------------------------------------------------------------------------------------

def test_rejects_say_why_and_keep_the_row(sqlite_db, shared_data, tmp_path):
    src = shared_data / ORG_ONLY
    lines = src.read_text(encoding="utf-8").splitlines()
    header, good = lines[0], lines[1:21]
    fields = list(csv.reader([good[0]], delimiter=";"))[0]

    def variant(**changes) -> str:
        row = list(fields)
        names = next(csv.reader([header], delimiter=";"))
        for key, value in changes.items():
            row[names.index(key)] = value
        return ";".join(f'"{v}"' for v in row)

    bad = {
        variant(organisationID="99997775"): "the PIC “99997775” is malformed",
        variant(organisationID="ABC977754"): "the PIC “ABC977754” is malformed",
        variant(name="   "): "no organisation name",
        variant(projectID=""): "no project",
        variant(ecContribution="12,3x"): "not a number: “12,3x”",
        variant(shortName="X" * 201): "Short name is too long: 201 characters where at most 200 fit",
        variant(role="sponsor"): "the role “sponsor” is not a CORDIS role",
        variant(SME="maybe"): "the SME flag “maybe” is neither true nor false",
        variant(activityType="XYZ"): "the activity type “XYZ” is not a CORDIS one",
        variant(country="I1"): "Country is not valid: a two-letter country code",
        variant(organizationURL="not a web address"): "Website must be a web address",
        variant(ecContribution="-5"): "cannot be negative",
        '"101159623";"3BAtwin";"999977754"': "the row has 3 fields where the header has 25",
        header: "the header line appears again",
    }
    path = tmp_path / "mixed.csv"
    path.write_text("\n".join([header, *good, *bad]) + "\n", encoding="utf-8")
    out = tmp_path / "rejects.csv"
    report = import_cordis(sqlite_db, path)
    report.write_rejects(out)
    assert report.rows_rejected == len(bad)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh, delimiter=";"))
    assert written[0] == [REASON_COLUMN, *next(csv.reader([header], delimiter=";"))]
    given = {";".join(f'"{v}"' for v in row[1:]): row[0] for row in written[1:]}
    given[header] = next(row[0] for row in written[1:] if row[1:] == written[0][1:])
    given['"101159623";"3BAtwin";"999977754"'] = next(row[0] for row in written[1:] if len(row) == 4)
    for line, why in bad.items():
        assert why in given[line], (why, given[line])
        assert given[line].startswith("line ")
    # the good rows went in
    assert register_counts(sqlite_db)["participants"] == len({(r[0], r[2]) for r in csv.reader(good, delimiter=";")})


def test_rejects_file_fixed_and_imported_again(sqlite_db, shared_data, tmp_path):
    """The officer fixes the rejected rows in the rejects file and imports that file."""
    rows = read_rows(shared_data / ORG_2025)
    once = Counter(r["organisationID"] for r in rows)
    k = next(i for i, r in enumerate(rows) if once[r["organisationID"]] == 1)
    rows[k] = {**rows[k], "shortName": "X" * 201}  # too long for the register: its row is refused
    path = tmp_path / "he_organization.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    report = import_cordis(sqlite_db, path)
    assert report.rows_rejected == 1
    out = tmp_path / "rejects.csv"
    report.write_rejects(out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    short = rows[0].index("shortName")
    for row in rows[1:]:
        row[short] = row[short][:200]
    with out.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    fixed = import_cordis(sqlite_db, out)
    assert fixed.rows_rejected == 0 and fixed.counts["participant"].new == 1
    assert register_counts(sqlite_db)["pics"] == {r["organisationID"] for r in read_rows(path)}


# --- newer files, officers' edits, matching -------------------------------------------------------

def _rewrite(src: Path, dst: Path, pic: str, **changes) -> Path:
    rows = read_rows(src)
    for r in rows:
        if r["organisationID"] == pic:
            r.update(changes)
    with dst.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";", quoting=csv.QUOTE_ALL)
        w.writeheader()
        w.writerows(rows)
    return dst


def test_a_newer_release_adds_a_partner_to_a_project_already_imported(sqlite_db, shared_data, tmp_path):
    """A project imported before gains a participant: its links already held are compared one by
    one (unchanged), the new one is created with its partner region, and the partnership's history
    names what it gained and from where."""
    rows = read_rows(shared_data / ORG_ONLY)
    by_project = Counter(r["projectID"] for r in rows)
    project = next(p for p, n in by_project.items() if n >= 3)
    late = next(r for r in rows if r["projectID"] == project and r["role"] != "coordinator")
    first = tmp_path / "he_organization_2024-05.csv"
    with first.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        w.writeheader()
        w.writerows(r for r in rows if r is not late)
    import_cordis(sqlite_db, first)
    before = register_counts(sqlite_db)["participants"]

    report = import_cordis(sqlite_db, shared_data / ORG_ONLY)
    c = report.counts["participant"]
    assert (c.new, c.updated) == (1, 0) and c.unchanged == len(rows) - 1 - report.counts["participant"].rejected
    assert register_counts(sqlite_db)["participants"] == before + 1
    partnership = ops.find_by(sqlite_db, "partnership", external_ref=f"CORDIS:{project}")[0]
    stakeholder = ops.find_by(sqlite_db, "stakeholder", pic=late["organisationID"])[0]
    detail = ops.stakeholder_detail(sqlite_db, stakeholder.id)
    assert partnership.id in {p.partnership.id for p in detail.participations}
    note = next(h for h in ops.history(sqlite_db, partnership.id) if h.field == "participants")
    assert stakeholder.name in note.after and report.source in note.after


def test_an_organisation_listed_twice_in_a_project_is_one_participation(sqlite_db, shared_data, tmp_path):
    """The stronger role and the contributions added up, whichever row comes first."""
    rows = read_rows(shared_data / ORG_ONLY)
    first = next(r for r in rows if r["role"] != "coordinator" and r["ecContribution"])
    again = {**first, "role": "coordinator", "ecContribution": "1000.50"}
    path = tmp_path / "he_organization_2024-05.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
        w.writeheader()
        w.writerows([first, again, {**first, "role": "thirdParty", "ecContribution": ""}])
    report = import_cordis(sqlite_db, path)
    assert report.counts["participant"].new == 1
    [participation] = ops.list_page(sqlite_db, "participant", limit=10).rows
    assert participation.role == "coordinator"
    assert participation.contribution == Decimal(first["ecContribution"]) + Decimal("1000.50")


def test_newer_file_updates_but_keeps_hand_edits(sqlite_db, shared_data, tmp_path):
    src = _rewrite(shared_data / ORG_ONLY, tmp_path / "he_organization_2024-05.csv", "998627805", postCode="")
    import_cordis(sqlite_db, src)
    inrim = ops.find_by(sqlite_db, "stakeholder", pic="998627805")[0]
    edited = ops.update(sqlite_db, "stakeholder", inrim.id, {"name": "INRiM – Istituto Nazionale di Ricerca "
                                                                     "Metrologica", "type": "public_body"},
                        expected_version=inrim.version).record
    assert set(edited.edited_fields) == {"name", "type"}
    newer = _rewrite(shared_data / ORG_ONLY, tmp_path / "he_organization_2024-06.csv", "998627805",
                     name="ISTITUTO NAZIONALE DI RICERCA METROLOGICA INRIM", street="STRADA DELLE CACCE 91/A",
                     city="TORINO")
    report = import_cordis(sqlite_db, newer)
    c = report.counts["stakeholder"]
    assert (c.updated, c.kept) == (1, 2)
    # the preview says what changes and what stays in words: choices by their labels, an empty field "set to"
    assert "Address “STRADA DELLE CACCE 91” → “STRADA DELLE CACCE 91/A”" in c.examples["updated"][0]
    assert "Postcode set to “10135”" in c.examples["updated"][0]
    assert "Name stays" in c.examples["kept"][0]
    assert "Type stays “Public body” (file: “Research organisation”)" in c.examples["kept"][0]
    now = ops.get(sqlite_db, "stakeholder", inrim.id)
    assert now.name == edited.name  # the officer's edit stays
    assert now.address == "STRADA DELLE CACCE 91/A" and now.city == "Torino"  # the rest follows the file
    assert now.source.startswith("CORDIS he_organization_2024-06.csv")
    entry = next(h for h in ops.history(sqlite_db, inrim.id) if h.action == "import" and h.before)
    assert "STRADA DELLE CACCE 91/A" in entry.after and "STRADA DELLE CACCE 91" in entry.before
    # asked to, the import overwrites the edit, which is no longer an edit
    import_cordis(sqlite_db, newer, overwrite_edits=True)
    now = ops.get(sqlite_db, "stakeholder", inrim.id)
    assert now.name == "ISTITUTO NAZIONALE DI RICERCA METROLOGICA INRIM" and now.edited_fields == ()


def test_typed_records_are_only_filled_in(sqlite_db, shared_data):
    typed = ops.create(sqlite_db, "stakeholder", {"name": "Politecnico di Torino", "type": "university",
                                                  "pic": "999977754", "city": "Torino", "country": "IT",
                                                  "website": "https://www.polito.it"}).record
    import_cordis(sqlite_db, shared_data / ORG_ONLY)
    now = ops.get(sqlite_db, "stakeholder", typed.id)
    assert now.name == "Politecnico di Torino" and now.website == "https://www.polito.it"  # as typed
    assert now.vat_number == "IT00518460019" and now.short_name == "POLITO"  # blanks filled in
    assert now.source is None  # still the officer's record
    assert len(ops.find_by(sqlite_db, "stakeholder", pic="999977754")) == 1


def test_match_by_vat_then_possible_duplicates(sqlite_db, shared_data):
    by_vat = ops.create(sqlite_db, "stakeholder", {"name": "Collegio Carlo Alberto", "type": "research_organisation",
                                                   "vat_number": "IT 09186430014", "country": "IT"}).record
    lookalike = ops.create(sqlite_db, "stakeholder", {"name": "Clearbox AI Solutions S.r.l.", "type": "sme",
                                                      "city": "Torino", "country": "IT"}).record
    report = import_cordis(sqlite_db, shared_data / ORG_ONLY)
    matched = ops.get(sqlite_db, "stakeholder", by_vat.id)
    assert matched.pic == "998140477"  # the PIC filled in on the record that had the VAT number
    assert not ops.find_by(sqlite_db, "stakeholder", name="COLLEGIO CARLO ALBERTO - CENTRO DI RICERCA E ALTA "
                                                          "FORMAZIONE")
    # a close name in the same city: a new record and a possible duplicate, never merged
    clearbox = ops.find_by(sqlite_db, "stakeholder", pic="898635937")[0]
    assert clearbox.id != lookalike.id
    assert report.possible_duplicates >= 1
    with sqlite_db.read() as s:
        pairs = {(a, b) for a, b in s.execute(select(m.DuplicateCandidate.stakeholder_a_id,
                                                     m.DuplicateCandidate.stakeholder_b_id))}
    assert (lookalike.id, clearbox.id) in pairs
    again = import_cordis(sqlite_db, shared_data / ORG_ONLY)
    assert again.possible_duplicates == 0  # already on the list


def test_demo_partnership_found_by_acronym(sqlite_db, shared_data):
    from database import demo

    demo.load(sqlite_db)
    [methaner] = ops.find_by(sqlite_db, "partnership", acronym="METHAREN")
    assert methaner.external_ref is None
    rows = [r for r in read_rows(shared_data / ORG_PROJECTS) if r["projectAcronym"] == "METHAREN"]
    if not rows:
        pytest.skip("METHAREN is not in this release of the file")
    import_cordis(sqlite_db, shared_data / ORG_PROJECTS)
    [after] = ops.find_by(sqlite_db, "partnership", acronym="METHAREN")
    assert after.id == methaner.id and after.external_ref == f"CORDIS:{rows[0]['projectID']}"
    assert after.title == methaner.title  # demo data keeps its own words


# --- region and project table ---------------------------------------------------------------------

def test_region_keeps_projects_with_a_participant_there_and_all_partners(sqlite_db, shared_data, tmp_path):
    published = read_rows(shared_data / ORG_PROJECTS)
    path = tmp_path / "he_organization.csv"  # with every 40th row refused (a short name too long)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(published[0]))
        writer.writeheader()
        writer.writerows({**r, "shortName": "X" * 201} if i % 40 == 0 else r for i, r in enumerate(published))
    rows = [r for r in read_rows(path) if not too_long(r)]
    kept = {r["projectID"] for r in rows if r["nutsCode"].startswith("ITC16")}  # Cuneo
    assert 0 < len(kept) < len({r["projectID"] for r in rows})
    report = import_cordis(sqlite_db, path, region="ITC16")
    got = register_counts(sqlite_db)
    assert got["projects"] == kept
    assert got["pics"] == {r["organisationID"] for r in rows if r["projectID"] in kept}
    assert got["participants"] == len({(r["projectID"], r["organisationID"]) for r in rows if r["projectID"] in kept})
    assert any("ITC16" in n for n in report.notes)
    # refused rows are listed when they concern the region: a project kept, or a participant there
    refused = [r for r in read_rows(path) if too_long(r)]
    concern = [r for r in refused if r["projectID"] in kept or r["nutsCode"].startswith("ITC16")]
    assert 0 < len(concern) < len(refused) and report.rows_rejected == len(concern)
    assert f"{len(refused) - len(concern)} refused rows belong to projects outside ITC16, which are left out anyway; " \
           "they are not listed among the rejects." in report.notes
    # and the note on organisations listed twice in one project counts those projects only

    twice = sum(n - 1 for (project, _pic), n in Counter((r["projectID"], r["organisationID"]) for r in rows).items()
                if project in kept)
    everywhere = sum(n - 1 for n in Counter((r["projectID"], r["organisationID"]) for r in rows).values())
    said = [n for n in report.notes if "already listed in the same project" in n]
    assert twice < everywhere
    assert [n.split(" named")[0] for n in said] == ([f"{twice} row{'s' if twice > 1 else ''}"] if twice else [])
    with pytest.raises(ops.Ris3Error, match="not a NUTS 2021 region"):
        import_cordis(sqlite_db, path, region="XX99")


def test_project_table_enriches_partnerships(sqlite_db, shared_data):
    report = import_cordis(sqlite_db, shared_data / ORG_2025, projects=shared_data / PROJECTS)
    projects = {r["id"]: r for r in read_rows(shared_data / PROJECTS)}
    # the notes count in words: one project, several projects
    from database.i18n import counted
    from database.imports.cordis import ZERO_BUDGETS, ZERO_BUDGETS_ONE

    assert any(n.endswith("projects give a total cost of 0 (lump-sum grants): their budget was left empty.")
               for n in report.notes)
    assert counted(1, ZERO_BUDGETS_ONE, ZERO_BUDGETS) == ("1 project gives a total cost of 0 (a lump-sum grant): its "
                                                          "budget was left empty.")
    doe = projects["101116741"]
    [p] = ops.find_by(sqlite_db, "partnership", external_ref="CORDIS:101116741")
    assert p.title == doe["title"] and p.acronym == "DOE"
    assert (p.start_date, p.end_date) == (date(2024, 2, 1), date(2029, 1, 31))
    assert p.total_budget == p.eu_contribution == Decimal("1499998.00")
    assert p.topics == "ERC-2023-STG" and p.description.startswith("How do longstanding")
    assert "HORIZON.1.1" in p.programme and "HORIZON-ERC" in p.programme
    assert p.status == "active" and p.scheme == "horizon_europe"
    assert p.website == "https://cordis.europa.eu/project/id/101116741"
    lump = next(i for i, r in projects.items() if r["totalCost"] == "0" and r["ecMaxContribution"] != "0"
                and ops.find_by(sqlite_db, "partnership", external_ref=f"CORDIS:{i}"))
    [q] = ops.find_by(sqlite_db, "partnership", external_ref=f"CORDIS:{lump}")
    assert q.total_budget is None and q.eu_contribution > 0  # a published 0 is "unknown", not zero
    # the participant table alone, imported again, does not undo the project table
    again = import_cordis(sqlite_db, shared_data / ORG_2025)
    assert again.counts["partnership"].updated == 0
    assert ops.get(sqlite_db, "partnership", p.id).title == doe["title"]


def test_project_table_alone(sqlite_db, shared_data):
    report = import_cordis(sqlite_db, shared_data / PROJECTS)
    assert report.counts["partnership"].new == len(read_rows(shared_data / PROJECTS))
    assert "stakeholder" not in report.counts


def test_not_cordis(sqlite_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Nome;Città\nPolitecnico;Torino\n", encoding="utf-8")
    with pytest.raises(ops.Ris3Error, match="not a CORDIS participant or project table"):
        import_cordis(sqlite_db, path)
    with pytest.raises(ops.Ris3Error, match="does not exist"):
        import_cordis(sqlite_db, tmp_path / "missing.csv")


# --- the whole table ------------------------------------------------------------------------------

@pytest.mark.slow
def test_full_table(sqlite_db, shared_data):
    path = shared_data / FULL
    rows = read_rows(path)
    assert len(rows) == 80276
    report = import_cordis(sqlite_db, path)
    assert report.rows_read == 80276
    # only values longer than their field are refused (an invisible mark in a VAT number is dropped)
    assert report.rows_rejected == sum(too_long(r) for r in rows) == 0
    assert_matches_file(sqlite_db, rows)
    pics, projects, _ = expected(rows)
    assert len(pics) > 23_000 and len(projects) > 12_800
    assert not import_cordis(sqlite_db, path).changed_anything
