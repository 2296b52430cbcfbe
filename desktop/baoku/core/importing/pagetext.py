"""Page text: plain text lifted from a laid-out newspaper page becomes separate articles.

The text looks like the seed page: one paragraph a line, blank lines between, headlines on lines of
their own, and paragraphs that the layout cut mid-sentence (a line that does not end a sentence,
a blank line, then the rest). The parser works in four steps:

1. `split_chunks`: non-blank lines with their line numbers (and whether they were indented);
2. `repair_paragraphs`: join the layout cuts, and nothing else, logging each join (a small learned
   model weighs each candidate; a line that ends a sentence, or one that starts a unit of its own
   such as a dateline or a speaker's turn, is never joined);
3. `label_lines`: the scorer (`linelabels`) labels every line of the page at once — where articles
   start and what each line is — under a few constraints of structure (a roundtable's turns);
4. `pagebuild.build_articles`: the labelled lines become articles, every character kept in order.
"""

from __future__ import annotations

import regex as re  # \p{Han}: the one Han definition (core.script)
from dataclasses import dataclass, field

import numpy as np

from ..model import GUEST, LABEL, Doubt, PageInfo, ParsedPage
from ..script import join_lines
from .linefeatures import PICTURE_MARK, SHOT, ends_sentence, page_features, pair_features
from .linelabels import HEAD_ROLES, LABELS, STARTS, Weights, closing_bylines, decode, label, weights
from .lines import CONTINUED_FROM, CONTINUES_ON, DATELINE, HAN, PICTURE, byline, credit, surname
from .pagebuild import CREDIT_RE, GUEST_RE, HOST_RE, Line, build_articles

__all__ = ["Chunk", "PageReading", "ends_sentence", "parse_page_text", "read_page", "repair_paragraphs",
           "split_chunks"]

TOPIC_RE = re.compile(r"^本期(话题|主题)[:：]")
GUEST_LABEL_RE = re.compile(r"^(嘉宾名片|嘉宾|对话嘉宾|访谈嘉宾)[:：]$")
SPEAKER_RE = re.compile(rf"^([{HAN}·]{{2,5}})[:：]")
INDENTS = " \u3000\t"
LATIN_SENTENCE_END = re.compile(r"[a-z0-9][.][\"'”’)]*$")  # 「…at noon.」: English heads end in no full stop (U.S. may)
LATIN_GOES_ON = re.compile(r"[A-Za-z0-9,]$")  # a Latin line cut mid-sentence: the rest starts in lower case
CHINESE_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
# The gaps between a table row's fields (停电:5月19日8:00—16:00 10kV渔港线 渔港新村): any spaces, but not
# those between Latin words.
FIELD_GAP = re.compile(r"(?<=[^A-Za-z\s])[ \u3000\t]+(?=[^A-Za-z\s])")
# 三、 （三） ３． ①: a numbered item or part opens a unit of its own (2.5亿元 is no numbering).
ITEM_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十０-９0-9]{1,3}[)）]"
                        r"|[０-９0-9]{1,2}(?:[、．]|\.(?![0-9]))|[①-⑳])")
# 记者：… 问：… 答：…: an interview's turn.
TURN = re.compile(r"^(?:本报记者|本報記者|记者|記者|问|問|答|主持人|Q|A)[:：]")
# 停电:… 32路:… 今天夜里:…: a list item opening with its label.
LABELLED_ITEM = re.compile(r"^[^\s，,。；;：:、“”「」]{1,6}[:：]")
SENTENCE_MARK = re.compile(r"[。！？!?]")
MIN_PROSE_LEN = 20  # a layout cut happens inside running prose, which is at least this long
PROSE_INSIDE = set("，,。；;、")
SHORT_CUT_LEN = 12
DANGLING = set("的地得把被将和与及对从向在为以或而并且之于")  # (not 了 着 过: a verse line ends so)
HEAD_LABELS = [label(start, r) for r in HEAD_ROLES for start in (True, False)]
MAIN_HEAD_LABELS = [label(start, r) for r in ("kicker", "headline", "column") for start in (True, False)]
DOUBT_MARGIN = 2.0  # log-odds: the other reading of the page at least 1/7 as likely (dev: 3.8% of lines, half the wrong ones)


