"""Windows and dialogs sized to the screen they open on: their usual size where the screen has room
for it, no bigger than the screen's available area (QScreen.availableGeometry: the screen less its
panels and docks) where it has not, and never left partly off it. A 1280×820 first window on a
1024×700 screen hid the metadata panel and the reader's bottom edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room kept for the frame a window manager draws around a window (its title bar and borders),
# which is not known before the window is first shown.
FRAME = QSize(16, 40)


def fitted(wanted: QSize, room: QRect, frame: QSize = FRAME) -> QSize:
    """`wanted`, made no larger than `room` holds with the frame around it."""
    return QSize(max(1, min(wanted.width(), room.width() - frame.width())),
                 max(1, min(wanted.height(), room.height() - frame.height())))


def placed(rect: QRect, room: QRect, frame: QSize = FRAME) -> QPoint:
    """Where `rect` goes to lie wholly inside `room`, frame and all: where it is when it already
    does, else moved as little as it takes."""
    x = min(max(rect.x(), room.x()), room.x() + room.width() - rect.width() - frame.width())
    y = min(max(rect.y(), room.y()), room.y() + room.height() - rect.height() - frame.height())
    return QPoint(max(x, room.x()), max(y, room.y()))


def screen_of(widget: QWidget) -> QScreen:
    """The screen the widget's geometry lies on; the one it belongs to (its parent's, else the
    primary) when that is no screen this computer has now (a geometry saved on another)."""
    return QGuiApplication.screenAt(widget.geometry().center()) or widget.screen() or \
        QGuiApplication.primaryScreen()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a window or dialog about to open to width×height, or to what its screen has room for."""
    widget.resize(fitted(QSize(width, height), widget.screen().availableGeometry()))


def keep_on_screen(widget: QWidget) -> None:
    """A window given a geometry (one saved on a bigger screen, say) shrunk to fit its screen where
    it is larger and moved onto it where it lies partly off it. A maximised or full-screen window
    is the window system's to fit."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    room = screen_of(widget).availableGeometry()
    size = fitted(widget.size(), room)
    if size != widget.size():
        widget.resize(size)
    where = placed(QRect(widget.pos(), widget.size()), room)
    if where != widget.pos():
        widget.move(where)
