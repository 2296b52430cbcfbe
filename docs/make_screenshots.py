"""Take the README's screenshots of the desktop app, as a user sees it, under Xvfb.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_screenshots.py

Each language runs in its own process (the translators are installed before any widget exists),
at 1024×700 and at 1600×1000. A temporary archive holds the sample issue (2024-09-11) and a copy
dated 2024-09-13, so the daily paper's calendar shows 2024-09-12 as missing. Writes
docs/app-<language>-<width>x<height>-<view>.png.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
OUT = ROOT / "docs"
SIZES = ((1024, 700), (1600, 1000))
LANGUAGES = ("zh_CN", "en")


def settle(app, ms: int = 300) -> None:
    import time

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def window_on(archive, tmp, language: str = "zh_CN"):
    """The app, and its main window on `archive` (settings kept in `tmp`), shown; tasks run at once."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baoku.gui.app import install_translator
    from baoku.gui.fonts import load_bundled_fonts
    from baoku.gui.mainwindow import MainWindow
    from baoku.gui.options import Settings
    from baoku.gui.tasks import SyncPool, Tasks

    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, language)
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(archive, settings=settings, tasks=Tasks(SyncPool()), first_run_sample=False)
    window.show()
    return app, window


def open_window(language: str):
    """The application, and the window on a new archive holding the sample issue and its copy
    dated 2024-09-13 (its temporary folder is returned too)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baoku.core.paths import sample_issue
    from baoku.gui.app import install_translator
    from baoku.gui.fonts import load_bundled_fonts
    from baoku.gui.mainwindow import MainWindow
    from baoku.gui.options import Settings
    from baoku.gui.tasks import SyncPool, Tasks

    app = QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, language)
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.set("ui/language", language)
    window = MainWindow(tmp / "archive.db", settings=settings, tasks=Tasks(SyncPool()))
    later = tmp / "later"
    later.mkdir()
    shutil.copy(sample_issue(), later / "p.txt")
    meta = json.loads(sample_issue().with_suffix(".json").read_text(encoding="utf-8"))
    (later / "p.json").write_text(json.dumps(dict(meta, date="2024-09-13")), encoding="utf-8")
    window.imports.start([later], None, summary=False, duplicates=True)  # the same page, printed again
    return app, window, tmp


def shoot(language: str) -> None:
    from PySide6.QtCore import QDate

    app, window, tmp = open_window(language)
    window.show()
    for w, h in SIZES:
        name = f"app-{language}-{w}x{h}"
        window.resize(w, h)
        window.side_tabs.setCurrentIndex(0)
        window.search.set_query("知识产权 李劲松")
        window.table.selectRow(0)
        settle(app)
        window.grab().save(str(OUT / f"{name}-search.png"))

        window.side_tabs.setCurrentIndex(1)
        window.calendar.publication.setCurrentText("泉州晚报")
        window.calendar.calendar.setSelectedDate(QDate(2024, 9, 11))
        window.calendar.calendar.clicked.emit(QDate(2024, 9, 11))
        window.calendar.calendar.clicked.emit(QDate(2024, 9, 12))  # the missing day: 无此期
        settle(app)
        window.grab().save(str(OUT / f"{name}-calendar.png"))

        window.search.set_query('知识产权 "李劲松')  # a quote left open: the list goes stale
        settle(app)
        window.grab().save(str(OUT / f"{name}-stale.png"))
        window.search.set_query("")

    window.resize(1600, 1000)
    dialog = window.exports.dialog(window.model.ids()[:3])
    dialog.show()
    settle(app, 1500)
    dialog.go_to_page(2)
    settle(app)
    dialog.grab().save(str(OUT / f"app-{language}-export.png"))
    dialog.close()
    window.help.show()
    settle(app)
    window.help.grab().save(str(OUT / f"app-{language}-help.png"))
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)


def each_language(script: str, shoot) -> None:
    """`shoot(language)` for each language, each in a process of its own (started from `script`):
    the translators are installed before any widget exists."""
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
        return
    for language in LANGUAGES:
        subprocess.run([sys.executable, script, language], check=True)


def main() -> None:
    each_language(__file__, shoot)


if __name__ == "__main__":
    main()
