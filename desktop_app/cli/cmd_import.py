"""ris3desk import cordis|spreadsheet|json: bring data into the register.

    ris3desk import cordis he_organization.csv.gz --dry-run
    ris3desk import cordis he_organization.csv --projects he_project.csv --region ITC1 --rejects bad.csv
    ris3desk import spreadsheet contatti.xlsx --kind contact --mapping "Nome e cognome=name,Ente=stakeholder"
    ris3desk import json register.json

The exit code is 0 when the file was read (rejected rows are not errors: they are listed in the
summary and written to --rejects); 1 when it could not be read or nothing could be written.
"""

from __future__ import annotations

import sys

from . import common


def register(sub) -> None:
    p = sub.add_parser("import", help="import CORDIS data, a spreadsheet, or a register exported as JSON")
    kinds = p.add_subparsers(dest="what", metavar="WHAT", required=True)

    c = kinds.add_parser("cordis", help="the CORDIS participant ('organization') table, or the project table",
                         description="Import a CORDIS Horizon Europe participant table (.csv, .csv.gz or .xlsx; "
                                     "';' or ',', 24 or 25 columns): one organisation per PIC, one partnership "
                                     "per project.")
    c.add_argument("file", metavar="FILE")
    c.add_argument("--projects", metavar="PROJECTS_FILE",
                   help="the CORDIS project table, for titles, dates, budgets, topics and objectives")
    c.add_argument("--region", metavar="CODE",
                   help="keep only projects with a participant in this NUTS region (e.g. ITC1), with all partners")
    _common_options(c)
    c.set_defaults(run=run_cordis)

    s = kinds.add_parser("spreadsheet", help="a CSV or Excel list of organisations, contacts, partnerships or "
                                             "participations",
                         description="Import a spreadsheet (CSV with any delimiter and encoding, or .xlsx). "
                                     "Columns are matched to fields by their headers (Italian or English); "
                                     "--mapping overrides the guess and is remembered for files with the same "
                                     "headers.")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--kind", required=True, choices=["stakeholder", "contact", "partnership", "participant"],
                   help="what each row is")
    s.add_argument("--mapping", metavar="HEADER=FIELD,...",
                   help="columns to fields, e.g. 'Ragione sociale=name,Città=city' (FIELD '-' skips a column)")
    s.add_argument("--sheet", metavar="NAME", help="the workbook sheet to read (default: the first with a table)")
    s.add_argument("--encoding", metavar="NAME",
                   help="the CSV file's character encoding, when the guess shown by --show-mapping is wrong "
                        "(e.g. cp1252, cp1250, latin-1)")
    s.add_argument("--show-mapping", action="store_true", help="print how columns map to fields, and stop")
    _common_options(s)
    s.set_defaults(run=run_spreadsheet)

    j = kinds.add_parser("json", help="a whole register exported with 'ris3desk export json', into an empty register")
    j.add_argument("file", metavar="FILE")
    j.set_defaults(run=run_json)


def _common_options(p) -> None:
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--rejects", metavar="OUT.csv", help="write refused rows here, with the reason in a column")
    p.add_argument("--overwrite-edits", action="store_true",
                   help="also overwrite values officers edited or typed by hand (normally kept)")
    p.add_argument("--examples", action="store_true", help="list examples of new, updated and rejected records")


def _progress():
    """A one-line progress indicator on stderr, when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    last = {"shown": -1}

    def show(done: int, total: int, text: str) -> None:
        percent = int(100 * done / max(total, 1))
        if percent != last["shown"]:
            last["shown"] = percent
            sys.stderr.write(f"\r{text}… {percent:3d}%   ")
            sys.stderr.flush()
            if done >= total:
                sys.stderr.write("\r" + " " * 40 + "\r")

    return show


def _rejects_path(args) -> None:
    """--rejects must name a file that can be written, and not one of the files being imported:
    checked before anything is imported, so an import is never committed only to fail at the end."""
    import os
    from pathlib import Path

    if not getattr(args, "rejects", None):
        return
    out = Path(args.rejects).expanduser()
    if out.is_dir():
        common.fail(f"--rejects {args.rejects} is a folder; give a file name, such as {out / 'rejects.csv'}. "
                    "Nothing was imported.")
    if not out.parent.is_dir():
        common.fail(f"--rejects {args.rejects}: the folder {out.parent} does not exist. Nothing was imported.")
    if not os.access(out.parent, os.W_OK | os.X_OK) or (out.exists() and not os.access(out, os.W_OK)):
        common.fail(f"--rejects {args.rejects}: that file cannot be written (a read-only place, or not yours). "
                    "Nothing was imported.")
    for given in (args.file, getattr(args, "projects", None)):
        if given and out.exists() and Path(given).expanduser().exists() and out.samefile(Path(given).expanduser()):
            common.fail(f"--rejects {args.rejects} is the file being imported; give another file name for the "
                        "rejected rows. Nothing was imported.")


def _import(db, args, run):
    """``run()`` (the import) and the summary; Ctrl+C after the import's commit says it was saved."""
    if not args.dry_run:
        common.watch_commits(db, "the import")
    report = run()
    return _finish(report, args)


def _finish(report, args) -> int:
    for line in report.summary_lines(examples=args.examples or args.dry_run):
        print(line)
    if args.rejects:
        if report.rows_rejected:
            for path in report.write_rejects(args.rejects):
                print(f"Rejected rows written to {path}")
        else:
            print("No rows were rejected; no rejects file written.")
    elif report.rows_rejected:
        print("Add --rejects OUT.csv to get the rejected rows with their reasons.")
    return 0


def run_cordis(args) -> int:
    from database.imports import import_cordis

    _rejects_path(args)
    db = common.open_register(args)
    return _import(db, args, lambda: import_cordis(
        db, args.file, projects=args.projects, region=args.region, dry_run=args.dry_run,
        overwrite_edits=args.overwrite_edits, progress=_progress()))


def run_spreadsheet(args) -> int:
    from database.imports import spreadsheet

    try:
        mapping = spreadsheet.parse_mapping_text(args.mapping) if args.mapping else None
    except ValueError as e:  # a usage error: the option is written wrongly
        common.fail(f"--mapping {e}, separated by commas, e.g. --mapping 'Ragione sociale=name,Città=city' "
                    "(FIELD '-' skips a column).", code=2)
    if not args.show_mapping:
        _rejects_path(args)
    db = common.open_register(args)
    if args.show_mapping:
        preview = spreadsheet.preview(db, args.file, args.kind, sheet=args.sheet, mapping=mapping,
                                      encoding=args.encoding)
        for line in preview.mapping_lines():
            print(line)
        return 0
    return _import(db, args, lambda: spreadsheet.import_spreadsheet(
        db, args.file, args.kind, mapping=mapping, sheet=args.sheet, encoding=args.encoding, dry_run=args.dry_run,
        overwrite_edits=args.overwrite_edits, progress=_progress()))


def run_json(args) -> int:
    from database.export import import_json, rows_in_words

    db = common.open_register(args)
    common.watch_commits(db, "the import")
    counts = import_json(db, args.file)
    total = sum(counts.values())
    print(f"Imported {total} rows from {args.file}: " + ", ".join(rows_in_words(t, n) for t, n in counts.items() if n))
    return 0
