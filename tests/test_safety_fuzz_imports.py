"""Bad input to the importers, fuzzed with hypothesis: huge cells, control characters, bytes that
are not UTF-8, impossible dates, negative or wordy amounts, an end before a start, rows of the
wrong length. Every file is answered either with a clear one-line refusal (Ris3Error) or with a
report in which each bad row is a reject with a reason in plain words — and the register holds
exactly the good rows, or nothing, and passes its integrity check."""

from __future__ import annotations

import csv
import io
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from database import integrity, ops
from database.engine import open_database
from database.errors import Ris3Error
from database.imports import import_cordis
from database.imports.spreadsheet import import_spreadsheet

NASTY_TEXT = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=5),
    st.just("x" * 5000),
    st.sampled_from(["31/02/2025", "2025-13-01", "-5", "1,2,3", "NaN", "1e400", "∞", "=cmd|' /C calc'!A0",
                     "\u202eevil", "Politechnika Śląska", "Εθνικό Μετσόβιο Πολυτεχνείο", ""]),
)
DATES = st.one_of(st.dates().map(lambda d: d.isoformat()), st.sampled_from(["31/02/2025", "00/00/0000", "2025-02-30", "soon"]))
AMOUNTS = st.one_of(st.decimals(allow_nan=False, allow_infinity=False, places=2).map(str),
                    st.sampled_from(["-1000", "1.234,56", "12 e 50", "€ 5", "--3", "1" * 40]))

FUZZ = settings(max_examples=25, deadline=None, report_multiple_bugs=False, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "register.db"
    open_database(f"sqlite:///{path}").close()
    return path


def _fresh(template, tmp_path):
    target = tmp_path / "register.db"
    for old in tmp_path.glob("register.db*"):
        old.unlink()
    shutil.copyfile(template, target)
    return open_database(f"sqlite:///{target}")


def _write(path, header, rows, delimiter=",", encoding="utf-8", garbage: bytes = b""):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding, errors="surrogateescape" if encoding == "utf-8" else "replace")
    path.write_bytes(data + garbage)


def _check_outcome(db, run, counted_kind: str) -> None:
    before = ops.count(db, counted_kind)
    try:
        report = run()
    except Ris3Error as refused:
        message = str(refused)
        assert message and "\n" not in message and "Traceback" not in message
        assert ops.count(db, counted_kind) == before  # nothing half-written
    else:
        for reject in report.rejects:
            # every problem of the row is named; no cell is echoed at length (huge cells are cut)
            assert reject.reason and len(reject.reason) < 2000, reject
        added = report.counts[counted_kind].new if counted_kind in report.counts else 0
        assert ops.count(db, counted_kind) == before + added
    assert [f.message for f in integrity.check_register(db)] == []


PARTNERSHIP_HEADER = ["Title", "Acronym", "Scheme", "Status", "Start", "End", "Total budget", "EU contribution"]


@FUZZ
@given(rows=st.lists(st.tuples(NASTY_TEXT, NASTY_TEXT, st.sampled_from(["interreg", "horizon_europe", "?", ""]),
                               st.sampled_from(["active", "closed", "whatever"]), DATES, DATES, AMOUNTS, AMOUNTS),
                     min_size=1, max_size=8),
       ragged=st.booleans(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_spreadsheet_of_partnerships(template, tmp_path, rows, ragged, delimiter):
    db = _fresh(template, tmp_path)
    rows = [list(r) for r in rows]
    if ragged:
        rows[0] = rows[0][:3]  # a row with too few cells
    path = tmp_path / "partnerships.csv"
    _write(path, PARTNERSHIP_HEADER, rows, delimiter=delimiter)
    _check_outcome(db, lambda: import_spreadsheet(db, path, "partnership", backup=False), "partnership")
    db.close()


ORG_HEADER = ["Name", "Type", "PIC", "VAT number", "City", "Country", "Website", "E-mail"]


@FUZZ
@given(rows=st.lists(st.tuples(NASTY_TEXT, st.sampled_from(["SME", "Università", "university", "spaceship"]),
                               st.one_of(st.from_regex(r"\A\d{9}\Z"), NASTY_TEXT), NASTY_TEXT, NASTY_TEXT,
                               st.sampled_from(["IT", "it", "Italy", ""]), NASTY_TEXT, NASTY_TEXT),
                     min_size=1, max_size=8),
       encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]),
       garbage=st.sampled_from([b"", b"\xff\xfe\xfa broken bytes\n", b"\x00\x00"]))
def test_spreadsheet_of_organisations_in_any_encoding(template, tmp_path, rows, encoding, garbage):
    db = _fresh(template, tmp_path)
    path = tmp_path / "organisations.csv"
    _write(path, ORG_HEADER, [list(r) for r in rows], encoding=encoding, garbage=garbage)
    _check_outcome(db, lambda: import_spreadsheet(db, path, "stakeholder", backup=False), "stakeholder")
    db.close()


CORDIS_HEADER = ("projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;"
                 "city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;"
                 "ecContribution;netEcContribution;totalCost;endOfParticipation;active").split(";")


@FUZZ
@given(rows=st.lists(st.fixed_dictionaries({
    "projectID": st.one_of(st.from_regex(r"\A1011\d{5}\Z"), NASTY_TEXT),
    "projectAcronym": NASTY_TEXT,
    "organisationID": st.one_of(st.from_regex(r"\A9\d{8}\Z"), NASTY_TEXT),
    "name": NASTY_TEXT,
    "SME": st.sampled_from(["true", "False", "maybe", ""]),
    "activityType": st.sampled_from(["HES", "REC", "PRC", "PUB", "OTH", "", "XYZ"]),
    "city": NASTY_TEXT,
    "country": st.sampled_from(["IT", "DE", "", "Italia"]),
    "nutsCode": st.sampled_from(["ITC11", "DE111", "", "ZZ99", "itc1"]),
    "role": st.sampled_from(["coordinator", "participant", "thirdParty", "boss", ""]),
    "ecContribution": AMOUNTS,
    "totalCost": AMOUNTS,
}), min_size=1, max_size=10))
def test_cordis_participant_table(template, tmp_path, rows):
    db = _fresh(template, tmp_path)
    path = tmp_path / "organization.csv"
    _write(path, CORDIS_HEADER, [[r.get(c, "") for c in CORDIS_HEADER] for r in rows], delimiter=";")
    _check_outcome(db, lambda: import_cordis(db, path, backup=False), "stakeholder")
    db.close()


@FUZZ
@given(content=st.binary(max_size=400))
def test_any_bytes_at_all(template, tmp_path, content):
    db = _fresh(template, tmp_path)
    path = tmp_path / "received.csv"
    path.write_bytes(content)
    _check_outcome(db, lambda: import_cordis(db, path, backup=False), "stakeholder")
    _check_outcome(db, lambda: import_spreadsheet(db, path, "contact", backup=False), "contact")
    db.close()
