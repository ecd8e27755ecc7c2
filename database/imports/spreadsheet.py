"""Spreadsheets officers keep — CSV with any delimiter and encoding, or Excel (.xlsx) — imported
as organisations, contact people, partnerships or participations, with the same rules as CORDIS
(dry run, one transaction, rejects with reasons, nothing duplicated, hand edits kept).

Columns are matched to fields by their headers (:mod:`.columns`); the mapping an officer
confirms is remembered for files with the same headers (``ops.set_setting``).

Records are found again by what identifies them:
* organisations: PIC, then VAT number, then the same name in the same city;
* contact people: e-mail address, then the same name at the same organisation;
* partnerships: external reference, then acronym, then title;
* participations: the partnership and the organisation.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..cell_guard import unguarded
from ..engine import Database
from ..errors import Ris3Error, ValidationError
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import joined
from ..ops.kinds import kind as kind_info
from ..ops.summary import get_setting, set_setting
from ..ops.validation import check_record, clean_value
from ..search import fold
from . import columns as cols
from .columns import choice_value, parse_mapping_text  # noqa: F401 - part of this module's interface
from .cordis import vat_key, web_address
from .matching import Org, close_names, name_key, tidy_text
from .places import Municipalities, Regions, city_key, italian_place, place_key
from .plan import Existing, Item, Plan, load_existing
from .rejects import (
    REASON_COLUMN,
    REPEATED_HEADER,
    WRONG_FIELD_COUNT,
    Reject,
    RejectSet,
    in_column,
    problems_text,
    shown,
)
from .report import MATCHING, READING, ImportReport
from .rows import Table, open_table
from .run import quiet_gc, run_import

KINDS = ("stakeholder", "contact", "partnership", "participant")
PREVIEW_ROWS = 20

NO_ORGANISATION = _N("imports", "the organisation “{value}” is not in the register (import organisations first)")
SEVERAL_ORGANISATIONS = _N("imports", "“{value}” names {count} organisations; give the PIC or VAT number")
NO_PARTNERSHIP = _N("imports", "the partnership “{value}” is not in the register")
SEVERAL_PARTNERSHIPS = _N("imports", "“{value}” names {count} partnerships; give the reference or the title")
NOT_A_CHOICE = _N("imports", "{label} “{value}” is not one of: {choices} (column {column}).")
NOT_A_REGION = _N("imports", "“{value}” is not a NUTS region code (column {column}).")
NOT_A_COUNTRY = _N("imports", "“{value}” is not a country (write a two-letter code such as IT) (column {column}).")
SAME_AS_LINE = _N("imports", "this row is the same {what} as line {line} ({why})")
REQUIRED_MISSING = _N("imports", "{label} is empty.")
UNKNOWN_FIELD = _N("imports", "the mapping names “{field}”, which is not a field of a {kind} (fields: {fields})")
NOT_IMPORTED = _N("imports", "Columns not imported: {columns}.")
DEFAULT_GIVEN = _N("imports", "No column for {label}: new records get “{value}”.")
NO_SUCH_COLUMN = _N("imports", "The mapping names the column “{header}”, which the file does not have (it has: {headers}).")
NO_NAME_COLUMN = _N("imports", "no column is mapped to {label}: map one (e.g. with --mapping \"Header=field\")")

COUNTRY_NAMES = {"italia": "IT", "italy": "IT", "francia": "FR", "france": "FR", "germania": "DE", "germany": "DE",
                 "deutschland": "DE", "spagna": "ES", "spain": "ES", "espana": "ES", "svizzera": "CH",
                 "switzerland": "CH", "schweiz": "CH", "suisse": "CH", "belgio": "BE", "belgium": "BE",
                 "paesi bassi": "NL", "olanda": "NL", "netherlands": "NL", "austria": "AT", "osterreich": "AT",
                 "portogallo": "PT", "portugal": "PT", "grecia": "EL", "greece": "EL", "polonia": "PL",
                 "poland": "PL", "svezia": "SE", "sweden": "SE", "regno unito": "UK", "united kingdom": "UK",
                 "slovenia": "SI", "croazia": "HR", "croatia": "HR", "finlandia": "FI", "finland": "FI",
                 "danimarca": "DK", "denmark": "DK", "irlanda": "IE", "ireland": "IE", "norvegia": "NO",
                 "norway": "NO", "romania": "RO", "ungheria": "HU", "hungary": "HU", "cechia": "CZ",
                 "repubblica ceca": "CZ", "czechia": "CZ", "stati uniti": "US", "united states": "US", "usa": "US"}
_NUTS_IN_TEXT = re.compile(r"\b([A-Z]{2}[A-Z0-9]{0,3})\b")


class MappingError(Ris3Error):
    pass


# --- reading and previewing ----------------------------------------------------------------------

def _open(path: Path, sheet: str | None, encoding: str | None) -> Table:
    return open_table(path, sheet=sheet, encoding=encoding)


def remembered(db: Database, kind: str, headers: list[str]) -> dict[str, str | None] | None:
    return cols.decode_mapping(get_setting(db, cols.setting_key(kind, headers)), headers, kind)


def remember(db: Database, kind: str, headers: list[str], mapping: dict[str, str | None]) -> None:
    set_setting(db, cols.setting_key(kind, headers), cols.encode_mapping(mapping))


def resolve_mapping(db: Database, kind: str, headers: list[str],
                    given: dict[str, str | None] | None) -> tuple[dict[str, str | None], str]:
    """(mapping, where it came from: "given", "remembered" or "guessed"). A given mapping may
    name only some headers: the others keep the remembered or guessed field."""
    if kind not in KINDS:
        raise MappingError(f"A spreadsheet can hold organisations, contacts, partnerships or participations, "
                           f"not “{kind}”.")
    base = remembered(db, kind, headers)
    origin = "remembered" if base else "guessed"
    base = base or cols.guess(headers, kind)
    if not given:
        return base, origin
    valid = {t.name for t in cols.targets(kind)}
    folded = {place_key(h): h for h in headers}
    mapping = dict(base)
    for header, field in given.items():
        real = header if header in mapping else folded.get(place_key(header))
        if real is None:
            raise MappingError(NO_SUCH_COLUMN.format(header=header, headers=", ".join(headers)))
        if field is not None and field not in valid:
            raise MappingError(UNKNOWN_FIELD.format(field=field, kind=kind_info(kind).label,
                                                    fields=", ".join(sorted(valid))))
        for other, f in mapping.items():  # a field goes to one column only
            if field is not None and f == field and other != real:
                mapping[other] = None
        mapping[real] = field
    return mapping, "given"


@dataclass(frozen=True)
class SheetPreview:
    """What the column-mapping dialog shows: headers, the first rows, the mapping in force."""

    file: str
    kind: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    mapping: dict[str, str | None]
    origin: str  # given, remembered or guessed
    targets: tuple[cols.Target, ...]
    encoding: str | None
    delimiter: str | None
    sheet: str | None

    def mapping_lines(self) -> list[str]:
        labels = {t.name: t.label for t in self.targets}
        lines = [f"{self.file}: {len(self.headers)} columns, mapping {self.origin}"
                 + (f" (sheet {self.sheet})" if self.sheet else "")
                 + (f" (encoding {self.encoding}, delimiter {self.delimiter!r})" if self.encoding else "")]
        for h in self.headers:
            f = self.mapping.get(h)
            lines.append(f"  {h!s:<32} -> {f + ' (' + labels[f] + ')' if f else '(not imported)'}")
        missing = [t.label for t in self.targets if t.required and t.name not in self.mapping.values()]
        if missing:
            lines.append("  Not mapped but needed: " + ", ".join(missing))
        return lines


def preview(db: Database, path: str | Path, kind: str, *, sheet: str | None = None,
            mapping: dict[str, str | None] | None = None, encoding: str | None = None) -> SheetPreview:
    path = Path(path)
    with _open(path, sheet, encoding) as table:
        headers = [h for h in cols.distinct(table.header) if h != REASON_COLUMN]
        rows = []
        for _line, row in table.rows():
            rows.append(tuple(row))
            if len(rows) >= PREVIEW_ROWS:
                break
        used, origin = resolve_mapping(db, kind, headers, mapping)
        return SheetPreview(path.name, kind, tuple(headers), tuple(rows), used, origin, tuple(cols.targets(kind)),
                            table.encoding, table.delimiter, table.sheet)


# --- turning rows into values --------------------------------------------------------------------

class _RowError(Exception):
    pass


class _Reader:
    def __init__(self, kind: str, mapping: dict[str, str | None], header: list[str],
                 municipalities: Municipalities, regions: Regions, csv: bool):
        self.kind = kind
        self.csv = csv  # (a CSV file's formulas are written as text with an apostrophe: cell_guard)
        self.fields = {f.name: f for f in kind_info(kind).fields}
        self.municipalities = municipalities
        self.regions = regions
        self.columns = [(i, h, mapping.get(h)) for i, h in enumerate(header) if mapping.get(h)]
        self.countries = dict(COUNTRY_NAMES)
        for code, (_rid, level) in regions.by_code.items():
            if level == 0:
                self.countries.setdefault(code.lower(), code)

    def values(self, row: list[str]) -> dict:
        """The row's checked values by field; raises _RowError listing every problem."""
        raw = {field: row[i] if i < len(row) else "" for i, _h, field in self.columns}
        column_of = {field: h for _i, h, field in self.columns}
        problems, out = [], {}
        if self.kind == "contact" and ("first_name" in raw or "last_name" in raw):
            full = " ".join(p for p in (tidy_text(raw.pop("first_name", "")), tidy_text(raw.pop("last_name", "")))
                            if p)
            if not tidy_text(raw.get("name", "")):
                raw["name"] = full
                column_of["name"] = " + ".join(h for _i, h, f in self.columns if f in ("first_name", "last_name"))
        for field, text in raw.items():
            text = tidy_text(text) if self.fields.get(field) is None or self.fields[field].type != "multiline" \
                else text.strip()
            if self.csv:
                text = unguarded(text)
            column = column_of.get(field, field)
            try:
                value = self._value(field, text, column)
            except _RowError as e:
                problems.append(e.args[0])
                continue
            if value is not None:
                out["region_id" if field == "region" else field] = value
        if problems:
            raise _RowError(joined(problems, " "))  # (each one a sentence)
        return out

    def _value(self, field: str, text: str, column: str):
        if field in ("organisation", "partnership"):
            return text or None
        if field == "region":
            if not text:
                return None
            found = None
            for code in [text.upper(), *_NUTS_IN_TEXT.findall(text)]:
                found = self.regions.find(code) if code in self.regions.by_code else None
                if found:
                    break
            if not found:
                raise _RowError(NOT_A_REGION.format(value=shown(text), column=column))
            return found[1]
        if not text:  # empty: no value (required fields are checked, and defaults given, afterwards)
            return None
        f = self.fields[field]
        value: object = text
        if text and f.type == "choice":
            value = choice_value(field, text, f.choices)
            if value is None:
                raise _RowError(NOT_A_CHOICE.format(label=f.label, value=text, column=column,
                                                    choices=", ".join(c.label for c in f.choices)))
        elif text and field == "country" and len(text) != 2:
            value = self.countries.get(place_key(text))
            if value is None:
                raise _RowError(NOT_A_COUNTRY.format(value=shown(text), column=column))
        elif text and field == "country":
            value = text.upper()
        elif text and field == "language" and len(text) > 2:
            value = cols.LANGUAGES.get(place_key(text), text.lower())
        elif text and f.type == "url":
            value = web_address(text)
        elif text and field == "pic":
            value = text.replace(" ", "")
        elif text and field == "province":
            value = text.upper()
        clean, problem = clean_value(f, value)
        if problem:
            raise _RowError(in_column(problem, column))
        return clean

    def place(self, values: dict) -> None:
        """City to ISTAT municipality (and its province and region) for Italian organisations."""
        if values.get("country") not in (None, "IT") or not values.get("city"):
            return
        found = self.municipalities.find(values["city"])
        if found is None:
            if values.get("country") == "IT":  # beyond the ISTAT list: still written one way
                values["city"], province = italian_place(values["city"])
                if province:
                    values.setdefault("province", province)
            return
        values["city"], values["municipality_id"] = found.name, found.id
        values.setdefault("province", found.province)
        values.setdefault("country", "IT")
        if "region_id" not in values and found.nuts3:
            region = self.regions.find(found.nuts3)
            if region:
                values["region_id"] = region[1]


