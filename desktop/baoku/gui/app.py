"""`baoku` with no arguments: the desktop app on the default archive."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.paths import resources_dir
from .fonts import load_bundled_fonts
from .options import Settings


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Chinese is the source language; English comes from resources/i18n/baoku_en.qm. Qt's own
    dialogs (file chooser, message box buttons) use Qt's translations for the same language."""
    QLocale.setDefault(QLocale(language))
    installed = []
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if not language.startswith("zh"):
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"baoku_{language}.qm")):
            app.installTranslator(ours)
            installed.append(ours)
    return installed


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
