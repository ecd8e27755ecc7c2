"""The pack's layout, measured: text within each page's own margins (mirrored by page parity),
a cover that stays on page 1, no sub-heading left at a page's foot and no short block sent to a
page of its own, charts whose labels never overlap and whose years run without gaps."""

from __future__ import annotations

import io
from datetime import date
from types import SimpleNamespace

import pytest
from reportlab.graphics.shapes import String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table

from database import ops
from desktop_app.packs import charts, fonts
from desktop_app.packs.builder import TITLE_SCOPE_CHARS, default_title
from desktop_app.packs.doc import PackDocTemplate, PageCounter
from desktop_app.packs.story import Story
from desktop_app.packs.styles import (
    BOTTOM,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INNER,
    OUTER,
    PAGE_HEIGHT,
    TOP,
    Styles,
)
from desktop_app.packs.texts import Texts
from tests.packs_helpers import TODAY, build, flat, make_demo_register, page_texts, reader

# the three longest organisation names of the auditor's CORDIS import (ITC1)
CORDIS_NAMES = [
    "ASOCIACION ESPAÑOLA DE FABRICANTES DE MAQUINAS-HERRAMIENTA, SUS ACCESORIOS, COMPONENTES, HERRAMIENTAS "
    "DE CORTE Y DEFORMACION, OTROS SISTEMAS Y TECNOLOGIAS DE FABRICACION",
    "THE PROVOST, FELLOWS, FOUNDATION SCHOLARS & THE OTHER MEMBERS OF BOARD, OF THE COLLEGE OF THE HOLY & "
    "UNDIVIDED TRINITY OF QUEEN ELIZABETH NEAR DUBLIN",
    "RTDS - VEREIN ZUR FORDERUNG DER KOMMUNIKATION UND VERMITTLUNG VON FORSCHUNG, TECHNOLOGIE UND INNOVATION "
    "(RTDS VEREIN, ENGL. RTDS ASSOCIATION)",
]

_FACES = {"DejaVuSans": fonts.REGULAR, "DejaVuSans-Bold": fonts.BOLD, "DejaVuSans-Oblique": fonts.ITALIC,
          "DejaVuSansCondensed": fonts.CONDENSED, "DejaVuSansCondensed-Bold": fonts.CONDENSED_BOLD}
H1_SIZE, H3_SIZE = 17, 9.6  # the section headings' and the sub-headings' sizes (styles.py)


def runs(pdf: bytes) -> list[list[tuple[float, float, float, float, str]]]:
    """Each page's text runs as (left x, right x, baseline y, font size, text), read back with pypdf."""
    fonts.register()
    pages = []
    for page in reader(pdf).pages:
        found = []

        def visit(text, cm, tm, font, size, found=found):
            text = text.strip()
            if not text or not font:
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            face = _FACES[str(font["/BaseFont"]).split("+")[-1]]
            found.append((x, x + stringWidth(text, face, size), y, size, text))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def body(page_runs):
    """The runs between the running header and the footer."""
    return [r for r in page_runs if BOTTOM - 4 < r[2] < PAGE_HEIGHT - TOP + 2]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = make_demo_register(tmp_path_factory.mktemp("layout") / "register.db")
    yield db
    db.close()


@pytest.fixture(scope="module")
def overview_en(demo_db):
    return build(demo_db, language="en")


@pytest.fixture(scope="module")
def overview_it_external(demo_db):
    return build(demo_db, language="it", audience="external")


# --- 1. the text frame follows the page's parity, as the header and footer do ------------------------

def test_every_page_sets_its_text_within_its_own_margins(overview_en, overview_it_external):
    for pdf, _ in (overview_en, overview_it_external):
        pages = runs(pdf)
        assert len(pages) > 12
        for number, page in enumerate(pages, start=1):
            # odd pages are right-hand pages, bound on the left: the wider margin is there
            x0 = INNER if number % 2 == 1 else OUTER
            x1 = x0 + FRAME_WIDTH
            inside = body(page)
            assert inside, number
            left, right = min(r[0] for r in inside), max(r[1] for r in inside)
            # (the right edge is measured without the word spacing a full line may be set with)
            assert left >= x0 - 0.5 and right <= x1 + 3, (number, left, right, x0, x1)
            assert left <= x0 + 12, (number, left, x0)  # set from the frame's edge, not from the gutter


