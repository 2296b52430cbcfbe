"""The worker's side of the app: one Archive and one SearchIndex, used by one task at a time.

Every method is a single core call (or two: a write, then the index catching up), run on a task
pool, never on the main thread. A method that changes the archive returns an Outcome: its
result, and what changed (core.changes), which the window announces to every view. No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from ..core.changes import ARTICLES, ISSUES, SAVED, Changes, Outcome
from ..core.checks import check_archive
from ..core.export import ExportOptions, export_pdf, preview_pdf
from ..core.importing.metadata import IssueMeta
from ..core.importing.run import ImportReport, count_sources, import_paths, writing
from ..core.search import saved
from ..core.search.index import SearchIndex, SearchResult
from ..core.search.planner import ranked_terms
from ..core.search.query import parse_query
from ..core.store import Archive
from ..core.store.maintenance import backup


class Backend:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._archive: Archive | None = None
        self._index: SearchIndex | None = None

    @property
    def archive(self) -> Archive:
        if self._archive is None:
            self._archive = Archive(self.path)
        return self._archive

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            self._index = SearchIndex(self.archive)
        return self._index

    def open(self) -> bool:
        """Open (creating or migrating) the archive; whether it is read-only."""
        return self.archive.read_only

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
        if self._archive is not None:
            self._archive.close()
        self._index = self._archive = None

    # -- reading ---------------------------------------------------------------------------------

    def search(self, query: str, sort: str = "relevance", order: tuple[str, bool] | None = None) -> SearchResult:
        """A search for the list. A query of filters only (a day, a page: no words to rank by)
        lists in print order; `order` (a column, descending) sorts the whole result."""
        result = self.index.search(query, sort=sort, limit=50)
        if order is None and sort == "relevance" and not ranked_terms(parse_query(query)):
            order = ("date", False)
        if order is not None:
            result.ids = self.archive.order_ids(result.ids, *order)
        return result

    def preview(self, ids: list[int], options: ExportOptions) -> bytes:
        data = preview_pdf(self.archive, ids, options)
        return data

    def sort(self, ids: list[int] | None, key: str, descending: bool) -> list[int]:
        if ids is None:
            return self.archive.sorted_ids(key, descending)
        return self.archive.order_ids(ids, key, descending)

    def saved_searches(self) -> list[dict]:
        return saved.all_saved(self.archive)

    def preview_import(self, paths: list[Path], overrides: IssueMeta | None):
        """What importing these files with this metadata would store (the import dialog shows it)."""
        from ..core.importing.preview import preview_import

        return preview_import(self.archive, paths, overrides)

    def review_pages(self, paths: list[Path], overrides: IssueMeta | None):
        """Each page-text file's proposed articles, for the import preview (stores nothing)."""
        from ..core.importing.review import review_files

        return review_files(paths, overrides)

    def page_layers(self, page_id: int, query: str):
        """A scanned page for the page view: its layers, and its image as the view draws it (made
        here, off the main thread, which only places it)."""
        from ..core.pageimage import page_layers
        from ..core.pageimage import page_image
        from .pageview import PageImage, read_page_image, render_pdf_page

        layers = page_layers(self.archive, page_id, query, render=False)
        scan = layers.scan
        # Qt's readers and QtPdf at the size the boxes are in, and again at the overview's: three
        # times Pillow's speed here, and (unlike QImage.scaled) they let the window run meanwhile.
        draw = render_pdf_page if scan["mime"] == "application/pdf" else read_page_image
        w, h, small = scan["width"], scan["height"], PageImage.small_size(scan["width"], scan["height"])
        image = draw(layers.file, scan["frame"], w, h)
        overview = draw(layers.file, scan["frame"], *small) if image is not None else None
        if image is None or overview is None:  # a format Qt cannot read: Pillow
            return layers, PageImage.of_pil(page_image(self.archive, page_id))
        return layers, PageImage(image, overview)

    def export(self, ids: list[int], out: Path, options: ExportOptions):
        return export_pdf(self.archive, ids, out, options)

    # -- writing ---------------------------------------------------------------------------------

    def import_files(self, paths: list[Path], overrides: IssueMeta | None, job, duplicates: bool = False,
                     reviewed: dict | None = None) -> Outcome:
        """All or nothing: a cancelled import stores nothing. The index catches up after. With
        `duplicates`, pages already stored under another date or page are stored again;
        `reviewed` pages (by file SHA-256) are stored as the import preview left them."""
        total = count_sources(paths)
        done = 0
        steps = 100  # the bar moves within a file too, page by page, as OCR reads a scan

        def progress(outcome) -> None:
            nonlocal done
            done += 1
            job.progress(done * steps, total * steps)

        def pages(name: str, page: int, of: int) -> None:
            job.progress(done * steps + steps * page // max(of, 1), total * steps)

        with writing(self.archive):  # stored and indexed as one import: a restore waits for both
            report: ImportReport = import_paths(self.archive, paths, overrides=overrides, progress=progress,
                                                cancelled=job.cancelled, all_or_nothing=True,
                                                duplicates=duplicates, pages=pages, reviewed=reviewed)
            if report.articles_added:
                self.index.sync(wait=False)  # another process updating the index takes these too
                return Outcome(report, Changes.of(ISSUES, ARTICLES))
        return Outcome(report)

    def update_article(self, article_id: int, changes: dict) -> Outcome:
        """Metadata fixes and refiling (date, page, page name) together, in one transaction."""
        filing = {k: v for k, v in changes.items() if k in Archive.FILING}
        fields = {k: v for k, v in changes.items() if k not in Archive.FILING}
        with self.archive.transaction():
            if fields:
                self.archive.update_article(article_id, **fields)
            if filing:
                self.archive.refile_article(article_id, **filing)
        self.index.sync()
        kinds = (ARTICLES, ISSUES) if filing else (ARTICLES,)  # refiled: another issue or page
        return Outcome(self.archive.article(article_id), Changes.of(*kinds, ids=[article_id]))

    # -- proofreading and clipping (issue 18): each returns what changed ------------------------------

    def corrections(self, article_id: int) -> list:
        from ..core.store import corrections

        return corrections.history(self.archive, article_id)

    def correct_line(self, line_id: int, text: str, who: str) -> Outcome:
        from ..core.store import corrections

        done = corrections.correct_line(self.archive, line_id, text, who)
        return self._edited(done, [done.article_id])

    def correct_block(self, article_id: int, index: int, text: str, who: str) -> Outcome:
        from ..core.store import corrections

        done = corrections.correct_block(self.archive, article_id, index, text, who)
        return self._edited(done, [article_id])

    def undo_correction(self, correction_id: int, who: str) -> Outcome:
        from ..core.store import corrections

        done = corrections.undo(self.archive, correction_id, who)
        return self._edited(done, [done.article_id])

    def clip(self, page_id: int, box: tuple[int, int, int, int], who: str) -> Outcome:
        """A new article from the rectangle; the articles its lines came from change too."""
        from ..core.store import clipping

        before = {ln["article_id"] for ln in clipping.lines_inside(self.archive, page_id, box)} - {None}
        new = clipping.clip_article(self.archive, page_id, box, who)
        return self._edited(new, [new, *before])

    def attach_facsimile(self, article_id: int, page_id: int, box, who: str) -> Outcome:
        from ..core.store import clipping

        return self._edited(clipping.attach_facsimile(self.archive, article_id, page_id, box, who), [article_id])

    def split_at_line(self, line_id: int) -> Outcome:
        from ..core.store import clipping

        row = self.archive.db.execute("SELECT article_id FROM scan_line WHERE id = ?", [line_id]).fetchone()
        new = clipping.split_at_line(self.archive, line_id)
        return self._edited(new, [new, row[0]])

    def merge(self, first_id: int, second_id: int) -> Outcome:
        from ..core.store import clipping

        clipping.merge_articles(self.archive, first_id, second_id)
        return self._edited(first_id, [first_id, second_id])

    def _edited(self, value, ids: list[int]) -> Outcome:
        self.index.sync()  # search and snippets follow at once
        return Outcome(value, Changes.of(ARTICLES, ids=ids))

    def check(self, repair: bool = False):
        return check_archive(self.archive, repair=repair)

    def backup(self, dest: Path) -> Path:
        return backup(self.archive, dest, force=True)  # the save dialog asked before replacing a file

    def save_search(self, name: str, query: str, sort: str) -> Outcome:
        saved.save(self.archive, name, query, sort)
        return Outcome(None, Changes.of(SAVED))
