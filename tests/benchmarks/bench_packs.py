"""Briefing-pack benchmarks, each against its floor measured in the same run (issue 4):

1. a ~30-page pack (the demo register's overview, internal): the builder, from plain data to the
   PDF, against reportlab alone laying out the very same story (plain doc template, no header,
   footer, bookmarks or progress) — goal: at most 1.5x;
2. the directory of 10,000 organisations (a synthetic register): pages per second of
   (a) the whole pack as ``ris3desk pack --directory`` makes it (cover, contents, overview,
   profiles, contact list, then the directory; two passes for "page X of Y"), and
   (b) the directory table alone in one pass,
   against plain reportlab ``Table``s of ``Paragraph`` cells holding the same text in the same
   fonts (goal: at least 2x), and each case's peak memory (goal: at most 400 MB).

Every case runs in a fresh subprocess, which reports its own time and peak RSS.

    python tests/benchmarks/bench_packs.py [--orgs 10000] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))

TODAY = "2026-11-26"


# --- the cases, each run in a child process ---------------------------------------------------

def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _plain_doc(sink):
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from desktop_app.packs.styles import BOTTOM, FRAME_HEIGHT, FRAME_WIDTH, INNER, PAGE_HEIGHT, PAGE_WIDTH

    doc = BaseDocTemplate(sink, pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    frame = Frame(INNER, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame])])
    return doc


def case_pack(db_path: str, which: str) -> dict:
    """The ~30-page pack: 'builder' (everything) or 'floor' (reportlab alone on the same story)."""
    import io
    from datetime import date

    from database import ops
    from desktop_app.packs import PackOptions, build_pack
    from desktop_app.packs.builder import default_title
    from desktop_app.packs.story import Story
    from desktop_app.packs.styles import Styles
    from desktop_app.packs.texts import Texts

    db = ops.open_database(f"sqlite:///{db_path}")
    today = date.fromisoformat(TODAY)
    data = ops.pack_data(db, audience="internal", today=today)
    options = PackOptions(date=today, author="Giulia Ferrero", occasion="Benchmark")
    Styles()  # fonts registered and warmed up outside the timing, for both
    if which == "builder":
        started = time.perf_counter()
        result = build_pack(data, options, io.BytesIO())
        seconds, pages = time.perf_counter() - started, result.pages
    else:
        from dataclasses import replace

        t = Texts(options.language)
        story = Story(data, replace(options, title=default_title(data, t)), t, Styles())
        flow = story.build()  # the same flowables the builder lays out; made before the clock starts
        doc = _plain_doc(io.BytesIO())
        started = time.perf_counter()
        doc.multiBuild(flow)
        seconds, pages = time.perf_counter() - started, doc.page
    return {"seconds": seconds, "pages": pages, "peak_mb": _peak_mb()}


def _directory_data(db_path: str):
    from datetime import date

    from database import ops

    db = ops.open_database(f"sqlite:///{db_path}")
    started = time.perf_counter()
    data = ops.pack_data(db, audience="internal", today=date.fromisoformat(TODAY), directory=True)
    return data, time.perf_counter() - started


def _floor_table(orgs, t):
    """The same entries as plain reportlab Tables of Paragraph cells (100 rows a table)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from desktop_app.packs import directory, fonts
    from desktop_app.packs.styles import FRAME_WIDTH, RULE

    style = ParagraphStyle("cell", fontName=fonts.CONDENSED, fontSize=7.8, leading=9.4)
    head = ParagraphStyle("head", parent=style, fontName=fonts.CONDENSED_BOLD)

    def markup(runs) -> str:
        parts = []
        for run in runs:
            f = directory.FONTS[run[0]]
            text = f'<font name="{f.name}" size="{f.size}" color="{f.color.hexval()}">{escape(run[1])}</font>'
            if len(run) == 4:
                lf = directory.FONTS[run[2]]
                text = f'<font name="{lf.name}" size="{lf.size}" color="{lf.color.hexval()}">{escape(run[3])}</font> ' + text
            parts.append(text)
        return "<br/>".join(parts)

    widths = [FRAME_WIDTH * w for w in (0.37, 0.26, 0.37)]
    header = [Paragraph(x, head) for x in (t("Organisation"), t("Address and contact"),
                                           t("Sectors, partnerships and people"))]
    tables, rows = [], []
    for o in orgs:
        rows.append([Paragraph(markup(cell), style) for cell in directory.org_cells(o, t)])
        if len(rows) == 100:
            tables.append(rows)
            rows = []
    if rows:
        tables.append(rows)
    out = []
    for chunk in tables:
        table = Table([header, *chunk], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
        out.append(table)
    return out


def case_directory(db_path: str, which: str) -> dict:
    """The 10,000-organisation directory: 'pack' (ris3desk pack --directory), 'fast' (the directory
    table alone, one pass) or 'floor' (Tables of Paragraph cells, one pass)."""
    import io
    from datetime import date

    from desktop_app.packs import PackOptions, build_pack, directory
    from desktop_app.packs.styles import Styles
    from desktop_app.packs.texts import Texts

    data, gather = _directory_data(db_path)
    Styles()
    t = Texts("en")
    sink = io.BytesIO()
    if which == "pack":
        started = time.perf_counter()
        result = build_pack(data, PackOptions(date=date.fromisoformat(TODAY), directory=True), sink)
        seconds, pages = time.perf_counter() - started, result.pages
    else:
        from reportlab.pdfgen.canvas import Canvas

        # the directory's letters are bookmarks below a section heading; alone, they need a root
        Canvas.addOutlineEntry = lambda *a, **k: None
        doc = _plain_doc(sink)
        started = time.perf_counter()
        story = [directory.table(data.directory, t, internal=True)] if which == "fast" \
            else _floor_table(data.directory, t)
        doc.build(story)
        seconds, pages = time.perf_counter() - started, doc.page
    return {"seconds": seconds, "pages": pages, "peak_mb": _peak_mb(), "gather_seconds": gather,
            "organisations": len(data.directory), "bytes": len(sink.getvalue())}


# --- the driver ------------------------------------------------------------------------------------

def run_case(name: str, *args) -> dict:
    code = (f"import sys, json; sys.path.insert(0, {str(ROOT)!r}); "
            f"from tests.benchmarks.bench_packs import {name}; "
            f"print(json.dumps({name}(*{list(args)!r})))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{name}{args} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def best(results: list[dict]) -> dict:
    return min(results, key=lambda r: r["seconds"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the 30-page case (the best counts)")
    parser.add_argument("--directory-repeat", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the registers in this folder")
    args = parser.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp(prefix="ris3-bench-packs-"))
    folder.mkdir(parents=True, exist_ok=True)
    demo_db, big_db = folder / "demo.db", folder / f"synthetic-{args.orgs}.db"
    from database import demo
    from database.engine import open_database

    if not demo_db.exists():
        db = open_database(f"sqlite:///{demo_db}")
        from datetime import date

        demo.load(db, today=date.fromisoformat(TODAY))
        db.close()
    if not big_db.exists():
        from tests.benchmarks.synthetic import generate

        started = time.perf_counter()
        db = open_database(f"sqlite:///{big_db}")
        generate(db, stakeholders=args.orgs, seed=1)
        db.close()
        print(f"synthetic register of {args.orgs} organisations made in {time.perf_counter() - started:.1f} s")

    print("\n1. A ~30-page pack (demo register, overview, internal)")
    builder, floor = [], []
    for _ in range(args.repeat):  # interleaved, so both see the same machine load
        builder.append(run_case("case_pack", str(demo_db), "builder"))
        floor.append(run_case("case_pack", str(demo_db), "floor"))
    b, f = best(builder), best(floor)
    ratio = b["seconds"] / f["seconds"]
    print(f"   builder:         {b['seconds']:.2f} s for {b['pages']} pages")
    print(f"   floor:           {f['seconds']:.2f} s (reportlab alone, the same story, {f['pages']} pages)")
    print(f"   ratio:           {ratio:.2f}x   (goal: at most 1.5x)  {'OK' if ratio <= 1.5 else 'MISSED'}")

    print(f"\n2. Directory of {args.orgs:,} organisations (synthetic register)")
    results = {}
    for which in ("floor", "fast", "pack"):
        results[which] = best([run_case("case_directory", str(big_db), which)
                               for _ in range(args.directory_repeat)])
    fl = results["floor"]
    floor_rate = fl["pages"] / fl["seconds"]
    print(f"   data gathered in {fl['gather_seconds']:.1f} s ({fl['organisations']:,} organisations, "
          "not counted below)")
    print(f"   floor (Tables of Paragraphs): {fl['pages']} pages in {fl['seconds']:.1f} s = {floor_rate:.1f} pages/s, "
          f"peak {fl['peak_mb']:.0f} MB")
    for which, label in (("fast", "directory table, one pass"), ("pack", "whole pack, --directory")):
        r = results[which]
        rate = r["pages"] / r["seconds"]
        ok = rate >= 2 * floor_rate and r["peak_mb"] <= 400
        print(f"   {label:<26} {r['pages']} pages in {r['seconds']:.1f} s = {rate:.1f} pages/s "
              f"({rate / floor_rate:.1f}x the floor; goal >= 2x), peak {r['peak_mb']:.0f} MB (goal <= 400) "
              f"{'OK' if ok else 'MISSED'}")
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
