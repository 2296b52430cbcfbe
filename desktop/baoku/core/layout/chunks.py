"""An article's text as page text: its head's lines and its body's paragraphs, each a chunk of
the layout's lines. A line starts a paragraph when it is indented from its block's left edge,
when the line before it ended short of the right edge (on a Chinese page, not where a ragged
line of prose stops short mid-sentence), or after a gap; a paragraph cut at a
column's foot runs on at the next column's head when the line is full, does not end a sentence
and the next starts flush."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..script import SOFT_HYPHEN, is_latin_letter
from ..ocr.engine import OcrLine
from .geometry import is_caps, is_latin
from .pieces import CAPTION, FIGURE, TEXT, TITLE, Block, Page
from .spacing import spaced

INDENT = 1.2  # characters of indent that start a paragraph
SHORT_END = 1.5  # characters short of the right edge that end one
RAGGED = 2.5  # on a Chinese page, characters short that end one however the line ends (a table's row,
# a results box's 省超联赛第十轮: short lines, unpunctuated); a line of prose stops short by less
ENDS = tuple("。！？”」』…）)!?.\"'")
# A story carried over from another page opens with its jump line alone, （上接第一版）.
CONTINUED = re.compile(r"[（(]?\s*上?接第?\s*[A-Za-zＡ-Ｚ]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[)）]?")


@dataclass
class Chunk:
    """One line of the page text (a head line, a paragraph) and the layout's lines it holds."""

    text: str
    lines: list[int]


def head_chunks(page: Page, head: list[Block]) -> list[Chunk]:
    """Each head block as one line of page text (a headline set in two lines is one headline)."""
    out = []
    for b in head:
        texts = [spaced(page.lines[i], b.size) for i in b.lines]
        glue = " " if any(is_latin(page.lines[i]) for i in b.lines) else ""
        out.append(Chunk(glue.join(t.strip() for t in texts), list(b.lines)))
    return out


def body_chunks(page: Page, body: list[Block]) -> list[Chunk]:
    """The paragraphs of an article's text blocks, in order, run on across column breaks."""
    out: list[Chunk] = []
    prev: Block | None = None
    for b in body:
        if b.kind == FIGURE or not b.lines:
            continue
        mine = _paragraphs(page, b)
        if out and prev is not None and mine and b.kind == TEXT and prev.kind == TEXT and \
                _runs_on(page, prev, out[-1], b, mine[0]):
            first = mine.pop(0)
            out[-1] = Chunk(_glue(out[-1].text, first.text), out[-1].lines + first.lines)
        out += mine
        prev = b
    return out


def _glue(a: str, b: str) -> str:
    if a.endswith(SOFT_HYPHEN):  # ALTO's HYP: a word hyphenated at the line's end, closed up
        return a[:-1] + b
    latin = _word(a[-1:]) and _word(b[:1])  # accented Latin letters too (café noir)
    if a.endswith("-") and latin is False and a[-2:-1].isalpha() and b[:1].islower():
        return a[:-1] + b  # a word hyphenated at the line's end
    return a + (" " if latin or (a[-1:] in ",.;:" and b[:1].isascii()) else "") + b


def _word(c: str) -> bool:
    return bool(c) and ((c.isascii() and c.isalnum()) or is_latin_letter(c))


def edges(page: Page, b: Block) -> tuple[float, float]:
    lefts = sorted(page.lines[i].box[0] for i in b.lines)
    rights = sorted(page.lines[i].box[2] for i in b.lines)
    left = lefts[0]
    right = rights[-1] if len(rights) < 3 else rights[int(len(rights) * 0.8)]
    return left, right


def _paragraphs(page: Page, b: Block) -> list[Chunk]:
    size = b.size
    left, right = edges(page, b)
    out: list[Chunk] = []
    prev = None
    for i in b.lines:
        ln = page.lines[i]
        text = spaced(ln, size)
        starts = (prev is None or ln.box[0] - left >= INDENT * size or _ends_short(page, prev, ln, right, size)
                  or ln.box[1] - prev.box[3] >= 0.9 * size) and not (page.latin and _beside(prev, ln, size))
        if starts or not out:
            out.append(Chunk(text.strip(), [i]))
        else:
            out[-1] = Chunk(_glue(out[-1].text, text.strip()), out[-1].lines + [i])
        prev = ln
    return out


