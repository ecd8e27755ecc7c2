"""Every text of the window and of the data layer is in the committed .ts files, and Italian has
a translation for each (placeholders kept)."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(path).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            out[(name, message.find("source").text)] = message.find("translation")
    return out


def test_ts_files_are_up_to_date_with_the_sources(tmp_path):
    import tasks

    if not Path(shutil.which("pyside6-lupdate") or tasks.BIN / "pyside6-lupdate").exists() and \
            not Path(__import__("sys").executable).with_name("pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed")
    for ts in FOLDER.glob("*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    tasks.update_translations(tmp_path)
    for name in ("ris3desk_it.ts", "ris3desk_en.ts"):
        fresh, committed = set(_messages(tmp_path / name)), set(_messages(FOLDER / name))
        assert fresh == committed, (f"{name} is out of date: run `python tasks.py update-translations`; "
                                    f"new: {sorted(fresh - committed)[:5]} gone: {sorted(committed - fresh)[:5]}")


def test_every_text_has_an_italian_translation_with_the_same_placeholders():
    messages = _messages(FOLDER / "ris3desk_it.ts")
    contexts = {context for context, _ in messages}
    assert {"fields", "validation", "choices", "errors", "MainWindow", "Details"} <= contexts
    for (context, source), translation in messages.items():
        assert translation.get("type") != "unfinished" and translation.text, f"untranslated: {context}: {source}"
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), \
            f"placeholders differ: {source!r} -> {translation.text!r}"


def test_english_counts_say_one_and_many(qapp):
    """Qt's plural texts ('%n backup(s).') read as English in the English window: every one has
    its two forms in ris3desk_en.ts."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.gui.i18n import Translations, ensure_compiled

    plural = [(c, s) for (c, s), t in _messages(FOLDER / "ris3desk_en.ts").items() if "%n" in s]
    assert plural
    ensure_compiled()
    translations = Translations(qapp)
    translations.set_language("en")
    try:
        for context, source in plural:
            one, many = (QCoreApplication.translate(context, source, "", n) for n in (1, 3))
            assert "(s)" not in one + many and one != many, (context, source, one, many)
        assert QCoreApplication.translate("ReportView", "%n possible duplicate organisation(s) to review (Tools ▸ "
                                          "Duplicates).", "", 1) == (
            "1 possible duplicate organisation to review (Tools ▸ Duplicates).")
    finally:
        translations.set_language("en")


def test_a_register_that_cannot_be_opened_is_explained_in_the_windows_language(qapp, tmp_path):
    """Why a register cannot be opened reaches the Italian window in Italian — reasons within
    the sentence too — while the command line says it in English."""
    import sqlite3

    from database import engine, sqlite_file
    from database.errors import DatabaseOpenError, EncryptedDatabaseError
    from desktop_app.gui.i18n import Translations, ensure_compiled, error_text

    ensure_compiled()
    translations = Translations(qapp)
    translations.set_language("it")
    try:
        missing = tmp_path / "missing"
        with pytest.raises(DatabaseOpenError) as caught:
            engine.open_database(f"sqlite:///{missing / 'register.db'}")
        assert str(caught.value) == f"The folder {missing} does not exist."
        assert error_text(caught.value) == f"La cartella {missing} non esiste."

        other = tmp_path / "other.db"
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
        with pytest.raises(DatabaseOpenError) as caught:
            engine.open_database(f"sqlite:///{other}")
        assert error_text(caught.value) == (
            f"{other} contiene altri dati, non un registro di RIS3 Desk; è stato lasciato intatto.")

        within = DatabaseOpenError(engine.CANNOT_CREATE.format(
            path=other, reason=sqlite_file.READ_ONLY_FOLDER.format(folder=tmp_path)))
        assert error_text(within).startswith(f"Non è possibile creare un registro in {other}: la sua cartella "
                                             f"{tmp_path} è di sola lettura")
        assert "folder of your own" in str(within)
        assert error_text(EncryptedDatabaseError(other, wrong=True)).startswith(
            "La passphrase di other.db non è corretta")
        from database import backup
        from database.errors import Ris3Error

        with pytest.raises(Ris3Error) as caught:
            backup.verify(tmp_path)
        assert error_text(caught.value).startswith(f"{tmp_path} è una cartella; indica il file della copia")
        stranger = tmp_path / "stranger.db"
        stranger.write_bytes(b"SQLite format 3\x00" + bytes(200))  # a header cut short
        with pytest.raises(Ris3Error) as caught:
            backup.verify(stranger)
        assert "cannot be restored" in str(caught.value)
        assert error_text(caught.value).startswith("Non è possibile ripristinare stranger.db: stranger.db ")
        with pytest.raises(Ris3Error) as caught:
            backup.verify(other)  # within the sentence, why: a part of its own
        assert error_text(caught.value) == (
            "Non è possibile ripristinare other.db: è un database SQLite ma non un registro di RIS3 Desk.")
        with pytest.raises(DatabaseOpenError) as caught:
            engine.check_url("mysql://someone@somewhere/db")
        assert error_text(caught.value).startswith("RIS3 Desk non può usare un database mysql. Usa postgresql+psycopg"
                                                   "://UTENTE@HOST")
    finally:
        translations.set_language("en")