def test_the_doc_template_picks_the_frame_by_page_number():
    doc = PackDocTemplate(io.BytesIO(), title="t", subject="s", author="", date_text="d", classification="c",
                          page_label="{page}/{pages}", reproducible=True, external=False)
    style = Styles().body
    flow = [PageCounter(doc)]
    for i in range(11):
        flow += [Paragraph(f"page {i + 1}", style), PageBreak()]
    flow.append(Paragraph("last", style))
    doc.multiBuild(flow)
    assert doc.page_count == 12
    expected = {1: "cover", **{n: "right" if n % 2 else "left" for n in range(2, 13)}}
    assert doc.page_frames == expected
    frames = {t.id: t.frames[0] for t in doc.pageTemplates}
    assert frames["right"]._x1 == INNER and frames["left"]._x1 == OUTER


# --- 2. the cover stays on page 1 ----------------------------------------------------------------------

def _title(labels, lang="en"):
    return default_title(SimpleNamespace(scope_labels=tuple(("stakeholder", x) for x in labels), sectors=(),
                                         regions=()), Texts(lang))


def test_default_title_is_kept_short():
    assert _title([]) == "Briefing pack: overview of the register"
    assert _title(["AUTO", "DE1", "PIE-BW Auto"]) == "Briefing pack: AUTO, DE1, PIE-BW Auto"
    assert _title(["AUTO", "DE1", "PIE-BW Auto", "ICT", "FR10"]) == "Briefing pack: AUTO, DE1, PIE-BW Auto… and 2 more"
    assert _title(["AUTO", "DE1", "PIE-BW Auto", "ICT"], "it") == "Dossier informativo: AUTO, DE1, PIE-BW Auto… e un altro"
    assert _title(["AUTO", "DE1", "PIE-BW Auto", "ICT", "FR10"], "it") == (
        "Dossier informativo: AUTO, DE1, PIE-BW Auto… e altri 2")
    long = _title(CORDIS_NAMES)
    scope = long.removeprefix("Briefing pack: ")
    assert scope.endswith("… and 2 more") and len(scope.removesuffix(" and 2 more")) <= TITLE_SCOPE_CHARS
    assert scope.startswith("ASOCIACION ESPAÑOLA DE FABRICANTES")
    assert "MAQUINAS-HERRAMIENTA, SUS ACCESORIOS…" in scope  # cut at a word's end
    one = _title([CORDIS_NAMES[1]])
    assert one.endswith("…") and len(one.removeprefix("Briefing pack: ")) <= TITLE_SCOPE_CHARS


def _register_with(tmp_path, names):
    """A register of organisations called ``names``; returns it and their PICs (a scope by PIC, as
    SQLite's lower() leaves 'Ñ' as it is)."""
    from database.engine import open_database

    db = open_database(f"sqlite:///{tmp_path / 'cover.db'}")
    pics = [str(900000000 + i) for i in range(len(names))]
    for name, pic in zip(names, pics, strict=True):
        ops.create(db, "stakeholder", {"name": name, "type": "other", "country": "ES", "pic": pic})
    return db, pics


def _cover_is_page_one(pdf):
    pages = page_texts(pdf)
    cover, second = flat(pages[0]), runs(pdf)[1]
    first_line = max(body(second), key=lambda r: r[2])  # the highest line under the running header
    return cover, pages, first_line


