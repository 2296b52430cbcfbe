"""The worker's side of the app: one Archive and one SearchIndex, used by one task at a time.

Every method is a single core call (or two: a write, then the index catching up), run on a task
pool, never on the main thread. A method that changes the archive returns an Outcome: its
result, and what changed (core.changes), which the window announces to every view. No Qt here.
"""

from __future__ import annotations

from pathlib import Path

from ..core.address import ServerAddress, archive_address
from ..core.changes import SAVED, Changes, Outcome
from ..core.export import ExportOptions, preview_pdf
from ..core.importing.metadata import IssueMeta
from ..core.importing.run import count_sources
from ..core.search import saved
from ..core.search.index import SearchIndex, SearchResult
from ..core.app import Job, Library
from ..core.app.actions import clipping, editing, exporting, layout, maintenance
from ..core.app.actions.importing import ImportRequest, import_files
from ..core.app.actions.searching import list_search
from ..core.store import Archive
from .editbackend import EditingBackend


class Backend(EditingBackend):
    def __init__(self, path: Path | ServerAddress):
        self.path = archive_address(path)
        self._lib: Library | None = None

    @property
    def lib(self) -> Library:
        """The archive, its index and its lock: what the actions work on (opened on first use)."""
        if self._lib is None:
            self._lib = Library(self.path)
        return self._lib

    @property
    def archive(self) -> Archive:
        return self.lib.archive

    @property
    def index(self) -> SearchIndex:
        return self.lib.index

    def open(self) -> bool:
        """Open (creating or migrating) the archive; whether it is read-only."""
        return self.archive.read_only

    def close(self) -> None:
        if self._lib is not None:
            self._lib.close()
        self._lib = None

    # -- reading ---------------------------------------------------------------------------------

    def search(self, query: str, sort: str = "relevance", order: tuple[str, bool] | None = None) -> SearchResult:
        return list_search(self.lib, query, sort, order)

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

    def export(self, ids: list[int], out: Path, options: ExportOptions, fmt: str = "pdf"):
        return exporting.export(self.lib, ids, out, options, fmt).value

    # -- writing ---------------------------------------------------------------------------------

    def import_files(self, paths: list[Path], overrides: IssueMeta | None, job, duplicates: bool = False,
                     reviewed: dict | None = None, replace: bool = False) -> Outcome:
        """All or nothing: a cancelled import stores nothing. The index catches up after. With
        `duplicates`, pages already stored under another date or page are stored again; with
        `replace`, a page stored with other content is replaced (its articles to the trash, their
        notes and collection places to the new versions); `reviewed` pages (by file SHA-256) are
        stored as the import preview left them. The value is the ImportReport."""
        request = ImportRequest(tuple(paths), overrides, duplicates=duplicates, all_or_nothing=True,
                                reviewed=reviewed, replace=replace)
        done = import_files(self.lib, request, _FileSteps(job, count_sources(paths)))
        return Outcome(done.value.report, done.changes)

    # -- an editor's changes: each one step of the window's undo history --------------------------

    def update_article(self, article_id: int, changes: dict, who: str = "") -> Outcome:
        """Metadata fixes, refiling (date, page, page name) and the note together, in one step."""
        return editing.edit_article(self.lib, article_id, changes, who, record=self.undoable)

    def corrections(self, article_id: int) -> list:
        from ..core.store import corrections

        return corrections.history(self.archive, article_id)

    def correct_line(self, line_id: int, text: str, who: str) -> Outcome:
        return editing.correct_line(self.lib, line_id, text, who, record=self.undoable)

    def correct_block(self, article_id: int, index: int, text: str, who: str) -> Outcome:
        return editing.correct_block(self.lib, article_id, index, text, who, record=self.undoable)

    def undo_correction(self, correction_id: int, who: str) -> Outcome:
        return editing.undo_correction(self.lib, correction_id, who, record=self.undoable)

    def clip(self, page_id: int, box: tuple[int, int, int, int], who: str) -> Outcome:
        """A new article from the rectangle; the articles its lines came from change too."""
        return clipping.clip(self.lib, page_id, box, who, record=self.undoable)

    def move_block(self, block_id: int, after_id: int, who: str) -> Outcome:
        """A layout block moved to follow another (the page view's 版面结构 overlay)."""
        return layout.move_block(self.lib, block_id, after_id, who, record=self.undoable)

    def attach_facsimile(self, article_id: int, page_id: int, box, who: str) -> Outcome:
        return clipping.attach_facsimile(self.lib, article_id, page_id, box, who, record=self.undoable)

    def split_at_line(self, line_id: int, who: str = "") -> Outcome:
        return clipping.split_at_line(self.lib, line_id, who=who, record=self.undoable)

    def merge(self, first_id: int, second_id: int, who: str = "") -> Outcome:
        return clipping.merge(self.lib, first_id, second_id, who, record=self.undoable)

    def check(self, repair: bool = False):
        return maintenance.check(self.lib, repair).value

    def backup(self, dest: Path) -> tuple[Path, list]:
        """A consistent copy: an archive file's, or a server archive's pg_dump file; its path, and
        the warnings beside it (page images that were not there to copy). It changes nothing the
        views show, so no Outcome."""
        made = maintenance.backup(self.lib, dest, force=True)  # the save dialog asked before replacing
        return made.value, made.warnings

    def save_search(self, name: str, query: str, sort: str) -> Outcome:
        saved.save(self.archive, name, query, sort)
        return Outcome(None, Changes.of(SAVED))


class _FileSteps(Job):
    """An import's progress as the jobs panel's bar shows it: a hundred steps a file, moving within a
    file page by page as OCR reads a scan; and its cancel button."""

    STEPS = 100

    def __init__(self, job, total: int):
        self.job, self.total, self.done = job, max(total, 1), 0

    def item(self, outcome) -> None:
        self.done += 1
        self.job.progress(self.done * self.STEPS, self.total * self.STEPS)

    def pages(self, name: str, page: float, of: int) -> None:
        """`page`: how many pages OCR has read, a fraction while one is; the jobs panel also shows
        which page it is and the time left."""
        self.job.progress(self.done * self.STEPS + int(self.STEPS * page / max(of, 1)), self.total * self.STEPS,
                          (page, of))

    def cancelled(self) -> bool:
        return self.job.cancelled()
