"""`baoku` with no arguments: the desktop app on the default archive."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.paths import resources_dir
from .fonts import load_bundled_fonts
from .options import Settings


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Chinese is the source language; English comes from resources/i18n/baoku_en.qm."""
    if language.startswith("zh"):
        return None
    translator = QTranslator(app)
    if translator.load(str(resources_dir() / "i18n" / f"baoku_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


def _excepthook(window):
    def hook(kind, error, tb):
        text = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(text)
        error.__traceback_text__ = text
        if window() is not None:
            window().show_error(error)
        else:
            QMessageBox.critical(None, "报库", text)
    return hook


def run(archive_path: Path) -> int:
    from .mainwindow import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Baoku")
    app.setOrganizationName("Baoku")
    app.setApplicationDisplayName("报库")
    load_bundled_fonts(app)
    settings = Settings()
    language = settings.get("ui/language") or QLocale.system().name()
    install_translator(app, language)
    window = MainWindow(Path(archive_path), settings=settings)
    holder = [window]
    sys.excepthook = _excepthook(lambda: holder[0])
    window.show()
    code = app.exec()
    holder[0] = None
    return code
