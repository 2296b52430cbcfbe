"""Labelled lines become articles: the blocks, head fields, contributors, photos, source and
continuation the rest of Baoku reads.

The page-text scorer (`linelabels`) has said, for every line, whether an article starts there and
what the line is (headline, byline, caption ...). This module only carries that out: every line
goes, in order, into the article it was given to, as the block kind its role names. The people a
byline, a photo credit or a closing signature names become contributors, and so do the bylines
printed in the text (`bylines`: 本报讯（记者 林海）, …。（本报记者 林海）); a dateline (据新华社电,
本报讯, 本報訊) gives the source; 下转/上接 the continuation; a roundtable (本期主持) its host and guests.
"""

from __future__ import annotations

import regex as re  # \p{Han}: the one Han definition (core.script)
import unicodedata
from dataclasses import dataclass, field

from ..model import (
    BYLINE, CAPTION, COLUMN, GUEST, HEADLINE, KICKER, PARAGRAPH, SUBHEAD, SUBHEADING, Article, Block,
    Contributor, Photo,
)
from . import bylines
from .lines import CONTINUED_FROM, CONTINUES_ON, DATELINE, HAN, byline, credit, page_number_text

CREDIT_RE = re.compile(r"[(（]\s*([^()（）]{1,30}?)\s*(?:摄|攝)\s*[)）]\s*$")
SHOT_LINE = re.compile(r"^[(（]?\s*(.{0,30}?)\s*[/／]?\s*(?:摄影?|攝影?|供图|供圖)\s*[)）]?$")
SIGNATURE_RE = re.compile(rf"[(（]([{HAN}·]{{2,4}})[)）]\s*$")
HOST_RE = re.compile(rf"^(本期主持(?:人)?|主持人?)[:：]\s*([{HAN}·]{{2,5}})$")
GUEST_RE = re.compile(rf"^([{HAN}·]{{2,4}})[ \u3000\t]+(\S.*)$")
ROLE_WORDS = re.compile(r"^(?:本报|本報|新华社|新華社|中新社|人民日报)?(?:特约|特約|首席|见习|見習|实习|實習)?"
                        r"(?:摄影)?(?:记者|記者|通讯员|通訊員|实习生|實習生)?")

# Columns whose name is also the genre of what they print.
GENRE_COLUMNS = {"记者手记": "记者手记", "编者按": "编者按", "短评": "评论", "评论员文章": "评论",
                 "本报评论员文章": "评论", "社论": "社论", "记者观察": "记者观察", "人物": "人物"}

# The block kind each role's line is stored as (a signature, box line or note is body text).
KIND_OF_ROLE = {"column": COLUMN, "kicker": KICKER, "headline": HEADLINE, "subhead": SUBHEAD, "byline": BYLINE,
                "caption": CAPTION, "subheading": SUBHEADING, "body": PARAGRAPH, "signature": PARAGRAPH,
                "box": PARAGRAPH, "note": PARAGRAPH}


@dataclass
class Line:
    """One line of the page as the scorer labelled it (kind: the block kind it is stored as)."""
    text: str
    start: bool
    role: str
    kind: str = ""

    def __post_init__(self) -> None:
        self.kind = self.kind or KIND_OF_ROLE[self.role]


