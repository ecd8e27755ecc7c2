"""ris3desk export list|json|contact: take data out of the register.

    ris3desk export list stakeholder --out organisations.xlsx --filter country=IT --search "torino"
    ris3desk export json --out register.json
    ris3desk export contact maria.rossi@example.org --out maria-rossi.json
"""

from __future__ import annotations

from . import common

LIST_KINDS = ["stakeholder", "contact", "partnership", "participant", "partner_region", "interaction", "action",
              "sector", "region", "municipality", "ket"]


def register(sub) -> None:
    p = sub.add_parser("export", help="export a list to CSV/Excel, the whole register to JSON, or one person's data")
    kinds = p.add_subparsers(dest="what", metavar="WHAT", required=True)

    li = kinds.add_parser("list", help="a list of records to .csv or .xlsx")
    li.add_argument("kind", choices=LIST_KINDS, help="what to list")
    li.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx")
    li.add_argument("--search", metavar="TEXT", help="only records matching these words")
    li.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                    help="a list filter, e.g. country=IT, type=sme, scheme=horizon_europe (repeatable)")
    li.add_argument("--sort", metavar="FIELD", help="sort by this field")
    li.add_argument("--external", action="store_true", help="leave out personal data and internal notes")
    li.set_defaults(run=run_list)

    js = kinds.add_parser("json", help="the whole register as one JSON document (import it with 'import json')")
    js.add_argument("--out", required=True, metavar="FILE.json")
    js.set_defaults(run=run_json)

    ct = kinds.add_parser("contact", help="everything held about one contact person (data-subject access request)")
    ct.add_argument("who", metavar="EMAIL|NAME|ID")
    ct.add_argument("--out", required=True, metavar="FILE.json|FILE.txt")
    ct.set_defaults(run=run_contact)


def _filters(items: list[str], search: str | None) -> dict:
    filters: dict = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            common.fail(f"--filter {item!r}: write it as KEY=VALUE, e.g. country=IT", code=2)
        filters.setdefault(key.strip(), []).append(value.strip())
    filters = {k: v[0] if len(v) == 1 else v for k, v in filters.items()}
    if search:
        filters["text"] = search
    return filters


def run_list(args) -> int:
    from database import export, ops

    db = common.open_register(args, create=False)
    filters = _filters(args.filter, args.search)
    try:
        count = export.export_list(db, args.kind, args.out, filters=filters, sort=args.sort, external=args.external)
    except ValueError as e:  # an unknown filter or sort key
        raise ops.Ris3Error(str(e)) from None
    print(f"{count} {ops.kind(args.kind).label} records written to {args.out}")
    return 0


def run_json(args) -> int:
    from database import export

    db = common.open_register(args, create=False)
    counts = export.export_json(db, args.out)
    print(f"The register ({sum(counts.values())} rows in {sum(1 for n in counts.values() if n)} tables) "
          f"written to {args.out}")
    return 0


def run_contact(args) -> int:
    from database import export
    from database.i18n import plural

    db = common.open_register(args, create=False)
    contact_id = export.find_contact(db, args.who)
    data = export.export_subject_access(db, contact_id, args.out)
    print(f"Data held about {data['person'].get('Name')}: "
          f"{plural(len(data['history']), 'history entry', 'history entries')}, mentioned in "
          f"{plural(len(data['mentioned_in']), 'other record', 'other records')}, in "
          f"{plural(len(data.get('mentioned_in_history', ())), 'earlier value', 'earlier values')} of other "
          f"records' history and in {plural(len(data.get('mentioned_in_merges', ())), 'merge', 'merges')}; "
          f"written to {args.out}")
    return 0
