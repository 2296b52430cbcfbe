"""Heads a Latin page sets in type near its body's, which measure as text and are gathered with
the text under them (the Omaha Daily Bee of 1887): a head's decks in title case, and a line of
bold body type over a story's dateline. Each is split from that text as display type, every line
kept (called by `blocks.build_blocks` on Latin pages)."""

from __future__ import annotations

import re
from statistics import median

from .pieces import DISPLAY, TEXT, TITLE, Block, Page
from ..ocr.engine import OcrLine
from .geometry import is_caps, union
from .latinheads import (DATELINE, GERMAN_DATELINE, dateline, german, head_over_dateline, head_worded,
                         small_caps_dateline, small_caps_datelines, title_cased)


def decks(page: Page, blocks: list[Block], size: list[float]) -> list[Block]:
    """Lines in title case right under a head, measured as text (the Omaha Bee sets a head's decks
    in type near the body's: Leading Officials of Various Lines | Meet to Adjust Matters. under
    RAILROAD MEETINGS., gathered with the text under them), down to one ending in a full stop, are
    that head's decks: split from the text, display type. Every line is kept."""
    lines, body = page.lines, page.body
    heads = [b for b in blocks if b.kind in (TITLE, DISPLAY)]
    out: list[Block] = []
    for b in blocks:
        n = 0
        if b.kind == TEXT and any(-0.5 * body <= b.y0 - h.y1 <= body and
                                  min(h.x1, b.x1) - max(h.x0, b.x0) > 0.5 * (b.x1 - b.x0) for h in heads):
            while n < len(b.lines) and title_cased(lines[b.lines[n]].text) and not dateline(lines[b.lines[n]].text):
                n += 1
                if lines[b.lines[n - 1]].text.rstrip().endswith("."):
                    break  # a deck ends in a full stop: what follows is the text, or a story's own head
        if n == 0:
            out.append(b)
            continue
        for kind, part in ((DISPLAY, b.lines[:n]), (TEXT, b.lines[n:])):
            if part:
                out.append(Block(kind, part, union(lines[i].box for i in part), float(median(size[i] for i in part))))
    return out


def note(line: OcrLine, dated: OcrLine, body: float) -> bool:
    """`line`, between a head and the dateline `dated` under it, is a bracketed note ([Copyright
    1887 by James Gordon Bennett.]): it starts with its bracket, or (however OCR read its brackets
    and words: ALTO's ICnpjjr'ffM 1 < < S by Jim'Oinl.nilennrd.l, A'bi] J < itntt Gtmlvn
    Iltnnttl.]) it is words, no dateline, with white at its right where the dateline has none, and
    half the dateline's width at least."""
    if line.text.lstrip().startswith("["):
        return True
    said = line.text.strip()
    return len(said.split()) >= 2 and not dateline(said) and not said.endswith(".") and \
        dated.box[2] - line.box[2] >= 0.5 * body and line.box[2] - line.box[0] >= 0.5 * (dated.box[2] - dated.box[0])
    # (a line ending in a full stop is a subhead: Senate Proceedings., Death 1C nils All.; a note is
    # half the column wide at least, a short subhead is not: Tcath Ira\H)


