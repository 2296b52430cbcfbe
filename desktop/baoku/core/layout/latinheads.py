"""What on an English (Latin) page looks like a head by its type but reads as body text.

An old English page's heads are told from its text by their size, and by capitals (a line in
capitals heads something, whatever its box measures). Some lines pass those tests and head
nothing; what they say, or where they stand, tells them:

- a line that starts with a lowercase word runs on from a sentence before it (a lead paragraph set
  bigger, a scrap of body text, an OCR fragment): a head starts with a capital;
- a line that starts with a dateline (ROME, August 26.—, EL PASO, Tex., March 22.—) is a story's
  first body line, under its head;
- a line of capitals set flush right in its column, ending in a full stop (WOODROW WILSON.), is
  a letter's signature: a head is centred or set flush left;
- a line of bold body type ending in a full stop, in title case and centred in its column
  (Important Cases at Wahoo., A Fortunate Fire.), right over a dateline whose place is set in small
  capitals (OCR reads them in mixed case: Lincoln, Neb., March 3.—[Special Telegram…]) is a
  story's head, though it measures as text (the Omaha Daily Bee's heads);
- a letter or two alone (V, W: OCR's reading of a smudge, a rule's end, a picture's edge) heads
  nothing: a head has words. Taken for a headline it was widened over the page's whole width,
  and the reading order around it went astray.
"""

from __future__ import annotations

import re

from ..ocr.engine import OcrLine
from .geometry import is_caps

MONTHS = r"(Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# A place in capitals, perhaps a state or "via London", then a month and a day.
DATELINE = re.compile(r"^\W*[A-Z][A-Z'&.-]+(?: [A-Z][A-Z'&.-]+)*[.,]\s.{0,30}?\b" + MONTHS + r"\s*\d{1,2}\b")
# The same in small capitals, read in mixed case (WAnoo, Neb., March 2.—): the dash after the day
# must follow (or, where ALTO dropped it, a full stop and the text's first word: Hnui.i.v. March 2.
# An Imperial), as a sentence naming a place and a date has none.
# OCR may read the comma after the day (EDINURG, March 4,-), drop the space after the place
# (MILWAUKE,Mareh 4.-) or read a small capital I as a figure one (GRAND 1SLAND, Neb.).
# OCR may read the day's figure as a letter like it (WAsHINGTON, March S.-, CucAGo, Mareh s.—: 8 as
# S, 1 as I or l, 0 as O): that is a day only where the month is read whole and the dash follows
# (not a full stop: Augustus O. Smith).
# ALTO's 1887 OCR drops the dash and reads the day as a letter or a mark too (March S. [Special,
# March a There, March & The, OTTAWA, March B. [Special, PKOUIA, 111., March fi, Bank): a day,
# under a month named in full (not May; not Augustus), before the text's first word in capitals or
# its bracket (OTTAWA. March!!. jSpeeial); or no day at all before the bracket (LINCOLN, Neb.,
# March. [Special Tele-).
# After a figure day it may read a comma before the bracket (EDiNiirnoii, March 4, [New York), or
# the bracket as a letter glued to the capital after it (FAIIIMONT, Xeb., March 4, fSpeclal) or as a
# bar (NKW OHI.KANS, March 0. | Special).
DASH = r"[.,]?\s*[-\u2013\u2014]"
OPENS = r"(?:\.\s+[A-Z(\[|]|[.,]\s*(?:[(\[|]|[fltIj1|][A-Z]))"
FULL_MONTH = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
SMALL_CAPS_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z'&.-]+(?: [A-Za-z1][A-Za-z'&.-]+)*[.,]\s?.{0,30}?\b(?:" + MONTHS +
                                 r"(?:\s*\d{1,2}\b(?:" + DASH + "|" + OPENS + r")|(?:\s*\d[SsIlO]|\s+[SsIlO]\d?)\b" +
                                 DASH + ")|" + FULL_MONTH + r"(?:\s+(?:[A-Za-z]|[A-Za-z]{2}(?=[.,]))|\s*[^\w\s.]{1,2})[.,]?\s+(?:[A-Z(\[]|[fltIj1|][A-Z]))")
