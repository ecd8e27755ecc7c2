"""The network diagram of a scope's partnerships: our organisations on the left, the partnerships
in the middle, the partners elsewhere on the right, a line for each participation. Columns are
ordered so that lines cross as little as they can (a few rounds of barycentre ordering), and
everything is deterministic: the same data gives the same drawing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Path, Rect, String
from reportlab.lib import colors

from database.ops.packdata import PartnershipProfile, sort_key

from . import fonts
from .charts import fit
from .styles import FAINT, INK, MUTED, PRIMARY, SERIES, STATUS_COLOURS

TYPE_ORDER = ["university", "research_organisation", "innovation_cluster", "science_park", "incubator",
              "large_company", "sme", "public_body", "other"]
ROW_MIN = 11.5
ROW_MAX = 19.0
BOX_H = 13.0


@dataclass
class _Org:
    id: object
    label: str
    type: str
    home: bool
    links: list  # indexes of partnerships
    pos: float = 0.0
    name: str = ""


@dataclass(frozen=True)
class NetworkPlan:
    partnerships: tuple  # (label, status)
    left: tuple  # our organisations: (label, type)
    right: tuple
    edges: tuple  # (side, org index, partnership index, is coordinator)
    hidden_orgs: int
    hidden_partnerships: int


def plan(profiles: Sequence[PartnershipProfile], is_home, *, max_partnerships: int = 16,
         max_per_side: int = 26) -> NetworkPlan:
    """Choose and order what the diagram shows. ``is_home(member)`` says if a member is one of ours."""
    shown = list(profiles[:max_partnerships])
    orgs: dict = {}
    coordinators = set()
    for pi, p in enumerate(shown):
        for mbr in p.members:
            o = orgs.get(mbr.stakeholder_id)
            if o is None:
                o = orgs[mbr.stakeholder_id] = _Org(mbr.stakeholder_id, mbr.short_name or mbr.name, mbr.type,
                                                    bool(is_home(mbr)), [], name=mbr.name)
            o.links.append(pi)
            if mbr.role in ("coordinator", "lead"):
                coordinators.add((mbr.stakeholder_id, pi))
    # a short name is the label only where it tells the organisation apart
    short = defaultdict(int)
    for o in orgs.values():
        short[o.label] += 1
    for o in orgs.values():
        if short[o.label] > 1:
            o.label = o.name
    hidden = 0
    sides = {True: [], False: []}
    for o in orgs.values():
        sides[o.home].append(o)
    for home, members in sides.items():  # the most connected first, when some must go
        members.sort(key=lambda o: (-len(o.links), sort_key(o.label)))
        hidden += max(0, len(members) - max_per_side)
        sides[home] = members[:max_per_side]
    # barycentre ordering: partnerships by their organisations' rows, organisations by their partnerships'
    ppos = {i: float(i) for i in range(len(shown))}
    for _ in range(4):
        for members in sides.values():
            for o in members:
                o.pos = sum(ppos[i] for i in o.links) / len(o.links)
            members.sort(key=lambda o: (o.pos, sort_key(o.label)))
        rows = defaultdict(list)
        for members in sides.values():
            n = max(len(members) - 1, 1)
            for r, o in enumerate(members):
                for i in o.links:
                    rows[i].append(r / n)
        order = sorted(range(len(shown)), key=lambda i: (sum(rows[i]) / len(rows[i]) if rows[i] else 0.5, i))
        ppos = {i: order.index(i) * 1.0 for i in range(len(shown))}
    order = sorted(range(len(shown)), key=lambda i: ppos[i])
    new_index = {old: new for new, old in enumerate(order)}
    edges = []
    for side_name, members in (("left", sides[True]), ("right", sides[False])):
        for r, o in enumerate(members):
            for i in o.links:
                edges.append((side_name, r, new_index[i], (o.id, i) in coordinators))
    return NetworkPlan(
        tuple((shown[i].record.acronym or shown[i].record.title, shown[i].record.status) for i in order),
        tuple((o.label, o.type) for o in sides[True]), tuple((o.label, o.type) for o in sides[False]),
        tuple(edges), hidden, max(0, len(profiles) - len(shown)))


def type_colour(org_type: str):
    i = TYPE_ORDER.index(org_type) if org_type in TYPE_ORDER else len(TYPE_ORDER) - 1
    return SERIES[i % len(SERIES)]


def draw(p: NetworkPlan, width: float, *, left_title: str, right_title: str, middle_title: str,
         target_height: float = 430) -> Drawing:
    rows = max(len(p.left), len(p.right), int(len(p.partnerships) * (BOX_H + 9) / ROW_MIN) + 1, 4)
    row_h = min(ROW_MAX, max(ROW_MIN, target_height / rows))  # small networks get room to breathe
    head = 18
    height = head + rows * row_h + 6
    d = Drawing(width, height)
    label_w = width * 0.255
    left_x = label_w + 6  # node centres
    right_x = width - label_w - 6
    box_w = min(96, (right_x - left_x) * 0.36)
    mid = width / 2
    top = height - head

    def col_y(n: int, i: int, step: float) -> float:
        span = (n - 1) * step
        start = top - (rows * row_h - span) / 2 - row_h / 2
        return start - i * step

    lefts = [col_y(len(p.left), i, row_h) for i in range(len(p.left))]
    rights = [col_y(len(p.right), i, row_h) for i in range(len(p.right))]
    pstep = min(BOX_H + 16, rows * row_h / max(len(p.partnerships), 1))
    mids = [col_y(len(p.partnerships), i, pstep) for i in range(len(p.partnerships))]

    for text, x, anchor in ((left_title, 0, "start"), (middle_title, mid, "middle"), (right_title, width, "end")):
        d.add(String(x, height - 10, text, fontName=fonts.BOLD, fontSize=7.6, fillColor=MUTED, textAnchor=anchor))

    # lines first, under the nodes: S-curves from an organisation to a partnership's box
    for side, r, pi, coordinator in p.edges:
        y0 = lefts[r] if side == "left" else rights[r]
        x0 = left_x if side == "left" else right_x
        x1 = mid - box_w / 2 if side == "left" else mid + box_w / 2
        y1 = mids[pi]
        bend = (x1 - x0) * 0.55
        path = Path(strokeColor=PRIMARY if coordinator else colors.HexColor("#8fa6c4"),
                    strokeWidth=1.1 if coordinator else 0.55, fillColor=None, strokeOpacity=0.85)
        path.moveTo(x0, y0)
        path.curveTo(x0 + bend, y0, x1 - bend, y1, x1, y1)
        d.add(path)

    for labels, ys, x, anchor in ((p.left, lefts, left_x, "end"), (p.right, rights, right_x, "start")):
        for (label, org_type), y in zip(labels, ys, strict=True):
            d.add(Circle(x, y, 3.2, fillColor=type_colour(org_type), strokeColor=colors.white, strokeWidth=0.6))
            tx = x - 6 if anchor == "end" else x + 6
            d.add(String(tx, y - 2.4, fit(label, label_w - 6, size=6.9), fontName=fonts.REGULAR, fontSize=6.9,
                         fillColor=INK, textAnchor=anchor))

    for (label, status), y in zip(p.partnerships, mids, strict=True):
        colour = STATUS_COLOURS.get(status, FAINT)
        d.add(Rect(mid - box_w / 2, y - BOX_H / 2, box_w, BOX_H, rx=3, ry=3, fillColor=colour,
                   strokeColor=colors.white, strokeWidth=0.6))
        d.add(String(mid, y - 2.6, fit(label, box_w - 6, fonts.BOLD, 7), fontName=fonts.BOLD, fontSize=7,
                     fillColor=colors.white, textAnchor="middle"))
    return d
