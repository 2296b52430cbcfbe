"""The folio: the running head above a page's top rule (报名 日期 星期 版次 版名, or a masthead
and its date line), and a foot line under the bottom rule. Its blocks never become article
text; what it says is read as the page's metadata."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..script import HAN
from .blocks import FIGURE, FOLIO, TITLE, Block, Page
from .geometry import union

TOP_BAND = 0.12  # a header band is at most this share of the page's height
WIDE = 0.6  # a rule over this share of the text's width is a page rule
NAMEPLATE = 5  # a nameplate's line is boxed this many body sizes tall at least
DRAWN = 0.33  # pictures at the page's head across this share of its text's width: a nameplate drawn
NAMEPLATE_ROWS = 0.06  # a masthead's rows under its nameplate stand within this share of the page's height

MONTHS = {m: k for k, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"), 1)}
# German months (Der Nordstern, 1878: Donnerstag, den 3. Januar, 1878.), OCR reading ä as a
MONTH_NUMBER = dict(MONTHS, januar=1, februar=2, märz=3, marz=3, mai=5, juni=6, juli=7, oktober=10, dezember=12)
MONTH_NAME = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
# an English day may be an ordinal (The Park Record's FRIDAY, AUGUST 2nd, 1935.; 21st, 3rd, 4th)
ORDINAL = r"(?:st|nd|rd|th|d)?"
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass
class Folio:
    text: str
    publication: str = ""
    date: dt.date | None = None
    page: str = ""
    page_name: str = ""


def _cn_number(s: str) -> int:
    """二〇二四 → 2024, 十二 → 12, 二十九 → 29."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN_DIGITS.get(a, 1) if a else 1) * 10 + (CN_DIGITS.get(b, 0) if b else 0)
    return int("".join(str(CN_DIGITS[c]) for c in s)) if s and all(c in CN_DIGITS for c in s) else 0


def _date(text: str) -> tuple[dt.date | None, tuple[int, int]]:
    num = r"[0-9０-９]+|[〇零一二三四五六七八九十]+"
    m = re.search(rf"({num})\s*年\s*({num})\s*月\s*({num})\s*日", text)
    if m:
        parts = [int(p) if p.isdigit() else _cn_number(p) for p in m.groups()]
    else:
        m = re.search(r"\b(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b", text)
        if m:
            parts = [int(p) for p in m.groups()]
        else:
            m = re.search(r"\b(" + MONTH_NAME + r")\.?\s+(\d{1,2})" + ORDINAL + r"[,.]?\s+(\d{4})\b", text, re.I)
            if m:
                parts = [int(m.group(3)), MONTH_NUMBER[m.group(1).lower()], int(m.group(2))]
            else:  # the day first (3. Januar, 1878; 6 March 1887)
                m = re.search(r"\b(\d{1,2})" + ORDINAL + r"\.?\s+(" + MONTH_NAME + r")\.?,?\s+(\d{4})\b", text, re.I)
                if not m:
                    return None, (0, 0)
                parts = [int(m.group(3)), MONTH_NUMBER[m.group(2).lower()], int(m.group(1))]
    try:
        return dt.date(*parts), m.span()
    except ValueError:
        return None, (0, 0)


PAGE = re.compile(r"第\s*([A-Za-zＡ-Ｚ]?\s*[0-9０-９]+|[一二三四五六七八九十]+)\s*版|(?<![A-Za-z0-9])([A-Z][0-9]{1,2})(?![0-9])"
                  r"|\bPAGE\s+([0-9]+)\b",
                  re.I)
# (German weekdays too, OCR reading a long s as f: Donnerftag)
WEEKDAY = re.compile(r"(星期|周|禮拜|礼拜)[一二三四五六日天]|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                     r"|montag|dien[sf]tag|mittwoch|donner[sf]tag|freitag|sam[sf]tag|sonnabend|sonntag)\b", re.I)


