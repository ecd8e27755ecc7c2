"""``python -m desktop_app``: the ``ris3desk`` command (and the frozen program's entry point)."""

import sys

from desktop_app.cli import main

sys.exit(main())