@pytest.mark.parametrize("lang,audience", [("en", "internal"), ("it", "external")])
def test_cover_with_three_long_names_fits_on_page_one(tmp_path, lang, audience):
    db, pics = _register_with(tmp_path, CORDIS_NAMES)
    pdf, result = build(db, ops.PackScope(stakeholders=pics), language=lang, audience=audience)
    db.close()
    cover, _pages, first_line = _cover_is_page_one(pdf)
    assert first_line[4] == ("Contents" if lang == "en" else "Indice") and first_line[3] == H1_SIZE
    notice = "Internal: this pack contains personal data" if audience == "internal" else "Pubblico: questo dossier"
    assert notice in cover
    for name in CORDIS_NAMES:  # the scope table names all three in full
        assert flat(name) in cover
    assert len(result.title) < 120


def test_cover_fits_whatever_the_title_and_scope(tmp_path):
    names = [f"{CORDIS_NAMES[i % 3]} {i}" for i in range(40)]
    db, pics = _register_with(tmp_path, names)
    title = "Visit of the delegation " * 20
    pdf, _ = build(db, ops.PackScope(stakeholders=pics), language="en", title=title,
                   occasion="A long occasion for the pack, " * 8, author="Giulia Ferrero")
    db.close()
    cover, _pages, first_line = _cover_is_page_one(pdf)
    assert first_line[4] == "Contents"
    assert "Internal: this pack contains personal data" in cover and "Giulia Ferrero" in cover
    assert "more" in cover  # the scope list is cut, saying how many are left out
    # the title is set smaller than the cover's usual 27 pt rather than spilling over
    sizes = {r[3] for r in runs(pdf)[0] if r[4].startswith("Visit of")}
    assert sizes and max(sizes) < 27


# --- 3 and 5. sub-headings keep the start of what follows; short blocks are not sent away -------------

def test_no_sub_heading_ends_a_page(overview_en, overview_it_external):
    for pdf, _ in (overview_en, overview_it_external):
        for number, page in enumerate(runs(pdf), start=1):
            inside = body(page)
            for heading in (r for r in inside if r[3] == H3_SIZE):
                below = [r for r in inside if r[2] < heading[2] - 1]
                assert below, f"page {number} ends with the heading {heading[4]!r}"


def test_no_short_page_after_a_page_with_room_for_it(overview_en, overview_it_external):
    """A page holding a short block that the page before had room for (a one-row table after its
    heading, sent on to a page of its own): only a new section may start a page like that."""
    frame_top, frame_bottom = PAGE_HEIGHT - TOP, BOTTOM
    for pdf, _ in (overview_en, overview_it_external):
        pages = [body(p) for p in runs(pdf)]
        for number in range(3, len(pages) + 1):
            page, before = pages[number - 1], pages[number - 2]
            top_run = max(page, key=lambda r: r[2])
            if top_run[3] == H1_SIZE:
                continue  # a section starts on a new page
            used = frame_top - min(r[2] for r in page) + 4
            room_before = min(r[2] for r in before) - 4 - frame_bottom
            assert used > room_before - 12, f"page {number}: {used:.0f} pt that fitted on page {number - 1}"


def _layout(flowables):
    """Lay ``flowables`` out in a pack-sized frame; returns [(flowable, page)] as placed."""
    placed = []

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            placed.append((flowable, self.page))

    doc = Doc(io.BytesIO(), pagesize=(FRAME_WIDTH + 100, FRAME_HEIGHT + 100))
    doc.addPageTemplates([PageTemplate("p", [Frame(50, 50, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0,
                                                   rightPadding=0, topPadding=0, bottomPadding=0)])])
    doc.build(flowables)
    return placed


