"""The project's shape: the layering rule of DESIGN.md §3 holds, and shipped files are found from
the source tree and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_layering_contracts_hold():
    """import-linter checks the contracts in pyproject.toml: the data layer knows no Qt, packs
    and the CLI need no Qt, and the GUI reaches data only through the operations layer."""
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_contracts_would_catch_a_violation(tmp_path):
    """A contract that cannot fail proves nothing: a GUI module importing SQLAlchemy breaks it."""
    sandbox = tmp_path / "tree"
    for part in ("database", "desktop_app", "resources", "pyproject.toml"):
        src = ROOT / part
        if src.is_dir():
            import shutil

            shutil.copytree(src, sandbox / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (sandbox / part).write_bytes(src.read_bytes())
    (sandbox / "desktop_app" / "gui" / "sneaky.py").write_text("import sqlalchemy\n")
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=sandbox, capture_output=True, text=True, timeout=300,
                            env={"PYTHONPATH": str(sandbox), "PATH": "/usr/bin:/bin"})
    assert result.returncode != 0 and "desktop_app.gui.sneaky" in result.stdout


def test_resources_from_the_source_tree():
    from resources import resource_path

    assert resource_path("reference", "nuts2021_codes.csv").is_file()
    assert resource_path("demo", "demo.json").is_file()


@pytest.mark.timeout(600)
def test_resources_from_an_installed_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True, timeout=600)
    (wheel,) = wheels.glob("ris3desk-*.whl")
    target = tmp_path / "venv"
    venv.create(target, system_site_packages=False, with_pip=True)
    py = target / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=600)
    probe = ("import resources; from resources import resource_path as r; "
             "print(r('reference', 'nuts2021_codes.csv').is_file(), r('demo', 'demo.json').is_file(), resources.__file__)")
    # the installed copy, not the checkout: run from elsewhere, without the checkout on the path
    out = subprocess.run([str(py), "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    found_reference, found_demo, location = out.stdout.split()
    assert (found_reference, found_demo) == ("True", "True")
    assert str(target) in location
    migrations = subprocess.run([str(py), "-c", "import pathlib, importlib.util as u; "
                                 "s = u.find_spec('database'); p = pathlib.Path(s.origin).parent; "
                                 "print(sorted(x.name for x in (p / 'migrations' / 'versions').glob('*.py')), "
                                 "(p / 'migrations' / 'script.py.mako').is_file())"],
                                cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "0001_initial_schema.py" in migrations.stdout and migrations.stdout.strip().endswith("True")
