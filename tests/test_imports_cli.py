"""The command lines of DESIGN.md §4: ris3desk import cordis / spreadsheet / json, export."""

from __future__ import annotations

import csv
import json

import pytest

from desktop_app.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as e:
        code = e.code
    out, err = capsys.readouterr()
    return code, out, err


def test_import_cordis_summary_rejects_and_dry_run(tmp_path, cordis_sample, capsys):
    db = str(tmp_path / "r.db")
    src = str(cordis_sample)
    code, out, _ = run(capsys, "--db", db, "import", "cordis", src, "--dry-run")
    assert code == 0 and out.startswith("Dry run — nothing was written.")
    assert "organisations" in out and "new:" in out  # a dry run shows examples
    code, out, _ = run(capsys, "--db", db, "stats")
    assert json.loads(out)["stakeholders"] == 0
    rejects = tmp_path / "bad.csv"
    code, out, _ = run(capsys, "--db", db, "import", "cordis", src, "--rejects", str(rejects))
    assert code == 0 and "Imported." in out and "1 rejected" in out
    lines = [ln.split() for ln in out.splitlines() if ln.strip().startswith(("organisations", "partnerships"))]
    assert lines[0][1:3] == ["92", "new"]
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "rejected_because" and "the PIC “12345” is malformed" in rows[1][0]
    code, out, _ = run(capsys, "--db", db, "import", "cordis", src)
    assert code == 0 and " 0 new" in out and "unchanged" in out


def test_import_errors_are_one_line(tmp_path, capsys):
    db = str(tmp_path / "r.db")
    code, _, err = run(capsys, "--db", db, "import", "cordis", str(tmp_path / "missing.csv"))
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
    other = tmp_path / "x.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", "cordis", str(other))
    assert code == 1 and "not a CORDIS" in err and "Traceback" not in err
    code, _, err = run(capsys, "--db", db, "import", "cordis")
    assert code == 2
    code, _, err = run(capsys, "--db", db, "import", "spreadsheet", str(other), "--kind", "stakeholder",
                       "--mapping", "a")
    assert code == 2 and "HEADER=FIELD" in err and "unexpected" not in err  # a usage error


def test_spreadsheet_mapping_and_exports(tmp_path, capsys):
    db = str(tmp_path / "r.db")
    sheet = tmp_path / "enti.csv"
    sheet.write_text("Denominazione;Comune;Codice\nFondazione Links;Torino;X-1\nAcme;Alba;X-2\n", encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "spreadsheet", str(sheet), "--kind", "stakeholder",
                       "--show-mapping")
    assert code == 0 and "Denominazione" in out and "-> name" in out and "(not imported)" in out
    code, out, _ = run(capsys, "--db", db, "import", "spreadsheet", str(sheet), "--kind", "stakeholder",
                       "--mapping", "Codice=tags")
    assert code == 0 and "2 new" in out.replace("  ", " ").replace("  ", " ")
    code, out, _ = run(capsys, "--db", db, "export", "list", "stakeholder", "--out", str(tmp_path / "o.csv"),
                       "--filter", "province=CN")
    assert code == 0 and out.startswith("1 organisation records")
    code, out, _ = run(capsys, "--db", db, "export", "json", "--out", str(tmp_path / "all.json"))
    assert code == 0
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.db"), "import", "json", str(tmp_path / "all.json"))
    assert code == 0 and "2 organisations" in out
    code, out, err = run(capsys, "--db", db, "export", "list", "stakeholder", "--out", str(tmp_path / "o.csv"),
                         "--filter", "colour=red")
    assert code == 1 and "no filter" in err


@pytest.mark.parametrize("what", ["cordis", "spreadsheet", "json"])
def test_help(capsys, what):
    code, out, _ = run(capsys, "import", what, "--help")
    assert code == 0 and "usage" in out
