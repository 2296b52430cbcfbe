"""The interface language: a checked menu of the languages, and a restart to switch."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from .options import Settings

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


def current_language(settings: Settings) -> str:
    """The language chosen in View → 界面语言; until one is chosen, Chinese (the source language),
    whatever the system locale: a Chinese archive PC often runs an English or a C locale."""
    code = settings.get("ui/language") or "zh_CN"
    return "zh_CN" if code.startswith("zh") else "en"


class LanguageMenu(QObject):
    def __init__(self, settings: Settings, window: QWidget):
        super().__init__(window)
        self.settings, self.window = settings, window
        self.running = current_language(settings)  # the language this run shows
        self.keep = lambda: ""  # the query typed, kept across the restart
        self.menu = QMenu(self.tr("界面语言 Language"), window)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.running)
            a.setData(code)
            self.group.addAction(a)
            self.menu.addAction(a)
            self.actions[code] = a
        self.group.triggered.connect(lambda a: self.choose(a.data()))

    def checked(self) -> str:
        a = self.group.checkedAction()
        return a.data() if a else ""

    def choose(self, code: str, ask: bool = True) -> QMessageBox | None:
        """Remember the choice; offer to restart now. The prompt is in both languages, since
        the user may read only the one they chose."""
        self.settings.set("ui/language", code)
        self.actions[code].setChecked(True)
        if code == self.running or not ask:
            return None
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("报库 Baoku")
        box.setText("界面语言将在重新启动后切换。\nThe interface language changes when Baoku restarts.")
        now = box.addButton("现在重新启动 Restart now", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("稍后 Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.finished.connect(lambda _: self.restart() if box.clickedButton() is now else None)
        box.open()
        return box

    def restart(self) -> None:
        """Close (the layout is saved, jobs stop), then start again with the same arguments."""
        self.settings.set("search/restore_query", self.keep())
        if self.window.close():
            QProcess.startDetached(sys.executable, list(sys.orig_argv[1:]))
            QApplication.quit()
