"""Rows an import refused, and the file that gives them back to the officer: each row exactly as
it was given, plus one column saying in plain words why it was refused. Fixed rows can be
imported again from that same file (the importers ignore the extra column)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import Message, joined
from ..sqlite_file import partial_file

REASON_COLUMN = "rejected_because"


@dataclass(frozen=True)
class Reject:
    line: int  # in the file as given (1 = the first line)
    row: tuple[str, ...]
    reason: str  # plain English, one sentence or two (a Message: the window translates it)
    entity: str  # the kind of record the row was refused for (stakeholder, partnership, ...)

    @property
    def text(self) -> str:
        return LINE_REASON.format(line=self.line, reason=self.reason)


LINE_REASON = _N("imports", "line {line}: {reason}")
# Reasons shared by every import (the English is marked for Qt's translation tools).
WRONG_FIELD_COUNT = _N("imports", "the row has {got} fields where the header has {want} "
                                  "(a broken line, or a delimiter inside an unquoted value)")
REPEATED_HEADER = _N("imports", "the header line appears again here (two files joined into one?)")
IN_COLUMN = _N("imports", "Column {column}: {message}")


def in_column(problem, column: str) -> Message:
    """A value's problem (a FieldProblem of the register's own checks), saying which column."""
    return IN_COLUMN.format(column=column, message=problem.message)


def problems_text(error) -> Message:
    """A ValidationError's problems as one reason."""
    return joined([p.message for p in error.problems], " ")


def shown(value: str, limit: int = 60) -> str:
    """A cell as a reason quotes it: on one line, invisible characters made visible, and cut
    short — a reason must stay readable even when the cell holds 5,000 characters of garbage."""
    text = "".join(c if c.isprintable() else "\ufffd" for c in str(value))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def write_rejects(path: str | Path, header: list[str], rejects: list[Reject], delimiter: str = ",",
                  say: Callable[[str], str] = str) -> Path:
    """Write the refused rows under the header, after a first ``rejected_because`` column (first, so
    it stays in line even for rows with too many fields). UTF-8 with a byte-order mark, so
    spreadsheet programs show accents right."""
    path = Path(path)
    with partial_file(path) as partial:  # (removed on any failure: the rows may hold personal data)
        with partial.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=delimiter)
            writer.writerow([REASON_COLUMN, *header])
            for r in rejects:
                writer.writerow([say(r.text), *r.row])
        partial.replace(path)
    return path


@dataclass(frozen=True)
class RejectSet:
    """The refused rows of one file of an import (a CORDIS import may read two files)."""

    file: str
    header: tuple[str, ...]
    delimiter: str
    rejects: tuple[Reject, ...]


def write_reject_sets(path: str | Path, sets: tuple[RejectSet, ...], say: Callable[[str], str] = str) -> list[Path]:
    """The first file's refused rows go to ``path``; another file's, when it has any, beside it
    (``OUT-projects.csv`` for a project table)."""
    path = Path(path)
    written = []
    for n, s in enumerate(sets):
        if n and not s.rejects:
            continue
        target = path if n == 0 else path.with_name(f"{path.stem}-{Path(s.file).name.split('.')[0]}{path.suffix}")
        written.append(write_rejects(target, list(s.header), list(s.rejects), s.delimiter, say))
    return written
