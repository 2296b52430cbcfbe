"""Page text: plain text lifted from a laid-out newspaper page becomes separate articles.

The text looks like the seed page: one paragraph a line, blank lines between, headlines on lines of
their own, and paragraphs that the layout cut mid-sentence (a line that does not end a sentence,
a blank line, then the rest). The parser works in three steps:

1. `split_chunks`: non-blank lines with their line numbers;
2. `repair_paragraphs`: join the layout cuts, and nothing else, logging each join;
3. `PageParser`: classify each chunk (headline, speaker turn, Xinhua brief, caption ...) and group
   the chunks into articles, keeping every character in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..script import join_lines
from ..model import (
    BYLINE, CAPTION, COLUMN, GUEST, HEADLINE, KICKER, LABEL, PARAGRAPH, SUBHEAD, SUBHEADING,
    Article, Block, Contributor, PageInfo, ParsedPage, Photo,
)
from .lines import CONTINUED_FROM, CONTINUES_ON, DATELINE, NUMBERED, PHOTO_NOTE, PICTURE, SECTION_LABEL, byline, column_label, column_name, credit

SENTENCE_END = set("。！？!?；;….")
CLOSING = set("”’」』》】〕\"'")
CLOSING_BRACKETS = set(")）")
# Punctuation that only running prose has inside a line; a headline or a guest card has none.
PROSE_MARKS = set("，,。；;：:")
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

MAX_DISPLAY_LEN = 40  # a headline line is at most this long
MIN_PROSE_LEN = 20  # a layout cut happens inside running prose, which is at least this long
MAX_COLUMN_LEN = 5  # 记者手记, 民企会客厅, 编者按 ... (中超联赛收官, six, is a kicker)
MAX_HEAD_LINES = 4  # column, kicker, headline, subhead: a longer run of short lines is verse

TOPIC_RE = re.compile(r"^本期(话题|主题)[:：]")
HOST_RE = re.compile(rf"^(本期主持(?:人)?|主持人?)[:：]\s*([{HAN}·]{{2,5}})$")
GUEST_LABEL_RE = re.compile(r"^(嘉宾名片|嘉宾|对话嘉宾|访谈嘉宾)[:：]$")
GUEST_RE = re.compile(rf"^([{HAN}·]{{2,4}})[ \u3000\t]+(\S.*)$")
SPEAKER_RE = re.compile(rf"^([{HAN}·]{{2,5}})[:：]")
CREDIT_RE = re.compile(r"[(（]\s*([^()（）]{1,30}?)\s*摄\s*[)）]\s*$")
XINHUA_RE = DATELINE  # 据新华社香港1月5日电, 新华社北京9月10日电, 本报讯, 本报福州10月7日电 …
SIGNATURE_RE = re.compile(rf"[(（]([{HAN}·]{{2,4}})[)）]\s*$")

# Columns whose name is also the genre of what they print.
GENRE_COLUMNS = {"记者手记": "记者手记", "编者按": "编者按", "短评": "评论", "评论员文章": "评论",
                 "本报评论员文章": "评论",
                 "社论": "社论", "记者观察": "记者观察", "人物": "人物"}


@dataclass
class Chunk:
    text: str
    line: int  # 1-based line number of the first source line


def split_chunks(text: str) -> list[Chunk]:
    chunks = []
    for i, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if line:
            chunks.append(Chunk(line, i))
    return chunks


def ends_sentence(line: str) -> bool:
    """True when the line ends a sentence (or a signature such as 「(剑平)」)."""
    s = line.rstrip()
    if not s:
        return True
    if PHOTO_NOTE.search(s):  # 秋收正忙（附图片）: a photo story's headline
        return False
    if s[-1] in CLOSING_BRACKETS:
        return True
    i = len(s) - 1
    while i >= 0 and s[i] in CLOSING:
        i -= 1
    return i >= 0 and s[i] in SENTENCE_END


def is_prose(line: str) -> bool:
    """Running prose: long enough, with a mark only prose has inside it. A colon alone does not
    make prose: a headline may have one (联合国粮农组织：全球粮食价格指数连续两月上涨)."""
    if len(line) < MIN_PROSE_LEN:
        return False
    marks = {c for c in line[:-1] if c in PROSE_MARKS}
    return bool(marks - {":", "："}) or len(line) > MAX_DISPLAY_LEN


def starts_new_unit(line: str) -> bool:
    """A line that begins something of its own, never the rest of a cut sentence."""
    return bool(SPEAKER_RE.match(line) or XINHUA_RE.match(line) or TOPIC_RE.match(line)
                or HOST_RE.match(line) or GUEST_LABEL_RE.match(line) or CREDIT_RE.search(line)
                or line.startswith("图为") or PICTURE.match(line) or credit(line) is not None
                or byline(line) is not None)


def is_display(line: str) -> bool:
    """A headline-like line: short and not a finished sentence."""
    return len(line) <= MAX_DISPLAY_LEN and not ends_sentence(line) and not line.endswith((":", "："))


def _cut_pair(a: str, b: str) -> bool:
    if ends_sentence(a) or a.endswith((":", "：", "、")) or not is_prose(a):
        return False
    if starts_new_unit(b):
        return False
    return ends_sentence(b) or is_prose(b)




def repair_paragraphs(chunks: list[Chunk]) -> tuple[list[Chunk], list[str]]:
    """Join paragraphs that the layout cut mid-sentence; return the chunks and a log line a join."""
    out: list[Chunk] = []
    log: list[str] = []
    for c in chunks:
        if out and _cut_pair(out[-1].text, c.text):
            prev = out[-1]
            log.append(f"joined line {prev.line} 「…{prev.text[-8:]}」 with line {c.line} "
                       f"「{c.text[:8]}…」")
            out[-1] = Chunk(join_lines(prev.text, c.text), prev.line)
        else:
            out.append(Chunk(c.text, c.line))
    return out, log


@dataclass
class _Draft:
    blocks: list[Block] = field(default_factory=list)
    kicker: str = ""
    headline: str = ""
    subhead: str = ""
    column: str = ""
    genre: str = ""
    source: str = ""
    contributors: list[Contributor] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)

    def has_body(self) -> bool:
        return any(b.kind == PARAGRAPH for b in self.blocks)

    def is_poem(self) -> bool:
        """A head and a byline, and no prose yet: the short lines that follow are verse."""
        return any(b.kind == BYLINE for b in self.blocks) and not any(
            b.kind in (PARAGRAPH, SUBHEADING, CAPTION, GUEST) for b in self.blocks)

    def photo_only(self) -> bool:
        """A captioned photo and nothing else (图片新闻): the next caption is another story."""
        return bool(self.photos) and not self.has_body() and not self.headline

    def add(self, kind: str, text: str) -> None:
        self.blocks.append(Block(kind, text))

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


def _page_of(text: str) -> str:
    from ..model import page_label, parse_page

    section, number = parse_page(text.replace(" ", ""))
    return page_label(section, number)


def split_verse(run: list[str], poem: bool) -> tuple[list[str], list[str]]:
    """A run of display lines as (verse, head): the verse of the poem in hand, or of a run too long
    to be a head, then the head of what follows (column, kicker, headline, subhead), read back
    from the end: a headline, with a —— subhead after it and a short column label before."""
    if not poem and len(run) <= MAX_HEAD_LINES:
        return [], run
    k = len(run) - 1
    if k > 0 and run[k].startswith(("——", "—", "--")):
        k -= 1
    if k > 0 and (column_name(run[k - 1]) or len(run[k - 1]) <= MAX_COLUMN_LEN and len(run) - k >= 2):
        k -= 1
    return run[:k], run[k:]


def subheadings(chunks: list[Chunk]) -> set[int]:
    """Indexes of the display lines that head a section inside an article rather than a new one.

    A candidate stands alone between two prose paragraphs, and the paragraph after it starts
    nothing of its own (no dateline, byline or caption). A numbered one (一、…) is always a
    subheading. An unnumbered one is, when its article (from one byline or dateline to the next)
    holds at least two such lines: a feature's sections. One alone is more often the next
    article's headline (a commentary that names its author at the end)."""
    def prose(j: int) -> bool:
        return 0 <= j < len(chunks) and not is_display(chunks[j].text) and not starts_new_unit(chunks[j].text)

    numbered: set[int] = set()
    groups: dict[int, list[int]] = {}
    article = 0
    for i, c in enumerate(chunks):
        t = c.text
        if byline(t) is not None or XINHUA_RE.match(t) or (is_display(t) and i + 1 < len(chunks)
                                                          and is_display(chunks[i + 1].text)):
            article += 1
            continue
        if not is_display(t) or not prose(i + 1) or not 0 < i:
            continue
        before = chunks[i - 1].text
        if is_display(before) or SIGNATURE_RE.search(before) or re.search(r"转第.{1,4}版[)）]?$", before):
            continue
        if NUMBERED.match(t) or SECTION_LABEL.match(t):
            numbered.add(i)
        else:
            groups.setdefault(article, []).append(i)
    return numbered | {i for ids in groups.values() if len(ids) >= 2 for i in ids}