NO_DAY = re.compile(r"^\W*[A-Z][A-Za-z'&.-]+(?: [A-Za-z1][A-Za-z'&.-]+)*[.,]\s?(?:[A-Z][A-Za-z.]{1,5}[.,]\s?)?" +
                    FULL_MONTH + r"\.?\s+[(\[]")
# ALTO may glue the place to the month, its comma lost (Mii.wAi-KKKMarch 4. There Is): a month named
# in full right after the place's last capital, a figure day and the dash or the text's first word.
GLUED = re.compile(r"^\W*[A-Z][A-Za-z'&.-]{2,}?(?<=[A-Z.])" + FULL_MONTH + r"\s*\d{1,2}\b(?:" + DASH + "|" + OPENS + ")")
# ALTO's 1887 OCR garbles a small-capitals dateline's month (Maich, Marcli, Mnrcn, .Match 2.) where
# the rest holds (the place, its comma, a day, the dash or a full stop and the text's first word):
# a word of three to six letters that starts as a month does and shares most of its letters is one.
# Its day may be garbled too where the bracket follows (LiNrotNeb.., Murch 'i | SpeeliU Tele-).
PLACE = re.compile(r"^\W*[A-Z][A-Za-z'&.-]+(?: [A-Za-z1][A-Za-z'&.-]+)*[.,]\s?")
DAY = re.compile(r"\b([A-Za-z]{3,6})\.?\s*(?:\d{1,2}\b(?:" + DASH + "|" + OPENS + r")|\s[^\s\d.]{1,2}\.?\s+[|\[(]\s*[A-Z])")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
SIGNED = re.compile(r"[A-Z]{2,}[.,]\W{0,2}$")  # (ROBERT F. WESTON, over Camp Correspondent.)
FLUSH_RIGHT = 3.0  # white at a line's left this many times its white at the right: set flush right