@dataclass
class Chunk:
    text: str
    line: int  # 1-based line number of the first source line
    indent: bool = False  # the source line began with spaces (a paragraph's 　　 indent)


def split_chunks(text: str) -> list[Chunk]:
    chunks = []
    for i, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if line:
            chunks.append(Chunk(line, i, raw[:1] in INDENTS))
    return chunks


def speaker(line: str) -> str:
    """The name opening a speaker's turn (李劲松：…, 主持人：…), or ""; 师傅说：… is no turn."""
    m = SPEAKER_RE.match(line)
    name = m.group(1) if m else ""
    return name if name == "主持人" or surname(name) and not name.endswith(("说", "道", "问")) else ""


def starts_new_unit(line: str) -> bool:
    """A line that begins something of its own, never the rest of a cut sentence."""
    return bool(speaker(line) or TURN.match(line) or ITEM_START.match(line) or DATELINE.match(line) or TOPIC_RE.match(line)
                or HOST_RE.match(line) or GUEST_LABEL_RE.match(line) or CONTINUES_ON.match(line)
                or line.startswith("图为") or PICTURE.match(line) or credit(line) is not None
                or byline(line) is not None)


def is_prose(line: str) -> bool:
    """Running prose, where a layout cut can fall: long enough, with a mark only prose has inside
    it (a colon alone does not make prose: 联合国粮农组织：全球粮食价格指数连续两月上涨)."""
    if len(line) < MIN_PROSE_LEN:
        return False
    return len(line) > 40 or any(c in PROSE_INSIDE for c in line[:-1])


def stops_mid_phrase(line: str) -> bool:
    """A shorter line that stops on a word that cannot end anything (…开展了“增长三角”的): a
    paragraph's first line in a narrow column, cut there."""
    return len(line) >= SHORT_CUT_LEN and line[-1] in DANGLING


def table_row(line: str) -> bool:
    """Fields parted by spaces (two gaps or more) in a line that is not running prose (a dateline's
    （记者　陈　岩） has gaps too, inside sentences)."""
    return len(FIELD_GAP.findall(line)) >= 2 and sum(line.count(c) for c in "，,。") < 2


def ends_in_credit(line: str) -> bool:
    """A caption's text ending in its photographer's credit (…整车下线。本报记者 秦晓东 摄)."""
    tail = SENTENCE_MARK.split(line)[-1].strip()
    return bool(tail) and credit(tail) is not None


def may_join(a: str, b: str) -> bool:
    """Whether `b` can be the rest of a sentence cut at the end of `a` at all; the join model
    decides among these. Never: after a finished sentence, a colon, a table row or a photo credit;
    between two items of a labelled list (停电:… then 32路:…)."""
    if not (is_prose(a) or stops_mid_phrase(a)) or ends_sentence(a) and not a.endswith(("；", ";")) or a.endswith(("：", ":")) \
            or TOPIC_RE.match(a) or HOST_RE.match(a) or table_row(a) or ends_in_credit(a) \
            or LABELLED_ITEM.match(a) and LABELLED_ITEM.match(b):
        return False
    if not (ends_sentence(b) or b.endswith(("：", ":")) or is_prose(b)):  # the rest of a sentence: no head line
        return False
    return not starts_new_unit(b) and not PICTURE_MARK.search(a[-10:])


def _glue(a: str, b: str) -> str:
    """A line cut by the layout joined to its rest: Chinese without a space, Latin words with
    their space back, a hyphenation point closed up (script.join_lines)."""
    return join_lines(a, b)


