"""The organisation directory: every organisation of a scope with its details, grouped by initial
letter, as a :class:`FastTable` (hundreds of pages at print quality, quickly)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence

from database.ops.packdata import Organisation, sort_key

from . import fonts
from .fasttable import Band, CellFont, FastTable
from .styles import FRAME_HEIGHT, INK, MUTED, PRIMARY, WARN
from .texts import Texts

NAME, TEXT, SMALL, LABEL, NOTE, PERSON = range(6)
FONTS = [
    CellFont(fonts.CONDENSED_BOLD, 8.4, 10.2, INK),  # the organisation's name
    CellFont(fonts.CONDENSED, 7.8, 9.4, INK),
    CellFont(fonts.CONDENSED, 7.2, 8.8, MUTED),
    CellFont(fonts.CONDENSED_BOLD, 7.2, 8.8, PRIMARY),  # a small label such as 'Sectors'
    CellFont(fonts.ITALIC, 6.9, 8.6, WARN),  # internal notes
    CellFont(fonts.CONDENSED_BOLD, 7.6, 9.2, INK),  # a contact person's name
]
HEADER_FONT = CellFont(fonts.CONDENSED_BOLD, 7.4, 9.0, MUTED)
BAND_FONT = CellFont(fonts.BOLD, 9.5, 12.0, PRIMARY)


def initial(name: str) -> str:
    """The directory letter of a name: 'Ä…' and 'Å…' go under A; other scripts under their own letter."""
    for ch in sort_key(name):
        if ch.isalnum():
            return "0–9" if ch.isdigit() else unicodedata.normalize("NFC", ch).upper()
    return "#"


def nobreak(text: str | None) -> str:
    """A phone number kept on one line."""
    return (text or "").replace(" ", "\u00a0")


def _join(*parts) -> str:
    return " · ".join(p for p in parts if p)


def org_cells(o: Organisation, t: Texts) -> tuple[list, list, list]:
    """The three cells of an organisation's entry: who, where and how to reach it, what it does."""
    r = o.record
    who = [(NAME, r.name)]
    ids = _join(r.short_name if r.short_name and r.short_name != r.name else "", t.org_type(r.type),
                t.size(r.size) if r.size else "")
    who.append((SMALL, ids))
    if r.pic or r.vat_number:
        who.append((SMALL, _join(f"PIC {r.pic}" if r.pic else "", f"{t('VAT')} {r.vat_number}" if r.vat_number else "")))
    if r.description:
        who.append((TEXT, r.description))
    if r.notes:
        who.append((NOTE, t("Internal note: {text}", text=r.notes)))

    where = []
    if r.address:
        where.append((TEXT, r.address))
    town = " ".join(p for p in (r.postcode, r.city) if p)
    if r.province and r.country == "IT":
        town = f"{town} ({r.province})" if town else r.province
    if town or r.country:
        where.append((TEXT, _join(town, t.country(r.country))))
    if o.region:
        where.append((SMALL, f"{o.region.code} {o.region.name}"))
    for value in (r.website, r.email, nobreak(r.phone)):
        if value:
            where.append((SMALL, value))

    what = []
    if o.sectors:
        what.append((TEXT, ", ".join(s.name(t.lang) for s in o.sectors), LABEL, t("Sectors:")))
    if o.kets:
        what.append((SMALL, ", ".join(k.name_it if t.lang == "it" else k.name_en for k in o.kets), LABEL, t("KETs:")))
    if o.partnerships:
        what.append((SMALL, ", ".join(p.label for p in o.partnerships), LABEL, t("Partnerships:")))
    for c in o.contacts:
        what.append((PERSON, _join(c.name, c.role or "")))
        reach = _join(c.email or "", nobreak(c.phone))
        if reach:
            what.append((SMALL, reach))
    return who, where, what


def rows(orgs: Sequence[Organisation], t: Texts, key_prefix: str = "dir") -> Iterator:
    """Table rows: a band for each initial letter, then its organisations."""
    letter = None
    for o in orgs:
        first = initial(o.record.name)
        if first != letter:
            letter = first
            yield Band(letter, key=f"{key_prefix}-{len(letter)}-{ord(letter[0])}", toc_level=1)
        yield org_cells(o, t)


def letters(orgs: Sequence[Organisation]) -> list[str]:
    """The initial letters, in directory order (for the contents, before layout)."""
    out = []
    for o in orgs:
        first = initial(o.record.name)
        if not out or out[-1] != first:
            out.append(first)
    return out


def table(orgs: Sequence[Organisation], t: Texts, *, internal: bool, key_prefix: str = "dir") -> FastTable:
    third = t("Sectors, partnerships and people") if internal else t("Sectors and partnerships")
    return FastTable(
        [0.37, 0.26, 0.37], list(rows(orgs, t, key_prefix)), fonts=FONTS,
        header=[t("Organisation"), t("Address and contact"), third], header_font=HEADER_FONT,
        band_font=BAND_FONT, band_bg=None, max_height=FRAME_HEIGHT)
