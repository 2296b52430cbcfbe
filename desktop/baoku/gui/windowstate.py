"""The window as the user left it: size and place, splitters, list columns, open panes and tab."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTabWidget

from .options import Settings


def _bytes(value) -> QByteArray | None:
    if isinstance(value, QByteArray):
        return value if not value.isEmpty() else None
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    if isinstance(value, str) and value:
        try:
            return QByteArray(bytes.fromhex(value))
        except ValueError:
            return None
    return None


class WindowState:
    def __init__(self, settings: Settings, window: QMainWindow, splitters: dict[str, QSplitter],
                 columns: QHeaderView, tabs: QTabWidget):
        self.settings, self.window, self.splitters = settings, window, splitters
        self.columns, self.tabs = columns, tabs

    def restore(self) -> bool:
        """Put back what was saved; False when nothing was (a first start: defaults apply)."""
        geometry = _bytes(self.settings.get("window/geometry"))
        if geometry is None:
            return False
        self.window.restoreGeometry(geometry)
        state = _bytes(self.settings.get("window/state"))
        if state is not None:
            self.window.restoreState(state)
        saved = self.settings.get("window/splitters")
        for name, splitter in self.splitters.items():
            data = _bytes(saved.get(name))
            if data is not None:
                splitter.restoreState(data)
        columns = _bytes(self.settings.get("window/columns"))
        if columns is not None:
            self.columns.restoreState(columns)
        self.tabs.setCurrentIndex(min(self.settings.get("window/navigation_tab"), self.tabs.count() - 1))
        return True

    def save(self) -> None:
        self.settings.set("window/geometry", bytes(self.window.saveGeometry().data()).hex())
        self.settings.set("window/state", bytes(self.window.saveState().data()).hex())
        self.settings.set("window/splitters", {name: bytes(s.saveState().data()).hex()
                                               for name, s in self.splitters.items()})
        self.settings.set("window/columns", bytes(self.columns.saveState().data()).hex())
        self.settings.set("window/navigation_tab", self.tabs.currentIndex())
