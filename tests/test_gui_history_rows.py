"""Regression: an entry holding several values at once — a merge, an import's update — is shown one
value per row, each field by its label (it was one row of raw JSON: `{"phone": null, …}`)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import ops  # noqa: E402
from desktop_app.gui.history_panel import load_history  # noqa: E402


def test_a_merge_reads_field_by_field(qapp, sqlite_db):
    kept = ops.create(sqlite_db, "stakeholder", {"name": "Politecnico di Torino", "type": "university"}).record
    other = ops.create(sqlite_db, "stakeholder", {"name": "POLITECNICO DI TORINO", "type": "university",
                                                  "phone": "+39 011 0906000", "city": "Torino"}).record
    ops.merge_stakeholders(sqlite_db, kept.id, other.id)
    _version, rows = load_history(sqlite_db, "stakeholder", kept.id)
    merged = [r for r in rows if r["action"] == "merge"]
    assert merged and not any(str(r["before"] or "").startswith("{") or str(r["after"] or "").startswith("{")
                              for r in rows)
    by_label = {r["label"]: r for r in merged}
    assert by_label["Phone"]["after"] == "+39 011 0906000" and by_label["Phone"]["before"] in (None, "")
    assert by_label["Organisation merged in"]["after"] == "POLITECNICO DI TORINO"
    assert not any(r["restorable"] for r in merged)  # a merge is undone from the duplicates view

    _version, rows = load_history(sqlite_db, "stakeholder", other.id)
    assert any(r["label"] == "Record kept" and r["after"] == "Politecnico di Torino" for r in rows)
