"""The main window driven like an officer would: navigation, details, find, filters, saved
searches, copying, columns, language, home page, network, preferences, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui_fixtures import *  # noqa: F403
from tests.gui_fixtures import find_dialog, wait_idle, wait_until

pytest.importorskip("PySide6")
ROOT = Path(__file__).resolve().parents[1]


def _select(window, kind, name):
    """Select a record in its list by name (through the list's own filter)."""
    from database import ops

    rec = ops.find_by(window.db, kind, **({"name": name} if kind != "partnership" else {"acronym": name}))[0]
    window.open_record(kind, rec.id)
    wait_idle(window)
    page = window.lists[kind]
    wait_until(lambda: page.detail.view.record_id == rec.id and page.detail.view.detail is not None)
    return rec


def test_title_navigation_and_status(window, qtbot):
    from PySide6.QtCore import Qt

    assert window.windowTitle() == "RIS3 Desk — register"
    assert window.current_page_key() == "stakeholder"
    page = window.lists["stakeholder"]
    assert "62 organisations" == page.count_label.text()
    assert window.location_label.text().endswith("register.db")
    for key in ("home", "sector", "partnership", "region", "interaction", "network"):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{('home', 'sector', 'stakeholder', 'partnership', 'region', 'interaction', 'network').index(key) + 1}"),
                       Qt.KeyboardModifier.ControlModifier)
        wait_idle(window)
        assert window.current_page_key() == key
    assert window.lists["region"].model.rowCount() > 2000
    assert [m.title() for m in (window.menu_file, window.menu_edit, window.menu_view, window.menu_tools,
                                window.menu_help)] == ["&File", "&Edit", "&View", "&Tools", "&Help"]


def test_detail_links_and_back_forward(window, qtbot):
    from PySide6.QtCore import Qt

    poli = _select(window, "stakeholder", "Politecnico di Torino")
    page = window.lists["stakeholder"]
    html = page.detail.view.toHtml()
    assert "Politecnico di Torino" in html and "Contact persons" in html and "Partnerships" in html
    d = page.detail.view.detail
    partnership = d.participations[0].partnership
    # one click on a partnership's link opens it
    page.detail.view.anchorClicked.emit(__import__("PySide6.QtCore").QtCore.QUrl(f"record:partnership/{partnership.id}"))
    wait_idle(window)
    assert window.current_page_key() == "partnership"
    ppage = window.lists["partnership"]
    wait_until(lambda: ppage.detail.view.detail is not None and ppage.detail.view.record_id == partnership.id)
    assert partnership.title in ppage.detail.view.toPlainText()
    assert "Politecnico di Torino" in ppage.detail.view.toPlainText()  # participants by role
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    wait_idle(window)
    assert window.current_page_key() == "stakeholder" and page.current_id == poli.id
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    wait_idle(window)
    assert window.current_page_key() == "partnership" and ppage.current_id == partnership.id
    assert window.current_selection() == ("partnership", [partnership.id])


def test_selecting_rows_shows_details_and_multiselection(window, qtbot):
    from PySide6.QtCore import QItemSelectionModel, Qt

    page = window.lists["stakeholder"]
    table = page.table
    table.setFocus()
    table.selectRow(0)
    wait_idle(window)
    first = page.model.id_at(0)
    wait_until(lambda: page.detail.view.record_id == first and page.detail.view.detail is not None)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    kind, ids = window.current_selection()
    assert kind == "stakeholder" and ids == [page.model.id_at(r) for r in range(3)]
    table.selectionModel().select(page.model.index(10, 0), QItemSelectionModel.SelectionFlag.Select
                                  | QItemSelectionModel.SelectionFlag.Rows)
    assert len(window.current_selection()[1]) == 4


