"""The pack's document: A4 pages with mirrored binding margins, running header and footer
("page X of Y", date, classification), bookmarks and contents entries from the headings,
progress and Cancel.

Page X of Y and the contents need the whole layout first, so the document is built in passes
(reportlab's ``multiBuild``). The contents are seeded with the headings the builder will emit, so
the first pass already has the final layout; the second draws it with the right numbers. Long
tables skip drawing on the first pass, whose pages are thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from . import fonts
from .fasttable import FastTable
from .styles import (
    BOTTOM,
    FOOTER_Y,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    HEADER_Y,
    INK,
    INNER,
    MUTED,
    OUTER,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    PRIMARY,
    RULE,
    WARN,
)


class PackCancelled(Exception):
    """The officer pressed Cancel while the pack was being laid out."""


class Heading(Paragraph):
    """A heading that becomes a contents entry and a PDF bookmark."""

    def __init__(self, text: str, style, level: int, key: str, plain: str):
        super().__init__(text, style)
        self.toc_level = level
        self.key = key
        self.plain = plain  # the text without markup, for the outline


class SectionName(Flowable):
    """Takes no room; names the section for the running header (for pages without a heading)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        doc = getattr(self.canv, "_doctemplate", None)
        if isinstance(doc, PackDocTemplate):
            doc.section = self.name
            doc.page_sections.setdefault(doc.page, self.name)


class PageCounter(Flowable):
    """Takes no room. Counts the pages of each pass so the footer can say 'of Y', and keeps
    building until the count is stable (it is never satisfied after the first pass)."""

    def __init__(self, doc: PackDocTemplate):
        super().__init__()
        self.doc = doc
        self.width = self.height = 0
        self._last = None

    def isIndexing(self):
        return 1

    def beforeBuild(self):
        self.doc.pass_number += 1
        self.doc.draft = self.doc.pass_number == 1
        self.doc.section = self.doc._section_at_start = ""
        self.doc.page_sections = {}
        self._last = self.doc.page_count

    def afterBuild(self):
        self.doc.page_count = self.doc.page
        self.doc.passes_done = self.doc.pass_number

    def isSatisfied(self):
        return self._last is not None and self._last == self.doc.page_count

    def notify(self, kind, stuff):
        pass

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self):
        pass


