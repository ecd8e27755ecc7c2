"""Which spreadsheet column holds which field, guessed from headers in Italian or English, and
the words officers write in choice columns ("PMI", "capofila", "in corso").

A mapping is ``{header: field name or None}`` (None: the column is skipped). Besides a kind's
own fields, a few columns name other records or parts of a value:

* ``organisation`` (contacts, participations): the organisation, by PIC, VAT number or name;
* ``partnership`` (participations): the partnership, by reference, acronym or title;
* ``region`` (organisations): a NUTS code;
* ``first_name`` / ``last_name`` (contacts): joined into the name.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..i18n import QT_TRANSLATE_NOOP as _N
from ..ops.kinds import kind as kind_info
from .places import place_key

MAPPING_SETTING = "import.mapping.{kind}.{signature}"

# Fields an import never takes from a column: it sets them itself, or they are derived.
NOT_MAPPED = {"source", "as_of", "municipality_id", "region_id", "stakeholder_id", "partnership_id"}

EXTRA_FIELDS = {
    "stakeholder": {"region": _N("fields", "NUTS region code")},
    "contact": {"organisation": _N("fields", "Organisation (PIC, VAT number or name)"),
                "first_name": _N("fields", "First name"), "last_name": _N("fields", "Surname")},
    "partnership": {},
    "participant": {"partnership": _N("fields", "Partnership (reference, acronym or title)"),
                    "organisation": _N("fields", "Organisation (PIC, VAT number or name)")},
}

# Header words, folded (no accents, lower case, punctuation as spaces), per field.
_COMMON = {
    "pic": ["pic", "codice pic", "participant identification code", "organisationid"],
    "vat_number": ["partita iva", "p iva", "piva", "vat", "vat number", "partita iva codice fiscale",
                   "codice fiscale partita iva", "cf piva", "vat no", "vatnumber"],
    "address": ["indirizzo", "via", "sede", "sede legale", "address", "street"],
    "postcode": ["cap", "codice postale", "postcode", "postal code", "zip", "zip code", "post code"],
    "city": ["citta", "comune", "localita", "city", "town", "municipality"],
    "province": ["provincia", "prov", "province", "sigla provincia"],
    "country": ["paese", "nazione", "stato", "country", "country code"],
    "website": ["sito", "sito web", "sito internet", "web", "website", "url", "indirizzo web", "web site",
                "organizationurl"],
    "email": ["email", "e mail", "posta elettronica", "mail", "indirizzo email", "e mail address"],
    "phone": ["telefono", "tel", "cellulare", "phone", "telephone", "mobile", "numero di telefono"],
    "notes": ["note", "notes", "osservazioni", "commenti", "comments", "note interne", "internal notes"],
    "description": ["descrizione", "description", "profilo", "abstract", "obiettivi", "objective", "objectives"],
    "website_project": [],
}
SYNONYMS: dict[str, dict[str, list[str]]] = {
    "stakeholder": {
        **_COMMON,
        "name": ["nome", "denominazione", "ragione sociale", "organizzazione", "ente", "nome ente", "azienda",
                 "impresa", "name", "organisation", "organization", "organisation name", "legal name",
                 "company", "stakeholder"],
        "short_name": ["sigla", "acronimo", "nome breve", "abbreviazione", "short name", "acronym", "shortname"],
        "type": ["tipo", "tipologia", "tipo ente", "categoria", "type", "organisation type", "activitytype"],
        "size": ["dimensione", "dimensione impresa", "classe dimensionale", "size", "company size"],
        "tags": ["tag", "tags", "parole chiave", "keywords"],
        "region": ["nuts", "codice nuts", "nuts code", "regione nuts", "nutscode", "region", "nuts region"],
    },
    "contact": {
        **{k: v for k, v in _COMMON.items() if k in ("email", "phone", "notes")},
        "name": ["nome e cognome", "nominativo", "nome completo", "cognome e nome", "referente", "persona",
                 "full name", "name", "contact", "contact person", "person"],
        "first_name": ["nome", "first name", "given name", "firstname"],
        "last_name": ["cognome", "surname", "last name", "family name", "lastname"],
        "role": ["ruolo", "qualifica", "funzione", "posizione", "incarico", "role", "job title", "position",
                 "title"],
        "language": ["lingua", "language"],
        "last_verified": ["verificato il", "ultima verifica", "data verifica", "last verified", "verified"],
        "organisation": ["ente", "organizzazione", "azienda", "impresa", "ragione sociale", "organisation",
                         "organization", "company", "stakeholder", "pic", "partita iva"],
    },
    "partnership": {
        **{k: v for k, v in _COMMON.items() if k in ("website", "notes", "description")},
        "title": ["titolo", "titolo progetto", "nome progetto", "progetto", "title", "project title", "project",
                  "name", "nome"],
        "acronym": ["acronimo", "sigla", "acronym", "short name"],
        "scheme": ["schema", "tipo", "tipologia", "strumento", "scheme", "type", "instrument"],
        "programme": ["programma", "bando", "programme", "program", "call"],
        "status": ["stato", "status"],
        "start_date": ["inizio", "data inizio", "data di inizio", "dal", "start", "start date", "startdate"],
        "end_date": ["fine", "data fine", "data di fine", "al", "end", "end date", "enddate"],
        "total_budget": ["budget", "budget totale", "costo totale", "valore", "importo", "total budget",
                         "total cost", "totalcost", "budget eur"],
        "eu_contribution": ["contributo ue", "contributo europeo", "finanziamento ue", "contributo comunitario",
                            "eu contribution", "ec contribution", "ecmaxcontribution", "eu funding"],
        "topics": ["temi", "tema", "topic", "topics", "argomenti"],
        "external_ref": ["riferimento", "codice progetto", "id progetto", "codice", "reference", "project id",
                         "external reference", "id", "grant agreement", "projectid"],
    },
    "participant": {
        "partnership": ["progetto", "partnership", "project", "acronimo progetto", "id progetto",
                        "codice progetto", "titolo progetto", "projectacronym", "projectid"],
        "organisation": ["partner", "ente", "organizzazione", "beneficiario", "azienda", "organisation",
                         "organization", "participant", "pic", "partner pic", "organisationid", "name"],
        "role": ["ruolo", "role"],
        "contribution": ["contributo", "quota", "budget partner", "contribution", "eccontribution",
                         "contributo ue"],
    },
}

# Words officers write for choice values, folded; the stored value and its English label count too.
CHOICE_WORDS = {
    "type": {
        "university": ["universita", "ateneo", "politecnico", "university", "hes", "higher education"],
        "research_organisation": ["ente di ricerca", "centro di ricerca", "istituto di ricerca", "ricerca",
                                  "research", "research centre", "rec", "organismo di ricerca"],
        "innovation_cluster": ["cluster", "polo di innovazione", "polo", "distretto", "distretto tecnologico"],
        "science_park": ["parco scientifico", "parco tecnologico", "parco scientifico e tecnologico",
                         "science park", "technology park"],
        "incubator": ["incubatore", "acceleratore", "incubator", "accelerator"],
        "large_company": ["grande impresa", "grande azienda", "impresa", "azienda", "large company",
                          "industrial leader", "company", "prc", "large enterprise"],
        "sme": ["pmi", "piccola impresa", "media impresa", "micro impresa", "microimpresa", "startup", "start up",
                "piccola e media impresa", "small company", "sme"],
        "public_body": ["ente pubblico", "pubblica amministrazione", "pa", "comune", "regione", "provincia",
                        "public body", "public authority", "pub", "government"],
        "other": ["altro", "associazione", "fondazione", "oth", "other", "ngo"],
    },
    "scheme": {
        "vanguard": ["vanguard", "vanguard initiative", "vi"],
        "eranet": ["era net", "eranet", "era net cofund"],
        "interreg": ["interreg", "alcotra", "alpine space", "spazio alpino", "central europe", "interreg europe"],
        "horizon_europe": ["horizon europe", "horizon", "he", "horizon 2020", "h2020"],
        "bilateral": ["bilaterale", "accordo bilaterale", "bilateral", "memorandum", "mou"],
        "network": ["rete", "network", "piattaforma", "platform", "s3 platform"],
        "other": ["altro", "other"],
    },
    "status": {
        "idea": ["idea"],
        "in_preparation": ["in preparazione", "preparazione", "in preparation", "draft"],
        "submitted": ["presentato", "inviato", "candidato", "submitted"],
        "active": ["attivo", "in corso", "avviato", "finanziato", "active", "ongoing", "signed", "running"],
        "closed": ["chiuso", "concluso", "terminato", "closed", "ended", "completed", "terminated"],
        "not_funded": ["non finanziato", "respinto", "not funded", "rejected"],
    },
    "role": {  # participants
        "coordinator": ["capofila", "coordinatore", "lead partner", "lead", "coordinator", "leader"],
        "partner": ["partner", "beneficiario", "participant", "partecipante", "thirdparty", "third party"],
        "associated_partner": ["partner associato", "associato", "associated partner", "associatedpartner"],
        "observer": ["osservatore", "observer"],
    },
    "size": {
        "micro": ["micro", "microimpresa", "micro impresa"],
        "small": ["piccola", "piccola impresa", "small"],
        "medium": ["media", "media impresa", "medium"],
        "large": ["grande", "grande impresa", "large"],
    },
}
LANGUAGES = {"italiano": "it", "italian": "it", "inglese": "en", "english": "en", "francese": "fr",
             "french": "fr", "francais": "fr", "tedesco": "de", "german": "de", "deutsch": "de",
             "spagnolo": "es", "spanish": "es", "espanol": "es", "portoghese": "pt", "portuguese": "pt",
             "olandese": "nl", "dutch": "nl", "polacco": "pl", "polish": "pl", "greco": "el", "greek": "el"}


@dataclass(frozen=True)
class Target:
    """A field a column can fill."""

    name: str
    label: str
    required: bool


def targets(kind: str) -> list[Target]:
    """What a column of a ``kind`` spreadsheet can be mapped to."""
    out = []
    for f in kind_info(kind).fields:
        if f.name in NOT_MAPPED:
            continue
        out.append(Target(f.name, f.label, f.required and f.name not in ("type", "scheme")))
    for name, label in EXTRA_FIELDS[kind].items():
        out.append(Target(name, label, name in ("organisation", "partnership")))
    if kind == "contact":
        out = [t if t.name != "name" else Target("name", t.label, False) for t in out]
    return out


def _words(kind: str) -> dict[str, str]:
    """Every header word -> its field, including the fields' own names and English labels."""
    out: dict[str, str] = {}
    for t in targets(kind):
        for w in (t.name.replace("_", " "), t.label, t.label.split("(")[0]):
            out.setdefault(place_key(w), t.name)
    for field, words in SYNONYMS[kind].items():
        for w in words:
            out.setdefault(place_key(w), field)
    return out


