"""PDF export: selected articles as a print-ready PDF (ReportLab, bundled CJK fonts).

The names load on first use, so a command that only needs ExportOptions' defaults (the CLI's
argument parser) does not pay for ReportLab's layout engine."""

from importlib import import_module

_WHERE = {"ExportResult": "document", "export_pdf": "document", "load_records": "document",
          "render_pdf": "document", "preview_pdf": "document", "ExportOptions": "options"}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value