def read_folio(text: str) -> Folio:
    """What a running head says: 闽南日报 2024年10月9日 星期三 A05 经济."""
    import unicodedata

    flat = unicodedata.normalize("NFKC", text)
    out = Folio(text.strip())
    out.date, span = _date(flat)
    if out.date is None:  # (a year read partly as letters, 1S50: the same length mended)
        out.date, span = _date(_year_mended(flat))
    m = PAGE.search(flat)
    if m:
        raw = next(g for g in m.groups() if g)
        out.page = str(_cn_number(raw)) if raw[0] in "一二三四五六七八九十" else raw.replace(" ", "").upper()
    rest = flat
    for cut in sorted([span] + ([m.span()] if m else []) + [w.span() for w in WEEKDAY.finditer(flat)], reverse=True):
        rest = rest[:cut[0]] + " " + rest[cut[1]:]
    words = [w for w in re.split(r"[\s|｜/·•]+", rest) if w and HAN.search(w)]
    paper = [w for w in words if re.search(r"(报|報|日刊|晚刊|新闻|新聞)$", w)]
    if paper:
        out.publication = paper[0]
        words.remove(paper[0])
    if words and len(words[-1]) <= 8:
        out.page_name = words[-1]
    return out


def folio_like(text: str) -> bool:
    """A line that reads as a running head: a date, or a page number with a weekday or paper."""
    f = read_folio(text)
    return f.date is not None or bool(f.page and (f.publication or WEEKDAY.search(text)))


def mark_folio(page: Page) -> Folio | None:
    """Mark the page's header band (above the top page rule, when that rule is high on the page and
    the band reads as a running head) and its foot line as folio blocks; what the header says."""
    blocks = [b for b in page.blocks if b.lines]
    if not blocks:
        return None
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    y0, y1 = min(b.y0 for b in blocks), max(b.y1 for b in blocks)
    rules = _joined(page.graphics.hrules, page.body) if page.latin else page.graphics.hrules
    wide = sorted((r for r in rules if r[2] - r[0] >= WIDE * (x1 - x0)), key=lambda r: r[1])
    text = lambda b: " ".join(page.lines[i].text for i in b.lines)  # noqa: E731
    header: list = []
    if wide and wide[0][1] - y0 <= TOP_BAND * page.height:
        # Blocks over the rule's middle (a rule on an old page's curved paper slants a line's
        # height from end to end), and a date line between it and a second page rule under a
        # masthead: the page's head when either reads as one.
        top = wide[0][3]
        mid = lambda r: (r[1] + r[3]) / 2  # noqa: E731
        band = [b for b in page.blocks if mid(b.box) < mid(wide[0])]
        # the lower rule under a date line: a line's height below at least, not the second line of
        # a double rule a few pixels under the first (the Omaha Daily Bee's nameplate rule)
        below = [r for r in wide[1:] if top + page.body / 2 <= r[1] <= top + 3 * page.body]
        # (its foot no more than a line under the lower rule: a headline under that rule whose box
        # ALTO drew from the rule's own edge, PRZEMYSL YIELDS…, is the page's, not its date line's)
        dated = [b for b in page.blocks if b.lines and mid(wide[0]) <= mid(b.box) and b.y0 < mid(below[0])
                 and b.y1 <= below[0][3] + page.body] if below else []
        said = lambda bs: " ".join(text(b) for b in sorted(bs, key=lambda b: b.x0) if b.lines)  # noqa: E731
        if band and (any(folio_like(text(b)) for b in band + dated if b.lines) or folio_like(said(dated))) or \
                band and top - y0 <= 0.06 * page.height:
            header = band + dated
    if page.latin and not _dated_line(" ".join(text(b) for b in header if b.lines)):
        # a masthead over a date line: its rule not found, the line read in pieces, or the rule
        # taken for the head's is the nameplate's, the date row (set bigger than the body, the
        # Omaha Daily Bee's) standing under it further than a line
        header += [b for b in _masthead(page, blocks, y0, text) if b not in header]  # (blocks by identity)
    if not header:  # no rule: a running-head line at the very top, maybe read in pieces
        first = sorted((b for b in blocks if b.y0 - y0 < page.body and b.kind != TITLE and len(b.lines) == 1),
                       key=lambda b: b.x0)
        if first and folio_like("".join(text(b) for b in first)):
            header = first
    if not header and page.latin:
        header = _spelt_page_row(page, blocks, y0, text)
    for b in header:
        b.kind = FOLIO
    foot = [b for b in blocks if y1 - b.y1 < page.body * 0.5 and len(b.lines) == 1 and b.kind != FOLIO
            and (folio_like(text(b)) or _bare_page(text(b)) or credits(text(b))) and len(text(b)) < 60]
    for b in foot:
        b.kind = FOLIO
    margin = _in_margin(blocks, wide, text)
    for b in margin:
        b.kind = FOLIO
    if margin:  # (a name set down the margin is no vertical head of the story beside it)
        page.side_heads = [h for h in page.side_heads if not any(b is m for b in h for m in margin)]
    # The running head as one line: the recogniser may have read it in pieces (…星期 | 三A07视觉).
    said = ""
    heads = [b for b in header if b.lines]
    for b in _read_in_rows(heads) if page.latin else sorted(heads, key=lambda b: (round(b.y0 / page.body), b.x0)):
        t = text(b).strip()
        said += ("" if said[-1:] and not said[-1:].isascii() and not t[:1].isascii() else " ") + t
    return read_folio(said) if said.strip() and folio_like(said) else None


