"""Exporting: which articles (given ids, a search's hits, a collection in its order) and the file
they are written to (PDF, DOCX, HTML, Markdown, text), or one page as ALTO. Nothing stored changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ...changes import Changes, Outcome
from ...errors import ValidationError
from ...export import ExportOptions, export_pdf
from ...store import collections
from ..library import Library

MAX_ARTICLES = 1000  # a search that finds more is refused unless the caller raises the limit


class TooMany(ValidationError):
    """A search finds more articles than the export's limit (the command line names its option)."""

    def __init__(self, found: int, limit: int):
        super().__init__(f"the search finds {found} articles, more than the limit of {limit}; narrow it or raise "
                         "the limit")
        self.found, self.limit = found, limit


def chosen(lib: Library, ids=(), query: str = "", collection: str = "", max_articles: int = MAX_ARTICLES,
           catch_up: Callable[[], None] | None = None) -> list[int]:
    """The articles to export: `ids` as given, every hit of `query` (by date) or `collection`'s
    members in its order; exactly one of the three. `catch_up` indexes what waits first (a
    command shows a bar); without it the search does so itself."""
    if sum(bool(x) for x in (ids, query, collection)) != 1:
        raise ValidationError("give article ids, a search or a collection (one of the three)")
    if query:
        if catch_up is not None and any(lib.index.pending()):
            catch_up()
        result = lib.index.search(query, sort="date", limit=1)  # every id; one snippet
        if not result.total:
            raise ValidationError(f"the search 「{query}」 finds no articles; nothing written")
        if result.total > max_articles:
            raise TooMany(result.total, max_articles)
        return result.ids
    if collection:
        members = collections.members(lib.archive, collection)
        if not members:
            raise ValidationError(f"the collection 「{collection}」 holds no articles; nothing written")
        return members
    return list(ids)


def export(lib: Library, ids: list[int], out: Path, options: ExportOptions, fmt: str | None = None) -> Outcome:
    """Write the articles to `out` in `fmt`, else in the format its suffix names (format_of: a
    suffix that is no format's, or another format's, is refused before anything is written); the
    value is the export's result (its path, pages, articles and warnings). A facsimile missing
    from its scan stops a PDF (FacsimileUnavailable) unless the options skip it."""
    from ...export.formats import export_document, format_of

    fmt = format_of(out, fmt)
    done = export_pdf(lib.archive, ids, out, options) if fmt == "pdf" else \
        export_document(lib.archive, ids, out, options, fmt)
    return Outcome(done, Changes())


def export_page_alto(lib: Library, page_id: int, out: Path) -> Outcome:
    """One page as ALTO 4 XML, with its image and a metadata sidecar beside it."""
    from ...export.alto import write_page_alto

    return Outcome(write_page_alto(lib.archive, page_id, out), Changes())
