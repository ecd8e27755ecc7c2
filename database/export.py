"""Taking the officer's data out: any list or selection to CSV or Excel, the whole register to
one JSON document and back, and everything held about one contact person (a data-subject
access request, GDPR art. 15).

The JSON document keeps every table row exactly (ids, versions, timestamps, links): imported
into an EMPTY register it reproduces the register, on SQLite or PostgreSQL alike. It is written
one row per line, so it can be read back a row at a time whatever its size.
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from . import models as m
from . import search
from .cell_guard import guarded
from .engine import SCHEMA_HEAD, Database
from .errors import NotFoundError, Ris3Error
from .i18n import QT_TRANSLATE_NOOP as _N
from .i18n import counted, plural
from .jsonrows import decoder, encode_row
from .sqlite_file import partial_file

FORMAT = "ris3desk-register"
# Earlier schemas whose rows load unchanged into this one: 0003 only made fields longer.
SAME_ROWS = {"0002"}
FORMAT_VERSION = 1
# Tables whose rows a new register already has (reference data seeded on creation): an import
# of a JSON register replaces them with the exported rows, so ids match.
SEEDED = {"regions", "municipalities", "kets", "sectors", "sector_kets", "settings"}


class ExportError(Ris3Error):
    pass


def _tables() -> list[Table]:
    return list(m.Base.metadata.sorted_tables)


def _writable_target(path: Path) -> Path:
    """``path`` when a file can be written there; ExportError in plain words when it is a folder or
    its folder does not exist (checked before any data is read, so nothing is left behind)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give the name of the file to write, such as "
                          f"{path / ('export' + (path.suffix or '.json'))}.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist; nothing was written.")
    return path


# --- the whole register as JSON -----------------------------------------------------------------

def export_json(db: Database, path: str | Path, progress: Callable[[int, int, str], None] | None = None) -> dict:
    """Write the whole register to ``path`` (one JSON document); return the row count per table.
    The file appears only when complete."""
    path = _writable_target(path)
    counts: dict[str, int] = {}
    with partial_file(path) as partial, db.read() as session, \
            partial.open("w", encoding="utf-8", newline="\n") as fh:
        totals = {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in _tables()}
        grand, done = sum(totals.values()) or 1, 0
        head = {"format": FORMAT, "format_version": FORMAT_VERSION, "schema": SCHEMA_HEAD,
                "exported_at": m.utcnow().isoformat(), "source": db.name, "counts": totals}
        fh.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "tables": {\n')
        tables = _tables()
        for n, table in enumerate(tables):
            fh.write(json.dumps(table.name) + ": [\n")
            first = True
            rows = session.execute(select(table).order_by(*table.primary_key.columns)
                                   .execution_options(yield_per=2000)).mappings()
            count = 0
            for row in rows:
                fh.write(("" if first else ",\n") + json.dumps(encode_row(row), ensure_ascii=False))
                first = False
                count += 1
                done += 1
                if progress and done % 5000 == 0:
                    progress(done, grand, f"Writing {table.name}")
            fh.write(("\n" if count else "") + ("]\n" if n == len(tables) - 1 else "],\n"))
            counts[table.name] = count
        fh.write("}}\n")
        fh.close()
        partial.replace(path)
    return counts


CUT_SHORT = "{file} is damaged or cut short: it does not hold the whole register it was written from; nothing was imported."


def _read_document(path: Path) -> tuple[dict, Iterable[tuple[str, dict]]]:
    """(head, (table, row) pairs). Reads the layout export_json writes a line at a time; any
    other valid JSON of the same shape (re-indented by a tool, say) is read whole."""
    try:
        fh = path.open("r", encoding="utf-8")
    except OSError as e:
        raise ExportError(f"{path} cannot be read: {e.strerror}.") from None
    first = fh.readline()
    suffix = ', "tables": {\n'
    if first.endswith(suffix):
        try:
            head = json.loads(first[: -len(suffix)] + "}")
        except json.JSONDecodeError:
            head = None
        if head is not None:
            return head, _stream_rows(fh, path)
    fh.close()
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ExportError(f"{path.name} is not a RIS3 Desk register export (not valid JSON: {e}).") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("tables"), dict):
        raise ExportError(f"{path.name} is not a RIS3 Desk register export.")
    tables = doc.pop("tables")
    return doc, ((name, row) for name, rows in tables.items() for row in rows)