@dataclass
class Draft:
    blocks: list[Block] = field(default_factory=list)
    kicker: str = ""
    headline: str = ""
    subhead: str = ""
    column: str = ""
    genre: str = ""
    source: str = ""
    contributors: list[Contributor] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)

    def add(self, line: Line) -> None:
        t, kind = line.text, line.kind
        self.blocks.append(Block(kind, t))
        if kind == KICKER and not self.kicker:
            self.kicker = t
        elif kind == HEADLINE and not self.headline:
            self.headline = t
        elif kind == SUBHEAD and not self.subhead:
            self.subhead = t.lstrip("—-－").strip()
        elif kind == COLUMN and not self.column:
            self.column = t
            self.genre = self.genre or GENRE_COLUMNS.get(t, "")
        elif kind == BYLINE:
            self._byline(t)
        elif kind == CAPTION:
            self._caption(t)
        elif kind == GUEST:
            m = GUEST_RE.match(t)
            if m:
                self.contributors.append(Contributor(m.group(1), "嘉宾", m.group(2).strip()))
        elif kind == PARAGRAPH:
            self._paragraph(t)

    def _paragraph(self, t: str) -> None:
        """A dateline's source and bracketed byline, a closing bracketed byline, or a byline line
        the scorer read as text (本报记者 林海): the text itself stays as printed."""
        dated = bylines.opening(t)
        self._credit(dated[1] if dated else [])
        self._credit(bylines.closing(t) or (bylines.own_line(t) if len(t) <= 40 else []))
        if self.source:
            return
        wire = dated[0] if dated else (m.group(1) if (m := DATELINE.match(t)) else "")
        if wire:
            self.source = wire
            self.genre = self.genre or ("简讯" if "新华社" in wire or "新華社" in wire else "消息")

    def _credit(self, people: list[Contributor]) -> None:
        for c in people:
            if not any(c.name == have.name for have in self.contributors):
                self.contributors.append(c)

    def _byline(self, t: str) -> None:
        host = HOST_RE.match(t)
        if host:
            self.contributors.append(Contributor(host.group(2), "本期主持"))
            self.genre = "圆桌"
            return
        named = byline(t, after_head=True)
        if named is not None:
            self.contributors += named
        else:  # （本报记者 孙一帆） under the text, 本報記者 林海 in traditional script
            self._credit(bylines.closing(t) or bylines.own_line(t))

    def _caption(self, t: str) -> None:
        taker = credit(t) or _shot(t)
        if taker is not None and not CREDIT_RE.search(t):  # a credit line of its own: 新华社记者 李四摄
            self.contributors.append(taker)
            if self.photos and not self.photos[-1].credit:
                self.photos[-1].credit = taker.name
            else:
                self.photos.append(Photo(caption="", credit=taker.name))
            return
        m = CREDIT_RE.search(t)
        name = m.group(1).strip() if m else ""
        self.photos.append(Photo(caption=t[: m.start()].rstrip() if m else t, credit=name))
        if name:
            self.contributors.append(Contributor(name, "摄"))

    def build(self, language: str) -> Article:
        contributors = list(self.contributors)
        last = next((b.text for b in reversed(self.blocks) if b.kind == PARAGRAPH), "")
        m = SIGNATURE_RE.search(last)
        if m and not any(c.name == m.group(1) for c in contributors):
            role = "记者" if self.genre == "记者手记" else ""
            contributors.append(Contributor(m.group(1), role))
        return Article(blocks=self.blocks, headline=self.headline, kicker=self.kicker,
                       subhead=self.subhead, column=self.column, genre=self.genre,
                       source=self.source, language=language, contributors=contributors,
                       photos=self.photos, continues=self.continuation())

    def continuation(self) -> str:
        """to:第3版 when the last paragraph says 下转第3版; from:第1版 when the first says 上接第1版."""
        paras = [b.text for b in self.blocks if b.kind == PARAGRAPH]
        if not paras:
            return ""
        m = CONTINUES_ON.search(paras[-1])
        if m:
            return "to:" + _page_of(m.group(1))
        m = CONTINUED_FROM.match(paras[0])
        return "from:" + _page_of(m.group(1)) if m else ""


def _shot(t: str) -> Contributor | None:
    """The photographer of a credit line such as 本报记者　王　强摄 or （见习记者 乔楠 摄）."""
    m = SHOT_LINE.match(t.strip())
    if not m or len(t) > 30:
        return None
    name = ROLE_WORDS.sub("", m.group(1).strip()).strip()
    name = re.sub(r"[\s\u3000]+", "", name) if len(name.split()) <= 2 and len(name) <= 6 else name
    return Contributor(name, "摄") if name else None


def _page_of(text: str) -> str:
    from ..model import page_label, parse_page

    text = unicodedata.normalize("NFKC", text).replace(" ", "")  # Ａ４ is A4
    section = text[:1] if text[:1].isascii() and text[:1].isalpha() else ""
    section, number = parse_page(section + page_number_text(text[len(section):]))  # 第二版 is 第2版
    return page_label(section, number)


def build_articles(lines: list[Line], language: str = "zh") -> list[Article]:
    """The articles of a labelled page, every line in one of them, in order."""
    drafts: list[Draft] = []
    for line in lines:
        if line.start or not drafts:
            drafts.append(Draft())
            if HOST_RE.match(line.text) and len(drafts) > 1 and not drafts[-1].blocks:
                _roundtable_after(drafts[-2], drafts[-1])
        drafts[-1].add(line)
    return [d.build(language) for d in drafts if d.blocks]


def _roundtable_after(lead: Draft, table: Draft) -> None:
    """A roundtable printed under a lead-in: the lead-in is the 导语, the table keeps its head."""
    lead.genre = lead.genre or "导语"
    table.kicker, table.headline, table.subhead, table.column = lead.kicker, lead.headline, lead.subhead, lead.column