BARE_PAGE = re.compile(r"^\W*(第\s*[A-Z]?\d{1,3}\s*[版页]|[A-Z]\d{1,2}|\d{1,3})\W*$")
MARGIN_TEXT = 24  # characters at the most in a line set in the side margin (a paper's name, its page)


# The staff a Chinese page's foot names (本版责编：王某　美编：李某　校对：赵某): each role, a colon
# or a space, one or two names of two to four characters; the line holds nothing else.
CREDIT = r"(?:本版|本期)?(?:责任编辑|责编|编辑|美术编辑|美编|版式设计|版式|设计|组版|校对|审校|审读|制图)"
NAME = "[\u3400-\u9fff]{2,4}"
CREDITS = re.compile(rf"^(?:{CREDIT}[:：]?\s*{NAME}(?:[、，,]\s*{NAME})?[\s，,；;。.]*)+$")


def credits(text: str) -> bool:
    """A line that names the page's editors and proofreaders and nothing else: a page's foot line,
    never an article's text."""
    return bool(CREDITS.match(text.strip()))


def _bare_page(text: str) -> bool:
    """A line that is a page number and nothing else (第3版, A05, — 7 —): a folio at the foot."""
    import unicodedata

    return bool(BARE_PAGE.match(unicodedata.normalize("NFKC", text).strip()))


def _in_margin(blocks: list, wide: list, text) -> list:
    """Short blocks (a line or two) standing wholly outside the page rules' ends and beside every
    other block: what an e-paper sets down its side margin (the paper's name, the page), never
    an article's."""
    if not wide:
        return []
    left, right = min(r[0] for r in wide), max(r[2] for r in wide)
    out = []
    for b in blocks:
        others = [o for o in blocks if o is not b]
        if b.kind == FOLIO or len(b.lines) > 2 or len(text(b)) > MARGIN_TEXT or not others:
            continue
        if b.x1 < left and b.x1 < min(o.x0 for o in others) or b.x0 > right and b.x0 > max(o.x1 for o in others):
            out.append(b)
    return out


JOIN_GAP = 0.25  # pieces of one rule meet end to end within this many body sizes
JOIN_STEP = 0.5  # and their middles stand within this many body sizes of each other's height


def _joined(rules: list, body: float) -> list:
    """Horizontal rules, a rule broken where the page slants one rule again (The Beaver County
    News, 1916, page 3: its page rule read as two pieces meeting end to end, one 7 px lower than
    the other, each under 0.6 of the text's width). Rules of two columns, a gutter apart, stay
    apart. (Latin pages only.)"""
    out: list = []
    for r in sorted(rules, key=lambda r: r[0]):
        for k, o in enumerate(out):
            if abs((o[1] + o[3]) / 2 - (r[1] + r[3]) / 2) <= JOIN_STEP * body and \
                    -JOIN_GAP * body <= r[0] - o[2] <= JOIN_GAP * body:
                out[k] = (o[0], min(o[1], r[1]), max(o[2], r[2]), max(o[3], r[3]))
                break
        else:
            out.append(r)
    return out


# a page number written out, alone in its piece of the running head: Page Two, PAGE 2
PAGE_SPELT = re.compile(r"^\W*page\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                        r"|thirteen|fourteen|fifteen|sixteen|eighteen|twenty)\W*$", re.I)


