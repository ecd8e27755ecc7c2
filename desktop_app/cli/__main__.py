"""``python -m desktop_app.cli``: the ``ris3desk`` command without installing it."""

import sys

from desktop_app.cli import main

sys.exit(main())