@pytest.mark.parametrize("rows,lines", [(1, 1), (1, 3), (2, 2), (5, 3)])
def test_sub_heading_goes_with_the_start_of_its_table(rows, lines):
    """'Participants (5)' was left at a page's foot (heading, header and one three-line row need
    more than the 64 pt asked for); 'Recent contacts' with one row was sent to a page of its own
    although it fitted."""
    styles = Styles()
    story = Story(None, None, Texts("en"), styles)

    def block():
        data = [["Organisation", "Role", "Region", "Contribution"]]
        for i in range(rows):
            name = "<br/>".join([f"<b>Organisation {i}</b>"] + ["Research organisation"] * (lines - 1))
            data.append([Paragraph(name, styles.cell), "Partner", "Torino (ITC11)", "€ 1"])
        return story.sub("Participants", story.table(data, [0.46, 0.16, 0.24, 0.14]))

    sample = block()
    whole = sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in sample[1:])
    for room in range(10, 220, 2):  # what is left of the page when the heading comes
        flow = [Spacer(FRAME_WIDTH, FRAME_HEIGHT - room), *block()]
        placed = _layout(flow)
        heading_page = next(page for f, page in placed if isinstance(f, Paragraph) and "Participants" in f.text)
        first_part = next(page for f, page in placed if isinstance(f, Table))
        assert heading_page == first_part, f"{room} pt left: the heading is alone at the page's foot"
        if room >= whole + 1:
            assert heading_page == 1, f"{room} pt left: a {whole:.0f} pt block was sent to the next page"


def test_heading_of_a_long_table_starts_where_there_is_room():
    """'Other partnerships in scope' and its list of hundreds: kept together, heading and table
    went to the next page whatever was left of this one."""
    story = Story(None, None, Texts("en"), Styles())
    for room in (170, 300, 500):
        story.flow = [Spacer(FRAME_WIDTH, FRAME_HEIGHT - room)]
        story.heading("Other partnerships in scope", 1, before_long=True)
        rows = [[[(1, f"P{i}")], [(0, "A partnership")], [(0, "Horizon Europe project")], [(0, "Active")],
                 [(0, "dates not set")]] for i in range(300)]
        story.add(story.fast_table([0.14, 0.4, 0.16, 0.12, 0.18], rows, ["Acronym", "Title", "Scheme", "Status",
                                                                        "Period"]))
        placed = _layout(story.flow)
        heading_page = next(page for f, page in placed if isinstance(f, Paragraph))
        table_pages = [page for f, page in placed if type(f).__name__ == "FastTable"]
        assert heading_page == 1 == table_pages[0], room


# --- 4. charts -------------------------------------------------------------------------------------------

def _labels(drawing, y=None):
    """The drawing's text as (left, right, baseline, text)."""
    out = []
    for s in drawing.contents:
        if not isinstance(s, String):
            continue
        w = stringWidth(s.text, s.fontName, s.fontSize)
        left = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.textAnchor]
        if y is None or abs(s.y - y) < 0.01:
            out.append((left, left + w, s.y, s.text))
    return out


def _overlapping(labels, gap=1.0):
    by_line = {}
    for label in labels:
        by_line.setdefault(round(label[2], 2), []).append(label)
    pairs = []
    for line in by_line.values():
        line.sort()
        pairs += [(a[3], b[3]) for a, b in zip(line, line[1:], strict=False) if a[1] + gap > b[0]]
    return pairs


LABELS = {"start": "Apr 2024", "end": "Apr 2024", "open": "open-ended", "today": "today", "events": "our contacts"}


@pytest.mark.parametrize("start,end,texts", [
    (date(2024, 4, 10), date(2024, 4, 12), ["Apr 2024"]),  # the same month: one label
    (date(2024, 4, 10), date(2024, 6, 12), ["Apr 2024 – Jun 2024"]),  # too close for two
    (date(2019, 1, 1), date(2024, 6, 30), ["Jan 2019", "Jun 2024"]),
    (date(2025, 11, 1), None, ["Nov 2025 – open-ended"]),  # started just before today, open-ended
    (date(2016, 1, 1), None, ["Jan 2016", "open-ended"]),
    (None, date(2024, 1, 31), ["Jan 2024"]),
])
def test_timeline_labels_never_overlap(start, end, texts):
    labels = dict(LABELS, start=f"{start:%b %Y}" if start else "", end=f"{end:%b %Y}" if end else "")
    width = FRAME_WIDTH
    d = charts.mini_timeline(start, end, date(2025, 12, 1), [date(2024, 4, 11)], width, status="closed",
                             labels=labels)
    above = [label for label in _labels(d) if label[3] not in ("today", "our contacts") and not label[3].isdigit()]
    assert sorted(label[3] for label in above) == sorted(texts)
    assert not _overlapping(_labels(d))
    assert all(0 <= label[0] and label[1] <= width + 0.01 for label in _labels(d))


