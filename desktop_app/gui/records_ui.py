"""How records look in the window: the names of kinds, list columns, labels and values shown
in the officer's language. One place, so lists, details, forms and find agree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from database import ops

from . import i18n

_T = QCoreApplication.translate

# kinds with a page of their own in the navigation, in its order
LIST_KINDS = ("sector", "stakeholder", "partnership", "region", "interaction")


def kind_name(kind: str) -> str:
    """Singular, lower case: 'organisation'."""
    names = {
        "stakeholder": _T("Kinds", "organisation"),
        "partnership": _T("Kinds", "partnership"),
        "sector": _T("Kinds", "sector"),
        "region": _T("Kinds", "region"),
        "interaction": _T("Kinds", "interaction"),
        "contact": _T("Kinds", "contact person"),
        "participant": _T("Kinds", "participation"),
        "partner_region": _T("Kinds", "partner region"),
        "action": _T("Kinds", "follow-up action"),
        "ket": _T("Kinds", "key enabling technology"),
        "municipality": _T("Kinds", "municipality"),
        "saved_search": _T("Kinds", "saved search"),
        "pack_preset": _T("Kinds", "pack preset"),
        "stakeholder_sector": _T("Kinds", "sector link"),
        "stakeholder_ket": _T("Kinds", "KET link"),
        "sector_ket": _T("Kinds", "KET link"),
        "partnership_sector": _T("Kinds", "sector link"),
        "interaction_stakeholder": _T("Kinds", "link to an organisation"),
        "interaction_partnership": _T("Kinds", "link to a partnership"),
    }
    return names.get(kind, kind)


def kind_title(kind: str) -> str:
    """Plural, as a heading: 'Organisations'."""
    titles = {
        "stakeholder": _T("Kinds", "Organisations"),
        "partnership": _T("Kinds", "Partnerships"),
        "sector": _T("Kinds", "Sectors"),
        "region": _T("Kinds", "Regions"),
        "interaction": _T("Kinds", "Interactions"),
        "contact": _T("Kinds", "Contact persons"),
    }
    return titles.get(kind, kind_name(kind).capitalize())


def kind_count(kind: str, n: int) -> str:
    """'1 organisation', '3 organisations' (Italian and English both have one plural form)."""
    forms = {
        "stakeholder": (_T("Kinds", "1 organisation"), _T("Kinds", "{0} organisations")),
        "partnership": (_T("Kinds", "1 partnership"), _T("Kinds", "{0} partnerships")),
        "sector": (_T("Kinds", "1 sector"), _T("Kinds", "{0} sectors")),
        "region": (_T("Kinds", "1 region"), _T("Kinds", "{0} regions")),
        "interaction": (_T("Kinds", "1 interaction"), _T("Kinds", "{0} interactions")),
        "contact": (_T("Kinds", "1 contact person"), _T("Kinds", "{0} contact persons")),
        "participant": (_T("Kinds", "1 participation in a partnership"),
                        _T("Kinds", "{0} participations in partnerships")),
        "partner_region": (_T("Kinds", "1 partner region link"), _T("Kinds", "{0} partner region links")),
        "action": (_T("Kinds", "1 follow-up action"), _T("Kinds", "{0} follow-up actions")),
        # links named by both ends: deleting a sector counts its organisations' and its partnerships'
        "stakeholder_sector": (_T("Kinds", "1 link between an organisation and a sector"),
                               _T("Kinds", "{0} links between organisations and sectors")),
        "partnership_sector": (_T("Kinds", "1 link between a partnership and a sector"),
                               _T("Kinds", "{0} links between partnerships and sectors")),
        "stakeholder_ket": (_T("Kinds", "1 link between an organisation and a KET"),
                            _T("Kinds", "{0} links between organisations and KETs")),
        "sector_ket": (_T("Kinds", "1 link between a sector and a KET"), _T("Kinds", "{0} links between sectors and KETs")),
        "interaction_stakeholder": (_T("Kinds", "1 link between an interaction and an organisation"),
                                    _T("Kinds", "{0} links between interactions and organisations")),
        "interaction_partnership": (_T("Kinds", "1 link between an interaction and a partnership"),
                                    _T("Kinds", "{0} links between interactions and partnerships")),
        "saved_search": (_T("Kinds", "1 saved search"), _T("Kinds", "{0} saved searches")),
    }
    one, many = forms.get(kind, ("1 × " + kind_name(kind), "{0} × " + kind_name(kind)))
    return one if n == 1 else many.format(QLocale().toString(n))


@cache
def field_info(kind: str, name: str):
    for f in ops.kind(kind).fields:
        if f.name == name:
            return f
    return None


def field_label(kind: str, name: str) -> str:
    f = field_info(kind, name)
    if f is not None:
        return i18n.field_label(f)
    generic = {"updated_at": _T("Lists", "Last changed"), "created_at": _T("Lists", "Added"),
               "name": _T("Lists", "Name")}
    return generic.get(name, name)


# --- values ------------------------------------------------------------------------------------

def format_date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def format_money(value) -> str:
    """An amount in euros with its cents, always: in a list or a table of contributions the
    digits line up, and a whole amount reads like the others ("€13,318,002.00" beside
    "€598,591.88"). (Exact up to a thousand billion euros, as a float holds it.)"""
    if value is None:
        return ""
    return QLocale().toCurrencyString(float(value), "€", 2)


def format_value(kind: str, name: str, value) -> str:
    """A stored value as text for a list cell or a detail line."""
    if value is None or value == "":
        return ""
    f = field_info(kind, name)
    if f is not None and f.type == "choice":
        return i18n.choice_label(f.choices, value)
    if isinstance(value, bool):
        return _T("Values", "Yes") if value else _T("Values", "No")
    if isinstance(value, dt.datetime):
        local = value.replace(tzinfo=dt.UTC).astimezone()
        return local.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_money(value)
    return str(value)


def edit_text(value) -> str:
    """A stored value as a form shows it for editing."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def record_label(kind: str, rec, language: str | None = None) -> str:
    """The one-line name of a record."""
    language = language or i18n.current_language()
    if rec is None:
        return ""
    if kind in ("sector", "ket"):
        return rec.name_it if language == "it" else rec.name_en
    if kind == "partnership":
        return rec.label
    if kind == "region":
        return f"{rec.name} ({rec.code})"
    if kind == "municipality":
        return f"{rec.name} ({rec.province_code})"
    if kind == "interaction":
        return f"{format_date(rec.date)} — {rec.subject}"
    if kind == "action":
        return rec.text
    if kind == "participant":
        return i18n.choice_label(field_info("participant", "role").choices, rec.role)
    for attr in ("name", "title", "code"):
        if hasattr(rec, attr):
            return str(getattr(rec, attr))
    return str(rec.id)


