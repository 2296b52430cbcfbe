"""Domain objects shared by every importer, the store, search and export.

An article's text is an ordered list of blocks, exactly as a reader meets them on the page
(kicker, headline, column label, byline, paragraphs, in-body subheadings, captions ...). The
scalar fields (headline, column, byline ...) are the article's metadata; they are what lists,
search fields and exports use. The stored text is never rewritten by normalisation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field

from .errors import ValidationError
from .script import is_latin_text

# Block kinds, in the vocabulary of a Chinese newspaper page.
KICKER = "kicker"  # 引题
HEADLINE = "headline"  # 主题
SUBHEAD = "subhead"  # 副题
COLUMN = "column"  # 栏目 label printed on the page
BYLINE = "byline"  # 本期主持:郭剑平 / 记者 张三
LABEL = "label"  # 嘉宾名片:
GUEST = "guest"  # 陈雪莹 福建省专利代理人协会副会长…
PARAGRAPH = "paragraph"
SUBHEADING = "subheading"  # 小标题 inside the body
CAPTION = "caption"  # 图为…(郭剑平 摄)
DATELINE = "dateline"  # a dateline printed on a line of its own

BLOCK_KINDS = (
    KICKER, HEADLINE, SUBHEAD, COLUMN, BYLINE, LABEL, GUEST, PARAGRAPH, SUBHEADING, CAPTION, DATELINE,
)
# The display head: printed from the article's metadata (its edited form), not from these blocks.
HEAD_KINDS = (COLUMN, KICKER, HEADLINE, SUBHEAD)
# The head an article carries as metadata too: each such block kind and its Article field.
HEAD_FIELDS = {KICKER: "kicker", HEADLINE: "headline", SUBHEAD: "subhead"}
# Pieces of what a reader meets that are not stored blocks (see ArticleRecord.reading_order).
HEAD_BYLINE = "head_byline"
SOURCE_LINE = "source_line"
EDITORS_NOTE = "editors_note"  # an agency's note to editors (not for print)
ABSTRACT = "abstract"  # the summary sent with agency copy
TAGLINE = "tagline"  # the closing line (X contributed to this report)

FREQUENCIES = ("daily", "weekly", "biweekly", "monthly", "irregular")
# What a publication is: a printed paper (issues of pages), or a news agency's wire, whose items
# are dated but printed on no page (they are stored on page number NO_PAGE of the agency's day).
PAPER, WIRE = "paper", "wire"
KINDS = (PAPER, WIRE)
NO_PAGE = 0

@dataclass
class Block:
    kind: str
    text: str

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValidationError(f"unknown block kind {self.kind!r}")


@dataclass
class Contributor:
    name: str
    role: str = ""  # 记者, 通讯员, 摄, 本期主持, 嘉宾, 主持人 ...
    note: str = ""  # e.g. a guest's title and affiliation


@dataclass
class Photo:
    caption: str = ""
    credit: str = ""
    filename: str = ""
    mime: str = ""
    data: bytes | None = None
    # Where on its page image a picture cut from a scan stood (pixels, x0, y0, x1, y1), kept in the
    # photo's own columns. A photo named with its box, as scans' photos were until both archives
    # had the columns (figure1@120,340,560,700.jpg: a row put back from a trash entry or an undo
    # step written before), reads it from its name.
    box: tuple[int, int, int, int] | None = None
    # Where its caption stood on the same page image (the caption lines the import paired with the
    # picture, as one box), kept in the photo's caption_x0..caption_y1 columns; None when it has none.
    caption_box: tuple[int, int, int, int] | None = None

    def __post_init__(self) -> None:
        self.box = box_in_name(self.filename) if self.box is None else _box(self.box)
        self.caption_box = _box(self.caption_box)


def _box(values) -> tuple[int, int, int, int] | None:
    """A box as four whole numbers, or None for none (a row's four NULL columns)."""
    if values is None or any(v is None for v in values):
        return None
    return tuple(int(v) for v in values)  # type: ignore[return-value]


_PHOTO_NAME = re.compile(r"^figure(\d+)@(\d+),(\d+),(\d+),(\d+)\.(png|jpg|bin)$")


def box_in_name(filename: str | None) -> tuple[int, int, int, int] | None:
    """The box an older scan's photo kept in its file name (figure1@120,340,560,700.jpg), or None."""
    m = _PHOTO_NAME.match(filename or "")
    return tuple(int(v) for v in m.groups()[1:5]) if m else None  # type: ignore[return-value]


def name_without_box(filename: str) -> str:
    """figure1@120,340,560,700.jpg as it is named now (figure1.jpg); any other name as it is."""
    m = _PHOTO_NAME.match(filename or "")
    return f"figure{m.group(1)}.{m.group(6)}" if m else filename


def photo_filename(n: int, mime: str) -> str:
    """The n-th picture cut from a scanned page: figure1.jpg (its box is Photo.box)."""
    return f"figure{n}.{ {'image/png': 'png', 'image/jpeg': 'jpg'}.get(mime, 'bin')}"


ADVERTISEMENT = "广告"  # Article.genre of an advertisement laid out on a page (all its pieces one article)


@dataclass
class Article:
    blocks: list[Block]
    headline: str = ""
    kicker: str = ""
    subhead: str = ""
    column: str = ""
    genre: str = ""
    source: str = ""  # dateline / source: 据新华社电, 新华社北京9月10日电
    language: str = "zh"
    contributors: list[Contributor] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    # Agency copy: the summary sent with it, a note to editors, the closing line (tagline).
    abstract: str = ""
    note: str = ""
    tagline: str = ""
    # An article the page text says is continued: "to:第3版" (the rest is on page 3, 下转第3版),
    # "from:第1版" (this is the rest of one begun on page 1, 上接第1版), until both parts are in
    # the archive; then "joined:第1版+第3版". Not part of the content hash: it says where, not what.
    continues: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind in (PARAGRAPH, SUBHEADING)]

    @property
    def byline(self) -> str:
        """Display byline, such as 「本期主持:郭剑平」 or 「记者 张三 通讯员 李四」; a Latin-script
        byline names each person before their title: 「Meredith Jameson, Staff Reporter」."""
        parts = []
        for c in self.contributors:
            if c.role in ("嘉宾", "摄"):
                continue
            if c.role and is_latin_text(c.name):
                parts.append(f"{c.name}, {c.role}")
            else:
                parts.append(f"{c.role} {c.name}".strip() if c.role else c.name)
        return ("; " if any(is_latin_text(c.name) for c in self.contributors) else " ").join(parts)

    def continuation_note(self) -> str:
        """What the reader is told about a continued article, or ""."""
        kind, _, where = self.continues.partition(":")
        if kind == "to":
            return f"下转{where}（该版尚未入库） continued on {where}, not in the archive yet"
        if kind == "from":
            return f"上接{where}（该版尚未入库） continued from {where}, not in the archive yet"
        if kind == "joined":
            return f"跨版刊登：{where.replace('+', '、')} printed on {where.replace('+', ' and ')}"
        return ""

    def text(self) -> str:
        """Every block's text in reading order, one block a line."""
        return "\n".join(b.text for b in self.blocks)

    def content_hash(self) -> str:
        """Hash of what the article says: its blocks and metadata, not where it is filed."""
        payload = {
            "blocks": [[b.kind, b.text] for b in self.blocks],
            "meta": [self.kicker, self.headline, self.subhead, self.column, self.genre, self.source,
                     self.language],
            "contributors": [[c.name, c.role, c.note] for c in self.contributors],
            "photos": [[p.caption, p.credit, hashlib.sha256(p.data).hexdigest() if p.data else ""]
                       for p in self.photos],
        }
        if self.abstract or self.note or self.tagline:  # (absent otherwise: older hashes stay valid)
            payload["agency"] = [self.abstract, self.note, self.tagline]
        raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def blocks_json(self) -> str:
        return json.dumps([[b.kind, b.text] for b in self.blocks], ensure_ascii=False)

    @staticmethod
    def blocks_from_json(raw: str) -> list[Block]:
        return [Block(kind, text) for kind, text in json.loads(raw)]


