"""A date that may be empty: typed (2024-10-08, 2024/10/8, 20241008, 2024年10月8日) or picked from a
calendar that opens at the date given, else at a sensible month (the latest issue's, or today's),
never at the year 1800. QDateEdit can be neither empty nor typed into while it shows its
special "no date" text; this field can."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QStyle, QToolButton, QWidget, \
    QWidgetAction

from ..core.errors import ValidationError
from ..core.model import parse_date

EMPTY = QDate(1800, 1, 1)  # what date() says when there is none (as the QDateEdit it replaces did)


class DateField(QWidget):
    dateChanged = Signal(QDate)

    def __init__(self, parent=None, placeholder: str = ""):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton()
        self.button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.button.setToolTip(self.tr("从日历选择"))
        self.button.clicked.connect(self.popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.fallback = QDate.currentDate()  # where the calendar opens when there is no date yet
        self._date = EMPTY
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def date(self) -> QDate:
        return self._date

    def setDate(self, date: QDate) -> None:
        valid = date.isValid() and date != EMPTY
        self.edit.setText(date.toString("yyyy-MM-dd") if valid else "")
        self._set(date if valid else EMPTY)

    def text(self) -> str:
        """What the field shows: the date, or its placeholder while empty."""
        return self.edit.text() or self.edit.placeholderText()

    def popup(self) -> None:
        """The calendar at the field's date, else at the fallback's month."""
        shown = self._date if self._date != EMPTY else self.fallback
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(shown.year(), shown.month())
        self.menu.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _picked(self, date: QDate) -> None:
        self.menu.hide()
        self.setDate(date)

    def _typed(self, text: str) -> None:
        try:
            d = parse_date(text.strip()) if text.strip() else None
        except ValidationError:
            d = None
        self.edit.setStyleSheet("" if d is not None or not text.strip() else "color:#b00020")
        self._set(QDate(d.year, d.month, d.day) if d else EMPTY)

    def _tidy(self) -> None:
        if self._date != EMPTY:
            self.edit.setText(self._date.toString("yyyy-MM-dd"))

    def _set(self, date: QDate) -> None:
        if date != self._date:
            self._date = date
            self.dateChanged.emit(date)