def repair_paragraphs(chunks: list[Chunk], model: Weights | None = None) -> tuple[list[Chunk], list[str]]:
    """Join paragraphs that the layout cut mid-sentence; return the chunks and a log line a join."""
    w = model or weights()
    out: list[Chunk] = []
    log: list[str] = []
    piece: Chunk | None = None  # the last source line, joined or not
    # On a page that indents its paragraphs (and not every line), an indented line starts one: the
    # rest of a cut paragraph carries no indent.
    indents = sum(c.indent for c in chunks)
    paragraphs_indented = 0 < indents < len(chunks)
    for c in chunks:
        if piece is not None and not (paragraphs_indented and c.indent) and may_join(piece.text, c.text) and (
                LATIN_GOES_ON.search(piece.text) and c.text[:1].islower() and c.text[:1].isascii()
                or w.join_score(pair_features(piece.text, c.text, piece.indent, c.indent)) > 0):
            prev = out[-1]
            log.append(f"joined line {piece.line} 「…{piece.text[-8:]}」 with line {c.line} "
                       f"「{c.text[:8]}…」")
            out[-1] = Chunk(_glue(prev.text, c.text), prev.line, prev.indent)
        else:
            out.append(Chunk(c.text, c.line, c.indent))
        piece = c
    return out, log


def constraints(texts: list[str], page_name: str = "") -> tuple[np.ndarray, dict[int, str]]:
    """Labels each line may take, and block kinds fixed by structure: the page's first line starts an
    article; a short line below the top that is the page's name is a column label (of the head above
    it, if any); a line ending a sentence with 。 (or longer than 60) is no head; 一、… or （二）…
    heading a part is a subheading; a line opening
    with —— is no kicker, headline or column; a line that only says where the story came from
    （上接第一版） is no head; the page's last line is no kicker or column (they head
    what follows); 本期话题 is a kicker; 本期主持 starts a roundtable (`_roundtable`)."""
    allowed = np.ones((len(texts), len(LABELS)), dtype=bool)
    kinds: dict[int, str] = {}

    def only(i: int, *labels: int) -> None:
        allowed[i] = False
        allowed[i, list(labels)] = True

    for i, t in enumerate(texts):
        if t.endswith(("。", "；", ";")) or LATIN_SENTENCE_END.search(t) or len(t) > 60:  # a finished sentence, or prose: never a head
            allowed[i, HEAD_LABELS] = False
        if t.startswith(("——", "—", "--")) and len(t) > 2:  # ——副题, or ——某某 signing: never the head's main line
            allowed[i, MAIN_HEAD_LABELS] = False
        if CONTINUED_FROM.fullmatch(t.strip()):  # （上接第一版） alone on its line: the rest of a story, no head
            allowed[i, HEAD_LABELS] = False
        if TOPIC_RE.match(t):
            only(i, label(True, "kicker"), label(False, "kicker"))
        if i and CHINESE_NUMBERED.match(t) and len(t) <= 40 and not ends_sentence(t):  # 一、… （二）…: a part's title
            only(i, label(False, "subheading"))
        if i and page_name and t == page_name and len(t) <= 8:  # (on top, it may be the page's only head: 广告)
            under_head = len(texts[i - 1]) <= 40 and not ends_sentence(texts[i - 1])
            only(i, label(not under_head, "column"))
        if HOST_RE.match(t):
            _roundtable(texts, i, allowed, kinds)
    if texts:
        for r in ("column", "kicker"):  # they head what follows: never the page's last line
            allowed[-1, [label(True, r), label(False, r)]] = False
        allowed[0] &= STARTS
        if not allowed[0].any():
            allowed[0] = STARTS
    return allowed, kinds


