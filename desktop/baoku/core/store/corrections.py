"""Correcting OCR text: a line in place, or a whole block (a paragraph, the headline) of an
article. Each change is one transaction that rewrites the article's blocks (so search, snippets and
exports follow: the content hash changes and the index re-reads the article), records who, when,
the old text and the new, and keeps the recogniser's own line text (scan_line.ocr_text). Any
change can be undone from the history, newest first where two touch the same text.

The same on either archive: each supplies the rows (`_corrections`, `_add_correction`,
`_correction_undone`, `_line_of`, `_set_line`; the embedded in store.edits, a server's in
store.server.editing), and a server locks the article it reads inside the transaction, so two
people correcting one article at once never lose either change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..coded import Coded
from ..errors import NotFound, ValidationError
from ..model import HEAD_FIELDS
from .archive import Archive
from .clock import now as _now

MAX_TEXT = 20000


@dataclass
class Correction:
    id: int
    article_id: int
    line_id: int | None
    block: int
    old_text: str
    new_text: str
    who: str
    at: str
    undone_at: str | None = None
    undone_by: str | None = None


def _checked(text: str, one_line: bool) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError("the corrected text is empty; to remove a paragraph, edit the article instead")
    if one_line and "\n" in text:
        raise ValidationError("a line's correction must be one line")
    if len(text) > MAX_TEXT:
        raise ValidationError(f"the corrected text is longer than {MAX_TEXT:,} characters")
    return text


def correct_line(archive: Archive, line_id: int, text: str, who: str) -> Correction:
    """Put `text` in place of what the OCR read on one line, in the line and in its article."""
    new = _checked(text, one_line=True)
    row = archive._line_of(line_id)
    if row is None:
        raise NotFound(f"no OCR line with id {line_id}")
    article_id, old = row
    if article_id is None:
        raise ValidationError(f"line {line_id} belongs to no article")
    if new == old:
        raise ValidationError("the text is unchanged")
    with archive.transaction():
        rec = archive.article(article_id)
        index, (start, end) = _the_block_holding(rec.article.blocks, old, line_id)
        text = rec.article.blocks[index].text
        was = text[start:end]  # the line as its paragraph holds it (a space after 本报讯 the line lacks)
        put = _respaced(was, new)
        _set_block(archive, rec, index, text[:start] + put + text[end:])
        archive._set_line(line_id, new, ocr_text=old)
        return _record(archive, article_id, line_id, index, was, put, who)


def correct_block(archive: Archive, article_id: int, index: int, text: str, who: str) -> Correction:
    """Put `text` in place of block `index` (0-based, as `baoku show --json` lists the blocks)."""
    with archive.transaction():
        rec = archive.article(article_id)
        blocks = rec.article.blocks
        if not 0 <= index < len(blocks):
            raise ValidationError(f"article {article_id} has blocks 0–{len(blocks) - 1}, not {index}")
        new = _checked(text, one_line=blocks[index].kind in HEAD_FIELDS)
        old = blocks[index].text
        if new == old:
            raise ValidationError("the text is unchanged")
        _set_block(archive, rec, index, new)
        return _record(archive, article_id, None, index, old, new, who)


def history(archive: Archive, article_id: int) -> list[Correction]:
    """Every correction of an article, oldest first, undone ones included."""
    return [Correction(*row) for row in archive._corrections(article_id=article_id)]


def undo(archive: Archive, correction_id: int, who: str) -> Correction:
    """Put back the text a correction replaced. Refused when a later change rewrote that text
    (undo that one first) or when it was undone already."""
    with archive.transaction():
        rows = archive._corrections(correction_id=correction_id)
        if not rows:
            raise NotFound(f"no correction with id {correction_id}")
        rec = archive.article(rows[0][1])  # on a server, the article is locked from here: read the row again
        c = Correction(*archive._corrections(correction_id=correction_id)[0])
        if c.undone_at:
            raise ValidationError(f"correction {c.id} was undone already ({c.undone_at}, by {c.undone_by})")
        blocks = rec.article.blocks
        current = blocks[c.block].text if c.block < len(blocks) else None
        if c.line_id is None:
            if current != c.new_text:
                raise ValidationError(f"block {c.block} was changed again after correction {c.id}; undo the later "
                                      "change first")
            _set_block(archive, rec, c.block, c.old_text)
        else:
            line = archive._line_of(c.line_id)
            if current is None or current.count(c.new_text) != 1 or (line and _bare(line[1]) != _bare(c.new_text)):
                raise ValidationError(f"line {c.line_id} was changed again after correction {c.id}; undo the later "
                                      "change first")
            _set_block(archive, rec, c.block, current.replace(c.new_text, c.old_text, 1))
            # (the line as the page has it: without the paragraph's spaces where it had none)
            archive._set_line(c.line_id, c.old_text if not line or re.search(r"\s", line[1]) else _bare(c.old_text))
        now = _now()
        archive._correction_undone(c.id, now, who)
    c.undone_at, c.undone_by = now, who
    return c


def _the_block_holding(blocks, old: str, line_id: int) -> tuple[int, tuple[int, int]]:
    """The one block holding the line's text, and where: whatever spaces stand between its
    characters there (the import sets one after a 电头 such as 本报讯, which the page has not)."""
    pattern = re.compile(r"\s*".join(re.escape(ch) for ch in old if not ch.isspace()))
    found = [(i, m.span()) for i, b in enumerate(blocks) for m in pattern.finditer(b.text)]
    if len(found) != 1:
        raise ValidationError(Coded("line_text_repeated" if found else "line_text_missing", line=line_id))
    return found[0]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _respaced(was: str, new: str) -> str:
    """`new` in place of `was` (a line as its paragraph holds it), keeping the spaces `was` has
    inside the runs of characters `new` leaves as they were."""
    at = [i for i, ch in enumerate(was) if not ch.isspace()]
    bare = "".join(was[i] for i in at)
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, bare, new, autojunk=False).get_opcodes():
        out.append(was[at[i1]:at[i2 - 1] + 1] if op == "equal" else new[j1:j2])
    return "".join(out)


def _set_block(archive: Archive, rec, index: int, text: str) -> None:
    a = rec.article
    block = a.blocks[index]
    block.text = text
    if block.kind in HEAD_FIELDS:
        setattr(a, HEAD_FIELDS[block.kind], text)
    archive.store_text(rec.id, a)


def _record(archive: Archive, article_id: int, line_id: int | None, block: int, old: str, new: str,
            who: str) -> Correction:
    at = _now()
    return Correction(archive._add_correction(article_id, line_id, block, old, new, who, at), article_id, line_id,
                      block, old, new, who, at)
