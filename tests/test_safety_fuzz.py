"""Bad input, fuzzed with hypothesis: every field of every kind of record, through the form
validation and through ops.create / ops.update. Huge strings, control characters, broken
encodings (lone surrogates, bytes that are not UTF-8), wrong types, impossible dates, negative
and non-finite amounts, an end before a start. Each is answered with a ValidationError naming
the field, and nothing is half-written; a value that is accepted is stored as cleaned.

Importers are fuzzed in tests/test_safety_fuzz_imports.py once they exist (see README.md).
"""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from database import models as m
from database import ops
from database.errors import ValidationError
from database.ops import validation

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
EDITABLE_KINDS = [k for k in ops.KINDS.values()]

# --- nasty values ---------------------------------------------------------------------------------

control = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(["\x7f", "\x85", "\x9b"])
surrogate = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
nasty_text = st.one_of(
    st.text(max_size=50),
    st.text(min_size=1, max_size=20).map(lambda s: s * 5000),  # huge
    st.builds(lambda a, c, b: a + c + b, st.text(max_size=10), control, st.text(max_size=10)),
    st.builds(lambda a, c, b: a + c + b, st.text(max_size=10), surrogate, st.text(max_size=10)),
    st.sampled_from(["", "   ", "\u200b", "Ünïcödé ✓ 中文 🙂", "Robert'); DROP TABLE stakeholders;--",
                     "%s %d {0} {label}", "\ufeffBOM", "a\u2028b", "e\u0301"]),
)
invalid_utf8 = st.sampled_from([b"\xff\xfe\xfa", b"caf\xe9", b"\xc3\x28", b"\xed\xa0\x80", b"ok bytes"])
dates = st.one_of(
    st.sampled_from(["31/02/2025", "2025-02-31", "29/02/2023", "00/01/2024", "2024-13-01", "1899-12-31",
                     "2101-01-01", "31.04.2024", "tomorrow", "2024/02/30", "1/1/1", "99999-01-01"]),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.datetimes(),
)
numbers = st.one_of(
    st.integers(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from(["-1", "-0,01", "1e308", "1E5", "NaN", "inf", "-inf", "1.234,56", "1,234.56", "12,,3",
                     "€ 1.000", "--5", "0x10", "١٢٣", "1_000", " 12 ", "9" * 40]),
)


def _deeply_nested(depth: int = 5000):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


wrong_types = st.one_of(
    st.none(), st.booleans(), st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.just(object()), st.just(math.pi),
    st.just(st), st.builds(_deeply_nested), st.just({"filters": [float("nan")]}), st.just(b"\x00" * 10),
)
anything = st.one_of(nasty_text, invalid_utf8, dates, numbers, wrong_types)


def _row_count(db) -> int:
    """Every row of every table: a failed write must leave this unchanged."""
    with db.read() as session:
        return sum(session.scalar(select(func.count()).select_from(t)) for t in m.Base.metadata.sorted_tables)


def _check_problems(error: ValidationError, names: set[str]) -> None:
    assert error.problems, "a ValidationError without problems"
    for p in error.problems:
        assert p.field in names, p
        assert p.message and len(p.message) < 400, p


# --- the validation functions, field by field -----------------------------------------------------

@pytest.mark.parametrize("kind_name", [k.name for k in EDITABLE_KINDS])
@given(data=st.data())
@FUZZ
def test_every_field_accepts_or_explains(kind_name, data):
    k = ops.kind(kind_name)
    f = data.draw(st.sampled_from(k.fields), label="field")
    value = data.draw(anything, label="value")
    cleaned, problem = validation.clean_value(f, value)
    if problem is not None:
        assert problem.field == f.name
        assert f.label in problem.message or "{label}" not in problem.template
        return
    # accepted: it must be storable as it is
    if cleaned is None:
        return
    if isinstance(cleaned, str):
        cleaned.encode("utf-8")  # no lone surrogates
        assert not f.max_length or len(cleaned) <= f.max_length
        assert len(cleaned) <= validation.TEXT_LIMIT
    if f.type == "money":
        assert cleaned.is_finite() and 0 <= cleaned <= validation.MONEY_LIMIT
    if f.type == "int":
        assert isinstance(cleaned, int) and not isinstance(cleaned, bool) and abs(cleaned) <= validation.INT_LIMIT
    if f.type == "date":
        assert isinstance(cleaned, date) and 1900 <= cleaned.year <= 2100


@pytest.mark.parametrize("value, expected", [
    ("31/02/2025", "is not a real date"), ("2025-02-31", "is not a real date"), ("29/02/2023", "not a real date"),
    ("1899-12-31", "between 1900 and 2100"), (b"caf\xe9", "not valid text"), ("a\ud800b", "not valid text"),
])
def test_dates_and_encodings_are_explained(value, expected):
    f = next(f for f in ops.kind("partnership").fields if f.name == "start_date")
    if isinstance(value, bytes) or "\ud800" in value:
        f = next(f for f in ops.kind("partnership").fields if f.name == "title")
    _, problem = validation.clean_value(f, value)
    assert expected in problem.message and problem.field == f.name


@pytest.mark.parametrize("value", [-1, "-0,01", Decimal("-5"), float("-inf"), float("nan"), Decimal("NaN"),
                                   "NaN", float("inf")])
def test_negative_and_non_finite_amounts_are_refused(value):
    f = next(f for f in ops.kind("partnership").fields if f.name == "total_budget")
    _, problem = validation.clean_value(f, value)
    assert problem is not None and problem.field == "total_budget"


def test_deep_and_huge_json_is_refused():
    f = next(f for f in ops.kind("saved_search").fields if f.name == "filters")
    for value in (_deeply_nested(), {"x": "y" * (validation.TEXT_LIMIT + 1)}):
        _, problem = validation.clean_value(f, value)
        assert problem is not None and problem.field == "filters"


# --- whole records through the operations ---------------------------------------------------------

def _refs(db) -> dict[str, object]:
    """An existing record of each kind a reference may name."""
    out = {}
    for name in ("stakeholder", "partnership", "sector", "region", "municipality", "ket", "interaction"):
        ids = ops.list_ids(db, name)
        if ids:
            out[name] = ids[0]
    return out


def _plausible(f):
    if f.type == "choice":
        return next(iter(f.choices)).value
    return {"date": date(2025, 1, 1), "money": 1, "int": 1, "bool": False, "json": {}}.get(f.type, "Valid text")


@pytest.fixture
def fuzz_db(sqlite_db):
    from database import demo

    demo.load(sqlite_db)
    return sqlite_db


@pytest.mark.parametrize("kind_name", [k.name for k in EDITABLE_KINDS])
@given(data=st.data())
@FUZZ
def test_create_and_update_answer_bad_input_with_a_clear_error_and_write_nothing(fuzz_db, kind_name, data):
    db = fuzz_db
    k = ops.kind(kind_name)
    names = {f.name for f in k.fields}
    refs = _refs(db)
    values = {}
    for f in k.fields:  # start from something plausible, then spoil some fields
        if f.type == "ref" and f.refers in refs:
            values[f.name] = refs[f.refers]
        elif f.required:
            values[f.name] = _plausible(f)
    spoiled = data.draw(st.lists(st.sampled_from(k.fields), min_size=1, max_size=3, unique_by=lambda f: f.name))
    for f in spoiled:
        values[f.name] = data.draw(anything, label=f.name)
    if data.draw(st.booleans(), label="add an unknown field"):
        values[data.draw(st.text(min_size=1, max_size=8).filter(lambda s: s not in names))] = 1
    # everything is drawn before the register answers, so examples replay the same (its state grows)
    update_field = data.draw(st.sampled_from(k.fields), label="update field")
    update_value = data.draw(anything, label="update value")
    before = _row_count(db)
    try:
        outcome = ops.create(db, kind_name, values)
    except ValidationError as e:
        _check_problems(e, names | set(values))
        assert _row_count(db) == before, "a refused record left rows behind"
        return
    # accepted: stored as cleaned, and the register is still consistent
    stored = ops.get(db, kind_name, outcome.record.id)
    for f in k.fields:
        if f.name in values and not k.link:
            value, _ = validation.clean_value(f, values[f.name])
            if value is not None:  # an empty value takes the field's default
                assert getattr(stored, f.name) == value, f.name
    # now spoil it by update, naming the version read
    before = _row_count(db)
    try:
        ops.update(db, kind_name, stored.id, {update_field.name: update_value}, expected_version=stored.version)
    except ValidationError as e:
        _check_problems(e, names)
        assert _row_count(db) == before
        assert ops.get(db, kind_name, stored.id) == stored, "a refused update changed the record"


def test_end_before_start_and_eu_over_budget(sqlite_db):
    with pytest.raises(ValidationError) as caught:
        ops.create(sqlite_db, "partnership", {"title": "X", "scheme": "other", "start_date": "01/06/2025",
                                              "end_date": "31/05/2025", "total_budget": "100",
                                              "eu_contribution": "200"})
    assert {p.field for p in caught.value.problems} == {"end_date", "eu_contribution"}
    rec = ops.create(sqlite_db, "partnership", {"title": "X", "scheme": "other", "start_date": "01/06/2025"}).record
    with pytest.raises(ValidationError, match="End must not be before start"):
        ops.update(sqlite_db, "partnership", rec.id, {"end_date": datetime(2025, 1, 1)}, expected_version=rec.version)
