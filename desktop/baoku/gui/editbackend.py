"""The worker's side of an editor's actions (issue 26): undo and redo, the trash, collections, a
paper's settings, one change to many articles, citations and the other export formats. Each method is
one application action (core/app/actions/editing.py); each that changes the archive is one step of
its undo history. No Qt here: Backend (gui/backend.py) is this plus the rest."""

from __future__ import annotations

from pathlib import Path

from ..core.app.actions import editing
from ..core.changes import Outcome
from ..core.export import ExportOptions
from ..core.store import collections, trash


class EditingBackend:
    """Mixed into Backend, which gives it `archive` and `index`."""

    undoable = True  # each change is a step of the undo history (a server's is read from its audit log)

    def _head(self, article_id: int) -> str:
        return editing.heading(self.lib, article_id)

    def document(self, ids: list[int], options: ExportOptions, fmt: str) -> bytes:
        """The articles in a format other than PDF, for the export dialog's preview."""
        from ..core.export.document import load_records
        from ..core.export.formats import render

        return render(load_records(self.archive, ids, options.order), options, fmt)

    def cite(self, ids: list[int], style: str) -> str:
        from ..core.cite import cite_ids

        return cite_ids(self.archive, ids, style)

    def save_citations(self, ids: list[int], style: str, path: Path) -> Path:
        from ..core.cite import cite_ids
        from ..core.files import write_atomically

        write_atomically(path, cite_ids(self.archive, ids, style).encode("utf-8"))
        return path

    def article_text(self, article_id: int, label: str = "引用：") -> str:
        from ..core.export.formats import article_text

        return article_text(self.archive.article(article_id), label=label)

    def trash_entries(self) -> list:
        return trash.entries(self.archive)

    def collections(self) -> list[dict]:
        return collections.collections(self.archive)

    def members(self, name: str) -> list[int]:
        return collections.members(self.archive, name)

    def undo(self) -> Outcome:
        return editing.undo(self.lib)

    def redo(self) -> Outcome:
        return editing.redo(self.lib)

    def delete(self, kind: str, ids: list[int], label: str, who: str) -> Outcome:
        return editing.delete(self.lib, kind, ids, label, who, record=self.undoable)

    def restore(self, trash_ids: list[int], label: str, who: str) -> Outcome:
        return editing.restore(self.lib, trash_ids, label, who, record=self.undoable)

    def empty_trash(self) -> Outcome:
        return editing.empty_trash(self.lib)

    def collect(self, name: str, ids: list[int], who: str) -> Outcome:
        return editing.collect(self.lib, name, ids, who, record=self.undoable)

    def uncollect(self, name: str, ids: list[int], who: str) -> Outcome:
        return editing.uncollect(self.lib, name, ids, who, record=self.undoable)

    def drop_collection(self, name: str, who: str) -> Outcome:
        return editing.drop_collection(self.lib, name, who, record=self.undoable)

    def rename_collection(self, name: str, new_name: str, who: str) -> Outcome:
        return editing.rename_collection(self.lib, name, new_name, who, record=self.undoable)

    def move_in_collection(self, name: str, article_id: int, position: int, who: str) -> Outcome:
        return editing.move_in_collection(self.lib, name, article_id, position, who, record=self.undoable)

    def set_paper(self, publication: int, settings: dict, who: str) -> Outcome:
        return editing.set_paper(self.lib, publication, settings, who, record=self.undoable)

    def set_issue_number(self, issue_id: int, number: str, who: str) -> Outcome:
        return editing.set_issue_number(self.lib, issue_id, number, who, record=self.undoable)

    def bulk_edit(self, ids: list[int], fields: dict, who: str) -> Outcome:
        return editing.bulk_edit(self.lib, ids, fields, who, record=self.undoable)
