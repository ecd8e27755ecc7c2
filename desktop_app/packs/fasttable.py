"""A table of plain-text cells that lays out thousands of rows quickly, for the directory and the
other long lists of a pack.

reportlab's ``Table`` of ``Paragraph`` cells parses markup for every cell and lays each one out
about three times (wrap, split, draw); that makes a 10,000-organisation directory crawl at ~21
pages a second. Here every cell is a few runs of plain text in a known font, wrapped once with
cached word widths, and drawn straight onto the canvas in one text object per page. The table
splits between rows (and inside a row taller than a page), repeats its header on every page,
and puts a bookmark (and a contents entry) on band rows such as the directory's letters.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class CellFont:
    name: str
    size: float
    leading: float
    color: colors.Color


@dataclass(frozen=True)
class Band:
    """A row across the whole table (a group heading): bookmarked, and listed in the contents
    when ``toc_level`` is not None."""

    text: str
    key: str | None = None
    toc_level: int | None = None


# a cell is a sequence of runs, each wrapped on its own lines: (font index, text), or
# (font index, text, label font index, label) for text led by a label on its first line
Cell = Sequence[tuple]
Row = Sequence[Cell]


class _Wrapper:
    """Word-wrapping with cached widths: names, cities and sector labels repeat a lot."""

    def __init__(self, font: CellFont):
        self.font = font
        self.space = stringWidth(" ", font.name, font.size)
        self.widths: dict[str, float] = {}
        self.texts: dict[tuple[str, float], tuple[str, ...]] = {}

    def width(self, word: str) -> float:
        w = self.widths.get(word)
        if w is None:
            w = self.widths[word] = stringWidth(word, self.font.name, self.font.size)
        return w

    def wrap(self, text: str, max_width: float, indent: float = 0.0) -> tuple[str, ...]:
        """Lines of ``text`` at most ``max_width`` wide; the first ``indent`` narrower (for a label)."""
        key = (text, max_width, indent)
        cached = self.texts.get(key)
        if cached is not None:
            return cached
        lines: list[str] = []
        for para in text.split("\n"):
            words, width = [], indent if not lines else 0.0
            for word in para.split(" "):  # spaces only: a no-break space (U+00A0) holds words together
                if not word:
                    continue
                ww = self.width(word)
                if ww > max_width:  # a word wider than the column (a long URL): break it by letters
                    if words:
                        lines.append(" ".join(words))
                    pieces = self._break(word, max_width)
                    lines.extend(pieces[:-1])
                    words, width = [pieces[-1]], self.width(pieces[-1])
                elif words and width + self.space + ww > max_width:
                    lines.append(" ".join(words))
                    words, width = [word], ww
                else:
                    width += (self.space if words else 0.0) + ww
                    words.append(word)
            if words:
                lines.append(" ".join(words))
        result = tuple(lines)
        if len(text) < 80:  # short texts repeat (types, countries, sector lists); long ones seldom
            self.texts[key] = result
        return result

    def _break(self, word: str, max_width: float) -> list[str]:
        pieces, current = [], ""
        for ch in word:
            if current and stringWidth(current + ch, self.font.name, self.font.size) > max_width:
                pieces.append(current)
                current = ch
            else:
                current += ch
        return [*pieces, current]


class _Measured:
    """One row laid out: its height and its lines as (font index, x offset, baseline offset, text)."""

    __slots__ = ("height", "lines", "band")

    def __init__(self, height: float, lines: list, band: Band | None = None):
        self.height = height
        self.lines = lines
        self.band = band


class _Layout:
    """The rows of one table and what is known of their layout; shared by all its page pieces,
    and kept across the passes of a multi-pass build (same widths, same lines)."""

    def __init__(self, table: FastTable, rows: Sequence):
        self.table = table
        self.rows = rows
        self.width = None
        self.measured: list[_Measured] = []
        self.tops: list[float] = [0.0]  # tops[i]: height of rows[0:i]

    def reset(self, width: float) -> None:
        self.width = width
        self.measured = []
        self.tops = [0.0]

    def measure_until(self, index: int) -> None:
        """Make sure rows[0:index] are measured."""
        t = self.table
        while len(self.measured) < min(index, len(self.rows)):
            m = t.measure_row(self.rows[len(self.measured)])
            self.measured.append(m)
            self.tops.append(self.tops[-1] + m.height)

    def measure_height(self, start: int, height: float) -> None:
        """Measure rows from ``start`` on until they fill ``height`` (or run out)."""
        self.measure_until(start)
        while len(self.measured) < len(self.rows) and self.tops[-1] - self.tops[start] <= height:
            self.measure_until(len(self.measured) + 1)


_TRANSIENT = {"_postponed", "_frame", "canv", "_traceInfo"}


class FastTable(Flowable):
    """Rows of plain-text cells in fixed-fraction columns.

    ``fonts`` are the cell fonts that runs refer to by index; ``header`` the column titles;
    ``align`` 'L' or 'R' per column. A document with an ``advance(rows)`` method hears of the
    rows placed on each page (progress; it may raise to stop the build)."""

    def __init__(self, columns: Sequence[float], rows: Sequence, *, fonts: Sequence[CellFont],
                 header: Sequence[str] | None = None, header_font: CellFont | None = None,
                 align: Sequence[str] | None = None, padding: tuple[float, float] = (3.0, 2.6),
                 rule_color=colors.HexColor("#c9d0d7"), header_bg=colors.HexColor("#eef2f6"),
                 band_bg=colors.HexColor("#1f4e8c"), band_font: CellFont | None = None,
                 max_height: float = 700.0):
        super().__init__()
        total = float(sum(columns))
        self.fractions = [c / total for c in columns]
        self.fonts = list(fonts)
        self.header = list(header) if header else None
        self.header_font = header_font or fonts[0]
        self.band_font = band_font or CellFont(fonts[0].name, fonts[0].size + 1.5, fonts[0].leading + 2, colors.white)
        self.align = list(align) if align else ["L"] * len(columns)
        self.hpad, self.vpad = padding
        self.rule_color = rule_color
        self.header_bg = header_bg
        self.band_bg = band_bg
        self.max_height = max_height  # a row taller than this is split across pages
        self._layout = _Layout(self, rows)
        self._start = 0
        self._end = len(rows)
        self._lead: _Measured | None = None  # the rest of a row split across pages
        self._lead_only = False
        self._wrappers = [_Wrapper(f) for f in self.fonts]
        self._header_wrapper = _Wrapper(self.header_font)
        self._band_wrapper = _Wrapper(self.band_font)
        self._header_measured: _Measured | None = None
        self.draft = False  # set by the document on passes whose pages are thrown away

    # --- measuring ----------------------------------------------------------------------------

    def _columns(self, width: float) -> list[tuple[float, float]]:
        out, x = [], 0.0
        for f in self.fractions:
            out.append((x, f * width))
            x += f * width
        return out

    def measure_row(self, row) -> _Measured:
        width = self._layout.width
        if isinstance(row, Band):
            f = self.band_font
            lines = self._band_wrapper.wrap(row.text, width - 2 * self.hpad)
            out = [(-1, self.hpad, self.vpad + f.size + i * f.leading, text) for i, text in enumerate(lines)]
            return _Measured(len(lines) * f.leading + 2 * self.vpad + 1.5, out, row)
        lines, tallest = [], 0.0
        for col, ((x, w), cell) in enumerate(zip(self._columns(width), row, strict=False)):
            y = self.vpad
            inner = w - 2 * self.hpad
            right = self.align[col] == "R"
            for run in cell or ():
                font_index, text = run[0], run[1]
                if not text:
                    continue
                f = self.fonts[font_index]
                wrapper = self._wrappers[font_index]
                indent = 0.0
                if len(run) == 4:  # a label leading the text, in its own font: 'Sectors: …'
                    label_font, label = run[2], run[3]
                    lines.append((label_font, x + self.hpad, y + f.size, label))
                    indent = self._wrappers[label_font].width(label) + wrapper.space
                for i, line in enumerate(wrapper.wrap(text, inner, indent)):
                    lx = x + self.hpad + (indent if i == 0 else 0.0)
                    if right:
                        lx = x + w - self.hpad - stringWidth(line, f.name, f.size)
                    lines.append((font_index, lx, y + f.size, line))
                    y += f.leading
            tallest = max(tallest, y)
        return _Measured(tallest + self.vpad, lines)

    def _header(self) -> _Measured | None:
        if not self.header:
            return None
        if self._header_measured is None:
            f = self.header_font
            lines, tallest = [], 0.0
            for col, ((x, w), title) in enumerate(zip(self._columns(self._layout.width), self.header, strict=False)):
                y = self.vpad
                for line in self._header_wrapper.wrap(title, w - 2 * self.hpad):
                    lx = x + self.hpad
                    if self.align[col] == "R":
                        lx = x + w - self.hpad - stringWidth(line, f.name, f.size)
                    lines.append((-2, lx, y + f.size, line))
                    y += f.leading
                tallest = max(tallest, y)
            self._header_measured = _Measured(tallest + self.vpad, lines)
        return self._header_measured

    def _piece(self, start: int, end: int, lead: _Measured | None, lead_only: bool = False) -> FastTable:
        """A page's share of the table: rows[start:end], the first replaced by ``lead`` when given
        (the rest of a row cut at the previous page); ``lead_only`` draws the lead alone."""
        piece = object.__new__(FastTable)
        # reportlab keeps per-flowable state (_postponed, _frame, canv) that a new piece must not inherit
        piece.__dict__.update({k: v for k, v in self.__dict__.items() if k not in _TRANSIENT})
        piece._start, piece._end, piece._lead, piece._lead_only = start, end, lead, lead_only
        return piece

    def _rows_height(self, start: int, end: int) -> float:
        return self._layout.tops[end] - self._layout.tops[start]

    # --- the Flowable protocol ----------------------------------------------------------------

    def wrap(self, availWidth, availHeight):
        layout = self._layout
        # left- and right-hand frames differ in the last bits of their float widths: not a new layout
        if layout.width is None or abs(layout.width - availWidth) > 0.01:
            layout.reset(availWidth)
            self._header_measured = None
        header = self._header()
        self.width = availWidth
        self.height = (header.height if header else 0.0) + (self._lead.height if self._lead else 0.0)
        if self._lead_only:
            return self.width, self.height
        first = self._start + (1 if self._lead else 0)
        # measure only as far as this page needs: the rest is measured when its turn comes
        layout.measure_height(first, availHeight)
        end = min(self._end, len(layout.measured))
        self.height += self._rows_height(first, end)
        if end < self._end:
            self.height += 1.0  # more rows follow: certainly taller than the space offered
        return self.width, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        if self._lead_only:
            return [self] if self.height <= availHeight else []
        layout = self._layout
        header = self._header()
        room = availHeight - (header.height if header else 0.0)
        first = self._start + (1 if self._lead else 0)
        if self._lead is not None:
            if self._lead.height > room:
                return self._split_row(self._lead, self._start, room)
            room -= self._lead.height
        layout.measure_height(first, room)
        # the last row that ends within the room
        end = bisect.bisect_right(layout.tops, layout.tops[first] + room + 1e-6, lo=first) - 1
        end = min(end, self._end)
        if end <= first and self._lead is None:
            row = layout.measured[first] if first < len(layout.measured) else None
            if row is not None and row.height > self.max_height - (header.height if header else 0.0):
                return self._split_row(row, first, room)
            return []  # not even one row fits: start on the next page
        if end >= self._end:
            return [self]
        # do not leave a band (a group heading) alone at the foot of a page
        fresh_page = availHeight >= self.max_height * 0.9
        while end > first and layout.measured[end - 1].band is not None and not (end - 1 == first and fresh_page):
            end -= 1
        if end <= first and self._lead is None:
            return []
        return [self._piece(self._start, end, self._lead), self._piece(end, self._end, None)]

    def _split_row(self, row: _Measured, index: int, room: float):
        """Cut a row taller than a page between its lines; the rest continues on the next page."""
        cut = room - self.vpad - 2.0  # a line fits when its baseline (and descent) is above the cut
        if cut < 3 * max(f.leading for f in self.fonts):
            return []
        top = [ln for ln in row.lines if ln[2] <= cut]
        below = [ln for ln in row.lines if ln[2] > cut]
        if not top or not below:
            return []
        shift = min(ln[2] for ln in below) - self.vpad - max(f.size for f in self.fonts)
        rest = [(fi, x, y - shift, text) for fi, x, y, text in below]
        head = self._piece(index, index + 1, _Measured(room, top), lead_only=True)
        tail = self._piece(index, self._end, _Measured(row.height - shift, rest))
        return [head, tail]

    def _rows_to_draw(self) -> list[_Measured]:
        if self._lead_only:
            return [self._lead]
        layout = self._layout
        first = self._start + (1 if self._lead else 0)
        layout.measure_until(self._end)
        rows = layout.measured[first:self._end]
        return [self._lead, *rows] if self._lead else rows

    def draw(self):
        canv = self.canv
        rows = self._rows_to_draw()
        header = self._header()
        doc = getattr(canv, "_doctemplate", None)
        top = self.height
        y = top
        # bookmarks and contents entries are needed on every pass; the ink only on the last
        positions = []
        if header:
            positions.append((header, y))
            y -= header.height
        for row in rows:
            positions.append((row, y))
            if row.band is not None and row.band.key and doc is not None:
                canv.bookmarkHorizontal(row.band.key, 0, y)
                level = row.band.toc_level if row.band.toc_level is not None else 1
                canv.addOutlineEntry(row.band.text, row.band.key, level=level, closed=True)
                if row.band.toc_level is not None:
                    doc.notify("TOCEntry", (row.band.toc_level, row.band.text, canv.getPageNumber(), row.band.key))
            y -= row.height
        if doc is not None and hasattr(doc, "advance"):
            doc.advance(len(rows))  # progress, and the place where Cancel stops a long table
        if self.draft:
            return
        width = self.width
        # backgrounds first, then rules, then one text object for every line on the page
        if header:
            canv.setFillColor(self.header_bg)
            canv.rect(0, top - header.height, width, header.height, stroke=0, fill=1)
        for row, ry in positions:
            if row.band is not None:
                if self.band_bg is not None:
                    canv.setFillColor(self.band_bg)
                    canv.rect(0, ry - row.height + 1.5, width, row.height - 1.5, stroke=0, fill=1)
                else:  # a heading row: a stronger rule under it in the heading's colour
                    canv.setStrokeColor(self.band_font.color)
                    canv.setLineWidth(0.9)
                    canv.line(0, ry - row.height, width, ry - row.height)
        canv.setStrokeColor(self.rule_color)
        canv.setLineWidth(0.4)
        path = canv.beginPath()
        for row, ry in positions:
            if row.band is None:
                path.moveTo(0, ry - row.height)
                path.lineTo(width, ry - row.height)
        canv.drawPath(path, stroke=1, fill=0)
        text = canv.beginText()
        current = None
        fonts = {-1: self.band_font, -2: self.header_font}
        for row, ry in positions:
            for font_index, x, dy, line in row.lines:
                if font_index != current:
                    f = fonts.get(font_index) or self.fonts[font_index]
                    text.setFont(f.name, f.size, f.leading)
                    text.setFillColor(f.color)
                    current = font_index
                text.setTextOrigin(x, ry - dy)
                text.textLine(line)
        canv.drawText(text)