def test_copy_rows_to_the_clipboard(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    page = window.lists["stakeholder"]
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    wait_idle(window)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Name", "Type", "City"]
    assert len(lines) == 3
    first = page.model.record(0)
    assert lines[1].split("\t")[0] == first.name


def test_find_as_you_type_grouped_by_kind(window, qtbot):
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus() or QApplicationFocus(window.search_field)
    qtbot.keyClicks(window.search_field, "torino")
    wait_idle(window)
    assert window.current_page_key() == "find"
    model = window.find_page.model
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups[0].startswith("Organisations (") and any(g.startswith("Partnerships (") for g in groups)
    first_group = model.index(0, 0)
    names = [model.index(r, 0, first_group).data() for r in range(model.rowCount(first_group))]
    assert "Politecnico di Torino" in names
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    wait_idle(window)
    assert window.current_page_key() == "stakeholder"
    assert window.lists["stakeholder"].current_id is not None
    # Escape leaves the search
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "x")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == "" and window.current_page_key() != "find"


def QApplicationFocus(widget):  # noqa: N802 - offscreen focus can lag a click
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget() is widget


def test_filters_and_saved_searches(window, qtbot):
    from PySide6.QtWidgets import QInputDialog

    from database import ops

    page = window.lists["stakeholder"]
    bar = page.filter_bar
    wait_until(lambda: bar.combos["sector"].count() > 5)
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        bar.combos["type"].setCurrentIndex(bar.combos["type"].findData("university"))
    universities = ops.count(window.db, "stakeholder", {"type": "university"})
    assert page.model.rowCount() == universities
    assert page.count_label.text() == f"{universities} organisations match the filters"
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        bar.combos["province"].setCurrentIndex(bar.combos["province"].findData("TO"))
    assert page.model.rowCount() == ops.count(window.db, "stakeholder", {"type": "university", "province": "TO"})
    # save it: it appears in the navigation and brings the filters back
    window.save_search("stakeholder")
    dialog = find_dialog(QInputDialog)
    dialog.setTextValue("Universities in Torino")
    dialog.accept()
    wait_idle(window)
    saved = ops.find_by(window.db, "saved_search", name="Universities in Torino")
    assert saved and saved[0].filters == {"type": "university", "province": "TO"}
    items = [window.navigation.item(i).text().strip() for i in range(window.navigation.count())]
    assert "Saved searches" in items and "Universities in Torino" in items
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        bar.clear()
    assert page.model.rowCount() == 62
    window.navigation.setCurrentRow(items.index("Universities in Torino"))
    wait_idle(window)
    wait_until(lambda: page.model.filters == {"type": "university", "province": "TO"} and page.model.ids_known)
    assert page.model.rowCount() == ops.count(window.db, "stakeholder", {"type": "university", "province": "TO"})


def test_partnership_filters(window, qtbot):
    from database import ops

    window.go_page("partnership")
    page = window.lists["partnership"]
    wait_idle(window)
    bar = page.filter_bar
    wait_until(lambda: bar.combos["year"].count() > 3)
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        bar.combos["scheme"].setCurrentIndex(bar.combos["scheme"].findData("vanguard"))
    assert page.model.rowCount() == ops.count(window.db, "partnership", {"scheme": "vanguard"}) > 0
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        bar.set_state({"year": 2024, "status": "active"})
    assert page.model.rowCount() == ops.count(window.db, "partnership", {"year": 2024, "status": "active"})


def test_columns_order_widths_and_sort_are_remembered(window, qtbot, gui_db, settings_dir):
    from PySide6.QtCore import Qt

    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker

    page = window.lists["stakeholder"]
    header = page.table.horizontalHeader()
    header.setSectionHidden(1, True)  # type
    header.setSectionHidden(6, False)  # PIC
    header.moveSection(header.visualIndex(2), 0)  # city first
    header.resizeSection(0, 222)
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "city" and page.model.descending
    window.save_state()
    worker = DbWorker()
    again = MainWindow(gui_db, worker, Preferences(language="en"), WindowState(), start_page="stakeholder")
    try:
        wait_idle(again)
        header2 = again.lists["stakeholder"].table.horizontalHeader()
        assert header2.isSectionHidden(1) and not header2.isSectionHidden(6)
        assert header2.logicalIndex(0) == 2 and header2.sectionSize(0) == 222
        model = again.lists["stakeholder"].model
        assert (model.sort_key, model.descending) == ("city", True)
    finally:
        again._closing = True
        again.close()
        worker.stop()


