"""Scanned pages: page images (PNG, JPEG, TIFF with several pages, WebP) and PDF pages without a
text layer, read by OCR (`core.ocr`), laid out into page text, and split by the page-text rules.
The original file is kept with every page (the store files it once, by its content), with each
line's box and confidence and the article it went to."""

from __future__ import annotations

import mimetypes

import regex

from ..coded import Coded
from ..errors import ImportRejected
from ..layout.backprint import lifted
from ..layout.blocks import FOLIO
from ..model import (ADVERTISEMENT, BYLINE, COLUMN, HEAD_KINDS, HEADLINE, KICKER, PARAGRAPH, SUBHEAD, SUBHEADING, Article, Block,
                     LayoutBlock, PageInfo, PageScan, ParsedPage, ScanLine, parse_page)
from ..script import HAN_CLASS, SOFT_HYPHEN
from .backread import lifted_pages, read_again
from .metadata import IssueMeta
from .leadins import lead_in
from .lines import DATELINE
from .pagetext import parse_page_text
from .sources import SCANS, SourceFile

WORD = regex.compile(rf"[^\W\d_]{{3}}|{HAN_CLASS}")  # three letters, or one Han character
# A subhead opens with a dash (——每餐十五元); the recogniser reads the dash as 一一. No subhead opens
# with 一一 (one by one) and a Han character after it (d16, round 11).
DASH_READ = regex.compile(rf"^[一—]一(?={HAN_CLASS})")

SCAN_SUFFIXES = SCANS
PDF_DPI = 300  # image-only PDF pages are rendered at this resolution for OCR


def folio_meta(meta: IssueMeta, pages: list[ParsedPage], name: str, warnings: list[str]) -> IssueMeta:
    """The issue metadata with what the first page's running head says (paper, date, page, page
    name) filling what nothing else gave, each said in a warning; where the head disagrees with
    what was given, the given value stays and the import says so."""
    folio = pages[0].folio if pages else None
    if folio is None:
        return meta
    read = {"publication": folio.publication, "date": folio.date.isoformat() if folio.date else "",
            "page": folio.page, "page_name": folio.page_name}
    given = {"publication": meta.publication, "date": meta.date, "page": meta.page, "page_name": meta.page_name}
    names = {"publication": "paper 报名", "date": "date 日期", "page": "page 版次", "page_name": "page name 版名"}
    fill = {}
    for key, value in read.items():
        if not value:
            continue
        if key == "page":
            letter, number = parse_page(value)
            if given["page"] in (None, ""):
                fill["page"], fill["section"] = number, meta.section or letter or None
                warnings.append(f"{name}: {names[key]} {value} read from the page's running head")
            elif number != int(given["page"]):
                warnings.append(f"{name}: the page's running head says {names[key]} {value}, not {given['page']}; "
                                f"{given['page']} is kept")
            continue
        if given[key] in (None, ""):
            fill[key] = value
            warnings.append(f"{name}: {names[key]} {value} read from the page's running head")
        elif str(given[key]).strip() != value:
            warnings.append(f"{name}: the page's running head says {names[key]} {value}, not {given[key]}; "
                            f"{given[key]} is kept")
    if not fill:
        return meta
    out = meta.merged_over(IssueMeta(**{k: v for k, v in fill.items() if v is not None}))
    first = pages[0].info
    pages[0].info = PageInfo(number=int(out.page or first.number), name=str(out.page_name or first.name),
                             section=str(out.section or first.section))
    return out


