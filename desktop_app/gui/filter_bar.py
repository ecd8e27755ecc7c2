"""Per-list filters, applied by the database: words, and the choices each list offers
(organisation type, sector, province, NUTS region; partnership scheme, status, year; …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import ops

from . import i18n
from .records_ui import field_info, record_label

_T = QCoreApplication.translate

# the filters each list offers, left to right: (filter key, how its choices are made)
FILTERS = {
    "stakeholder": (("type", "choice:stakeholder.type"), ("sector", "sectors"), ("province", "provinces"),
                    ("region", "regions")),
    "partnership": (("scheme", "choice:partnership.scheme"), ("status", "choice:partnership.status"),
                    ("year", "years"), ("sector", "sectors"), ("region", "regions")),
    "interaction": (("year", "years"),),
    "sector": (("kind", "choice:sector.kind"),),
    "region": (("level", "levels"), ("country", "countries")),
}


def _all_text(key: str) -> str:
    texts = {
        "type": _T("FilterBar", "All types"),
        "sector": _T("FilterBar", "All sectors"),
        "province": _T("FilterBar", "All provinces"),
        "region": _T("FilterBar", "All regions"),
        "scheme": _T("FilterBar", "All schemes"),
        "status": _T("FilterBar", "Any status"),
        "year": _T("FilterBar", "Any year"),
        "kind": _T("FilterBar", "All kinds"),
        "level": _T("FilterBar", "All levels"),
        "country": _T("FilterBar", "All countries"),
    }
    return texts.get(key, key)


def _filter_name(key: str) -> str:
    names = {
        "type": _T("FilterBar", "Organisation type"),
        "sector": _T("FilterBar", "Sector"),
        "province": _T("FilterBar", "Province"),
        "region": _T("FilterBar", "NUTS region"),
        "scheme": _T("FilterBar", "Scheme"),
        "status": _T("FilterBar", "Status"),
        "year": _T("FilterBar", "Year"),
        "kind": _T("FilterBar", "Kind"),
        "level": _T("FilterBar", "NUTS level"),
        "country": _T("FilterBar", "Country"),
    }
    return names.get(key, key)


def choice_keys(kind: str) -> tuple[str, ...]:
    """The filters of a list whose choices come from the register (the others are fixed)."""
    return tuple(key for key, source in FILTERS.get(kind, ()) if not source.startswith("choice:")
                 and source != "levels")


def load_choices(db, kind: str, keys: tuple[str, ...] | None = None) -> dict:
    """On the worker: the data the combo boxes of one list need (of the given filters only)."""
    out = {}
    for key, source in FILTERS.get(kind, ()):
        if keys is not None and key not in keys:
            continue
        if source == "sectors":
            out[key] = ops.all_of(db, "sector")
        elif source == "provinces":
            out[key] = ops.distinct_values(db, "stakeholder", "province")
        elif source == "regions":  # countries, NUTS 1 and NUTS 2: a few hundred of the 2,000
            out[key] = list(ops.first_page(db, "region", filters={"level": [0, 1, 2]}, limit=5000)[1].rows)
        elif source == "years":
            out[key] = ops.year_span(db)
        elif source == "countries":
            out[key] = ops.distinct_values(db, "region", "country_code")
    return out


class FilterBar(QWidget):
    changed = Signal(dict)  # the filters, as ops filters
    save_requested = Signal()

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.words = QLineEdit(self)
        self.words.setClearButtonEnabled(True)
        self.words.setMinimumWidth(110)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self._emit)
        self.words.textChanged.connect(lambda _t: self._typing.start())
        self.words.returnPressed.connect(self._emit_now)
        self.combos: dict[str, QComboBox] = {}
        self._data: dict = {}
        # with many filters, the words and buttons go on a line of their own
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        first = QHBoxLayout()
        first.setSpacing(6)
        outer.addLayout(first)
        layout = first
        if len(FILTERS.get(kind, ())) >= 4:
            layout = QHBoxLayout()
            layout.setSpacing(6)
            outer.addLayout(layout)
        first.addWidget(self.words, 2)
        for key, _source in FILTERS.get(kind, ()):
            combo = QComboBox(self)
            # narrow when the window is, wider when there is room
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(5)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.currentIndexChanged.connect(lambda _i: self._emit_now())
            if key == "region":
                combo.setEditable(True)
                combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
                combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combos[key] = combo
            layout.addWidget(combo, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.save_button = QToolButton(self)
        self.save_button.clicked.connect(self.save_requested)
        first.addWidget(self.clear_button)
        first.addWidget(self.save_button)
        self._quiet = False
        self.retranslate()

    def retranslate(self) -> None:
        self.words.setPlaceholderText(_T("FilterBar", "Filter by words…"))
        self.words.setAccessibleName(_T("FilterBar", "Filter this list by words"))
        self.clear_button.setText(_T("FilterBar", "Clear"))
        self.clear_button.setToolTip(_T("FilterBar", "Show the whole list again"))
        self.save_button.setText(_T("FilterBar", "Save search…"))
        self.save_button.setToolTip(_T("FilterBar", "Keep these filters in the navigation"))
        for key, combo in self.combos.items():
            combo.setAccessibleName(_filter_name(key))
            combo.setToolTip(_filter_name(key))
        self._fill()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_choices(self, data: dict) -> None:
        """Choices read from the register, for some or all of the filters."""
        self._data.update(data)
        self._fill(data.keys())

    def _fill(self, keys=None) -> None:
        self._quiet = True
        for key, source in FILTERS.get(self.kind, ()):
            if keys is not None and key not in keys:
                continue
            combo = self.combos[key]
            current = combo.currentData()
            combo.clear()
            combo.addItem(_all_text(key), None)
            if source.startswith("choice:"):
                kind, name = source[7:].split(".")
                f = field_info(kind, name)
                for choice in f.choices:
                    combo.addItem(i18n.choice_label(f.choices, choice.value), choice.value)
            elif source == "sectors":
                for rec in self._data.get(key, []):
                    prefix = "    " if rec.parent_id else ""
                    combo.addItem(prefix + record_label("sector", rec), str(rec.id))
            elif source == "provinces":
                for value in self._data.get(key, []):
                    combo.addItem(value, value)
            elif source == "regions":
                for rec in self._data.get(key, []):
                    combo.addItem(f"{rec.code} — {rec.name}", rec.code)
            elif source == "years":
                span = self._data.get(key)
                if span:
                    for year in range(span[1], span[0] - 1, -1):
                        combo.addItem(str(year), year)
            elif source == "levels":
                for level in range(4):
                    combo.addItem(_T("FilterBar", "Countries") if level == 0
                                  else _T("FilterBar", "NUTS {0}").format(level), level)
            elif source == "countries":
                for value in self._data.get(key, []):
                    combo.addItem(value, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
        self._quiet = False

    def state(self) -> dict:
        """The filters as ops understands them (JSON-friendly: ids as text)."""
        out = {}
        words = self.words.text().strip()
        if words:
            out["text"] = words
        for key, combo in self.combos.items():
            if combo.currentIndex() > 0 and combo.currentData() is not None:
                out[key] = combo.currentData()
        return out

    def set_state(self, filters: dict) -> None:
        self._quiet = True
        self.words.setText(filters.get("text", "") or "")
        self._typing.stop()
        for key, combo in self.combos.items():
            value = filters.get(key)
            index = combo.findData(value) if value is not None else 0
            if value is not None and index < 0:
                # choices not loaded yet: remember it as an entry of its own
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self._quiet = False
        self._emit_now()

    def clear(self) -> None:
        self.set_state({})

    def _emit_now(self) -> None:
        self._typing.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit(self.state())