@dataclass
class PageInfo:
    """A page is known by its section and number: A05 and B05 are two pages of one issue."""

    number: int
    name: str = ""  # 版名, e.g. 民企会客厅
    section: str = ""  # 叠 / section, e.g. A (of A05), 城事

    @property
    def label(self) -> str:
        return page_label(self.section, self.number)


_PAGE = re.compile(r"(?:第)?\s*([A-Za-z])?\s*0*(\d{1,4})\s*(?:版)?")


def parse_page(value: object, where: str = "page") -> tuple[str, int]:
    """5, "5", "05", "第5版", "A05", "第A5版", "b12" -> (section letter or "", number)."""
    s = str(value).strip()
    m = _PAGE.fullmatch(s)
    if not m or int(m.group(2)) < 1:
        raise ValidationError(f"{where}: page {s!r} is not a page number (1, 5, A05 or 第5版)")
    return (m.group(1) or "").upper(), int(m.group(2))


def page_label(section: str, number: int) -> str:
    """How a page is named: 第5版, or A05版 for a page of section A; 通稿 for a wire item (no page)."""
    if number == NO_PAGE:
        return "通稿"
    if len(section) == 1 and section.isascii() and section.isalpha():
        return f"{section}{number:02d}版"
    return f"{section} 第{number}版" if section else f"第{number}版"