class PackDocTemplate(BaseDocTemplate):
    def __init__(self, out, *, title: str, subject: str, author: str, date_text: str, classification: str,
                 page_label: str, reproducible: bool, external: bool, kicker: str = "", kicker_detail: str = "",
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, work_units: int = 1, lang: str = "en"):
        fonts.register()
        super().__init__(
            out, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), title=title, subject=subject, author=author,
            creator="RIS3 Desk", producer="RIS3 Desk (ReportLab)", keywords="", lang=lang,
            invariant=1 if reproducible else 0, pageCompression=1,
            leftMargin=INNER, rightMargin=OUTER, topMargin=PAGE_HEIGHT - FRAME_HEIGHT - BOTTOM, bottomMargin=BOTTOM,
            allowSplitting=1, displayDocTitle=1)
        self.pack_title = title
        self.date_text = date_text
        self.classification = classification
        self.page_label = page_label  # 'page {page} of {pages}' in the pack's language
        self.kicker, self.kicker_detail = kicker, kicker_detail  # the cover's band
        self.external = external
        self.progress = progress
        self.cancelled = cancelled
        self.work_units = max(1, work_units)
        self.units_done = 0
        self.pass_number = 0
        self.passes_done = 0
        self.draft = True
        self.page_count: int | None = None
        self.section = ""  # the section being laid out
        self.page_sections: dict[int, str] = {}  # page: the first section starting on it
        self._section_at_start = ""
        self.headings: list[tuple[int, str, str]] = []  # as laid out: level, text, key
        # odd pages are right-hand pages: the binding is on their left
        right = Frame(INNER, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="right", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        left = Frame(OUTER, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="left", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        cover = Frame(INNER, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="cover", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        # The template is chosen by the page's number as each page begins (handle_pageBegin), never
        # by reportlab's autoNextPageTemplate: that one keeps a template for two pages in a row
        # (cover, left, left, right, right…), which put the text into the gutter on half the pages.
        self.addPageTemplates([
            PageTemplate("cover", [cover], onPageEnd=self._decorate_cover),
            PageTemplate("left", [left], onPageEnd=self._decorate),
            PageTemplate("right", [right], onPageEnd=self._decorate),
        ])
        self.page_frames: dict[int, str] = {}  # page: the id of the frame its text was set in

    # --- pages -----------------------------------------------------------------------------------

    def template_for(self, page: int) -> PageTemplate:
        """The cover for page 1; then odd (right-hand) pages bound on their left, even ones on
        their right, as the running header and footer are."""
        name = "cover" if page == 1 else "right" if page % 2 == 1 else "left"
        return next(t for t in self.pageTemplates if t.id == name)

    def handle_pageBegin(self):
        if hasattr(self, "_nextPageTemplateIndex"):  # no NextPageTemplate in a pack: parity decides
            del self._nextPageTemplateIndex
        self.pageTemplate = self.template_for(self.page + 1)
        super().handle_pageBegin()
        self.page_frames[self.page] = self.frame.id

    def _peekNextFrame(self):
        """The frame after this one, which KeepTogether asks about: every template has one frame,
        so it is the next page's, by parity."""
        return self.template_for(self.page + 1).frames[0]

    # --- flow ------------------------------------------------------------------------------------

    def handle_flowable(self, flowables):
        if flowables and isinstance(flowables[0], FastTable):
            flowables[0].draft = self.draft
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable):
        if isinstance(flowable, Heading):
            key = flowable.key
            self.canv.bookmarkHorizontal(key, 0, flowable.height + 4)
            self.canv.addOutlineEntry(flowable.plain, key, level=flowable.toc_level, closed=flowable.toc_level > 0)
            self.notify("TOCEntry", (flowable.toc_level, escape(flowable.plain), self.page, key))
            if flowable.toc_level == 0:
                self.section = flowable.plain
                self.page_sections.setdefault(self.page, flowable.plain)
        if not isinstance(flowable, FastTable):
            self.advance(1)

    def advance(self, units: int) -> None:
        """Count work done (progress) and stop if the officer cancelled."""
        self.units_done += units
        if self.cancelled is not None and self.cancelled():
            raise PackCancelled()
        if self.progress is not None:
            self.progress(min(self.units_done, self.progress_total), self.progress_total, "")

    @property
    def progress_total(self) -> int:
        return self.work_units * 2  # two passes, as a rule

    # --- page decoration -------------------------------------------------------------------------

    def _page_text(self) -> str:
        total = self.page_count if self.page_count else self.page
        return self.page_label.format(page=self.page, pages=total)

    def _decorate_cover(self, canv, doc):
        canv.saveState()
        band = 34 * mm
        canv.setFillColor(PRIMARY)
        canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(fonts.BOLD, 10)
        canv.drawString(INNER, PAGE_HEIGHT - band + 12 * mm, self.kicker.upper())
        canv.setFont(fonts.REGULAR, 8.5)
        canv.drawString(INNER, PAGE_HEIGHT - band + 7 * mm, self.kicker_detail)
        canv.setFont(fonts.BOLD, 10)
        canv.drawRightString(INNER + FRAME_WIDTH, PAGE_HEIGHT - band + 12 * mm, "RIS3 Desk")
        self._footer(canv)
        canv.restoreState()

    def _decorate(self, canv, doc):
        canv.saveState()
        odd = self.page % 2 == 1
        x0 = INNER if odd else OUTER
        x1 = x0 + FRAME_WIDTH
        # running header: the pack's title on the outer side, the section on the inner side
        canv.setFont(fonts.REGULAR, 7.6)
        canv.setFillColor(MUTED)
        title = _fit(self.pack_title, fonts.REGULAR, 7.6, FRAME_WIDTH * 0.58)
        # the section the page opens with: one that starts on it, else the one running on from before
        section = _fit(self.page_sections.get(self.page, self._section_at_start), fonts.BOLD, 7.6, FRAME_WIDTH * 0.4)
        self._section_at_start = self.section
        if odd:
            canv.drawRightString(x1, HEADER_Y, title)
            canv.setFont(fonts.BOLD, 7.6)
            canv.setFillColor(PRIMARY)
            canv.drawString(x0, HEADER_Y, section)
        else:
            canv.drawString(x0, HEADER_Y, title)
            canv.setFont(fonts.BOLD, 7.6)
            canv.setFillColor(PRIMARY)
            canv.drawRightString(x1, HEADER_Y, section)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(x0, HEADER_Y - 4, x1, HEADER_Y - 4)
        self._footer(canv)
        canv.restoreState()

    def _footer(self, canv):
        odd = self.page % 2 == 1
        x0 = INNER if odd else OUTER
        x1 = x0 + FRAME_WIDTH
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(x0, FOOTER_Y + 9, x1, FOOTER_Y + 9)
        canv.setFont(fonts.REGULAR, 7.6)
        canv.setFillColor(MUTED)
        page = self._page_text()
        # the page number on the outer edge, the date on the inner one, the classification between
        if odd:
            canv.drawString(x0, FOOTER_Y, self.date_text)
            canv.drawRightString(x1, FOOTER_Y, page)
        else:
            canv.drawString(x0, FOOTER_Y, page)
            canv.drawRightString(x1, FOOTER_Y, self.date_text)
        canv.setFont(fonts.BOLD, 7.6)
        canv.setFillColor(INK if self.external else WARN)
        canv.drawCentredString((x0 + x1) / 2, FOOTER_Y, self.classification.upper())


def _fit(text: str, font: str, size: float, width: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
