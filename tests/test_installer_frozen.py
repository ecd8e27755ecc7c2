"""The Linux installer: installer/build-linux's frozen bundle runs every command with no Python on
the machine, keeps the register in the user's data folder, fits the size goal; the .deb installs
and removes; the Windows installer script compiles.

Slow (builds the bundle, ~2-5 minutes, or reuses one newer than every source file): run with
RIS3DESK_SLOW=1, as .ci/run does.
"""

from __future__ import annotations

import functools
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "ris3desk"
PROGRAM = BUNDLE / "ris3desk"
SIZE_GOAL = 170e6
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is built on Linux"),
]


@pytest.fixture(scope="module")
def build():
    """Build the bundle and the .deb (or reuse fresh ones) with the environment running the tests."""
    env = dict(os.environ, RIS3DESK_BUILD_PYTHON=sys.executable)
    done = subprocess.run([str(ROOT / "installer" / "build-linux"), "--reuse"], env=env, cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    debs = sorted((ROOT / "dist").glob(f"ris3desk_{VERSION}_*.deb"))
    assert PROGRAM.exists() and debs, done.stdout
    return debs[-1]


# --- running the frozen program as on an officer's machine ------------------------------------

def _python_hiding_mounts() -> list[str]:
    """Every Python installation on this machine (and the one running these tests)."""
    places = {sys.prefix, sys.base_prefix, os.path.realpath(sys.executable)}
    for pattern in ("/usr/bin/python3*", "/usr/local/bin/python3*", "/usr/lib/python3*",
                    "/usr/local/lib/python3*", "/usr/lib/*-linux-gnu/libpython3*", "/root/.pyenv"):
        places.update(glob.glob(pattern))
    places = {p for p in places if os.path.exists(p) and not os.path.islink(p) and not str(ROOT).startswith(p)}
    # a place inside another one is covered with it
    return sorted(p for p in places if not any(p.startswith(other + "/") for other in places))


@functools.cache
def hide_python() -> list[str] | None:
    """A command prefix that runs a program in a private mount namespace in which every Python
    installation is covered by an empty folder (or /dev/null for files); None where that cannot be
    done (not root, no unshare)."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return None
    lines = []
    for place in _python_hiding_mounts():
        source = "-t tmpfs tmpfs" if os.path.isdir(place) else "--bind /dev/null"
        lines.append(f"mount {source} '{place}'")
    script = " && ".join([*lines, 'exec "$@"'])
    wrapper = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "hide-python"]
    probe = subprocess.run([*wrapper, "/bin/true"], capture_output=True)
    return wrapper if probe.returncode == 0 else None


def frozen(home: Path, *args: str, program: Path | str = PROGRAM, extra_env: dict | None = None,
           timeout: float = 180) -> subprocess.CompletedProcess:
    """Run the frozen program like `env -i HOME=home PATH=/usr/bin:/bin program args`, with every
    Python of this machine hidden where possible."""
    env = ["env", "-i", f"HOME={home}", "PATH=/usr/bin:/bin",
           *[f"{k}={v}" for k, v in (extra_env or {}).items()]]
    command = [*(hide_python() or []), *env, str(program), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=home)


@pytest.fixture(scope="module")
def officer(build, tmp_path_factory):
    """A home folder where the frozen program ran `init --demo` with no --db: the register must
    land in the user's data folder."""
    home = tmp_path_factory.mktemp("officer-home")
    before = {p: p.stat().st_mtime for p in BUNDLE.rglob("*")}
    done = frozen(home, "init", "--demo")
    assert done.returncode == 0, done.stderr
    after = {p: p.stat().st_mtime for p in BUNDLE.rglob("*")}
    assert after == before, "the frozen program wrote beside itself"
    return home


def test_python_is_really_hidden_from_the_frozen_program(build, tmp_path):
    wrapper = hide_python()
    if wrapper is None:
        pytest.skip("cannot hide Python here (needs root and unshare); the other tests run with env -i only")
    hidden = subprocess.run([*wrapper, "/usr/bin/python3", "-c", "print('still here')"],
                            capture_output=True, text=True)
    assert "still here" not in hidden.stdout
    assert subprocess.run([*wrapper, sys.executable, "-c", "pass"], capture_output=True).returncode != 0
    assert list((BUNDLE / "_internal").glob("libpython3*.so*")), "the bundle carries its own Python"


def test_bundle_fits_the_size_goal(build):
    size = sum(p.lstat().st_size for p in BUNDLE.rglob("*"))
    assert size <= SIZE_GOAL, f"bundle is {size / 1e6:.0f} MB, goal {SIZE_GOAL / 1e6:.0f} MB"


def test_bundle_carries_every_shipped_file_and_the_migrations(build):
    internal = BUNDLE / "_internal"
    shipped = [p for p in (ROOT / "resources").rglob("*")
               if p.is_file() and p.suffix not in (".py", ".pyc", ".ts") and "__pycache__" not in p.parts]
    missing = [str(p.relative_to(ROOT)) for p in shipped if not (internal / p.relative_to(ROOT)).is_file()]
    assert not missing, f"not in the bundle: {missing}"
    migrations = ROOT / "database" / "migrations"
    for script in [*migrations.glob("versions/*.py"), migrations / "env.py", migrations / "script.py.mako"]:
        assert (internal / script.relative_to(ROOT)).read_bytes() == script.read_bytes()
    # trimmed: no QML/Quick/WebEngine, no SQL drivers, translations in Italian and English only
    names = [p.name for p in internal.rglob("*")]
    assert not [n for n in names if re.match(r"libQt6(Qml|Quick|WebEngine|Sql)", n)]
    assert not (internal / "PySide6" / "Qt" / "plugins" / "sqldrivers").exists()
    qm = [n for n in names if n.endswith(".qm") and n.startswith("qt")]
    assert qm and all(re.search(r"_(it|en)\.qm$", n) for n in qm), qm


def test_init_keeps_the_register_in_the_users_data_folder(officer):
    register = officer / ".local" / "share" / "ris3desk" / "register.db"
    assert register.is_file() and register.stat().st_size > 100_000


def test_stats_reports_the_demo_register(officer):
    done = frozen(officer, "stats")
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    for key in ("sectors", "stakeholders", "contacts", "partnerships", "regions"):
        assert counts[key] > 0, (key, counts)


def test_pack_prints_a_pdf(officer):
    out = officer / "x.pdf"
    done = frozen(officer, "pack", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 10_000


def test_check_finds_the_register_healthy(officer):
    done = frozen(officer, "check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_window_opens_and_paints(officer):
    done = frozen(officer, extra_env={"QT_QPA_PLATFORM": "offscreen", "RIS3DESK_QUIT_AFTER_PAINT": "1"})
    assert done.returncode == 0, done.stderr
    assert re.search(r"^window painted in \d+\.\d{3} s$", done.stdout, re.M), done.stdout


def test_errors_are_one_line_without_a_traceback(officer):
    done = frozen(officer, "--db", str(officer / "no" / "such" / "folder" / "x.db"), "stats")
    assert done.returncode == 1 and "does not exist" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


@pytest.mark.postgres
def test_team_register_on_postgresql_through_the_bundled_driver(build, pg_url, tmp_path):
    for args in (("init", "--demo"), ("stats",)):
        done = frozen(tmp_path, "--database-url", pg_url, *args)
        assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["stakeholders"] > 0


# --- the .deb ------------------------------------------------------------------------------------

def test_deb_describes_the_package(build):
    fields = subprocess.run(["dpkg-deb", "--field", str(build)], capture_output=True, text=True,
                            check=True).stdout
    assert re.search(rf"^Version: {re.escape(VERSION)}$", fields, re.M)
    depends = re.search(r"^Depends: (.*)$", fields, re.M).group(1)
    for package in ("libc6", "libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
                    "libdbus-1-3", "libxcb-cursor0"):
        assert re.search(rf"(^|, ){re.escape(package)}( |,|$)", depends), (package, depends)
    assert "libqt6" not in depends.lower(), "the bundle carries its own Qt"
    listing = subprocess.run(["dpkg-deb", "--contents", str(build)], capture_output=True, text=True,
                             check=True).stdout
    assert re.search(r"\./usr/bin/ris3desk -> /opt/ris3desk/ris3desk$", listing, re.M)
    for path in ("./opt/ris3desk/ris3desk", "./usr/share/applications/ris3desk.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/ris3desk.png",
                 "./usr/share/icons/hicolor/scalable/apps/ris3desk.svg"):
        assert re.search(rf" {re.escape(path)}$", listing, re.M), path
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/ris3desk/ris3desk$", listing, re.M)


def test_deb_installs_runs_and_removes(build, tmp_path):
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        pytest.skip("installing a .deb needs root and apt")
    if subprocess.run(["dpkg", "-s", "ris3desk"], capture_output=True).returncode == 0:
        pytest.skip("ris3desk is already installed on this machine; not touching it")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        done = subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", str(build)],
                              env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        for args in (("init", "--demo"), ("stats",)):
            ran = frozen(tmp_path, *args, program="ris3desk")  # found on PATH=/usr/bin:/bin
            assert ran.returncode == 0, ran.stderr
        assert json.loads(ran.stdout)["partnerships"] > 0
        assert (tmp_path / ".local" / "share" / "ris3desk" / "register.db").is_file()
    finally:
        removed = subprocess.run(["apt-get", "remove", "-y", "-q", "ris3desk"], env=env,
                                 capture_output=True, text=True, timeout=600)
    assert removed.returncode == 0, removed.stderr
    assert not Path("/opt/ris3desk").exists() and not Path("/usr/bin/ris3desk").exists()
    assert not Path("/usr/share/applications/ris3desk.desktop").exists()


# --- the Windows installer script --------------------------------------------------------------

def test_windows_installer_script_compiles(build, tmp_path):
    if not shutil.which("makensis"):
        pytest.skip("makensis is missing (apt-get install nsis; tasks.py setup does)")
    setup = tmp_path / "ris3desk-setup.exe"
    # the Linux bundle stands in for the Windows one: same layout, one program for both roles
    done = subprocess.run(["makensis", "-V2", f"-DVERSION={VERSION}", f"-DBUNDLE_DIR={BUNDLE}",
                           "-DAPP_EXE=ris3desk", "-DCLI_EXE=ris3desk", "-DCOMPRESSOR=zlib",
                           f"-DOUTFILE={setup}", str(ROOT / "installer" / "windows" / "ris3desk.nsi")],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "warning" not in (done.stdout + done.stderr).lower(), done.stdout + done.stderr
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and b"Nullsoft" in data
    assert len(data) > 0.3 * sum(p.lstat().st_size for p in BUNDLE.rglob("*"))