def dateline_heads(page: Page, blocks: list[Block], size: list[float]) -> list[Block]:
    """A line of bold body type heading the story under it (`latinheads.head_over_dateline`) is
    that story's head, though it measures as text: split from the text it was gathered with, it is
    display type, and the story's text starts at the dateline. The dateline is the line right under
    the head on the page, whichever block it was gathered into (OCR boxes a dateline taller, and it
    starts a block of its own), or the one under a bracketed line ([Copyright 1887 by …]) there.
    Every line is kept."""
    lines, body = page.lines, page.body
    capitals = small_caps_datelines([ln.text for ln in lines])

    def block(kind: str, blk: list[int]) -> Block:
        return Block(kind, blk, union(lines[i].box for i in blk), float(median(size[i] for i in blk)))

    def under(i: int) -> int | None:  # the nearest line under line i, across most of its width
        x0, y0, x1, y1 = lines[i].box
        near = [k for k, ln in enumerate(lines) if k != i and y0 + 0.5 * (y1 - y0) < ln.box[1] <= y1 + 2 * body
                and min(ln.box[2], x1) - max(ln.box[0], x0) > 0.5 * (x1 - x0)]
        return min(near, key=lambda k: lines[k].box[1]) if near else None

    def opens(i: int) -> bool:  # and what stands over it ends: no deck running on
        below = under(i)
        if below is not None and not head_over_dateline(lines[i], lines[below], body, capitals):
            nxt = under(below)
            below = nxt if nxt is not None and note(lines[below], lines[nxt], body) else None
        if below is None or not head_over_dateline(lines[i], lines[below], body, capitals):
            return False
        x0, y0, x1, _ = lines[i].box
        over = [k for k, ln in enumerate(lines) if y0 - 2 * body <= ln.box[3] <= y0 + 0.5 * body and
                min(ln.box[2], x1) - max(ln.box[0], x0) > 0]  # the nearest, however short (a paragraph's end)
        if not over:
            return True
        k = max(over, key=lambda k: lines[k].box[3])
        said = lines[k].text.rstrip()
        mid = (lines[k].box[0] + lines[k].box[2] - x0 - x1) / 2
        if kind.get(k) in (TITLE, DISPLAY) and not said.endswith((".", "!", "?", '"', ")")):
            return False  # a deck's line running on into it (Armed Greasers Enter the United over
            # States and Are Fired On.)
        if said.endswith(".") and (kind.get(k) in (TITLE, DISPLAY) or title_cased(said) and abs(mid) <= body and
                                   not any(ch.isdigit() for ch in said)):
            return False  # the subhead of a story's first part right under its head's last deck, a
            # deck or a line worded and set as one, centred over it (Some Interesting Statements.
            # under … Changes When in Power.): not a paragraph's end (flush left), a signature
            # (flush right: Committee on Resolutions.) nor a letter's date (Rome, Feb. 20, 1887.)
        return not said.endswith((",", ";", ":", "-"))

    kind = {i: b.kind for b in blocks for i in b.lines}

    heads = {i for b in blocks if b.kind == TEXT for i in b.lines if head_worded(lines[i].text, capitals) and opens(i)}
    out: list[Block] = []
    for b in blocks:
        if b.kind != TEXT or not heads.intersection(b.lines):
            out.append(b)
            continue
        run: list[int] = []
        for i in b.lines:
            if i in heads:
                if run:
                    out.append(block(TEXT, run))
                out.append(block(DISPLAY, [i]))
                run = []
            else:
                run.append(i)
        if run:
            out.append(block(TEXT, run))
    return out


def pieces_beside(page: Page, blocks: list[Block]) -> list[Block]:
    """A narrow text block (under half its column, four lines at most) whose every line stands
    level with a line of another text block in its column is the rest of those lines, which OCR
    read in pieces (the 10 March 1887 Bee's column tops: superintendent of education | and deputy,
    other two will be tried to-morrow. | It is): its lines go into the block holding most of the
    lines level with them, put in by height. Read as blocks of their own, they opened headless
    articles at the columns' heads. Every line is kept."""
    lines = page.lines

    def level(i: int, k: int) -> bool:
        a, b = lines[i].box, lines[k].box
        return min(a[3], b[3]) - max(a[1], b[1]) >= 0.4 * min(a[3] - a[1], b[3] - b[1])

    def column(b: Block):
        return next((c for c in page.columns if c[0] - page.body <= b.x0 and b.x1 <= c[1] + page.body), None)

    text = [b for b in blocks if b.kind == TEXT and b.lines]
    gone: set[int] = set()
    for b in text:
        col = column(b)
        if col is None or len(b.lines) > 4 or b.x1 - b.x0 >= 0.5 * (col[1] - col[0]):
            continue
        others = [t for t in text if t is not b and id(t) not in gone and column(t) == col and
                  (t.x1 - t.x0 > b.x1 - b.x0)]
        hosts = [next((t for t in others if any(level(i, k) for k in t.lines)), None) for i in b.lines]
        if not hosts or any(h is None for h in hosts):
            continue
        host = max(hosts, key=hosts.count)
        for i in b.lines:
            at = next((n for n, k in enumerate(host.lines) if lines[k].box[1] > lines[i].box[1]), len(host.lines))
            host.lines.insert(at, i)
        host.box = union(lines[k].box for k in host.lines)
        gone.add(id(b))
    return [b for b in blocks if id(b) not in gone]


