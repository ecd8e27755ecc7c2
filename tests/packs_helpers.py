"""Shared by the pack tests: a demo register, building a pack, reading a PDF back."""

from __future__ import annotations

import io
import re
import zlib
from datetime import date

from pypdf import PdfReader

TODAY = date(2025, 3, 10)

# names with letters outside Latin-1, all in the demo data
NON_LATIN1 = ["Politechnika Śląska", "České vysoké učení technické v Praze", "Εθνικό Μετσόβιο Πολυτεχνείο",
              "Łukasz Wójcik", "Tereza Dvořáková", "Γιώργος Παπαδόπουλος"]


def make_demo_register(path):
    from database import demo
    from database.engine import open_database

    db = open_database(f"sqlite:///{path}")
    demo.load(db, today=TODAY)
    return db


def build(db, scope=None, *, out=None, **options):
    """Gather and build a pack; returns (pdf bytes, result)."""
    from database import ops
    from desktop_app.packs import PackOptions, build_pack

    options.setdefault("date", TODAY)
    opts = PackOptions(**options)
    data = ops.pack_data(db, scope or ops.PackScope(), audience=opts.audience, today=opts.date,
                         directory=opts.directory)
    if out is None:
        sink = io.BytesIO()
        result = build_pack(data, opts, sink)
        return sink.getvalue(), result
    result = build_pack(data, opts, out)
    return out.read_bytes(), result


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(page_texts(pdf))


def flat(s: str) -> str:
    """Extracted text with line breaks and runs of spaces folded (a name may wrap across lines)."""
    return re.sub(r"\s+", " ", s)


def outline(pdf: bytes) -> list[tuple[int, str, int]]:
    """The bookmarks as (level, title, page number from 1)."""
    r = reader(pdf)
    out = []

    def walk(items, level):
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                out.append((level, item.title, r.get_destination_page_number(item) + 1))

    walk(r.outline, 0)
    return out


def all_bytes_decompressed(pdf: bytes) -> bytes:
    """The file with every Flate stream inflated, to search for what must not be there."""
    parts = [pdf]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return b"\n".join(parts)