def guess(headers: list[str], kind: str) -> dict[str, str | None]:
    """Each header's field, guessed; each field is given to one column at most (the best)."""
    words = _words(kind)
    keys = list(words)
    scored: list[tuple[float, int, str]] = []
    for n, header in enumerate(headers):
        key = place_key(header)
        if not key:
            continue
        if key in words:
            scored.append((100.0, n, words[key]))
            continue
        found = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=88)
        if found:
            scored.append((found[1], n, words[found[0]]))
    # "Nome" and "Cognome" side by side are a first name and a surname
    if kind == "contact":
        fields = {f for _, _, f in scored}
        if "last_name" in fields:
            scored = [(s, n, "first_name" if f == "first_name" or (f == "name" and place_key(headers[n]) == "nome")
                       else f) for s, n, f in scored]
        else:
            scored = [(s, n, "name" if f == "first_name" else f) for s, n, f in scored]
    mapping: dict[str, str | None] = {h: None for h in headers}
    taken: set[str] = set()
    for _score, n, field in sorted(scored, key=lambda x: (-x[0], x[1])):
        if field not in taken and mapping[headers[n]] is None:
            mapping[headers[n]] = field
            taken.add(field)
    return mapping


def distinct(headers: list[str]) -> list[str]:
    """The headers as the mapping names them, one name per column: an empty header is named by
    its column letter, as in Excel ("(E)"); a header written again gets its letter ("Note (G)"),
    so that no column's values hide behind another's of the same name."""
    from openpyxl.utils import get_column_letter

    out, seen = [], set()
    for n, header in enumerate(headers, start=1):
        name = header if header and header not in seen else f"{header} ({get_column_letter(n)})".strip()
        seen.add(name)
        out.append(name)
    return out