def read_scan_pages(src: SourceFile, meta: IssueMeta, frames: list[tuple[bytes | None, int, int]] | None = None,
                    mime: str | None = None, warnings: list[str] | None = None) -> list[ParsedPage]:
    """The pages of an image file (or the rendered `frames` of an image-only PDF). A page with
    no ink (a None frame) is skipped unread, and said so; a file of blank pages only is refused
    before any page is read."""
    from ..ocr.engine import image_header, page_png, recognise_all

    own = frames is None  # an image file's own frames: its pictures are cut from them, in colour
    if frames is None:
        frames = page_png(src.data, src.name)
        mime = (image_header(src.data) or (None,))[0]
    inked = [i for i, (png, _, _) in enumerate(frames) if png is not None]
    if not inked:
        raise ImportRejected(Coded("unreadable", where=src.name, kind="image_blank", pages=len(frames)))
    if len(inked) < len(frames) and warnings is not None:
        skipped = [str(int(meta.page or 1) + i) for i in range(len(frames)) if i not in inked]
        warnings.append(f"{src.name}: {len(skipped)} blank page(s) with no ink skipped unread "
                        f"(page {', '.join(skipped[:10])}{' …' if len(skipped) > 10 else ''})")
    reads = recognise_all([frames[i][0] for i in inked])
    # a page whose back shows through, read again with the back's print lifted off it (backread)
    backed = lifted_pages(reads, lambda k: _gray(frames[inked[k]][0]) if has_words(reads[k]) else None)
    read_pages = dict(zip(inked, read_again(reads, backed, lambda pngs: _read_more(recognise_all, pngs, len(inked)))))
    again = {inked[k] for k in backed}
    first = int(meta.page or 1)
    pages: list[ParsedPage] = []
    for i, (width, height) in ((i, frames[i][1:]) for i in inked):
        read = read_pages[i]
        if not has_words(read):
            continue  # a black box read as ■: nothing to lay out (its box would set the body size)
        info = PageInfo(number=first + i, name=str(meta.page_name or "") if i == 0 else "",
                        section=str(meta.section or ""))
        gray = _gray(frames[i][0])
        if i in again:  # (laid out on its image with the back's print lifted, as it was read)
            gray = lifted(gray)
        colour = (lambda i=i, gray=gray: _frame(src.data, i, gray)) if own else None
        page = scanned_page(read, info, str(meta.language or "zh"), gray, colour)
        page.scan = PageScan(src.data, mime or mimetypes.guess_type(src.name)[0] or "application/octet-stream",
                             i, width, height, page.scan.lines if page.scan else [],
                             blocks=page.scan.blocks if page.scan else [])
        if page.articles:
            pages.append(page)
    if not pages:
        raise ImportRejected(Coded("unreadable", where=src.name, kind="no_text_on_image"))
    return pages


def _read_more(recognise_all, pngs: list[bytes], read: int) -> list:
    """`pngs` read after the `read` pages already read: the progress (ocr.engine.PAGE_HOOK) counts
    them as pages more to read, so a cancel still stops the import between them."""
    from ..ocr.engine import PAGE_HOOK

    outer = PAGE_HOOK.get()
    if outer is None:
        return recognise_all(pngs)
    token = PAGE_HOOK.set(lambda done, total: outer(read + done, read + total))
    try:
        return recognise_all(pngs)
    finally:
        PAGE_HOOK.reset(token)


def has_words(read) -> bool:
    """Whether OCR read a word anywhere on the page: a page without one has no article, and its
    layout would take a picture's box for the body type (thousands of pixels tall), whose rule
    finder then spends half a minute on kernels of that length."""
    return any(WORD.search(ln.text) for ln in read.lines)


def _frame(data: bytes, frame: int, gray):
    """Frame `frame` of an image file as it is (in colour when it is), the size of its grey page;
    the grey page when it cannot be read so."""
    import io

    from PIL import Image

    from ..orientation import upright

    try:
        image = Image.open(io.BytesIO(data))
        image.seek(frame)
        image.load()
        image = upright(image)  # as page_png turned it for the OCR
        if image.size == (gray.shape[1], gray.shape[0]):
            return image if image.mode in ("L", "RGB") else image.convert("RGB")
    except (OSError, ValueError, EOFError):
        pass
    return _pil(gray)


def _gray(png: bytes):
    """A page image as a grey numpy array, for the layout's rules and pictures."""
    import io

    import numpy as np
    from PIL import Image

    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


def scanned_page(read, info: PageInfo, language: str, gray=None, image=None) -> ParsedPage:
    """What the OCR read on one page (or an ALTO page's lines), as articles by the layout stage
    (`core.layout`): each article's head and paragraphs go through the page-text rules (bylines,
    datelines, captions), and each line is marked with its article; folio lines with none. Its
    pictures become their articles' photos, cut from `image` (a function giving the page as a PIL
    image, in colour when it is) or else from `gray`."""
    from ..layout import analyse

    lay = analyse(read, gray)
    if image is None and gray is not None:
        image = lambda: _pil(gray)  # noqa: E731
    return laid_out_page(lay, info, language, image)


def _pil(gray):
    from PIL import Image

    return Image.fromarray(gray)


def _opening(text: str) -> str:
    """A paragraph's first characters, spaces left out (to know it again in the parsed text)."""
    return "".join(text.split())[:12]


