"""Articles from structured records (JSONL lines, NITF / NewsML-G2 items), grouped into issues.

Every structured importer produces `Record`s; `group_issues` turns them into one ParsedIssue per
(publication, date, edition), each page holding its articles in source order.
"""

from __future__ import annotations

import mimetypes
import regex as re  # \p{Han}: the one Han definition (core.script)
from collections.abc import Callable
from dataclasses import dataclass, field

from ..errors import ValidationError
from ..model import (
    BYLINE, CAPTION, DATELINE, HEADLINE, KICKER, PARAGRAPH, SUBHEAD, Article, Block,
    Contributor, IssueInfo, ParsedIssue, ParsedPage, Photo,
)
from ..script import is_latin_text
from ..sourcetext import checked_text
from .agency import latin_byline
from .metadata import IssueMeta

ROLE_WORDS = ("本报记者", "特约记者", "实习记者", "见习记者", "记者", "通讯员", "实习生", "本期主持",
              "主持人", "主持", "编辑", "责任编辑", "摄影", "摄", "文/图", "文图", "文", "图", "撰稿")
# A role may carry its newsroom: 新华社记者, 中新社记者, 福建日报通讯员, 央视网记者.
_ROLE_RE = re.compile(
    rf"^((?:\p{{Han}}{{1,8}}?(?:社|报|台|网))?(?:{'|'.join(map(re.escape, ROLE_WORDS))}))[:：]?(.*)$")


def parse_byline(text: str) -> list[Contributor]:
    """「记者 张三 通讯员 李四 王五」 -> [张三/记者, 李四/通讯员, 王五/通讯员];
    「新华社记者 李四」 -> [李四/新华社记者]."""
    out: list[Contributor] = []
    role = ""
    for token in re.split(r"[\s,，、;；]+", text.strip()):
        if not token:
            continue
        m = _ROLE_RE.match(token)
        if m:
            role = m.group(1)
            token = m.group(2)
            if not token:
                continue
        out.append(Contributor(token, role))
    return out


@dataclass
class Record:
    """One article with where it was printed, before it is placed in an issue."""

    meta: IssueMeta
    article: Article
    where: str  # file and line / item, for messages


@dataclass
class ArticleFields:
    headline: str = ""
    kicker: str = ""
    subhead: str = ""
    column: str = ""
    genre: str = ""
    source: str = ""
    dateline: str = ""  # printed as a line of its own before the body
    language: str = ""  # as the source declares it; "" to tell from the text (zh, or und)
    byline: str = ""
    contributors: list[Contributor] = field(default_factory=list)
    body: list[tuple[str, str]] = field(default_factory=list)  # (PARAGRAPH|SUBHEADING, text)
    captions: list[Photo] = field(default_factory=list)
    abstract: str = ""
    note: str = ""  # a note to editors
    tagline: str = ""
    agency: str = ""  # who sent it: names the wire when the source names no paper

    _TEXTS = ("headline", "kicker", "subhead", "column", "genre", "source", "dateline", "byline", "abstract", "note",
              "tagline")

    def _line_feeds(self) -> None:
        """Every text with its line breaks as \\n: a feed's strings may hold old Mac (\\r) or
        Windows (\\r\\n) breaks, which a text file's reading already turns into \\n."""
        for name in self._TEXTS:
            setattr(self, name, lf(getattr(self, name)))
        self.body = [(kind, lf(text)) for kind, text in self.body]
        for photo in self.captions:
            photo.caption, photo.credit = lf(photo.caption), lf(photo.credit)
        for c in self.contributors:
            c.name, c.role, c.note = lf(c.name), lf(c.role), lf(c.note)

    def build(self, where: str) -> Article:
        self._line_feeds()
        for name, value in (("headline", self.headline), ("kicker", self.kicker), ("subhead", self.subhead),
                            ("column", self.column), ("genre", self.genre), ("source", self.source),
                            ("dateline", self.dateline), ("byline", self.byline), ("abstract", self.abstract),
                            ("note", self.note), ("tagline", self.tagline),
                            *(("text", t) for _, t in self.body),
                            *(("caption", p.caption + p.credit) for p in self.captions),
                            *(("contributor", c.name + c.role + c.note) for c in self.contributors)):
            checked_text(value, f"{where}: {name}")
        if not (self.headline.strip() or any(t.strip() for _, t in self.body)
                or any(p.caption.strip() for p in self.captions)):
            raise ValidationError(f"{where}: an article needs a headline or body text")
        blocks: list[Block] = []
        for kind, text in ((KICKER, self.kicker), (HEADLINE, self.headline), (SUBHEAD, self.subhead)):
            if text:
                blocks.append(Block(kind, text))
        contributors = list(self.contributors) or (
            latin_byline(self.byline) if is_latin_text(self.byline) else parse_byline(self.byline))
        if self.byline:
            blocks.append(Block(BYLINE, self.byline))
        elif contributors:
            blocks.append(Block(BYLINE, " ".join(f"{c.role} {c.name}".strip() for c in contributors)))
        if self.dateline:
            blocks.append(Block(DATELINE, self.dateline))
        for kind, text in self.body:
            if text.strip():
                blocks.append(Block(kind, text))
        for photo in self.captions:
            text = photo.caption
            if photo.credit and not all(part.strip() in photo.caption for part in photo.credit.split("/")):
                text += f" (Photo: {photo.credit})" if is_latin_text(photo.caption + photo.credit) else \
                    f"（{photo.credit} 摄）"
            if text:
                blocks.append(Block(CAPTION, text))
            if photo.credit and not any(c.name == photo.credit and c.role == "摄" for c in contributors):
                contributors.append(Contributor(photo.credit, "摄"))
        language = self.language or ("und" if is_latin_text("\n".join(b.text for b in blocks)) else "zh")
        return Article(blocks=blocks, headline=self.headline, kicker=self.kicker,
                       subhead=self.subhead, column=self.column, genre=self.genre,
                       source=self.source or self.dateline, language=language,
                       contributors=contributors, photos=self.captions, abstract=self.abstract,
                       note=self.note, tagline=self.tagline)


