"""Checking and cleaning values before they reach a table.

Every problem names the field and says in plain words what is wrong; the English templates are
marked for Qt's translation tools (context "validation") and translated by the GUI.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import event, inspect, select

from .. import models as m
from ..errors import FieldProblem, ValidationError
from ..i18n import QT_TRANSLATE_NOOP as _N
from .kinds import FieldInfo, Kind

REQUIRED = _N("validation", "{label} is required.")
TOO_LONG = _N("validation", "{label} is too long: {length} characters where at most {max} fit.")
NOT_TEXT = _N("validation", "{label} must be text.")
NOT_DATA = _N("validation", "{label} must be a list or a table of plain values.")
CONTROL = _N("validation", "{label} contains invisible control characters; remove them.")
BAD_ENCODING = _N("validation", "{label} is not valid text: it holds broken characters (a wrong encoding?).")
BAD_PATTERN = _N("validation", "{label} is not valid: {hint}.")
BAD_CHOICE = _N("validation", "{label} must be one of: {choices}.")
BAD_DATE = _N("validation", "{label} is not a real date: “{value}” (write it as 31/12/2025 or 2025-12-31).")
DATE_RANGE = _N("validation", "{label} must be between 1900 and 2100.")
BAD_NUMBER = _N("validation", "{label} is not a number: “{value}”.")
NEGATIVE = _N("validation", "{label} cannot be negative.")
SUB_CENT = _N("validation", "{label} has more than two decimals: “{value}” (an amount is in euro and cents).")
TOO_BIG = _N("validation", "{label} is too large.")
BAD_EMAIL = _N("validation", "{label} is not an e-mail address (it should look like name@example.org).")
BAD_URL = _N("validation", "{label} must be a web address starting with http:// or https://.")
BAD_PHONE = _N("validation", "{label} may hold only digits, spaces and + - ( ) / .")
BAD_REF = _N("validation", "{label}: the record chosen does not exist (it may have been deleted).")
BAD_FLAG = _N("validation", "{label} must be yes or no.")
UNKNOWN = _N("validation", "{label} is not a field of this record.")
END_BEFORE_START = _N("validation", "End must not be before start.")
EU_OVER_BUDGET = _N("validation", "EU contribution cannot exceed the total budget.")
DUPLICATE = _N("validation", "{label} {value} is already used by “{other}”.")
DUPLICATE_PAIR = _N("validation", "“{name}” is already listed here; it cannot be added twice.")
# a sector or a region placed under itself: directly, or through one of its own sub-records
SECTOR_OWN_PARENT = _N("validation", "A sector cannot be its own parent.")
SECTOR_UNDER_ITSELF = _N("validation", "The parent chosen is one of this sector's own sub-sectors: a sector cannot "
                                       "come under itself.")
REGION_OWN_PARENT = _N("validation", "A region cannot be its own parent region.")
REGION_UNDER_ITSELF = _N("validation", "The parent region chosen lies within this region: a region cannot lie "
                                       "within itself.")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_PHONE = re.compile(r"^[0-9+\-()/. ]{3,50}$")
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y")
MONEY_LIMIT = Decimal("99999999999999.99")
CENT = Decimal("0.01")
TEXT_LIMIT = 100_000  # characters of a long text (notes, descriptions) or of a stored filter
INT_LIMIT = 2**31 - 1


# Unicode's control characters (category Cc) are exactly U+0000–U+001F and U+007F–U+009F; a
# regular expression finds them ~30× faster than asking unicodedata of every character.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _has_control(text: str, multiline: bool) -> bool:
    return (_CONTROL_MULTILINE if multiline else _CONTROL).search(text) is not None


def _encodable(text: str) -> bool:
    """False for text holding lone surrogates: what undecodable bytes become, unstorable."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(value) -> str:
    """A short rendering of a bad value for a message, whatever it is."""
    import reprlib

    try:
        return value[:40] if isinstance(value, str) else reprlib.repr(value)[:40]
    except Exception:  # noqa: BLE001 - a value so odd it cannot be shown
        return type(value).__name__


