"""Briefing packs read back with pypdf: sections, languages, what external packs leave out,
non-Latin-1 names, page X of Y, bookmarks, metadata, reproducible bytes, Cancel."""

from __future__ import annotations

import getpass
import io
import re
from datetime import date
from pathlib import Path

import pytest

from database import ops
from desktop_app.packs import PackCancelled, PackOptions, build_pack
from tests.packs_helpers import (
    NON_LATIN1,
    TODAY,
    all_bytes_decompressed,
    build,
    flat,
    make_demo_register,
    outline,
    page_texts,
    reader,
    text,
)

BW = ops.PackScope(sectors=["AUTO"], regions=["DE1"], partnerships=["PIE-BW Auto"])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = make_demo_register(tmp_path_factory.mktemp("packs") / "register.db")
    crf = ops.find_by(db, "stakeholder", name="Centro Ricerche Fiat S.C.p.A.")[0]
    ops.update(db, "stakeholder", crf.id, {"notes": "Confidential: budget dispute with the region"},
               expected_version=crf.version)
    yield db
    db.close()


@pytest.fixture(scope="module")
def bw_en(demo_db):
    return build(demo_db, BW, language="en", occasion="Visit of the Baden-Württemberg delegation",
                 author="Giulia Ferrero", summary="- Automotive transition\n- Batteries and skills")


@pytest.fixture(scope="module")
def bw_it_external(demo_db):
    return build(demo_db, BW, language="it", audience="external", directory=True)


def test_sections_of_the_scope_in_english(bw_en):
    pdf, result = bw_en
    words = flat(text(pdf))
    for expected in ("Contents", "Talking points", "Overview", "Sectors", "Automotive (AUTO)", "Partner regions",
                     "Baden-Württemberg (DE1)", "Partnerships", "PIE-BW Auto — Piemonte – Baden-Württemberg cooperation",
                     "Partnership network", "Organisations", "Robert Bosch GmbH", "Contact directory",
                     "Open follow-up actions", "Sources and currency of the data", "Visit of the Baden-Württemberg "
                     "delegation", "Giulia Ferrero", "Organisations by S3 area", "Timeline"):
        assert expected in words, expected
    assert "Organisation directory" not in words  # not asked for
    assert "Innovation cluster" in words  # vocabularies in English
    top = [title for level, title, _ in outline(pdf) if level == 0]
    assert top == ["Talking points", "Overview", "Sectors", "Partner regions", "Partnerships", "Partnership network",
                   "Organisations", "Contact directory", "Open follow-up actions", "Sources and currency of the data"]
    assert result.untranslated == frozenset()


def test_italian_pack_speaks_italian(bw_it_external):
    pdf, result = bw_it_external
    words = flat(text(pdf))
    for expected in ("Indice", "Quadro generale", "Settori", "Regioni partner", "Partenariati",
                     "Rete dei partenariati", "Organizzazioni", "Elenco delle organizzazioni",
                     "Fonti e aggiornamento dei dati", "pagina 1 di", "PUBBLICO", "Polo di innovazione",
                     "Grande impresa", "In preparazione", "Dossier informativo"):
        assert expected in words, expected
    for english in ("Contents", "Overview", "Partnerships by status", "page 1 of", "Large company", "Sources and"):
        assert english not in words, english
    assert result.untranslated == frozenset()
    assert "organizzazi…" not in words  # the longer Italian word under the ring's figure fits whole


def test_external_pack_leaves_out_contact_people_and_internal_notes(demo_db, bw_it_external):
    pdf, _ = bw_it_external
    everything = flat(text(pdf))
    raw = all_bytes_decompressed(pdf)
    contacts = ops.list_page(demo_db, "contact", limit=500).rows
    assert contacts
    for c in contacts:
        assert c.email not in everything and c.email.encode() not in raw
        assert c.name not in everything
    assert "+39 011 000 0000" not in everything  # the demo contacts' phone
    assert "budget dispute" not in everything  # an organisation's internal note
    assert "Agenda: automotive transition" not in everything  # an interaction's notes (internal)
    assert "Rubrica dei contatti" not in everything and "Azioni di follow-up aperte" not in everything
    assert "Robert Bosch GmbH" in everything and "Karlsruher Institut für Technologie" in everything


