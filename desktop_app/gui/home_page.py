"""The home page: the register at a glance — organisations per S3 area and per type,
partnerships per scheme and status, partnerships ending soon, open follow-up actions. Every
bar and line leads to the records behind it."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from database import ops

from . import i18n
from .records_ui import field_info, format_date, kind_count

_T = QCoreApplication.translate


def load_home(db):
    """On the worker: everything the page shows."""
    return ops.dashboard(db), ops.stats(db), {s.code: s for s in ops.all_of(db, "sector")}


class BarChart(QWidget):
    """Labelled horizontal bars with their numbers; click or Enter opens what a bar counts."""

    activated = Signal(object)  # the key of the bar

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[object, str, int]] = []  # key, label, value
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._hover = -1

    def set_rows(self, rows: list[tuple[object, str, int]]) -> None:
        self.rows = rows
        self.current = min(self.current, max(len(rows) - 1, 0))
        self.updateGeometry()
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for _, label, value in rows))
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, max(len(self.rows), 1) * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        height = self._row_height()
        label_width = min(int(self.width() * 0.45), 230)
        number_width = metrics.horizontalAdvance("000000") + 6
        bar_space = max(self.width() - label_width - number_width - 12, 10)
        top = max((v for _, _, v in self.rows), default=0) or 1
        for i, (_key, label, value) in enumerate(self.rows):
            y = 2 + i * height
            if i == self._hover or (self.hasFocus() and i == self.current):
                painter.fillRect(QRect(0, y, self.width(), height), palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRect(4, y, label_width - 8, height), Qt.AlignmentFlag.AlignVCenter, text)
            width = max(int(bar_space * value / top), 2 if value else 0)
            painter.fillRect(QRect(label_width, y + 4, width, height - 8), palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(QRect(label_width + width + 6, y, number_width, height),
                             Qt.AlignmentFlag.AlignVCenter, f"{value:,}".replace(",", "\u2009"))
        if self.hasFocus() and self.rows:
            pen = painter.pen()
            pen.setColor(palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(pen)
            painter.drawRect(QRect(0, 2 + self.current * height, self.width() - 1, height - 1))
        painter.end()

    def _row_at(self, y: int) -> int:
        row = (y - 2) // self._row_height()
        return row if 0 <= row < len(self.rows) else -1

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        row = self._row_at(int(event.position().y()))
        if row != self._hover:
            self._hover = row
            self.setCursor(Qt.CursorShape.PointingHandCursor if row >= 0 else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, _event) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        row = self._row_at(int(event.position().y()))
        if row >= 0:
            self.current = row
            self.activated.emit(self.rows[row][0])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self.current < len(self.rows) - 1:
            self.current += 1
        elif event.key() == Qt.Key.Key_Up and self.current > 0:
            self.current -= 1
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.rows:
            self.activated.emit(self.rows[self.current][0])
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)


class Card(QFrame):
    def __init__(self, body: QWidget, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(body)
        layout.addStretch(1)
        self.title.setBuddy(body)


class LinkList(QLabel):
    """Lines with links (rich text), reachable with Tab."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)