def test_year_series_shows_every_year():
    assert charts.year_series([(2019, 1), (2021, 3), (2025, 2), (2027, 1)]) == [
        ("2019", 1), ("2020", 0), ("2021", 3), ("2022", 0), ("2023", 0), ("2024", 0), ("2025", 2), ("2026", 0),
        ("2027", 1)]
    assert charts.year_series([]) == []
    last = charts.year_series([(1990, 1), (2020, 2)], last=16)
    assert [y for y, _ in last] == [str(y) for y in range(2005, 2021)]


def test_year_columns_label_every_bar_that_fits():
    half = FRAME_WIDTH / 2 - 14  # the chart's width in the overview
    ten = charts.year_series([(2016 + i, (i * 7) % 5) for i in range(10)])
    labels = [x for x in _labels(charts.columns(ten, half), y=14 - 9)]
    assert [x[3] for x in labels] == [y for y, _ in ten]  # all ten years, gaps included
    assert not _overlapping(labels, gap=2)
    sixteen = charts.year_series([(2010, 1), (2016, 9), (2025, 2)])
    assert len(sixteen) == 16
    labels = _labels(charts.columns(sixteen, half), y=14 - 9)
    assert not _overlapping(labels, gap=2)
    assert "2016" in [x[3] for x in labels]  # the tallest bar keeps its label when they are thinned out


def test_overview_charts_consecutive_start_years(demo_db, monkeypatch):
    seen = []
    real = charts.columns

    def spy(items, *args, **kwargs):
        seen.append(list(items))
        return real(items, *args, **kwargs)

    monkeypatch.setattr(charts, "columns", spy)
    build(demo_db, language="en")
    counts = dict(ops.pack_data(demo_db, today=TODAY).overview.by_start_year)
    [items] = seen
    years = [int(y) for y, _ in items]
    assert years == list(range(years[0], years[-1] + 1)) and years[-1] == max(counts)
    assert all(n == counts.get(int(y), 0) for y, n in items)
    assert any(n == 0 for _, n in items)  # the demo's gaps are shown as gaps


# --- what the pack calls things ----------------------------------------------------------------------

def test_titles_name_sectors_and_regions_and_long_lists_say_what_is_left_out(demo_db):
    from desktop_app.packs import PackOptions, build_pack

    data = ops.pack_data(demo_db, ops.PackScope(sectors=["AUTO"], regions=["DE1"]), today=TODAY)
    assert default_title(data, Texts("en")) == "Briefing pack: Automotive, Baden-Württemberg"
    few = ops.pack_data(demo_db, today=TODAY, max_partnerships=3, max_listed=2)
    sink = io.BytesIO()
    build_pack(few, PackOptions(date=TODAY), sink)
    words = flat("\n".join(page_texts(sink.getvalue())))
    left_out = few.other_partnerships_total - 2
    assert left_out > 1 and f"… and {left_out} more partnerships in scope, not listed here" in words
    listed = few.other_partnerships[0]
    assert listed.acronym in words
    assert Texts("en").period(date(2024, 4, 1), date(2024, 4, 30)) == "Apr 2024"  # not "Apr 2024 – Apr 2024"
    # an English table's dates read like the sentences beside them ("29 May 2024", not "2024-05-29")
    assert Texts("en").date(date(2024, 5, 29), short=True) == "29 May 2024"
    assert Texts("it").date(date(2024, 5, 29), short=True) == "29/05/2024"