def _first_letter(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return ch
        if ch.isdigit():
            return ""
    return ""


def runs_on(first: OcrLine) -> bool:
    """A block whose first line starts with a lowercase word or a dateline (in capitals, or in
    small capitals read in mixed case: LINcoLN, Neb., March 3.-[Special Tele-): body text. Not a
    line in capitals whose first word OCR read in lowercase (is CALLED BY DEATH.: ALTO's reading
    of a headline's IS): a head, as its other words show."""
    text = first.text.strip()
    return _first_letter(text).islower() and not is_caps(first) or dateline(text)


def debris(lines: list[OcrLine]) -> bool:
    """Lines with fewer than three letters and digits in all, or fewer than five, a lowercase
    letter among them but no word of three (ALTO's 7 Ll, read off the ink of a line it garbled at
    The Park Record's foot, boxed tall over American Legion Notes' last lines; figures alone, a
    price or a year, and a head's line of capitals garbled, the Evening Star's AT MM between its
    decks, may head), and no Han character: no head."""
    said = " ".join(ln.text for ln in lines)
    n = sum(ch.isalnum() for ch in said)
    scrap = n < 5 and any(ch.islower() for ch in said) and re.search(r"[^\W\d_]{3}", said) is None
    return (n < 3 or scrap) and not any("\u4e00" <= ch <= "\u9fff" for ch in said)


def month_like(word: str) -> bool:
    """A month's name as OCR may garble it: its first letter, and 60% of its letters in order."""
    from difflib import SequenceMatcher

    w = word.lower()
    return any(w[0] == m[0] and SequenceMatcher(None, w, m).ratio() >= 0.6 for m in MONTH_NAMES)


def small_caps_dateline(text: str) -> bool:
    """A dateline whose place is in small capitals (read in mixed case), the day followed by the
    dash (or a full stop and the text's first word); its month may be garbled (`month_like`)."""
    text = text.strip()
    if SMALL_CAPS_DATELINE.match(text) or GLUED.match(text) or NO_DAY.match(text):
        return True
    place = PLACE.match(text)
    return place is not None and any(d.start() - place.end() <= 30 and month_like(d.group(1))
                                     for d in DAY.finditer(text, place.end()))


# A German paper's dateline (Der Nordstern, 1878): the place, perhaps letter-spaced and read apart
# (L o n d o n, P a ris), perhaps a state (Rashville, Tenn.; Washington, D. C.), then the day with
# its full stop before the month (27. Dez., 27. Dezember.).
GERMAN_DATELINE = re.compile(r"^\W*[A-Z][\w'. -]{0,30}?,\s?(?:[A-Z][\w.]{0,5}\.?,?\s?){0,3}\d{1,2}\.?\s?"
                             r"(?:Jan|Feb|M[äa]r|Apr|Mai|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[zc])[a-z]*\.")


def dateline(text: str) -> bool:
    """A story's first body line, starting with its dateline (PLACE, Month day; the place in
    capitals, or in small capitals read in mixed case with the dash after the day; or a German
    paper's Place, day. Month.)."""
    text = text.strip()
    return bool(DATELINE.match(text)) or small_caps_dateline(text) or bool(GERMAN_DATELINE.match(text))


def dated(first: list[str]) -> bool:
    """A story's text opens with its dateline: its first line, or the line after a bracketed note
    over it ([Copyright 1887 by James Gordon Bennett.] over EDINBURGH, March 4.—), however OCR read
    the note's brackets (ALTO's A'bi] J < itntt Gtmlvn Iltnnttl.]): a line of words not running on
    into the dateline (a dateline opens a paragraph), nor ending in a full stop (a subhead: Senate
    Proceedings. under a deck's Discussion.)."""
    if not first:
        return False
    said = first[0].strip()
    return dateline(said) or len(first) > 1 and dateline(first[1]) and (
        said.startswith("[") or len(said.split()) >= 2 and not said.endswith(("-", ",", ".", "\u00ad")))


def title_cased(text: str) -> bool:
    """Two words or more, each but the small ones starting with a capital (United States Senator.,
    Leading Officials of Various Lines): a deck's line, not a sentence's."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    return len(words) >= 2 and all(w[0].isupper() for w in words if w.lower() not in SMALL_WORDS)


def titled(text: str) -> bool:
    """Two to eight words ending in a full stop, each but the small ones starting with a capital
    (Important Cases at Wahoo.): a head's wording, not a sentence's last line (Branch railroad.)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not text.rstrip().endswith(".") or not 2 <= len(words) <= 8 or not words[0][0].isupper() or \
            any(ch.isdigit() for ch in text):  # a credit line (Chicago Daily News. Copyright, 1918.)
        return False
    return title_cased(text)


def small_caps_datelines(texts: list[str]) -> bool:
    """The page sets its datelines' places in small capitals: two lines at least start with one read
    in mixed case (WAnoo, Neb., March 2.—, LINcoLN, Neb., March 3.-). OCR reads others of them in
    full capitals (GRAND 1SLAND, Neb., Mareh 4.—, MILWAUKE,Mareh 4.-), which are then small
    capitals too."""
    found = 0
    for text in texts:
        text = text.strip()
        place = re.search(r"[A-Za-z]+", text) if small_caps_dateline(text) else None
        found += place is not None and not place.group().isupper()
        if found >= 2:
            return True
    return False


def head_worded(text: str, capitals: bool = False) -> bool:
    """Worded as a head over a dateline may be: `titled`; or, where the page sets its datelines in
    small capitals, a short line (one to eight words, one of four letters at least: not OCR's
    scraps of a smudged line, loo o) ending in no comma, colon or hyphen, however OCR garbled its
    words (ALTO's Important CIISPR nt U'nlioo., Dills Mudo, the scan's SenateProceediuigs.):
    `head_over_dateline` then asks for white either side."""
    if titled(text):
        return True
    said = text.strip()
    return capitals and 1 <= len(said.split()) <= 8 and re.search(r"[A-Za-z]{4}", said) is not None and \
        not said.endswith((",", ";", ":", "-", "\u00ad", "/", "\\", "]", "|")) and not said.startswith(("[", "(")) and \
        not any(ch.isdigit() for ch in said)  # (nor a bracketed note: tw I > niiiiir (VimfinIrmirf.l//)


def head_over_dateline(line: OcrLine, below: OcrLine, body: float, capitals: bool = False) -> bool:
    """`line`, right over `below`, is a story's head set in bold body type: titled, centred over the
    dateline in small capitals that opens the story's text (as much white either side, or none),
    the last line of a paragraph being flush left and short at the right. `capitals`: the page sets
    its datelines in small capitals (`small_caps_datelines`), so a place read in capitals is one,
    and a head whose words OCR garbled (`head_worded`) counts when white stands either side of it
    over the dateline (a paragraph's last line is flush left, a signature flush right)."""
    said = below.text.strip()
    if not head_worded(line.text, capitals) or not small_caps_dateline(said) or line.box[1] >= below.box[1]:
        return False
    place = re.search(r"[A-Za-z]+", said)
    if place is None or place.group().isupper() and not capitals:
        return False  # a place in capitals (the Evening Star's PARIS, March 22.—): there a titled
        # line over it heads one dispatch of a story's several, and the story's head is over them
    left, right = line.box[0] - below.box[0], below.box[2] - line.box[2]
    if not titled(line.text) and (left < 0.5 * body or right < 2 * body and not centred(left + body, right, body)):
        return False  # (the dateline is indented about a body size)
    return left > -2 * body and right > -2 * body and abs(left - right) <= 3 * body or not titled(line.text)


def centred(left: float, right: float, body: float) -> bool:
    """White either side of a line in its column, a body size at least, and about as much each
    side (within two body sizes): a head ALTO garbled (llio rmmet Memorial Mcotine., Not Llko lliolr
    " Master. "), not the short end of a deck or subhead set to the right (nt Xlcp., SOHIIOW.)."""
    return min(left, right) >= body and abs(left - right) <= 2 * body


def text_line(line: OcrLine, over: tuple[int, int, int, int], body: float) -> bool:
    """One line in mixed case that ends no sentence (Russell. To-night he has been running up),
    under the top of body text (`over`, the text's box: OCR's boxes overlap) or right under it, and
    as wide as it: a line of that text that OCR boxed taller, not a head (a deck stands under its
    headline, a subhead is centred and ends in a full stop). Or the text's first line so boxed,
    running down onto the text's top, a fifth of its height at least, and not worded as a head's
    (ALTO's I realize that The Park Record Is not, a letter's first line under its head)."""
    said = line.text.rstrip()
    tall = line.box[3] - line.box[1]
    onto = line.box[1] < over[1] and line.box[3] - over[1] >= 0.2 * tall and not title_cased(said)
    if is_caps(line) or said.endswith(".") or not (onto or over[1] + body <= line.box[1] <= over[3] + 0.5 * body):
        return False
    return line.box[2] - line.box[0] >= 0.9 * (over[2] - over[0]) and \
        min(line.box[2], over[2]) - max(line.box[0], over[0]) >= 0.9 * (line.box[2] - line.box[0])


def signature(line: OcrLine, columns: list[tuple[int, int]], body: float) -> bool:
    """One line of capitals ending in a full stop or a comma, set flush right in its column (a
    letter's signature, a correspondent's over his title: not a head)."""
    if not SIGNED.search(line.text.strip()):
        return False
    x0, x1 = line.box[0], line.box[2]
    home = [c for c in columns if c[0] - body <= x0 and x1 <= c[1] + body]
    if not home:
        return False
    left, right = x0 - home[0][0], max(home[0][1] - x1, 0)
    return left > 3 * body and left > FLUSH_RIGHT * (right + 0.5 * body)


GERMAN_WORDS = re.compile(r"\b(und|der|die|das|nicht|sich|ist|wird|auf|mit|eine?|dem|den|des)\b")


def german(texts: list[str]) -> bool:
    """A page in German (Der Nordstern): a fifth of its lines at least hold one of German's commonest
    words (und, der, die, das, nicht, sich…), which an English page's lines (OCR's slips and all) hardly
    do. A German paper heads its items with a short line in body type centred in its column (Der
    Kaiser ist zufrieden., Bismarck's Pläne.), where an English paper sets a story's run-in subheads
    so (The Husband's Statement., Counter Attacks Wither.)."""
    said = [t for t in texts if len(t.split()) >= 3]
    return bool(said) and sum(GERMAN_WORDS.search(t) is not None for t in said) >= 0.2 * len(said)


BYLINE = re.compile(r"^\W{0,2}\(?\s*By\s+[A-Z]", re.I)  # (By MAX WELCH), By EDGAR GUEST
# A wire credit as OCR may read it, its By misread or lost (Bv the Associated Press., ALTO's y thi>
# AnwwiatPd Press.): a by-word, the, a word or three, then Press or Service.
WIRE_CREDIT = re.compile(r"^\W{0,2}\(?\s*B?[yv]\s+th\S{0,2}\s+\S+(?:\s+\S+){0,2}\s+(?:Press|Service)\W{0,3}$", re.I)
WEEKDAY_ALONE = re.compile(r"^\W*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W{0,2}$", re.I)


def heads_nothing(lines: list[OcrLine], body_type: bool) -> bool:
    """Lines on an English page that head nothing, in capitals as they may be (The Park Record,
    1935): a byline under a head ((By MAX WELCH)) or a wire credit (`credit`); a bracket's tail
    (`unopened`); a line worded as a sentence (`sentence`); and, in body type, a weekday alone (a market report's TUESDAY, WEDNESDAY between its paragraphs): a
    report's day heading inside its story. (One word in capitals may head a story, the Omaha Bee's
    TERRIFIC over its decks, and a head may end in a comma, HE SWALLOWED A LIZARD,: a signature
    ending in one is told by its place, `signature`.)"""
    said = " ".join(ln.text.strip() for ln in lines)
    if credit(said) or len(lines) == 1 and sentence(said) or unopened(said):
        return True
    return body_type and len(lines) == 1 and WEEKDAY_ALONE.match(said) is not None


def unopened(text: str) -> bool:
    """A line that ends closing a bracket it never opened (GUEST), the tail of (By EDGAR GUEST) cut
    off at a gutter): the end of a line or note begun before it, no head. (Not a bracket in its
    midst: ALTO reads a head's letters so, THE DBA I) 1)1 VINT.)"""
    said = text.strip()
    return any(opening not in said and re.search(re.escape(close) + r"\W{0,2}$", said) is not None
               for opening, close in ("()", "[]"))


def credit(text: str) -> bool:
    """A byline or a wire credit ((By MAX WELCH), By the Associated Press., however OCR read its
    By): it heads nothing, and goes with the story under it."""
    text = text.strip()
    return BYLINE.match(text) is not None or WIRE_CREDIT.match(text) is not None


def sentence(text: str) -> bool:
    """A line worded as a sentence's, not a head's: a word or two in capitals run into lowercase
    words (BIG, BOLD, bland Jim Farley, the: a columnist's item opened by a run-in word), or five
    words at least, half of them and three at least starting in lowercase and not small words
    (Ontario fissure does not cross Empire Canyon, proper. It: a body line boxed tall). A head's
    lowercase words are its small ones (An Honored Citizen Dies In Salt Lake, First Meeting of)."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    lower = [w for w in words if w[0].islower() and w.lower() not in SMALL_WORDS]
    if len(words) >= 5 and len(lower) >= 3 and 2 * len(lower) >= len(words):
        return True
    if len(words) < 3 or not (words[0].isupper() and len(words[0]) >= 2):
        return False
    for w in words[1:5]:  # (OPPONENTS of the AAA amend-: capitals and small words before it)
        if w[0].islower() and w.lower() not in SMALL_WORDS:
            return True
        if not (w.isupper() or w.lower() in SMALL_WORDS):
            return False
    return False