def load_image(ref: str, sibling: Callable[[str], bytes | None], where: str,
               warnings: list[str]) -> Photo:
    """The picture a story names (NITF's media, NewsML's renditions, a feed's image), read from
    beside the file; kept only when it is an image Baoku reads. A video or a damaged file named
    as one was kept as the article's photo, and every export said ReportLab's 'cannot identify
    image file <_io.BytesIO object at 0x…>' over it."""
    from ..ocr.engine import image_header

    data = sibling(ref) if ref else None
    header = image_header(data) if data is not None else None
    if ref and data is None:
        what = "a remote image is not fetched" if "://" in ref else "not found beside the file"
        warnings.append(f"{where}: image {ref!r} {what}; caption kept without it")
    elif data is not None and header is None:
        warnings.append(f"{where}: {ref!r} is not an image Baoku reads (a video or sound, a damaged file); "
                        "caption kept without it")
        data = None
    mime = (header[0] if header else None) or (mimetypes.guess_type(ref)[0] if ref else None) or ""
    return Photo(filename=ref, mime=mime if data else "", data=data)


_BREAK = re.compile(r"\r\n?")


def lf(text: str) -> str:
    """Text with \\r\\n and a lone \\r (old Mac) line breaks as \\n."""
    return _BREAK.sub("\n", text) if "\r" in text else text


def body_from_text(text: str) -> list[tuple[str, str]]:
    """Body text with paragraphs on their own lines (blank lines between are optional), whatever
    the line breaks (\\n, \\r\\n, \\r)."""
    return [(PARAGRAPH, line.strip()) for line in lf(text).split("\n") if line.strip()]


def group_issues(records: list[Record], *, source: str, source_hash: str, importer: str,
                 warnings: list[str]) -> list[ParsedIssue]:
    issues: dict[tuple, tuple[IssueInfo, dict[tuple[str, int], ParsedPage]]] = {}
    for rec in records:
        info = rec.meta.issue_info(rec.where)
        page = rec.meta.page_info(rec.where)
        key = (info.publication, info.date, info.edition)
        if key not in issues:
            issues[key] = (info, {})
        else:
            known = issues[key][0]
            known.number = known.number or info.number
            known.place = known.place or info.place
            known.frequency = known.frequency or info.frequency
        pages = issues[key][1]
        if (page.section, page.number) not in pages:
            pages[(page.section, page.number)] = ParsedPage(info=page, articles=[], complete=False)
        target = pages[(page.section, page.number)]
        target.info.name = target.info.name or page.name
        target.info.section = target.info.section or page.section
        target.articles.append(rec.article)
    out = []
    for info, pages in issues.values():
        out.append(ParsedIssue(info=info, pages=[pages[n] for n in sorted(pages)], source=source,
                               source_hash=source_hash, importer=importer, warnings=list(warnings)))
    return out

