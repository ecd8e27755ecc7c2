"""Installer benchmark: the frozen bundle's size, and its start-up against running from source.

    /work/main/.venv/bin/python tests/benchmarks/bench_installer.py [--runs 7]

Builds the Linux bundle with installer/build-linux (or reuses one newer than every source file),
then opens the window offscreen with RIS3DESK_QUIT_AFTER_PAINT=1, alternately frozen and from
source (`python -m desktop_app`, this checkout's code, the floor), on the same demo register.
Figures: the program's own "window painted in X s" (since its process started), the wall time
until it has exited and the CPU time of the run, medians. Goals (issue 7): bundle <= 170 MB unpacked; frozen no slower
than from source (ratio <= 1.00).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "ris3desk"
PROGRAM = BUNDLE / "ris3desk"
SIZE_GOAL_MB = 170


def clean_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen", "RIS3DESK_QUIT_AFTER_PAINT": "1"}


def time_window(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to "window painted" as the program reports it, wall seconds to exit, CPU seconds
    (user + system) of the whole run: less sensitive than wall time to other work on the machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    found = re.search(r"window painted in (\d+\.\d+) s", done.stdout)
    if done.returncode != 0 or not found:
        sys.exit(f"{command[0]} did not paint its window:\n{done.stdout}\n{done.stderr[-2000:]}")
    return float(found.group(1)), wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    build = subprocess.run([str(ROOT / "installer" / "build-linux"), "--bundle-only", "--reuse"],
                           env=dict(os.environ, RIS3DESK_BUILD_PYTHON=sys.executable))
    if build.returncode != 0:
        return build.returncode
    size_mb = sum(p.lstat().st_size for p in BUNDLE.rglob("*")) / 1e6
    files = sum(1 for _ in BUNDLE.rglob("*"))

    with tempfile.TemporaryDirectory(prefix="bench-installer-") as tmp:
        home = Path(tmp)
        register = home / "register.db"
        env = clean_env(home)
        subprocess.run([str(PROGRAM), "--db", str(register), "init", "--demo"], env=env, check=True,
                       capture_output=True)
        runs = {
            "frozen": [str(PROGRAM), "--db", str(register)],
            "source": [sys.executable, "-m", "desktop_app", "--db", str(register)],
        }
        for command in runs.values():  # warm the file cache for both
            time_window(command, env)
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
        for _ in range(args.runs):
            for name, command in runs.items():
                results[name].append(time_window(command, env))

    def median(name: str, index: int) -> float:
        return statistics.median(r[index] for r in results[name])

    paint_f, paint_s = median("frozen", 0), median("source", 0)
    wall_f, wall_s = median("frozen", 1), median("source", 1)
    cpu_f, cpu_s = median("frozen", 2), median("source", 2)
    print(f"bundle size: {size_mb:.0f} MB unpacked in {files} files "
          f"(goal <= {SIZE_GOAL_MB} MB: {'met' if size_mb <= SIZE_GOAL_MB else 'NOT met'})")
    print(f"window painted (median of {args.runs}, offscreen, demo register): frozen {paint_f:.3f} s; "
          f"from source (floor) {paint_s:.3f} s; ratio {paint_f / paint_s:.2f} "
          f"(goal <= 1.00: {'met' if paint_f <= paint_s else 'NOT met'})")
    print(f"wall time to exit after painting: frozen {wall_f:.3f} s; from source {wall_s:.3f} s; "
          f"ratio {wall_f / wall_s:.2f}")
    print(f"CPU time of the whole run: frozen {cpu_f:.3f} s; from source {cpu_s:.3f} s; "
          f"ratio {cpu_f / cpu_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