def parse_date(value) -> date:
    """A date from a date, or text in ISO or day-first form. Raises ValueError for 31/02."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
# One mark before exactly three digits, after one to three: "10.000", "1,500" — thousands grouped
# (an amount has cents, never three decimals; "0.500" is not read this way)
_ONE_GROUP = re.compile(r"^[+-]?[1-9]\d{0,2}[.,]\d{3}$")
_GROUPED = {",": re.compile(r"^[+-]?\d{1,3}(,\d{3})+$"), ".": re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")}


def parse_money(value) -> Decimal:
    """A Decimal from a number or text with either decimal mark: '1.234,56', '1,234.56',
    '1234,5', '1.234.567'. A single mark is the decimal mark — unless three digits follow it
    ('10.000', '1,500': thousands, as Italian and English files write them); a repeated one must
    group thousands; with both, the last is the decimal mark. Anything else raises ValueError."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):  # as a spreadsheet shows it: 15 significant digits (0.1 + 0.2 is 0.3)
        return Decimal(format(value, ".15g"))
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("EUR", "")
    if _ONE_GROUP.match(text):
        text = text.replace(",", "").replace(".", "")
    # no comma and at most one dot (the usual case): the text is already plain
    marks = [c for c in text if c in ",."] if "," in text or text.count(".") > 1 else None
    if marks:
        decimal_mark = marks[-1] if len(set(marks)) == 2 or marks.count(marks[-1]) == 1 else None
        whole, _, fraction = text.rpartition(decimal_mark) if decimal_mark else (text, "", "")
        group_mark = ({",", "."} - {decimal_mark}).pop() if decimal_mark else marks[0]
        if group_mark in whole and not _GROUPED[group_mark].match(whole):
            raise ValueError(value)
        text = whole.replace(group_mark, "") + ("." + fraction if decimal_mark else "")
    if not _PLAIN_NUMBER.match(text):  # no exponents, words or stray signs
        raise ValueError(value)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(value) from None
    if not number.is_finite():
        raise ValueError(value)
    return number


def _bad(f: FieldInfo, template: str, **extra) -> tuple[None, FieldProblem]:
    return None, FieldProblem(f.name, template, {"label": f.label, **extra})


def plain_amount(text: str) -> Decimal | None:
    """The usual amount of an import, "125000" or "499843.75" — whole euros (at most 14 digits,
    so under MONEY_LIMIT) and at most two decimals after a dot — as parse_money and the checks of
    clean_value would make it, without them; None for any other text."""
    whole, dot, cents = text.strip().partition(".")
    if whole.isdigit() and whole.isascii() and len(whole) <= 14 and (
            not dot or (cents.isdigit() and cents.isascii() and len(cents) <= 2)):
        return Decimal(text).quantize(CENT)
    return None