@dataclass
class IssueInfo:
    publication: str
    date: dt.date
    number: str = ""  # 期号
    edition: str = ""  # 版本 such as 城市版; "" for the only edition
    place: str = ""
    frequency: str = ""
    language: str = "zh"
    kind: str = PAPER  # PAPER, or WIRE: an agency's items of the day, on no page
    identifier: str = ""  # the title's identifier, such as its LCCN (sn99021999)
    volume: str = ""

    def label(self) -> str:
        ed = f" {self.edition}" if self.edition else ""
        return f"{self.publication} {self.date.isoformat()}{ed}"


LOW_CONFIDENCE = 0.8  # an OCR line read with less confidence than this is marked for checking


@dataclass
class ScanLine:
    """One line the OCR read on a page image: its text, box (pixels), confidence, each
    character's box and confidence where known, and the article it belongs to (an index into the
    page's articles; -1 when none)."""

    text: str
    box: tuple[int, int, int, int]
    confidence: float
    chars: list[tuple[str, tuple[int, int, int, int], float]] = field(default_factory=list)
    article: int = -1
    block: int = -1  # the layout block it stands in (an index into PageScan.blocks; -1 when none)

    @property
    def uncertain(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


VIEW_DPI = 200  # a PDF page with a text layer is kept (its boxes, and the page as shown) at this resolution


@dataclass
class LayoutBlock:
    """A piece of the page as the layout stage read it (a headline, a run of text down a column, a
    caption, a picture, the folio), with its class, box (pixels) and article (an index into the
    page's articles; -1 when none, as the folio's)."""

    kind: str  # title, display, text, caption, figure, folio (core.layout.blocks.KINDS)
    box: tuple[int, int, int, int]
    article: int = -1


@dataclass
class PageScan:
    """The page as an image: the original file (kept whole, content-addressed beside the archive),
    which page of it this is (a multi-page TIFF or PDF), its size, and what the OCR read."""

    data: bytes
    mime: str
    frame: int
    width: int
    height: int
    lines: list[ScanLine] = field(default_factory=list)
    text_layer: bool = False  # a PDF page whose lines come from its text layer, not from OCR
    blocks: list[LayoutBlock] = field(default_factory=list)  # in reading order

    def uncertain(self, article: int | None = None) -> int:
        return sum(1 for ln in self.lines if ln.uncertain and (article is None or ln.article == article))


@dataclass
class Doubt:
    """A place on a page where the page-text scorer was nearly of the other mind: an article starts
    at `line` (`start`) or goes on there, and the best reading the other way scored `margin` less."""

    line: int  # 1-based line of the page text
    article: int  # index of the article the line is in
    start: bool
    margin: float
    text: str  # the line's first characters


@dataclass
class ParsedPage:
    info: PageInfo
    articles: list[Article]
    raw_text: str = ""  # the decoded source text of the page, kept for provenance
    repairs: list[str] = field(default_factory=list)  # one line per paragraph repair
    doubts: list[Doubt] = field(default_factory=list)  # doubtful article boundaries (page text only)
    fixes: int = 0  # fixes the archivist made to its split in the import preview
    # True when the source is the whole page (page text, a PDF page): a stored page with other
    # content is then a conflict. False for articles from structured feeds, merged by content.
    complete: bool = True
    scan: PageScan | None = None  # a scanned page: the image and its OCR lines
    folio: object | None = None  # a scanned page's running head as read (core.layout.folio.Folio)


@dataclass
class ParsedIssue:
    """What an importer hands to the store: one issue, written in one transaction."""

    info: IssueInfo
    pages: list[ParsedPage]
    source: str = ""  # file path (or path inside a ZIP)
    source_hash: str = ""  # sha256 of the source bytes
    importer: str = ""
    warnings: list[str] = field(default_factory=list)

# The years a newspaper date can fall in: a date outside them (1550, 2150, 0000) is a mistake or
# a number that only looks like a date, never an issue.
FIRST_YEAR, LAST_YEAR = 1600, 2100  # the first printed newspapers are of 1605


def plausible_year(year: int) -> bool:
    return FIRST_YEAR <= year <= LAST_YEAR


def parse_date(value: object, where: str = "date") -> dt.date:
    """Parse 2024-09-11, 20240911, 2024/9/11 or 2024年9月11日 into a real calendar date in a year a
    newspaper can be from (FIRST_YEAR to LAST_YEAR)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    import re

    s = str(value or "").strip()
    m = (re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s)
         or re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T.*)?", s)
         or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
         or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})T.*", s))
    if not m:
        raise ValidationError(f"{where}: {s!r} is not a date (expected YYYY-MM-DD)")
    y, mo, d = (int(x) for x in m.groups())
    if not plausible_year(y):
        raise ValidationError(f"{where}: {s!r} is not a plausible newspaper date (the year must be from "
                              f"{FIRST_YEAR} to {LAST_YEAR})")
    try:
        return dt.date(y, mo, d)
    except ValueError as e:
        raise ValidationError(f"{where}: {s!r} is not a real calendar date ({e})") from None


@dataclass
class ArticleRecord:
    """An article as stored, with where it was printed."""

    id: int
    article: Article
    publication: str
    date: dt.date
    edition: str
    issue_id: int
    page_id: int
    page_number: int
    page_name: str
    section: str
    seq: int
    content_hash: str
    batch_id: int | None
    created_at: str
    updated_at: str
    scan: dict | None = None  # for an article read by OCR: its region, lines and uncertain lines (article_scan)
    kind: str = "paper"  # the publication's: paper, or wire (an agency's item, on no page)

    def reading_order(self) -> list[tuple[str, str]]:
        """(kind, text) as a reader meets the article, for the reader pane and the PDF alike: the
        display head from the metadata (column label, kicker, headline, subhead, and the byline
        when the body does not print one), the source line, an agency's note to editors and
        abstract, then the body blocks in order, and its tagline."""
        a = self.article
        pieces = [(COLUMN, a.column), (KICKER, a.kicker), (HEADLINE, a.headline), (SUBHEAD, a.subhead)]
        if a.byline and not any(b.kind == BYLINE for b in a.blocks):
            pieces.append((HEAD_BYLINE, a.byline))
        pieces.append((SOURCE_LINE, self.source_line()))
        pieces += [(EDITORS_NOTE, a.note), (ABSTRACT, a.abstract)]
        pieces += [(b.kind, b.text) for b in a.blocks if b.kind not in HEAD_KINDS]
        pieces.append((TAGLINE, a.tagline))
        return [(k, t) for k, t in pieces if t]

    def source_line(self) -> str:
        """「泉州晚报 2024年9月11日 第5版 民企会客厅」"""
        d = self.date
        parts = [self.publication, f"{d.year}年{d.month}月{d.day}日"]
        if self.edition:
            parts.append(self.edition)
        parts.append(page_label(self.section, self.page_number))
        if self.page_name:
            parts.append(self.page_name)
        return " ".join(parts)
