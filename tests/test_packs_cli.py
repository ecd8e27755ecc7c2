"""ris3desk pack, as DESIGN.md §4 gives it: the options, the one-line error for a scope that
matches nothing, presets, the pack log."""

from __future__ import annotations

import pytest

from database import ops
from desktop_app.cli import main
from tests.packs_helpers import flat, make_demo_register, reader, text


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "register.db"
    make_demo_register(path).close()
    return path


def run(register, *args) -> int:
    return main(["--db", str(register), "pack", *map(str, args)])


def test_pack_with_every_documented_option(register, tmp_path, capsys):
    out = tmp_path / "bw.pdf"
    code = run(register, "--out", out, "--lang", "it", "--audience", "external", "--sector", "AUTO",
               "--region", "DE1", "--partnership", "PIE-BW Auto", "--title", "Visita della delegazione")
    assert code == 0
    assert f"Pack written: {out}" in capsys.readouterr().out
    pdf = out.read_bytes()
    assert reader(pdf).metadata.title == "Visita della delegazione"
    words = flat(text(pdf))
    assert "Automotive (AUTO)" in words and "Baden-Württemberg (DE1)" in words and "PIE-BW Auto" in words
    assert "PUBBLICO" in words and "Rubrica dei contatti" not in words
    db = ops.open_database(f"sqlite:///{register}")
    logged = ops.packs_issued(db)[0]
    assert logged.file_path == str(out) and logged.language == "it" and logged.audience == "external"
    assert logged.options["scope"] == {"sectors": ["AUTO"], "regions": ["DE1"], "partnerships": ["PIE-BW Auto"],
                                       "stakeholders": []}
    db.close()


def test_no_scope_is_an_overview_of_the_register(register, tmp_path):
    out = tmp_path / "overview.pdf"
    assert run(register, "--out", out) == 0
    words = flat(text(out.read_bytes()))
    assert "the whole register" in words and "Figures of the whole register" in words
    assert "INTERNAL" in words  # internal and English unless asked otherwise


def test_a_scope_that_matches_nothing_is_one_line_and_exit_1(register, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    with pytest.raises(SystemExit) as ended:
        run(register, "--out", out, "--sector", "AUTO", "--sector", "XYZ", "--partnership", "NOPE")
    assert ended.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "no sector with code 'XYZ'" in err and "no partnership with acronym 'NOPE'" in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_usage_errors_exit_2(register, tmp_path):
    with pytest.raises(SystemExit) as ended:
        run(register, "--sector", "AUTO")  # no --out
    assert ended.value.code == 2
    with pytest.raises(SystemExit) as ended:
        run(register, "--out", tmp_path / "x.pdf", "--lang", "fr")
    assert ended.value.code == 2


def test_missing_folder_is_a_clear_error(register, tmp_path, capsys):
    with pytest.raises(SystemExit) as ended:
        run(register, "--out", tmp_path / "no-such-folder" / "x.pdf")
    assert ended.value.code == 1
    assert "does not exist" in capsys.readouterr().err
    with pytest.raises(SystemExit) as ended:  # a PDF under another name would open in the wrong program
        run(register, "--out", tmp_path / "pack.txt")
    assert ended.value.code == 1 and "give a name ending in .pdf, such as pack.pdf" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_scope_with_nothing_in_it_says_so(register, tmp_path, capsys):
    assert run(register, "--out", tmp_path / "fi.pdf", "--region", "FI1") == 0
    assert "no organisation or partnership of the register is in this pack's scope" in capsys.readouterr().err


def test_reproducible_summary_file_and_preset(register, tmp_path):
    db = ops.open_database(f"sqlite:///{register}")
    ops.create(db, "pack_preset", {"name": "Catalonia", "options": {
        "scope": {"regions": ["ES51"], "partnerships": ["PIE-CAT"]}, "language": "en", "audience": "external",
        "title": "Catalonia briefing", "directory": True}})
    db.close()
    notes = tmp_path / "points.txt"
    notes.write_text("- Space economy: joint calls\n- Advanced manufacturing pilot lines\n", encoding="utf-8")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        assert run(register, "--out", out, "--preset", "Catalonia", "--summary-file", notes, "--reproducible",
                   "--date", "2025-03-10", "--author", "Marco Bianchi") == 0
    assert first.read_bytes() == second.read_bytes()
    words = flat(text(first.read_bytes()))
    assert "Catalonia briefing" in words and "Cataluña (ES51)" in words and "PIE-CAT" in words
    assert "Talking points" in words and "Space economy: joint calls" in words
    assert "Organisation directory" in words and "PUBLIC" in words
    assert reader(first.read_bytes()).metadata.author == "Marco Bianchi"
    with pytest.raises(SystemExit) as ended:
        run(register, "--out", tmp_path / "c.pdf", "--preset", "Nonexistent")
    assert ended.value.code == 1
