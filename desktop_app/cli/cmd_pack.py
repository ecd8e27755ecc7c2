"""ris3desk pack: print a briefing pack to a PDF file (DESIGN.md §4).

    ris3desk pack --out bw.pdf --lang it --audience external --sector AUTO --region DE1 \
        --partnership "PIE-BW Auto" --title "Visita della delegazione del Baden-Württemberg"

Without a scope option the pack is an overview of the whole register. A scope item that matches
nothing is an error (exit 1) naming it; nothing is written then. The pack issued is recorded in
the register's log of packs.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from database.errors import Ris3Error

from . import common


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def register(sub) -> None:
    p = sub.add_parser("pack", help="print a briefing pack (PDF) on sectors, regions, partnerships or organisations",
                       description="Print a briefing pack. Without a scope option: an overview of the whole register.")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF file to write")
    p.add_argument("--lang", choices=["it", "en"], help="the pack's language (default en)")
    p.add_argument("--audience", choices=["internal", "external"],
                   help="external leaves out contact people's personal data and internal notes (default internal)")
    p.add_argument("--sector", action="append", default=[], metavar="CODE", help="an S3 sector code, e.g. AUTO")
    p.add_argument("--region", action="append", default=[], metavar="NUTS",
                   help="a partner region's NUTS code, e.g. DE1 (regions below it are included)")
    p.add_argument("--partnership", action="append", default=[], metavar="ACRONYM",
                   help="a partnership, by acronym, reference (e.g. CORDIS:101072560), title or id")
    p.add_argument("--stakeholder", action="append", default=[], metavar="NAME",
                   help="an organisation, by name, short name, PIC or id")
    p.add_argument("--title", help="the pack's title (default: from the scope)")
    p.add_argument("--occasion", help='what the pack is for, e.g. "Visit of the Baden-Württemberg delegation"')
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the pack's date (default today)")
    p.add_argument("--author", help="who prepared it (printed on the cover and in the PDF's properties)")
    text = p.add_mutually_exclusive_group()
    text.add_argument("--summary", metavar="TEXT", help="executive summary or talking points ('- ' starts a point)")
    text.add_argument("--summary-file", type=Path, metavar="FILE", help="the same, read from a UTF-8 text file")
    p.add_argument("--directory", action="store_true", help="add the directory of every organisation in scope")
    p.add_argument("--preset", metavar="NAME", help="start from a saved pack preset; other options override it")
    p.add_argument("--reproducible", action="store_true",
                   help="same input, same bytes: fixed creation date and document id (for tests and archives)")
    p.set_defaults(run=run)


def _preset(db, name: str) -> dict:
    from database import ops

    found = ops.find_by(db, "pack_preset", name=name)
    if not found:
        names = sorted(p.name for p in ops.list_page(db, "pack_preset", limit=100).rows)
        known = f" (saved presets: {', '.join(names)})" if names else " (there are no saved presets)"
        raise Ris3Error(f"there is no pack preset called {name!r}{known}.")
    return found[0].options


# characters no text file holds (tab, line feed, form feed and carriage return are not among them)
_CONTROL = frozenset(map(chr, [*range(0, 9), 11, *range(14, 32), 127]))


def _summary_text(path: Path) -> str:
    """The --summary-file's text; a folder, a missing file or one that is not plain text (a Word
    document, a PDF) is said in plain words."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise Ris3Error(f"the summary file {path} is a folder; give a plain text file (UTF-8).")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text = None
    except OSError as e:
        raise Ris3Error(f"the summary file {path} cannot be read ({e.strerror or e}).") from None
    if text is None or text.startswith("%PDF-") or any(c in _CONTROL for c in text):
        raise Ris3Error(f"the summary file {path} is not plain text in UTF-8 (a word-processor document, a PDF?): "
                        "save it as plain text (UTF-8), or give the summary with --summary.")
    return text


def run(args) -> int:
    from database import ops
    from desktop_app.packs import PackOptions, build_pack, presets

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":  # (a PDF under another name opens in the wrong program, or in none)
        raise Ris3Error(f"a pack is a PDF file: give a name ending in .pdf, such as {out.with_suffix('.pdf').name}.")
    if not out.parent.exists():
        raise Ris3Error(f"the folder {out.parent} does not exist; nothing was written.")
    if out.is_dir():
        raise Ris3Error(f"{out} is a folder; give a file name such as {out / 'pack.pdf'}.")
    summary = _summary_text(args.summary_file) if args.summary_file else args.summary

    db = common.open_register(args, create=False)
    scope, options = presets.from_dict(_preset(db, args.preset)) if args.preset else (ops.PackScope(), PackOptions())
    given_scope = ops.PackScope(sectors=args.sector, regions=args.region, partnerships=args.partnership,
                                stakeholders=args.stakeholder)
    if not given_scope.is_empty:
        scope = given_scope
    changes = {name: value for name, value in (
        ("language", args.lang), ("audience", args.audience), ("title", args.title), ("occasion", args.occasion),
        ("date", args.date), ("author", args.author), ("summary", summary)) if value is not None}
    if args.directory:
        changes["directory"] = True
    if args.reproducible:
        changes["reproducible"] = True
    options = replace(options, **changes)
    if options.date is None:
        options = replace(options, date=date.today())

    data = ops.pack_data(db, scope, audience=options.audience, today=options.date, directory=options.directory)
    result = build_pack(data, options, out)
    ops.log_pack(db, title=result.title, language=options.language, audience=options.audience,
                 options=presets.to_dict(scope, options), file_path=str(out.absolute()), pages=result.pages,
                 author=options.author or None)
    print(f"Pack written: {out} ({result.pages} pages, {options.language}, {options.audience})")
    if not scope.is_empty and not (data.overview.stakeholders or data.overview.partnerships):
        print("Note: no organisation or partnership of the register is in this pack's scope; its figures are all "
              "zero.", file=sys.stderr)
    return 0
