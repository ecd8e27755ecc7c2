"""Who works with whom: organisations as nodes, partnerships they share as links, around an
organisation, a region, a sector or a partnership. Click an organisation to open it; the list
beside the drawing says the same in words (and is reachable by keyboard)."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from database import ops

from .records_ui import kind_name, record_label

_T = QCoreApplication.translate


def layout_positions(nodes, links, size: float = 900.0, rounds: int = 160, seed: int = 7) -> dict:
    """Fruchterman–Reingold: linked organisations pull together, all push apart. Deterministic."""
    rnd = random.Random(seed)
    ids = [n.id for n in nodes]
    if not ids:
        return {}
    pos = {i: [rnd.uniform(-size / 2, size / 2), rnd.uniform(-size / 2, size / 2)] for i in ids}
    if len(ids) == 1:
        return {ids[0]: (0.0, 0.0)}
    k = size / math.sqrt(len(ids))
    weight = {}
    for link in links:
        weight[(link.a, link.b)] = len(link.partnerships)
    temperature = size / 8
    for step in range(rounds):
        moves = {i: [0.0, 0.0] for i in ids}
        for a_index, a in enumerate(ids):
            ax, ay = pos[a]
            for b in ids[a_index + 1:]:
                dx, dy = ax - pos[b][0], ay - pos[b][1]
                dist = math.hypot(dx, dy) or 0.01
                push = k * k / dist
                moves[a][0] += dx / dist * push
                moves[a][1] += dy / dist * push
                moves[b][0] -= dx / dist * push
                moves[b][1] -= dy / dist * push
        for (a, b), w in weight.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.hypot(dx, dy) or 0.01
            pull = dist * dist / k * (1 + math.log(w))
            moves[a][0] -= dx / dist * pull
            moves[a][1] -= dy / dist * pull
            moves[b][0] += dx / dist * pull
            moves[b][1] += dy / dist * pull
        for i in ids:
            mx, my = moves[i]
            length = math.hypot(mx, my) or 0.01
            pos[i][0] += mx / length * min(length, temperature)
            pos[i][1] += my / length * min(length, temperature)
            # a gentle pull to the middle keeps unlinked organisations in sight
            pos[i][0] *= 0.995
            pos[i][1] *= 0.995
        temperature *= 1 - 1 / rounds * 2.5 if step < rounds * 0.35 else 0.97
    return {i: (p[0], p[1]) for i, p in pos.items()}


def load_network(db, kind: str, rec_id):
    """On the worker: the network, its drawing positions and the centre's name."""
    centre = ops.get(db, kind, rec_id)
    network = ops.network(db, kind, rec_id)
    return centre, network, layout_positions(network.nodes, network.links)


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node, degree: int, page: NetworkPage):
        radius = 9 + min(degree, 12) * 1.6
        super().__init__(-radius, -radius, 2 * radius, 2 * radius)
        self.node = node
        self.page = page
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(2)
        self.setToolTip(node.name)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.page.open_record.emit("stakeholder", self.node.id)
        event.accept()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802
        self.page.highlight(self.node.id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.page.highlight(None)
        super().hoverLeaveEvent(event)


class NetworkCanvas(QGraphicsView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)

    def wheelEvent(self, event) -> None:  # noqa: N802
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.scale(factor, factor)

    def fit(self) -> None:
        if self.scene() and not self.scene().itemsBoundingRect().isEmpty():
            self.fitInView(self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40),
                           Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()


class NetworkPage(QWidget):
    open_record = Signal(str, object)

    def __init__(self, worker, db, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._db = db
        self.centre_kind: str | None = None
        self.centre_id = None
        self.data = None
        self._request = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("legend")
        self.fit_button = QToolButton(self)
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        self.open_button = QToolButton(self)
        self.open_button.clicked.connect(lambda: self.centre_id and self.open_record.emit(self.centre_kind,
                                                                                            self.centre_id))
        self.scene = QGraphicsScene(self)
        self.canvas = NetworkCanvas(self)
        self.canvas.setScene(self.scene)
        self.members = QListWidget(self)
        self.members.itemActivated.connect(lambda item: self.open_record.emit("stakeholder",
                                                                              item.data(Qt.ItemDataRole.UserRole)))
        self.members.itemClicked.connect(lambda item: self.open_record.emit("stakeholder",
                                                                            item.data(Qt.ItemDataRole.UserRole)))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.fit_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.members)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 280])
        self.members.setMinimumWidth(160)
        self.members.setWordWrap(True)
        self.members.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        self._nodes: dict = {}
        self._edges: list = []
        self.retranslate()

    def retranslate(self) -> None:
        self.fit_button.setText(_T("NetworkPage", "Fit to window"))
        self.open_button.setText(_T("NetworkPage", "Open record"))
        self.members.setAccessibleName(_T("NetworkPage", "Organisations in this network, most connected first"))
        self.canvas.setAccessibleName(_T("NetworkPage", "Network drawing"))
        self.canvas.setAccessibleDescription(_T("NetworkPage", "The list beside it names the same organisations."))
        self.legend.setText(_T("NetworkPage", "■ filled square: in the scope · ○ circle: partner outside it · "
                                              "thicker line: more partnerships shared. Click an organisation to "
                                              "open it; scroll to zoom, drag to move."))
        self._describe()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self.data:
            self._draw()
        super().changeEvent(event)

    def show_for(self, kind: str, rec_id) -> None:
        self.centre_kind, self.centre_id = kind, rec_id
        self._request += 1
        request = self._request
        self.data = None
        self._describe()
        self._worker.submit(load_network, self._db, kind, rec_id,
                            on_done=lambda data: self._arrived(request, data), on_error=lambda _e: None)

    def _arrived(self, request: int, data) -> None:
        if request != self._request:
            return
        self.data = data
        self._draw()
        self._describe()

    def _describe(self) -> None:
        self.open_button.setVisible(self.centre_id is not None)
        if self.centre_id is None:
            self.heading.setText(_T("NetworkPage", "Network"))
            self.note.setText(_T("NetworkPage", "Open an organisation, a sector, a region or a partnership and "
                                                "choose Network to see who works with whom."))
            return
        if self.data is None:
            self.heading.setText(_T("NetworkPage", "Network"))
            self.note.setText(_T("NetworkPage", "Drawing…"))
            return
        centre, network, _ = self.data
        self.heading.setText(_T("NetworkPage", "Network around the {0} “{1}”")
                             .format(kind_name(self.centre_kind), record_label(self.centre_kind, centre)))
        if not network.nodes:
            self.note.setText(_T("NetworkPage", "No partnership links yet."))
            return
        note = _T("NetworkPage", "{0} organisations, {1} links, through {2} partnerships.").format(
            len(network.nodes), len(network.links), network.partnerships)
        if network.truncated:
            note += " " + _T("NetworkPage", "Only the most connected organisations are shown.")
        self.note.setText(note)

    def _draw(self) -> None:
        self.scene.clear()
        self._nodes, self._edges = {}, []
        self.members.clear()
        if not self.data:
            return
        _centre, network, positions = self.data
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        line_colour = QColor(palette.color(QPalette.ColorRole.Mid))
        for link in network.links:
            a, b = positions.get(link.a), positions.get(link.b)
            if a is None or b is None:
                continue
            path = QPainterPath(QPointF(*a))
            path.lineTo(QPointF(*b))
            edge = QGraphicsPathItem(path)
            pen = QPen(line_colour, 1 + min(len(link.partnerships), 6) * 0.8)
            edge.setPen(pen)
            edge.setZValue(0)
            edge.setToolTip("\n".join(label for _, label in link.partnerships))
            self.scene.addItem(edge)
            self._edges.append((link, edge))
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7))
        for node in network.nodes:
            x, y = positions.get(node.id, (0.0, 0.0))
            # the scope's organisations are squares: the difference is in the shape, not only the colour
            item = (_SquareNode if node.in_scope else NodeItem)(node, node.partnerships, self)
            item.setPos(x, y)
            if node.in_scope:
                item.setBrush(QBrush(accent))
                item.setPen(QPen(accent.darker(140), 1.5))
            else:
                item.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
                item.setPen(QPen(text_colour, 1.2))
            self.scene.addItem(item)
            label = QGraphicsSimpleTextItem(_short(node.name))
            label.setFont(small)
            label.setBrush(QBrush(text_colour))
            # names keep their size whatever the zoom: readable when the whole network fits
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            bounds = label.boundingRect()
            label.setPos(x, y + item.rect().bottom())
            label.setTransform(QTransform.fromTranslate(-bounds.width() / 2, 2))
            # above every circle, so no name hides behind a neighbour; clicks and hovers go through
            # to the organisation underneath
            label.setZValue(3)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            label.setAcceptHoverEvents(False)
            self.scene.addItem(label)
            self._nodes[node.id] = item
            entry = QListWidgetItem(f"{node.name}\n{_links_text(node.partnerships)}", self.members)
            entry.setData(Qt.ItemDataRole.UserRole, node.id)
        self.canvas.fit()

    def highlight(self, node_id) -> None:
        for link, edge in self._edges:
            on = node_id is not None and node_id in (link.a, link.b)
            pen = edge.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight) if on
                         else self.palette().color(QPalette.ColorRole.Mid))
            edge.setPen(pen)
            edge.setZValue(1 if on else 0)


class _SquareNode(NodeItem):
    def paint(self, painter, _option, _widget=None) -> None:
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 3, 3)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[:limit - 1].rstrip() + "…"


def _links_text(n: int) -> str:
    if n == 1:
        return _T("NetworkPage", "1 shared partnership")
    return _T("NetworkPage", "{0} shared partnerships").format(n)