# --- list columns ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Column:
    key: str  # the record attribute shown (for sectors' names, the English one)
    visible: bool = True
    width: int = 120
    by_language: tuple[str, str] | None = None  # (Italian, English) attributes, for sector names

    def attribute(self, language: str) -> str:
        if self.by_language:
            return self.by_language[0] if language == "it" else self.by_language[1]
        return self.key

    def title(self, kind: str) -> str:
        if self.by_language:
            return _T("Lists", "Name")
        return field_label(kind, self.key)

    def right_aligned(self, kind: str) -> bool:
        f = field_info(kind, self.key)
        return f is not None and f.type in ("money", "int")


COLUMNS: dict[str, tuple[Column, ...]] = {
    "stakeholder": (
        Column("name", width=235), Column("type", width=140), Column("city", width=105),
        Column("province", width=65), Column("country", width=55), Column("short_name", False, 120),
        Column("pic", False, 100), Column("updated_at", False, 130), Column("created_at", False, 130),
    ),
    "partnership": (
        Column("acronym", width=110), Column("title", width=260), Column("scheme", width=150),
        Column("status", width=100), Column("start_date", width=90), Column("end_date", width=90),
        Column("programme", False, 160), Column("total_budget", False, 120), Column("eu_contribution", False, 120),
        Column("updated_at", False, 130),
    ),
    "sector": (
        Column("code", width=110), Column("name_en", width=320, by_language=("name_it", "name_en")),
        Column("kind", width=170),
    ),
    "region": (
        Column("code", width=90), Column("name", width=300), Column("country_code", width=80), Column("level", width=70),
    ),
    "interaction": (
        Column("date", width=100), Column("kind", width=110), Column("subject", width=420),
        Column("updated_at", False, 130),
    ),
    "contact": (
        Column("name", width=220), Column("role", width=200), Column("email", width=220),
        Column("last_verified", width=110),
    ),
}

# the order a list starts in: (attribute, descending)
DEFAULT_SORT = {"interaction": ("date", True)}