# --- finding records again ---------------------------------------------------------------------

class _Organisations:
    """The register's organisations, for matching rows and for resolving 'organisation' columns."""

    FIELDS = ["name", "short_name", "type", "pic", "vat_number", "address", "postcode", "city", "municipality_id",
              "province", "region_id", "country", "website", "email", "phone", "description", "size", "tags",
              "notes"]

    def __init__(self, session: Session):
        self.all = load_existing(session, "stakeholder", self.FIELDS)
        self.by_pic = {e.values["pic"]: e for e in self.all if e.values["pic"]}
        self.by_vat: dict[str, list[Existing]] = {}
        self.by_name: dict[str, list[Existing]] = {}
        for e in self.all:
            if e.values["vat_number"]:
                self.by_vat.setdefault(vat_key(e.values["vat_number"], e.values["country"]), []).append(e)
            self.by_name.setdefault(name_key(e.values["name"]), []).append(e)

    def match(self, values: dict) -> Existing | None:
        if values.get("pic") and values["pic"] in self.by_pic:
            return self.by_pic[values["pic"]]
        if values.get("vat_number"):
            same = self.by_vat.get(vat_key(values["vat_number"], values.get("country")), [])
            if len(same) == 1:
                return same[0]
        same = [e for e in self.by_name.get(name_key(values.get("name")), [])
                if city_key(e.values["country"], e.values["city"])
                == city_key(values.get("country") or e.values["country"], values.get("city"))]  # (a sheet may have no country)
        return same[0] if len(same) == 1 else None

    def resolve(self, text: str) -> uuid.UUID:
        """An organisation named in a cell: PIC, VAT number or name."""
        compact = text.replace(" ", "")
        if compact.isdigit() and len(compact) == 9 and compact in self.by_pic:
            return self.by_pic[compact].id
        found = self.by_vat.get(vat_key(text, None)) or self.by_vat.get(vat_key(text, "IT")) or []
        if not found:
            found = self.by_name.get(name_key(text), [])
        if not found:
            short = [e for e in self.all if e.values["short_name"] and fold(e.values["short_name"]) == fold(text)]
            found = short
        if len(found) == 1:
            return found[0].id
        if not found:
            raise _RowError(NO_ORGANISATION.format(value=shown(text)))
        raise _RowError(SEVERAL_ORGANISATIONS.format(value=shown(text), count=len(found)))


