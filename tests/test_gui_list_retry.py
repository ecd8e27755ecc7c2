"""Regression: a list whose rows could not be read (the team's server was away) is read again when
its page is shown again; it used to stay empty until a filter changed."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from database import ops  # noqa: E402
from tests.gui_fixtures import *  # noqa: E402,F403
from tests.gui_fixtures import wait_idle, wait_until  # noqa: E402


def test_a_list_that_failed_to_load_loads_when_shown_again(window, monkeypatch):
    from desktop_app.gui import list_model

    real = list_model.ops.first_page

    def server_away(*_args, **_kwargs):
        raise ops.Ris3Error("The database server does not answer.")

    monkeypatch.setattr(list_model.ops, "first_page", server_away)
    window.go_page("partnership")
    wait_idle(window)
    page = window.lists["partnership"]
    assert page.model.load_failed and page.model.rowCount() == 0
    monkeypatch.setattr(list_model.ops, "first_page", real)  # the server is back
    window.go_page("stakeholder")
    wait_idle(window)
    window.go_page("partnership")
    wait_idle(window)
    wait_until(lambda: page.model.rowCount() == ops.count(window.db, "partnership"))
    assert not page.model.load_failed
