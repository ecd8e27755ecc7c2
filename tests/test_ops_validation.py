"""Validation: every problem names its field and says what is wrong in plain words; nothing is
written when any value is wrong."""

from __future__ import annotations

import pytest

from database import ops
from database.errors import ValidationError


def _problems(db, kind, values, **kw):
    with pytest.raises(ops.ValidationError) as caught:
        if "entity_id" in kw:
            ops.update(db, kind, kw["entity_id"], values, expected_version=None)
        else:
            ops.create(db, kind, values)
    return {p.field: p.message for p in caught.value.problems}


@pytest.mark.parametrize("values, field, words", [
    ({"type": "sme"}, "name", "Name is required."),
    ({"name": "X" * 301, "type": "sme"}, "name", "Name is too long: 301 characters where at most 300 fit."),
    ({"name": "ACME", "type": "spaceship"}, "type", "Type must be one of: University, Research organisation"),
    ({"name": "ACME", "type": "sme", "pic": "12345"}, "pic", "PIC is not valid: a PIC is exactly 9 digits."),
    ({"name": "ACME", "type": "sme", "email": "acme.example.org"}, "email", "E-mail is not an e-mail address"),
    ({"name": "ACME", "type": "sme", "website": "www.acme.it"}, "website", "must be a web address starting with http"),
    ({"name": "ACME", "type": "sme", "phone": "call me"}, "phone", "Phone may hold only digits"),
    ({"name": "ACME\x07", "type": "sme"}, "name", "contains invisible control characters"),
    ({"name": "ACME", "type": "sme", "country": "I1"}, "country", "a two-letter country code"),
    ({"name": "ACME", "type": "sme", "colour": "red"}, "colour", "colour is not a field of this record."),
    ({"name": 42, "type": "sme"}, "name", "Name must be text."),
])
def test_stakeholder_problems_name_the_field(sqlite_db, values, field, words):
    problems = _problems(sqlite_db, "stakeholder", values)
    assert words in problems[field]
    assert ops.count(sqlite_db, "stakeholder") == 0


@pytest.mark.parametrize("values, field, words", [
    ({"start_date": "31/02/2025"}, "start_date", "Start is not a real date: “31/02/2025”"),
    ({"start_date": "2025-01-01", "end_date": "2024-12-31"}, "end_date", "End must not be before start."),
    ({"total_budget": "-5"}, "total_budget", "Total budget (EUR) cannot be negative."),
    ({"total_budget": "a lot"}, "total_budget", "Total budget (EUR) is not a number: “a lot”."),
    ({"total_budget": "12.345,678"}, "total_budget", "Total budget (EUR) has more than two decimals: “12.345,678”"),
    ({"total_budget": "100", "eu_contribution": "200"}, "eu_contribution", "cannot exceed the total budget"),
    ({"start_date": "1066-10-14"}, "start_date", "must be between 1900 and 2100"),
    ({"status": "maybe"}, "status", "Status must be one of: Idea, In preparation"),
])
def test_partnership_problems(db, values, field, words):
    problems = _problems(db, "partnership", {"title": "P", "scheme": "other", **values})
    assert words in problems[field]
    assert ops.count(db, "partnership") == 0


def test_every_problem_is_reported_at_once(sqlite_db):
    problems = _problems(sqlite_db, "stakeholder", {"pic": "1", "email": "x", "type": "?"})
    assert set(problems) == {"name", "pic", "email", "type"}


def test_update_checks_the_record_as_it_would_be_stored(db):
    p = ops.create(db, "partnership", {"title": "P", "scheme": "other", "start_date": "2025-01-01"}).record
    problems = _problems(db, "partnership", {"end_date": "2024-06-30"}, entity_id=p.id)
    assert problems == {"end_date": "End must not be before start."}
    assert ops.get(db, "partnership", p.id).end_date is None


