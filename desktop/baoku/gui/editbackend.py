"""The worker's side of an editor's actions (issue 26): undo and redo, the trash, collections, a
paper's settings, one change to many articles, citations and the other export formats. Each method is
one core call; each that changes the archive is one step of its undo history (`_step`). No Qt here:
Backend (gui/backend.py) is this plus the rest."""

from __future__ import annotations

from pathlib import Path

from ..core.changes import Outcome
from ..core.export import ExportOptions
from ..core.store import collections, history, papers, trash


class EditingBackend:
    """Mixed into Backend, which gives it `archive` and `index`."""

    def _step(self, action: str, label: str, fn, who: str = "") -> Outcome:
        """One undoable action: what `fn` changes is one step of the archive's history; the index
        follows at once."""
        with history.step(self.archive, action, label, who):
            out = fn()
        self.index.sync()
        return out if isinstance(out, Outcome) else Outcome(out)

    def _head(self, article_id: int) -> str:
        a = self.archive.article(article_id).article
        return a.headline or a.kicker or a.genre or f"#{article_id}"

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

    def article_text(self, article_id: int) -> str:
        from ..core.export.formats import article_text

        return article_text(self.archive.article(article_id))

    def trash_entries(self) -> list:
        return trash.entries(self.archive)

    def collections(self) -> list[dict]:
        return collections.collections(self.archive)

    def members(self, name: str) -> list[int]:
        return collections.members(self.archive, name)

    def undo(self) -> Outcome:
        done = history.undo(self.archive)
        self.index.sync()
        return done

    def redo(self) -> Outcome:
        done = history.redo(self.archive)
        self.index.sync()
        return done

    def delete(self, kind: str, ids: list[int], label: str, who: str) -> Outcome:
        return self._step("delete", label, lambda: trash.delete(self.archive, kind, ids, who), who)

    def restore(self, trash_ids: list[int], label: str, who: str) -> Outcome:
        return self._step("restore", label, lambda: trash.restore(self.archive, trash_ids), who)

    def empty_trash(self) -> Outcome:
        return trash.empty(self.archive)

    def collect(self, name: str, ids: list[int], who: str) -> Outcome:
        return self._step("collect", name, lambda: collections.add(self.archive, name, ids), who)

    def uncollect(self, name: str, ids: list[int], who: str) -> Outcome:
        return self._step("uncollect", name, lambda: collections.remove(self.archive, name, ids), who)

    def drop_collection(self, name: str, who: str) -> Outcome:
        return self._step("drop_collection", name, lambda: collections.delete_collection(self.archive, name), who)

    def rename_collection(self, name: str, new_name: str, who: str) -> Outcome:
        return self._step("rename_collection", new_name, lambda: collections.rename(self.archive, name, new_name), who)

    def move_in_collection(self, name: str, article_id: int, position: int, who: str) -> Outcome:
        return self._step("move", name, lambda: collections.move(self.archive, name, article_id, position), who)

    def set_paper(self, publication: int, settings: dict, who: str) -> Outcome:
        return self._step("paper", papers.paper(self.archive, publication).name,
                          lambda: papers.set_paper(self.archive, publication, **settings), who)

    def set_issue_number(self, issue_id: int, number: str, who: str) -> Outcome:
        return self._step("issue", number, lambda: papers.set_issue_number(self.archive, issue_id, number), who)

    def bulk_edit(self, ids: list[int], fields: dict, who: str) -> Outcome:
        return self._step("bulk_edit", str(len(ids)), lambda: papers.bulk_edit(self.archive, ids, **fields), who)
