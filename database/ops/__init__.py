"""The operations layer: the only way the window, the packs, the importers and the command line
reach the register. Functions take a :class:`~database.engine.Database`, ids and plain values,
and return frozen records (``records``) and a :class:`~records.Changes` set.

    rec = ops.create(db, "stakeholder", {"name": "Politecnico di Torino", "type": "university"}).record
    ops.update(db, "stakeholder", rec.id, {"city": "Torino"}, expected_version=rec.version)
    ops.search(db, "poli tor")
"""

from ..engine import Database, explain_error, open_database, resolve_url
from ..errors import (
    ConflictError,
    DamagedDatabaseError,
    DatabaseOpenError,
    EncryptedDatabaseError,
    NotFoundError,
    Ris3Error,
    ValidationError,
)
from ..search import SearchHit
from ..tracking import current_author
from .crud import (
    count,
    create,
    delete,
    delete_impact,
    get,
    get_many,
    history,
    list_ids,
    list_page,
    restore_snapshot,
    snapshot,
    update,
)
from .find import FindGroup, FindResult, find  # eager: the submodule of the same name would shadow it
from .kinds import KINDS, FieldInfo, Kind, kind
from .lists import IdList, first_page, interrupt_reads, ordered_ids
from .records import Changes, Outcome, Page, Record
from .summary import dashboard, get_setting, set_setting, stats

# Read when first used: the window paints its first list without them (start-up time matters,
# DESIGN.md §6); ``from database.ops import write_batch`` works all the same (PEP 562).
_LAZY = {
    **dict.fromkeys(('BatchOutcome', 'Create', 'Delete', 'Replaced', 'Restore', 'Update', 'inverse', 'write_batch'), "batch"),
    **dict.fromkeys(('find_by', 'interaction_detail', 'partnership_detail', 'region_by_code', 'region_detail', 'sector_detail', 'stakeholder_detail'), "details"),
    **dict.fromkeys(('Network', 'NetworkLink', 'NetworkNode', 'all_of', 'check_value', 'check_values', 'choose', 'clean_value', 'distinct_values', 'network', 'year_span'), "lookups"),
    **dict.fromkeys(('IssuedPack', 'PackData', 'PackScope', 'ScopeError', 'log_pack', 'pack_data', 'packs_issued', 'resolve_scope'), "packdata"),
    **dict.fromkeys(('DuplicatePair', 'MergePreview', 'MergeRecord', 'MergeResult', 'count_duplicates', 'dismiss_duplicate',
                     'find_duplicates', 'list_duplicates', 'list_merges', 'merge_preview', 'merge_stakeholders',
                     'merged_into', 'undo_merge'), "duplicates"),
    **dict.fromkeys(('contacts_to_review', 'erase_contact', 'review_months'), "privacy"),
    **dict.fromkeys(('restore_value',), "revert"),
    **dict.fromkeys(('automatic_backup', 'backup_location', 'backup_now', 'check', 'describe_backup', 'list_backups',
                     'newest_good_backup', 'repair_search_index', 'replace_damaged_register', 'restore_backup',
                     'unsafe_location'), "safety"),
}


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def search(db, query: str, kinds=None, limit: int = 50) -> list[SearchHit]:
    """Everything matching ``query`` as one types: accent- and case-insensitive prefixes, ranked."""
    from .. import search as text_search

    with db.read() as session:
        return text_search.search(session, query, kinds, limit)


__all__ = [
    "ConflictError", "Database", "DatabaseOpenError", "NotFoundError", "Ris3Error", "ValidationError",
    "explain_error", "open_database", "resolve_url",
    "KINDS", "Changes", "FieldInfo", "Kind", "Outcome", "Page", "Record", "SearchHit", "count", "create",
    "current_author", "dashboard", "delete", "delete_impact", "find_by", "get", "get_many", "get_setting",
    "history", "interaction_detail", "kind", "list_ids", "list_page", "partnership_detail", "region_by_code",
    "region_detail", "restore_snapshot", "search", "sector_detail", "set_setting", "snapshot",
    "stakeholder_detail", "stats", "update",
    # duplicates and merges
    "DuplicatePair", "MergePreview", "MergeRecord", "MergeResult", "count_duplicates", "dismiss_duplicate",
    "find_duplicates", "list_duplicates", "list_merges", "merge_preview", "merge_stakeholders", "merged_into",
    "undo_merge",
    # data safety
    "DamagedDatabaseError", "EncryptedDatabaseError", "automatic_backup", "backup_location", "backup_now", "check",
    "contacts_to_review", "describe_backup", "erase_contact", "list_backups", "newest_good_backup",
    "repair_search_index", "replace_damaged_register", "restore_backup", "restore_value", "review_months",
    "unsafe_location",
    # lean lists, find-as-you-type, batches with their inverse, lookups (the window's needs)
    "BatchOutcome", "Create", "Delete", "FindGroup", "FindResult", "IdList", "Network", "NetworkLink", "NetworkNode",
    "Replaced", "Restore", "Update", "all_of", "check_value", "check_values", "choose", "clean_value", "distinct_values", "find",
    "first_page", "interrupt_reads", "inverse", "network", "ordered_ids", "write_batch", "year_span",
    "IssuedPack", "PackData", "PackScope", "ScopeError", "log_pack", "pack_data", "packs_issued", "resolve_scope",
]
