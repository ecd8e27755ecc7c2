"""Who works with whom: organisations as nodes, partnerships they share as links, around an
organisation, a region, a sector or a partnership. Click an organisation to open it; the list
beside the drawing says the same in words (and is reachable by keyboard)."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

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


# Scene units. The drawing is fitted to the window, so these set proportions: a name's height
# and some air between neighbours on the ring, and the ring's least radius.
SPACING = 26.0
MIN_RADIUS = 170.0
# A ring this small has room for names written level; a bigger one writes them along the radius.
LEVEL_NAMES_UP_TO = 12


@dataclass(frozen=True)
class Place:
    x: float
    y: float
    angle: float  # radians, clockwise from three o'clock; the names point away from the middle along it
    middle: bool = False  # the organisation the network is around, in the middle of the ring


def ring_layout(nodes, links) -> dict:
    """Where each organisation is drawn: on one ring, read clockwise from the top, each name
    pointing outwards, so no two names overlap however many partners there are.

    When the scope has one organisation (the network around it, or a region with one) it sits
    in the middle and its partners go round it; otherwise the organisations in the scope come
    first on the ring. The partners follow grouped by country, the countries with most partners
    first, and within one country the most connected first — to the organisation in the middle
    when there is one."""
    nodes = list(nodes)
    scope = [n for n in nodes if n.in_scope]
    centre = scope[0] if len(scope) == 1 else None
    strength = {n.id: n.partnerships for n in nodes}
    if centre is not None:  # the partnerships each partner shares with the organisation in the middle
        strength = dict.fromkeys(strength, 0)
        for link in links:
            if centre.id in (link.a, link.b):
                strength[link.b if link.a == centre.id else link.a] = len(link.partnerships)
    per_country = Counter(n.country for n in nodes if not n.in_scope)
    ring = sorted((n for n in scope if n is not centre), key=lambda n: (-strength[n.id], n.name)) + sorted(
        (n for n in nodes if not n.in_scope),
        key=lambda n: (n.country is None, -per_country[n.country], n.country or "", -strength[n.id], n.name))
    places = {centre.id: Place(0.0, 0.0, -math.pi / 2, middle=True)} if centre is not None else {}
    if not ring:
        return places
    radius = max(MIN_RADIUS, len(ring) * SPACING / (2 * math.pi))
    for i, node in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * i / len(ring)
        places[node.id] = Place(radius * math.cos(angle), radius * math.sin(angle), angle)
    return places


def load_network(db, kind: str, rec_id):
    """On the worker: the network, its drawing positions and the centre's name."""
    centre = ops.get(db, kind, rec_id)
    network = ops.network(db, kind, rec_id)
    return centre, network, ring_layout(network.nodes, network.links)


class NodeItem(QGraphicsEllipseItem):
    def __init__(self, node, radius: float, page: NetworkPage):
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
        """The whole drawing in the window — shrunk when it is bigger, never blown up when it is
        small (a few names in letters twice their size read worse)."""
        if self.scene() and not self.scene().itemsBoundingRect().isEmpty():
            whole = self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40)
            self.fitInView(whole, Qt.AspectRatioMode.KeepAspectRatio)
            if self.transform().m11() > 1:
                self.resetTransform()
                self.centerOn(whole.center())

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
        self.legend.setText(_T("NetworkPage", "■ filled square: in the scope · ○ circle: partner outside it; "
                                              "partners go round the ring by country, the most connected first · "
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
        _centre, network, places = self.data
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        middle = next((i for i, p in places.items() if p.middle), None)
        scope = {n.id for n in network.nodes if n.in_scope}
        for link in network.links:
            a, b = places.get(link.a), places.get(link.b)
            if a is None or b is None:
                continue
            path = QPainterPath(QPointF(a.x, a.y))
            path.lineTo(QPointF(b.x, b.y))
            edge = QGraphicsPathItem(path)
            # the scope's own links lead; those among the partners outside it stay faint
            line_colour = QColor(palette.color(QPalette.ColorRole.Mid))
            if link.a not in scope and link.b not in scope:
                line_colour.setAlpha(70)
            pen = QPen(line_colour, 0.8 + min(len(link.partnerships), 6) * 0.6)
            edge.setPen(pen)
            edge.setZValue(0)
            edge.setToolTip("\n".join(label for _, label in link.partnerships))
            self.scene.addItem(edge)
            self._edges.append((link, edge, pen))
        small = QFont(self.font())
        small.setPixelSize(13)  # scene units, like the ring: names scale with the drawing
        level = len(places) - (middle is not None) <= LEVEL_NAMES_UP_TO
        for node in network.nodes:
            place = places.get(node.id)
            if place is None:
                continue
            in_middle = node.id == middle
            radius = 16.0 if in_middle else 5 + min(node.partnerships, 12) * 0.6
            # the scope's organisations are squares: the difference is in the shape, not only the colour
            item = (_SquareNode if node.in_scope else NodeItem)(node, radius, self)
            item.setPos(place.x, place.y)
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
            bounds = label.boundingRect()
            if in_middle:  # under it, on a backdrop: its partners' links cross the middle
                label.setPos(place.x - bounds.width() / 2, place.y + radius + 3)
                backdrop = self.scene.addRect(label.sceneBoundingRect().adjusted(-3, -1, 3, 1),
                                              QPen(Qt.PenStyle.NoPen), QBrush(_faded(palette, 225)))
                backdrop.setZValue(3)
            elif level:  # level, beside it on the side away from the middle
                cos, sin = math.cos(place.angle), math.sin(place.angle)
                x, y = place.x + cos * (radius + 4), place.y + sin * (radius + 4)
                x -= bounds.width() * (0 if cos > 0.3 else 1 if cos < -0.3 else 0.5)
                y -= bounds.height() * (0 if sin > 0.3 else 1 if sin < -0.3 else 0.5)
                label.setPos(x, y)
            else:  # along the radius, away from the middle, upright on both halves of the ring
                right = math.cos(place.angle) > -1e-9
                turn = QTransform()
                turn.translate(place.x, place.y)
                turn.rotate(math.degrees(place.angle) + (0 if right else 180))
                turn.translate(radius + 4 if right else -radius - 4 - bounds.width(), -bounds.height() / 2)
                label.setTransform(turn)
            # above every circle and line; clicks and hovers go through to the organisation underneath
            label.setZValue(4)
            label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            label.setAcceptHoverEvents(False)
            self.scene.addItem(label)
            self._nodes[node.id] = item
            entry = QListWidgetItem(f"{node.name}\n{_links_text(node.partnerships)}", self.members)
            entry.setData(Qt.ItemDataRole.UserRole, node.id)
        # the scene's own rectangle only ever grows: a small network after a big one would scroll
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))
        self.canvas.fit()

    def highlight(self, node_id) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        for link, edge, pen in self._edges:
            on = node_id is not None and node_id in (link.a, link.b)
            if on:
                pen = QPen(pen)
                pen.setColor(accent)
            edge.setPen(pen)
            edge.setZValue(1 if on else 0)


def _faded(palette: QPalette, alpha: int) -> QColor:
    colour = QColor(palette.color(QPalette.ColorRole.Base))
    colour.setAlpha(alpha)
    return colour


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
