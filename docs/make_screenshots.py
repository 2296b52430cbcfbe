"""Take the README's screenshots of the desktop app (run under Xvfb on a machine without CJK fonts).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python docs/make_screenshots.py

A temporary archive holds the sample issue (2024-09-11) and a copy dated 2024-09-13, so the daily
paper's calendar shows 2024-09-12 as missing.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from baoku.core.paths import sample_issue  # noqa: E402
from baoku.gui.app import install_translator  # noqa: E402
from baoku.gui.exporting import ExportDialog  # noqa: E402
from baoku.gui.fonts import load_bundled_fonts  # noqa: E402
from baoku.gui.mainwindow import MainWindow  # noqa: E402
from baoku.gui.options import Settings  # noqa: E402
from baoku.gui.tasks import SyncPool, Tasks  # noqa: E402

OUT = ROOT / "docs"


def main() -> None:
    app = QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, "zh_CN")
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(tmp / "archive.db", settings=settings, tasks=Tasks(SyncPool()))
    later = tmp / "later"
    later.mkdir()
    shutil.copy(sample_issue(), later / "p.txt")
    meta = json.loads(sample_issue().with_suffix(".json").read_text(encoding="utf-8"))
    (later / "p.json").write_text(json.dumps(dict(meta, date="2024-09-13")), encoding="utf-8")
    window.start_import([later], None, summary=False)
    window.resize(1360, 860)
    window.show()

    def search() -> None:
        window.run_search("知识产权 李劲松")
        window.table.selectRow(1)

    def shot_main() -> None:
        window.grab().save(str(OUT / "app-search.png"))
        window.side_tabs.setCurrentIndex(1)
        window.calendar.publication.setCurrentText("泉州晚报")

    def shot_calendar() -> None:
        window.grab().save(str(OUT / "app-calendar.png"))
        ids = window.model.ids()[:3]
        dialog = ExportDialog(len(ids), settings, window)
        dialog.previewRequested.connect(lambda o: dialog.show_preview(window.backend.preview(ids, o)))
        dialog.crop_marks.setChecked(False)
        dialog.show()
        dialog.request_preview()
        window.export_dialog = dialog

    def turn_page() -> None:
        window.export_dialog.view.pageNavigator().jump(2, QPointF(0, 0), 0)

    def shot_export() -> None:
        window.export_dialog.grab().save(str(OUT / "app-export.png"))
        app.quit()

    for delay, step in ((500, search), (1500, shot_main), (2500, shot_calendar), (4000, turn_page), (5000, shot_export)):
        QTimer.singleShot(delay, step)
    app.exec()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
