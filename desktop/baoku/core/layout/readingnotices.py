"""Advertisements set as reading matter on a Latin page: a patent medicine's or a soap's notice
printed in a column of news, in the news' type, under a head like a story's (The Beaver County
News, 1916: CUTICURA COMFORTS BABY … Free sample each by mail with Book. … Sold everywhere.—Adv.;
When Housework Drags … Get Doan's at Any Store, 50c a Box; a line under a filler, To keep clean
and healthy take Dr. Pierce's Pleasant Pellets. …—Adv.). No rule or box need set it apart (a
wire page's fillers and notices are parted by short rules the column finder does not see across
its column), so the cell tests of `latinadverts` miss it. What tells it is its words: the paper's
own mark for paid matter, Adv. at a paragraph's end, or two of an advertiser's phrases (sold
everywhere, free sample, money back, from your druggist, at any store) or one beside a price.
Such an article is marked an advertisement (`Group.advert`); a notice signed Adv. that the layout
read into one article with a filler or a story before or after it is parted from them, its own
article. Nothing is dropped, and a story that reports prices or sales (wheat sold at $1.10) has
no advertiser's phrase and stays a story. A paid notice (a head of Reward, Notice, Summons,
Wanted, For Sale, Lost, Found … over words of the undersigned) is marked one too, and a
signature under an article (one line, a name: H. S. Sims, Manager) is its last line, no article
of its own."""

from __future__ import annotations

import re

from .blocks import DISPLAY, FIGURE, TITLE, Block, Page
from .latinadverts import MAIL_ORDER, PRICE_MARKS
from .latinheads import sentence
from .pieces import Group

SIGNED = re.compile(r"(?:^|[\s.,;:!?\"'—–-])Adv\.?[\s\"'.]*$")  # the paper's mark for paid matter, at a paragraph's end
ASKS = re.compile(r"\b(?:sold (?:everywhere|by (?:all )?(?:good )?(?:druggists|dealers|grocers))|"
                  r"(?:all|good|leading) (?:good )?(?:druggists|dealers|grocers|drug stores)|"
                  r"(?:ask|from) (?:your|any) (?:druggist|dealer|grocer)|at any (?:drug )?store|trial free|"
                  + MAIL_ORDER + r")\b", re.I)
PRICE = re.compile(PRICE_MARKS + r"|\bper (?:box|bottle)\b|\b\d+c a (?:box|bottle)\b", re.I)
NOTICE_HEAD = re.compile(r"^\W*(?:(?:[\w$.,]+\s+){0,3}reward\b|notice\b|summons\b|wanted\b|for (?:sale|rent)\b|"
                         r"lost\b|found\b|estray|strayed\b)", re.I)
# a paid or legal notice's words (notice is hereby given: its last word may be misread, hereby piven)
UNDERSIGNED = re.compile(r"\bthe\s+undersigned\b|\bnotice\s+is\s+hereby\b", re.I)
NAME = re.compile(r"^\W{0,2}(?:[A-Z]\.\s*){1,3}[A-Z][A-Za-z'-]+\b")  # H. S. Sims, J. W. Smith
LOGO_LINES, LOGO_WORDS, LOGO_LOWER = 3, 12, 0.25  # an advertisement's name or maker set apart: lines and words at most
PUBLISHED = re.compile(r"\b(?:first|last|date of first)\s+pub", re.I)  # a legal notice's dates of publication
FULL_NAME = re.compile(r"^\W{0,2}[A-Z][A-Za-z'-]+\s+(?:[A-Z]\.\s*){1,2}[A-Z][A-Za-z'-]+\b")  # Gould B. Blakely
FOOT_LINES = 5  # a notice's foot: name, office, two dates (a line read in two) at most
SIGNATURE_WORDS = 7  # a signature's words at most (H. S. Sims, Manager)
LARGE = 120  # lines of a reading notice at most (Doan's, with its testimony: about 60 on an ALTO)
WORDS = 3  # a block after a notice's signature with this many words at least, opening in capitals, is another item


