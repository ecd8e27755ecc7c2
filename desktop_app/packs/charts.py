"""Vector charts for the pack, drawn with reportlab.graphics shapes: sharp at any zoom and in
print, their labels real text (searchable, copyable)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from . import fonts
from .styles import ACCENT, BAND, FAINT, INK, MUTED, PRIMARY, RULE, SERIES, STATUS_COLOURS, WARN

LABEL_SIZE = 7.4


def fit(text: str, width: float, font: str = fonts.REGULAR, size: float = LABEL_SIZE) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _label(x, y, text, size=LABEL_SIZE, anchor="start", color=INK, font=fonts.REGULAR) -> String:
    return String(x, y, text, fontName=font, fontSize=size, fillColor=color, textAnchor=anchor)


def title_drawing(d: Drawing, title: str | None, width: float) -> float:
    """Put a chart title at the top; returns the height it takes."""
    if not title:
        return 0
    d.add(_label(0, d.height - 9, fit(title, width, fonts.BOLD, 8.2), size=8.2, font=fonts.BOLD, color=INK))
    return 15


def hbars(items: Sequence[tuple[str, float, str]], width: float, *, title: str | None = None,
          color=PRIMARY, bar_height: float = 10.0, gap: float = 4.0, label_share: float = 0.42) -> Drawing:
    """Horizontal bars: label, bar, value text. ``items`` are (label, value, value as printed)."""
    head = 15 if title else 0
    height = head + len(items) * (bar_height + gap) + 2
    d = Drawing(width, height)
    title_drawing(d, title, width)
    # the labels' column widens, up to a little over half, before a label is cut
    longest = max((stringWidth(label, fonts.REGULAR, LABEL_SIZE) for label, _, _ in items), default=0)
    label_w = min(max(width * label_share, longest + 8), max(width * 0.55, width * label_share))
    value_w = 46
    bar_w = width - label_w - value_w - 6
    top = max((v for _, v, _ in items), default=0) or 1
    y = height - head - bar_height
    for i, (label, value, shown) in enumerate(items):
        d.add(_label(label_w - 5, y + 2.4, fit(label, label_w - 8), anchor="end"))
        d.add(Rect(label_w, y, bar_w, bar_height, fillColor=BAND, strokeColor=None))
        w = bar_w * (value / top)
        if w > 0:
            fill = color if not isinstance(color, list | tuple) else color[i % len(color)]
            d.add(Rect(label_w, y, max(w, 0.8), bar_height, fillColor=fill, strokeColor=None))
        d.add(_label(label_w + bar_w + 4, y + 2.4, shown, color=MUTED))
        y -= bar_height + gap
    return d


def donut(items: Sequence[tuple[str, float, str]], width: float, *, title: str | None = None,
          centre: str = "", centre_label: str = "", size: float = 118) -> Drawing:
    """A ring of shares with its legend to the right. ``items`` are (label, value, value as printed)."""
    head = 15 if title else 0
    legend_rows = len(items)
    height = head + max(size, legend_rows * 12.5) + 4
    d = Drawing(width, height)
    title_drawing(d, title, width)
    total = sum(v for _, v, _ in items) or 1
    cx, cy = size / 2, height - head - size / 2 - 2
    r_out, r_in = size / 2, size / 2 * 0.58
    angle = 90.0
    for i, (_, value, _) in enumerate(items):
        sweep = 360.0 * value / total
        if sweep <= 0:
            continue
        end = angle - sweep
        colour = SERIES[i % len(SERIES)]
        if sweep >= 359.99:
            d.add(Circle(cx, cy, r_out, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
        else:
            d.add(Wedge(cx, cy, r_out, end, angle, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8))
        angle = end
    d.add(Circle(cx, cy, r_in, fillColor=colors.white, strokeColor=None))
    if centre:
        d.add(_label(cx, cy - 1, centre, size=14, anchor="middle", font=fonts.BOLD, color=PRIMARY))
        # a little smaller rather than cut ("organizzazioni" in the Italian pack)
        label_size = max(5.4, min(6.6, 6.6 * r_in * 1.8 / (stringWidth(centre_label, fonts.REGULAR, 6.6) or 1)))
        d.add(_label(cx, cy - 12, fit(centre_label, r_in * 1.8, size=label_size), size=label_size, anchor="middle",
                     color=MUTED))
    lx = size + 12
    ly = height - head - 11
    for i, (label, _value, shown) in enumerate(items):  # the ring shows the shares; the legend the counts
        d.add(Rect(lx, ly, 8, 8, fillColor=SERIES[i % len(SERIES)], strokeColor=None))
        d.add(_label(lx + 12, ly + 1, fit(label, width - lx - 12 - 30, size=7), size=7))
        d.add(_label(width, ly + 1, shown, anchor="end", color=MUTED, size=7))
        ly -= 12.5
    return d


def year_series(counts: Sequence[tuple[int, int]], *, last: int = 16) -> list[tuple[str, int]]:
    """Counts by year as the column chart's items: every year from the first to the last, a
    year without any at 0 (so a gap shows as one), the ``last`` most recent years at most."""
    by_year = {int(year): n for year, n in counts}
    if not by_year:
        return []
    end = max(by_year)
    start = max(min(by_year), end - last + 1)
    return [(str(year), by_year.get(year, 0)) for year in range(start, end + 1)]


def columns(items: Sequence[tuple[str, float]], width: float, *, title: str | None = None,
            height: float = 110, color=PRIMARY, highlight: str | None = None) -> Drawing:
    """Vertical bars with their labels below and values above (e.g. partnerships by start year,
    from :func:`year_series`). Every bar is labelled when the labels fit side by side; else
    every second (third…) one, always including the tallest."""
    head = 15 if title else 0
    d = Drawing(width, height + head)
    title_drawing(d, title, width)
    n = max(len(items), 1)
    base = 14
    plot_h = height - base - 12
    slot = width / n
    bar_w = min(26, slot * 0.7)
    top = max((v for _, v in items), default=0) or 1
    d.add(Line(0, base, width, base, strokeColor=RULE, strokeWidth=0.6))
    size = 6.6
    widest = max((stringWidth(label, fonts.REGULAR, size) for label, _ in items), default=0)
    every = max(1, math.ceil((widest + 3) / slot))  # labels centred on their bars, 3 pt apart at least
    tallest = max(range(len(items)), key=lambda i: items[i][1], default=0)
    for i, (label, value) in enumerate(items):
        x = i * slot + (slot - bar_w) / 2
        h = plot_h * value / top
        fill = ACCENT if label == highlight else color
        if h > 0:
            d.add(Rect(x, base, bar_w, h, fillColor=fill, strokeColor=None))
            d.add(_label(x + bar_w / 2, base + h + 2.5, _int(value), size=size, anchor="middle", color=MUTED))
        if (i - tallest) % every == 0:  # centred on its bar, but not past the chart's edges
            half = stringWidth(label, fonts.REGULAR, size) / 2
            centre = min(max(x + bar_w / 2, half), width - half)
            d.add(_label(centre, base - 9, label, size=size, anchor="middle", color=MUTED))
    return d


def _int(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


# --- timelines ------------------------------------------------------------------------------------

def _year_span(dates: Sequence[date], today: date) -> tuple[date, date]:
    years = [d.year for d in dates if d] + [today.year]
    return date(min(years), 1, 1), date(max(years) + 1, 1, 1)


def _x(d: date, start: date, end: date, x0: float, width: float) -> float:
    return x0 + width * (d - start).days / max(1, (end - start).days)


def gantt(rows: Sequence[tuple[str, date | None, date | None, str]], today: date, width: float, *,
          title: str | None = None, today_label: str = "today", open_label: str = "open-ended",
          undated_label: str = "dates not set", label_share: float = 0.3) -> Drawing:
    """One bar per partnership from start to end, coloured by status, on a year axis with today
    marked. ``rows`` are (label, start, end, status); an open end runs to the right edge."""
    head = (15 if title else 0) + 10  # room for today's label above the bars
    row_h, gap = 9.0, 4.2
    axis = 16
    height = head + len(rows) * (row_h + gap) + axis + 4
    d = Drawing(width, height)
    title_drawing(d, title, width)
    label_w = width * label_share
    plot_x, plot_w = label_w, width - label_w - 4
    start, end = _year_span([x for _, s, e, _ in rows for x in (s, e)], today)
    if (end.year - start.year) > 30:  # a record from long ago should not squash the rest
        start = date(end.year - 30, 1, 1)
    years = list(range(start.year, end.year + 1))
    every = max(1, math.ceil(len(years) / (plot_w / 30)))
    bottom = axis
    top_y = height - head
    for i, year in enumerate(years):
        x = _x(date(year, 1, 1), start, end, plot_x, plot_w)
        d.add(Line(x, bottom, x, top_y, strokeColor=RULE, strokeWidth=0.35))
        if i % every == 0 and year < end.year:
            d.add(_label(x + 2, bottom - 10, str(year), size=6.6, color=MUTED))
    y = top_y - row_h - 2
    for label, s, e, status in rows:
        d.add(_label(label_w - 5, y + 1.6, fit(label, label_w - 8), anchor="end"))
        colour = STATUS_COLOURS.get(status, FAINT)
        if s is None and e is None:
            d.add(_label(plot_x + 2, y + 1.6, undated_label, size=6.6, color=MUTED, font=fonts.ITALIC))
        else:
            s2 = max(s or start, start)
            e2 = e or end
            x1 = _x(s2, start, end, plot_x, plot_w)
            x2 = max(_x(min(e2, end), start, end, plot_x, plot_w), x1 + 1.5)
            d.add(Rect(x1, y, x2 - x1, row_h, fillColor=colour, strokeColor=None))
            if e is None:  # open-ended: an arrow head at the right edge
                d.add(Polygon([x2, y - 1, x2 + 4, y + row_h / 2, x2, y + row_h + 1], fillColor=colour,
                              strokeColor=None))
        y -= row_h + gap
    tx = _x(today, start, end, plot_x, plot_w)
    d.add(Line(tx, bottom, tx, top_y + 2, strokeColor=WARN, strokeWidth=0.9, strokeDashArray=[2, 1.5]))
    d.add(_label(tx, top_y + 4, today_label, size=6.6, anchor="middle", color=WARN, font=fonts.BOLD))
    return d


def mini_timeline(start: date | None, end: date | None, today: date, events: Sequence[date], width: float,
                  *, status: str, labels: dict) -> Drawing:
    """A partnership's own timeline: its span, today, and the dates of our interactions with it."""
    height = 42 if events else 34  # a line below for the legend of the circles
    d = Drawing(width, height)
    lo, hi = _year_span([x for x in (start, end, *events) if x], today)
    x0, w = 4, width - 8
    y = height - 17
    d.add(Line(x0, y, x0 + w, y, strokeColor=RULE, strokeWidth=0.8))
    years = list(range(lo.year, hi.year + 1))
    every = max(1, math.ceil(len(years) / (w / 34)))
    for i, year in enumerate(years):
        x = _x(date(year, 1, 1), lo, hi, x0, w)
        d.add(Line(x, y - 2.5, x, y + 2.5, strokeColor=RULE, strokeWidth=0.6))
        if i % every == 0 and year < hi.year:
            d.add(_label(x + 2, y - 11, str(year), size=6.2, color=MUTED))
    colour = STATUS_COLOURS.get(status, FAINT)
    if start or end:
        s = start or lo
        e = end or hi
        x1, x2 = _x(s, lo, hi, x0, w), _x(e, lo, hi, x0, w)
        d.add(Rect(x1, y - 3.5, max(x2 - x1, 1.5), 7, fillColor=colour, strokeColor=None))
        for x, text in _span_labels(x1, x2, start, end, labels, x0, x0 + w, 6.2):
            d.add(_label(x, y + 6, text, size=6.2, color=MUTED))
    for when in events:
        x = _x(when, lo, hi, x0, w)
        d.add(Circle(x, y, 2.4, fillColor=colors.white, strokeColor=INK, strokeWidth=0.8))
    if events and labels.get("events"):  # what the circles are
        d.add(Circle(x0 + w - stringWidth(labels["events"], fonts.REGULAR, 6.2) - 7, 2.6, 2.2,
                     fillColor=colors.white, strokeColor=INK, strokeWidth=0.7))
        d.add(_label(x0 + w, 0.5, labels["events"], size=6.2, anchor="end", color=MUTED))
    tx = _x(today, lo, hi, x0, w)
    d.add(Line(tx, y - 7, tx, y + 7, strokeColor=WARN, strokeWidth=1))
    anchor = "end" if tx > x0 + w - 20 else "start" if tx < x0 + 20 else "middle"
    d.add(_label(tx, y - 15.5, labels["today"], size=6.2, anchor=anchor, color=WARN, font=fonts.BOLD))
    return d


