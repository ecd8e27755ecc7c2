"""The main window: navigation, pages, menus, the search field, the status bar, undo and
history. Other windows (packs, imports, backups, history) are wired in through the stable
surface described in README.md: ``db``, ``worker``, ``prefs``, ``undo_stack``,
``apply_changes``, ``open_record``, ``current_selection`` and the ``menu_*`` attributes."""

from __future__ import annotations

import traceback
import uuid

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import ops
from database.i18n import Message

from . import i18n
from .editing import Editing
from .list_page import ListPage
from .message_bar import MessageBar
from .messages import ask_discard, show_error, show_info
from .preferences import Preferences, WindowState
from .records_ui import LIST_KINDS, kind_count, kind_name, kind_title
from .window_tools import WindowTools

_T = QCoreApplication.translate
FIRST_SHARE = 0.9  # of the screen's free area the window takes on first start (then as the officer left it)
FIRST_FRAME = QMargins(4, 32, 4, 4)  # allowed for the frame and title bar before the window system says
PAGES = ("home", *LIST_KINDS, "network")
# records shown in the page of another kind: (kind of the page, field that points to it)
PARENT = {"contact": ("stakeholder", "stakeholder_id"), "participant": ("partnership", "partnership_id"),
          "partner_region": ("partnership", "partnership_id"), "action": ("interaction", "interaction_id"),
          "municipality": (None, None), "ket": (None, None)}