def reading_notices(page: Page, order: list[Block], groups: list[Group]) -> list[Group]:
    """The page's articles, each advertisement set as reading matter marked `advert`, parted from
    the items it was read together with."""
    if not page.latin:
        return groups
    out: list[Group] = []
    for g in groups:
        host = next((h for h in reversed(out) if _signs(page, h, g)), None)
        if host is not None:
            host.body.extend(g.head + g.body)  # a signature under its notice or letter
            continue
        out.extend([g] if g.advert else _parted(page, g))
    out = _logos(page, out)
    for g in out:
        head = [page.lines[i].text for b in g.head[:1] for i in b.lines[:1]]
        if not g.advert and head and NOTICE_HEAD.search(head[0]) and UNDERSIGNED.search(_text(page, g.blocks)):
            g.advert = True  # a paid notice (Five Dollars Reward … paid by the undersigned)
    return out


def _logos(page: Page, groups: list[Group]) -> list[Group]:
    """An advertisement's name or maker set apart in display type (DOAN'S KIDNEY PILLS / FOSTER-
    MILBURN CO., BUFFALO, N. Y. under Doan's notice), read as an article of a line or three,
    worded as no sentence, its words mostly capitalised, right under an advertisement (or beside
    its last lines) within its columns, is that advertisement's."""
    out: list[Group] = []
    for g in groups:
        ids = [i for b in g.blocks for i in b.lines]
        texts = [page.lines[i].text for i in ids]
        host = None
        if not g.advert and not g.has_figure and 0 < len(ids) <= LOGO_LINES and \
                len(" ".join(texts).split()) <= LOGO_WORDS and not sentence(" ".join(texts)) and _capitalised(texts):
            middle = (min(b.x0 for b in g.blocks) + max(b.x1 for b in g.blocks)) / 2
            top = min(b.y0 for b in g.blocks)
            host = next((h for h in reversed(out) if h.advert and h.span[0] <= middle <= h.span[1] and
                         min(b.y0 for b in h.blocks) < top <= max(b.y1 for b in h.blocks) + 2 * page.body), None)
        if host is not None:
            host.body.extend(g.head + g.body)
        else:
            out.append(g)
    return out


def _capitalised(texts: list[str]) -> bool:
    """Words mostly capitalised, as a name's or a maker's (not a filler's sentence)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", " ".join(texts))
    return bool(words) and sum(w[0].islower() for w in words) <= LOGO_LOWER * len(words)


def _signs(page: Page, over: Group, g: Group) -> bool:
    """`g` is one line, a name (initials and a surname, an office after it: H. S. Sims, Manager),
    right under article `over`, its middle within its columns: its signature, not an article. Or
    a legal notice's foot (GOULD B. BLAKELY, / Register / First Pub. April 21, 1916. / Last Pub.
    May 19, 1916.): a few lines, its dates of publication among them, each a name, an office or
    such a date."""
    ids = [i for b in g.blocks for i in b.lines]
    if not ids or g.has_figure or over.has_figure:
        return False
    ln = page.lines[ids[0]]
    bottom = max(b.y1 for b in over.blocks)
    if not (over.span[0] <= (ln.box[0] + ln.box[2]) / 2 <= over.span[1] and
            -page.body <= ln.box[1] - bottom <= 2 * page.body):
        return False
    if len(ids) == 1 and NAME.search(ln.text) and len(ln.text.split()) <= SIGNATURE_WORDS:
        return True
    said = [page.lines[i].text for i in ids]
    return len(ids) <= FOOT_LINES and any(PUBLISHED.search(t) for t in said) and \
        all(PUBLISHED.search(t) or (NAME.search(t) or FULL_NAME.search(t) or len(t.split()) <= 2) and
            len(t.split()) <= SIGNATURE_WORDS for t in said)


def _text(page: Page, blocks: list[Block]) -> str:
    return re.sub(r"-\s+", "", " ".join(page.lines[i].text for b in blocks for i in b.lines))


def _sells(text: str) -> bool:
    """Two of an advertiser's phrases, or one beside a price."""
    asks = {m.group(0).lower() for m in ASKS.finditer(text)}
    return len(asks) >= 2 or bool(asks) and bool(PRICE.search(text))


def _signed(page: Page, b: Block) -> int | None:
    """The place in block `b` of its last line signed Adv., if any."""
    if b.kind == FIGURE:
        return None
    at = [n for n, i in enumerate(b.lines) if SIGNED.search(page.lines[i].text)]
    return at[-1] if at else None


