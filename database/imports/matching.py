"""Telling whether two organisations are the same: by PIC, then VAT number (exact), and — for
review only, never merged silently — by a close name in the same city (rapidfuzz).

Names are compared without accents, case, punctuation or legal forms, so
"Centro Ricerche Fiat S.C.p.A." and "CENTRO RICERCHE FIAT SCPA" are the same name.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..search import fold
from .places import city_key
from .report import COMPARING_NAMES

# Legal forms and filler words that say nothing about which organisation it is.
LEGAL_FORMS = {
    "srl", "srls", "spa", "sapa", "snc", "sas", "scarl", "scrl", "scpa", "sc", "soc", "coop", "onlus", "ets",
    "sb", "gmbh", "ag", "ev", "kg", "ug", "mbh", "ggmbh", "sa", "sl", "slu", "sarl", "sasu", "bv", "nv",
    "ltd", "limited", "plc", "llc", "inc", "corp", "ab", "as", "asa", "oy", "oyj", "aps", "doo", "sro", "zoo",
    "kft", "ou", "uab", "ike", "ae", "ee", "the",
}
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")
# Dotted abbreviations ("S.p.A.", "S.C.p.A.", "e.V.") become one word before punctuation goes.
_DOTTED = re.compile(r"\b(?:\w\.){2,}\w?\.?")

# Similarity (0–100) from which two names in one city are offered as a possible duplicate.
SIMILAR = 88.0


_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\ufeff\u00ad]")


def tidy_text(value: str) -> str:
    """Collapse runs of white space; drop invisible format characters (zero-width spaces,
    left-to-right marks, soft hyphens) that real files carry and nobody typed on purpose."""
    if value.isascii():
        if value.isprintable() and "  " not in value:  # the usual cell: nothing to collapse
            return value.strip()
    else:
        value = _INVISIBLE.sub("", value)
    return _SPACES.sub(" ", value).strip()


def name_key(name: str | None) -> str:
    """The comparable core of an organisation name."""
    if not name:
        return ""
    text = _DOTTED.sub(lambda mt: mt.group(0).replace(".", ""), fold(name))
    words = [w for w in _NON_WORD.sub(" ", text).split() if w not in LEGAL_FORMS]
    return " ".join(words)


def same_text(a, b) -> bool:
    """Equal, or equal but for case, accents and spacing (an import does not re-case a name)."""
    if a == b:
        return True
    if isinstance(a, str) and isinstance(b, str):
        return fold(_SPACES.sub(" ", a).strip()) == fold(_SPACES.sub(" ", b).strip())
    return False


def similarity(a: str, b: str) -> float:
    """0–100: how alike two name keys are, whatever the word order."""
    if not a or not b:
        return 0.0
    score = fuzz.token_sort_ratio(a, b)
    words = len(min(a, b, key=len).split())
    if words >= 2:  # one name inside the other: "Fondazione Links" in "Fondazione Links Torino"
        score = max(score, fuzz.token_set_ratio(a, b) - (4 if words >= 3 else 8))
    return float(score)


@dataclass(frozen=True)
class Org:
    """What matching needs to know of an organisation."""

    id: uuid.UUID
    name: str
    city: str | None
    country: str | None
    pic: str | None = None

    @property
    def city_key(self) -> tuple[str, str]:
        return (self.country or "", city_key(self.country, self.city))


@dataclass(frozen=True)
class PossibleDuplicate:
    a: uuid.UUID  # the record that was there first
    b: uuid.UUID  # the newcomer
    score: float
    reason: str


def _reason(a: Org, b: Org, score: float) -> str:
    why = f"similar names ({score:.0f}%) in {a.city or b.city or 'the same place'}"
    if a.pic and b.pic and a.pic != b.pic:
        why += f"; different PICs {a.pic} and {b.pic}"
    return why


def close_names(existing: Iterable[Org], incoming: Iterable[Org], *, within_incoming: bool = False,
                threshold: float = SIMILAR, progress=None) -> list[PossibleDuplicate]:
    """Pairs (existing, incoming) with close names in the same city; with ``within_incoming``
    also pairs among the incoming ones (a scan of the whole register)."""
    groups: dict[tuple[str, str], list[Org]] = defaultdict(list)
    for o in existing:
        if o.city:
            groups[o.city_key].append(o)
    found = []
    by_city_new: dict[tuple[str, str], list[Org]] = defaultdict(list)
    for o in incoming:
        if o.city:
            by_city_new[o.city_key].append(o)
    for done, (key, news) in enumerate(by_city_new.items()):
        if progress and done % 200 == 0:
            progress(done, len(by_city_new), COMPARING_NAMES)
        olds = groups.get(key, [])
        pools = [(olds, news)] + ([(news, news)] if within_incoming else [])
        for left, right in pools:
            if not left:
                continue
            left_keys = [name_key(o.name) for o in left]
            for i, b in enumerate(right):
                b_key = name_key(b.name)
                # rapidfuzz runs the comparison loop in C; close ones get the finer score
                for _, _score, j in process.extract(b_key, left_keys, scorer=fuzz.token_set_ratio,
                                                   score_cutoff=threshold - 15, limit=None):
                    a = left[j]
                    if a.id == b.id or (left is right and j >= i):
                        continue
                    score = similarity(left_keys[j], b_key)
                    if score >= threshold:
                        found.append(PossibleDuplicate(a.id, b.id, round(score, 1), _reason(a, b, score)))
    return found
