"""Page geometry, colours and paragraph styles of the pack."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from . import fonts

# A4 with a wider margin on the bound edge: left on odd (right-hand) pages, right on even ones.
PAGE_WIDTH, PAGE_HEIGHT = A4
INNER = 25 * mm  # the binding side
OUTER = 17 * mm
TOP = 24 * mm
BOTTOM = 22 * mm
FRAME_WIDTH = PAGE_WIDTH - INNER - OUTER
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
HEADER_Y = PAGE_HEIGHT - 14 * mm
FOOTER_Y = 11 * mm

INK = colors.HexColor("#1d232b")
MUTED_HEX = "#5b6570"  # for <font color> in paragraph markup
MUTED = colors.HexColor(MUTED_HEX)
FAINT = colors.HexColor("#9aa3ad")
RULE = colors.HexColor("#c9d0d7")
BAND = colors.HexColor("#eef2f6")
PRIMARY = colors.HexColor("#1f4e8c")  # the pack's blue
ACCENT = colors.HexColor("#d9822b")
WARN_HEX = "#b3261e"
WARN = colors.HexColor(WARN_HEX)
WARN_BG = colors.HexColor("#fbeaea")
OK = colors.HexColor("#2e7d4f")

# Okabe–Ito based series colours: tell apart in print and for colour-blind readers
SERIES = [colors.HexColor(c) for c in (
    "#1f4e8c", "#e69f00", "#56b4e9", "#009e73", "#cc79a7", "#d55e00", "#0072b2", "#f0e442",
    "#7f7f7f", "#8c564b", "#17becf", "#bcbd22")]

STATUS_COLOURS = {
    "active": colors.HexColor("#2e7d4f"), "in_preparation": colors.HexColor("#e69f00"),
    "submitted": colors.HexColor("#56b4e9"), "idea": colors.HexColor("#b9a7d6"),
    "closed": colors.HexColor("#9aa3ad"), "not_funded": colors.HexColor("#d55e00"),
}


class Styles:
    """The paragraph styles, made once the fonts are registered."""

    def __init__(self):
        fonts.register()
        base = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9.2, leading=12.6, textColor=INK,
                              spaceAfter=4)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=7.8, leading=10.2, spaceAfter=2)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.note = ParagraphStyle("note", parent=self.small, fontName=fonts.ITALIC, textColor=MUTED)
        self.bullet = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=2)
        self.h1 = ParagraphStyle("h1", parent=base, fontName=fonts.BOLD, fontSize=17, leading=21, textColor=PRIMARY,
                                 spaceBefore=0, spaceAfter=10, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=fonts.BOLD, fontSize=12.2, leading=15.5,
                                 textColor=INK, spaceBefore=12, spaceAfter=5, keepWithNext=1)
        self.h3 = ParagraphStyle("h3", parent=base, fontName=fonts.BOLD, fontSize=9.6, leading=12.5,
                                 textColor=PRIMARY, spaceBefore=8, spaceAfter=3)
        self.cell = ParagraphStyle("cell", parent=base, fontName=fonts.CONDENSED, fontSize=8.2, leading=10.2,
                                   spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=fonts.CONDENSED_BOLD)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=fonts.CONDENSED_BOLD, textColor=MUTED,
                                   fontSize=7.6)
        self.label = ParagraphStyle("label", parent=self.cell, textColor=MUTED)
        self.kpi_value = ParagraphStyle("kpi_value", parent=base, fontName=fonts.BOLD, fontSize=17, leading=20,
                                        textColor=PRIMARY, alignment=TA_LEFT, spaceAfter=0)
        self.kpi_label = ParagraphStyle("kpi_label", parent=self.small, textColor=MUTED, spaceAfter=0)
        self.cover_title = ParagraphStyle("cover_title", parent=base, fontName=fonts.BOLD, fontSize=27, leading=33,
                                          textColor=INK, spaceAfter=10)
        self.cover_occasion = ParagraphStyle("cover_occasion", parent=base, fontSize=14, leading=19,
                                             textColor=PRIMARY, spaceAfter=22)
        self.cover_meta = ParagraphStyle("cover_meta", parent=base, fontSize=10, leading=15, textColor=INK)
        self.toc_levels = [
            ParagraphStyle("toc0", parent=base, fontName=fonts.BOLD, fontSize=10, leading=14, spaceBefore=5,
                           rightIndent=28),
            ParagraphStyle("toc1", parent=base, fontSize=8.8, leading=11.6, leftIndent=14, rightIndent=28,
                           textColor=INK),
        ]
        self.center_note = ParagraphStyle("center_note", parent=self.note, alignment=TA_CENTER)
        self.warning = ParagraphStyle("warning", parent=base, textColor=WARN, fontName=fonts.BOLD)
