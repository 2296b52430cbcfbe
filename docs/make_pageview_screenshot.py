"""Screenshots of the page view, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_pageview_screenshot.py

Imports the OCR benchmark's broadsheet page (bench/ocr_bench.py: the sample's real articles set in
six columns at 300 dpi, degraded like a scan) into a temporary archive, searches 知识产权, opens the
first hit on the 版面 tab and writes docs/app-zh_CN-<width>x<height>-pageview.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from make_screenshots import settle  # noqa: E402


def main() -> None:
    from PySide6.QtCore import QItemSelectionModel, QSettings
    from PySide6.QtWidgets import QApplication

    import ocr_bench
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive
    from baoku.gui.app import install_translator
    from baoku.gui.fonts import load_bundled_fonts
    from baoku.gui.mainwindow import MainWindow
    from baoku.gui.options import Settings
    from baoku.gui.tasks import SyncPool, Tasks

    tmp = Path(tempfile.mkdtemp())
    page = tmp / "样报_2024-10-01_第1版.jpg"
    page.write_bytes(ocr_bench.broadsheet(6)[0])
    with Archive(tmp / "archive.db") as archive:
        assert import_paths(archive, [page]).ok
    app = QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, "zh_CN")
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(tmp / "archive.db", settings=settings, tasks=Tasks(SyncPool()), first_run_sample=False)
    window.show()
    for width, height in ((1600, 1000), (1024, 700)):
        window.resize(width, height)
        settle(app)
        window.search.set_query("知识产权")
        settle(app)
        sel = window.table.selectionModel()
        sel.setCurrentIndex(window.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        window.reader_tabs.setCurrentWidget(window.page_panel)
        settle(app)
        window.page_panel.view.fit("width")
        window._step(1)
        settle(app, 600)
        window.grab().save(str(ROOT / "docs" / f"app-zh_CN-{width}x{height}-pageview.png"))
    window.close()


if __name__ == "__main__":
    main()
