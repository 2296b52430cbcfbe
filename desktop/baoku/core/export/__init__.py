"""PDF export: selected articles as a print-ready PDF (ReportLab, bundled CJK fonts)."""

from .document import ExportResult, export_pdf, load_records, render_pdf
from .options import ExportOptions

__all__ = ["ExportOptions", "ExportResult", "export_pdf", "load_records", "render_pdf"]
