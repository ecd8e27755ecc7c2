"""CORDIS (European Commission) Horizon Europe open data: the participant ("organization") table
and the project table.

The participant table has one row per (project, participant): one stakeholder per PIC
(``organisationID``), one partnership per project (``external_ref`` "CORDIS:<projectID>"), one
participation per organisation and project, and partner regions from the participants' NUTS
codes. It is read in every published layout — ``;`` or ``,``, 24 or 25 columns, ``.csv``,
``.csv.gz`` or ``.xlsx`` — by column name, never by position. The project table adds title,
dates, budget, EU contribution, programme, funding scheme, topics and objective.

The real files' mess is handled here: two decimal marks in one row, ``true``/``True``, city
spellings ("Torino To", "TORINO", "Turin"), empty activity types and NUTS codes, the same
organisation twice in one project, "0" for an unpublished total cost, and values holding a
quotation mark quoted twice (:func:`unquoted`).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple
from unicodedata import is_normalized

from sqlalchemy.orm import Session

from .. import models as m
from ..engine import Database
from ..errors import Ris3Error, ValidationError
from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import counted
from ..ops.kinds import kind as kind_info
from ..ops.validation import TEXT_LIMIT, clean_value, parse_date, plain_amount
from . import matching
from .places import Municipalities, Regions, city_spellings, italian_place
from .plan import Existing, Item, Plan, load_existing
from .rejects import REPEATED_HEADER, WRONG_FIELD_COUNT, Reject, RejectSet, in_column, problems_text, shown
from .report import MATCHING, MATCHING_PARTICIPANTS, READING, READING_PROJECTS, ImportReport
from .rows import Table, open_table
from .run import quiet_gc, run_import

ORG_REQUIRED = ("projectID", "organisationID", "name")
# The organisation's columns in the participant table -> the reader's argument names.
ORG_COLUMNS = {"name": "name", "shortName": "short", "vatNumber": "vat", "street": "street", "postCode": "postcode",
               "city": "city", "country": "country", "nutsCode": "nuts", "organizationURL": "url",
               "activityType": "activity", "SME": "sme", "organisationID": "pic"}
PROJECT_REQUIRED = ("id", "title")
SOURCE_PREFIX = "CORDIS"
REF_PREFIX = "CORDIS:"

# CORDIS activityType -> stakeholder type (PRC is an SME when the SME flag says so).
ACTIVITY_TYPES = {"HES": "university", "REC": "research_organisation", "PUB": "public_body", "OTH": "other",
                  "": "other"}
# CORDIS role -> participant role, strongest first (an organisation listed twice keeps the stronger).
ROLES = {"coordinator": "coordinator", "participant": "partner", "beneficiary": "partner",
         "thirdparty": "partner", "associatedpartner": "associated_partner", "partner": "partner"}
ROLE_RANK = {"coordinator": 0, "partner": 1, "associated_partner": 2, "observer": 3}
# CORDIS project status -> partnership status.
STATUSES = {"SIGNED": "active", "ONGOING": "active", "CLOSED": "closed", "TERMINATED": "closed"}
TRUE, FALSE = {"true", "1", "yes", "y"}, {"false", "0", "no", "n", ""}

NO_PROJECT = _N("imports", "no project: projectID is empty")
BAD_PROJECT = _N("imports", "the project number “{value}” is not a number")
NO_PROJECT_ID = _N("imports", "no project: id is empty")
NO_PIC = _N("imports", "no PIC: organisationID is empty")
BAD_PIC = _N("imports", "the PIC “{value}” is malformed: a PIC is exactly 9 digits")
NO_NAME = _N("imports", "no organisation name")
BAD_ROLE = _N("imports", "the role “{value}” is not a CORDIS role (coordinator, participant, associatedPartner, "
                         "thirdParty)")
BAD_ACTIVITY = _N("imports", "the activity type “{value}” is not a CORDIS one (HES, REC, PRC, PUB or OTH)")
BAD_SME = _N("imports", "the SME flag “{value}” is neither true nor false")
NO_TITLE = _N("imports", "the project has no title")
NOT_A_REGION = _N("imports", "{region} is not a NUTS 2021 region code (e.g. ITC1 for Piemonte, ITC11 for Torino).")
NOT_PROJECTS = _N("imports", "{file} is not a CORDIS project table (it has no title column).")
REGION_KEPT = _N("imports", "--region {region}: {kept} projects with a participant there kept, {left_out} others left out.")
COMBINED = _N("imports", "{count} rows named an organisation already listed in the same project; each pair became "
                         "one participation (the stronger role, the contributions added).")
COMBINED_ONE = _N("imports", "{count} row named an organisation already listed in the same project; the pair became "
                             "one participation (the stronger role, the contributions added).")
ZERO_BUDGETS = _N("imports", "{count} projects give a total cost of 0 (lump-sum grants): their budget was left empty.")
ZERO_BUDGETS_ONE = _N("imports", "{count} project gives a total cost of 0 (a lump-sum grant): its budget was left empty.")
NOT_IN_IMPORT = _N("imports", "{count} projects of the project table have no participant in this import; left out.")
NOT_IN_IMPORT_ONE = _N("imports", "{count} project of the project table has no participant in this import; left out.")
REJECTS_ELSEWHERE = _N("imports", "{count} refused rows belong to projects outside {region}, which are left out "
                                  "anyway; they are not listed among the rejects.")
REJECTS_ELSEWHERE_ONE = _N("imports", "{count} refused row belongs to a project outside {region}, which is left out "
                                      "anyway; it is not listed among the rejects.")
NOT_CORDIS = _N("imports", "{file} is not a CORDIS participant or project table: the columns {missing} are missing "
                           "(it has: {found})")

_DIGITS = re.compile(r"^\d+$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+(/\S*)?$")


class NotCordisError(Ris3Error):
    pass


def _fields(kind: str) -> dict:
    return {f.name: f for f in kind_info(kind).fields}


class RowRejected(Exception):
    def __init__(self, entity: str, reason: str):
        super().__init__(reason)
        self.entity = entity
        self.reason = reason


def checker(field, column: str, entity: str, prepare: Callable[[str], str] | None = None) -> Callable[[str], object]:
    """A function cleaning the values of one column by the register's own rules
    (:func:`clean_value`), raising RowRejected saying why, in plain words. Values repeat a lot —
    countries, cities, empty cells, a project's acronym on each of its rows — so each distinct
    cell is checked once: ``prepare`` (tidying the text) runs on the cell only the first time."""
    memo: dict = {}
    # A plain text field's usual cell (:func:`plain_cell`) is valid once stripped, when it fits
    # and matches the field's pattern: tidying and clean_value would change nothing else. Such
    # cells are mostly all different (names, addresses, VAT numbers), so they skip the memo too.
    plain = field.type == "text" and prepare in (None, cell_text)
    pattern = re.compile(field.pattern) if field.pattern else None
    limit = field.max_length or TEXT_LIMIT
    money = field.type == "money"

    def check(value, known_plain=False):  # known_plain: the caller saw that plain_cell(value)
        if money:  # (amounts are nearly all different: no memo)
            amount = plain_amount(value)
            if amount is not None:
                return amount
            clean, problem = clean_value(field, prepare(value) if prepare else value)
            if problem is not None:
                raise RowRejected(entity, in_column(problem, column))
            return clean
        if plain and (known_plain or plain_cell(value)) and (value.isascii() or is_normalized("NFC", value)):
            stripped = value.strip()
            if stripped and len(stripped) <= limit and (pattern is None or pattern.match(stripped)):
                return stripped
        hit = memo.get(value)
        if hit is None:
            if len(memo) > 100_000:
                memo.clear()
            clean, problem = clean_value(field, prepare(value) if prepare else value)
            hit = memo[value] = (clean, in_column(problem, column) if problem else None)
        if hit[1] is not None:
            raise RowRejected(entity, hit[1])
        return hit[0]

    return check


def plain_cell(text: str) -> bool:
    """Whether a cell is one that :func:`cell_text` would only strip: printable (no control or
    invisible format characters, no white space but the plain space), without doubled spaces or
    quotation marks — nearly every cell of a real file."""
    return text.isprintable() and "  " not in text and '"' not in text


def unquoted(text: str) -> str:
    '''A value CORDIS quoted twice, as its releases do with every value holding a quotation mark:
    ``"NATIONAL CENTER FOR SCIENTIFIC RESEARCH ""DEMOKRITOS"""`` is
    ``NATIONAL CENTER FOR SCIENTIFIC RESEARCH "DEMOKRITOS"``. Only a value that reads as one
    whole quoted CSV field — wrapped in quotation marks, each one inside doubled — is unquoted;
    any other value is left exactly as it is.'''
    if len(text) >= 2 and text[0] == '"' == text[-1]:
        inner = text[1:-1]
        if '"' not in inner.replace('""', ""):
            return inner.replace('""', '"')
    return text


def cell_text(value: str) -> str:
    """A text cell of a CORDIS file, tidied: unquoted once when quoted twice (:func:`unquoted`),
    then white space and invisible characters as :func:`matching.tidy_text` does."""
    return matching.tidy_text(unquoted(value.strip()))


def web_address(text: str) -> str:
    """'www.polito.it' -> 'http://www.polito.it' (a web address without its scheme)."""
    if text and "://" not in text and _DOMAIN.match(text):
        return "http://" + text
    return text


def vat_key(vat: str | None, country: str | None) -> str:
    """VAT numbers compared without spaces and punctuation, with the country prefix."""
    key = re.sub(r"[^0-9A-Za-z]", "", vat or "").upper()
    if key.isdigit() and country:
        key = country.upper() + key
    return key


@dataclass
class _Org:
    line: int
    stamp: str  # contentUpdateDate, to keep the newest description of the organisation
    values: dict
    nuts: str


class _Participation(NamedTuple):
    role: str
    contribution: object
    nuts: str


# A participation made from a tuple by tuple's own constructor: no Python call for each of 80,000 rows
_participation = partial(tuple.__new__, _Participation)


@dataclass
class _Parsed:
    """The participant table, checked and gathered."""

    orgs: dict[str, _Org] = field(default_factory=dict)  # PIC -> newest description
    acronyms: dict[str, str] = field(default_factory=dict)  # project -> acronym
    participations: dict[str, dict[str, _Participation]] = field(default_factory=dict)  # project -> PIC ->
    rejects: list[Reject] = field(default_factory=list)
    rows: int = 0
    newest: str = ""  # the newest contentUpdateDate: the release's date
    combined: dict[str, int] = field(default_factory=dict)  # project -> rows naming an organisation again


class _OrgReader:
    """Turns participant rows into checked values; organisation columns repeat for every project
    an organisation is in, so their check is done once per distinct set of values."""

    def __init__(self, header: list[str], municipalities: Municipalities, regions: Regions):
        self.ix = {name: i for i, name in enumerate(header)}
        self.width = len(header)
        self.header = header
        self.municipalities = municipalities
        self.regions = regions
        sh, pt, pa = _fields("stakeholder"), _fields("participant"), _fields("partnership")
        # one checker per column: (field, column) pairs as the reasons name them
        tidy = cell_text
        self.check = {name: checker(sh[name], column, "stakeholder", tidy) for name, column in (
            ("short_name", "shortName"), ("vat_number", "vatNumber"), ("address", "street"),
            ("postcode", "postCode"))}
        # (name, city and country reach their checks already tidied by _org)
        self.check.update({name: checker(sh[name], column, "stakeholder") for name, column in (
            ("name", "name"), ("city", "city"), ("country", "country"))})
        self.check["website"] = checker(sh["website"], "organizationURL", "stakeholder",
                                        lambda url: web_address(tidy(url)))
        self.money = checker(pt["contribution"], "ecContribution", "participant", str.strip)
        self.acronym = checker(pa["acronym"], "projectAcronym", "partnership", tidy)
        self._org_cache: dict[tuple, tuple[dict, str] | str] = {}
        self._last: dict[str, tuple] = {}  # PIC -> (key, hit) of its last row
        # the organisation's columns present in this layout, picked from a row in one C call
        self.org_columns = [c for c in ORG_COLUMNS if c in self.ix]
        self._org_key = itemgetter(*[self.ix[c] for c in self.org_columns])
        self._org_args = [ORG_COLUMNS[c] for c in self.org_columns]
        self._pic_at = self.org_columns.index("organisationID")
        self._every_column = self.org_columns == list(ORG_COLUMNS)

    def get(self, row: list[str], column: str) -> str:
        i = self.ix.get(column)
        return row[i].strip() if i is not None else ""

    def org_values(self, row: list[str]) -> tuple[dict, str]:
        """(the organisation's checked values, its NUTS code), or RowRejected."""
        key = self._org_key(row)
        # the description on the organisation's last row, compared cell by cell, is found without
        # hashing the twelve cells (a third of this function's time on 80,000 rows)
        pic = key[self._pic_at]
        last = self._last.get(pic)
        if last is not None and last[0] == key:
            hit = last[1]
        else:
            hit = self._org_cache.get(key)
            if hit is None:
                # the usual organisation: cells that tidying would only strip, tested at once ("|"
                # joins them without making a doubled space or hiding a character not printable)
                tidy = str.strip if plain_cell("|".join(key)) else cell_text
                try:  # (by position when the layout has every column: _org's arguments are in their order)
                    hit = self._org(tidy, *key) if self._every_column else self._org(
                        tidy, **dict(zip(self._org_args, key, strict=True)))
                except RowRejected as e:
                    hit = e.reason
                self._org_cache[key] = hit
            self._last[pic] = (key, hit)
        if isinstance(hit, str):  # why it was refused
            raise RowRejected("stakeholder", hit)
        return hit

    def _org(self, tidy: Callable[[str], str], name="", short="", vat="", street="", postcode="", city="",
             country="", nuts="", url="", activity="", sme="", pic="") -> tuple[dict, str]:
        """``tidy``: :func:`cell_text`, or ``str.strip`` for cells known to need no more."""
        name = tidy(name)
        if not name:
            raise RowRejected("stakeholder", NO_NAME)
        activity = tidy(activity).upper()
        sme_text = tidy(sme).lower()
        if sme_text not in TRUE and sme_text not in FALSE:
            raise RowRejected("stakeholder", BAD_SME.format(value=shown(sme)))
        if activity == "PRC":
            kind = "sme" if sme_text in TRUE else "large_company"
        elif activity in ACTIVITY_TYPES:
            kind = ACTIVITY_TYPES[activity]
        else:
            raise RowRejected("stakeholder", BAD_ACTIVITY.format(value=shown(activity)))
        country = tidy(country).upper() or None
        nuts = tidy(nuts).upper()
        city = tidy(city)
        italian = country == "IT" or (country is None and nuts.startswith("IT"))
        municipality = self.municipalities.find(city, nuts) if country in (None, "IT") and (
            not nuts or nuts.startswith("IT")) else None
        province = municipality.province if municipality else None
        plain = tidy is str.strip  # (every cell of this organisation is a plain one)
        city_plain = plain  # (until the city is written another way below)
        if municipality:
            city, city_plain = municipality.name, False
        elif italian and city:
            (city, province), city_plain = italian_place(city), False
        region = self.regions.find(nuts)
        check = self.check
        return {  # (most optional cells are empty: checked only when given)
            "name": check["name"](name, plain),
            "short_name": check["short_name"](short, plain) if short else None,
            "type": kind,
            "pic": pic.strip(),
            "vat_number": check["vat_number"](vat, plain) if vat else None,
            "address": check["address"](street, plain) if street else None,
            "postcode": check["postcode"](postcode, plain) if postcode else None,
            "city": check["city"](city, city_plain) if city else None,
            "municipality_id": municipality.id if municipality else None,
            "province": province,
            "region_id": region[1] if region else None,
            "country": check["country"](country, plain) if country else None,
            "website": check["website"](url, plain) if url else None,
        }, nuts


def _read_participants(table: Table, reader: _OrgReader, tick: Callable[[], None]) -> _Parsed:
    out = _Parsed()
    header = table.header
    width = len(header)
    pad = table.kind == "xlsx"  # a workbook row stops at its last filled cell
    ix_project, ix_pic = reader.ix["projectID"], reader.ix["organisationID"]
    ix_role, ix_acronym = reader.ix.get("role"), reader.ix.get("projectAcronym")
    ix_money, ix_stamp = reader.ix.get("ecContribution"), reader.ix.get("contentUpdateDate")
    role_cache: dict[str, str | None] = {}
    orgs, acronyms, participations, rejects = out.orgs, out.acronyms, out.participations, out.rejects
    org_values, money, check_acronym = reader.org_values, reader.money, reader.acronym
    newest, combined, count = "", out.combined, 0
    last_acronym, acronym, last_project, members = None, None, None, {}
    # the loop below runs 80,000 times for the full table: locals, caches and str methods, no regexes
    for line, row in table.rows():
        count += 1
        if count % 2000 == 0:
            tick()
        if len(row) != width:
            if pad and len(row) < width:
                row = row + [""] * (width - len(row))
            else:
                rejects.append(Reject(line, tuple(row), WRONG_FIELD_COUNT.format(got=len(row), want=width),
                                      "participant"))
                continue
        try:
            if row == header:
                raise RowRejected("participant", REPEATED_HEADER)
            project = row[ix_project].strip()
            if not (project.isdigit() and project.isascii()):
                raise RowRejected("partnership", BAD_PROJECT.format(value=shown(project)) if project else NO_PROJECT)
            pic = row[ix_pic].strip()
            if not (len(pic) == 9 and pic.isdigit() and pic.isascii()):
                raise RowRejected("stakeholder", BAD_PIC.format(value=shown(pic)) if pic else NO_PIC)
            org, nuts = org_values(row)
            raw_role = row[ix_role] if ix_role is not None else "participant"
            role = role_cache.get(raw_role)
            if role is None:
                role = role_cache[raw_role] = ROLES.get(raw_role.strip().replace(" ", "").lower())
                if role is None:
                    raise RowRejected("participant", BAD_ROLE.format(value=shown(raw_role.strip())))
            money_text = row[ix_money] if ix_money is not None else ""
            contribution = money(money_text) if money_text else None
            acronym_text = row[ix_acronym] if ix_acronym is not None else ""
            if acronym_text != last_acronym:  # (a project's rows come one after another)
                acronym = check_acronym(acronym_text)
                last_acronym = acronym_text
        except RowRejected as e:
            rejects.append(Reject(line, tuple(row), e.reason, e.entity))
            continue
        stamp = row[ix_stamp] if ix_stamp is not None else ""
        if stamp > newest:
            newest = stamp
        known = orgs.get(pic)
        if known is None or (stamp >= known.stamp and known.values is not org):
            orgs[pic] = _Org(line, stamp, org, nuts)
        elif stamp > known.stamp:
            known.stamp = stamp
        if acronym or project not in acronyms:
            acronyms[project] = acronym
        if project != last_project:  # (a project's rows come one after another)
            members = participations.get(project)
            if members is None:
                members = participations[project] = {}
            last_project = project
        seen = members.get(pic)
        if seen is None:
            members[pic] = _participation((role, contribution, nuts))
        else:  # listed twice in one project (e.g. participant and associated partner): one participation
            combined[project] = combined.get(project, 0) + 1
            if ROLE_RANK[role] < ROLE_RANK[seen.role]:
                seen = seen._replace(role=role)
            if contribution is not None:
                seen = seen._replace(contribution=contribution if seen.contribution is None
                                     else seen.contribution + contribution)
            members[pic] = seen
    out.rows, out.newest = count, newest.strip()
    _one_spelling_per_city(orgs)
    return out


def _one_spelling_per_city(orgs: dict[str, _Org]) -> None:
    """The same city written alike for every organisation of the file (:func:`city_spellings`)."""
    better = city_spellings((o.values["country"], o.values["city"]) for o in orgs.values())
    for org in orgs.values():
        city = better.get((org.values["country"], org.values["city"]))
        if city:
            org.values = {**org.values, "city": city}  # (a new dict: the reader's cache holds the old one)


# --- the project table -------------------------------------------------------------------------

@dataclass
class _Project:
    line: int
    values: dict


def _programme(row: dict) -> str | None:
    basis, scheme = row.get("legalBasis", ""), row.get("fundingScheme", "")
    framework = row.get("frameworkProgramme", "")
    name = "Euratom" if basis.upper().startswith("EURATOM") or scheme.upper().startswith("EURATOM") else (
        "Horizon Europe" if framework.upper() in ("HORIZON", "") else framework)
    return " · ".join(p for p in (name, basis, scheme) if p) or None


def _read_projects(table: Table, tick: Callable[[], None]) -> tuple[dict[str, _Project], list[Reject], set, str]:
    fields = _fields("partnership")
    checkers: dict[tuple[str, str], Callable] = {}
    header = table.header
    width = len(header)
    projects: dict[str, _Project] = {}
    rejects: list[Reject] = []
    rows = 0
    newest = ""
    zero_budgets: set[str] = set()
    for line, row in table.rows():
        rows += 1
        if rows % 2000 == 0:
            tick()
        if len(row) != width:
            if table.kind == "xlsx" and len(row) < width:
                row = row + [""] * (width - len(row))
            else:
                rejects.append(Reject(line, tuple(row), WRONG_FIELD_COUNT.format(got=len(row), want=width),
                                      "partnership"))
                continue
        r = {h: v.strip() for h, v in zip(header, row, strict=True)}
        try:
            if row == header:
                raise RowRejected("partnership", REPEATED_HEADER)
            pid = r.get("id", "")
            if not pid:
                raise RowRejected("partnership", NO_PROJECT_ID)
            if not _DIGITS.match(pid):
                raise RowRejected("partnership", BAD_PROJECT.format(value=shown(pid)))
            title = cell_text(r.get("title", ""))
            if not title:
                raise RowRejected("partnership", NO_TITLE)

            def check(name, value, column):
                if (name, column) not in checkers:
                    checkers[name, column] = checker(fields[name], column, "partnership")
                return checkers[name, column](value)

            values = {
                "title": check("title", title, "title"),
                "acronym": check("acronym", cell_text(r.get("acronym", "")), "acronym"),
                "start_date": check("start_date", r.get("startDate", ""), "startDate"),
                "end_date": check("end_date", r.get("endDate", ""), "endDate"),
                "total_budget": check("total_budget", r.get("totalCost", ""), "totalCost"),
                "eu_contribution": check("eu_contribution", r.get("ecMaxContribution", ""), "ecMaxContribution"),
                "programme": check("programme", _programme(r), "legalBasis"),
                "topics": check("topics", r.get("topics", ""), "topics"),
                "description": check("description", unquoted(r.get("objective", "")).replace("\r\n", "\n"),
                                     "objective"),
            }
            status = STATUSES.get(r.get("status", "").upper())
            if status:
                values["status"] = status
            budget, eu = values["total_budget"], values["eu_contribution"]
            if budget is not None and budget == 0 and eu:  # lump-sum grants publish a total cost of 0
                values["total_budget"] = None
                zero_budgets.add(pid)
            from ..ops.validation import check_record

            try:
                check_record(kind_info("partnership"), values)
            except ValidationError as e:
                raise RowRejected("partnership", problems_text(e)) from None
        except RowRejected as e:
            rejects.append(Reject(line, tuple(row), e.reason, e.entity))
            continue
        stamp = r.get("contentUpdateDate", "")
        newest = max(newest, stamp)
        projects[pid] = _Project(line, values)
    return projects, rejects, zero_budgets, newest


# --- matching and planning ---------------------------------------------------------------------

STAKEHOLDER_FIELDS = ["name", "short_name", "type", "pic", "vat_number", "address", "postcode", "city",
                      "municipality_id", "province", "region_id", "country", "website"]
PARTNERSHIP_LINK_FIELDS = ["acronym", "scheme", "external_ref", "website"]
PARTNERSHIP_PROJECT_FIELDS = ["title", "acronym", "status", "start_date", "end_date", "total_budget",
                              "eu_contribution", "programme", "topics", "description"]


def _match_stakeholders(session: Session, plan: Plan, orgs: dict[str, _Org], label_of) -> tuple[dict, list]:
    """Stakeholder ids by PIC: an existing one with the PIC, else the one record without a PIC
    holding the VAT number, else a new one. Returns (ids by PIC, possible duplicates)."""
    existing = load_existing(session, "stakeholder", STAKEHOLDER_FIELDS)
    by_pic = {e.values["pic"]: e for e in existing if e.values["pic"]}
    by_vat: dict[str, list[Existing]] = defaultdict(list)
    for e in existing:
        if not e.values["pic"] and e.values["vat_number"]:
            by_vat[vat_key(e.values["vat_number"], e.values["country"])].append(e)
    incoming_vats: dict[str, list[str]] = defaultdict(list)
    if by_vat:  # (no record to find by VAT number, as in a new register: no keys to make)
        for pic, org in orgs.items():
            if pic not in by_pic and org.values["vat_number"]:
                incoming_vats[vat_key(org.values["vat_number"], org.values["country"])].append(pic)
    items, matched = [], set()
    for pic, org in orgs.items():
        values = org.values
        ex = by_pic.get(pic)
        if ex is None and by_vat and values["vat_number"]:
            key = vat_key(values["vat_number"], values["country"])
            candidates = by_vat.get(key, [])
            if len(candidates) == 1 and len(incoming_vats[key]) == 1 and candidates[0].id not in matched:
                ex = candidates[0]
        if ex is not None:
            matched.add(ex.id)
        items.append(Item("stakeholder", pic, label_of(values), values, existing=ex))
    plan.put_all(items)
    ids = {item.key: item.id for item in items}
    olds = [matching.Org(e.id, e.values["name"], e.values["city"], e.values["country"], e.values["pic"])
            for e in existing if e.id not in matched]
    if not olds:  # nothing left to compare the newcomers with (a new register, say)
        return ids, []
    new = [matching.Org(i.id, i.values["name"], i.values.get("city"), i.values.get("country"), i.values["pic"])
           for i in plan.items["stakeholder"] if i.action == "new"]
    return ids, matching.close_names(olds, new) if new else []


def _match_partnerships(session: Session, plan: Plan, projects: list[str], acronyms: dict[str, str],
                        enrich: dict[str, _Project]) -> dict[str, uuid.UUID]:
    """Partnership ids by project number: by external reference, else the one Horizon Europe
    partnership without a reference that has the same acronym, else a new one."""
    fields = sorted(set(PARTNERSHIP_LINK_FIELDS) | set(PARTNERSHIP_PROJECT_FIELDS))
    p = m.Partnership
    existing = load_existing(session, "partnership", fields, (p.external_ref.like(f"{REF_PREFIX}%"))
                             | (p.external_ref.is_(None) & (p.scheme == "horizon_europe")))
    by_ref = {e.values["external_ref"]: e for e in existing if e.values["external_ref"]}
    by_acronym: dict[str, list[Existing]] = defaultdict(list)
    for e in existing:
        if not e.values["external_ref"] and e.values["acronym"]:
            by_acronym[matching.fold(e.values["acronym"])].append(e)
    items = []
    for project in projects:
        ref = f"{REF_PREFIX}{project}"
        acronym = acronyms.get(project)
        values = {"acronym": acronym, "scheme": "horizon_europe", "external_ref": ref,
                  "website": f"https://cordis.europa.eu/project/id/{project}"}
        extra = enrich.get(project)
        if extra is not None:
            values.update({k: v for k, v in extra.values.items() if v is not None})
        ex = by_ref.get(ref)
        if ex is None and values.get("acronym"):
            same = by_acronym.get(matching.fold(values["acronym"]), [])
            ex = same[0] if len(same) == 1 else None
        title = values.get("title") or acronym or ref
        create = {"title": title, "programme": "Horizon Europe", "status": "active"}
        label = f"{values.get('acronym') or ref} ({ref})"
        items.append(Item("partnership", project, label, values, create=create, existing=ex))
    plan.put_all(items)
    return {item.key: item.id for item in items}


def _plan_links(session: Session, plan: Plan, parsed: _Parsed, projects: list[str], regions: Regions,
                partnership_ids: dict, stakeholder_ids: dict, labels: dict) -> None:
    """Participations, and partner regions: the NUTS 2 regions of the participants (the
    coordinator's is the lead region)."""
    known = [i.id for i in plan.items["partnership"] if i.existing is not None]
    old_participants = {(e.values["partnership_id"], e.values["stakeholder_id"]): e for e in _existing_for(
        session, "participant", ["partnership_id", "stakeholder_id", "role", "contribution"],
        m.Participant.partnership_id, known)}
    old_regions = {(e.values["partnership_id"], e.values["region_id"]): e for e in _existing_for(
        session, "partner_region", ["partnership_id", "region_id", "role"], m.PartnerRegion.partnership_id, known)}
    # runs 140,000 times for the full table: local names and plain lists. A link the register does
    # not hold yet (every link of a new partnership) goes into columns; one it holds, into an Item
    participants: dict[str, list] = {"partnership_id": [], "stakeholder_id": [], "role": [], "contribution": []}
    p_labels, p_pids, p_sids = [], participants["partnership_id"], participants["stakeholder_id"]
    p_roles, p_money = participants["role"], participants["contribution"]
    regions_new: dict[str, list] = {"partnership_id": [], "region_id": [], "role": []}
    r_labels, r_pids, r_rids, r_roles = [], regions_new["partnership_id"], regions_new["region_id"], regions_new["role"]
    known_links: list[Item] = []
    region_of: dict[str, tuple | None] = {}  # NUTS code -> its NUTS 2 region (codes repeat)
    for project in projects:
        pid = partnership_ids[project]
        project_label = labels[project]
        lead, members = {}, {}  # NUTS 2 code -> region id
        for pic, part in parsed.participations.get(project, {}).items():
            sid = stakeholder_ids[pic]
            role = part.role
            old = old_participants.get((pid, sid)) if old_participants else None
            if old is None:
                p_labels.append((labels[pic], project_label))
                p_pids.append(pid)
                p_sids.append(sid)
                p_roles.append(role)
                p_money.append(part.contribution)
            else:
                known_links.append(Item("participant", (project, pic), (labels[pic], project_label),
                                        {"partnership_id": pid, "stakeholder_id": sid, "role": role,
                                         "contribution": part.contribution}, None, old))
            nuts = part.nuts
            region = region_of.get(nuts, False)
            if region is False:
                region = region_of[nuts] = regions.at_level(nuts, 2)
            if region:
                (lead if role == "coordinator" else members)[region[0]] = region[1]
        for code in sorted(lead.keys() | members.keys()):
            rid = lead.get(code) or members[code]
            role = "lead" if code in lead else "partner"
            old = old_regions.get((pid, rid)) if old_regions else None
            if old is None:
                r_labels.append((code, project_label))
                r_pids.append(pid)
                r_rids.append(rid)
                r_roles.append(role)
            else:
                known_links.append(Item("partner_region", (project, code), (code, project_label),
                                        {"partnership_id": pid, "region_id": rid, "role": role}, None, old))
    plan.put_new_links("participant", p_labels, participants)
    plan.put_new_links("partner_region", r_labels, regions_new)
    for item in known_links:
        plan.put(item)


def _existing_for(session: Session, kind: str, fields: list[str], column, ids) -> list[Existing]:
    ids = list(ids)
    out = []
    for start in range(0, len(ids), 500):
        out += load_existing(session, kind, fields, column.in_(ids[start:start + 500]))
    return out


# --- the import ---------------------------------------------------------------------------------

def _is_org_header(cells: list[str]) -> bool:
    return all(c in cells for c in ORG_REQUIRED)


def _is_project_header(cells: list[str]) -> bool:
    return all(c in cells for c in PROJECT_REQUIRED) and "organisationID" not in cells


def _open(path: Path) -> tuple[Table, str]:
    table = open_table(path, expect=lambda cells: _is_org_header(cells) or _is_project_header(cells))
    if _is_org_header(table.header):
        return table, "participants"
    if _is_project_header(table.header):
        return table, "projects"
    table.close()
    missing = [c for c in ORG_REQUIRED if c not in table.header]
    raise NotCordisError(NOT_CORDIS.format(file=path.name, missing=", ".join(missing),
                                           found=", ".join(table.header[:12]) or "nothing"))


def _rejects_in_region(rejects: list[Reject], reader: _OrgReader, kept: set[str], region: str) -> list[Reject]:
    """The refused rows that concern an import limited to ``region``: those of a project kept,
    those placed in the region (a refused row may be the one that would have kept its project),
    and those whose project cannot be told — a malformed project number, or a broken row whose
    columns cannot be trusted."""
    ix = reader.ix

    def concerns(row: tuple) -> bool:
        if len(row) != reader.width:
            return True
        project, nuts = row[ix["projectID"]].strip(), row[ix["nutsCode"]].strip().upper() if "nutsCode" in ix else ""
        return project in kept or nuts.startswith(region) or not (project.isdigit() and project.isascii())

    return [r for r in rejects if concerns(r.row)]


def _release_date(stamp: str, path: Path) -> date:
    try:
        return parse_date(stamp[:10])
    except (ValueError, TypeError):
        return date.fromtimestamp(path.stat().st_mtime)


@quiet_gc
def import_cordis(db: Database, path: str | Path, *, projects: str | Path | None = None, region: str | None = None,
                  dry_run: bool = False, overwrite_edits: bool = False, backup: bool = True,
                  backup_folder: str | Path | None = None,
                  progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Import a CORDIS participant table (and/or a project table). See the module's docstring.

    ``region``: keep only projects with a participant in this NUTS region (or below it), with
    all their partners. ``progress(done, total, text)`` is called as the work goes on; when it
    raises (Cancel), nothing is written. Raises Ris3Error for a file that cannot be read or is not
    CORDIS data; bad rows are not errors but rejects, in the report."""
    path = Path(path)
    projects_path = Path(projects) if projects else None

    with db.read() as session:
        municipalities = Municipalities.load(session)
        regions = Regions.load(session)
        region_code = None
        if region:
            region_code = region.strip().upper()
            if region_code not in regions.by_code:
                raise Ris3Error(NOT_A_REGION.format(region=region))

    def report_progress(fraction: float, text: str) -> None:
        if progress:
            progress(int(fraction * 1000), 1000, text)

    table, layout = _open(path)
    reject_sets = []
    with table:
        if layout == "participants":
            reader = _OrgReader(table.header, municipalities, regions)
            parsed = _read_participants(table, reader,
                                        lambda: report_progress(0.6 * table.fraction_read(), READING))
            reject_sets.append(RejectSet(path.name, table.header, table.delimiter or ",", parsed.rejects))
        else:
            parsed = None
            enrich, rejects, zero_budgets, newest = _read_projects(
                table, lambda: report_progress(0.6 * table.fraction_read(), READING))
            reject_sets.append(RejectSet(path.name, table.header, table.delimiter or ",", rejects))
    notes = []
    if layout == "participants" and projects_path:
        ptable, playout = _open(projects_path)
        with ptable:
            if playout != "projects":
                raise NotCordisError(NOT_PROJECTS.format(file=projects_path.name))
            enrich, prejects, zero_budgets, _ = _read_projects(
                ptable, lambda: report_progress(0.6 + 0.05 * ptable.fraction_read(), READING_PROJECTS))
            reject_sets.append(RejectSet(projects_path.name, ptable.header, ptable.delimiter or ",", prejects))
    elif layout == "participants":
        enrich, zero_budgets = {}, set()

    if parsed is not None:
        stamp = parsed.newest
        project_ids = sorted(parsed.acronyms)
        if region_code:
            project_ids = sorted(p for p, members in parsed.participations.items()
                                 if any(part.nuts.startswith(region_code) for part in members.values()))
            left_out = len(parsed.acronyms) - len(project_ids)
            notes.append(REGION_KEPT.format(region=region_code, kept=len(project_ids), left_out=left_out))
        kept_projects = set(project_ids)
        if region_code:
            listed = _rejects_in_region(parsed.rejects, reader, kept_projects, region_code)
            if len(listed) < len(parsed.rejects):
                notes.append(counted(len(parsed.rejects) - len(listed), REJECTS_ELSEWHERE_ONE, REJECTS_ELSEWHERE,
                                     region=region_code))
                reject_sets[0] = replace(reject_sets[0], rejects=listed)
        combined = sum(n for project, n in parsed.combined.items() if project in kept_projects)
        if combined:
            notes.append(counted(combined, COMBINED_ONE, COMBINED))
        rows_read = parsed.rows
    else:
        stamp = newest
        project_ids = sorted(enrich)
        rows_read = len(enrich) + len(reject_sets[0].rejects)
    zero_budgets &= set(project_ids)
    if zero_budgets:
        notes.append(counted(len(zero_budgets), ZERO_BUDGETS_ONE, ZERO_BUDGETS))

    as_of = _release_date(stamp, path)
    source = f"{SOURCE_PREFIX} {path.name} ({as_of.isoformat()})"
    plan = Plan(source, as_of, overwrite_edits=overwrite_edits)
    for rs in reject_sets:
        for r in rs.rejects:
            plan.reject(r.entity, r.text)

    def build(session: Session) -> list:
        report_progress(0.65, MATCHING)
        labels: dict = {}
        duplicates = []
        if parsed is not None:
            keep = set(project_ids)
            orgs = parsed.orgs  # (each organisation read is in a project read: all of them, unless --region)
            if region_code:
                pics = {pic for p in keep for pic in parsed.participations.get(p, ())}
                orgs = {pic: o for pic, o in orgs.items() if pic in pics}
            stakeholder_ids, duplicates = _match_stakeholders(
                session, plan, orgs, lambda v: f"{v['name']} (PIC {v['pic']})")
            labels.update({pic: o.values["name"] for pic, o in orgs.items()})
            enrich_here = {p: e for p, e in enrich.items() if p in keep}
            skipped = len(enrich) - len(enrich_here)
            if skipped:
                notes.append(counted(skipped, NOT_IN_IMPORT_ONE, NOT_IN_IMPORT))
            partnership_ids = _match_partnerships(session, plan, project_ids, parsed.acronyms, enrich_here)
            labels.update({p: parsed.acronyms.get(p) or p for p in project_ids})
            report_progress(0.7, MATCHING_PARTICIPANTS)
            _plan_links(session, plan, parsed, project_ids, regions, partnership_ids, stakeholder_ids, labels)
        else:
            _enrich_only(session, plan, enrich)
        return duplicates

    return run_import(db, plan, build, file=path.name, rows_read=rows_read, reject_sets=reject_sets,
                      notes=notes, dry_run=dry_run, backup=backup,
                      backup_folder=backup_folder, progress=progress)


def _enrich_only(session: Session, plan: Plan, enrich: dict[str, _Project]) -> None:
    """A project table on its own: the partnerships of its projects, created or brought up to date."""
    _match_partnerships(session, plan, sorted(enrich), {p: e.values.get("acronym") for p, e in enrich.items()},
                        enrich)