def _spelt_page_row(page: Page, blocks: list, y0: float, text) -> list:
    """A running head read in pieces, its date garbled and no page rule found under it (The Park
    Record's ALTO: Page Two | THE PARK R | ECORD | Fri | day, Angast9 ir.): a row of blocks of a line
    or two at the page's very top, across most of its text's width, one of them the page number
    written out alone. The row, and the scraps of a letter or two within its depth under its pieces
    (Sa, z), are the folio; a row of heads at the top with no page number is not."""
    row = [b for b in blocks if b.y0 - y0 < page.body and len(b.lines) <= 2 and b.kind != FIGURE]
    if not any(PAGE_SPELT.match(text(b)) for b in row):
        return []
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    if max(b.x1 for b in row) - min(b.x0 for b in row) < WIDE * (x1 - x0):
        return []
    foot, ids = max(b.y1 for b in row), {id(b) for b in row}
    scraps = [b for b in blocks if id(b) not in ids and b.y1 <= foot and sum(ch.isalnum() for ch in text(b)) < 3
              and any(min(b.x1, r.x1) - max(b.x0, r.x0) > -page.body for r in row)]
    return row + scraps


def _read_in_rows(blocks: list) -> list:
    """Blocks in rows top to bottom, each row left to right: a block goes in the row above when
    level with its first block (half the lower one's height at least), however a pixel or two of
    their tops differ (a piece of a date row boxed two pixels higher: 2nd, 1935.)."""
    rows: list[list] = []
    for b in sorted(blocks, key=lambda b: b.y0):
        if rows and _side_by_side(b, rows[-1][0]):
            rows[-1].append(b)
        else:
            rows.append([b])
    return [b for row in rows for b in sorted(row, key=lambda b: b.x0)]


def _dated_line(text: str) -> bool:
    """A masthead's date line: a date (OMAHA. FRIDAY MORNING. MARCH 4. 1887.), or a weekday and a
    month's day when OCR misread the year (SATURDAY MORNING, MARCH 5, 1S87.), or a weekday, a month
    and the year when OCR lost the day's figure (SUNDAY MORNING, SEPTEMBER | 1918, the Sunday Star
    of 1 September 1918), or a speck read as a letter or two before the day (SUNDAY MORNING, MARCH
    I 6. 1887., the Sunday Bee of 6 March 1887); a German one's day stands before the month."""
    month = r"\b(" + MONTH_NAME + r")\.?,?\s+(?:[^\s\d]{1,2}\s+)?"
    return _date(text)[0] is not None or _date(_year_mended(text))[0] is not None or bool(
        WEEKDAY.search(text) and (re.search(month + r"(\d{1,2}" + ORDINAL + r"\b|1[6-9]\d\d\b)", text, re.I) or
                                  re.search(r"\b\d{1,2}\.\s*(" + MONTH_NAME + r")\b", text, re.I)))


# a year's figures OCR read as letters (1S50 for 1850, 1S87, l887, 19O5): what each letter stands
# for (an old face's 8 is read S or B)
YEAR_LETTERS = str.maketrans("SBOolI", "880011")
YEAR = re.compile(r"(?<![\w])[1lI][0-9SBOolI]{3}(?![\w])")


def _year_mended(text: str) -> str:
    """`text` with each four-figure year read partly as letters (JUNE 15, 1S50.) in figures; a word
    of letters only (SOIL) is left alone."""
    return YEAR.sub(lambda m: m.group().translate(YEAR_LETTERS) if any(c.isdigit() for c in m.group()) else m.group(),
                    text)


