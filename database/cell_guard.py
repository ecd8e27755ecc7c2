"""Text a spreadsheet program would take for a formula, written so that it stays text.

A value such as ``=HYPERLINK("http://…")`` or ``+cmd|' /C calc'!A0``, typed or imported into
the register, would run as a formula when an exported CSV file is opened in Excel or LibreOffice
(CSV injection). In CSV such a value is written with an apostrophe before it — the spreadsheet's
own mark for "this is text", which it does not show — and reading a CSV file takes that
apostrophe off again, so an exported list reads back exactly. (Excel workbooks need none of this:
their cells are written as text, which Excel never runs.)
"""

from __future__ import annotations

import re

# a formula starts with = or @; + and - start one too when letters or a | follow (a function
# or a command), not in a phone number or an amount such as +39 011 000 0000 or -5
_SIGNED_FORMULA = re.compile(r"^[+-].*[A-Za-z|]", re.DOTALL)


def is_formula(text: str) -> bool:
    return text[:1] in ("=", "@") or _SIGNED_FORMULA.match(text) is not None


def guarded(text: str) -> str:
    """``text`` as written in a CSV file: with an apostrophe before it when it reads as a formula."""
    return "'" + text if text and is_formula(text) else text


def unguarded(text: str) -> str:
    """A CSV cell's text, without the apostrophe :func:`guarded` put before a formula."""
    return text[1:] if text[:1] == "'" and is_formula(text[1:]) else text