def pieced_lines(page: Page, blocks: list[Block]) -> list[Block]:
    """A text block that is one printed line OCR read in pieces (its lines level with each other:
    the | roads within the jurisdiction of, at the 5 March 1887 Bee's column head), right over a
    text block in its column (within a line), in type of the same size, is that text's first line:
    the pieces' last, a word or two, had parted the two blocks and the text under it opened an
    article of its own. Every line is kept."""
    lines, body = page.lines, page.body

    def level(b: Block) -> bool:
        first = lines[b.lines[0]].box
        return all(min(first[3], lines[i].box[3]) - max(first[1], lines[i].box[1]) >=
                   0.5 * min(first[3] - first[1], lines[i].box[3] - lines[i].box[1]) for i in b.lines[1:])

    text = [b for b in blocks if b.kind == TEXT and b.lines]
    gone: set[int] = set()
    for b in text:
        if len(b.lines) < 2 or not level(b):
            continue
        under = [t for t in text if t is not b and id(t) not in gone and -0.5 * body <= t.y0 - b.y0 <= 2 * body and
                 t.y1 > b.y1 and min(t.x1, b.x1) - max(t.x0, b.x0) > 0.8 * min(t.x1 - t.x0, b.x1 - b.x0) and
                 max(t.size, b.size) <= 1.25 * min(t.size, b.size)]
        if not under:
            continue
        t = min(under, key=lambda t: t.y0)
        t.lines[:0] = sorted(b.lines, key=lambda i: lines[i].box[0])
        t.box = union(lines[k].box for k in t.lines)
        gone.add(id(b))
    return [b for b in blocks if id(b) not in gone]


HEAD_END = re.compile(r"[.!?][\"'\u201c\u201d)]?$")


