"""Every setting the app keeps, in one registry with its default (after Picard's options)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    doc: str


OPTIONS = {o.key: o for o in (
    Option("ui/language", "zh_CN", "interface language: zh_CN or en"),
    Option("archive/recent", [], "recently opened archives, newest first"),
    Option("archive/last", "", "the archive open when the app last closed"),
    Option("import/publication", "", "paper name last given for page text"),
    Option("import/page_name", "", "page name last given for page text"),
    Option("import/last_folder", "", "folder of the last import"),
    Option("export/paper", "A4", "paper size"),
    Option("export/columns", 1, "1 or 2 columns"),
    Option("export/font_size", 10.5, "body text size in points"),
    Option("export/script", "original", "original, simplified, traditional, taiwan, hongkong"),
    Option("export/fullwidth_punctuation", True, "print half-width punctuation in Chinese as full-width"),
    Option("export/crop_marks", False, "crop marks and bleed"),
    Option("export/reference", "source", "source, gbt7714, both, none"),
    Option("export/last_folder", "", "folder of the last export"),
    Option("window/geometry", b"", "main window geometry"),
    Option("window/state", b"", "main window dock and toolbar state"),
)}


class Settings:
    """Typed access to QSettings through the registry: an unknown key is a bug, not a new setting."""

    def __init__(self, qsettings: QSettings | None = None):
        self.q = qsettings or QSettings("Baoku", "Baoku")

    def get(self, key: str) -> Any:
        opt = OPTIONS[key]
        value = self.q.value(key, opt.default)
        if isinstance(opt.default, bool):
            return value if isinstance(value, bool) else str(value).lower() == "true"
        if isinstance(opt.default, int):
            return int(value)
        if isinstance(opt.default, float):
            return float(value)
        if isinstance(opt.default, list):
            if value in (None, ""):
                return []
            return [value] if isinstance(value, str) else list(value)
        return value

    def set(self, key: str, value: Any) -> None:
        OPTIONS[key]
        self.q.setValue(key, value)

    def remember_archive(self, path: str, keep: int = 8) -> None:
        recent = [p for p in self.get("archive/recent") if p != path]
        self.set("archive/recent", [path] + recent[: keep - 1])
        self.set("archive/last", path)
