"""Places in imported rows: Italian city spellings matched to ISTAT municipalities, and NUTS
codes matched to the register's regions.

CORDIS writes the same town as "Torino", "TORINO", "Torino To", "Turin", "Venaria Reale Torino",
"Ostana (CN)" or "Alba Frazione Gallo"; all of them are one ISTAT municipality. An Italian city
the list does not hold (it holds Piemonte's) is still written one way: "MILANO", "Milan" and
"Milano Mi" are all "Milano" (:func:`italian_place`).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import models as m
from ..search import fold

# Exonyms and old spellings met in real files, folded.
EXONYMS = {"turin": "torino", "turino": "torino", "novare": "novara", "coni": "cuneo"}
# Italian cities beyond the ISTAT list the register holds (Piemonte's, whose exonyms are above):
# the English names met in CORDIS, folded, and the city's own name.
ITALIAN_NAMES = {"rome": "Roma", "milan": "Milano", "naples": "Napoli", "florence": "Firenze", "venice": "Venezia",
                 "genoa": "Genova", "padua": "Padova", "mantua": "Mantova", "syracuse": "Siracusa",
                 "leghorn": "Livorno"}
# The abbreviations of Italy's provinces, as written after a city ("Pomezia Rm", "Sassari (SS)").
PROVINCE_CODES = frozenset(
    "AG AL AN AO AP AQ AR AT AV BA BG BI BL BN BO BR BS BT BZ CA CB CE CH CL CN CO CR CS CT CZ EN FC FE FG FI FM FR "
    "GE GO GR IM IS KR LC LE LI LO LT LU MB MC ME MI MN MO MS MT NA NO NU OR PA PC PD PE PG PI PN PO PR PT PU PV PZ "
    "RA RC RE RG RI RM RN RO SA SI SO SP SR SS SU SV TA TE TN TO TP TR TS TV UD VA VB VC VE VI VR VT VV".split())
# Abbreviations taken only in brackets: a bare "Po" ends the names of towns on the river
# ("Arena Po", "San Benedetto Po", "Bagnolo di Po"), not a city in Prato.
ONLY_IN_BRACKETS = frozenset({"PO"})
# Words written in lower case inside Italian place names ("Calderara di Reno", "Ozzano dell'Emilia",
# "Torre de' Passeri", "Pessano con Bornago"; in South Tyrol and the Aosta Valley, "an der", "en").
PARTICLES = frozenset("a ai agli al alla all allo an con d da dal dalla de dei degli del della delle dell dello "
                      "der di e ed en il in l la ne nel nella nell su sui sul sulla sull".split())
# Other names of cities elsewhere in Europe met in CORDIS — English ones mostly, a French one
# (Louvain), a common misspelling (Tallin) — folded, by country: the name the city's own people
# write. A city with two names in official use (Brussels, Helsinki, Nicosia) is not here: the
# file's spelling stays. Italy's are above (ITALIAN_NAMES).
CITY_NAMES = {
    "AT": {"vienna": "Wien"},
    "BE": {"antwerp": "Antwerpen", "ghent": "Gent", "bruges": "Brugge", "louvain": "Leuven"},
    "CH": {"geneva": "Genève", "berne": "Bern", "basle": "Basel"},
    "CZ": {"prague": "Praha", "pilsen": "Plzeň"},
    "DE": {"munich": "München", "cologne": "Köln", "nuremberg": "Nürnberg", "hanover": "Hannover",
           "brunswick": "Braunschweig"},
    "DK": {"copenhagen": "København"},
    "EE": {"tallin": "Tallinn"},
    "EL": {"athens": "Athina", "heraklion": "Irakleio", "patras": "Patra"},
    "ES": {"seville": "Sevilla", "saragossa": "Zaragoza"},
    "NL": {"the hague": "Den Haag"},
    "PL": {"warsaw": "Warszawa", "cracow": "Kraków"},
    "PT": {"lisbon": "Lisboa", "oporto": "Porto"},
    "RO": {"bucharest": "București"},
    "RS": {"belgrade": "Beograd"},
    "SE": {"gothenburg": "Göteborg"},
    "UA": {"kiev": "Kyiv", "kharkov": "Kharkiv", "lvov": "Lviv"},
}
CITY_NAMES["GR"] = CITY_NAMES["EL"]  # (CORDIS writes Greece EL; ISO, and some spreadsheets, GR)
# Letters that Unicode does not decompose into a base letter and an accent: "København" and
# "Kobenhavn" are one city. (ß needs nothing: folding makes it ss.)
_PLAIN_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})
_TRAILING_PROVINCE = re.compile(r"(?:\s*\(\s*([A-Za-z]{2})\s*\)|[\s,]+-?\s*([A-Za-z]{2}))$")
_PIECES = re.compile(r"([-'’/.])")
# A final vowel and apostrophe, as typed for an accented one: FORLI' is Forlì, CANTU' Cantù
_TYPED_ACCENT = re.compile(r"(?<=\w\w)([aiou])'$")
_GRAVE = {"a": "à", "i": "ì", "o": "ò", "u": "ù"}
_ROMAN = re.compile(r"[ivxl]{2,}")
_FRAZIONE = re.compile(r"\b(frazione|fraz|loc|localita|borgata)\b.*$")
_NON_WORD = re.compile(r"[^\w]+")


def place_key(text: str | None) -> str:
    """'Sant'Ambrogio di  TORINO' -> "sant ambrogio di torino" (accents, case, punctuation gone)."""
    if not text:
        return ""
    folded = fold(text)
    return _NON_WORD.sub(" ", folded if folded.isascii() else folded.translate(_PLAIN_LETTERS)).strip()


