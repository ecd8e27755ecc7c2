"""The pack's story: its sections as platypus flowables, from the plain data of ``ops.pack_data``.

Order: cover, contents, summary or talking points, overview, sectors, partner regions,
partnerships, network, organisations, contact directory and open actions (internal packs),
organisation directory (when asked), sources. A section whose data is empty is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from database.enums import SectorKind
from database.ops.packdata import (
    Organisation,
    PackData,
    PartnershipProfile,
    RankedOrg,
    RegionProfile,
    SectorProfile,
)

from . import charts, directory, fonts, network
from .doc import Heading, SectionName
from .fasttable import CellFont, FastTable
from .styles import (
    BAND,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    MUTED_HEX,
    PRIMARY,
    RULE,
    SERIES,
    STATUS_COLOURS,
    WARN,
    WARN_BG,
    WARN_HEX,
    Styles,
)
from .texts import Texts


def esc(value) -> str:
    return escape(str(value)) if value is not None else ""


def title_parts(acronym: str | None, title: str) -> tuple[str, str]:
    """(acronym, the rest of the title): 'PoDIUM – connected mobility' with acronym 'PoDIUM'
    gives ('PoDIUM', 'connected mobility'), so the acronym is not printed twice; a title that is
    only the acronym (a CORDIS project imported without the project table) leaves no rest."""
    if not acronym:
        return "", title
    if title.casefold().startswith(acronym.casefold()):
        return acronym, title[len(acronym):].lstrip(" –—-:·").strip()
    return acronym, title


def ptitle(acronym: str | None, title: str) -> str:
    return " — ".join(part for part in title_parts(acronym, title) if part)


def plabel(acronym: str | None, title: str) -> str:
    """:func:`ptitle` as markup, the acronym in bold."""
    acr, rest = title_parts(acronym, title)
    return " — ".join(part for part in (f"<b>{esc(acr)}</b>" if acr else "", esc(rest)) if part)


class Story:
    """Builds the flowables of one pack; remembers its headings to seed the contents."""

    def __init__(self, data: PackData, options, texts: Texts, styles: Styles):
        self.data = data
        self.o = options
        self.t = texts
        self.s = styles
        self.flow: list[Flowable] = []
        self.headings: list[tuple[int, str, int, str]] = []  # the contents, known before layout
        self._keys = 0
        self.toc: TableOfContents | None = None
        self.units = 0  # layout work, for progress: flowables plus long-table rows

    # --- building blocks -----------------------------------------------------------------------

    def add(self, *items: Flowable) -> None:
        self.flow.extend(items)

    def heading(self, text: str, level: int, *, new_page: bool = False, before_long: bool = False) -> None:
        """A contents entry and bookmark. It is kept with what follows it, except ``before_long``
        (a long table that splits): kept together, the two would leave the rest of the page blank
        and start on the next; the break below still keeps the table's first rows with it."""
        self._keys += 1
        key = f"s{self._keys}"
        style = self.s.h1 if level == 0 else self.s.h2
        if before_long:
            style = ParagraphStyle(f"{style.name}_loose", parent=style, keepWithNext=0)
        if new_page:
            self.add(PageBreak())
        elif level > 0:
            self.add(CondPageBreak(FRAME_HEIGHT * 0.22))  # no heading stranded at a page's foot
        self.add(Heading(esc(text), style, level, key, text))
        self.headings.append((level, escape(text), 0, key))

    def para(self, text: str, style=None) -> None:
        self.add(Paragraph(text, style or self.s.body))

    def note(self, text: str) -> None:
        self.add(Paragraph(esc(text), self.s.note))

    def sub(self, text: str, *following: Flowable) -> list[Flowable]:
        """A sub-heading and what it introduces: on a new page unless the heading and the start
        of what follows fit below it (all of it if short; else a table's header and first rows,
        or a paragraph's first lines). Keeping heading and table together instead would push a
        long table whole onto the next page."""
        heading = Paragraph(esc(text), self.s.h3)
        return [KeepStart(heading, following), heading, *following]

    def table(self, rows: Sequence[Sequence], widths: Sequence[float], *, header: bool = True,
              right: Sequence[int] = (), zebra: bool = False) -> Table:
        """A small table of short texts (tens of rows): Paragraph cells, a repeated header."""
        s = self.s
        data = []
        for r, row in enumerate(rows):
            cells = []
            for c, value in enumerate(row):
                if isinstance(value, Flowable):
                    cells.append(value)
                    continue
                style = s.head if header and r == 0 else (s.cell_right if c in right else s.cell)
                cells.append(Paragraph(value if isinstance(value, _Markup) else esc(value), style))
            data.append(cells)
        total = sum(widths)
        t = Table(data, colWidths=[FRAME_WIDTH * w / total for w in widths], repeatRows=1 if header else 0,
                  hAlign="LEFT")
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), BAND), ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED)]
        if zebra:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fb")]))
        t.setStyle(TableStyle(style))
        return t

    def facts(self, pairs: Sequence[tuple[str, str]], columns: int = 2) -> Table | None:
        """Label–value pairs in one or two columns (empty values left out)."""
        pairs = [(k, v) for k, v in pairs if v]
        if not pairs:
            return None
        s = self.s
        per = (len(pairs) + columns - 1) // columns
        cols = [pairs[i * per:(i + 1) * per] for i in range(columns)]
        data = []
        for i in range(per):
            row = []
            for col in cols:
                if i < len(col):
                    k, v = col[i]
                    row += [Paragraph(esc(k), s.label), Paragraph(v if isinstance(v, _Markup) else esc(v), s.cell)]
                else:
                    row += ["", ""]
            data.append(row)
        unit = FRAME_WIDTH / columns
        widths = [unit * 0.3, unit * 0.7] * columns
        t = Table(data, colWidths=widths, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
        ]))
        return t

    def boxed(self, text: str, *, warn: bool = False) -> Table:
        """A tinted box for internal notes and warnings."""
        p = Paragraph(text, self.s.small)
        t = Table([[p]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), WARN_BG if warn else BAND),
            ("LINEBEFORE", (0, 0), (0, -1), 2, WARN if warn else PRIMARY),
            ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return t

    def side_by_side(self, left: Flowable, right: Flowable) -> Table:
        t = Table([[left, right]], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, -1), 14), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        return t

    def gap(self, height: float = 6) -> None:
        self.add(Spacer(1, height))

    # --- the whole story -------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        d = self.data
        self.cover()
        self.contents()
        if self.o.summary.strip():
            self.summary()
        self.overview()
        if d.sectors:
            self.sectors()
        if d.regions:
            self.regions()
        if d.partnerships or d.other_partnerships:
            self.partnerships()
        if sum(len(p.members) for p in d.partnerships) >= 2:
            self.network()
        if d.organisations:
            self.organisations()
        if not d.external and d.contacts:
            self.contacts()
        if not d.external and d.actions:
            self.actions()
        if d.directory_requested:
            self.directory()
        self.sources()
        self.units += len(self.flow)
        self.toc.addEntries(self.headings)  # so the first pass lays the contents out at full length
        return self.flow

    # --- cover and contents ----------------------------------------------------------------------

    def scope_lines(self, limit: int | None = None) -> list[tuple[str, str]]:
        """The scope by kind, as (the kind's title, its items); each kind's items at most about ``limit``
        characters, the items left out counted ('…and 12 more')."""
        t, d = self.t, self.data
        groups = {"sector": [], "region": [], "partnership": [], "stakeholder": []}
        names = {s.sector.code: s.sector.name(t.lang) for s in d.sectors}
        regions = {r.region.code: r.region.name for r in d.regions}
        for kind, label in d.scope_labels:
            if kind == "sector":
                label = f"{names.get(label, label)} ({label})"
            elif kind == "region":
                label = f"{regions.get(label, label)} ({label})"
            groups[kind].append(label)
        titles = {"sector": t("Sectors"), "region": t("Partner regions"), "partnership": t("Partnerships"),
                  "stakeholder": t("Organisations")}
        lines = [(titles[k], _joined(v, limit, t)) for k, v in groups.items() if v]
        return lines or [(t("Scope"), t("the whole register"))]

    def cover(self) -> None:
        """Page 1, always on one page: a long title is set smaller, a long list of scope items is
        cut to what fits ('…and 12 more'), and whatever still does not fit is scaled down."""
        t, s, d = self.t, self.s, self.data
        top: list[Flowable] = [Spacer(1, 38 * mm), self._cover_title(self.o.title)]
        if self.o.occasion:
            top.append(Paragraph(esc(self.o.occasion), s.cover_occasion))
        else:
            top.append(Spacer(1, 14))
        rows = [(t("Date"), t.date(self.o.date))]
        if self.o.author:
            rows.append((t("Prepared by"), self.o.author))
        rows.append((t("Audience"), t("Internal") if not d.external else t("External (public)")))
        if d.external:
            text = t("Public: this pack contains no personal data of contact people and no internal notes.")
        else:
            text = t("Internal: this pack contains personal data of contact people and internal notes. "
                     "Do not pass it on outside the administration.")
        bottom = [Spacer(1, 22), self.boxed(f"<b>{esc(text)}</b>", warn=not d.external)]
        for limit in COVER_SCOPE_LIMITS:  # the whole scope if it fits, else fewer items of each kind
            cover = [*top, self._cover_table(rows + self.scope_lines(limit=limit)), *bottom]
            if _height(cover) <= FRAME_HEIGHT:
                break
        # the last resort (a title and scope too long even so): scaled down, never on two pages
        self.add(KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, cover, mode="shrink", name="cover"))

    def _cover_table(self, rows: list[tuple[str, str]]) -> Table:
        s = self.s
        table = Table([[Paragraph(esc(k), s.label), Paragraph(esc(v), s.cover_meta)] for k, v in rows],
                      colWidths=[FRAME_WIDTH * 0.24, FRAME_WIDTH * 0.76], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        return table

    def _cover_title(self, title: str) -> Paragraph:
        """The title at the cover's size, or smaller when it would take more than four lines."""
        base = self.s.cover_title
        for size in COVER_TITLE_SIZES:
            style = ParagraphStyle(f"cover_title_{size}", parent=base, fontSize=size, leading=size * 1.22)
            p = Paragraph(esc(title), style)
            _, height = p.wrap(FRAME_WIDTH, FRAME_HEIGHT * 4)
            if height <= COVER_TITLE_LINES * style.leading + 0.5:
                return p
        return p

    def contents(self) -> None:
        t, s = self.t, self.s
        self.add(PageBreak(), SectionName(t("Contents")))
        self.add(Paragraph(esc(t("Contents")), s.h1))
        self.toc = TableOfContents(levelStyles=s.toc_levels, dotsMinLevel=0, rightColumnWidth=40)
        self.add(self.toc)

    def summary(self) -> None:
        t = self.t
        lines = [ln.strip() for ln in self.o.summary.strip().splitlines()]
        bullets = [ln for ln in lines if ln[:2] in ("- ", "* ", "• ")]
        title = t("Talking points") if len(bullets) * 2 >= len([ln for ln in lines if ln]) else t("Executive summary")
        self.heading(title, 0, new_page=True)
        paragraph: list[str] = []

        def flush():
            if paragraph:
                self.para(esc(" ".join(paragraph)))
                paragraph.clear()

        for ln in lines:
            if not ln:
                flush()
            elif ln[:2] in ("- ", "* ", "• "):
                flush()
                self.add(Paragraph(esc(ln[2:].strip()), self.s.bullet, bulletText="•"))
            else:
                paragraph.append(ln)
        flush()

    # --- overview --------------------------------------------------------------------------------

    def kpis(self) -> Table:
        t, s, ov = self.t, self.s, self.data.overview
        tiles = [
            (t.number(ov.stakeholders), t("organisation" if ov.stakeholders == 1 else "organisations")),
            (t.number(ov.partnerships), t("partnership, {n} active" if ov.partnerships == 1 else
                                          "partnerships, {n} active", n=t.number(ov.active_partnerships))),
            # money: of the funded partnerships only (packdata), and how many give the EU figure
            (t.money(ov.total_budget, compact=True) or "—", t("total budget of the funded partnerships (active or closed)")),
            (t.money(ov.eu_contribution, compact=True) or "—",
             t("EU contribution: given by {k} of the {n} funded partnerships", k=t.number(ov.with_eu_contribution),
               n=t.number(ov.funded_partnerships))
             if 0 < ov.with_eu_contribution < ov.funded_partnerships else t("EU contribution to the funded partnerships")),
        ]
        if ov.contacts is not None:
            tiles.append((t.number(ov.contacts), t("contact person" if ov.contacts == 1 else "contact people")))
        tiles.append((t.number(ov.interactions_last_year), t(
            "meeting or contact in the last 12 months" if ov.interactions_last_year == 1
            else "meetings and contacts in the last 12 months")))
        cells = [[Paragraph(esc(v), s.kpi_value), Paragraph(esc(label), s.kpi_label)] for v, label in tiles]
        per_row = 3
        rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        table = Table(rows, colWidths=[FRAME_WIDTH / per_row] * per_row, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEBEFORE", (0, 0), (-1, -1), 2, colors.white), ("BACKGROUND", (0, 0), (-1, -1), BAND),
            ("LINEBELOW", (0, 0), (-1, -2), 2, colors.white),
        ]))
        return table

    def overview(self) -> None:
        t, d = self.t, self.data
        ov = d.overview
        if self.o.summary.strip():  # a short summary shares its page with the overview
            self.add(CondPageBreak(FRAME_HEIGHT * 0.75), Spacer(1, 16))
            self.heading(t("Overview"), 0)
        else:
            self.heading(t("Overview"), 0, new_page=True)
        if d.scope.is_empty:
            intro = t("Figures of the whole register on {date}.", date=t.date(self.o.date))
        else:
            intro = t("Figures of the organisations and partnerships in this pack's scope on {date}.",
                      date=t.date(self.o.date))
        self.para(esc(intro))
        self.add(self.kpis(), Spacer(1, 10))
        half = FRAME_WIDTH / 2 - 14
        countries = [(t.country(c), n, t.number(n)) for c, n in ov.by_country[:10]]
        by_country_shown = False
        if ov.stakeholders:
            types = [(t.org_type(k), n, t.number(n)) for k, n in ov.by_type]
            if any(n for _ref, n in ov.by_sector) or not countries:
                sectors = [(ref.name(t.lang), n, t.number(n)) for ref, n in ov.by_sector]
                first = charts.hbars(sectors, half, title=t("Organisations by S3 area"))
            else:  # none in an S3 area (as after a CORDIS import): where they are says more than bars of 0
                first = charts.hbars(countries, half, title=t("Organisations by country"), color=SERIES[3])
                by_country_shown = True
            self.add(self.side_by_side(
                first, charts.donut(types, half, title=t("Organisations by type"), centre=t.number(ov.stakeholders),
                                    centre_label=t("organisations"), size=88)))
            if by_country_shown:
                self.note(t("No organisation in this pack's scope is linked to an S3 area yet."))
                self.add(Spacer(1, 6))
        if ov.partnerships:
            statuses = [(t.status(k), n, t.number(n)) for k, n in ov.by_status]
            schemes = [(t.scheme(k), n, t.number(n)) for k, n in ov.by_scheme]
            status_colours = [STATUS_COLOURS.get(k, MUTED) for k, _ in ov.by_status]
            self.add(self.side_by_side(
                charts.hbars(statuses, half, title=t("Partnerships by status"), color=status_colours),
                charts.hbars(schemes, half, title=t("Partnerships by scheme"), color=SERIES[2])))
        left = right = None
        if ov.by_start_year:
            years = charts.year_series(ov.by_start_year, last=16)  # consecutive years: a gap shows
            left = charts.columns(years, half, title=t("Partnerships by year of start"),
                                  highlight=str(self.o.date.year))
        if ov.partner_regions:
            regions = [(f"{name} ({code})", n, t.number(n)) for code, name, n in ov.partner_regions[:10]]
            right = charts.hbars(regions, half, title=t("Most frequent partner regions"), color=SERIES[3],
                                 label_share=0.5)
        elif countries and not by_country_shown:
            right = charts.hbars(countries, half, title=t("Organisations by country"), color=SERIES[3])
        if left or right:
            self.add(self.side_by_side(left or Spacer(1, 1), right or Spacer(1, 1)))

    # --- sectors ---------------------------------------------------------------------------------

    def sectors(self) -> None:
        t = self.t
        self.heading(t("Sectors"), 0, new_page=True)
        for sp in self.data.sectors:
            self.sector(sp)

    def sector(self, sp: SectorProfile) -> None:
        t = self.t
        sec = sp.sector
        self.heading(f"{sec.name(t.lang)} ({sec.code})", 1)
        kind = t.choice(SectorKind, sec.kind)
        desc = (sec.description_it or sec.description_en) if t.lang == "it" else (sec.description_en or sec.description_it)
        self.para(f"<font color='{MUTED_HEX}'>{esc(kind)}</font>"
                  + (f" — {esc(desc)}" if desc else ""))
        facts = []
        if sp.parent:
            facts.append((t("Part of"), f"{sp.parent.name(t.lang)} ({sp.parent.code})"))
        if sp.children:
            facts.append((t("Sub-sectors"), ", ".join(f"{c.name(t.lang)} ({c.code})" for c in sp.children)))
        if sp.kets:
            facts.append((t("Key enabling technologies"), ", ".join(k.name_it if t.lang == "it" else k.name_en
                                                                     for k in sp.kets)))
        total = sum(n for _, n in sp.by_type)
        facts.append((t("Organisations"), t.number(total)))
        facts.append((t("Partnerships"), t.number(sp.partnership_count)))
        table = self.facts(facts, columns=1)
        if table:
            self.add(table, Spacer(1, 4))
        if sp.key_organisations:
            rows = [[t("Type"), t("Number"), t("The most active (partnerships)")]]
            for org_type, orgs in sp.key_organisations:
                count = dict(sp.by_type).get(org_type, 0)
                rows.append([t.org_type(org_type), t.number(count), _Markup(self._ranked(orgs))])
            self.add(*self.sub(t("Key organisations by type"), self.table(rows, [0.22, 0.1, 0.68], right=(1,))))
        if sp.partnerships:
            rows = [[t("Partnership"), t("Scheme"), t("Status"), t("Period")]]
            for p in sp.partnerships:
                rows.append([_Markup(plabel(p.acronym, p.title)), t.scheme(p.scheme), t.status(p.status),
                             t.period(p.start_date, p.end_date)])
            self.add(*self.sub(t("Partnerships in this sector"), self.table(rows, [0.46, 0.2, 0.14, 0.2])))
            if sp.partnership_count > len(sp.partnerships):
                self.note(t("…and {n} more.", n=t.number(sp.partnership_count - len(sp.partnerships))))

    def _ranked(self, orgs: Sequence[RankedOrg]) -> str:
        parts = []
        for o in orgs:
            name = esc(o.name)
            if o.partnerships:
                name += f" <font color='{MUTED_HEX}'>({o.partnerships})</font>"
            parts.append(name)
        return "; ".join(parts)

    # --- partner regions -------------------------------------------------------------------------

    def regions(self) -> None:
        t = self.t
        self.heading(t("Partner regions"), 0, new_page=True)
        for rp in self.data.regions:
            self.region(rp)

    def region(self, rp: RegionProfile) -> None:
        t = self.t
        r = rp.region
        self.heading(f"{r.name} ({r.code})", 1)
        level = {0: t("country"), 1: t("NUTS 1 region"), 2: t("NUTS 2 region"), 3: t("NUTS 3 region")}.get(r.level, "")
        where = t.country(r.country_code)
        self.para(esc(f"{level} · {where}" if level else where), self.s.muted)
        self.para(esc(t("Organisations of the register located here: {orgs}. Partnerships involving the region, "
                        "as partner region or through its organisations: {parts}.",
                        orgs=t.number(rp.organisation_count), parts=t.number(rp.partnership_count))))
        if rp.partnerships:
            rows = [[t("Partnership"), t("Status"), t("Period"), t("Region's role"), t("Members from here")]]
            for p, role, members in rp.partnerships:
                rows.append([_Markup(plabel(p.acronym, p.title)), t.status(p.status), t.period(p.start_date, p.end_date),
                             t.region_role(role) if role else "—", t.number(members)])
            self.add(*self.sub(t("Our partnerships with {region}", region=r.name),
                               self.table(rows, [0.42, 0.12, 0.18, 0.14, 0.14], right=(4,))))
            if rp.partnership_count > len(rp.partnerships):
                self.note(t("…and {n} more.", n=t.number(rp.partnership_count - len(rp.partnerships))))
        if rp.organisations:
            block: list[Flowable] = []
            if rp.by_type:
                block.append(Paragraph(esc(", ".join(f"{t.org_type(k)} {t.number(n)}" for k, n in rp.by_type)),
                                       self.s.muted))
            rows = [[t("Organisation"), t("Type"), t("City"), t("Partnerships")]]
            for o in rp.organisations:
                rows.append([o.name, t.org_type(o.type), o.city or "", t.number(o.partnerships)])
            block.append(self.table(rows, [0.48, 0.22, 0.18, 0.12], right=(3,)))
            self.add(*self.sub(t("Organisations located in {region}", region=r.name), *block))
            if rp.organisation_count > len(rp.organisations):
                self.note(t("…and {n} more; the organisation directory lists them all.",
                            n=t.number(rp.organisation_count - len(rp.organisations))))

    # --- partnerships ----------------------------------------------------------------------------

    def partnerships(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Partnerships"), 0, new_page=True)
        total = len(d.partnerships) + len(d.other_partnerships)
        text = t.count(total, "{n} partnership in this pack's scope.", "{n} partnerships in this pack's scope.")
        if d.other_partnerships:
            text += " " + t("The {n} most relevant are described in detail; the others are listed at the end.",
                            n=t.number(len(d.partnerships)))
        self.para(esc(text))
        rows = [(p.record.acronym or p.record.title, p.record.start_date, p.record.end_date, p.record.status)
                for p in d.partnerships]
        if any(start or end for _name, start, end, _status in rows):
            self.timeline(rows)
        elif rows:  # a timeline of "dates not set" only (CORDIS projects imported without the project table)
            self.note(t("No dates are recorded for these partnerships, so there is no timeline."))
        for p in d.partnerships:
            self.partnership(p)
        if d.other_partnerships:
            self.heading(t("Other partnerships in scope"), 1, before_long=True)
            rows = []
            for p in d.other_partnerships:
                acronym, rest = title_parts(p.acronym, p.title)
                # a CORDIS project imported without the project table has no title but its acronym:
                # its reference tells it from another project of the same acronym
                rows.append([[(1, acronym)], [(0, rest or p.external_ref or "")], [(0, t.scheme(p.scheme))],
                             [(0, t.status(p.status))], [(0, t.period(p.start_date, p.end_date))]])
            self.add(self.fast_table([0.22, 0.36, 0.14, 0.12, 0.16], rows,
                                     [t("Acronym"), t("Title"), t("Scheme"), t("Status"), t("Period")]))
            left_out = d.other_partnerships_total - len(d.other_partnerships)
            if left_out > 0:
                self.note(t.count(left_out, "… and {n} more partnership in scope, not listed here: the register holds it.",
                                  "… and {n} more partnerships in scope, not listed here: the register holds them all."))

    def timeline(self, rows: list[tuple]) -> None:
        """The partnerships' spans against today, 34 to a chart, and what the colours say."""
        t = self.t
        labels = {"today_label": t("today"), "open_label": t("open-ended"), "undated_label": t("dates not set")}
        for start in range(0, len(rows), 34):
            self.add(charts.gantt(rows[start:start + 34], self.o.date, FRAME_WIDTH,
                                  title=t("Timeline") if start == 0 else None, **labels))
        statuses = sorted({status for *_rest, status in rows}, key=lambda k: list(STATUS_COLOURS).index(k)
                          if k in STATUS_COLOURS else 99)
        self.add(Spacer(1, 3), charts.legend([(t.status(k), STATUS_COLOURS.get(k, MUTED)) for k in statuses],
                                             FRAME_WIDTH))

    def partnership(self, pp: PartnershipProfile) -> None:
        t, s = self.t, self.s
        p = pp.record
        self.heading(ptitle(p.acronym, p.title), 1)
        facts = [
            (t("Scheme"), t.scheme(p.scheme)), (t("Programme"), p.programme or ""),
            (t("Status"), t.status(p.status)), (t("Period"), t.period(p.start_date, p.end_date)),
            (t("Total budget"), t.money(p.total_budget)), (t("EU contribution"), t.money(p.eu_contribution)),
            (t("Sectors"), ", ".join(x.name(t.lang) for x in pp.sectors)),
            (t("Reference"), p.external_ref or ""), (t("Website"), p.website or ""),
        ]
        table = self.facts(facts)
        if table:
            self.add(table, Spacer(1, 4))
        if p.description:
            self.para(esc(p.description))
        if p.notes:
            self.add(self.boxed(f"<b>{esc(t('Internal note'))}:</b> {esc(p.notes)}"), Spacer(1, 4))
        labels = {"start": t.month_year(p.start_date), "end": t.month_year(p.end_date), "open": t("open-ended"),
                  "today": t("today"), "events": t("our contacts")}
        events = [i.date for i in pp.interactions if i.date]
        if p.start_date or p.end_date or events:
            self.add(charts.mini_timeline(p.start_date, p.end_date, self.o.date, events, FRAME_WIDTH,
                                          status=p.status, labels=labels))
        if pp.members:
            rows = [[t("Organisation"), t("Role"), t("Region"), t("Contribution")]]
            for m in pp.members:
                place = f"{m.region_name} ({m.region_code})" if m.region_code else t.country(m.country)
                rows.append([_Markup(f"<b>{esc(m.name)}</b><br/><font color='{MUTED_HEX}'>{esc(t.org_type(m.type))}</font>"),
                             t.role(m.role), place, t.money(m.contribution)])
            self.add(*self.sub(t("Participants ({n})", n=t.number(len(pp.members))),
                               self.table(rows, [0.46, 0.16, 0.24, 0.14], right=(3,))))
        if pp.regions:
            text = "; ".join(f"{esc(r.name)} ({esc(r.code)}) — {esc(t.region_role(r.role))}" for r in pp.regions)
            self.add(*self.sub(t("Partner regions"), Paragraph(text, s.body)))
        if pp.interactions:
            self.add(*self.sub(t("Recent contacts"),
                               self.table(self._interaction_rows(pp.interactions), [0.15, 0.13, 0.72])))

    def _interaction_rows(self, interactions) -> list:
        t = self.t
        rows = [[t("Date"), t("Kind"), t("Subject")]]
        for i in interactions:
            subject = f"<b>{esc(i.subject)}</b>"
            if i.notes:
                subject += f"<br/><font color='{MUTED_HEX}'>{esc(i.notes)}</font>"
            rows.append([t.date(i.date, short=True), t.interaction_kind(i.kind), _Markup(subject)])
        return rows

    def fast_table(self, widths, rows, header) -> FastTable:
        self.units += len(rows)
        f = [CellFont(fonts.CONDENSED, 8.0, 10.0, INK), CellFont(fonts.CONDENSED_BOLD, 8.0, 10.0, INK),
             CellFont(fonts.CONDENSED, 7.4, 9.2, MUTED), CellFont(fonts.CONDENSED_BOLD, 8.0, 10.0, WARN)]
        return FastTable(widths, rows, fonts=f, header=header,
                         header_font=CellFont(fonts.CONDENSED_BOLD, 7.6, 9.2, MUTED), max_height=FRAME_HEIGHT)

    # --- network ---------------------------------------------------------------------------------

    def network(self) -> None:
        t, d = self.t, self.data
        home = d.home_region

        def is_home(member) -> bool:
            if home is not None and member.region_code:
                return member.region_code.startswith(home.code)
            return (member.country or "") == (home.country_code if home else "IT")

        plan = network.plan(d.partnerships, is_home)
        if not plan.edges:
            return
        self.heading(t("Partnership network"), 0, new_page=True)
        home_name = home.name if home else t("our region")
        self.para(esc(t("Who works with whom: organisations based in {home} on the left, partners elsewhere on "
                        "the right, and the partnerships that link them; a thicker line marks the coordinator.",
                        home=home_name)))
        drawing = network.draw(plan, FRAME_WIDTH, left_title=t("Organisations in {home}", home=home_name),
                               right_title=t("Partners elsewhere"), middle_title=t("Partnerships"))
        self.add(drawing, Spacer(1, 6))
        types = sorted({ty for _, ty in plan.left + plan.right}, key=lambda x: network.TYPE_ORDER.index(x)
                       if x in network.TYPE_ORDER else 99)
        self.add(charts.legend([(t.org_type(ty), network.type_colour(ty)) for ty in types], FRAME_WIDTH))
        statuses = sorted({st for _, st in plan.partnerships}, key=lambda k: list(STATUS_COLOURS).index(k)
                          if k in STATUS_COLOURS else 99)
        self.add(Spacer(1, 2), charts.legend([(t.status(k), STATUS_COLOURS.get(k, MUTED)) for k in statuses],
                                             FRAME_WIDTH))
        hidden = []
        if plan.hidden_partnerships:
            hidden.append(t.count(plan.hidden_partnerships, "{n} partnership", "{n} partnerships"))
        if plan.hidden_orgs:
            hidden.append(t.count(plan.hidden_orgs, "{n} less connected organisation",
                                  "{n} less connected organisations"))
        if hidden:
            self.note(t("Not shown, to keep the diagram legible: {what}.", what=t(" and ").join(hidden)))

    # --- organisations ---------------------------------------------------------------------------

    def organisations(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Organisations"), 0, new_page=True)
        if len(d.organisations) < d.overview.stakeholders:
            self.para(esc(t("Profiles of the {n} organisations most involved in this pack's scope; the "
                            "organisation directory covers all {total}.", n=t.number(len(d.organisations)),
                            total=t.number(d.overview.stakeholders))))
        for o in d.organisations:
            self.organisation(o)

    def organisation(self, o: Organisation) -> None:
        t, s = self.t, self.s
        r = o.record
        self.heading(r.name, 1)
        line = [t.org_type(r.type)]
        if r.size:
            line.append(t.size(r.size))
        town = r.city or ""
        if r.province and r.country == "IT" and town:
            town += f" ({r.province})"
        line.append(", ".join(x for x in (town, t.country(r.country)) if x))
        self.para(esc(" · ".join(x for x in line if x)), s.muted)
        sectors = ", ".join(f"<b>{esc(x.name(t.lang))}</b>" if x.is_primary else esc(x.name(t.lang))
                            for x in o.sectors)
        facts = [
            (t("Short name"), r.short_name if r.short_name and r.short_name != r.name else ""),
            (t("Address"), ", ".join(x for x in (r.address, " ".join(y for y in (r.postcode, r.city) if y)) if x)),
            (t("Region"), f"{o.region.name} ({o.region.code})" if o.region else ""),
            (t("PIC"), r.pic or ""), (t("VAT number"), r.vat_number or ""),
            (t("Website"), r.website or ""), (t("E-mail"), r.email or ""), (t("Phone"), r.phone or ""),
            (t("Sectors"), _Markup(sectors) if sectors else ""),
            (t("Key enabling technologies"), ", ".join(k.name_it if t.lang == "it" else k.name_en for k in o.kets)),
            (t("Tags"), r.tags or ""),
        ]
        table = self.facts(facts)
        if table:
            self.add(table, Spacer(1, 3))
        if r.description:
            self.para(esc(r.description))
        if r.notes:
            self.add(self.boxed(f"<b>{esc(t('Internal note'))}:</b> {esc(r.notes)}"), Spacer(1, 4))
        if o.partnerships:
            rows = [[t("Partnership"), t("Role"), t("Status"), t("Period")]]
            for p in o.partnerships:
                label = plabel(p.label, p.title) if p.label != p.title else f"<b>{esc(p.title)}</b>"
                rows.append([_Markup(label), t.role(p.role), t.status(p.status), t.period(p.start_date, p.end_date)])
            self.add(*self.sub(t("Partnerships ({n})", n=t.number(len(o.partnerships))),
                               self.table(rows, [0.5, 0.16, 0.14, 0.2])))
        if o.interactions:
            self.add(*self.sub(t("Recent contacts"),
                               self.table(self._interaction_rows(o.interactions), [0.15, 0.13, 0.72])))
        if o.contacts:
            rows = [[t("Name"), t("Role"), t("E-mail and phone"), t("Verified")]]
            for c in o.contacts:
                reach = "<br/>".join(esc(x) for x in (c.email, c.phone) if x)
                rows.append([_Markup(f"<b>{esc(c.name)}</b>"), c.role or "", _Markup(reach),
                             _Markup(self._verified(c.last_verified))])
            self.add(*self.sub(t("Contact people"), self.table(rows, [0.26, 0.28, 0.32, 0.14])))

    def _verified(self, when: date | None) -> str:
        if when is None:
            return f"<font color='{WARN_HEX}'>{esc(self.t('never'))}</font>"
        text = esc(self.t.date(when, short=True))
        if when < self.o.date - timedelta(days=365):
            return f"<font color='{WARN_HEX}'>{text}</font>"
        return text

    # --- contacts and actions (internal packs) ----------------------------------------------------

    def contacts(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Contact directory"), 0, new_page=True)
        self.para(esc(t("Contact people of the organisations in this pack's scope. Personal data: for internal "
                        "use only. Dates in red: not verified for over a year.")))
        year_ago = self.o.date - timedelta(days=365)
        rows = []
        for line in d.contacts:
            c = line.contact
            verified = t.date(c.last_verified, short=True) if c.last_verified else t("never")
            stale = c.last_verified is None or c.last_verified < year_ago
            rows.append([
                [(1, c.name), (2, c.role or "")],
                [(0, line.organisation)],
                [(0, c.email or ""), (0, c.phone or "")],
                [(2, (c.language or "").upper()), (3 if stale else 0, verified)],
            ])
        self.add(self.fast_table([0.26, 0.33, 0.29, 0.12], rows,
                                 [t("Name and role"), t("Organisation"), t("E-mail and phone"),
                                  t("Language, verified")]))
        if d.contacts_total > len(d.contacts):
            self.note(t("…and {n} more; the organisation directory lists them all.",
                        n=t.number(d.contacts_total - len(d.contacts))))

    def actions(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Open follow-up actions"), 0, new_page=True)
        overdue = sum(1 for a in d.actions if a.action.due_date and a.action.due_date < self.o.date)
        text = t.count(len(d.actions), "{n} open action", "{n} open actions")
        if overdue:
            text += " — " + t.count(overdue, "{n} is overdue", "{n} are overdue")
        self.para(esc(text))
        rows = []
        for a in d.actions:
            due = a.action.due_date
            late = due is not None and due < self.o.date
            due_cell = [(3 if late else 0, t.date(due, short=True) if due else "—")]
            if late:
                due_cell.append((3, t("overdue")))
            rows.append([due_cell, [(0, a.action.text)], [(0, a.action.owner or "")],
                         [(0, a.subject), (2, t.date(a.interaction_date, short=True))]])
        self.add(self.fast_table([0.13, 0.42, 0.17, 0.28], rows,
                                 [t("Due"), t("Action"), t("Owner"), t("Agreed at")]))

    # --- directory ---------------------------------------------------------------------------------

    def directory(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Organisation directory"), 0, new_page=True)
        self.para(esc(t.count(len(d.directory), "{n} organisation in this pack's scope, in alphabetical order.",
                              "{n} organisations in this pack's scope, in alphabetical order.")))
        if not d.directory:
            return
        for letter in directory.letters(d.directory):
            self.headings.append((1, escape(letter), 0, f"dir-{len(letter)}-{ord(letter[0])}"))
        table = directory.table(d.directory, t, internal=not d.external)
        self.units += len(table._layout.rows)
        self.add(table)

    # --- sources -----------------------------------------------------------------------------------

    def sources(self) -> None:
        t, d = self.t, self.data
        self.heading(t("Sources and currency of the data"), 0, new_page=True)
        self.para(esc(t("Where the data in this pack comes from, and the dates it was true on (\u201cas of\u201d).")))
        kinds = {"stakeholder": t("Organisations"), "partnership": t("Partnerships"), "contact": t("Contact people")}
        year_ago = self.o.date - timedelta(days=365)
        rows = [[t("Records"), t("Source"), t("Number"), t("As of")]]
        stale = []
        for line in d.sources:
            if line.oldest and line.newest and line.oldest != line.newest:
                as_of = f"{t.date(line.oldest, short=True)} – {t.date(line.newest, short=True)}"
            else:
                as_of = t.date(line.oldest, short=True) if line.oldest else ""
            if line.undated:
                as_of = (as_of + "; " if as_of else "") + t("{n} undated", n=t.number(line.undated))
            old = line.oldest is not None and line.oldest < year_ago
            if old:
                stale.append((kinds.get(line.kind, line.kind), line.source or t("not recorded"), line.oldest))
                as_of = f"<font color='{WARN_HEX}'><b>{esc(as_of)}</b></font>"
            else:
                as_of = esc(as_of)
            rows.append([kinds.get(line.kind, line.kind), line.source or t("not recorded"),
                         t.number(line.count), _Markup(as_of)])
        if len(rows) > 1:
            self.add(self.table(rows, [0.18, 0.5, 0.1, 0.22], right=(2,)))
        else:
            self.note(t("The scope holds no records."))
        self.gap(8)
        if stale:
            items = "".join(f"<br/>• {esc(k)}: {esc(src)} — {esc(t('as of {date}', date=t.date(when)))}"
                            for k, src, when in stale)
            self.add(self.boxed(f"<b>{esc(t('Warning: some data is more than a year old.'))}</b> "
                                f"{esc(t('Check it before relying on it in the meeting.'))}{items}", warn=True))
            self.gap(8)
        about = [t("This pack was prepared with RIS3 Desk on {date}.", date=t.date(self.o.date))]
        if self.o.author:
            about.append(t("Prepared by {author}.", author=self.o.author))
        about.append(t("Public edition: contact people's personal data and internal notes are left out.")
                     if d.external else
                     t("Internal edition: it contains personal data of contact people; keep it within the "
                       "administration and destroy it when no longer needed."))
        for text in about:
            self.para(esc(text), self.s.small)


class KeepStart(CondPageBreak):
    """A page break unless ``heading`` and the start of ``following`` fit in what is left of the
    page: all of it when it is short, else a table's header and first ``rows`` rows, or a
    paragraph's first ``rows`` lines (fewer would be split off anyway). Measured, so a short
    block is not sent to a page of its own, and a heading never ends a page."""

    def __init__(self, heading: Flowable, following: Sequence[Flowable], rows: int = 2):
        super().__init__(0)
        self.heading = heading
        self.following = list(following)
        self.rows = rows
        self._measured: tuple[float, float] | None = None  # (width, height needed)

    def __repr__(self):
        return f"KeepStart({self.height})"

    def needed(self, width: float) -> float:
        if self._measured is None or self._measured[0] != width:
            h = self.heading
            _, height = h.wrap(width, FRAME_HEIGHT)
            height += h.getSpaceBefore() + h.getSpaceAfter()
            for f in self.following:
                height += _start_height(f, width, self.rows)
            self._measured = (width, height + 1)  # a point to spare for rounding
        return self._measured[1]

    def wrap(self, availWidth, availHeight):
        self.height = self.needed(availWidth)
        return super().wrap(availWidth, availHeight)


def _start_height(f: Flowable, width: float, rows: int) -> float:
    """The height of the first part of ``f`` that a page must hold: a table's header rows and
    ``rows`` rows, a paragraph's ``rows`` lines; anything else whole."""
    _, height = f.wrap(width, FRAME_HEIGHT)
    if isinstance(f, Table) and getattr(f, "_rowHeights", None):
        head = f.repeatRows if isinstance(f.repeatRows, int) else len(f.repeatRows)
        height = sum(f._rowHeights[:head + rows])
    elif isinstance(f, Paragraph):
        height = min(height, rows * f.style.leading)
    return height + f.getSpaceBefore() + f.getSpaceAfter()


COVER_TITLE_SIZES = (27, 23, 20, 17)  # the cover title's sizes, largest first
COVER_TITLE_LINES = 4  # at most, before a smaller size is tried
# the characters of each kind of scope item on the cover, tried in turn until the cover fits
COVER_SCOPE_LIMITS = (None, 1600, 1000, 600, 300, 120, 0)


def _height(flowables: Sequence[Flowable]) -> float:
    """The height ``flowables`` take in the frame, spaces included (a little more than the frame
    gives them, as it drops the space before the first)."""
    total = 0.0
    for f in flowables:
        _, h = f.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def and_more(text: str, n: int, t: Texts) -> str:
    """'A, B… and 3 more' ('A, B… e altri 3'): ``text`` with the number of items left out."""
    # (two keys that read alike in English, for Italian's "un altro" / "altri 3")
    more = t.count(n, "…and {n} more", "…and {n} more.").rstrip(".").lstrip("…").strip()
    return text.rstrip("…").rstrip() + "… " + more


def _joined(items: Sequence[str], limit: int | None, t: Texts) -> str:
    """``items`` joined with '; ', as many as fit in ``limit`` characters (at least one), then
    '…and N more'."""
    if limit is None:
        return "; ".join(items)
    shown: list[str] = []
    for item in items:
        if shown and len("; ".join([*shown, item])) > limit:
            break
        shown.append(item)
    text = "; ".join(shown)
    if len(shown) < len(items):
        text = and_more(text, len(items) - len(shown), t)
    return text


class _Markup(str):
    """A string that is already paragraph markup (escaped), not plain text."""
