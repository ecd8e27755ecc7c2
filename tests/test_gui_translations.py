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