def city_key(country: str | None, city: str | None) -> str:
    """:func:`place_key`, with a city's English name taken as its own: ("PL", "Warsaw") and
    ("PL", "WARSZAWA") are both "warszawa"."""
    key = place_key(city)
    own = CITY_NAMES.get(country or "", {}).get(key)
    return place_key(own) if own else key


def city_spellings(cities: Iterable[tuple[str | None, str | None]]) -> dict[tuple[str | None, str], str]:
    """One spelling for each city of a file: (country, city as written) -> the spelling to keep,
    for the cities written more than one way. CORDIS writes Warsaw "WARSZAWA" 13 times, "Warszawa"
    18 times and "Warsaw" 21 times: spellings of one country that differ only by case, accents,
    spaces or punctuation are one city, and so is its English name (:data:`CITY_NAMES`). The city
    is written as its most frequent spelling in mixed case — one with accents first ("Köln" over
    "Koln") — or, when the file writes the city's own name only in capitals or not at all, as
    that name ("Warsaw" and "WARSZAWA" alone are "Warszawa"). Any other city written only in
    capitals stays so: nothing in the file says how to write it."""
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for (country, city), n in Counter(cities).items():  # (each spelling's key made once)
        if city:
            counts[(country, city_key(country, city))][city] += n
    out = {}
    for (country, key), spellings in counts.items():
        if len(spellings) == 1 and place_key(next(iter(spellings))) == key:
            continue  # one spelling, not an English name (most cities): nothing to choose
        mixed = [s for s in spellings if not s.isupper() and not s.islower() and place_key(s) == key]
        if mixed:
            best = max(mixed, key=lambda s: (_accented(s), spellings[s], -sum(c.isupper() for c in s), s))
        elif any(place_key(s) != key for s in spellings):  # the English name: the city's own instead
            best = next(own for own in CITY_NAMES[country].values() if place_key(own) == key)
        else:
            continue
        out.update({(country, s): best for s in spellings if s != best})
    return out


def _accented(text: str) -> bool:
    """Whether a letter carries an accent ("Köln", "København"; a curly apostrophe does not count)."""
    return not text.isascii() and (any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))
                                   or text.lower() != text.lower().translate(_PLAIN_LETTERS))


def italian_place(city: str) -> tuple[str, str | None]:
    """(the city, its province's abbreviation if the text gives one) for an Italian city the
    ISTAT list does not hold, written the usual way: "Pomezia Rm" is ("Pomezia", "RM"); "MILANO",
    "Milan" and "Milano Mi" are all "Milano"; "CORTACCIA SULLA STRADA DEL VINO BZ" is
    "Cortaccia sulla Strada del Vino"; "Calderara Di Reno" is "Calderara di Reno". Any other
    mixed-case spelling stays as written."""
    text, province = city.strip(), None
    found = _TRAILING_PROVINCE.search(text)
    code = (found.group(1) or found.group(2)).upper() if found else ""
    if code in PROVINCE_CODES and (found.group(1) or code not in ONLY_IN_BRACKETS):
        rest = text[:found.start()].rstrip(" -,")
        if rest and place_key(rest).rsplit(" ", 1)[-1] not in PARTICLES:  # ("Bagnolo di Po")
            text, province = rest, code
    named = ITALIAN_NAMES.get(place_key(text))
    if named:
        return named, province
    words = text.split(" ")
    if text.isupper() or text.islower():
        words = [_italian_word(w.lower(), first=i == 0) for i, w in enumerate(words)]
    else:  # every word given a capital ("Calderara Di Reno"): the particles go back to lower case
        words = [_italian_word(w.lower(), first=False) if i and _PIECES.split(w.lower())[0] in PARTICLES else w
                 for i, w in enumerate(words)]
    return " ".join(words), province


