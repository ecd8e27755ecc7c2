"""Importing what others publish (CORDIS) and what officers keep (spreadsheets) into the register,
with the same rules for both: a dry run first, one transaction, rejects with reasons, nothing
duplicated, officers' hand edits respected. See README.md."""

from .cordis import import_cordis
from .rejects import Reject, RejectSet
from .report import ImportReport, KindCounts
from .spreadsheet import SheetPreview, import_spreadsheet, preview

__all__ = ["ImportReport", "KindCounts", "Reject", "RejectSet", "SheetPreview", "import_cordis", "import_spreadsheet",
           "preview"]