def test_column_chooser_menu(window):
    page = window.lists["stakeholder"]
    page.table.choose_columns()
    menu = page.table._column_menu
    actions = [a for a in menu.actions() if a.isCheckable()]
    assert [a.text() for a in actions][:3] == ["Name", "Type", "City"]
    actions[1].setChecked(False)
    assert page.table.horizontalHeader().isSectionHidden(1)
    menu.close()


def test_language_switch_keeps_work(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    _select(window, "stakeholder", "Politecnico di Torino")
    window.new_record("stakeholder")
    wait_idle(window)
    page = window.lists["stakeholder"]
    form = page.editor.form
    qtbot.keyClicks(form.editors["name"].widget, "Nuova Impresa")
    form.editors["pic"].widget.setText("12")
    window.switch_language("it")
    wait_idle(window)
    assert window.menu_file.title() == "&File"
    assert window.menu_edit.title() == "&Modifica"
    assert window.menu_view.title() == "&Visualizza"
    assert page.heading.text() == "Organizzazioni"
    # the form is still there, with what was typed, relabelled
    assert page.editor is not None and form.editors["name"].widget.text() == "Nuova Impresa"
    assert form._labels["name"].text().startswith("&Nome")
    assert "PIC" in form.problem_for("pic") and "9 cifre" in form.problem_for("pic")
    assert page.model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Tipo"
    # choices are translated in lists and forms
    assert form.editors["type"].widget.itemText(1) == "Università"
    # Qt's own texts too (a standard button)
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annulla"
    assert (window.act_undo.text(), window.act_redo.text()) == ("Annulla", "Rifai")  # made in English
    window.switch_language("en")
    wait_idle(window)
    assert page.heading.text() == "Organisations" and form.editors["name"].widget.text() == "Nuova Impresa"
    assert isinstance(form.editors["name"].widget, QLineEdit)


def test_a_form_in_its_own_window_follows_a_language_switch(window, qtbot):
    from desktop_app.gui.forms import RecordDialog

    window.editing.open_dialog("contact")
    dialog = find_dialog(RecordDialog)
    english = dialog.windowTitle()
    window.switch_language("it")
    wait_idle(window)
    wait_until(lambda: dialog.windowTitle() != english)
    assert dialog.windowTitle() == dialog.frame.title.text()
    window.switch_language("en")
    wait_until(lambda: dialog.windowTitle() == english)
    dialog.reject()


def test_home_page_figures_lead_to_lists(window, qtbot):
    from database import ops

    window.go_page("home")
    wait_idle(window)
    home = window.home
    wait_until(lambda: home.data is not None)
    board = ops.dashboard(window.db)
    assert [r[2] for r in home.by_type.rows] == [n for _, n in board.by_type]
    assert "62 organisations" in home.totals.text()
    assert home.by_sector.rows and home.by_scheme.rows and home.by_status.rows
    # organisations but none in an S3 area (as after a CORDIS import): the card says how to link them
    import dataclasses

    assert home.cards["sector"].note.text() == "Click a bar to list them."
    real = home.data
    home._arrived((dataclasses.replace(real[0], by_sector=tuple((*area, 0) for *area, _n in real[0].by_sector)),
                   *real[1:]))
    assert home.cards["sector"].note.text().startswith("No organisation is linked to an S3 area yet")
    home._arrived(real)
    assert home.cards["sector"].note.text() == "Click a bar to list them."
    key = home.by_type.rows[0][0]
    home.by_type.activated.emit(key)
    wait_idle(window)
    page = window.lists["stakeholder"]
    wait_until(lambda: page.model.filters == {"type": key} and page.model.ids_known)
    assert page.model.rowCount() == ops.count(window.db, "stakeholder", {"type": key})


def test_network_view_and_click_through(window, qtbot):
    poli = _select(window, "stakeholder", "Politecnico di Torino")
    window.handle_action("network", "stakeholder", poli.id)
    wait_idle(window)
    net = window.network
    wait_until(lambda: net.data is not None)
    assert window.current_page_key() == "network"
    names = [net.members.item(i).text() for i in range(net.members.count())]
    assert any(n.startswith("Politecnico di Torino") for n in names) and len(names) > 2
    assert "Network around the organisation “Politecnico di Torino”" == net.heading.text()
    # every name is drawn above every circle (none hides behind a neighbour), and lets clicks
    # through to the organisation underneath
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    labels = [i for i in net.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert {label.text() for label in labels} >= {"Politecnico di Torino"}
    assert min(label.zValue() for label in labels) > max(node.zValue() for node in net._nodes.values())
    assert all(label.acceptedMouseButtons() == Qt.MouseButton.NoButton for label in labels)
    # pointing at an organisation lights up its links, and only those; leaving puts them back
    accent = net.palette().color(net.palette().ColorRole.Highlight)
    before = [edge.pen().color() for _link, edge, _pen in net._edges]
    net.highlight(poli.id)
    lit = [(poli.id in (link.a, link.b), edge.pen().color() == accent) for link, edge, _pen in net._edges]
    assert lit and all(ours == on for ours, on in lit)
    net.highlight(None)
    assert [edge.pen().color() for _link, edge, _pen in net._edges] == before
    other = next(item for item in net._nodes.values() if item.node.id != poli.id)
    net.open_record.emit("stakeholder", other.node.id)
    wait_idle(window)
    assert window.current_page_key() == "stakeholder" and window.lists["stakeholder"].current_id == other.node.id


def test_preferences_set_the_author_of_changes(window, qtbot):
    from database import ops
    from desktop_app.gui.preferences import Preferences
    from desktop_app.gui.preferences_dialog import PreferencesDialog

    window.open_preferences()
    dialog = find_dialog(PreferencesDialog)
    wait_idle(window)
    dialog.officer.setText("Maria Rossi")
    dialog.backup.setText("/tmp/backups")
    dialog._check()
    wait_idle(window)
    assert window.prefs.officer_name == "Maria Rossi"
    assert Preferences.load().officer_name == "Maria Rossi" and Preferences.load().backup_folder == "/tmp/backups"
    rec = _select(window, "stakeholder", "Politecnico di Torino")
    window.edit_record("stakeholder", rec.id)
    wait_idle(window)
    frame = window.lists["stakeholder"].editor
    frame.form.editors["city"].widget.setText("Torino (TO)")
    frame.save_requested.emit()
    wait_idle(window)
    entries = ops.history(window.db, rec.id)
    assert entries[0].field == "city" and entries[0].author == "Maria Rossi"


def _run(env_extra, *args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_extra)
    return subprocess.run([sys.executable, "-m", "desktop_app.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_quit_after_paint_reports_the_start_up_time(gui_url, tmp_path):
    path = gui_url.removeprefix("sqlite:///")
    result = _run({"RIS3DESK_QUIT_AFTER_PAINT": "1", "XDG_CONFIG_HOME": str(tmp_path)}, "--db", path)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("window painted in ") and line.endswith(" s")
    assert 0 < float(line.split()[3]) < 60


def test_a_register_that_cannot_be_opened_is_a_clear_message(tmp_path, qapp, qtbot, settings_dir):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.gui.app import run_window

    bad = tmp_path / "notes.db"
    bad.write_text("these are not a database")
    seen = {}

    def answer():
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, answer)
            return
        seen["text"] = boxes[0].text() + " " + boxes[0].informativeText()
        boxes[0].button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    assert run_window(f"sqlite:///{bad}") == 1
    assert "cannot be opened" in seen["text"] and "not a RIS3 Desk database" in seen["text"]
    assert "Traceback" not in seen["text"]
    assert bad.read_text() == "these are not a database"


def test_clicking_a_header_sorts_by_the_database(window, qtbot):
    from PySide6.QtCore import QPoint, Qt

    from database import ops

    page = window.lists["stakeholder"]
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2  # City
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.sort_key == "city"
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == ops.list_ids(
        window.db, "stakeholder", sort="city", descending=page.model.descending)
    with qtbot.waitSignal(page.model.ids_ready, timeout=20_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == ops.list_ids(
        window.db, "stakeholder", sort="city", descending=page.model.descending)
    assert page.table.horizontalHeader().sortIndicatorSection() == 2