def laid_out_page(lay, info: PageInfo, language: str, image=None) -> ParsedPage:
    """A parsed page from a layout: one article per group the layout found, save that a brief
    without a headline under another story's text (据新华社…电) stays an article of its own; each
    picture a photo of its group's first article (`scanphotos`), cut from `image()` when given."""
    from ..layout.chunks import Chunk, body_chunks, head_chunks, head_roles, in_flow
    from ..layout.latinheads import german
    from .scanphotos import add_photos

    page = ParsedPage(info, [])
    owner: dict[int, int] = {}
    reading: list[int] = []
    first_of: dict[int, int] = {}  # a group's first article
    english = lay.page.latin and not german([ln.text for ln in lay.page.lines])
    for group in lay.groups:
        heads = [c for c in head_chunks(lay.page, group.head) if c.text.strip()]
        roles = head_roles(group.head, lay.page.latin)
        if not lay.page.latin:  # a subhead's dash the recogniser read as two 一 (——每餐 read 一一每餐)
            heads = [Chunk(DASH_READ.sub("——", c.text), c.lines) if r == SUBHEAD else c for c, r in zip(heads, roles)] + \
                heads[len(roles):]
        chunks = heads + [c for c in body_chunks(lay.page, group.body) if c.text.strip()]
        if not any(WORD.search(c.text) for c in chunks):
            continue  # no word (a black box read as ■, a drawing read as scattered letters) is no article
        first_of[id(group)] = len(page.articles)
        # a brief's head run into its first line (leadins.py) is set on a line of its own
        leads = {k: lead_in(c.text) for k, c in enumerate(chunks) if k >= len(heads)} if not lay.page.latin else {}
        said = ["\n\n".join(leads[k]) if leads.get(k) else c.text for k, c in enumerate(chunks)]
        found = parse_page_text("\n\n".join(said) + "\n", info, language).articles
        if not found:
            continue
        for article in found:  # a hyphenation point no line joined (ALTO's HYP): the hyphen it is
            _hyphens(article)
        runs: list[list[Article]] = [[found[0]]]
        heads_led = {lead[0] for lead in leads.values() if lead}  # (each such item is its own article)
        # (a datelined paragraph going on in the story's flow is its next report: 多地… over 据新华社南京…电,
        # 据新华社杭州…电, set one under the other; a brief set apart under its text is one of its own)
        body = chunks[len(heads):]
        flowing = {_opening(c.text) for k, c in enumerate(body) if in_flow(lay.page, body, k)}
        for a in found[1:]:
            brief = not a.headline and a.blocks and DATELINE.match(a.blocks[0].text) \
                and _opening(a.blocks[0].text) not in flowing or a.headline in heads_led
            runs.append([a]) if brief and not group.advert else runs[-1].append(a)
        part = ParsedPage(info, [one_article(r) for r in runs])
        if group.advert:  # all its pieces one article (layout.adverts, layout.latinadverts)
            part.articles[0].genre = ADVERTISEMENT
        if roles:
            set_head(part.articles[0], list(zip(roles, [c.text.replace(SOFT_HYPHEN, "-") for c in chunks[:len(roles)]])))
        elif lay.page.latin:
            _no_head(part.articles[0], english)
        mine = [ScanLine(lay.lines[i].text, (0, 0, 0, 0), 1.0) for c in chunks for i in c.lines]
        assign_lines(part, mine)
        add_photos(part.articles[0], lay, group, lambda b: [c.text for c in body_chunks(lay.page, [b])], image)
        for i, ln in zip([i for c in chunks for i in c.lines], mine):
            owner[i] = len(page.articles) + ln.article
            reading.append(i)
        page.articles += part.articles
    lines = [ScanLine(ln.text.replace(SOFT_HYPHEN, "-"), ln.box, ln.confidence,
                      [(c.text, c.box, c.confidence) for c in ln.chars], owner.get(i, -1))
             for i, ln in enumerate(lay.lines)]
    reading += [i for i in range(len(lines)) if i not in owner]  # folio lines, kept last
    blocks = layout_blocks(lay, owner, first_of)
    for k, b in enumerate([*lay.order, *(b for b in lay.page.blocks if b.kind == FOLIO)]):
        for i in b.lines:
            lines[i].block = k
    page.scan = PageScan(b"", "", 0, lay.page.width, lay.page.height, [lines[i] for i in reading], blocks=blocks)
    page.folio = lay.folio
    return page


def layout_blocks(lay, owner: dict[int, int], first_of: dict[int, int]) -> list[LayoutBlock]:
    """The layout's blocks in reading order (the folio last), in the image's pixels, each with the
    article most of its lines went to (a picture: its story's)."""
    from collections import Counter

    from ..layout.geometry import union

    group_of = {id(b): first_of.get(id(g), -1) for g in lay.groups for b in g.blocks}
    out = []
    for b in [*lay.order, *(b for b in lay.page.blocks if b.kind == FOLIO)]:
        if b.lines:
            box = union(lay.lines[i].box for i in b.lines)
            votes = Counter(owner.get(i, -1) for i in b.lines)
            article = votes.most_common(1)[0][0]
        else:  # a picture: its box turned back from the upright page
            box = lay.image_box(b.box)
            article = group_of.get(id(b), -1)
        out.append(LayoutBlock(b.kind, tuple(int(v) for v in box), article))
    return out


