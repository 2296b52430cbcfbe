"""The Qt binding itself, as the window uses it: PySide6 6.12.0 on Python 3.11 dropped a reference
to None each time Qt called a Python override (a paintEvent, a mouse handler), so a window died
with "Fatal Python error: none_dealloc" after a few thousand repaints (the page view, panned,
repaints hundreds of times a minute). pyproject pins a binding without the fault there."""

from __future__ import annotations

import sys

import pytest

pytest.importorskip("PySide6.QtWidgets")


def test_qt_calling_python_overrides_keeps_nones_reference_count(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

    class Painted(QWidget):
        def paintEvent(self, event):
            QPainter(self).end()

    class Item(QGraphicsItem):
        def boundingRect(self):
            return QRectF(0, 0, 50, 50)

        def paint(self, painter, option, widget=None):
            painter.drawLine(0, 0, 10, 10)

    widget = Painted()
    scene = QGraphicsScene()
    scene.addItem(Item())
    view = QGraphicsView(scene)
    for w in (widget, view):
        qtbot.addWidget(w)
        w.resize(120, 120)
        w.show()
    qtbot.wait(10)
    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
        view.viewport().repaint()
    drift = before - sys.getrefcount(None)
    assert drift < 100, f"None lost {drift} references over 600 repaints: the Qt binding's refcount fault"