def clean_value(f: FieldInfo, value):
    """(clean value, problem or None) for one field. (Importers call this for every distinct
    value of a file — hundreds of thousands of times — so the usual case takes the short way:
    ASCII text is valid UTF-8 and already in NFC.)"""
    if type(value) is str and f.type == "text" and not f.pattern and value.isascii() and value.isprintable():
        # the usual cell of an import: printable ASCII (no control characters, nothing to
        # normalise) of a plain text field — only emptiness and length are left to check
        value = value.strip()
        if value and len(value) <= (f.max_length or TEXT_LIMIT):
            return value, None
    if type(value) is str and f.type == "money":
        amount = plain_amount(value)
        if amount is not None:
            return amount, None
    if isinstance(value, bytes | bytearray):  # an importer's raw cell: only UTF-8 is text
        try:
            value = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            return _bad(f, BAD_ENCODING)
    if isinstance(value, str):
        if not value.isascii() and not _encodable(value):
            return _bad(f, BAD_ENCODING)
        value = value.strip()
        if value == "":
            value = None
    if value is None:
        return _bad(f, REQUIRED) if f.required else (None, None)

    if f.type in ("text", "multiline", "email", "url", "phone"):
        if not isinstance(value, str):
            return _bad(f, NOT_TEXT)
        if not value.isascii():
            value = unicodedata.normalize("NFC", value)
        if _has_control(value, f.type == "multiline"):
            return _bad(f, CONTROL)
        limit = f.max_length or TEXT_LIMIT
        if len(value) > limit:
            return _bad(f, TOO_LONG, length=len(value), max=limit)
        if f.type == "email" and not _EMAIL.match(value):
            return _bad(f, BAD_EMAIL)
        if f.type == "url" and not _URL.match(value):
            return _bad(f, BAD_URL)
        if f.type == "phone" and not _PHONE.match(value):
            return _bad(f, BAD_PHONE)
        if f.pattern and not re.match(f.pattern, value):
            return _bad(f, BAD_PATTERN, hint=f.hint or "")
        return value, None
    if f.type == "choice":
        allowed = [c.value for c in f.choices]
        if not isinstance(value, str) or value not in allowed:
            return _bad(f, BAD_CHOICE, choices=", ".join(c.label for c in f.choices))
        return str(value), None
    if f.type == "date":
        try:
            d = parse_date(value)
        except (ValueError, TypeError):
            return _bad(f, BAD_DATE, value=_shown(value))
        if not 1900 <= d.year <= 2100:
            return _bad(f, DATE_RANGE)
        return d, None
    if f.type == "money":
        try:
            number = parse_money(value)
        except (ValueError, TypeError):
            return _bad(f, BAD_NUMBER, value=_shown(value))
        if not number.is_finite():
            return _bad(f, BAD_NUMBER, value=_shown(value))
        if number < 0:
            return _bad(f, NEGATIVE)
        if number > MONEY_LIMIT:
            return _bad(f, TOO_BIG)
        if number != number.quantize(CENT):  # (rounded, a digit of what was written would be lost)
            return _bad(f, SUB_CENT, value=_shown(value))
        return number.quantize(CENT), None
    if f.type == "int":
        try:
            if isinstance(value, bool) or (isinstance(value, float | Decimal) and value != int(value)):
                raise ValueError(value)
            number = int(value)
        except (ValueError, TypeError, OverflowError, ArithmeticError):
            return _bad(f, BAD_NUMBER, value=_shown(value))
        if abs(number) > INT_LIMIT:
            return _bad(f, TOO_BIG)
        return number, None
    if f.type == "bool":
        if isinstance(value, bool):
            return value, None
        if not isinstance(value, str | int):
            return _bad(f, BAD_FLAG)
        text = str(value).strip().lower()
        if text in ("true", "1", "yes", "sì", "si", "y"):
            return True, None
        if text in ("false", "0", "no", "n"):
            return False, None
        return _bad(f, BAD_FLAG)
    if f.type == "json":
        try:
            encoded = json.dumps(value, allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            return _bad(f, NOT_DATA)
        if len(encoded) > TEXT_LIMIT or not _encodable(encoded):
            return _bad(f, NOT_DATA)
        if not isinstance(value, dict | list):
            return _bad(f, NOT_DATA)
        return value, None
    if f.type == "ref":
        try:
            return (value if isinstance(value, uuid.UUID) else uuid.UUID(value)), None
        except (ValueError, TypeError, AttributeError):
            return _bad(f, BAD_REF)
    return value, None


def clean(kind: Kind, values: dict, *, partial: bool) -> dict:
    """Clean every given value; for a new record (``partial=False``) also demand the required
    ones. Raises ValidationError listing every problem at once."""
    fields = {f.name: f for f in kind.fields}
    out, problems = {}, []
    for name, value in values.items():
        f = fields.get(name)
        if f is None:
            problems.append(FieldProblem(name, UNKNOWN, {"label": name}))
            continue
        cleaned, problem = clean_value(f, value)
        if problem is None and cleaned is None and partial and not kind.column(name).nullable:
            # emptying a field that has a default but no "empty" (a kind, a role, a status)
            problem = FieldProblem(name, REQUIRED, {"label": f.label})
        if problem:
            problems.append(problem)
        else:
            out[name] = cleaned
    if not partial:
        for f in fields.values():
            if f.required and f.name not in values:
                problems.append(FieldProblem(f.name, REQUIRED, {"label": f.label}))
    if problems:
        raise ValidationError(problems)
    return out


def check_record(kind: Kind, merged: dict) -> None:
    """Rules across fields, on the record as it would be stored."""
    problems = []
    start, end = merged.get("start_date"), merged.get("end_date")
    if start and end and end < start:
        problems.append(FieldProblem("end_date", END_BEFORE_START))
    budget, eu = merged.get("total_budget"), merged.get("eu_contribution")
    if budget is not None and eu is not None and eu > budget:
        problems.append(FieldProblem("eu_contribution", EU_OVER_BUDGET))
    if problems:
        raise ValidationError(problems)


# --- parents: a sector or a region never comes under itself -------------------------------------

# the kinds whose ``parent_id`` points to a record of the same kind: (own parent, loop) texts
PARENT_RULES = {"sector": (SECTOR_OWN_PARENT, SECTOR_UNDER_ITSELF), "region": (REGION_OWN_PARENT, REGION_UNDER_ITSELF)}
_PARENT_MODELS = {m.Sector: "sector", m.Region: "region"}
_DEEPEST = 10_000  # a walk up the parents stops here (a loop elsewhere, made before this check)


def own_parent_problem(kind_name: str, own_id, parent_id) -> FieldProblem | None:
    """The problem of a record chosen as its own parent (None when it is not): what a form can
    say as one types, without reading the register."""
    rules = PARENT_RULES.get(kind_name)
    if rules is None or own_id is None or parent_id is None or parent_id != own_id:
        return None
    return FieldProblem("parent_id", rules[0])


def parent_problem(connection, kind_name: str, own_id, parent_id) -> FieldProblem | None:
    """What is wrong with giving the record ``own_id`` the parent ``parent_id``: itself, or one of
    its own sub-records (going up from the parent meets the record). Reads the parents as stored."""
    problem = own_parent_problem(kind_name, own_id, parent_id)
    if problem is not None or own_id is None or parent_id is None or kind_name not in PARENT_RULES:
        return problem
    table = next(model for model, name in _PARENT_MODELS.items() if name == kind_name).__table__
    seen: set = set()
    current = parent_id
    while current is not None and current not in seen and len(seen) < _DEEPEST:
        if current == own_id:
            return FieldProblem("parent_id", PARENT_RULES[kind_name][1])
        seen.add(current)
        current = connection.execute(select(table.c.parent_id).where(table.c.id == current)).scalar()
    return None


def _check_new_parent(_mapper, _connection, target) -> None:
    """A new sector or region: only itself can be a wrong parent (no stored record can be below
    a record not stored yet), so nothing is read."""
    problem = own_parent_problem(_PARENT_MODELS[type(target)], target.id, target.parent_id)
    if problem is not None:
        raise ValidationError([problem])


def _check_changed_parent(_mapper, connection, target) -> None:
    """Every change of a sector's or a region's parent (a form, a batch, an undo, an import)
    passes here: a parent that is the record itself or one of its own sub-records is refused
    like any other invalid value, and nothing of the write is kept. Other edits of a record
    stored in a loop before this check are let through (``ris3desk check`` reports the loop)."""
    if not inspect(target).attrs.parent_id.history.has_changes():
        return
    problem = parent_problem(connection, _PARENT_MODELS[type(target)], target.id, target.parent_id)
    if problem is not None:
        raise ValidationError([problem])


for _model in _PARENT_MODELS:
    event.listen(_model, "before_insert", _check_new_parent)
    event.listen(_model, "before_update", _check_changed_parent)