def test_the_window_writes_a_persons_data_report_in_its_language(qapp, sqlite_db, tmp_path):
    """The readable data-subject access report is for the person it describes: the Italian window
    writes it in Italian (headings, the fields' names, the history's actions, counts); the command
    line, and the JSON for machines, in English."""
    import json
    from datetime import date

    from database import demo, export, ops
    from desktop_app.gui.i18n import Translations, ensure_compiled, message_text

    demo.load(sqlite_db)
    contact = ops.list_page(sqlite_db, "contact", limit=1).rows[0]
    ops.update(sqlite_db, "contact", contact.id, {"role": "Responsabile ricerca"}, expected_version=contact.version)
    ops.create(sqlite_db, "interaction", {"date": date(2026, 3, 3), "kind": "meeting", "subject": "Visita a Lione",
                                          "notes": f"{contact.name} manderà la bozza."})
    ensure_compiled()
    translations = Translations(qapp)
    translations.set_language("it")
    try:
        export.export_subject_access(sqlite_db, contact.id, tmp_path / "persona.txt", say=message_text)
        export.export_subject_access(sqlite_db, contact.id, tmp_path / "person.json", say=message_text)
    finally:
        translations.set_language("en")
    export.export_subject_access(sqlite_db, contact.id, tmp_path / "person.txt")
    italian = (tmp_path / "persona.txt").read_text(encoding="utf-8").splitlines()
    english = (tmp_path / "person.txt").read_text(encoding="utf-8").splitlines()
    assert italian[0] == "Dati conservati su una persona (richiesta di accesso dell’interessato)"
    assert italian[1] == f"Registro: {sqlite_db.name}" and "La persona" in italian
    assert "  Ruolo: Responsabile ricerca" in italian and f"  Nome: {contact.name}" in italian
    assert "Cronologia (2 voci)" in italian and "Citata in (1 scheda)" in italian
    assert "  interazione: Visita a Lione" in italian and f"    Note: {contact.name} manderà la bozza." in italian
    assert "  interaction: Visita a Lione" in english and f"    Notes: {contact.name} manderà la bozza." in english
    assert any(" UTC  modifica — Ruolo: “" in line and line.endswith("→ “Responsabile ricerca”") for line in italian)
    assert english[0] == "Data held about one person (data-subject access request)"
    assert "History (2 entries)" in english and "  Role: Responsabile ricerca" in english
    assert len(italian) == len(english)  # the same report, line for line
    data = json.loads((tmp_path / "person.json").read_text(encoding="utf-8"))
    assert data["what"] == english[0] and data["person"]["Role"] == "Responsabile ricerca"
