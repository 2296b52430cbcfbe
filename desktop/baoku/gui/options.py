"""Every setting the app keeps, in one registry with its default (after Picard's options)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from ..core.export.options import ExportOptions

_EXPORT = ExportOptions()  # the window's export defaults are the CLI's: one set, in the core


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
    Option("import/review", True, "show page text's proposed articles (the import preview) before storing"),
    Option("export/paper", _EXPORT.paper, "paper size"),
    Option("export/columns", _EXPORT.columns, "1 or 2 columns"),
    Option("export/font_size", _EXPORT.font_size, "body text size in points"),
    Option("export/script", _EXPORT.script, "original, simplified, traditional, taiwan, hongkong"),
    Option("export/fullwidth_punctuation", _EXPORT.fullwidth_punctuation,
           "print half-width punctuation in Chinese as full-width"),
    Option("export/crop_marks", _EXPORT.crop_marks, "crop marks and bleed"),
    Option("export/hanging_punctuation", _EXPORT.hanging_punctuation, "line-end ，。、 hang past the measure"),
    Option("export/facsimile", _EXPORT.facsimile, "a scanned article's piece of the page above its text"),
    Option("export/reference", _EXPORT.reference, "source, gbt7714, both, none"),
    Option("export/last_folder", "", "folder of the last export"),
    Option("export/format", "pdf", "pdf, docx, html, md or txt"),
    Option("search/restore_query", "", "the query in the box when the window restarted (for a new language)"),
    Option("window/geometry", b"", "main window geometry"),
    Option("window/state", b"", "main window dock and toolbar state"),
    Option("window/splitters", {}, "each splitter's sizes, by name"),
    Option("window/columns", b"", "the article list's column widths and order"),
    Option("window/metadata", True, "the metadata pane is shown"),
    Option("window/coverage", True, "the coverage chart is shown (after a search)"),
    Option("window/navigation_tab", 0, "the navigation pane's open tab"),
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
        if isinstance(opt.default, dict):
            return dict(value) if isinstance(value, dict) else {}
        return value

    def set(self, key: str, value: Any) -> None:
        OPTIONS[key]
        self.q.setValue(key, value)

    def remember_archive(self, path: str, keep: int = 8) -> None:
        recent = [p for p in self.get("archive/recent") if p != path]
        self.set("archive/recent", [path] + recent[: keep - 1])
        self.set("archive/last", path)