def centred_heads(page: Page, blocks: list[Block], size: list[float]) -> list[Block]:
    """On a German page (`latinheads.german`), short lines in body type, centred in their column,
    over a paragraph's first line (Der Nordstern's telegraph items: Bismarck's Pläne., Der Kaiser
    ist zufrieden., England.), or over
    another such line (a country label over an item's head: Deutschland. over Bismarck's Pläne.),
    after a paragraph's end or nothing: heads, though they measure as text and were gathered with
    it. Split from the text as display type; every line is kept. A paragraph's short last line is
    set flush left, a one-line paragraph indented: white on one side only."""
    lines, body = page.lines, page.body
    if not german([ln.text for ln in lines]):
        return blocks  # (an English page's centred lines are a story's run-in subheads: `articles`)
    kind = {i: b.kind for b in blocks for i in b.lines}

    def column(i: int):
        x0, _, x1, _ = lines[i].box
        return next((c for c in page.columns if c[0] - body <= x0 and x1 <= c[1] + body), None)

    def worded(i: int) -> bool:
        said = lines[i].text.strip()
        words = said.split()
        first = _first_alpha(said)
        col = column(i)
        if not (1 <= len(words) <= 8 and first.isupper() and HEAD_END.search(said) and col is not None and
                not said.startswith(("(", "[")) and  # a note: (Fortsetzung.), (Schluß.)
                re.search(r"[^\W\d_]{4}", said) and not any(ch.isdigit() for ch in said)):
            return False
        # Half its words capitalised at least (a head's nouns, in German too: Der Kaiser ist zufrieden.),
        # not a sentence (No action was taken upon the above.); in mixed case, not capitals OCR
        # garbled (Al IKII.VOON Sl.gKllIN., the Omaha Bee's AFTERNOON SESSION.: a subhead of capitals)
        letters = [ch for ch in said if ch.isalpha()]
        if 2 * sum(w[:1].isupper() or not w[:1].isalpha() and _first_alpha(w).isupper() for w in words) < len(words) \
                or sum(ch.isupper() for ch in letters) > 0.4 * len(letters):
            return False
        left, right = lines[i].box[0] - col[0], col[1] - lines[i].box[2]
        return min(left, right) >= body and abs(left - right) <= 2 * body

    def near(i: int, down: bool) -> int | None:  # the nearest line under (over) line i, beside it
        x0, y0, x1, y1 = lines[i].box  # (a paragraph's short last line may end left of its middle)
        got = [k for k, ln in enumerate(lines) if k != i and min(ln.box[2], x1) - max(ln.box[0], x0) > 0 and
               (y0 + 0.5 * (y1 - y0) < ln.box[1] <= y1 + 1.5 * body if down else
                y0 - 1.5 * body <= ln.box[3] < y1 - 0.5 * (y1 - y0))]
        return (min(got, key=lambda k: lines[k].box[1]) if down else max(got, key=lambda k: lines[k].box[3])) \
            if got else None

    candidates = {i for b in blocks if b.kind == TEXT for i in b.lines if worded(i)}

    def opens(i: int, depth: int = 0) -> bool:
        below = near(i, True)
        if below is None:
            return False
        if below in candidates:
            return depth < 2 and opens(below, depth + 1)
        col = column(i)
        ln = lines[below]
        # (the line's width with its pieces level with it: a spaced dateline, L o n d o n, is read apart)
        row = [below] + [k for k, o in enumerate(lines) if col[0] - body <= o.box[0] and o.box[2] <= col[1] + body and
                         min(o.box[3], ln.box[3]) - max(o.box[1], ln.box[1]) >
                         0.5 * min(o.box[3] - o.box[1], ln.box[3] - ln.box[1])]
        wide = max(lines[k].box[2] for k in row) - min(lines[k].box[0] for k in row)
        first = min(row, key=lambda k: lines[k].box[0])
        if (DATELINE.match(ln.text.strip()) or small_caps_dateline(ln.text)) and not GERMAN_DATELINE.match(ln.text.strip()):
            return False  # a head over an English dateline: `dateline_heads` said what it is
        return kind.get(below) == TEXT and wide >= 0.7 * (col[1] - col[0]) and \
            (_first_alpha(lines[first].text).isupper() or lines[first].text.lstrip()[:1] in "-\u2013\u2014\u201e\"")

    def after_end(i: int) -> bool:
        over = near(i, False)
        if over is None or over in candidates or kind.get(over) in (TITLE, DISPLAY):
            return True
        return bool(re.search(r"[.!?:\"'\u201c\u201d)]$", lines[over].text.rstrip()))

    heads = {i for i in candidates if opens(i) and after_end(i)}
    if not heads:
        return blocks

    def part(b: Block, run: list[int]) -> Block:
        return Block(TEXT, run, union(lines[k].box for k in run), float(median(size[k] for k in run)))

    out: list[Block] = []
    done: set[int] = set()  # (a head is one display block, however many blocks it parts)

    def head(h: int) -> list[Block]:
        if h in done:
            return []
        done.add(h)
        return [Block(DISPLAY, [h], lines[h].box, size[h])]

    for b in blocks:
        # the heads in the block, and those its text stands over and under (gathered apart)
        cuts = sorted((h for h in heads if h in b.lines or b.kind == TEXT and b.y0 < lines[h].box[1] and
                       lines[h].box[3] < b.y1 and min(b.x1, lines[h].box[2]) - max(b.x0, lines[h].box[0]) >
                       0.5 * (lines[h].box[2] - lines[h].box[0])), key=lambda h: lines[h].box[1])
        if b.kind != TEXT or not cuts:
            out.append(b)
            continue
        run: list[int] = []
        for i in sorted((i for i in b.lines if i not in heads), key=lambda i: lines[i].box[1]):
            while cuts and lines[cuts[0]].box[3] <= lines[i].box[1] + 0.5 * (lines[i].box[3] - lines[i].box[1]):
                if run:
                    out.append(part(b, run))
                    run = []
                out += head(cuts.pop(0))
            run.append(i)
        if run:
            out.append(part(b, run))
        out += [x for h in cuts if h in b.lines for x in head(h)]
    return out