class _Partnerships:
    FIELDS = ["title", "acronym", "scheme", "programme", "status", "start_date", "end_date", "total_budget",
              "eu_contribution", "description", "website", "topics", "external_ref", "notes"]

    def __init__(self, session: Session):
        self.all = load_existing(session, "partnership", self.FIELDS)
        self.by_ref = {e.values["external_ref"]: e for e in self.all if e.values["external_ref"]}
        self.by_acronym: dict[str, list[Existing]] = {}
        self.by_title: dict[str, list[Existing]] = {}
        for e in self.all:
            if e.values["acronym"]:
                self.by_acronym.setdefault(fold(e.values["acronym"]), []).append(e)
            self.by_title.setdefault(fold(e.values["title"]), []).append(e)

    def match(self, values: dict) -> Existing | None:
        if values.get("external_ref") in self.by_ref:
            return self.by_ref[values["external_ref"]]
        for index, key in ((self.by_acronym, "acronym"), (self.by_title, "title")):
            if values.get(key):
                same = index.get(fold(values[key]), [])
                if len(same) == 1:
                    return same[0]
        return None

    def resolve(self, text: str) -> uuid.UUID:
        for candidate in (text, f"CORDIS:{text}" if text.isdigit() else None):
            if candidate and candidate in self.by_ref:
                return self.by_ref[candidate].id
        found = self.by_acronym.get(fold(text)) or self.by_title.get(fold(text)) or []
        if len(found) == 1:
            return found[0].id
        if not found:
            raise _RowError(NO_PARTNERSHIP.format(value=shown(text)))
        raise _RowError(SEVERAL_PARTNERSHIPS.format(value=shown(text), count=len(found)))