def _roundtable(texts: list[str], at: int, allowed: np.ndarray, kinds: dict[int, str]) -> None:
    """本期主持 at line `at` starts a roundtable: its guest cards, its speakers' turns and one-line
    topics before the host's questions are in it, and so is everything up to its last turn; a head
    line after that starts the next article."""
    def only(i: int, *labels: int) -> None:
        allowed[i] = False
        allowed[i, list(labels)] = True

    only(at, label(True, "byline"))
    people = {"主持人", HOST_RE.match(texts[at]).group(2)}
    in_guests, last = False, at
    for j in range(at + 1, len(texts)):
        s = texts[j]
        if GUEST_LABEL_RE.match(s):
            only(j, label(False, "note"))
            kinds[j], in_guests = LABEL, True
        elif in_guests and GUEST_RE.match(s) and not ends_sentence(s):
            only(j, label(False, "body"))
            kinds[j] = GUEST
            people.add(GUEST_RE.match(s).group(1))
        elif speaker(s) in people or speaker(s) and last > at:  # a turn (a guest's name glued to its card too)
            only(j, label(False, "body"))
            people.add(speaker(s))
            in_guests, last = False, j
        elif j + 1 < len(texts) and not ends_sentence(s) and len(s) <= 40 and \
                texts[j + 1].startswith(("主持人:", "主持人：")):
            only(j, label(False, "subheading"))
        elif CREDIT_RE.search(s) or s.startswith("图为") or SHOT.search(s):
            only(j, label(False, "caption"))
    allowed[at + 1:last + 1, STARTS] = False  # the table is one piece
    after = last + 1
    if last > at and after < len(texts) and len(texts[after]) <= 40 and not ends_sentence(texts[after]):
        only(after, *(label(True, r) for r in ("column", "kicker", "headline")))


def label_lines(chunks: list[Chunk], page_name: str = "", model: Weights | None = None
                ) -> tuple[list[Line], np.ndarray]:
    """Every line labelled for the whole page at once, and each line's boundary margin."""
    w = model or weights()
    texts = [c.text for c in chunks]
    emit = w.emissions(page_features(texts, [c.indent for c in chunks], page_name))
    allowed, kinds = constraints(texts, page_name)
    path, margins = decode(emit, w.trans, allowed, closing_bylines(texts))
    lines = [Line(t, LABELS[p].startswith("B-"), LABELS[p][2:], kinds.get(i, "")) for i, (t, p) in
             enumerate(zip(texts, path))]
    return lines, margins


def doubts(chunks: list[Chunk], lines: list[Line], margins) -> list[Doubt]:
    """The boundaries (and near-boundaries) the scorer decided by a small margin."""
    out = []
    article = -1
    for i, (c, line) in enumerate(zip(chunks, lines)):
        article += line.start
        if i and abs(margins[i]) < DOUBT_MARGIN:
            out.append(Doubt(c.line, max(article, 0), line.start, round(float(abs(margins[i])), 2), c.text[:20]))
    return out


@dataclass
class PageReading:
    """A page as the scorer read it: its lines (joined where the layout cut them), each labelled,
    each line's boundary margin, and any headline the archivist set (`titles`, by first line).
    `parsed()` makes the articles; the import preview edits the labels first (`review`)."""
    info: PageInfo
    language: str
    raw_text: str
    chunks: list[Chunk]
    lines: list[Line]
    margins: list[float]
    repairs: list[str]
    titles: dict[int, str] = field(default_factory=dict)

    def parsed(self) -> ParsedPage:
        articles = build_articles(self.lines, self.language)
        firsts = [i for i, line in enumerate(self.lines) if line.start or i == 0]
        for first, article in zip(firsts, articles):
            if first in self.titles:
                article.headline = self.titles[first]
        return ParsedPage(info=self.info, articles=articles, raw_text=self.raw_text, repairs=self.repairs,
                          doubts=doubts(self.chunks, self.lines, self.margins))


def read_page(text: str, page: PageInfo, language: str = "zh") -> PageReading:
    chunks, repairs = repair_paragraphs(split_chunks(text))
    lines, margins = label_lines(chunks, page.name)
    return PageReading(page, language, text, chunks, lines, [float(m) for m in margins], repairs)


def parse_page_text(text: str, page: PageInfo, language: str = "zh") -> ParsedPage:
    return read_page(text, page, language).parsed()