def test_internal_pack_has_contacts_notes_and_actions(demo_db, bw_en):
    pdf, _ = bw_en
    words = flat(text(pdf))
    assert "anna.bosch@example.org" in words and "Anna Schröder" in words
    assert "Confidential: budget dispute with the region" in words
    assert "Send the draft memorandum to the Stuttgart ministry" in words
    assert "INTERNAL" in words


def test_non_latin1_names_print_and_copy_out(demo_db):
    pdf, _ = build(demo_db, language="en", directory=True)
    words = flat(text(pdf))
    for name in NON_LATIN1:
        assert name in words, name
    fonts = reader(pdf).pages[-3]["/Resources"]["/Font"]
    embedded = [f.get_object()["/BaseFont"] for f in fonts.values()]
    assert any("DejaVuSans" in str(name) for name in embedded)  # the shipped font, embedded as a subset


def test_every_page_says_page_x_of_y(bw_en):
    pdf, result = bw_en
    pages = page_texts(pdf)
    assert result.pages == len(pages) > 10
    assert result.passes == 2  # the seeded contents make the first pass's layout final
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page
        assert "INTERNAL" in page and "10 March 2025" in page


def test_bookmarks_mirror_the_contents(bw_en):
    pdf, _ = bw_en
    pages = page_texts(pdf)
    toc_pages = [p for p in pages[1:5] if re.search(r"(\.\s+){5}", p)]
    # pypdf reads an entry's dot leader and page number just before the entry's own text
    entries = [(int(page), title.strip()) for page, title in
               re.findall(r"(?:\.\s+)+(\d+)\n([^\n]+)", "\n".join(toc_pages))]
    marks = outline(pdf)
    assert len(marks) == len(entries) > 20
    for (_level, title, page), (toc_page, toc_title) in zip(marks, entries, strict=True):
        assert page == toc_page and title.startswith(toc_title), (title, page, toc_title, toc_page)
        assert flat(title).split(" —")[0].split(" (")[0] in flat(pages[page - 1])  # it lands on its page


def test_metadata_and_no_paths_or_account_names(demo_db, tmp_path):
    folder = tmp_path / "secret-folder-xyz"
    folder.mkdir()
    pdf, _ = build(demo_db, BW, out=folder / "pack.pdf", language="en", title="Automotive delegation",
                   occasion="Visit of the Baden-Württemberg delegation", author="Giulia Ferrero")
    meta = reader(pdf).metadata
    assert meta.title == "Automotive delegation"
    assert meta.subject == "Visit of the Baden-Württemberg delegation"
    assert meta.author == "Giulia Ferrero"
    assert meta.creator == "RIS3 Desk"
    raw = all_bytes_decompressed(pdf)
    for secret in (b"secret-folder-xyz", str(tmp_path).encode(), str(Path.home()).encode(), b"resources/fonts",
                   b"/usr/share"):
        assert secret not in raw, secret
    user = getpass.getuser().encode()
    assert not re.search(rb"(?<![A-Za-z/])" + re.escape(user) + rb"(?![A-Za-z])", raw)


def test_reproducible_mode_gives_identical_bytes(demo_db, tmp_path):
    first, _ = build(demo_db, BW, out=tmp_path / "a.pdf", language="it", reproducible=True)
    second, _ = build(demo_db, BW, out=tmp_path / "b.pdf", language="it", reproducible=True)
    assert first == second
    third, _ = build(demo_db, BW, language="it", reproducible=True, title="Another title")
    assert third != first


def test_overview_of_the_whole_register(demo_db):
    pdf, _ = build(demo_db, language="en", date=date(2025, 7, 1))
    words = flat(text(pdf))
    assert "Figures of the whole register" in words and "the whole register" in words
    for area in ("Automotive (AUTO)", "Aerospace (AERO)", "Textile (TEXT)"):
        assert area in words
    assert "Warning: some data is more than a year old." in words  # the demo data is as of 2024-05-29