# --- the import ---------------------------------------------------------------------------------

DEFAULTS = {"stakeholder": {"type": "other"}, "partnership": {"scheme": "other", "status": "idea"},
            "participant": {"role": "partner"}, "contact": {}}
REQUIRED = {"stakeholder": ("name",), "contact": ("name", "organisation"), "partnership": ("title",),
            "participant": ("partnership", "organisation")}


def _check_mapping(kind: str, mapping: dict[str, str | None]) -> None:
    mapped = set(mapping.values())
    labels = {t.name: t.label for t in cols.targets(kind)}
    for field in REQUIRED[kind]:
        if field not in mapped and not (field == "name" and {"first_name", "last_name"} & mapped):
            raise MappingError(NO_NAME_COLUMN.format(label=labels.get(field, field)))


def _file_date(path: Path) -> date:
    return date.fromtimestamp(path.stat().st_mtime)


@quiet_gc
def import_spreadsheet(db: Database, path: str | Path, kind: str, *, mapping: dict[str, str | None] | None = None,
                       sheet: str | None = None, encoding: str | None = None, dry_run: bool = False,
                       overwrite_edits: bool = False,
                       remember_mapping: bool = True, backup: bool = True,
                       backup_folder: str | Path | None = None,
                       progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Import a spreadsheet of ``kind`` records. ``mapping`` ({header: field}) overrides the
    remembered or guessed one for the headers it names, and is remembered for files with the same
    headers (unless ``remember_mapping`` is False or this is a dry run). ``encoding``: a CSV
    file's character encoding, when the guess is wrong."""
    path = Path(path)
    with db.read() as session:
        municipalities, regions = Municipalities.load(session), Regions.load(session)
    table = _open(path, sheet, encoding)
    with table:
        header = cols.distinct(table.header)
        headers = [h for h in header if h != REASON_COLUMN]
        used, origin = resolve_mapping(db, kind, headers, mapping)
        _check_mapping(kind, used)
        reader = _Reader(kind, used, header, municipalities, regions, table.kind == "csv")
        as_of = _file_date(path)
        plan = Plan(f"{path.name} ({as_of.isoformat()})", as_of, overwrite_edits=overwrite_edits)
        rejects: list[Reject] = []
        parsed: list[tuple[int, list[str], dict]] = []
        width = len(header)
        for line, row in table.rows():
            if len(parsed) % 500 == 0 and progress:
                progress(int(600 * table.fraction_read()), 1000, READING)
            if row == table.header:
                rejects.append(Reject(line, tuple(row), REPEATED_HEADER, kind))
                continue
            if (len(row) > width and any(v.strip() for v in row[width:])) or (
                    len(row) < width and table.kind == "csv"):  # (a workbook row stops at its last filled cell)
                rejects.append(Reject(line, tuple(row), WRONG_FIELD_COUNT.format(got=len(row), want=width), kind))
                continue
            try:
                values = reader.values(row)
                missing = [f for f in REQUIRED[kind] if not values.get(f)]
                if missing:
                    labels = {t.name: t.label for t in cols.targets(kind)}
                    raise _RowError(joined([REQUIRED_MISSING.format(label=labels[f]) for f in missing], " "))
                if kind == "stakeholder":
                    reader.place(values)
                if kind == "partnership":
                    try:
                        check_record(kind_info(kind), values)
                    except ValidationError as e:
                        raise _RowError(problems_text(e)) from None
            except _RowError as e:
                rejects.append(Reject(line, tuple(row), e.args[0], kind))
                continue
            parsed.append((line, row, values))
    if remember_mapping and not dry_run and mapping:
        remember(db, kind, headers, used)
    notes = []
    unmapped = [h for h in headers if not used.get(h)]
    if unmapped:
        notes.append(NOT_IMPORTED.format(columns=", ".join(unmapped)))
    fields = {f.name: f for f in kind_info(kind).fields}
    for name, value in DEFAULTS[kind].items():
        if kind in ("stakeholder", "partnership") and name not in used.values():
            notes.append(DEFAULT_GIVEN.format(label=fields[name].label, value=fields[name].choices(value).label))

    for r in rejects:
        plan.reject(r.entity, r.text)
    refused = _Refused(plan, rejects)

    def build(session: Session) -> list:
        if progress:
            progress(650, 1000, MATCHING)
        return _BUILDERS[kind](session, plan, parsed, refused)

    return run_import(db, plan, build, file=path.name, rows_read=len(parsed) + len(rejects),
                      reject_sets=[RejectSet(path.name, tuple(table.header), table.delimiter or ",", rejects)],
                      notes=notes, dry_run=dry_run, backup=backup,
                      backup_folder=backup_folder, progress=progress)


class _Refused:
    """Rows refused while matching (an unknown organisation, the same record twice)."""

    def __init__(self, plan: Plan, rejects: list[Reject]):
        self.plan, self.rejects = plan, rejects

    def __call__(self, line: int, row: list[str], reason: str, entity: str) -> None:
        reject = Reject(line, tuple(row), reason, entity)
        self.rejects.append(reject)
        self.plan.reject(entity, reject.text)


def _twice(seen: dict, key, line: int, what: str, why: str) -> str | None:
    if key in seen:
        return SAME_AS_LINE.format(what=what, line=seen[key], why=why)
    seen[key] = line
    return None


def _stakeholders(session: Session, plan: Plan, parsed, refuse: _Refused) -> list:
    orgs = _Organisations(session)
    seen: dict = {}
    matched = set()
    for line, row, values in parsed:
        keys = [("pic", values.get("pic"), _N("imports", "same PIC")), ("vat", vat_key(values.get("vat_number"), values.get("country"))
                                                         if values.get("vat_number") else None, _N("imports", "same VAT number")),
                ("name", (name_key(values["name"]), city_key(values.get("country"), values.get("city"))), _N("imports", "same name and city"))]
        why = next((w for k, v, w in keys if v and (k, v) in seen), None)
        if why:
            first = next(seen[(k, v)] for k, v, w in keys if v and (k, v) in seen)
            refuse(line, row, SAME_AS_LINE.format(what=_N("imports", "organisation"), line=first, why=why), "stakeholder")
            continue
        for k, v, _w in keys:
            if v:
                seen[(k, v)] = line
        ex = orgs.match(values)
        if ex is not None:
            matched.add(ex.id)
        create = {**DEFAULTS["stakeholder"], "type": values.get("type", "other")}
        plan.put(Item("stakeholder", line, values["name"], values, create=create, existing=ex))
    new = [Org(i.id, i.values["name"], i.values.get("city"), i.values.get("country"), i.values.get("pic"))
           for i in plan.items["stakeholder"] if i.action == "new"]
    olds = [Org(e.id, e.values["name"], e.values["city"], e.values["country"], e.values["pic"])
            for e in orgs.all if e.id not in matched]
    return close_names(olds, new) if olds and new else []


def _contacts(session: Session, plan: Plan, parsed, refuse: _Refused) -> list:
    orgs = _Organisations(session)
    fields = ["stakeholder_id", "name", "role", "email", "phone", "language", "notes", "last_verified"]
    existing = load_existing(session, "contact", fields)
    by_email = {fold(e.values["email"]): e for e in existing if e.values["email"]}
    by_name = {(e.values["stakeholder_id"], fold(e.values["name"])): e for e in existing}
    seen: dict = {}
    for line, row, values in parsed:
        try:
            sid = orgs.resolve(values.pop("organisation"))
        except _RowError as e:
            refuse(line, row, e.args[0], "contact")
            continue
        values["stakeholder_id"] = sid
        key = ("email", fold(values["email"])) if values.get("email") else ("name", sid, fold(values["name"]))
        twice = _twice(seen, key, line, _N("imports", "person"), _N("imports", "same e-mail address") if key[0] == "email" else _N("imports", "same name"))
        if twice:
            refuse(line, row, twice, "contact")
            continue
        ex = by_email.get(fold(values["email"])) if values.get("email") else None
        ex = ex or by_name.get((sid, fold(values["name"])))
        plan.put(Item("contact", line, values["name"], values, existing=ex))
    return []


def _partnerships(session: Session, plan: Plan, parsed, refuse: _Refused) -> list:
    known = _Partnerships(session)
    seen: dict = {}
    for line, row, values in parsed:
        key = values.get("external_ref") or fold(values.get("acronym") or "") or fold(values["title"])
        twice = _twice(seen, key, line, _N("imports", "partnership"), _N("imports", "same reference, acronym or title"))
        if twice:
            refuse(line, row, twice, "partnership")
            continue
        create = {**DEFAULTS["partnership"]}
        label = f"{values['acronym']} — {values['title']}" if values.get("acronym") else values["title"]
        plan.put(Item("partnership", line, label, values, create=create, existing=known.match(values)))
    return []


def _participants(session: Session, plan: Plan, parsed, refuse: _Refused) -> list:
    orgs, partnerships = _Organisations(session), _Partnerships(session)
    existing = {(e.values["partnership_id"], e.values["stakeholder_id"]): e for e in load_existing(
        session, "participant", ["partnership_id", "stakeholder_id", "role", "contribution"])}
    names = {e.id: e.values["name"] for e in orgs.all}
    titles = {e.id: e.values["acronym"] or e.values["title"] for e in partnerships.all}
    seen: dict = {}
    for line, row, values in parsed:
        try:
            pid = partnerships.resolve(values.pop("partnership"))
            sid = orgs.resolve(values.pop("organisation"))
        except _RowError as e:
            refuse(line, row, e.args[0], "participant")
            continue
        twice = _twice(seen, (pid, sid), line, _N("imports", "participation"), _N("imports", "same organisation in the same partnership"))
        if twice:
            refuse(line, row, twice, "participant")
            continue
        values.update(partnership_id=pid, stakeholder_id=sid)
        plan.put(Item("participant", line, (names[sid], titles[pid]), values, create=dict(DEFAULTS["participant"]),
                      existing=existing.get((pid, sid))))
    return []


_BUILDERS = {"stakeholder": _stakeholders, "contact": _contacts, "partnership": _partnerships,
             "participant": _participants}