def set_head(article: Article, head: list[tuple[str, str]]) -> None:
    """Give an article the head the layout read ((role, text) for each head block, roles as
    `layout.chunks.head_roles` names them) in place of what the page-text rules made of those
    lines from their words alone (记者手记 over a headline reads like a byline). Only when the
    article begins with exactly those characters (the rules may have run the head's last line
    into the next paragraph: that paragraph keeps the rest); a byline the rules read into them
    goes."""
    want = "".join(_squeeze(t) for _, t in head)
    got, n = "", 0
    while n < len(article.blocks) and len(got) < len(want):
        got += _squeeze(article.blocks[n].text)
        n += 1
    if not got.startswith(want):
        return
    rest = []
    if len(got) > len(want):  # the last block taken runs on past the head: it keeps what follows
        last = article.blocks[n - 1]
        cut = _after(last.text, len(want) - (len(got) - len(_squeeze(last.text))))
        rest = [Block(PARAGRAPH if last.kind in HEAD_KINDS else last.kind, last.text[cut:].strip())]
    taken = " ".join(b.text for b in article.blocks[:n] if b.kind == BYLINE)
    article.contributors = [c for c in article.contributors if not (taken and c.name in taken)]
    article.blocks = [Block(role, text.strip()) for role, text in head] + rest + article.blocks[n:]
    said = {role: " ".join(t.strip() for r, t in head if r == role) for role in (KICKER, HEADLINE, SUBHEAD, COLUMN)}
    led = next((b.text for b in article.blocks[len(head):] if b.kind == HEADLINE), "")  # a lead-in under a label
    article.kicker, article.headline = said[KICKER], said[HEADLINE] or led
    article.column = said[COLUMN] or article.column
    article.subhead = said[SUBHEAD].lstrip("—－- ")


def _no_head(article: Article, english: bool) -> None:
    """An article the layout gave no head keeps none that the page-text rules made of a line that
    heads nothing on a Latin page: a wire credit or byline, a bracket's tail (GUEST), the end of
    (By EDGAR GUEST) cut off at a gutter), a line worded as a sentence (MMEDIATE convocation of the:
    a paragraph's first line, its drop capital unread; on an English page: a German head is worded
    so); `layout.latinheads`. Its head lines are its text."""
    from ..layout.latinheads import credit, sentence, unopened

    said = article.headline.strip()
    if said and (credit(said) or unopened(said) or english and sentence(said)):
        article.blocks = [Block(PARAGRAPH, b.text) if b.kind in HEAD_KINDS else b for b in article.blocks]
        article.kicker = article.headline = article.subhead = ""


def _after(text: str, k: int) -> int:
    """Where in `text` its k-th character as `_squeeze` counts them (no spaces, no hyphens) ends."""
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in (SOFT_HYPHEN, "-"):
            seen += 1
            if seen == k:
                return i + 1
    return len(text)


def _hyphens(article: Article) -> None:
    for block in article.blocks:
        block.text = block.text.replace(SOFT_HYPHEN, "-")
    for name in ("headline", "kicker", "subhead", "source"):
        setattr(article, name, getattr(article, name).replace(SOFT_HYPHEN, "-"))


def _squeeze(text: str) -> str:
    """A text's characters for lining lines up with articles: no spaces, and no hyphens (a word
    hyphenated at a line's end is joined whole in its article)."""
    return "".join(text.split()).replace(SOFT_HYPHEN, "").replace("-", "")


def assign_lines(page: ParsedPage, lines: list[ScanLine]) -> None:
    """Mark each line (given in the order its text went into the page text) with the article its
    text went to: the splitter keeps every character in order, so the articles' texts, end to end,
    are the lines' texts, end to end."""
    bounds: list[int] = []
    total = 0
    for a in page.articles:
        total += len(_squeeze("".join(b.text for b in a.blocks)))
        bounds.append(total)
    pos = 0
    for line in lines:
        line.article = next((k for k, end in enumerate(bounds) if pos < end), len(bounds) - 1)
        pos += len(_squeeze(line.text))


def one_article(articles: list[Article]) -> Article:
    """Articles the splitter found in what is known to be one article (a METS article, a region
    an editor clipped), as that one article: the later headlines become subheadings."""
    first = articles[0]
    for other in articles[1:]:
        first.blocks += [Block(SUBHEADING, b.text) if b.kind == HEADLINE else b for b in other.blocks]
        first.contributors += [c for c in other.contributors if c not in first.contributors]
    return first