def _stream_rows(fh, path: Path):
    table, ended = None, False
    with fh:
        for number, line in enumerate(fh, start=2):
            text = line.strip()
            if text == "}}":
                ended = True
                continue
            if not text:
                continue
            if text.startswith('"') and text.endswith(": ["):
                table = json.loads(text[:-3])
            elif text in ("]", "],"):
                table = None
            elif table is not None:
                try:
                    yield table, json.loads(text[:-1] if text.endswith(",") else text)
                except json.JSONDecodeError as e:
                    raise ExportError(f"{path.name}, line {number}: damaged ({e.msg}).") from None
            else:
                raise ExportError(f"{path.name}, line {number}: not a RIS3 Desk register export line.")
    if not ended:
        raise ExportError(CUT_SHORT.format(file=path.name))


# History of the reference data a new register seeds for itself.
SEEDED_KINDS = ("region", "municipality", "ket", "sector", "sector_ket")


# Rows of a table in plain words, (one, many), for messages; any other table: its name, spaced.
TABLE_WORDS = {
    "history": ("history entry", "history entries"), "merges": ("merge of duplicates", "merges of duplicates"),
    "packs_issued": ("pack issued", "packs issued"), "follow_up_actions": ("follow-up action", "follow-up actions"),
    "interaction_partnerships": ("link from an interaction to a partnership", "links from interactions to partnerships"),
    "partnership_sectors": ("link from a partnership to a sector", "links from partnerships to sectors"),
    "stakeholders": ("organisation", "organisations"), "contacts": ("contact person", "contact people"),
    "duplicate_candidates": ("possible duplicate", "possible duplicates"),
    "interaction_stakeholders": ("link from an interaction to an organisation", "links from interactions to organisations"),
    "participants": ("participation", "participations"),
    "stakeholder_kets": ("link from an organisation to a KET", "links from organisations to KETs"),
    "stakeholder_sectors": ("link from an organisation to a sector", "links from organisations to sectors"),
    "kets": ("KET", "KETs"), "sector_kets": ("link from a sector to a KET", "links from sectors to KETs"),
    "settings": ("setting", "settings"),
}


def rows_in_words(table: str, count: int) -> str:
    """'62 organisations', '1 link from an organisation to a KET' — the rows of ``table``."""
    spaced = table.replace("_", " ")
    one, many = TABLE_WORDS.get(table, (spaced[:-1] if spaced.endswith("s") else spaced, spaced))
    return plural(count, one, many)


def _user_rows(session: Session) -> dict[str, int]:
    """Rows that are the officers' own data (not the reference data every new register has)."""
    out = {}
    for t in _tables():
        if t.name in SEEDED:
            continue
        q = select(func.count()).select_from(t)
        if t.name == m.HistoryEntry.__tablename__:
            q = q.where(m.HistoryEntry.kind.not_in(SEEDED_KINDS))
        n = session.scalar(q) or 0
        if n:
            out[t.name] = n
    return out


def _parents_first(table: Table, rows: list[dict]) -> list[dict]:
    """Rows of a table that points at itself (regions, sectors), each after its parent."""
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not self_refs:
        return rows
    col = self_refs[0]
    placed: set = set()
    ordered: list[dict] = []
    pending = rows
    while pending:
        ready = [r for r in pending if r.get(col) is None or r[col] in placed]
        if not ready:  # a cycle, or a parent missing from the file: let the database say so
            return ordered + pending
        ordered += ready
        placed.update(r["id"] for r in ready)
        pending = [r for r in pending if r["id"] not in placed]
    return ordered


