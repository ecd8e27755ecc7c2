"""Files the application ships: reference data, demo data, fonts, translations, icons.

`resource_path` is the one way to find them, from the source tree, an installed wheel
or a PyInstaller bundle alike.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. ``resource_path("reference", "nuts2021_codes.csv")``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        base = Path(bundle) / "resources"
    else:
        base = Path(__file__).resolve().parent
    return base.joinpath(*parts)