class PageParser:
    def __init__(self, page: PageInfo, language: str = "zh"):
        self.page = page
        self.language = language

    def parse(self, text: str) -> ParsedPage:
        chunks, repairs = repair_paragraphs(split_chunks(text))
        drafts = self._group(chunks)
        articles = [d.build(self.language) for d in drafts if d.blocks]
        return ParsedPage(info=self.page, articles=articles, raw_text=text, repairs=repairs)

    # -- grouping ---------------------------------------------------------------------------------

    def _group(self, chunks: list[Chunk]) -> list[_Draft]:
        drafts: list[_Draft] = []
        cur: _Draft | None = None
        head: list[str] = []  # display lines waiting to see what follows them
        pending_photos: list[tuple[str, Photo, Contributor | None]] = []
        roundtable = False
        in_guests = False
        participants: set[str] = {"主持人"}
        inner = subheadings(chunks)  # indexes of display lines that head a section of an article

        def start(new: _Draft) -> _Draft:
            nonlocal roundtable
            drafts.append(new)
            roundtable = False
            for text, photo, credit_of in pending_photos:
                new.add(CAPTION, text)
                new.photos.append(photo)
                if credit_of:
                    new.contributors.append(credit_of)
            pending_photos.clear()
            return new

        def flush_head() -> None:
            """The display lines so far: verse of the poem in hand, then the next article's head."""
            nonlocal cur, head
            if not head:
                return
            verse, title = split_verse(head, poem=cur is not None and cur.is_poem())
            if verse and cur is not None:
                for line in verse:
                    cur.add(PARAGRAPH, line)
            elif verse:
                title = verse + title
            if title:
                cur = start(self._from_head(title))
            head = []

        for i, chunk in enumerate(chunks):
            t = chunk.text
            nxt = chunks[i + 1].text if i + 1 < len(chunks) else ""

            if in_guests and GUEST_RE.match(t) and not ends_sentence(t):
                m = GUEST_RE.match(t)
                assert cur is not None and m is not None
                cur.add(GUEST, t)
                cur.contributors.append(Contributor(m.group(1), "嘉宾", m.group(2).strip()))
                participants.add(m.group(1))
                continue
            in_guests = False

            people = byline(t, after_head=bool(head)) if is_display(t) and not HOST_RE.match(t) else None
            if people is not None and (head or cur is None or not cur.has_body()):
                flush_head()
                cur = cur or start(_Draft())
                cur.add(BYLINE, t)
                cur.contributors += people
                continue

            taker = credit(t)
            if taker is not None and not head:  # 新华社记者 李四摄, under a photo story
                cur = cur or start(_Draft())
                cur.add(CAPTION, t)
                cur.contributors.append(taker)
                if cur.photos and not cur.photos[-1].credit:
                    cur.photos[-1].credit = taker.name
                else:
                    cur.photos.append(Photo(caption="", credit=taker.name))
                continue

            caption = self._caption(t)
            if caption is not None:
                if head:  # display lines right before a caption are its story's head
                    flush_head()
                elif cur is not None and cur.photo_only():  # 图片新闻: each captioned photo a story
                    cur = start(_Draft())
                if cur is None:
                    pending_photos.append(caption)
                else:
                    cur.add(CAPTION, t)
                    cur.photos.append(caption[1])
                    if caption[2]:
                        cur.contributors.append(caption[2])
                continue

            if i in inner and cur is not None and not head:
                cur.add(SUBHEADING, t)
                continue

            speaker = SPEAKER_RE.match(t)
            turn = bool(speaker and speaker.group(1) in participants)  # 联合国报告：… is a headline
            if TOPIC_RE.match(t) or (is_display(t) and not turn and not HOST_RE.match(t) and (nxt or head)):
                head.append(t)  # (the page's last line too, when it ends a run: a poem's last verse)
                continue

            speaker = SPEAKER_RE.match(t)
            is_turn = bool(speaker and speaker.group(1) in participants)
            if head:
                if roundtable and cur is not None and len(head) == 1 and is_turn:
                    cur.add(SUBHEADING, head[0])
                    head = []
                else:
                    flush_head()

            host = HOST_RE.match(t)
            if host or (is_turn and speaker and speaker.group(1) == "主持人" and not roundtable):
                if cur is not None and cur.has_body():
                    # What came before the host is the lead-in; the roundtable goes on from here.
                    lead = cur
                    lead.genre = lead.genre or "导语"
                    cur = start(_Draft(kicker=lead.kicker, headline=lead.headline,
                                       subhead=lead.subhead, column=lead.column))
                cur = cur or start(_Draft())
                roundtable = True
                cur.genre = "圆桌"
                if host:
                    participants.add(host.group(2))
                    cur.contributors.append(Contributor(host.group(2), "本期主持"))
                    cur.add(BYLINE, t)
                    continue

            if GUEST_LABEL_RE.match(t):
                cur = cur or start(_Draft())
                cur.add(LABEL, t)
                in_guests = True
                continue

            wire = XINHUA_RE.match(t)
            if wire:
                if cur is None or cur.has_body() or cur.photo_only():
                    cur = start(_Draft())
                cur.source = cur.source or wire.group(1)
                cur.genre = cur.genre or ("简讯" if "新华社" in wire.group(1) else "消息")

            cur = cur or start(_Draft())
            cur.add(PARAGRAPH, t)

        if head:  # display lines at the very end of the page: the poem's last lines, or text
            cur = cur or start(_Draft())
            for h in head:
                cur.add(PARAGRAPH, h)
        if pending_photos:
            start(_Draft())
        return drafts

    def _from_head(self, head: list[str]) -> _Draft:
        """Sort a run of display lines into kicker / headline / subhead / column label."""
        d = _Draft()
        roles: list[str] = []
        rest: list[int] = []
        for i, line in enumerate(head):
            if TOPIC_RE.match(line):
                roles.append(KICKER)
            elif (i == 0 or line == self.page.name) and self._is_column(line, head):  # printed above the rest
                roles.append(COLUMN)
            elif line.startswith(("——", "—", "--")):
                roles.append(SUBHEAD)
            else:
                roles.append("")
                rest.append(i)
        if len(rest) == 1:
            roles[rest[0]] = HEADLINE
        elif len(rest) >= 2:
            # Two display lines: 引题 then 主题; three: 引题, 主题, 副题.
            roles[rest[0]] = KICKER if KICKER not in roles else HEADLINE
            for j in rest[1:]:
                roles[j] = HEADLINE if HEADLINE not in roles else SUBHEAD
        for line, role in zip(head, roles):
            d.add(role, line)
            if role == KICKER and not d.kicker:
                d.kicker = line
            elif role == HEADLINE and not d.headline:
                d.headline = line
            elif role == SUBHEAD and not d.subhead:
                d.subhead = line.lstrip("—-").strip()
            elif role == COLUMN and not d.column:
                d.column = line
        if not d.headline and d.kicker and KICKER in roles and len(head) == 1:
            d.headline = d.kicker
        d.genre = GENRE_COLUMNS.get(d.column, "")
        return d

    def _is_column(self, line: str, head: list[str]) -> bool:
        if self.page.name and line == self.page.name:
            return True
        if column_name(line) and len(head) > 1:
            return True
        if column_label(line):  # 图片新闻, 体坛快讯
            return True
        if line in GENRE_COLUMNS:
            return True
        short = len(line) <= MAX_COLUMN_LEN and re.fullmatch(rf"[{HAN}]+", line) is not None
        others = [h for h in head if h != line and not TOPIC_RE.match(h)]
        return short and bool(others)

    @staticmethod
    def _caption(t: str) -> tuple[str, Photo, Contributor | None] | None:
        m = CREDIT_RE.search(t)
        if PICTURE.match(t) and ends_sentence(t):  # 上图：… 下图：…
            return t, Photo(caption=t), None
        if not (m or (t.startswith("图为") or "。图为" in t[:60])):
            return None
        if not m and not ends_sentence(t):
            return None
        credit = m.group(1).strip() if m else ""
        caption = t[: m.start()].rstrip() if m else t
        return t, Photo(caption=caption, credit=credit), (Contributor(credit, "摄") if credit else None)


def parse_page_text(text: str, page: PageInfo, language: str = "zh") -> ParsedPage:
    return PageParser(page, language).parse(text)