def _italian_word(word: str, first: bool) -> str:
    """One lower-case word of an Italian place name in its usual case: 'sant'anna' -> "Sant'Anna",
    "nell'emilia" -> "nell'Emilia", 'xxiii' -> 'XXIII', "forli'" -> 'Forlì'."""
    word = _TYPED_ACCENT.sub(lambda found: _GRAVE[found.group(1)], word)
    pieces = _PIECES.split(word)
    out = []
    for j, piece in enumerate(pieces):
        if j % 2 or not piece:  # a separator, or nothing beside it
            out.append(piece)
        elif piece in PARTICLES and not (first and j == 0):
            out.append(piece)
        elif _ROMAN.fullmatch(piece):
            out.append(piece.upper())
        else:
            out.append(piece[:1].upper() + piece[1:])
    return "".join(out)


@dataclass(frozen=True)
class Municipality:
    id: uuid.UUID
    name: str
    province: str
    nuts3: str = ""


class Municipalities:
    """The ISTAT list, for turning a written city into a municipality."""

    def __init__(self, rows: list[tuple[uuid.UUID, str, str | None, str, str, str]]):
        """rows: (id, name, other-language name, province code, province name, NUTS 3 code)."""
        self.by_key: dict[str, Municipality] = {}
        self.province_words: set[str] = set()
        self.by_nuts3: dict[str, list[tuple[str, Municipality]]] = {}
        for mid, name, other, prov_code, prov_name, nuts3 in rows:
            item = Municipality(mid, name, prov_code, nuts3)
            self.by_nuts3.setdefault(nuts3, []).append((place_key(name), item))
            for n in (name, other):
                for variant in (n or "").split("/"):
                    if variant.strip():
                        self.by_key.setdefault(place_key(variant), item)
            self.province_words.add(place_key(prov_code))
            self.province_words.update(place_key(prov_name).split("/"))
            for part in place_key(prov_name).split(" "):
                if len(part) > 3:
                    self.province_words.add(part)
        self._cache: dict[tuple[str, str], Municipality | None] = {}

    @classmethod
    def load(cls, session: Session) -> Municipalities:
        return cls(session.execute(select(m.Municipality.id, m.Municipality.name, m.Municipality.name_other,
                                          m.Municipality.province_code, m.Municipality.province_name,
                                          m.Municipality.nuts3_code)).all())

    def find(self, city: str | None, nuts: str | None = None) -> Municipality | None:
        """The municipality a written city names; ``nuts`` (the row's NUTS 3 code) settles a
        shortened name ("Piobesi" in ITC11 is Piobesi Torinese, not Piobesi d'Alba)."""
        key = place_key(city)
        if not key:
            return None
        nuts = (nuts or "")[:5]
        if (key, nuts) not in self._cache:
            found = self._find(key)
            if found is None and len(nuts) == 5:
                found = self._in_province(key, nuts)
            self._cache[(key, nuts)] = found
        return self._cache[(key, nuts)]

    def _in_province(self, key: str, nuts3: str) -> Municipality | None:
        fits = [item for name, item in self.by_nuts3.get(nuts3, ())
                if name.startswith(key + " ") or name.endswith(" " + key)]
        return fits[0] if len(fits) == 1 else None

    def _find(self, key: str) -> Municipality | None:
        key = EXONYMS.get(key, key)
        if key in self.by_key:
            return self.by_key[key]
        stripped = _FRAZIONE.sub("", key).strip()
        if stripped != key and stripped in self.by_key:
            return self.by_key[stripped]
        words = stripped.split(" ")
        # trailing province: "torino to", "sommariva del bosco cn", "casale monferrato alessandria"
        while len(words) > 1 and words[-1] in self.province_words:
            words.pop()
            candidate = " ".join(words)
            candidate = EXONYMS.get(candidate, candidate)
            if candidate in self.by_key:
                return self.by_key[candidate]
        return None


class Regions:
    """NUTS codes to region ids, tolerant of codes from another NUTS version: the longest known
    prefix wins ("ITC4C" of NUTS 2016 falls back to "ITC4")."""

    def __init__(self, rows: list[tuple[str, uuid.UUID, int]]):
        self.by_code = {code: (rid, level) for code, rid, level in rows}
        self._levels: dict = {}

    @classmethod
    def load(cls, session: Session) -> Regions:
        return cls(session.execute(select(m.Region.code, m.Region.id, m.Region.level)).all())

    def find(self, code: str | None) -> tuple[str, uuid.UUID] | None:
        code = (code or "").strip().upper()
        while len(code) >= 2:
            if code in self.by_code:
                return code, self.by_code[code][0]
            code = code[:-1]
        return None

    def at_level(self, code: str | None, level: int) -> tuple[str, uuid.UUID] | None:
        """The region at NUTS ``level`` containing ``code`` (itself when it is that level or above)."""
        key = (code, level)
        if key not in self._levels:
            found = self.find(code)
            if found is not None:
                found = self.find(found[0][: 2 + level])
            self._levels[key] = found
        return self._levels[key]
