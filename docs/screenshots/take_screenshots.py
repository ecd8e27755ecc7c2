"""Screenshots of the real window on a real X server, for the README.

    Xvfb :99 -screen 0 1280x800x24 &  openbox &      # DISPLAY=:99 for both
    python -m desktop_app.cli --db /tmp/gui.db init --demo
    DISPLAY=:99 python docs/screenshots/take_screenshots.py /tmp/gui.db docs/screenshots

Opens the window as ``ris3desk`` does, walks through the main screens in English and in Italian
and photographs the whole screen with ImageMagick's ``import -window root``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def settle(app, worker, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or worker.busy:
        app.processEvents()
        time.sleep(0.01)


def shoot(app, worker, path: Path) -> None:
    settle(app, worker)
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    print("saved", path)


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from database import ops
    from desktop_app.gui import i18n, style
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState
    from desktop_app.gui.worker import DbWorker

    register, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    app.setApplicationName("RIS3 Desk")
    style.apply(app)
    i18n.ensure_compiled()
    db = ops.open_database(f"sqlite:///{register}")
    worker = DbWorker()
    for language in ("en", "it"):
        i18n.install(app, language)
        prefs = Preferences(language=language, officer_name="Chiara Ferrero")
        window = MainWindow(db, worker, prefs, WindowState(), start_page="home")
        window.showMaximized()
        settle(app, worker, 1.5)
        shoot(app, worker, out / f"home-{language}.png")

        poli = ops.find_by(db, "stakeholder", name="Politecnico di Torino")[0]
        window.open_record("stakeholder", poli.id)
        settle(app, worker, 1.0)
        shoot(app, worker, out / f"stakeholders-{language}.png")

        partnership = ops.find_by(db, "partnership", acronym="S3-4AlpClusters")[0]
        window.open_record("partnership", partnership.id)
        settle(app, worker, 1.0)
        shoot(app, worker, out / f"partnership-{language}.png")

        window.show_network("stakeholder", poli.id)
        settle(app, worker, 1.5)
        shoot(app, worker, out / f"network-{language}.png")

        window.search_field.setText("torino")
        settle(app, worker, 1.0)
        shoot(app, worker, out / f"find-{language}.png")
        window.search_field.clear()

        window.edit_record("stakeholder", poli.id)
        settle(app, worker, 1.0)
        form = window.lists["stakeholder"].editor.form
        form.editors["pic"].widget.setText("99997678")
        form.editors["website"].widget.setText("www.polito.it")
        form.editors["pic"].widget.setFocus()
        shoot(app, worker, out / f"edit-form-{language}.png")
        window._closing = True
        window.lists["stakeholder"].close_editor()
        window.close()
        window.deleteLater()
        settle(app, worker, 0.3)
    shoot_dialogs(app, worker, db, out)
    worker.stop()
    db.close()
    return 0


def shoot_dialogs(app, worker, db, out: Path) -> None:
    """The briefing-pack dialog with its preview (in English), and an import's preview in both languages."""
    from database import ops
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.preferences import Preferences, WindowState

    i18n.set_language("en")
    window = MainWindow(db, worker, Preferences(language="en", officer_name="Chiara Ferrero"), WindowState(),
                        start_page="partnership")
    window.showMaximized()
    settle(app, worker, 1.0)
    window.open_record("partnership", ops.find_by(db, "partnership", acronym="S3-4AlpClusters")[0].id)
    settle(app, worker, 1.0)
    window.tools.open_pack()
    settle(app, worker, 1.0)
    dialog = window.tools.dialog("pack")
    dialog.generate()
    end = time.monotonic() + 120
    while (dialog.busy or worker.busy) and time.monotonic() < end:
        settle(app, worker, 0.2)
    shoot(app, worker, out / "pack-dialog-en.png")
    dialog.close()

    sheet = Path(tempfile.mkdtemp()) / "enti.csv"
    sheet.write_text("Denominazione;Comune;Sito web;PIC\n"
                     "Fondazione Nuove Imprese;Torino;https://example.org;\n"
                     "Politecnico di Torino;Torino;https://www.polito.it;999976785\n"
                     ";Alba;;\n"
                     "Consorzio Agrifood Langhe;Alba;www.example.org;12AB\n", encoding="utf-8")
    for language in ("en", "it"):  # the reasons and examples come from the data layer, translated
        i18n.set_language(language)
        window.tools.open_import()
        settle(app, worker, 0.5)
        dialog = window.tools.dialog("import")
        dialog.set_file(str(sheet), kind="stakeholder")
        settle(app, worker, 1.0)
        dialog.preview_button.click()
        end = time.monotonic() + 60
        while not dialog.import_button.isEnabled() and time.monotonic() < end:
            settle(app, worker, 0.2)
        shoot(app, worker, out / f"import-preview-{language}.png")
        dialog.close()
    window._closing = True
    window.close()
    settle(app, worker, 0.3)


if __name__ == "__main__":
    sys.exit(main())
