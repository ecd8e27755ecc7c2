"""The pack's own words in Italian and English, independent of the window's language (a pack may
be printed in English for a delegation while the officer works in Italian). English is the key;
``IT`` holds the Italian. Dates, numbers and money follow the pack's language too.

    t = Texts("it")
    t("Partnerships")                      # 'Partenariati'
    t("{n} organisations", n=t.number(3))  # '3 organizzazioni'
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from database.enums import (
    CompanySize,
    InteractionKind,
    ParticipantRole,
    PartnershipStatus,
    RegionRole,
    Scheme,
    SectorKind,
    StakeholderType,
)

LANGUAGES = ("it", "en")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
}

COUNTRIES = {  # code: (English, Italian); NUTS writes Greece EL and the United Kingdom UK
    "AT": ("Austria", "Austria"), "BE": ("Belgium", "Belgio"), "BG": ("Bulgaria", "Bulgaria"),
    "CH": ("Switzerland", "Svizzera"), "CY": ("Cyprus", "Cipro"), "CZ": ("Czechia", "Cechia"),
    "DE": ("Germany", "Germania"), "DK": ("Denmark", "Danimarca"), "EE": ("Estonia", "Estonia"),
    "EL": ("Greece", "Grecia"), "GR": ("Greece", "Grecia"), "ES": ("Spain", "Spagna"),
    "FI": ("Finland", "Finlandia"), "FR": ("France", "Francia"), "HR": ("Croatia", "Croazia"),
    "HU": ("Hungary", "Ungheria"), "IE": ("Ireland", "Irlanda"), "IS": ("Iceland", "Islanda"),
    "IT": ("Italy", "Italia"), "LI": ("Liechtenstein", "Liechtenstein"), "LT": ("Lithuania", "Lituania"),
    "LU": ("Luxembourg", "Lussemburgo"), "LV": ("Latvia", "Lettonia"), "MT": ("Malta", "Malta"),
    "NL": ("Netherlands", "Paesi Bassi"), "NO": ("Norway", "Norvegia"), "PL": ("Poland", "Polonia"),
    "PT": ("Portugal", "Portogallo"), "RO": ("Romania", "Romania"), "SE": ("Sweden", "Svezia"),
    "SI": ("Slovenia", "Slovenia"), "SK": ("Slovakia", "Slovacchia"), "UK": ("United Kingdom", "Regno Unito"),
    "GB": ("United Kingdom", "Regno Unito"), "TR": ("Türkiye", "Turchia"), "RS": ("Serbia", "Serbia"),
    "AL": ("Albania", "Albania"), "ME": ("Montenegro", "Montenegro"), "MK": ("North Macedonia", "Macedonia del Nord"),
    "UA": ("Ukraine", "Ucraina"), "IL": ("Israel", "Israele"), "US": ("United States", "Stati Uniti"),
}

IT = {
    # --- vocabularies of the register (database/enums.py labels) ---
    "University": "Università",
    "Research organisation": "Organismo di ricerca",
    "Innovation cluster": "Polo di innovazione",
    "Science and technology park": "Parco scientifico e tecnologico",
    "Incubator": "Incubatore",
    "Large company": "Grande impresa",
    "SME": "PMI",
    "Public body": "Ente pubblico",
    "Other": "Altro",
    "Micro (under 10)": "Micro (meno di 10)",
    "Small (10–49)": "Piccola (10–49)",
    "Medium (50–249)": "Media (50–249)",
    "Large (250 and over)": "Grande (250 e oltre)",
    "S3 area": "Area S3",
    "Cross-cutting driver": "Driver trasversale",
    "Technology trajectory": "Traiettoria tecnologica",
    "Vanguard Initiative pilot": "Pilota della Vanguard Initiative",
    "ERA-NET": "ERA-NET",
    "Interreg programme": "Programma Interreg",
    "Horizon Europe project": "Progetto Horizon Europe",
    "Bilateral agreement": "Accordo bilaterale",
    "Network or platform": "Rete o piattaforma",
    "Idea": "Idea",
    "In preparation": "In preparazione",
    "Submitted": "Presentato",
    "Active": "Attivo",
    "Closed": "Concluso",
    "Not funded": "Non finanziato",
    "Coordinator / lead": "Coordinatore / capofila",
    "Partner": "Partner",
    "Associated partner": "Partner associato",
    "Observer": "Osservatore",
    "Lead region": "Regione capofila",
    "Partner region": "Regione partner",
    "Observer region": "Regione osservatrice",
    "Meeting": "Riunione",
    "Call": "Telefonata",
    "Visit": "Visita",
    "Event": "Evento",
    # --- the pack's own words ---
    "Partnerships": "Partenariati",
    "from {start}": "da {start}",
    "until {end}": "fino a {end}",
    "dates not set": "date non indicate",
    "No dates are recorded for these partnerships, so there is no timeline.":
        "Per questi partenariati non sono registrate date, quindi non è possibile mostrare una cronologia.",
    "Sectors": "Settori",
    "Partner regions": "Regioni partner",
    "Organisations": "Organizzazioni",
    "Scope": "Ambito",
    "the whole register": "l'intero registro",
    "Date": "Data",
    "Prepared by": "A cura di",
    "Audience": "Destinatari",
    "Internal": "Uso interno",
    "External (public)": "Esterni (pubblico)",
    "Public: this pack contains no personal data of contact people and no internal notes.":
        "Pubblico: questo dossier non contiene dati personali delle persone di contatto né note interne.",
    "Internal: this pack contains personal data of contact people and internal notes. "
    "Do not pass it on outside the administration.":
        "Uso interno: questo dossier contiene dati personali delle persone di contatto e note interne. "
        "Non diffonderlo al di fuori dell'amministrazione.",
    "Contents": "Indice",
    "Talking points": "Punti di discussione",
    "Executive summary": "Sintesi",
    "organisations": "organizzazioni",
    "organisation": "organizzazione",
    "contact person": "persona di contatto",
    "meeting or contact in the last 12 months": "incontro o contatto negli ultimi 12 mesi",
    "… and {n} more partnership in scope, not listed here: the register holds it.":
        "… e {n} altro partenariato nell'ambito, non elencato qui: è nel registro.",
    "… and {n} more partnerships in scope, not listed here: the register holds them all.":
        "… e altri {n} partenariati nell'ambito, non elencati qui: sono tutti nel registro.",
    "partnerships, {n} active": "partenariati, di cui attivi: {n}",
    "partnership, {n} active": "partenariato, di cui attivi: {n}",
    "total budget of the funded partnerships (active or closed)":
        "budget complessivo dei partenariati finanziati (attivi o conclusi)",
    "EU contribution to the funded partnerships": "contributo UE ai partenariati finanziati",
    "EU contribution: given by {k} of the {n} funded partnerships":
        "contributo UE: indicato da {k} dei {n} partenariati finanziati",
    "EU contribution": "Contributo UE",
    "contact people": "persone di contatto",
    "meetings and contacts in the last 12 months": "incontri e contatti negli ultimi 12 mesi",
    "Overview": "Quadro generale",
    "Figures of the whole register on {date}.": "Dati dell'intero registro al {date}.",
    "Figures of the organisations and partnerships in this pack's scope on {date}.":
        "Dati delle organizzazioni e dei partenariati nell'ambito di questo dossier al {date}.",
    "Organisations by S3 area": "Organizzazioni per area S3",
    "Organisations by type": "Organizzazioni per tipo",
    "Partnerships by status": "Partenariati per stato",
    "Partnerships by scheme": "Partenariati per schema",
    "Partnerships by year of start": "Partenariati per anno di avvio",
    "Most frequent partner regions": "Regioni partner più frequenti",
    "Organisations by country": "Organizzazioni per paese",
    "No organisation in this pack's scope is linked to an S3 area yet.":
        "Nessuna organizzazione nell'ambito di questo dossier è ancora collegata a un'area S3.",
    "Part of": "Fa parte di",
    "Sub-sectors": "Sottosettori",
    "Key enabling technologies": "Tecnologie abilitanti fondamentali",
    "Key organisations by type": "Organizzazioni principali per tipo",
    "Type": "Tipo",
    "Number": "Numero",
    "The most active (partnerships)": "Le più attive (partenariati)",
    "Partnerships in this sector": "Partenariati del settore",
    "Partnership": "Partenariato",
    "Scheme": "Schema",
    "Status": "Stato",
    "Period": "Periodo",
    "…and {n} more.": "…e altri {n}.",
    "…and {n} more": "…e un altro",
    "country": "paese",
    "NUTS 1 region": "regione NUTS 1",
    "NUTS 2 region": "regione NUTS 2",
    "NUTS 3 region": "regione NUTS 3",
    "Organisations of the register located here: {orgs}. Partnerships involving the region, as partner "
    "region or through its organisations: {parts}.":
        "Organizzazioni del registro con sede qui: {orgs}. Partenariati che coinvolgono la regione, come "
        "regione partner o tramite le sue organizzazioni: {parts}.",
    "Our partnerships with {region}": "I nostri partenariati con {region}",
    "Region's role": "Ruolo della regione",
    "Members from here": "Membri della regione",
    "Organisations located in {region}": "Organizzazioni con sede in {region}",
    "Organisation": "Organizzazione",
    "City": "Città",
    "…and {n} more; the organisation directory lists them all.":
        "…e altre {n}; l'elenco delle organizzazioni le riporta tutte.",
    "The {n} most relevant are described in detail; the others are listed at the end.":
        "I {n} più rilevanti sono descritti in dettaglio; gli altri sono elencati alla fine.",
    "today": "oggi",
    "open-ended": "senza scadenza",
    "Timeline": "Cronologia",
    "Other partnerships in scope": "Altri partenariati nell'ambito",
    "Acronym": "Acronimo",
    "Title": "Titolo",
    "Programme": "Programma",
    "Total budget": "Budget totale",
    "Reference": "Riferimento",
    "Website": "Sito web",
    "Participants ({n})": "Partecipanti ({n})",
    "Role": "Ruolo",
    "Region": "Regione",
    "Contribution": "Contributo",
    "Recent contacts": "Contatti recenti",
    "Kind": "Tipo",
    "Subject": "Oggetto",
    "Partnership network": "Rete dei partenariati",
    "our region": "la nostra regione",
    "Who works with whom: organisations based in {home} on the left, partners elsewhere on the right, and "
    "the partnerships that link them; a thicker line marks the coordinator.":
        "Chi lavora con chi: a sinistra le organizzazioni con sede in {home}, a destra i partner di altre "
        "regioni, al centro i partenariati che li collegano; una linea più spessa indica il coordinatore.",
    "Organisations in {home}": "Organizzazioni in {home}",
    "Partners elsewhere": "Partner di altre regioni",
    "Not shown, to keep the diagram legible: {what}.": "Non mostrati, per leggibilità: {what}.",
    " and ": " e ",
    "Profiles of the {n} organisations most involved in this pack's scope; the organisation directory "
    "covers all {total}.":
        "Profili delle {n} organizzazioni più coinvolte nell'ambito di questo dossier; l'elenco delle "
        "organizzazioni le riporta tutte ({total}).",
    "Short name": "Nome breve",
    "Address": "Indirizzo",
    "PIC": "PIC",
    "VAT number": "Partita IVA",
    "VAT": "P. IVA",
    "E-mail": "E-mail",
    "Phone": "Telefono",
    "Tags": "Etichette",
    "Partnerships ({n})": "Partenariati ({n})",
    "Contact people": "Persone di contatto",
    "Name": "Nome",
    "E-mail and phone": "E-mail e telefono",
    "Verified": "Verificato",
    "Contact directory": "Rubrica dei contatti",
    "Contact people of the organisations in this pack's scope. Personal data: for internal use only. "
    "Dates in red: not verified for over a year.":
        "Persone di contatto delle organizzazioni nell'ambito di questo dossier. Dati personali: solo per uso "
        "interno. Date in rosso: non verificate da oltre un anno.",
    "never": "mai",
    "Name and role": "Nome e ruolo",
    "Language, verified": "Lingua, verifica",
    "Open follow-up actions": "Azioni di follow-up aperte",
    "overdue": "scaduta",
    "Due": "Scadenza",
    "Action": "Azione",
    "Owner": "Responsabile",
    "Agreed at": "Concordata in",
    "Organisation directory": "Elenco delle organizzazioni",
    "Sources and currency of the data": "Fonti e aggiornamento dei dati",
    "Where the data in this pack comes from, and the dates it was true on (\u201cas of\u201d).":
        "Da dove provengono i dati di questo dossier e la data a cui si riferiscono (\u00abaggiornato al\u00bb).",
    "Records": "Dati",
    "Source": "Fonte",
    "As of": "Aggiornato al",
    "as of {date}": "aggiornato al {date}",
    "{n} undated": "{n} senza data",
    "not recorded": "non indicata",
    "The scope holds no records.": "L'ambito non contiene dati.",
    "This pack was prepared with RIS3 Desk on {date}.": "Dossier preparato con RIS3 Desk il {date}.",
    "Prepared by {author}.": "A cura di {author}.",
    "Public edition: contact people's personal data and internal notes are left out.":
        "Edizione pubblica: i dati personali delle persone di contatto e le note interne sono esclusi.",
    "Internal edition: it contains personal data of contact people; keep it within the administration and "
    "destroy it when no longer needed.":
        "Edizione interna: contiene dati personali delle persone di contatto; non diffonderla al di fuori "
        "dell'amministrazione e distruggerla quando non serve più.",
    "{n} organisation": "{n} organizzazione",
    "{n} organisations": "{n} organizzazioni",
    "{n} partnership": "{n} partenariato",
    "{n} partnerships": "{n} partenariati",
    "{n} partnership in this pack's scope.": "{n} partenariato nell'ambito di questo dossier.",
    "{n} partnerships in this pack's scope.": "{n} partenariati nell'ambito di questo dossier.",
    "{n} less connected organisation": "{n} organizzazione meno collegata",
    "{n} less connected organisations": "{n} organizzazioni meno collegate",
    "{n} open action": "{n} azione aperta",
    "{n} open actions": "{n} azioni aperte",
    "{n} is overdue": "{n} scaduta",
    "{n} are overdue": "{n} scadute",
    "{n} organisation in this pack's scope, in alphabetical order.":
        "{n} organizzazione nell'ambito di questo dossier, in ordine alfabetico.",
    "{n} organisations in this pack's scope, in alphabetical order.":
        "{n} organizzazioni nell'ambito di questo dossier, in ordine alfabetico.",
    "Internal note": "Nota interna",
    "Internal note: {text}": "Nota interna: {text}",
    "Warning: some data is more than a year old.": "Attenzione: alcuni dati risalgono a più di un anno fa.",
    "Check it before relying on it in the meeting.": "Verificarli prima di farvi affidamento nell'incontro.",
    "Sectors, partnerships and people": "Settori, partenariati e persone",
    "Sectors and partnerships": "Settori e partenariati",
    "Address and contact": "Indirizzo e recapiti",
    "Briefing pack: overview of the register": "Dossier informativo: quadro del registro",
    "Briefing pack: {scope}": "Dossier informativo: {scope}",
    "Briefing pack": "Dossier informativo",
    "Public": "Pubblico",
    "page {page} of {pages}": "pagina {page} di {pages}",
    "Smart Specialisation Strategy — {region}": "Strategia di specializzazione intelligente — {region}",
    "Smart Specialisation Strategy": "Strategia di specializzazione intelligente",
    "Sectors:": "Settori:",
    "KETs:": "KET:",
    "Partnerships:": "Partenariati:",
    "our contacts": "nostri contatti",
}

_ENUMS = (StakeholderType, CompanySize, SectorKind, Scheme, PartnershipStatus, ParticipantRole, RegionRole,
          InteractionKind)


class Texts:
    """Words, dates and numbers in one language. Records what it could not translate, so tests can
    insist that an Italian pack has no English left in it."""

    def __init__(self, lang: str):
        if lang not in LANGUAGES:
            raise ValueError(f"a pack's language is one of {', '.join(LANGUAGES)}, not {lang!r}")
        self.lang = lang
        self.missing: set[str] = set()

    def __call__(self, text: str, /, **params) -> str:
        if self.lang == "it":
            translated = IT.get(text)
            if translated is None:
                self.missing.add(text)
                translated = text
        else:
            translated = text
        return translated.format(**params) if params else translated

    def choice(self, enum: type, value: str | None) -> str:
        """The label of a stored choice value; an unknown value prints as it is."""
        if not value:
            return ""
        try:
            return self(enum(value).label)
        except ValueError:
            return value.replace("_", " ")

    # shorthands for the vocabularies the pack prints most
    def org_type(self, value):
        return self.choice(StakeholderType, value)

    def status(self, value):
        return self.choice(PartnershipStatus, value)

    def scheme(self, value):
        return self.choice(Scheme, value)

    def role(self, value):
        return self.choice(ParticipantRole, value)

    def region_role(self, value):
        return self.choice(RegionRole, value)

    def interaction_kind(self, value):
        return self.choice(InteractionKind, value)

    def size(self, value):
        return self.choice(CompanySize, value)

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        names = COUNTRIES.get(code.upper())
        return (names[1] if self.lang == "it" else names[0]) if names else code

    def date(self, d: date | None, short: bool = False) -> str:
        if d is None:
            return ""
        if short:  # (English: "29 May 2024", like the long form beside it, not "2024-05-29")
            return f"{d.day:02d}/{d.month:02d}/{d.year}" if self.lang == "it" else \
                f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
        return f"{d.day} {MONTHS[self.lang][d.month - 1]} {d.year}"

    def month_year(self, d: date | None) -> str:
        if d is None:
            return ""
        return f"{MONTHS[self.lang][d.month - 1][:3]} {d.year}"

    def number(self, n: int | float | Decimal | None, decimals: int = 0) -> str:
        if n is None:
            return ""
        text = f"{n:,.{decimals}f}"
        if self.lang == "it":  # 1,234.5 -> 1.234,5
            text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
        return text

    def money(self, amount: Decimal | int | float | None, compact: bool = False) -> str:
        """€ amounts: 'EUR 1,250,000' or, compact, 'EUR 1.3 m' (Italian: '€ 1.250.000', '€ 1,3 mln')."""
        if amount is None:
            return ""
        value = float(amount)
        if compact and abs(value) >= 1_000_000:
            unit = {"it": "mln", "en": "m"}[self.lang]
            return f"€ {self.number(value / 1_000_000, 1)} {unit}"
        if compact and abs(value) >= 10_000:
            unit = {"it": "mila", "en": "k"}[self.lang]
            return f"€ {self.number(value / 1_000, 0)} {unit}"
        return f"€ {self.number(value)}"

    def period(self, start: date | None, end: date | None) -> str:
        if start and end and (start.year, start.month) == (end.year, end.month):
            return self.month_year(start)  # (not "Apr 2024 – Apr 2024")
        if start and end:
            return f"{self.month_year(start)} – {self.month_year(end)}"
        if start:
            return self("from {start}", start=self.month_year(start))
        if end:
            return self("until {end}", end=self.month_year(end))
        return self("dates not set")

    def count(self, n: int, one: str, many: str) -> str:
        """'1 organisation' / '3 organisations' — ``one`` and ``many`` are English keys with {n}."""
        return self(one if n == 1 else many, n=self.number(n))


def all_enum_labels() -> list[str]:
    """Every label of the register's vocabularies (tests check each has its Italian)."""
    return [member.label for enum in _ENUMS for member in enum]