class HomePage(QWidget):
    open_record = Signal(str, object)  # kind, id
    open_list = Signal(str, dict)  # kind, filters

    def __init__(self, worker, db, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._db = db
        self.data = None
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.totals = QLabel(self)
        self.totals.setObjectName("homeTotals")
        self.by_sector, self.by_type = BarChart(), BarChart()
        self.by_scheme, self.by_status = BarChart(), BarChart()
        self.ending, self.actions = LinkList(), LinkList()
        self.cards = {name: Card(widget) for name, widget in (
            ("sector", self.by_sector), ("type", self.by_type), ("scheme", self.by_scheme),
            ("status", self.by_status), ("ending", self.ending), ("actions", self.actions))}
        self.by_sector.activated.connect(lambda sid: self.open_list.emit("stakeholder", {"sector": str(sid)}))
        self.by_type.activated.connect(lambda t: self.open_list.emit("stakeholder", {"type": t}))
        self.by_scheme.activated.connect(lambda s: self.open_list.emit("partnership", {"scheme": s}))
        self.by_status.activated.connect(lambda s: self.open_list.emit("partnership", {"status": s}))
        self.ending.linkActivated.connect(self._link)
        self.actions.linkActivated.connect(self._link)
        grid = QGridLayout()
        grid.setSpacing(14)
        grid.addWidget(self.cards["sector"], 0, 0)
        grid.addWidget(self.cards["type"], 0, 1)
        grid.addWidget(self.cards["scheme"], 1, 0)
        grid.addWidget(self.cards["status"], 1, 1)
        grid.addWidget(self.cards["ending"], 2, 0)
        grid.addWidget(self.cards["actions"], 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(18, 14, 18, 18)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def refresh(self) -> None:
        self._worker.submit(load_home, self._db, on_done=self._arrived, on_error=lambda _e: None)

    def _arrived(self, data) -> None:
        self.data = data
        self._render()

    def retranslate(self) -> None:
        self.heading.setText(_T("HomePage", "The register at a glance"))
        titles = {
            "sector": _T("HomePage", "Organisations by S3 area"),
            "type": _T("HomePage", "Organisations by type"),
            "scheme": _T("HomePage", "Partnerships by scheme"),
            "status": _T("HomePage", "Partnerships by status"),
            "ending": _T("HomePage", "Partnerships ending within six months"),
            "actions": _T("HomePage", "Open follow-up actions"),
        }
        notes = {
            "sector": _T("HomePage", "Click a bar to list them."),
            "type": _T("HomePage", "Click a bar to list them."),
            "scheme": _T("HomePage", "Click a bar to list them."),
            "status": _T("HomePage", "Click a bar to list them."),
            "ending": "",
            "actions": _T("HomePage", "Earliest due first."),
        }
        for name, card in self.cards.items():
            card.title.setText(titles[name])
            card.note.setText(notes[name])
            card.note.setVisible(bool(notes[name]))
            card.findChildren(QWidget)[0].setAccessibleName(titles[name])
        for chart, name in ((self.by_sector, "sector"), (self.by_type, "type"), (self.by_scheme, "scheme"),
                            (self.by_status, "status")):
            chart.setAccessibleName(titles[name])
        self.ending.setAccessibleName(titles["ending"])
        self.actions.setAccessibleName(titles["actions"])
        self._render()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _render(self) -> None:
        if self.data is None:
            self.totals.setText(_T("HomePage", "Loading…"))
            return
        board, stats, sectors = self.data
        language = i18n.current_language()
        self.totals.setText(" · ".join([
            kind_count("stakeholder", stats["stakeholders"]), kind_count("partnership", stats["partnerships"]),
            kind_count("contact", stats["contacts"]), kind_count("interaction", stats["interactions"])]))
        self.by_sector.set_rows([(sectors[code].id if code in sectors else code,
                                  name_it if language == "it" else name_en, n)
                                 for code, name_en, name_it, n in board.by_sector])
        unlinked = stats["stakeholders"] and not any(n for *_area, n in board.by_sector)  # after a CORDIS import
        self.cards["sector"].note.setText(
            _T("HomePage", "No organisation is linked to an S3 area yet: open one and choose Sectors… to link it.")
            if unlinked else _T("HomePage", "Click a bar to list them."))
        type_choices = field_info("stakeholder", "type").choices
        self.by_type.set_rows([(t, i18n.choice_label(type_choices, t), n) for t, n in board.by_type])
        scheme_choices = field_info("partnership", "scheme").choices
        self.by_scheme.set_rows([(s, i18n.choice_label(scheme_choices, s), n) for s, n in board.by_scheme])
        status_choices = field_info("partnership", "status").choices
        self.by_status.set_rows([(s, i18n.choice_label(status_choices, s), n) for s, n in board.by_status])
        if board.ending_soon:
            lines = [f'{escape(format_date(p.end_date))} &nbsp; <a href="partnership/{p.id}">{escape(p.label)}</a>'
                     for p in board.ending_soon]
            self.ending.setText("<br>".join(lines))
        else:
            self.ending.setText(escape(_T("HomePage", "None in the next six months.")))
        today = dt.date.today()
        if board.actions_due:
            lines = []
            for action, subject in board.actions_due[:15]:
                due = format_date(action.due_date) if action.due_date else _T("HomePage", "no date")
                overdue = escape(_T("HomePage", "overdue"))
                late = f" <b>{overdue}</b>" if action.due_date and action.due_date < today else ""
                owner = f" — {escape(action.owner)}" if action.owner else ""
                lines.append(f'{escape(due)}{late} &nbsp; {escape(action.text)}{owner} '
                             f'(<a href="interaction/{action.interaction_id}">{escape(subject)}</a>)')
            if len(board.actions_due) > 15:
                lines.append(escape(_T("HomePage", "…and {0} more.").format(len(board.actions_due) - 15)))
            self.actions.setText("<br>".join(lines))
        else:
            self.actions.setText(escape(_T("HomePage", "No open follow-up action.")))

    def _link(self, link: str) -> None:
        import uuid

        kind, _, rec_id = link.partition("/")
        try:
            self.open_record.emit(kind, uuid.UUID(rec_id))
        except ValueError:
            pass