def test_unique_values_and_dangling_references_are_refused(db):
    ops.create(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university", "pic": "999977754"})
    problems = _problems(db, "stakeholder", {"name": "PoliTo bis", "type": "university", "pic": "999977754"})
    assert problems["pic"] == "PIC 999977754 is already used by “Politecnico di Torino”."
    import uuid

    problems = _problems(db, "contact", {"name": "Elena", "stakeholder_id": uuid.uuid4()})
    assert "the record chosen does not exist" in problems["stakeholder_id"]


def test_money_and_dates_accept_what_officers_type():
    from datetime import date
    from decimal import Decimal

    from database.ops.validation import parse_date, parse_money

    assert parse_money("1.234.567,89") == Decimal("1234567.89")
    assert parse_money("1,234,567.89") == Decimal("1234567.89")
    assert parse_money("€ 1 500") == Decimal("1500")
    assert parse_money("272821.65") == Decimal("272821.65")
    assert parse_money("512093,41") == Decimal("512093.41")
    # one mark before exactly three digits groups thousands, as Italian and English files write them
    assert parse_money("10.000") == parse_money("10,000") == Decimal("10000")
    assert parse_money("2.500") == Decimal("2500") and parse_money("0.500") == Decimal("0.500")
    assert parse_money(1234.5600000000002) == Decimal("1234.56")  # a float as a spreadsheet shows it
    for bad in ("1,2,3,4", "NaN", "inf", "12e", "1e5", "1.2.3", "1.234,567.8", ""):
        with pytest.raises(ValueError):
            parse_money(bad)
    assert parse_date("31/12/2025") == parse_date("2025-12-31") == parse_date("31.12.2025") == date(2025, 12, 31)
    with pytest.raises(ValueError):
        parse_date("31/02/2025")


def test_plain_amounts_read_alike_by_the_quick_way_and_the_full_one():
    """clean_value reads an import's usual amount ("125000", "499843.75") without parse_money:
    it must give what the full checks give, and leave every other amount to them."""
    from decimal import Decimal

    from database.ops import validation
    from database.ops.kinds import kind

    money = next(f for f in kind("participant").fields if f.name == "contribution")

    def full_way(text):
        number = validation.parse_money(text)
        return number.quantize(validation.CENT) if number == number.quantize(validation.CENT) else None

    for text in ("0", "7", "125000", "00125", "499843.75", "1234.5", "12.", " 42.10 ", "99999999999999.99"):
        value, problem = validation.clean_value(money, text)
        assert problem is None and value == full_way(text) and str(value) == str(full_way(text)), text
    assert validation.clean_value(money, "10.000")[0] == Decimal("10000.00")  # thousands, by the full way
    for refused in ("100000000000000", "0.125", "-5", "1.5.5", ".", "12,345.678"):
        assert validation.clean_value(money, refused)[1] is not None, refused


def test_messages_are_marked_for_translation():
    """Every validation template is a QT_TRANSLATE_NOOP literal that pyside6-lupdate can find."""
    import inspect
    import re

    from database.ops import validation

    source = inspect.getsource(validation)
    marked = set(re.findall(r'_N\("validation", "((?:[^"\\]|\\.)*)"\)', source))
    templates = {v for k, v in vars(validation).items() if k.isupper() and isinstance(v, str) and "{" in v}
    assert templates and templates <= marked


def test_a_value_saved_elsewhere_between_check_and_write_is_a_plain_refusal(db, monkeypatch):
    """Two windows save the same PIC at once: the check of each passes before the other writes;
    the database's constraint refuses the second, and the officer reads who holds the PIC."""
    from database.ops import crud

    ops.create(db, "stakeholder", {"name": "Fondazione LINKS", "type": "other", "pic": "906326005"})
    real, calls = crud._check_unique, []

    def raced(session, k, values, own_id=None):  # the first check sees the register before the other write
        calls.append(k.name)
        if len(calls) > 1:
            real(session, k, values, own_id)

    monkeypatch.setattr(crud, "_check_unique", raced)
    with pytest.raises(ValidationError) as caught:
        ops.create(db, "stakeholder", {"name": "LINKS Foundation", "type": "other", "pic": "906326005"})
    assert caught.value.for_field("pic")[0].message == "PIC 906326005 is already used by “Fondazione LINKS”."
    assert len(ops.find_by(db, "stakeholder", pic="906326005")) == 1
