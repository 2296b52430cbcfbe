"""Bylines printed inside an article's text, in either script: the bracket after a dateline
(本报讯（记者 林海）…, 本報訊（記者 林海）…, 新华社北京10月8日电（记者 林海、王大同）…), a bracket
closing a paragraph (…。（本报记者 林海）) and a line of its own (本報記者 林海). They give the
article's contributors, with their roles, and its source (the dateline as printed); the text stays
in the article as printed.

Only a bracket that holds nothing but role words and names is a byline: at least one role word
(记者, 通讯员, 实习生, with a newsroom or grade before it: 本报记者, 新华社记者, 热线记者, 特约记者,
见习记者), every name two to four Han characters. A space inside a two-character name is printed
padding (林 海, 记者　陈　岩); any other word (摄, 报道, 整理, a place, a figure) makes the bracket
something else: a photo credit, a note, running text.
"""

from __future__ import annotations

import regex as re  # \p{Han}: the one Han definition (core.script)
from functools import cache

from ..model import Contributor
from ..script import HAN_CLASS as HAN
from .lines import surname

# 本报讯 / 本報訊 / 本报北京10月8日电 / 新华社北京10月8日电 / 据新华社电: the wire or paper a dateline names.
# (晚报讯, 晨报讯: an evening or morning paper names itself so; 【本報訊】 as Hong Kong papers print it.)
WIRE = (r"据?據?(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视新闻|央視新聞|央广网|央廣網|本报|本報"
        r"|晚报|晚報|晨报|晨報)[^\s，,。:：（(【】]{0,24}?(?:电|讯|電|訊)")
OPENING = re.compile(rf"^【?({WIRE})")
# The dateline's bracket: 本报讯（记者 林海）, 本报讯 （记者 林海）.
OPENING_BYLINE = re.compile(rf"^【?{WIRE}】?\s*[（(]([^（）()]{{1,40}})[)）]")
# …。（本报记者 林海） at a paragraph's end (or alone on its line).
CLOSING_BYLINE = re.compile(r"[（(]([^（）()]{1,40})[)）]\s*$")

ROLE_WORD = (r"(?:本报|本報|新华社|新華社|中新社|人民日报|人民日報|热线|熱線|[\p{Han}]{1,6}?(?:社|报|報|台|网|網))?"
             r"(?:特约|特約|首席|见习|見習|实习|實習|驻[\p{Han}]{1,6}?|駐[\p{Han}]{1,6}?)?"
             r"(?:摄影记者|攝影記者|记者|記者|通讯员|通訊員|实习生|實習生)")
ROLE = re.compile(ROLE_WORD)
# 记者林海 glued (as OCR or a traditional paper sets it): the role and the name.
ROLE_NAME = re.compile(rf"({ROLE_WORD})([{HAN}]{{2,4}})")
NAME = re.compile(rf"[{HAN}]{{2,4}}")
ONE_HAN = re.compile(rf"[{HAN}]")
PARTS = re.compile(r"[\s、，,]+")
# A newsroom name printed before the role and dropped from it, as the page-text bylines do (记者).
NEWSROOM = ("本报", "本報", "新华社", "新華社")
# What follows the names when the bracket is not a writers' byline: a photo credit, a compiler's or
# a reporter's note (（记者 林海 摄）, （记者 林海 整理）, （记者 林海 报道）).
NOT_WRITERS = re.compile(r"(?:摄影?|攝影?|供图|供圖|整理|报道|報導|報道|采写|採寫|编译|編譯|综合|綜合|制图|製圖)$")


def people(text: str) -> list[Contributor] | None:
    """The people a byline names, with their roles (`记者 林海 通讯员 王大同`), or None when the text
    is not only role words and names, or names nobody."""
    text = text.strip()
    if not text or NOT_WRITERS.search(text):
        return None
    out: list[Contributor] = []
    role = ""
    pending = ""  # a single character: the first half of a padded two-character name (林 海)
    for part in (p for p in PARTS.split(text) if p):
        if pending:
            if not ONE_HAN.fullmatch(part):
                return None
            part, pending = pending + part, ""
        elif ONE_HAN.fullmatch(part):
            pending = part
            continue
        if ROLE.fullmatch(part):
            role = _role(part)
            continue
        glued = ROLE_NAME.fullmatch(part)
        if glued:  # (记者手记, 记者调查: a column, not a reporter named 手记)
            if not _surname(glued.group(2)):
                return None
            role, part = _role(glued.group(1)), glued.group(2)
        if not role or not NAME.fullmatch(part) or ROLE.search(part):
            return None
        out.append(Contributor(part, role))
    if pending or not out:
        return None
    return out


def _surname(name: str) -> bool:
    """Whether a name glued to its role starts with a common surname, in either script."""
    return surname(name) or surname(_simplified(name[:2]))


@cache
def _simplified(text: str) -> str:
    import opencc  # (loaded only when a glued name's surname is not a simplified one)

    return opencc.OpenCC("t2s").convert(text)


def _role(word: str) -> str:
    for newsroom in NEWSROOM:
        if word.startswith(newsroom):
            return word[len(newsroom):]
    return word


def opening(paragraph: str) -> tuple[str, list[Contributor]] | None:
    """A paragraph opening with a dateline: the dateline as printed (本报讯, 新华社北京10月8日电) and
    the people its bracket names ([] when it has none, or the bracket is no byline)."""
    m = OPENING.match(paragraph)
    if not m:
        return None
    bracket = OPENING_BYLINE.match(paragraph)
    return m.group(1), (people(bracket.group(1)) or [] if bracket else [])


def closing(paragraph: str) -> list[Contributor]:
    """The people a bracketed byline closing a paragraph names (…。（本报记者 林海））; [] when the
    paragraph ends in no such bracket (a bare name in brackets, （剑平）, is a signature)."""
    m = CLOSING_BYLINE.search(paragraph)
    return people(m.group(1)) or [] if m else []


def own_line(line: str) -> list[Contributor]:
    """The people a byline on a line of its own names, in either script (本報記者 林海)."""
    return people(line) or []
