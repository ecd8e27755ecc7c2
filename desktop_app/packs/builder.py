"""Building a pack: options in, PDF out.

    data = ops.pack_data(db, PackScope(sectors=("AUTO",)), audience="external")
    result = build_pack(data, PackOptions(language="it", title="Automotive"), "pack.pdf")

The file appears only when complete (written beside the target, then renamed), so a cancelled
or failed build leaves nothing half-written.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from pathlib import Path

from database.ops.packdata import AUDIENCES, PackData

from .doc import PackCancelled, PackDocTemplate, PageCounter
from .story import Story, and_more
from .styles import Styles
from .texts import LANGUAGES, Texts

# the build's fixed instant in reproducible mode (reportlab's invariant mode fixes the rest)
REPRODUCIBLE_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class PackOptions:
    """Everything about a pack but its scope. Saved with presets and in the pack log."""

    language: str = "en"
    audience: str = "internal"
    title: str = ""
    occasion: str = ""
    date: date | None = None  # the pack's date (default today)
    author: str = ""
    summary: str = ""  # free text: an executive summary, or talking points as lines starting with '- '
    directory: bool = False  # add the directory of every organisation in scope
    reproducible: bool = False  # same input, same bytes (fixed creation date and document id)

    def __post_init__(self):
        if self.language not in LANGUAGES:
            raise ValueError(f"the pack's language is one of {', '.join(LANGUAGES)}, not {self.language!r}")
        if self.audience not in AUDIENCES:
            raise ValueError(f"the pack's audience is one of {', '.join(AUDIENCES)}, not {self.audience!r}")

    def as_dict(self) -> dict:
        out = asdict(self)
        out["date"] = self.date.isoformat() if self.date else None
        return out

    @classmethod
    def from_dict(cls, data: dict | None) -> PackOptions:
        data = dict(data or {})
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if isinstance(values.get("date"), str):
            values["date"] = date.fromisoformat(values["date"])
        return cls(**values)


@dataclass(frozen=True)
class PackResult:
    pages: int
    seconds: float
    passes: int
    title: str = ""  # as printed (the default one when none was given)
    path: Path | None = None
    untranslated: frozenset[str] = field(default_factory=frozenset)


# the scope's part of a default title, at most: three organisations' names as CORDIS spells them
# ('THE PROVOST, FELLOWS, FOUNDATION SCHOLARS & THE OTHER MEMBERS OF BOARD…') filled the cover
TITLE_SCOPE_CHARS = 80
TITLE_SCOPE_ITEMS = 3


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word's end where there is one, with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-&/(") + "…"


def default_title(data: PackData, t: Texts) -> str:
    """'Briefing pack: Automotive, Baden-Württemberg, PIE-BW Auto', the scope's part at most
    :data:`TITLE_SCOPE_CHARS` long: as many chosen items as fit (up to three, the first cut if it
    alone is too long), then '…and N more'."""
    # sectors and regions by name in the pack's language ("Automotive", not "AUTO")
    names = {("sector", p.sector.code): p.sector.name(t.lang) for p in data.sectors}
    names.update({("region", p.region.code): p.region.name for p in data.regions})
    labels = [" ".join(names.get((kind, label), label).split()) for kind, label in data.scope_labels]
    if not labels:
        return t("Briefing pack: overview of the register")
    shown: list[str] = []
    for label in labels[:TITLE_SCOPE_ITEMS]:
        if shown and len(", ".join([*shown, label])) > TITLE_SCOPE_CHARS:
            break
        shown.append(label)
    scope = shorten(", ".join(shown), TITLE_SCOPE_CHARS)
    if len(labels) > len(shown):
        scope = and_more(scope, len(labels) - len(shown), t)
    return t("Briefing pack: {scope}", scope=scope)


def build_pack(data: PackData, options: PackOptions, out: str | os.PathLike | io.BufferedIOBase, *,
               progress: Callable[[int, int, str], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> PackResult:
    """Lay out and write the pack. ``progress(done, total, text)`` reports as pages are made;
    ``cancelled()`` is asked between flowables and stops the build with :class:`PackCancelled`."""
    started = time.perf_counter()
    if options.audience != data.audience:
        raise ValueError("the data was gathered for a different audience than the pack's options say")
    t = Texts(options.language)
    when = options.date or (REPRODUCIBLE_DATE if options.reproducible else date.today())
    options = replace(options, date=when, title=(options.title.strip() or default_title(data, t)),
                      occasion=options.occasion.strip(), author=options.author.strip())
    styles = Styles()
    story = Story(data, options, t, styles)
    flow = story.build()

    if isinstance(out, str | os.PathLike):
        target = Path(out)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".pack-", suffix=".pdf", dir=target.parent)
        os.close(fd)
        sink = tmp_name
    else:
        target, tmp_name, sink = None, None, out
    subject = options.occasion or t("Briefing pack")
    doc = PackDocTemplate(
        sink, title=options.title, subject=subject, author=options.author, date_text=t.date(when),
        classification=t("Internal") if options.audience == "internal" else t("Public"),
        page_label=t("page {page} of {pages}"), reproducible=options.reproducible,
        external=options.audience == "external", progress=progress, cancelled=cancelled,
        work_units=story.units, lang=options.language, kicker=t("Briefing pack"),
        kicker_detail=t("Smart Specialisation Strategy — {region}", region=data.home_region.name)
        if data.home_region else t("Smart Specialisation Strategy"))
    try:
        doc.multiBuild([PageCounter(doc), *flow], maxPasses=6)
        if tmp_name:
            # mkstemp makes the file readable by its owner only; a pack is an ordinary document
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
            os.replace(tmp_name, target)
            tmp_name = None
    finally:
        if tmp_name and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    if progress is not None:
        progress(doc.progress_total, doc.progress_total, "")
    return PackResult(pages=doc.page_count or doc.page, seconds=time.perf_counter() - started,
                      passes=doc.passes_done, title=options.title, path=target, untranslated=frozenset(t.missing))


__all__ = ["PackCancelled", "PackOptions", "PackResult", "build_pack", "default_title"]