def _ends_short(page: Page, ln: OcrLine, nxt: OcrLine, right: float, size: float) -> bool:
    """Line `ln` ends its paragraph by stopping short of the block's right edge (`nxt`: the line
    under it). A line of prose on a Chinese page set ragged stops short mid-sentence too, by less
    than RAGGED, where it holds half-width figures or letters (2024年度ESG报: the next character
    would not fit) or its last character was carried down with a mark that never starts a line
    (避头: 许婷 / 婷）); such a line goes on unless it ends a sentence (or a salutation, 编辑同志：)."""
    short = right - ln.box[2]
    if short < SHORT_END * size:
        return False
    if page.latin or short >= RAGGED * size or ln.text.rstrip().endswith(ENDS + ("：", ":")):
        return True
    carried = nxt.text.strip()[1:2] in NOT_FIRST
    return not (carried or any(ch.isascii() and ch.isalnum() for ch in ln.text))


NOT_FIRST = set("，。、；：？！”」』）》")  # marks that never start a line (避头)


def _beside(prev: OcrLine | None, ln: OcrLine, size: float) -> bool:
    """`ln` is the lowercase rest of the printed line whose first words in capitals `prev` is
    (level with it, right after it: MMEDIATE | convocation of the, a drop capital's line read in
    two; `latinblocks.run_in_capitals`), not a paragraph of its own."""
    if prev is None or not is_caps(prev) or not next((ch for ch in ln.text if ch.isalpha()), "A").islower():
        return False
    a, b = prev.box, ln.box
    return min(a[3], b[3]) - max(a[1], b[1]) >= 0.5 * min(a[3] - a[1], b[3] - b[1]) and \
        -0.5 * size <= b[0] - a[2] <= 2 * size


def _runs_on(page: Page, prev: Block, last: Chunk, nxt: Block, first: Chunk) -> bool:
    end, start = page.lines[last.lines[-1]], page.lines[first.lines[0]]
    _, right = edges(page, prev)
    left, _ = edges(page, nxt)
    if len(nxt.lines) == 1:
        left = min(left, start.box[0])
    full = right - end.box[2] < SHORT_END * prev.size
    flush = start.box[0] - left < INDENT * nxt.size and (len(nxt.lines) > 1 or full)
    return full and not last.text.rstrip().endswith(ENDS) and flush


def caption_kind(b: Block) -> bool:
    return b.kind == CAPTION


KICKER, HEADLINE, SUBHEAD, LABEL = "kicker", "headline", "subhead", "column"


def head_roles(head: list[Block], latin: bool = False) -> list[str]:
    """What each block of an article's head is, by where it stands: the first title is the
    headline; display type above it is a kicker, or a column label when it stands at the head's
    left, off the headline's centre; what comes under the headline is its subhead. On a Latin
    page a head of display type only (a one-line head in capitals) is a headline and its decks.
    Empty when a Chinese head has no title (a label over briefs, a small head in display type):
    the page-text rules decide those."""
    first = next((k for k, b in enumerate(head) if b.kind == TITLE), None)
    if first is None and latin and head:
        first = 0
    if first is None:
        return []
    title = head[first]
    centre, half = (title.x0 + title.x1) / 2, (title.x1 - title.x0) / 2
    out = []
    for k, b in enumerate(head):
        if k == first:
            out.append(HEADLINE)
        elif k > first:
            out.append(SUBHEAD)
        else:
            off = abs((b.x0 + b.x1) / 2 - centre)
            out.append(LABEL if off > 0.5 * half and b.x0 < title.x0 else KICKER)
    return out


def continued(page: Page, g) -> bool:
    """A Chinese story with no head that its jump line opens (（上接第一版）, the rest of a story begun
    on another page): one story, however the last line of each of its columns ends."""
    first = next((b for b in g.body if b.kind == TEXT and b.lines), None)
    return not page.latin and not g.head and first is not None and \
        CONTINUED.fullmatch(page.lines[first.lines[0]].text.strip()) is not None


FLOW_GAP = 1.0  # body sizes: a paragraph this near under the one before it goes on in its flow


def in_flow(page: Page, chunks: list[Chunk], k: int) -> bool:
    """Whether chunk `k` goes on where chunk k-1 stops, as a story's next paragraph does: its first
    line a lead under the other's last (FLOW_GAP), or at the top of the next column when the
    other ends at the foot of its own (the story's paragraphs balanced over its columns). A
    paragraph set apart (a brief under another story's text, a row's gap or a rule above it)
    does not."""
    if k <= 0 or not chunks[k].lines or not chunks[k - 1].lines:
        return False
    last, first = page.lines[chunks[k - 1].lines[-1]].box, page.lines[chunks[k].lines[0]].box
    gap = first[1] - last[3]
    if 0 <= gap <= FLOW_GAP * page.body and first[0] < last[2] and last[0] < first[2]:
        return True
    boxes = [page.lines[i].box for c in chunks for i in c.lines]
    top, foot = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return gap < 0 and first[0] >= last[2] and first[1] - top <= 0.5 * page.body and foot - last[3] <= FLOW_GAP * page.body