def import_json(db: Database, path: str | Path, progress: Callable[[int, int, str], None] | None = None) -> dict:
    """Load a register written by :func:`export_json` into this register, which must hold no data
    of its own (a new one): afterwards it is the exported register, row for row. One
    transaction: on any problem nothing is changed. Returns the row count per table."""
    from .imports import bulk

    path = Path(path)
    head, rows = _read_document(path)
    if head.get("format") != FORMAT:
        raise ExportError(f"{path.name} is not a RIS3 Desk register export.")
    if head.get("schema") != SCHEMA_HEAD and head.get("schema") not in SAME_ROWS:
        raise ExportError(f"{path.name} was written by a version of RIS3 Desk with schema {head.get('schema')}; "
                          f"this one has {SCHEMA_HEAD}. Use the matching version to import it.")
    tables = {t.name: t for t in _tables()}
    counts = {name: 0 for name in tables}
    with db.write() as session:
        present = _user_rows(session)
        if present:
            raise ExportError("This register already holds data (" + ", ".join(
                rows_in_words(t, n) for t, n in present.items())
                + "); import a JSON register into a new, empty one.")
        for table in reversed(_tables()):
            session.execute(delete(table))
        grand = sum((head.get("counts") or {}).values()) or 1
        done = 0
        batch: list[dict] = []
        current = None

        def flush() -> None:
            nonlocal batch
            if batch:
                table = tables[current]
                ordered = _parents_first(table, batch)
                columns = list(ordered[0])
                bulk.Inserter(session, table, columns).write(
                    [tuple(r.get(c) for c in columns) for r in ordered])
                counts[current] += len(batch)
            batch = []

        decoders = {name: decoder(t) for name, t in tables.items()}
        self_referring = {name for name, t in tables.items() if any(fk.column.table is t for fk in t.foreign_keys)}
        for name, obj in rows:
            if name not in tables:
                raise ExportError(f"{path.name} holds a table this version does not know: {name}.")
            if name != current:
                flush()
                current = name
            try:
                batch.append(decoders[name](obj))
            except (ValueError, TypeError) as e:
                raise ExportError(f"{path.name}: a row of {name} is damaged ({e}).") from None
            done += 1
            if len(batch) >= bulk.CHUNK and name not in self_referring:
                flush()
            if progress and done % 5000 == 0:
                progress(done, grand, f"Reading {name}")
        flush()
        announced = head.get("counts") or {}
        wrong = [name for name, n in announced.items() if name in counts and counts[name] != n]
        if wrong:
            raise ExportError(CUT_SHORT.format(file=path.name) + " " + "; ".join(
                f"{rows_in_words(name, counts[name])} where it announces {announced[name]:,}" for name in wrong)
                + ".")
        from sqlalchemy import text

        session.execute(text(f"DELETE FROM {search.ENTRIES}"))
        search.rebuild(session)
    return {k: v for k, v in counts.items()}


# --- lists and selections to CSV / Excel -------------------------------------------------------

def _cell(value, field, names: dict) -> object:
    """A value as an officer reads it: a linked record by its name, a choice by its label."""
    if value is None:
        return None
    if field.type == "ref":
        return names.get(value, str(value))
    if field.type == "choice":
        try:
            return field.choices(value).label
        except ValueError:
            return value
    return value


def _ref_names(session: Session, fields, records) -> dict:
    """Names of the records the listed ones point at (organisation, region, municipality, ...)."""
    from .ops.kinds import kind as kind_info

    wanted: dict[str, set] = {}
    for f in fields:
        if f.type == "ref" and f.refers:
            wanted.setdefault(f.refers, set()).update(
                getattr(r, f.name) for r in records if getattr(r, f.name) is not None)
    names = {}
    for kind_name, ids in wanted.items():
        model = kind_info(kind_name).model
        label_col = next(c for c in ("name", "title", "subject", "name_en", "code") if hasattr(model, c))
        code_col = getattr(model, "code", None) if kind_name == "region" else None
        ids = list(ids)
        for start in range(0, len(ids), 500):
            q = select(model.id, getattr(model, label_col), *([code_col] if code_col is not None else []))
            for i, label, *code in session.execute(q.where(model.id.in_(ids[start:start + 500]))):
                names[i] = f"{label} ({code[0]})" if code else label  # "Torino (ITC11)": readable, importable
    return names