def _parted(page: Page, g: Group) -> list[Group]:
    """`g` as it is, marked an advertisement when its words are an advertiser's; or, when a notice
    signed Adv. is a part of it, `g` cut round that notice (the part before, the notice, the part
    after), each part an article."""
    blocks = g.head + g.body
    if sum(len(b.lines) for b in blocks) > LARGE:
        return [g]
    ends = [k for k, b in enumerate(blocks) if _signed(page, b) is not None]
    if not ends:
        if _sells(_text(page, blocks)) and len(g.head) <= 1:
            g.advert = True
        return [g]
    k = ends[-1]
    b, at = blocks[k], _signed(page, blocks[k])
    sign = page.lines[b.lines[at]].box
    for n in range(at + 1, len(b.lines)):  # a line read after the signature in its block (liver, bowels) is its
        ln = page.lines[b.lines[n]]
        if ln.box[1] > sign[3] - page.body / 2 and _opens(ln.text):
            blocks = blocks[:k] + [_piece(page, b, b.lines[:n]), _piece(page, b, b.lines[n:])] + blocks[k + 1:]
            break
    end = k + 1
    while end < len(blocks) and not _opens_item(page, blocks[end]):
        end += 1  # (its lines read after the signature, or a scrap)
    start = 0
    if not g.head:
        start, cut = _first_of_notice(page, blocks[:end])
        blocks, end = cut + blocks[end:], len(cut)
    if start == 0 and end == len(blocks):
        g.advert = True
        return [g]
    parts = [blocks[:start], blocks[start:end], blocks[end:]]
    return [_group(p, advert=n == 1) for n, p in enumerate(parts) if p and any(x.kind != FIGURE for x in p)]


def _first_of_notice(page: Page, blocks: list[Block]) -> tuple[int, list[Block]]:
    """Where a headless notice signed Adv. at the end of `blocks` begins, and the blocks with the
    one it begins in cut there: at the last paragraph before its signature that follows a whole
    item (a filler whose last line ends a sentence short of the measure), else at the start."""
    ids = [(k, i) for k, b in enumerate(blocks) if b.kind != FIGURE for i in b.lines]
    right = max(page.lines[i].box[2] for _, i in ids)
    for n in range(len(ids) - 1, 0, -1):
        (k, i), (_, j) = ids[n], ids[n - 1]
        before, here = page.lines[j], page.lines[i]
        if before.text.rstrip()[-1:] in (".", "?", "!", '"', "'") and here.text.strip()[:1].isupper() and \
                before.box[2] < right - 2 * page.body and not any(_signed(page, b) is not None for b in blocks[:k]):
            if ids[n - 1][0] != k:
                return k, blocks
            b = blocks[k]
            cut = b.lines.index(i)
            upper, lower = _piece(page, b, b.lines[:cut]), _piece(page, b, b.lines[cut:])
            return k + 1, blocks[:k] + [upper, lower] + blocks[k + 1:]
    return 0, blocks


def _piece(page: Page, b: Block, lines: list[int]) -> Block:
    boxes = [page.lines[i].box for i in lines]
    box = (min(x[0] for x in boxes), min(x[1] for x in boxes), max(x[2] for x in boxes), max(x[3] for x in boxes))
    return Block(b.kind, lines, box, b.size, b.article, b.order)


def _opens_item(page: Page, b: Block) -> bool:
    """Block `b` after a notice's signature opens another item: a head, or a line of words
    opening in capitals (There's many an untied knot …), not a scrap or a line run on."""
    if b.kind in (TITLE, DISPLAY):
        return True
    return b.kind != FIGURE and bool(b.lines) and _opens(page.lines[b.lines[0]].text)


def _opens(text: str) -> bool:
    text = text.strip()
    return text[:1].isupper() and len(re.findall(r"[A-Za-z]{2,}", text)) >= WORDS


def _group(blocks: list[Block], advert: bool) -> Group:
    head = []
    for b in blocks:
        if b.kind not in (TITLE, DISPLAY):
            break
        head.append(b)
    body = blocks[len(head):]
    return Group(head, body, (min(b.x0 for b in blocks), max(b.x1 for b in blocks)), min(b.y0 for b in blocks),
                 has_figure=any(b.kind == FIGURE for b in body), advert=advert)
