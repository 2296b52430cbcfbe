"""`baoku` with no arguments: the desktop app on the default archive."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.paths import resources_dir
from .fonts import load_bundled_fonts
from .language import current_language
from .options import Settings
from .preflight import problem


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Chinese is the source language; English comes from resources/i18n/baoku_en.qm. Qt's own
    dialogs (file chooser, message box buttons) use Qt's translations for the same language, and
    baoku_zh_CN.qm fills the strings Qt's Chinese leaves untranslated or words oddly (it is
    installed last, so it is asked first)."""
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China) if language.startswith("zh") \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(locale)
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    name = "baoku_zh_CN.qm" if language.startswith("zh") else f"baoku_{language}.qm"
    if ours.load(str(resources_dir() / "i18n" / name)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def ui_locale_for_system(language: str, env=None) -> None:
    """Qt's file dialog writes dates and sizes in the *system* locale. With none set (LANG unset,
    C or POSIX, as on a bare machine or in a container) that is "2 12 2026" and "429 bytes" in a
    Chinese window; then the UI language stands in for it. A real system locale is left alone."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_TIME", "LC_NUMERIC", "LANG"):
        value = env.get(name, "")
        if value and value.split(".")[0] not in ("C", "POSIX"):
            return
    env["LANG"] = ("zh_CN" if language.startswith("zh") else "en_US") + ".UTF-8"
    for name in ("LC_ALL", "LC_TIME", "LC_NUMERIC"):
        env.pop(name, None)


def saved_language(env=None) -> str:
    """The interface language saved in Baoku's settings, read without Qt: a QSettings made first
    would fix Qt's system locale before ui_locale_for_system could set LANG, and the file dialog
    would write dates as "2 12 2026" under LANG=C.UTF-8."""
    import configparser

    env = os.environ if env is None else env
    base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else \
        Path(env.get("HOME") or Path.home()) / ".config"
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(base / "Baoku" / "Baoku.conf", encoding="utf-8")
        code = parser.get("ui", "language", fallback="zh_CN")
    except (OSError, UnicodeError, configparser.Error):
        code = "zh_CN"
    return "zh_CN" if code.startswith("zh") else "en"


def _excepthook(window):
    def hook(kind, error, tb):
        text = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(text)
        error.__traceback_text__ = text
        if window() is not None:
            window().messages.show_error(error)
        else:
            QMessageBox.critical(None, "报库", text)
    return hook


def run(archive_path: Path | str, exit=os._exit) -> int:
    """The window, or (with no display, or a system library Qt needs missing) one line saying
    why not, and exit status 1: never Qt's abort.

    Once the window has closed, the archive is closed and the settings written, the process ends
    at once (`exit`): tearing down every module Python loaded (Qt, Whoosh, the segmenter, ReportLab)
    took 0.5–3 s after the window was gone, with nothing left to save."""
    from ..core.address import archive_address

    trouble = problem()
    if trouble:
        sys.stderr.write(trouble + "\n")
        return 1
    ui_locale_for_system(saved_language())  # before any Qt object: Qt reads the system locale once
    from .mainwindow import MainWindow

    settings = Settings()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Baoku")
    app.setOrganizationName("Baoku")
    app.setDesktopFileName("baoku")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "baoku.svg")))
    load_bundled_fonts(app)
    install_translator(app, current_language(settings))
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "报库"))  # ends each window's title
    window = MainWindow(archive_address(archive_path), settings=settings)  # a server's address stays one
    holder = [window]
    sys.excepthook = _excepthook(lambda: holder[0])
    window.show()
    code = app.exec()
    holder[0] = None
    settings.q.sync()
    sys.stdout.flush()
    sys.stderr.flush()
    exit(code)
    return code