def export_list(db: Database, kind_name: str, path: str | Path, *, ids: Iterable | None = None,
                filters: dict | None = None, sort: str | None = None, external: bool = False) -> int:
    """Write a list — the records ``ids`` (a selection, in that order) or those matching
    ``filters`` — to CSV or .xlsx (by the file's suffix). ``external`` leaves out personal and
    internal fields. Returns the number of rows written."""
    from . import ops

    path = _writable_target(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ExportError(f"{path.name}: lists are written as .csv or .xlsx files.")
    k = ops.kind(kind_name)
    fields = [f for f in k.fields if not (external and (f.personal or f.internal))]
    id_list = list(ids) if ids is not None else ops.list_ids(db, kind_name, sort=sort, filters=filters)
    records = ops.get_many(db, kind_name, id_list)
    with db.read() as session:
        names = _ref_names(session, fields, records)
    header = [f.label for f in fields]
    rows = [[_cell(getattr(r, f.name), f, names) for f in fields] for r in records]
    with partial_file(path) as partial:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                writer.writerows([[_csv_text(v) for v in row] for row in rows])
        else:
            _write_xlsx(partial, k.label, header, rows)
        partial.replace(path)
    return len(rows)


def _csv_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return guarded(", ".join(str(v) for v in value))
    return guarded(str(value))


AMOUNT_FORMAT = "#,##0.00"


def _write_xlsx(path: Path, title: str, header: list[str], rows: list[list]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = title[:31].replace("/", "-") or "List"
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    widths = [len(h) for h in header]
    for line, row in enumerate(rows, start=2):
        out, amounts = [], []
        for i, v in enumerate(row):
            if isinstance(v, Decimal):
                v = float(v)
                amounts.append(i + 1)
            elif isinstance(v, uuid.UUID):
                v = str(v)
            elif isinstance(v, tuple | list):
                v = ", ".join(str(x) for x in v)
            out.append(v)
            widths[i] = max(widths[i], min(len(str(v)) if v is not None else 0, 60))
        ws.append(out)
        for column, v in enumerate(out, start=1):
            if isinstance(v, str) and v.startswith("="):  # text, not a formula to run (CSV cells: cell_guard)
                ws.cell(line, column).data_type = "s"
        for column in amounts:  # amounts as numbers with their cents, grouped as the reader's Excel groups them
            ws.cell(line, column).number_format = AMOUNT_FORMAT
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w + 2
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions  # a filter button on every heading, as officers would add by hand
    wb.save(path)


# --- everything about one person ------------------------------------------------------------------

NO_CONTACT = _N("export", "No contact person matches “{who}”.")
NO_CONTACT_CLOSE = _N("export", "No contact person matches “{who}”. Did you mean {names}?")
NO_CONTACT_GIVEN = _N("export", "Give the contact person's name, e-mail address or id.")
SEVERAL_CONTACTS = _N("export", "{count} contact people match “{who}”; give the e-mail address or the id.")


class NoSuchContact(NotFoundError):
    """No contact person matches what was asked for: said in plain words, with close names."""

    def __init__(self, who: str, close: list[str]):
        Ris3Error.__init__(self, NO_CONTACT_GIVEN if not who.strip() else
                           NO_CONTACT_CLOSE.format(who=who, names=", ".join(close)) if close else
                           NO_CONTACT.format(who=who))
        self.kind, self.entity_id, self.close = "contact person", who, tuple(close)


def _close_names(people: list[tuple[str, str | None]], who: str, limit: int = 3) -> list[str]:
    """Names of up to ``limit`` contact people close to ``who``: every word given starting a word
    of their name ("verdi" → Giulia Verdi), or spelt nearly alike ("giula verdi"); an e-mail
    address is compared by what comes before the @ ("mario.rossi@example.com" → Mario Rossi)."""
    import difflib

    def words(value: str | None) -> list[str]:
        value = value or ""
        return search.tokens(value.split("@")[0] if "@" in value else value)

    given = words(who)
    wanted = " ".join(given)
    scored: dict[str, float] = {}
    for name, email in people:
        if not name or not wanted:
            continue
        best = 0.0
        for value in (name, email):
            mine = words(value)
            if not mine:
                continue
            if all(any(t.startswith(w) for t in mine) for w in given):
                best = 1.0
            best = max(best, difflib.SequenceMatcher(None, wanted, " ".join(mine)).ratio())
        if best >= 0.75:
            scored[name] = max(scored.get(name, 0.0), best)
    return sorted(scored, key=lambda n: (-scored[n], search.fold(n)))[:limit]


def find_contact(db: Database, who: str) -> uuid.UUID:
    """A contact person by id, e-mail address or exact name; raises :class:`NoSuchContact` (a
    NotFoundError, with up to three close names) when none matches, Ris3Error when several do."""
    c = m.Contact
    try:
        as_id = uuid.UUID(who)
    except ValueError:
        as_id = None
    wanted = search.fold(who.strip())
    with db.read() as session:  # compared in Python: SQLite's lower() leaves "É" as it is
        if as_id is not None:
            if session.get(c, as_id) is not None:
                return as_id
            raise NoSuchContact(who, [])
        people = session.execute(select(c.id, c.name, c.email)).all()
    found = [i for i, name, email in people if wanted and wanted in (search.fold(name), search.fold(email))]
    if not found:
        raise NoSuchContact(who, _close_names([(name, email) for _i, name, email in people], who) if wanted else [])
    if len(found) > 1:
        raise Ris3Error(SEVERAL_CONTACTS.format(count=len(found), who=who))
    return found[0]


def subject_access(db: Database, contact_id) -> dict:
    """Everything the register holds about one contact person, as plain JSON-ready data: the
    record itself, what it is linked to, its history, other records whose text mentions the
    person's name, e-mail address or phone number (``mentioned_in``), the history of other
    records where they are named (``mentioned_in_history``: notes edited since, say) and merges of
    duplicate organisations kept for undoing that name them (``mentioned_in_merges``). The
    mentions are found by :func:`database.ops.privacy.find_mentions`, the search an erasure
    makes too."""
    from . import ops
    from .ops.impact import dependants
    from .ops.privacy import find_mentions

    contact = ops.get(db, "contact", contact_id)
    fields = ops.kind("contact").fields
    with db.read() as session:
        organisation = session.get(m.Stakeholder, contact.stakeholder_id)
        own = {contact.id, *(i for _k, i in dependants(session, ops.kind("contact"), contact.id))}
        found = find_mentions(session, contact.name, contact.email, contact.phone, own)
    mentions: list[dict] = []
    for x in (x for x in found if x.where == "record"):  # a record's texts together
        if mentions and mentions[-1]["id"] == str(x.id):
            mentions[-1][x.field] = x.text
        else:
            mentions.append({"kind": x.label, "id": str(x.id), "title": x.title, x.field: x.text})
    in_history = [{"kind": x.label, "id": str(x.id), "title": x.title, "at": _utc(x.at), "action": x.action,
                   "field": x.field, "side": x.side, "text": x.text} for x in found if x.where == "history"]
    in_merges = [{"merge": str(x.id), "organisations": x.title, "at": _utc(x.at), "part": x.field, "text": x.text}
                 for x in found if x.where == "merge"]
    history = [{"at": _utc(h.at), "action": h.action, "field": h.field, "before": h.before,
                "after": h.after, "by": h.author} for h in ops.history(db, contact.id, limit=100_000)]
    person = {f.label: _report_value(getattr(contact, f.name)) for f in fields if f.name != "stakeholder_id"}
    person.update({SA_SOURCE: contact.source, SA_AS_OF: _report_value(contact.as_of),
                   SA_CREATED: _utc(contact.created_at), SA_CHANGED: _utc(contact.updated_at)})
    return {
        "what": SA_TITLE,
        "generated_at": _utc(m.utcnow()),
        "register": db.name,
        "person": {"id": str(contact.id), **person},
        "organisation": {"id": str(organisation.id), "name": organisation.name} if organisation else None,
        "history": history,
        "mentioned_in": mentions,
        "mentioned_in_history": in_history,
        "mentioned_in_merges": in_merges,
    }


def _utc(moment: datetime) -> str:
    """A stored time (UTC) as the report writes it: '2026-11-27T08:17:33Z'."""
    return moment.isoformat(timespec="seconds") + "Z"


def _report_value(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def export_subject_access(db: Database, contact_id, path: str | Path, say: Callable[[str], str] = str) -> dict:
    """Write :func:`subject_access` to ``path``: JSON (.json, for machines: English keys), or a
    readable text (.txt) in the language of ``say`` — the window's translation of a marked text;
    English by default, as the command line writes it."""
    path = _writable_target(path)
    data = subject_access(db, contact_id)
    with partial_file(path) as partial:
        if path.suffix.lower() == ".txt":
            partial.write_text(_subject_text(data, say), encoding="utf-8")
        else:
            partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        partial.replace(path)
    return data


# The readable report of subject_access, sentence by sentence (the window writes it in its language)
SA_TITLE = _N("subject_access", "Data held about one person (data-subject access request)")
SA_REGISTER = _N("subject_access", "Register: {register}")
SA_GENERATED = _N("subject_access", "Generated: {at}")
SA_PERSON = _N("subject_access", "The person")
SA_ORGANISATION = _N("subject_access", "Organisation: {name}")
SA_HISTORY_ONE = _N("subject_access", "History ({count} entry)")
SA_HISTORY = _N("subject_access", "History ({count} entries)")
SA_MENTIONED_ONE = _N("subject_access", "Mentioned in ({count} record)")
SA_MENTIONED = _N("subject_access", "Mentioned in ({count} records)")
SA_PAST_ONE = _N("subject_access", "Mentioned in the history of other records ({count} entry)")
SA_PAST = _N("subject_access", "Mentioned in the history of other records ({count} entries)")
SA_MERGES_ONE = _N("subject_access", "Mentioned in merges of duplicate organisations, kept to undo them "
                                     "({count} entry)")
SA_MERGES = _N("subject_access", "Mentioned in merges of duplicate organisations, kept to undo them "
                                 "({count} entries)")
SA_BY = _N("subject_access", "{action} by {author}")
SA_PAST_ENTRY = _N("subject_access", "{action} of {kind}{title}{field}, before the change: “{text}”")
SA_PAST_ENTRY_AFTER = _N("subject_access", "{action} of {kind}{title}{field}, after the change: “{text}”")
SA_DELETED_SINCE = _N("subject_access", " (deleted since)")
SA_MERGE = _N("subject_access", "merge {organisations} — {part}: “{text}”")
# the history's actions, as the report names them
SA_ACTIONS = {"create": _N("subject_access", "create"), "update": _N("subject_access", "update"),
              "delete": _N("subject_access", "delete"), "erase": _N("subject_access", "erase"),
              "merge": _N("subject_access", "merge"), "import": _N("subject_access", "import")}
# the report's own lines about the person's record, beside its fields' labels
SA_SOURCE, SA_AS_OF = _N("subject_access", "Data source"), _N("subject_access", "As of")
SA_CREATED, SA_CHANGED = _N("subject_access", "Record created"), _N("subject_access", "Last changed")


def _history_line(entry: dict, say: Callable[[str], str], labels: dict) -> str:
    """'2026-11-27 08:17 UTC  update by Anna Rossi — Role: “Director” → “Head of office”'
    (``labels``: the fields' labels by column name)."""
    action = say(SA_ACTIONS.get(entry["action"], entry["action"]))
    line = f"  {_when(entry['at'])}  " + (say(SA_BY.format(action=action, author=entry["by"])) if entry["by"]
                                          else action)
    if entry["field"]:
        line += f" — {say(labels.get(entry['field'], entry['field']))}"
    if entry["before"] or entry["after"]:
        line += f": “{entry['before'] or ''}” → “{entry['after'] or ''}”"
    return line


def _subject_text(data: dict, say: Callable[[str], str]) -> str:
    from .ops.kinds import KINDS

    def heading(count: int, one, many) -> str:
        return say(counted(count, one, many))

    # the fields' labels by column name, for each kind by its label (as the report names kinds)
    labels = {k.label: {f.name: f.label for f in k.fields} for k in KINDS.values()}

    lines = [say(SA_TITLE), say(SA_REGISTER.format(register=data["register"])),
             say(SA_GENERATED.format(at=data["generated_at"])), "", say(SA_PERSON)]
    lines += [f"  {say(k)}: {v}" for k, v in data["person"].items() if v not in (None, "", [])]
    if data["organisation"]:
        lines += ["", say(SA_ORGANISATION.format(name=data["organisation"]["name"]))]
    lines += ["", heading(len(data["history"]), SA_HISTORY_ONE, SA_HISTORY)]
    own = labels[KINDS["contact"].label]  # (the history is the person's own record's)
    lines += [_history_line(h, say, own) for h in data["history"]]
    lines += ["", heading(len(data["mentioned_in"]), SA_MENTIONED_ONE, SA_MENTIONED)]
    for mention in data["mentioned_in"]:
        lines.append(f"  {say(mention['kind'])}: {mention['title']}")
        fields = labels.get(mention["kind"], {})
        lines += [f"    {say(fields.get(k, k))}: {v}" for k, v in mention.items() if k not in ("kind", "id", "title")]
    past = data.get("mentioned_in_history", [])
    lines += ["", heading(len(past), SA_PAST_ONE, SA_PAST)]
    for entry in past:
        template = SA_PAST_ENTRY if entry["side"] == "before" else SA_PAST_ENTRY_AFTER
        lines.append(f"  {_when(entry['at'])}  " + say(template.format(
            action=SA_ACTIONS.get(entry["action"], entry["action"]), kind=entry["kind"],
            title=f": {entry['title']}" if entry["title"] else SA_DELETED_SINCE,
            field=f" — {entry['field']}" if entry["field"] else "", text=entry["text"])))
    merges = data.get("mentioned_in_merges", [])
    lines += ["", heading(len(merges), SA_MERGES_ONE, SA_MERGES)]
    for entry in merges:
        lines.append(f"  {_when(entry['at'])}  " + say(SA_MERGE.format(
            organisations=entry["organisations"] or "", part=entry["part"], text=entry["text"])))
    return "\n".join(lines) + "\n"


def _when(at: str) -> str:
    """'2026-11-27T08:17:33Z' as the text report writes it: '2026-11-27 08:17 UTC'."""
    return f"{at[:16].replace('T', ' ')} UTC"