def signature(headers: list[str]) -> str:
    """The same headers (whatever their case, accents or order of words) give the same signature."""
    return hashlib.sha1("\x1f".join(place_key(h) for h in headers).encode()).hexdigest()[:16]


def setting_key(kind: str, headers: list[str]) -> str:
    return MAPPING_SETTING.format(kind=kind, signature=signature(headers))


def encode_mapping(mapping: dict[str, str | None]) -> str:
    return json.dumps(mapping, ensure_ascii=False)


def decode_mapping(text: str | None, headers: list[str], kind: str) -> dict[str, str | None] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    valid = {t.name for t in targets(kind)}
    if not isinstance(data, dict) or set(data) != set(headers):
        return None
    return {h: (f if f in valid else None) for h, f in data.items()}


def parse_mapping_text(text: str) -> dict[str, str | None]:
    """'Ragione sociale=name, Città=city, Note=-' -> {header: field} ('-' or nothing skips)."""
    out: dict[str, str | None] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        header, sep, field = part.rpartition("=")
        if not sep:
            raise ValueError(f"“{part.strip()}”: write the column as HEADER=FIELD")
        field = field.strip()
        out[header.strip()] = None if field in ("", "-") else field
    return out


def choice_value(field: str, text: str, choices) -> str | None:
    """The stored value a written choice means ("PMI" -> "sme"), or None when it means none."""
    key = place_key(text)
    if not key:
        return None
    for c in choices:
        if key in (place_key(c.value), place_key(c.label)):
            return c.value
    words = CHOICE_WORDS.get(field, {})
    for value, synonyms in words.items():
        if key in synonyms:
            return value
    return None
