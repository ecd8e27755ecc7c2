#!/usr/bin/env python3
"""Set up and run RIS3 Desk from a checkout, with nothing but Python on the machine.

    python3 tasks.py run     # set up, add the demo data, open the window
    python3 tasks.py test    # set up, run the whole test suite (RIS3DESK_SLOW=1 adds the slow tests)
    python3 tasks.py setup   # only set up (what run and test begin with)
    python3 tasks.py update-translations   # refresh the .ts files from the sources (pyside6-lupdate)

Setting up means: a virtual environment in .venv with the project and its test tools, and —
when run as root on Debian — the system libraries Qt needs and PostgreSQL for the team-database
tests. Everything is skipped when already there, so repeating a command is quick.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Debian packages, checked by the file each provides. What Qt's wheels load (the window needs
# these); then, for the tests and the installers only (not installed by `run`): PostgreSQL for the
# team-database tests, poppler for looking at packs, binutils for PyInstaller
# (installer/build-linux), nsis for compiling the Windows installer script.
WINDOW_PACKAGES = {
    "libgl1": "/usr/lib/x86_64-linux-gnu/libGL.so.1",
    "libegl1": "/usr/lib/x86_64-linux-gnu/libEGL.so.1",
    "libxkbcommon0": "/usr/lib/x86_64-linux-gnu/libxkbcommon.so.0",
    "libxkbcommon-x11-0": "/usr/lib/x86_64-linux-gnu/libxkbcommon-x11.so.0",
    "libfontconfig1": "/usr/lib/x86_64-linux-gnu/libfontconfig.so.1",
    "libdbus-1-3": "/usr/lib/x86_64-linux-gnu/libdbus-1.so.3",
    "libglib2.0-0": "/usr/lib/x86_64-linux-gnu/libglib-2.0.so.0",
    "libxcb-cursor0": "/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0",
    "libxcb-icccm4": "/usr/lib/x86_64-linux-gnu/libxcb-icccm.so.4",
    "libxcb-keysyms1": "/usr/lib/x86_64-linux-gnu/libxcb-keysyms.so.1",
    "libxcb-shape0": "/usr/lib/x86_64-linux-gnu/libxcb-shape.so.0",
    "libxcb-xinerama0": "/usr/lib/x86_64-linux-gnu/libxcb-xinerama.so.0",
    "libxcb-randr0": "/usr/lib/x86_64-linux-gnu/libxcb-randr.so.0",
    "libxcb-render-util0": "/usr/lib/x86_64-linux-gnu/libxcb-render-util.so.0",
    "libxcb-image0": "/usr/lib/x86_64-linux-gnu/libxcb-image.so.0",
    # the rest of what the .deb depends on (its install test runs apt-get install with no network
    # fetch needed once these are here)
    "libwayland-client0": "/usr/lib/x86_64-linux-gnu/libwayland-client.so.0",
    "libwayland-cursor0": "/usr/lib/x86_64-linux-gnu/libwayland-cursor.so.0",
    "libwayland-egl1": "/usr/lib/x86_64-linux-gnu/libwayland-egl.so.1",
    "libcups2": "/usr/lib/x86_64-linux-gnu/libcups.so.2",
}
TEST_PACKAGES = {
    "postgresql": "/usr/lib/postgresql",
    "poppler-utils": "/usr/bin/pdftoppm",
    "binutils": "/usr/bin/objdump",
    "nsis": "/usr/bin/makensis",
}
DEBIAN_PACKAGES = {**WINDOW_PACKAGES, **TEST_PACKAGES}


def say(text: str) -> None:
    print(f"[ris3desk] {text}", flush=True)


def run(*cmd, **kw) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)


def can_apt() -> bool:
    return sys.platform == "linux" and bool(shutil.which("apt-get")) and os.geteuid() == 0


def apt_install(packages: list[str]) -> None:
    say("installing system packages: " + " ".join(packages))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run("apt-get", "update", "-q", env=env, stdout=subprocess.DEVNULL)
    run("apt-get", "install", "-y", "-q", "--no-install-recommends", *packages, env=env, stdout=subprocess.DEVNULL)


def system_packages(packages: dict[str, str]) -> None:
    missing = [pkg for pkg, marker in packages.items() if not Path(marker).exists()]
    if not missing:
        return
    if not can_apt():
        say("these system packages seem missing; install them if the window or some tests fail: "
            + " ".join(missing))
        return
    apt_install(missing)


def virtualenv() -> None:
    if not PY.exists():
        say("creating the virtual environment in .venv")
        try:
            run(sys.executable, "-m", "venv", VENV)
        except subprocess.CalledProcessError:
            # Debian's own Python ships venv without ensurepip, in a package of its own
            venv_package = f"python3.{sys.version_info.minor}-venv"
            if not can_apt():
                sys.exit(f"[ris3desk] Python cannot create a virtual environment here; on Debian install "
                         f"{venv_package} (apt-get install {venv_package}) and try again.")
            shutil.rmtree(VENV, ignore_errors=True)
            apt_install([venv_package])
            run(sys.executable, "-m", "venv", VENV)
    stamp = VENV / ".installed"
    wanted = (ROOT / "pyproject.toml").read_bytes()
    if not stamp.exists() or stamp.read_bytes() != wanted:
        say("installing RIS3 Desk and its dependencies")
        run(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
        run(PY, "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]")
        stamp.write_bytes(wanted)


def translations() -> None:
    """Compile the committed .ts files to .qm when they are newer (pyside6-lrelease is in the wheel)."""
    folder = ROOT / "resources" / "translations"
    lrelease = BIN / "pyside6-lrelease"
    for ts in folder.glob("*.ts") if folder.is_dir() else []:
        qm = ts.with_suffix(".qm")
        if lrelease.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            run(lrelease, "-silent", ts, "-qm", qm)


def update_translations(folder: Path | None = None) -> None:
    """Refresh resources/translations/*.ts from the sources with pyside6-lupdate (kept
    translations stay; new texts arrive unfinished for a translator, e.g. in pyside6-linguist).

    lupdate recognises ``QCoreApplication.translate(`` and ``QT_TRANSLATE_NOOP(`` only under
    those names, so the sources are read through a copy where the modules' short aliases
    (``_T``, ``_N``) are spelled out."""
    import re
    import tempfile

    folder = folder or ROOT / "resources" / "translations"
    sources = sorted(p for pattern in ("database/**/*.py", "desktop_app/**/*.py") for p in ROOT.glob(pattern)
                     if "migrations" not in p.parts)
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for path in sources:
            text = path.read_text(encoding="utf-8")
            text = re.sub(r"\b_N\(", "QT_TRANSLATE_NOOP(", text)
            text = re.sub(r"\b_T\(", "QCoreApplication.translate(", text)
            copy = Path(tmp) / path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(text, encoding="utf-8")
            copies.append(copy)
        lupdate = BIN / "pyside6-lupdate"
        if not lupdate.exists():  # run with another environment's Python
            lupdate = Path(sys.executable).with_name("pyside6-lupdate")
        run(lupdate, "-silent", "-locations", "none", "-no-obsolete", *copies,
            "-ts", folder / "ris3desk_it.ts", folder / "ris3desk_en.ts")


def setup(packages: dict[str, str] = DEBIAN_PACKAGES) -> None:
    system_packages(packages)
    virtualenv()
    translations()


def cmd_run(args: list[str]) -> int:
    setup(WINDOW_PACKAGES)  # (no PostgreSQL server or build tools just to open the window)
    ris3desk = BIN / "ris3desk"
    run(ris3desk, *args, "init", "--demo")
    return subprocess.call([str(ris3desk), *args])


def cmd_test(args: list[str]) -> int:
    setup()
    code = subprocess.call([str(PY), "-m", "pytest", *args], cwd=ROOT)
    if code == 5:
        say("pytest collected no tests: that is a failure")
        return 1
    return code


def main() -> int:
    commands = {"run": cmd_run, "test": cmd_test, "setup": lambda _a: setup() or 0,
                "update-translations": lambda _a: update_translations() or 0}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