def _span_labels(x1: float, x2: float, start: date | None, end: date | None, labels: dict, left: float,
                 right: float, size: float) -> list[tuple[float, str]]:
    """The labels above a span, as (left x, text): the start's from the span's start, the end's
    (or 'open-ended') ending at its end, kept inside ``left``–``right``; one label 'start – end'
    when the two would touch, and one alone when they read the same (a span within a month)."""
    gap = 4

    def width(text: str) -> float:
        return stringWidth(text, fonts.REGULAR, size)

    def inside(x: float, text: str) -> float:
        return max(left, min(x, right - width(text)))

    first = labels["start"] if start else None
    second = labels["end"] if end else labels["open"] if start else None
    if first and second and first == second:
        second = None
    if not (first and second):
        text = first or second
        x = x1 if first else x2 - width(text)
        return [(inside(x, text), text)] if text else []
    a, b = inside(x1, first), inside(x2 - width(second), second)
    if a + width(first) + gap <= b:
        return [(a, first), (b, second)]
    both = f"{first} – {second}"
    return [(inside(x1, both), both)]


def legend(items: Sequence[tuple[str, colors.Color]], width: float, size: float = 6.8) -> Drawing:
    """A one- or two-line legend of coloured squares."""
    x, y = 0.0, 4.0
    placed = []
    for label, colour in items:
        w = 12 + stringWidth(label, fonts.REGULAR, size) + 12
        if x + w > width and x > 0:
            x, y = 0.0, y + 11
        placed.append((x, y, label, colour))
        x += w
    height = y + 9
    d = Drawing(width, height)
    for x, y, label, colour in placed:
        d.add(Rect(x, height - y - 6, 7, 7, fillColor=colour, strokeColor=None))
        d.add(_label(x + 10, height - y - 5, label, size=size, color=MUTED))
    return d
