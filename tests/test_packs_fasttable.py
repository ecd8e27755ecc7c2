"""The fast table behind the directory: splits between rows with its header on every page, cuts a
row taller than a page between its lines, keeps group headings off page feet, loses nothing."""

from __future__ import annotations

import io
import re

from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.flowables import Spacer

from desktop_app.packs import fonts
from desktop_app.packs.fasttable import Band, CellFont, FastTable
from desktop_app.packs.styles import FRAME_HEIGHT, Styles
from tests.packs_helpers import page_texts


def render(story, height=FRAME_HEIGHT) -> list[str]:
    sink = io.BytesIO()
    doc = BaseDocTemplate(sink, pagesize=(595, height + 100))
    doc.addPageTemplates([PageTemplate("p", [Frame(50, 50, 480, height, id="f")])])
    doc.build(story)
    return page_texts(sink.getvalue())


def table(rows, **kw):
    fonts.register()
    f = [CellFont(fonts.CONDENSED, 8, 10, colors.black), CellFont(fonts.CONDENSED_BOLD, 8, 10, colors.black)]
    return FastTable([1, 2], rows, fonts=f, header=["Left", "Right"], max_height=kw.pop("max_height", 300), **kw)


def test_rows_split_across_pages_with_the_header_repeated():
    rows = [[[(1, f"Row {i:03d}")], [(0, "Ünïcödé Ελληνικά Łódź " * (i % 4 + 1))]] for i in range(300)]
    pages = render([table(rows)], height=300)
    assert len(pages) > 10
    everything = "\n".join(pages)
    assert re.findall(r"Row \d{3}", everything) == [f"Row {i:03d}" for i in range(300)]  # each once, in order
    for page in pages:
        assert page.count("Left") == 1 and "Right" in page


def test_a_row_taller_than_a_page_is_cut_between_lines():
    long_cell = [(0, f"line {i:03d}") for i in range(120)]
    rows = [[[(1, "before")], [(0, "x")]], [[(1, "giant")], long_cell], [[(1, "after")], [(0, "y")]]]
    pages = render([table(rows, max_height=300)], height=300)
    everything = "\n".join(pages)
    assert re.findall(r"line \d{3}", everything) == [f"line {i:03d}" for i in range(120)]
    assert everything.index("before") < everything.index("line 000") and everything.index("after") > everything.index("line 119")
    assert len(pages) >= 4


def test_group_headings_are_not_left_at_a_page_foot():
    rows = []
    for letter in "ABCDEFGH":
        rows.append(Band(letter))
        rows += [[[(1, f"{letter}-{i}")], [(0, "text " * 30)]] for i in range(7)]
    pages = render([Spacer(1, 10), table(rows)], height=300)
    for page in pages:
        lines = [ln for ln in page.splitlines() if ln.strip()]
        assert not re.fullmatch(r"[A-H]", lines[-1].strip()), lines[-1]  # a band is never a page's last row


def test_words_wider_than_the_column_are_broken_not_overflowing():
    url = "https://www.example-of-a-very-long-address-without-spaces.eu/path/to/some/page/in/the/site"
    t = table([[[(0, url)], [(0, "short")]]])
    t.wrap(120, 500)
    lines = [ln for ln in t._layout.measured[0].lines if ln[0] == 0 and ln[1] < 40]
    assert len(lines) > 1 and "".join(text for *_, text in lines) == url


def test_same_layout_on_left_and_right_pages_is_measured_once():
    rows = [[[(1, f"Row {i}")], [(0, "words " * 20)]] for i in range(50)]
    t = table(rows)
    t.wrap(480.0, 10_000)
    measured = t._layout.measured
    t.wrap(480.0 + 1e-9, 10_000)  # the other frame's width, to the last bit
    assert t._layout.measured is measured


def test_mixed_with_paragraphs():
    s = Styles()
    pages = render([Paragraph("Heading", s.h1), table([[[(1, "only row")], [(0, "x")]]]), Paragraph("After", s.body)])
    assert "Heading" in pages[0] and "only row" in pages[0] and "After" in pages[0]
