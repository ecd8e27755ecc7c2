"""What an import did, or would do (dry run): plain frozen data for the command line and the
window's preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP as _N
from ..i18n import plural
from ..ops.records import Changes
from .rejects import Reject, RejectSet, write_reject_sets

ENTITY_LABELS = {
    "stakeholder": _N("imports", "organisations"),
    "partnership": _N("imports", "partnerships"),
    "participant": _N("imports", "participations"),
    "partner_region": _N("imports", "partner regions"),
    "contact": _N("imports", "contact people"),
}
EXAMPLES = 5

# What the progress bar says while an import works
READING = _N("imports", "Reading")
READING_PROJECTS = _N("imports", "Reading projects")
MATCHING = _N("imports", "Matching")
MATCHING_PARTICIPANTS = _N("imports", "Matching participants")
COMPARING_NAMES = _N("imports", "Comparing names")
WRITING = _N("imports", "Writing {records}")
UPDATING = _N("imports", "Updating {records}")
SAVING = _N("imports", "Saving")


@dataclass(frozen=True)
class KindCounts:
    """Counts for one kind of record. ``kept`` counts values left alone because an officer
    edited them by hand (or typed the record) and the import was not asked to overwrite."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    kept: int = 0
    examples: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "new"/"updated"/"rejected"/"kept"

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged


@dataclass(frozen=True)
class ImportReport:
    file: str
    source: str  # what imported records carry as their source
    as_of: date | None
    dry_run: bool
    rows_read: int
    counts: dict[str, KindCounts]
    reject_sets: tuple[RejectSet, ...] = ()
    possible_duplicates: int = 0
    notes: tuple[str, ...] = ()
    backup: str | None = None
    changes: Changes = field(default_factory=Changes)

    @property
    def rejects(self) -> tuple[Reject, ...]:
        return tuple(r for s in self.reject_sets for r in s.rejects)

    @property
    def rows_rejected(self) -> int:
        return sum(len(s.rejects) for s in self.reject_sets)

    @property
    def changed_anything(self) -> bool:
        return any(c.new or c.updated for c in self.counts.values())

    def write_rejects(self, path: str | Path, say: Callable[[str], str] = str) -> list[Path]:
        """The refused rows as given, with a column saying why (see :mod:`.rejects`); ``say``
        puts a reason in the reader's language (the window's translation)."""
        return write_reject_sets(path, self.reject_sets, say)

    def summary_lines(self, examples: bool = False) -> list[str]:
        """The summary the command line prints (English)."""
        head = "Dry run — nothing was written." if self.dry_run else "Imported."
        lines = [f"{head} {self.file}: {self.rows_read} rows read, {self.rows_rejected} rejected."]
        if self.source:
            lines.append(f"Source recorded: {self.source}" + (f", as of {self.as_of.isoformat()}" if self.as_of else ""))
        width = max(len(ENTITY_LABELS.get(k, k)) for k in self.counts) if self.counts else 0
        for kind, c in self.counts.items():
            label = ENTITY_LABELS.get(kind, kind)
            line = (f"  {label:<{width}}  {c.new:>7} new  {c.updated:>7} updated  {c.unchanged:>7} unchanged  "
                    f"{c.rejected:>6} rejected")
            if c.kept:
                line += f"  ({plural(c.kept, 'hand-edited value', 'hand-edited values')} kept)"
            lines.append(line)
            if examples:
                for what in ("new", "updated", "kept", "rejected"):
                    for ex in c.examples.get(what, ()):
                        lines.append(f"      {what}: {ex}")
        if self.possible_duplicates:
            lines.append(f"  {plural(self.possible_duplicates, 'possible duplicate organisation', 'possible duplicate organisations')} "
                         "to review (Duplicates, in the window).")
        lines.extend(f"  Note: {n}" for n in self.notes)
        if self.backup:
            lines.append(f"  Backup taken just before the import: {self.backup}")
            lines.append(f"  To undo the import, restore it: ris3desk [--db …] restore \"{self.backup}\"")
        return lines