def _masthead(page: Page, blocks: list, y0: float, text) -> list:
    """A front page's masthead (the nameplate, then a row of year, date line and number) when no
    page rule under it was found or its date line was read in pieces (MARCH | 3. 1887.): the first
    row of blocks of a line or two (NUMBER | 258) in the page's top band that reads as a date line,
    and every block over its foot. A line read in pieces (OMAHA. SUNDAY | MORNING, MARCH | I 6.
    1887.-TWELVE PAGES.) is one line."""
    band = TOP_BAND * page.height
    x0, x1 = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    names = [b for b in blocks if b.kind == TITLE and b.y0 - y0 <= band and b.y1 - b.y0 >= NAMEPLATE * page.body]
    # a nameplate drawn, not read (ALTO holds no text for Der Nordstern's Fraktur letters, only
    # scraps OCR read in its ornament): pictures boxed as tall, over a third of the page's width
    drawn = [b for b in page.blocks if b.kind == FIGURE and b.y0 - y0 <= band and b.y1 - b.y0 >= NAMEPLATE * page.body]
    if drawn and max(b.x1 for b in drawn) - min(b.x0 for b in drawn) >= DRAWN * (x1 - x0):
        names += drawn
    if names:  # a nameplate boxed tall (Der Nordstern's, 390 px of a 3,038 px page): its rows under it
        band = max(band, max(b.y1 for b in names) - y0 + NAMEPLATE_ROWS * page.height)
    top = [b for b in blocks if b.y1 - y0 <= band]
    for b in sorted(top, key=lambda b: b.y0):
        if _rows(page, b) > 2:
            continue
        # (a block far taller than the row, a nameplate gathered with lines beside it, is not in it)
        row = sorted((c for c in top if _side_by_side(c, b) and c.y1 - c.y0 <= 4 * (b.y1 - b.y0)),
                     key=lambda c: c.x0)
        # a block glued from the row down into the text under it (ALTO's 2nd, 1935. | An Honored
        # Citizen | Dies In Salt Lake): its lines level with the row are the row's
        glued = [c for c in blocks if c not in row and c.y0 < b.y1 < c.y1 and _rows(page, c) > 2]
        said = [(c.x0, text(c)) for c in row] + \
            [(page.lines[i].box[0], page.lines[i].text) for c in glued for i in c.lines if _level(page.lines[i].box, b)]
        if all(_rows(page, c) <= 2 for c in row) and _dated_line(" ".join(t for _, t in sorted(said))) and \
                max(c.x1 for c in row) - min(c.x0 for c in row) >= 0.5 * (x1 - x0):  # across the page: an
            # editorial masthead's date line over one column (Der Nordstern's page 4) is no page's head
            # (the row's foot from its blocks of its own height: a block ALTO's pieces glued from the
            # row's end down to a headline under it, 2nd. lm. | An Honored Citizen, would take the
            # heads beside it into the folio)
            least = min(c.y1 - c.y0 for c in row)
            foot = max(c.y1 for c in row if c.y1 - c.y0 <= 2.5 * least)
            # (and a piece of the row boxed a little lower, its middle under the foot: NUMBER 27,)
            taken = [c for c in page.blocks if ((c.y0 + c.y1) / 2 < foot or c.y0 < foot and c.y1 - c.y0 <= 2.5 * least)
                     and c.y1 <= foot + page.body]
            return taken + _parted(page, [c for c in blocks if c not in taken and c.y0 < foot < c.y1], foot)
    return []


def _side_by_side(a, b) -> bool:
    """Blocks `a` and `b` stand in one row: level by half the lower one's height at least."""
    return min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)


def _level(box, b) -> bool:
    """A line's box stands level with block `b` (half its height within b's)."""
    return min(box[3], b.y1) - max(box[1], b.y0) > 0.5 * (box[3] - box[1])


def _parted(page: Page, blocks: list, foot: float) -> list:
    """Blocks glued across the folio row's foot (its date over a head or a cartoon's title, read as
    one block: Friday, August 2, 1935 | Sally Sez) parted there: their lines over the foot a folio
    block of their own, returned; the rest stays the page's."""
    out = []
    for c in blocks:
        mid = lambda i: (page.lines[i].box[1] + page.lines[i].box[3]) / 2  # noqa: E731
        upper = [i for i in c.lines if mid(i) < foot]
        rest = [i for i in c.lines if i not in upper]
        if not upper or not rest:
            continue
        out.append(Block(FOLIO, upper, union(page.lines[i].box for i in upper), c.size))
        c.lines, c.box = rest, union(page.lines[i].box for i in rest)
        page.blocks.append(out[-1])
    return out


def _rows(page: Page, b) -> int:
    """How many printed lines a block's lines stand in (the pieces of one line level with each other)."""
    tops: list[tuple[float, float]] = []
    for y0, y1 in sorted((page.lines[i].box[1], page.lines[i].box[3]) for i in b.lines):
        if tops and min(y1, tops[-1][1]) - max(y0, tops[-1][0]) > 0.5 * min(y1 - y0, tops[-1][1] - tops[-1][0]):
            continue
        tops.append((y0, y1))
    return len(tops)
