"""A pack's scope and options as one plain dict: what presets (kind ``pack_preset``) and the log
of packs issued store, and what 'issue again' reads back."""

from __future__ import annotations

from database.ops.packdata import PackScope

from .builder import PackOptions

# options that describe one issue of a pack, not the kind of pack: a preset does not keep them
PER_ISSUE = ("date", "reproducible")


def to_dict(scope: PackScope, options: PackOptions, *, preset: bool = False) -> dict:
    values = options.as_dict()
    if preset:
        for name in PER_ISSUE:
            values.pop(name, None)
    return {"scope": scope.as_dict(), **values}


def from_dict(data: dict | None) -> tuple[PackScope, PackOptions]:
    data = dict(data or {})
    scope = PackScope.from_dict(data.pop("scope", None))
    return scope, PackOptions.from_dict(data)
