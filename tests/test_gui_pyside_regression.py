"""PySide6 6.12.0 aborts on Python 3.11 after a few thousand Qt calls that return nothing
("Fatal Python error: none_dealloc", DESIGN.md §5). The pinned version must survive 50,000."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_fifty_thousand_qt_calls_returning_nothing_do_not_crash():
    script = textwrap.dedent("""
        import PySide6
        from PySide6.QtCore import QObject
        for _ in range(50_000):
            QObject().setObjectName("x")
        print("survived", PySide6.__version__)
    """)
    # in a process of its own: the crash is an abort that would take the test run with it
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"PySide6 crashed (exit {result.returncode}): {result.stderr[-500:]}"
    assert result.stdout.startswith("survived ")