def test_directory_lists_every_organisation_of_the_scope(demo_db, bw_it_external):
    pdf, _ = bw_it_external
    data = ops.pack_data(demo_db, BW, audience="external", today=TODAY, directory=True)
    pages = page_texts(pdf)
    marks = outline(pdf)
    start = next(page for level, title, page in marks if title == "Elenco delle organizzazioni")
    directory = flat(" ".join(pages[start - 1:]))
    for o in data.directory:
        assert o.record.name in directory, o.record.name
    letters = [title for level, title, page in marks if level == 1 and page >= start and len(title) <= 3]
    assert letters == sorted(letters) and "R" in letters
    for page in pages[start:-1]:
        if "Organizzazione" in page:  # each directory page repeats the table's header
            assert "Indirizzo e recapiti" in page


def test_cancel_stops_the_build_and_leaves_no_file(demo_db, tmp_path):
    data = ops.pack_data(demo_db, today=TODAY, directory=True)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 20

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(PackCancelled):
        build_pack(data, PackOptions(date=TODAY, directory=True), target, cancelled=cancelled)
    assert not target.exists() and list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(demo_db):
    data = ops.pack_data(demo_db, BW, today=TODAY)
    seen = []
    build_pack(data, PackOptions(date=TODAY), io.BytesIO(), progress=lambda done, total, _: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert all(b >= a for (a, _), (b, _) in zip(seen, seen[1:], strict=False))  # never goes backwards


def test_options_must_match_the_data(demo_db):
    data = ops.pack_data(demo_db, BW, audience="external", today=TODAY)
    with pytest.raises(ValueError):  # internal options on data gathered for outsiders would mislabel it
        build_pack(data, PackOptions(audience="internal"), io.BytesIO())
    with pytest.raises(ValueError):
        PackOptions(language="fr")


def test_a_project_known_only_by_its_acronym(demo_db, tmp_path):
    """A CORDIS project imported without the project table has no budget and no title but its
    acronym: the overview says the budget is not known ("—", not "€ 0"), and the pack names the
    project once; recorded figures still add up."""
    from database.engine import open_database

    db = open_database(f"sqlite:///{tmp_path / 'bare.db'}")
    project = ops.create(db, "partnership", {"title": "LeTs-Care", "acronym": "LeTs-Care",
                                             "scheme": "horizon_europe"}).record
    for name, country in [("Politecnico di Torino", "IT"), ("Fraunhofer", "DE"), ("TU Wien", "AT")]:
        org = ops.create(db, "stakeholder", {"name": name, "type": "university", "country": country}).record
        ops.create(db, "participant", {"partnership_id": project.id, "stakeholder_id": org.id})
    pdf, _ = build(db, ops.PackScope(partnerships=["LeTs-Care"]), language="en")
    # organisations in no S3 area (as imported from CORDIS): the overview shows their countries, not bars of 0
    overview = flat(next(p for p in page_texts(pdf) if "total budget of the funded partnerships" in flat(p)))
    assert "Organisations by S3 area" not in overview and "Organisations by country" in overview
    assert "No organisation in this pack's scope is linked to an S3 area yet." in overview
    overview = flat(next(p for p in page_texts(pdf) if "total budget of the funded partnerships" in flat(p)))
    assert "— total budget of the funded partnerships" in overview and "— EU contribution" in overview
    assert "€ 0" not in overview
    assert "LeTs-Care — LeTs-Care" not in flat(text(pdf))  # the title only repeats the acronym: named once
    # no timeline of "dates not set" alone: a line says why there is none
    assert "Timeline" not in flat(text(pdf))
    assert "No dates are recorded for these partnerships, so there is no timeline." in flat(text(pdf))
    db.close()
    pdf, _ = build(demo_db, BW, language="en")
    overview = flat(next(p for p in page_texts(pdf) if "total budget of the funded partnerships" in flat(p)))
    assert "— total budget of the funded partnerships" not in overview and "€" in overview
    assert "Organisations by S3 area" in overview and "linked to an S3 area yet" not in overview
