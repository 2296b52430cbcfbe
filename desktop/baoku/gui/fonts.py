"""The bundled CJK fonts for the window, so Chinese renders on a machine without any."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from ..core.export.fonts import bundled_font_paths


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put the sans face behind the platform's UI font, so Latin
    text keeps the usual face and Chinese falls to ours. Returns the families loaded."""
    families: list[str] = []
    for path in bundled_font_paths():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    ui = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    latin = QFontInfo(ui).family()  # the face really used (DejaVu Sans), not an alias (Sans Serif)
    sans = [f for f in families if "Droid" in f]
    serif = [f for f in families if "UMing CN" in f]
    font = QFont(ui)
    font.setFamilies([latin, *sans, *serif])
    app.setFont(font)
    return families


def reading_font(size: float = 12.0) -> QFont:
    """The Ming (宋) face the reader pane sets article text in."""
    font = QFont()
    font.setFamilies(["AR PL UMing CN", "Droid Sans Fallback"])
    font.setPointSizeF(size)
    return font
