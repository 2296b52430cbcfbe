"""An editor's changes to what is stored: an article's metadata, filing and note, OCR corrections,
deleting to the trash and restoring, collections, a paper's settings, one change to many articles;
and undo and redo of them.

Each action changes the archive in one transaction and brings the index up to date at once. With
`record`, the change is one step of the archive's undo history (store.history, after Anki's
undo): the window records what it does, the command line does not."""

from __future__ import annotations

from collections.abc import Callable

from ...changes import ARTICLES, ISSUES, Changes, Outcome
from ...store import collections, corrections, history, papers, trash
from ..library import Library

FILING = ("date", "page", "page_name")  # where an article was printed: refiled, not edited


def step(lib: Library, action: str, label: str, who: str, change: Callable[[], object], record: bool) -> Outcome:
    """Run `change` (as one step of the undo history when `record`), then index what it changed."""
    if record:
        with history.step(lib.archive, action, label, who):
            out = change()
    else:
        out = change()
    lib.index.sync(wait=False)  # search and snippets follow at once (or, while an import indexes, it takes them)
    return out if isinstance(out, Outcome) else Outcome(out)


def heading(lib: Library, article_id: int) -> str:
    """What an undo step is called by: the article's headline (or kicker, genre, id)."""
    a = lib.archive.article(article_id).article
    return a.headline or a.kicker or a.genre or f"#{article_id}"


def edit_article(lib: Library, article_id: int, changes: dict, who: str = "", record: bool = False) -> Outcome:
    """Metadata fixes, refiling (date, page, page name) and the note together, in one step.
    Returns the article as stored now."""
    archive = lib.archive
    filing = {k: v for k, v in changes.items() if k in FILING}
    fields = {k: v for k, v in changes.items() if k not in FILING and k != "note"}

    def edit() -> None:
        if fields:
            archive.update_article(article_id, **fields)
        if filing:
            archive.refile_article(article_id, **filing)
        if "note" in changes:
            collections.set_note(archive, article_id, changes["note"], who)

    action = "note" if set(changes) == {"note"} else "edit"  # Undo 批注「…」, not 修改「…」, for a note alone
    step(lib, action, heading(lib, article_id), who, edit, record)
    kinds = (ARTICLES, ISSUES) if filing else (ARTICLES,)  # refiled: another issue or page
    return Outcome(archive.article(article_id), Changes.of(*kinds, ids=[article_id]))


def correct_line(lib: Library, line_id: int, text: str, who: str, record: bool = False) -> Outcome:
    done = step(lib, "correct", text, who, lambda: corrections.correct_line(lib.archive, line_id, text, who), record)
    return Outcome(done.value, Changes.of(ARTICLES, ids=[done.value.article_id]))


def correct_block(lib: Library, article_id: int, index: int, text: str, who: str, record: bool = False) -> Outcome:
    done = step(lib, "correct", text, who,
                lambda: corrections.correct_block(lib.archive, article_id, index, text, who), record)
    return Outcome(done.value, Changes.of(ARTICLES, ids=[article_id]))


def undo_correction(lib: Library, correction_id: int, who: str, record: bool = False) -> Outcome:
    done = step(lib, "undo_correction", str(correction_id), who,
                lambda: corrections.undo(lib.archive, correction_id, who), record)
    return Outcome(done.value, Changes.of(ARTICLES, ids=[done.value.article_id]))


def delete(lib: Library, kind: str, ids: list[int], label: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "delete", label, who, lambda: trash.delete(lib.archive, kind, ids, who), record)


def restore(lib: Library, trash_ids: list[int], label: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "restore", label, who, lambda: trash.restore(lib.archive, trash_ids), record)


def empty_trash(lib: Library, trash_ids: list[int] | None = None) -> Outcome:
    """Gone for good (no undo): the trash's entries, or only these."""
    return trash.empty(lib.archive, trash_ids)


def collect(lib: Library, name: str, ids: list[int], who: str, record: bool = False) -> Outcome:
    return step(lib, "collect", name, who, lambda: collections.add(lib.archive, name, ids), record)


def uncollect(lib: Library, name: str, ids: list[int], who: str, record: bool = False) -> Outcome:
    return step(lib, "uncollect", name, who, lambda: collections.remove(lib.archive, name, ids), record)


def drop_collection(lib: Library, name: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "drop_collection", name, who, lambda: collections.delete_collection(lib.archive, name), record)


def rename_collection(lib: Library, name: str, new_name: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "rename_collection", new_name, who, lambda: collections.rename(lib.archive, name, new_name),
                record)


def move_in_collection(lib: Library, name: str, article_id: int, position: int, who: str,
                       record: bool = False) -> Outcome:
    return step(lib, "move", name, who, lambda: collections.move(lib.archive, name, article_id, position), record)


def set_note(lib: Library, article_id: int, text: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "note", heading(lib, article_id), who,
                lambda: collections.set_note(lib.archive, article_id, text, who), record)


def set_paper(lib: Library, publication: int | str, settings: dict, who: str, record: bool = False) -> Outcome:
    return step(lib, "paper", papers.paper(lib.archive, publication).name, who,
                lambda: papers.set_paper(lib.archive, publication, **settings), record)


def set_issue_number(lib: Library, issue_id: int, number: str, who: str, record: bool = False) -> Outcome:
    return step(lib, "issue", number, who, lambda: papers.set_issue_number(lib.archive, issue_id, number), record)


def bulk_edit(lib: Library, ids: list[int], fields: dict, who: str, record: bool = False) -> Outcome:
    return step(lib, "bulk_edit", str(len(ids)), who, lambda: papers.bulk_edit(lib.archive, ids, **fields), record)


def undo(lib: Library) -> Outcome:
    """Reverse the newest recorded step (refused, changing nothing, when what it changed was
    changed again since outside the history)."""
    done = history.undo(lib.archive)
    lib.index.sync()
    return done


def redo(lib: Library) -> Outcome:
    done = history.redo(lib.archive)
    lib.index.sync()
    return done