class MainWindow(QMainWindow):
    language_switched = Signal(str)
    closed = Signal()  # the window was closed (after any unsaved-changes question)

    def __init__(self, db, worker, prefs: Preferences, state: WindowState | None = None, start_page: str | None = None):
        super().__init__()
        self.db = db
        self.worker = worker
        self.prefs = prefs
        self.state = state or WindowState()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)
        self.editing = Editing(self)
        self.last_question = self.last_conflict_dialog = self.last_link_dialog = None
        self.shortcuts_dialog = None
        self._first_start = False
        self._fitted_size = self._fitted_margins = None
        self._history: list[tuple] = []
        self._history_index = -1
        self._closing = False
        self._home_stale = True
        self.errors_seen: list[BaseException] = []  # unexpected errors shown (tests check it stays empty)
        self.setWindowTitle(f"RIS3 Desk — {db.name}")
        self.setObjectName("mainWindow")

        # pages are built when first shown: the window paints its first list sooner
        self.pages: dict[str, QWidget] = {}
        self.lists: dict[str, ListPage] = {}
        self.stack = QStackedWidget(self)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(140)
        self.navigation.currentItemChanged.connect(self._nav_changed)
        self.navigation.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigation.customContextMenuRequested.connect(self._nav_menu)
        self._saved_searches: list = []
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 1110])
        self.splitter = splitter
        self.message_bar = MessageBar(self)  # warnings to read, not to answer (an unsafe place)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.backups = None  # AutomaticBackups, once watch_register() started them

        self.search_field = QLineEdit(self)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(280)
        self.search_field.setMaximumWidth(420)
        self.search_field.textChanged.connect(self._search_typed)
        self.search_field.returnPressed.connect(lambda: self.find_page.open_current())
        self.search_field.installEventFilter(self)
        self._build_actions()
        self._build_menus()
        self.tools = WindowTools(self)  # packs, import and export, duplicates, backups, checks, privacy
        self._build_toolbar()
        self._build_status()
        worker.error.connect(self.unexpected_error)
        worker.busy_changed.connect(self._busy)
        self.retranslate()
        self._restore_window()
        start = start_page or self.state.value("window/page", "home")
        self.go_page(start if start in PAGES else "home")
        if start in self.lists:  # after the first list is in, as its filters' choices
            self.lists[start].model.ids_ready.connect(self._load_saved_searches, Qt.ConnectionType.SingleShotConnection)
        else:
            self._load_saved_searches()

    # --- building ------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """A page, built the first time it is asked for."""
        if key not in self.pages:
            if key in LIST_KINDS:
                widget = ListPage(self, key, self)
                widget.action.connect(self.handle_action)
                widget.status.connect(self._update_status)
                widget.table.addAction(self.act_copy)
                widget.table.addAction(self.act_delete)
                widget.detail.tabs.restored.connect(lambda outcome: self.apply_changes(outcome.changes))
                self.lists[key] = widget
            elif key == "home":
                from .home_page import HomePage

                widget = HomePage(self.worker, self.db, self)
                widget.open_record.connect(self.open_record)
                widget.open_list.connect(self.open_list)
            elif key == "network":
                from .network_view import NetworkPage

                widget = NetworkPage(self.worker, self.db, self)
                widget.open_record.connect(self.open_record)
            elif key == "find":
                from .find import FindPage

                widget = FindPage(self.worker, self.db, self)
                widget.open_record.connect(self._open_found)
                widget.open_list.connect(self._open_found_list)
            else:
                raise KeyError(key)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def list_page(self, kind: str) -> ListPage:
        return self.page(kind)

    @property
    def home(self):
        return self.page("home")

    @property
    def network(self):
        return self.page("network")

    @property
    def find_page(self):
        return self.page("find")

    def _action(self, slot, shortcut=None, context=None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if context is not None:
            action.setShortcutContext(context)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        seq = QKeySequence
        self.act_new = {kind: self._action(lambda _c=False, k=kind: self.new_record(k)) for kind in LIST_KINDS}
        self.act_new["stakeholder"].setShortcut(seq.StandardKey.New)
        self.act_quit = self._action(self.close, seq.StandardKey.Quit)
        # Our own actions rather than QUndoStack.createUndoAction's, whose "Undo %1" is fixed in
        # the language of the moment it was made: these say what they undo in the current one.
        self.act_undo = self._action(self.undo_stack.undo, [seq(Qt.Modifier.CTRL | Qt.Key.Key_Z)])
        self.act_redo = self._action(self.undo_stack.redo, [seq(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                                                            seq(Qt.Modifier.CTRL | Qt.Key.Key_Y)])
        self.undo_stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self._undo_of = {"undo": "", "redo": ""}  # what the stack would undo / redo now (its signals say)
        self.undo_stack.undoTextChanged.connect(lambda text: self._undo_texts(undo=text))
        self.undo_stack.redoTextChanged.connect(lambda text: self._undo_texts(redo=text))
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        # Copy and Delete act on the list that has the focus: fields keep their own Ctrl+C and Del
        self.act_copy = QAction(self)
        self.act_copy.setShortcut(seq.StandardKey.Copy)
        self.act_copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_copy.triggered.connect(lambda: self.current_list() and self.current_list().copy_rows())
        self.act_delete = QAction(self)
        self.act_delete.setShortcut(seq.StandardKey.Delete)
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selection)
        self.act_edit = self._action(self.edit_current, seq(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.act_save = self._action(self.save_current_editor, seq.StandardKey.Save)
        self.act_find = self._action(self.focus_search, seq.StandardKey.Find)
        self.act_preferences = self._action(self.open_preferences, seq(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
        self.act_page = {key: self._action(lambda _c=False, k=key: self.go_page(k),
                                           seq(Qt.Modifier.CTRL | getattr(Qt.Key, f"Key_{i + 1}")))
                         for i, key in enumerate(PAGES)}
        self.act_back = self._action(self.back, seq(Qt.Modifier.ALT | Qt.Key.Key_Left))
        self.act_forward = self._action(self.forward, seq(Qt.Modifier.ALT | Qt.Key.Key_Right))
        self.act_refresh = self._action(self.refresh, seq.StandardKey.Refresh)
        self.act_history = self._action(self.toggle_history, seq(Qt.Modifier.CTRL | Qt.Key.Key_H))
        self.act_columns = self._action(lambda: self.current_list() and self.current_list().table.choose_columns())
        self.act_language = {lang: self._action(lambda _c=False, lg=lang: self.switch_language(lg))
                             for lang in i18n.LANGUAGES}
        for action in self.act_language.values():
            action.setCheckable(True)
        self.act_network = self._action(self.network_of_current, seq(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_N))
        self.act_links = self._action(self.links_of_current, seq(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_L))
        self.act_save_search = self._action(lambda: self.current_list() and self.save_search(self.current_list().kind))
        self.act_shortcuts = self._action(self.show_shortcuts, seq.StandardKey.HelpContents)
        self.act_about = self._action(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_new = self.menu_file.addMenu("")
        for kind in LIST_KINDS:
            self.menu_new.addAction(self.act_new[kind])
        self.menu_file.addSeparator()
        self._file_end = self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        for action in (self.act_undo, self.act_redo, None, self.act_edit, self.act_save, self.act_copy, self.act_delete,
                       None, self.act_find, None, self.act_preferences):
            self.menu_edit.addSeparator() if action is None else self.menu_edit.addAction(action)
        self.menu_view = bar.addMenu("")
        for key in PAGES:
            self.menu_view.addAction(self.act_page[key])
        self.menu_view.addSeparator()
        for action in (self.act_back, self.act_forward, self.act_refresh, self.act_history, self.act_columns):
            self.menu_view.addAction(action)
        self.menu_language = self.menu_view.addMenu("")
        for action in self.act_language.values():
            self.menu_language.addAction(action)
        self.menu_tools = bar.addMenu("")
        for action in (self.act_network, self.act_links, self.act_save_search):
            self.menu_tools.addAction(action)
        self.menu_tools.addSeparator()
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar = bar
        bar.addAction(self.act_back)
        bar.addAction(self.act_forward)
        bar.addSeparator()
        self.new_button = QToolButton(self)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setMenu(self.menu_new)
        self.new_button.clicked.connect(self._new_here)
        bar.addWidget(self.new_button)
        bar.addAction(self.act_undo)
        bar.addAction(self.act_redo)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_status(self) -> None:
        status = self.statusBar()
        self.count_label = QLabel(self)
        self.busy_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setVisible(False)
        self.backup_label = QLabel(self)  # shown while the automatic backups fail
        self.backup_label.setObjectName("backupProblem")
        self.backup_label.setVisible(False)
        self.location_label = QLabel(self.db.location, self)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addPermanentWidget(self.count_label)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.location_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(400)
        self._busy_timer.timeout.connect(lambda: self.busy_label.setText(_T("MainWindow", "Working…")))

    # --- text ----------------------------------------------------------------------------------

    def _undo_texts(self, **changed: str) -> None:
        self._undo_of.update(changed)
        undo, redo = self._undo_of["undo"], self._undo_of["redo"]
        self.act_undo.setText(_T("MainWindow", "Undo {0}").format(undo) if undo else _T("MainWindow", "Undo"))
        self.act_redo.setText(_T("MainWindow", "Redo {0}").format(redo) if redo else _T("MainWindow", "Redo"))

    def retranslate(self) -> None:
        self._undo_texts()
        self.menu_file.setTitle(_T("MainWindow", "&File"))
        self.menu_new.setTitle(_T("MainWindow", "&New"))
        self.menu_edit.setTitle(_T("MainWindow", "&Edit"))
        self.menu_view.setTitle(_T("MainWindow", "&View"))
        self.menu_tools.setTitle(_T("MainWindow", "&Tools"))
        self.menu_help.setTitle(_T("MainWindow", "&Help"))
        self.menu_language.setTitle(_T("MainWindow", "&Language"))
        for kind, action in self.act_new.items():
            action.setText(_T("MainWindow", "New {0}…").format(kind_name(kind)))
        self.act_quit.setText(_T("MainWindow", "&Quit"))
        self.act_edit.setText(_T("MainWindow", "&Edit record"))
        self.act_save.setText(_T("MainWindow", "&Save the form"))
        self.act_copy.setText(_T("MainWindow", "&Copy selected rows"))
        self.act_delete.setText(_T("MainWindow", "&Delete selected…"))
        self.act_find.setText(_T("MainWindow", "&Find…"))
        self.act_preferences.setText(_T("MainWindow", "&Preferences…"))
        names = {"home": _T("MainWindow", "Home"), "network": _T("MainWindow", "Network")}
        for key, action in self.act_page.items():
            action.setText(names.get(key) or kind_title(key))
        self.act_back.setText(_T("MainWindow", "← Back"))
        self.act_back.setToolTip(_T("MainWindow", "Back (Alt+Left)"))
        self.act_forward.setText(_T("MainWindow", "Forward →"))
        self.act_forward.setToolTip(_T("MainWindow", "Forward (Alt+Right)"))
        self.act_refresh.setText(_T("MainWindow", "Re&fresh"))
        self.act_columns.setText(_T("MainWindow", "C&olumns…"))
        self.act_history.setText(_T("MainWindow", "&History of the record"))
        self.tools.retranslate()
        self.act_language["it"].setText("Italiano")
        self.act_language["en"].setText("English")
        for lang, action in self.act_language.items():
            action.setChecked(lang == i18n.current_language())
        self.act_network.setText(_T("MainWindow", "&Network around this record"))
        self.act_links.setText(_T("MainWindow", "&Sectors and technologies…"))
        self.act_save_search.setText(_T("MainWindow", "Save this &search…"))
        self.act_shortcuts.setText(_T("MainWindow", "&Keyboard shortcuts"))
        self.act_about.setText(_T("MainWindow", "&About RIS3 Desk"))
        self.new_button.setText(_T("MainWindow", "+ New"))
        self.new_button.setToolTip(_T("MainWindow", "New record of the list shown (Ctrl+N for an organisation)"))
        self.new_button.setAccessibleName(_T("MainWindow", "New record"))
        self.search_field.setPlaceholderText(_T("MainWindow", "Find anything… (Ctrl+F)"))
        self.search_field.setAccessibleName(_T("MainWindow", "Find anything"))
        self.search_field.setAccessibleDescription(_T("MainWindow", "Results appear as you type; Enter opens the "
                                                                   "first, Down moves into the results."))
        self.navigation.setAccessibleName(_T("MainWindow", "Navigation"))
        self.cancel_button.setText(_T("MainWindow", "Cancel"))
        self.location_label.setToolTip(_T("MainWindow", "Where the register is stored"))
        self._fill_navigation()
        self._update_status()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def switch_language(self, language: str) -> None:
        """Relabel everything at once; lists, forms and what was typed stay as they are."""
        if language not in i18n.LANGUAGES:
            return
        self.prefs.language = language
        self.prefs.save()
        i18n.set_language(language)
        self.retranslate()
        self.language_switched.emit(language)

    # --- navigation ----------------------------------------------------------------------------

    def _fill_navigation(self) -> None:
        current = self.navigation.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.navigation.blockSignals(True)
        self.navigation.clear()
        names = {"home": _T("MainWindow", "Home"), "network": _T("MainWindow", "Network")}
        for key in PAGES:
            item = QListWidgetItem(names.get(key) or kind_title(key), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, key)
        if self._saved_searches:
            header = QListWidgetItem(_T("MainWindow", "Saved searches"), self.navigation)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for saved in self._saved_searches:
                item = QListWidgetItem("   " + saved.name, self.navigation)
                item.setData(Qt.ItemDataRole.UserRole, f"saved:{saved.id}")
                item.setToolTip(_T("MainWindow", "Saved search in {0}").format(kind_title(saved.kind).lower()))
        for i in range(self.navigation.count()):
            if self.navigation.item(i).data(Qt.ItemDataRole.UserRole) == current_key:
                self.navigation.setCurrentRow(i)
        self.navigation.blockSignals(False)

    def _nav_menu(self, pos) -> None:
        item = self.navigation.itemAt(pos)
        key = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not key or not str(key).startswith("saved:"):
            return
        menu = QMenu(self)
        remove = menu.addAction(_T("MainWindow", "Delete this saved search"))
        remove.triggered.connect(lambda: self.editing.delete("saved_search", [uuid.UUID(key[6:])]))
        menu.popup(self.navigation.mapToGlobal(pos))

    def _select_nav(self, key: str | None) -> None:
        self.navigation.blockSignals(True)
        for i in range(self.navigation.count()):
            if self.navigation.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(i)
                break
        else:
            self.navigation.clearSelection()
        self.navigation.blockSignals(False)

    def _nav_changed(self, item, _previous) -> None:
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        if str(key).startswith("saved:"):
            saved = next((s for s in self._saved_searches if str(s.id) == key[6:]), None)
            if saved:
                self.open_saved_search(saved)
        else:
            self.go_page(key)

    def _load_saved_searches(self) -> None:
        self.worker.submit(ops.all_of, self.db, "saved_search", on_done=self._saved_loaded, on_error=lambda _e: None,
                           background=True, interrupt=self.db)

    def _saved_loaded(self, records) -> None:
        self._saved_searches = list(records)
        self._fill_navigation()

    def current_page_key(self) -> str:
        widget = self.stack.currentWidget()
        return next((k for k, w in self.pages.items() if w is widget), "home")

    def current_list(self) -> ListPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def _unsaved_page(self, keep: ListPage | None = None) -> ListPage | None:
        """The page holding a form with unsaved changes that an action would leave: the page
        shown, else one that Find (which shows over the pages) is hiding. ``keep``: a page whose
        form the action keeps on screen (going back to it)."""
        current = self.current_list()
        if current is not None and current is not keep and current.editor_dirty():
            return current
        return next((p for p in self.lists.values() if p is not keep and p.editor_dirty()), None)

    def guard(self, then, keep: ListPage | None = None) -> None:
        """Run ``then`` unless a form being edited has unsaved changes and the officer chooses
        to stay. Every path that closes or replaces a form comes here first — from any page,
        Find included: the question is asked over the form itself (Save / Discard / Cancel)."""
        page = self._unsaved_page(keep)
        if page is None:
            then()
            return
        if self.stack.currentWidget() is not page:  # a form left under Find: show what is asked about
            self.stack.setCurrentWidget(page)
            self._select_nav(page.kind)
            self._update_status()
            # Cancel ("go back to the form") then leaves the officer in the field they were in
            (page.editor.focusWidget() or page.editor.form).setFocus()
        page.reselect_current()
        frame = page.editor

        def discard():
            page.close_editor()
            self.guard(then, keep)

        def save():
            self.editing.save(frame, lambda k, rec_id: (page.close_editor(), self.guard(then, keep)))

        self.last_question = ask_discard(self, discard, save, what=frame.title.text())

    def go_page(self, key: str) -> None:
        # the page of a form (left under Find, say) is shown with its form as it was: nothing to ask
        self.guard(lambda: self._show(("page", key, None)), keep=self.lists.get(key))

    def navigate_to(self, kind: str, rec_id, from_list: bool = False) -> None:
        """A record of a kind with a page of its own: show it there."""
        self.guard(lambda: self._show(("page", kind, rec_id)))

    def _show(self, location: tuple, push: bool = True) -> None:
        _, key, rec_id = location
        target = self.pages.get(key)
        if isinstance(target, ListPage) and rec_id is not None and target.editor_dirty():
            # showing a record closes the form of its page: never without asking (every caller
            # guards first; this keeps what was typed should one ever not)
            self.guard(lambda: self._show(location, push))
            return
        if key == "network" and rec_id is not None:
            kind, rec = rec_id
            self.network.show_for(kind, rec)
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        if isinstance(widget, ListPage):
            widget.activate()
            if rec_id is not None:
                widget.show_record(rec_id)
        if key == "home" and self._home_stale:
            self._home_stale = False
            self.home.refresh()
        if key == "network" and self.network.centre_id is None:
            self._network_home_region()
        self._select_nav(key)
        if push and key != "find":
            if self._history_index < 0 or self._history[self._history_index] != location:
                del self._history[self._history_index + 1:]
                self._history.append(location)
                self._history_index = len(self._history) - 1
        self._update_history_actions()
        self._update_status()

    def _network_home_region(self) -> None:
        code = self.prefs.home_region or "ITC1"
        self.worker.submit(ops.region_by_code, self.db, code,
                           on_done=lambda r: r and self.network.centre_id is None and self.network.show_for("region", r.id),
                           on_error=lambda _e: None)

    def _update_history_actions(self) -> None:
        self.act_back.setEnabled(self._history_index > 0)
        self.act_forward.setEnabled(0 <= self._history_index < len(self._history) - 1)

    def back(self) -> None:
        if self._history_index > 0:
            self.guard(lambda: self._step(-1))

    def forward(self) -> None:
        if self._history_index < len(self._history) - 1:
            self.guard(lambda: self._step(1))

    def _step(self, delta: int) -> None:
        self._history_index += delta
        self._show(self._history[self._history_index], push=False)

    def open_record(self, kind: str, rec_id) -> None:
        """Show any record: in its own page, or in the page of the record it belongs to."""
        if kind in LIST_KINDS:
            self.navigate_to(kind, rec_id)
            return
        parent_kind, field = PARENT.get(kind, (None, None))
        if parent_kind:
            self.worker.submit(ops.get, self.db, kind, rec_id,
                               on_done=lambda rec: self.navigate_to(parent_kind, getattr(rec, field)),
                               on_error=self.editing.failed)
            return
        k = ops.kind(kind)
        if k.link:
            self.worker.submit(ops.get, self.db, kind, rec_id,
                               on_done=lambda rec: self.open_record(k.fields[0].refers, rec.left_id),
                               on_error=self.editing.failed)

    def open_list(self, kind: str, filters: dict) -> None:
        page = self.list_page(kind)

        def show():
            self._show(("page", kind, None))
            page.filter_bar.set_state(filters)

        self.guard(show)

    def open_saved_search(self, saved) -> None:
        filters = dict(saved.filters or {})
        if saved.query:
            filters["text"] = saved.query
        self.open_list(saved.kind, filters)
        self._select_nav(f"saved:{saved.id}")

    def show_network(self, kind: str, rec_id) -> None:
        self.guard(lambda: self._show(("page", "network", (kind, rec_id))))

    def _open_found(self, kind: str, rec_id) -> None:
        self.search_field.clearFocus()
        self.open_record(kind, rec_id)

    def _open_found_list(self, kind: str, filters: dict) -> None:
        self.search_field.clearFocus()
        self.open_list(kind, filters)

    # --- find ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()
        if self.search_field.text().strip():
            if self.current_page_key() != "find":
                self._before_find = self.current_page_key()  # where clearing the words goes back to
            self._show(("page", "find", None), push=False)

    def _search_typed(self, text: str) -> None:
        if text.strip():
            if self.current_page_key() != "find":
                self._before_find = self.current_page_key()
                self.stack.setCurrentWidget(self.find_page)
                self._select_nav(None)
        elif self.current_page_key() == "find":
            back = getattr(self, "_before_find", "home")
            self.stack.setCurrentWidget(self.page(back))
            self._select_nav(back)
        self.find_page.search(text)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Down:
                self.find_page.tree.setFocus()
                if not self.find_page.tree.currentIndex().isValid():
                    self.find_page.tree.setCurrentIndex(self.find_page.first_hit_index())
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.search_field.clear()
                page = self.stack.currentWidget()
                page.setFocus()
                return True
        return super().eventFilter(watched, event)

    # --- editing -------------------------------------------------------------------------------

    def _new_here(self) -> None:
        page = self.current_list()
        self.new_record(page.kind if page else "stakeholder")

    def new_record(self, kind: str, preset: dict | None = None) -> None:
        if kind not in LIST_KINDS:
            self.editing.open_dialog(kind, preset=preset)
            return
        page = self.list_page(kind)

        def start():
            self._show(("page", kind, page.current_id))
            self._edit_in_page(page, self.editing.make_form(kind, None, preset))

        self.guard(start)

    def edit_record(self, kind: str, rec_id) -> None:
        if kind not in LIST_KINDS:
            self.editing.edit_in_dialog(kind, rec_id)
            return
        page = self.list_page(kind)

        def loaded(record):
            self._show(("page", kind, rec_id))
            self._edit_in_page(page, self.editing.make_form(kind, record))

        self.guard(lambda: self.worker.submit(ops.get, self.db, kind, rec_id, on_done=loaded,
                                              on_error=self.editing.failed))

    def _edit_in_page(self, page: ListPage, frame) -> None:
        page.open_editor(frame)

        def saved(kind, rec_id):
            page.close_editor()
            self.navigate_to(kind, rec_id)

        def cancel():
            if frame.form.is_dirty():
                self.last_question = ask_discard(self, page.close_editor, lambda: self.editing.save(frame, saved),
                                                 what=frame.title.text())
            else:
                page.close_editor()

        frame.save_requested.connect(lambda: self.editing.save(frame, saved))
        frame.cancel_requested.connect(cancel)

    def save_current_editor(self) -> None:
        """Ctrl+S: save the form the officer is looking at — the form dialog in front, else the
        form of the page shown — and nothing else: never a dialog already closed, nor a form
        that Find or another page hides."""
        front = QApplication.activeModalWidget()
        if front is not None and front.objectName() == "recordDialog" and front.isVisible():
            front.frame.save_requested.emit()
            return
        if front is not None:
            return  # another question or dialog is in front: it is what the officer looks at
        page = self.current_list()
        if page is not None and page.editor is not None and page.editor.isVisible():
            page.editor.save_requested.emit()

    def edit_current(self) -> None:
        page = self.current_list()
        if page is not None and page.current_id is not None:
            self.edit_record(page.kind, page.current_id)

    def delete_selection(self) -> None:
        page = self.current_list()
        if page is not None:
            self.editing.delete(page.kind, page.selected_ids())

    def network_of_current(self) -> None:
        page = self.current_list()
        if page is not None and page.current_id is not None and page.kind in ("stakeholder", "sector", "region",
                                                                              "partnership"):
            self.show_network(page.kind, page.current_id)

    def toggle_history(self) -> None:
        """Ctrl+H: the history of the record shown, and back to its details."""
        page = self.current_list()
        if page is not None and page.editor is None:
            page.detail.tabs.toggle_history()

    def links_of_current(self) -> None:
        page = self.current_list()
        if page is not None and page.current_id is not None:
            self.editing.edit_links(page.kind, page.current_id)

    def handle_action(self, action: str, kind: str, rec_id) -> None:
        """What the pages and their detail links ask for."""
        page = self.current_list()
        if action == "new":
            self.new_record(kind)
        elif action == "edit":
            self.edit_record(kind, rec_id)
        elif action == "delete":
            self.editing.delete(kind, [rec_id])
        elif action == "erase" and kind == "contact":
            self.tools.erase_contact(rec_id)
        elif action == "delete-selected":
            self.delete_selection()
        elif action == "network":
            self.show_network(kind, rec_id)
        elif action == "links":
            self.editing.edit_links(kind, rec_id)
        elif action == "save-search":
            self.save_search(kind)
        elif action.startswith("new-"):
            self._new_related(action[4:], kind, rec_id)
        elif action in ("unlink-stakeholder", "unlink-partnership") and page is not None and page.current_id:
            other = action.split("-")[1]
            self.editing.detach(f"interaction_{other}", "interaction_id", page.current_id, f"{other}_id", rec_id)
        elif action == "list-stakeholders":
            if kind == "sector":
                self.open_list("stakeholder", {"sector": str(rec_id)})
            else:
                self.worker.submit(ops.get, self.db, "region", rec_id,
                                   on_done=lambda r: self.open_list("stakeholder", {"region": r.code}),
                                   on_error=self.editing.failed)

    def _new_related(self, new_kind: str, from_kind: str, from_id) -> None:
        """A record made from another one's detail: it is linked to it from the start."""
        if new_kind == "interaction":
            link_kind = f"interaction_{from_kind}"

            def extra(new_id):
                return [ops.Create(link_kind, {"interaction_id": new_id, f"{from_kind}_id": from_id})]

            self.editing.open_dialog("interaction", extra=extra)
            return
        field = {"stakeholder": "stakeholder_id", "partnership": "partnership_id",
                 "interaction": "interaction_id"}[from_kind]
        self.editing.open_dialog(new_kind, preset={field: from_id}, locked=(field,))

    def save_search(self, kind: str) -> None:
        page = self.list_page(kind)
        state = page.filter_bar.state()
        query = state.pop("text", None)
        dialog = QInputDialog(self)
        dialog.setWindowTitle(_T("MainWindow", "Save search"))
        dialog.setLabelText(_T("MainWindow", "Name of this search (shown in the navigation):"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_question = dialog

        def named(name: str):
            name = name.strip()
            if name:
                values = {"name": name, "kind": kind, "query": query, "filters": state}
                self.editing.run([ops.Create("saved_search", values)],
                                 lambda: _T("MainWindow", "Save search “{0}”").format(name))

        dialog.textValueSelected.connect(named)
        dialog.open()

    def undo_failed(self, command, exc: BaseException) -> None:
        """An undo or redo the register refused: say why and start the undo history afresh."""
        what = command.text()
        self.undo_stack.clear()
        reason = i18n.error_text(exc)
        show_error(self, _T("MainWindow", "Cannot undo"),
                   _T("MainWindow", "“{0}” cannot be undone or redone: {1}").format(what, reason),
                   _T("MainWindow", "The list of changes to undo was cleared; the register is as shown."))
        self.refresh()

    # --- refreshing ----------------------------------------------------------------------------

    def apply_changes(self, changes: ops.Changes) -> None:
        """Bring every view in step with a write (ours, an undo, or another window's)."""
        if not changes:
            return
        for page in self.lists.values():
            page.apply_changes(changes)
        if self.current_page_key() == "home":
            self.home.refresh()
        else:
            self._home_stale = True
        if "network" in self.pages and self.network.centre_id is not None and \
                changes.kinds & {"participant", "stakeholder", "partnership", "stakeholder_sector"}:
            if (self.network.centre_kind, self.network.centre_id) in changes.deleted:
                self.network.centre_id = None
            else:
                self.network.show_for(self.network.centre_kind, self.network.centre_id)
        if changes.touches("saved_search"):
            self._load_saved_searches()
        self._update_status()

    def refresh(self) -> None:
        """Read everything again (F5): for changes made by others."""
        everything = ops.Changes(updated=frozenset((kind, uuid.UUID(int=0)) for kind in
                                                   (*LIST_KINDS, "saved_search", "participant")))
        self.apply_changes(everything)

    # --- status --------------------------------------------------------------------------------

    def _update_status(self) -> None:
        page = self.current_list()
        if page is None or not page.model.is_loaded:
            self.count_label.setText("")
            return
        total = page.model.rowCount()
        selected = len(page.table.selectionModel().selectedRows()) if total < 5000 else sum(
            r.height() for r in page.table.selectionModel().selection())
        text = kind_count(page.kind, total)
        if selected > 1:
            text = _T("MainWindow", "{0} selected of {1}").format(selected, text)
        self.count_label.setText(text)

    def _busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.setText("")

    # --- watching over the register -------------------------------------------------------------

    def watch_register(self, backup_delay_ms: int = 2000) -> None:
        """What the window does for the register while it is open (``ris3desk`` calls it once
        the window is shown): warn when it sits in an unsafe place, and take the automatic
        backups — at open, then hourly — on a thread of their own."""
        from .auto_backup import AutomaticBackups

        self.worker.submit(ops.unsafe_location, self.db, on_done=self._unsafe_place, on_error=lambda _e: None)
        self.backups = AutomaticBackups(self.db, self)
        self.backups.taken.connect(self._backups_taken)
        self.backups.failed.connect(self._backup_failed)
        self.backups.start(backup_delay_ms)

    def stop_watching(self) -> None:
        if self.backups is not None:
            self.backups.stop()

    def _unsafe_place(self, place) -> None:
        if place is not None:
            self.message_bar.show_message(
                lambda: _T("places", place.template).format(**place.params))

    def _backups_taken(self, paths) -> None:
        self.backup_label.setVisible(False)
        if paths:
            self.show_message(_T("MainWindow", "Automatic backup written and checked."))

    def _backup_failed(self, exc) -> None:
        reason = i18n.error_text(exc)
        self.backup_label.setText("⚠ " + _T("MainWindow", "The automatic backup failed"))
        self.backup_label.setToolTip(_T("MainWindow", "The automatic backup failed: {0}. It is tried again in an "
                                                      "hour; Tools ▸ Backups… takes one now.").format(reason))
        self.backup_label.setAccessibleDescription(self.backup_label.toolTip())
        self.backup_label.setVisible(True)
        self.show_message(_T("MainWindow", "The automatic backup failed: {0}").format(reason), 15_000)

    def show_message(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

    def run_long(self, text: str, fn, *args, on_done=None, on_error=None) -> None:
        """A job that may take a while: progress and Cancel in the status bar. Failures go to
        ``on_error`` (else they are shown as a write that failed); Cancel is said in the bar."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.progress.setFormat(text)
        self.cancel_button.setVisible(True)
        self.show_message(text, 0)

        def finish():
            self.progress.setVisible(False)
            self.cancel_button.setVisible(False)
            self.statusBar().clearMessage()
            try:
                self.cancel_button.clicked.disconnect()
            except (RuntimeError, TypeError):
                pass

        def progressed(done, total, _text):
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def done(result):
            finish()
            if on_done:
                on_done(result)

        def failed(exc):
            finish()
            if type(exc).__name__ == "Cancelled":
                self.show_message(_T("MainWindow", "Cancelled."))
            elif on_error is not None:
                on_error(exc)
            else:
                self.editing.failed(exc)

        job = self.worker.submit(fn, *args, long=True, on_done=done, on_error=failed, on_progress=progressed)
        self.cancel_button.clicked.connect(job.cancel)

    def unexpected_error(self, exc: BaseException, tb: str = "") -> None:
        """A bug: one plain sentence for the officer, the details in the log file."""
        from desktop_app.cli.common import write_crash_log

        self.errors_seen.append(exc)
        try:
            log = write_crash_log(exc)
        except OSError:
            log = None
        if not tb:
            tb = "".join(traceback.format_exception(exc))
        # one line: a refused permission said plainly; else the error's kind and the first line
        # of what the database said — its SQL and parameters (personal data) stay in the log
        said = self.db.explain_error(exc)
        if isinstance(said, Message):
            self.last_question = show_error(self, _T("MainWindow", "Not allowed"), i18n.message_text(said))
            return
        text = _T("MainWindow", "Something went wrong: {0}.").format(said)
        more = _T("MainWindow", "The details were written to {0}.").format(log) if log else ""
        self.last_question = show_error(self, _T("MainWindow", "Unexpected error"), text, more)

    # --- dialogs -------------------------------------------------------------------------------

    def open_preferences(self) -> None:
        from .preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.worker, self.db, self)
        self.last_question = dialog

        def accepted():
            new = dialog.result_preferences()
            language_changed = new.effective_language() != i18n.current_language()
            new.save()
            self.prefs.__dict__.update(new.__dict__)
            self.worker.set_author(self.prefs.officer_name)
            if language_changed:
                self.switch_language(self.prefs.effective_language())

        dialog.accepted.connect(accepted)
        dialog.open()

    def show_shortcuts(self) -> None:
        rows = [
            ("Ctrl+F", _T("MainWindow", "Find anything")), ("Ctrl+N", _T("MainWindow", "New organisation")),
            ("Ctrl+E", _T("MainWindow", "Edit the record shown")), ("Ctrl+S", _T("MainWindow", "Save the form")),
            ("Ctrl+Z / Ctrl+Shift+Z", _T("MainWindow", "Undo / redo")),
            ("Alt+Left / Alt+Right", _T("MainWindow", "Back / forward")),
            ("Ctrl+1 … Ctrl+7", _T("MainWindow", "Home, Sectors, Organisations, Partnerships, Regions, "
                                                 "Interactions, Network")),
            ("Ctrl+H", _T("MainWindow", "History of the record shown, and back")),
            ("Ctrl+P", _T("MainWindow", "Briefing pack of what is selected")),
            ("Ctrl+I / Ctrl+Shift+E", _T("MainWindow", "Import / export")),
            ("Ctrl+Shift+B", _T("MainWindow", "Backups")),
            ("Ctrl+C", _T("MainWindow", "Copy the selected rows (in a list)")),
            ("Del", _T("MainWindow", "Delete the selected rows (in a list)")),
            ("Ctrl+Shift+N", _T("MainWindow", "Network around the record shown")),
            ("Ctrl+Shift+L", _T("MainWindow", "Sectors and technologies of the record shown")),
            ("F5", _T("MainWindow", "Read the register again")),
            ("Tab / Shift+Tab", _T("MainWindow", "Move between fields, lists and links")),
        ]
        existing = self.shortcuts_dialog
        if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        self.shortcuts_dialog = self.last_question = _shortcuts_dialog(self, rows)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        self.last_question = show_info(
            self, _T("MainWindow", "About RIS3 Desk"), "RIS3 Desk",
            _T("MainWindow", "The register of S3 sectors, stakeholders and partnerships, with briefing packs.\n"
                             "Register: {0}").format(self.db.location))

    # --- state ---------------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.state.value("window/geometry")
        self._first_start = not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)))
        if self._first_start:
            self._fit_screen()
        splitter = self.state.value("window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.splitter.restoreState(QByteArray(splitter))

    def _fit_screen(self) -> None:
        """First start: the window, frame and title bar included, takes 90 % of the screen's
        free area (without task bars and docks), centred. Before it is first shown the frame
        is not known: FIRST_FRAME is allowed for it, and showEvent puts it right."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self._frame_margins()
        width = round(area.width() * FIRST_SHARE) - frame.left() - frame.right()
        height = round(area.height() * FIRST_SHARE) - frame.top() - frame.bottom()
        self.resize(max(width, 200), max(height, 200))
        self._fitted_size, self._fitted_margins = self.size(), frame
        outer = self.size().grownBy(frame)
        # move() places the frame's top-left corner
        self.move(area.x() + (area.width() - outer.width()) // 2, area.y() + (area.height() - outer.height()) // 2)

    def _frame_margins(self) -> QMargins:
        """The window frame's size on each side: as the window system says once the window is
        shown, else an allowance for a title bar and borders."""
        frame = self.frameGeometry()
        inner = self.geometry()
        if self.isVisible() and frame != inner:
            return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                            frame.right() - inner.right(), frame.bottom() - inner.bottom())
        return FIRST_FRAME

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._first_start:
            self._first_start = False
            # the window system adds the frame when it maps the window: fit again once it has
            QTimer.singleShot(0, self._fit_known_frame)
            QTimer.singleShot(300, self._fit_known_frame)

    def _fit_known_frame(self) -> None:
        """Once the window system has framed the window: fit it again by the real frame (unless
        someone has sized it otherwise meanwhile)."""
        if self.isVisible() and not self.isMaximized() and not self.isFullScreen() \
                and self.size() == self._fitted_size and self.frameGeometry() != self.geometry() \
                and self._frame_margins() != self._fitted_margins:
            self._fit_screen()

    def save_state(self) -> None:
        self.state.set_value("window/geometry", self.saveGeometry())
        self.state.set_value("window/splitter", self.splitter.saveState())
        key = self.current_page_key()
        self.state.set_value("window/page", key if key != "find" else "home")
        for page in self.lists.values():
            page.save_state()
        self.state.sync()

    def current_selection(self) -> tuple[str | None, list[uuid.UUID]]:
        """(kind, ids) of what the officer has selected: rows of the list shown, else the record
        in the detail pane; (None, []) on pages without records."""
        page = self.current_list()
        if page is not None:
            return page.kind, page.selected_ids()
        if self.current_page_key() == "network" and self.network.centre_id is not None:
            return self.network.centre_kind, [self.network.centre_id]
        return None, []

    def unsaved_forms(self) -> list:
        return [page for page in self.lists.values() if page.editor_dirty()]

    def closeEvent(self, event) -> None:  # noqa: N802
        dirty = self.unsaved_forms()
        if dirty and not self._closing:
            event.ignore()
            page = dirty[0]
            self.stack.setCurrentWidget(page)

            def discard():
                self._closing = True
                self.close()

            def save():
                self.editing.save(page.editor, lambda *_: (page.close_editor(), self.close()))

            self.last_question = ask_discard(self, discard, save, what=page.editor.title.text())
            return
        self.save_state()
        self.tools.close_dialogs()
        self.stop_watching()
        super().closeEvent(event)
        self.closed.emit()


def _shortcuts_dialog(parent: QWidget, rows: list[tuple[str, str]]) -> QDialog:
    """Help ▸ Keyboard shortcuts: the keys and what they do, in two columns that line up in
    any font; it may stay open beside the window while one works."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(_T("MainWindow", "Keyboard shortcuts"))
    table = QTableWidget(len(rows), 2, dialog)
    table.setObjectName("shortcutsTable")
    table.setHorizontalHeaderLabels([_T("MainWindow", "Keys"), _T("MainWindow", "What it does")])
    table.setAccessibleName(_T("MainWindow", "Keyboard shortcuts"))
    for row, (keys, what) in enumerate(rows):
        key_item = QTableWidgetItem(keys)
        font = key_item.font()
        font.setBold(True)
        key_item.setFont(font)
        table.setItem(row, 0, key_item)
        table.setItem(row, 1, QTableWidgetItem(what))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    # wide enough for the longest line, tall enough for every row, never beyond the screen
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    width = sum(table.columnWidth(c) for c in range(2)) + 2 * table.frameWidth() + 40
    height = sum(table.rowHeight(r) for r in range(len(rows))) + header.sizeHint().height() \
        + buttons.sizeHint().height() + 2 * table.frameWidth() + 40
    area = (parent.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(min(max(width, 560), area.width() - 40), min(height, area.height() - 80))
    table.setCurrentCell(-1, -1)
    buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
    dialog.table = table
    return dialog
