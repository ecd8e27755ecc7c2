"""ris3desk init [--demo | --remove-demo]: create or upgrade the register."""

from __future__ import annotations

from . import common


def register(sub) -> None:
    p = sub.add_parser("init", help="create the register, or upgrade it to this version")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--demo", action="store_true", help="add the demo data (running it twice changes nothing)")
    g.add_argument("--remove-demo", action="store_true", help="remove every demo record")
    p.set_defaults(run=run)


def run(args) -> int:
    from database import demo, reference

    db = common.open_register(args)
    with db.write() as session:
        reference.seed(session)  # adds reference data a newer version ships
    if args.demo:
        added = demo.load(db)
        print(f"Demo data: {added} records added." if added else "Demo data already present; nothing changed.")
    elif args.remove_demo:
        removed = demo.remove(db)
        print(f"Demo data: {removed} records removed.")
    print(f"Register ready: {db.location}")
    return 0