def _first_alpha(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def run_in_capitals(page: Page, blocks: list[Block]) -> list[Block]:
    """A line's first words in capitals read apart from its lowercase rest, level with them and
    right beside them (a paragraph opened by a drop capital: MMEDIATE | convocation of the, the
    capital unread, in The Park Record's review of 1935) are one line of text, not a head in
    capitals and a scrap: the piece in capitals takes the rest's line, the pair measured as the
    smaller (OCR boxes a drop capital's line tall), and `pieced_lines` sets the line over its
    paragraph. Every line is kept."""
    lines, body = page.lines, page.body
    level = _level
    gone: set[int] = set()
    for b in blocks:
        if len(b.lines) != 1 or id(b) in gone or not is_caps(lines[b.lines[0]]):
            continue
        box = lines[b.lines[0]].box
        rest = next((t for t in blocks if t is not b and t.kind == TEXT and len(t.lines) == 1 and id(t) not in gone
                     and _first_alpha(lines[t.lines[0]].text).islower() and level(box, lines[t.lines[0]].box)
                     and -0.5 * body <= lines[t.lines[0]].box[0] - box[2] <= body), None)
        col = next((c for c in page.columns if c[0] - body <= box[0] and box[2] <= c[1] + body), None)
        if rest is None or col is None or rest.x0 >= col[1]:  # (not a head beside the next column's text)
            continue
        b.kind, b.size = TEXT, min(b.size, rest.size)
        b.lines = b.lines + rest.lines
        b.box = union(lines[k].box for k in b.lines)
        gone.add(id(rest))
    return [b for b in blocks if id(b) not in gone]


def head_pieces(page: Page, blocks: list[Block]) -> list[Block]:
    """A piece of a head's line read apart as text, level with the head's one line and right
    beside it in its column, in type of about its size (ALTO's Housewife's | dea Box I, the piece's
    first letter lost so that it starts in lowercase; TERRIFIC | MINE | DISASTER.): the head's, not
    a block of its own that opens an article. Every line is kept."""
    lines, body = page.lines, page.body
    gone: set[int] = set()
    for h in blocks:
        if h.kind not in (TITLE, DISPLAY) or len(h.lines) != 1 or id(h) in gone:
            continue
        box = lines[h.lines[0]].box
        col = next((c for c in page.columns if c[0] - body <= box[0] and box[2] <= c[1] + body), None)
        while col is not None:  # the nearest piece, then the next beside it (I | dea Box)
            piece = min((t for t in blocks if t.kind == TEXT and 1 <= len(t.lines) <= 2 and id(t) not in gone and
                         _level(box, lines[t.lines[0]].box) and -0.5 * body <= t.x0 - box[2] <= 1.5 * body and
                         max(t.size, h.size) <= 1.3 * min(t.size, h.size) and t.x0 < col[1]),
                        key=lambda t: t.x0, default=None)
            if piece is None:
                break
            h.lines = h.lines + piece.lines
            h.box = union(lines[k].box for k in h.lines)
            box = (box[0], box[1], max(box[2], int(piece.x1)), box[3])
            gone.add(id(piece))
    return [b for b in blocks if id(b) not in gone]


def _level(a: tuple, b: tuple) -> bool:
    return min(a[3], b[3]) - max(a[1], b[1]) >= 0.5 * min(a[3] - a[1], b[3] - b[1])
