"""The pack's typeface: DejaVu Sans (free, shipped with its licence in resources/fonts), embedded
as a subset in every PDF so that Polish, Czech, German and Greek names print and copy out right."""

from __future__ import annotations

import threading

from resources import resource_path

REGULAR = "RIS3Sans"
BOLD = "RIS3Sans-Bold"
ITALIC = "RIS3Sans-Oblique"
CONDENSED = "RIS3SansCondensed"
CONDENSED_BOLD = "RIS3SansCondensed-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the fonts with reportlab once per process (its font registry is global)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            path = resource_path("fonts", filename)
            if not path.exists():
                raise FileNotFoundError(f"the pack font {filename} is missing from {path.parent}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> in paragraphs pick the right face
        for family, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, ITALIC)
            addMapping(family, 1, 1, bold)
        _done = True
