"""Small pieces of wording the window puts together, in the interface's language: a list of names
(、 in Chinese, a comma in English), a quoted title (「」 or “”), a note in brackets after a label, a
day of the week. A bracket or stop typed into the window's code shows as it is in English."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ..core.search.filters import CHINESE_NAMES, ENGLISH_NAMES

translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


def join_list(items) -> str:
    """甲、乙、丙 in Chinese; A, B, C in English."""
    return translate("Wording", "、").join(str(i) for i in items)


def quoted(text) -> str:
    """「聚力“新知”」 in Chinese; “…” in English (a headline, a collection's name)."""
    return translate("Wording", "「%1」").replace("%1", str(text))


def join_clauses(items) -> str:
    """甲；乙 in Chinese; A; B in English (places, reasons: items that hold commas of their own)."""
    return translate("Wording", "；").join(str(i) for i in items)


def bracketed(text: str, inside) -> str:
    """日报（周一、周三） in Chinese; daily (Mon, Wed) in English."""
    return translate("Wording", "%1（%2）").replace("%1", text).replace("%2", str(inside))


def weekday(day: int) -> str:
    """ISO day of the week (1 is Monday) as the interface says it."""
    names = (translate("Wording", "周一"), translate("Wording", "周二"), translate("Wording", "周三"),
             translate("Wording", "周四"), translate("Wording", "周五"), translate("Wording", "周六"),
             translate("Wording", "周日"))
    return names[day - 1]


def weekdays(days) -> str:
    """周一至周六 for a run of three days or more, else 周二、周四 (Mon–Sat, Tue, Thu in English)."""
    days = sorted(days)
    if len(days) >= 3 and days == list(range(days[0], days[-1] + 1)):
        return translate("Wording", "%1至%2").replace("%1", weekday(days[0])).replace("%2", weekday(days[-1]))
    return join_list(weekday(d) for d in days)


def field_names() -> dict[str, str]:
    """The query's field names the window writes (报纸:, 日期:, 版:, 专题: in Chinese; paper:, date:,
    page:, collection: in English): the English window wrote 报纸:泉州晚报 日期:2024-09-11."""
    return ENGLISH_NAMES if QLocale().language() == QLocale.Language.English else CHINESE_NAMES


def untitled() -> str:
    return translate("Wording", "（无题）")


WORD_JOINER = "\u2060"  # no line break here (Unicode's WJ), drawn as nothing
_PART = re.compile(r"[^\s、，；：。]{2,12}")  # a date, a page, a name: up to 12 characters


def unbroken(text: str) -> str:
    """`text` for a wrapped label: its parts (between spaces and list punctuation) of up to 12
    characters kept whole on a line. Chinese breaks between any two characters, so a source line
    wrapped as 「泉州晚报 2024年9月11」「日 第5版」; a longer part still breaks where it must."""
    return _PART.sub(lambda m: WORD_JOINER.join(m.group()), text)


def printed_in(record) -> str:
    """Where an article was printed, in the window's language: 泉州晚报 2024年9月11日 第5版 民企会客厅
    (the record's source line) in Chinese; 泉州晚报 2024-09-11 Page 5 民企会客厅 in English (the
    paper's and the page's own names are the paper's words, kept)."""
    from ..core.model import NO_PAGE

    d = record.date
    day = translate("Wording", "%1年%2月%3日").replace("%1", str(d.year)).replace("%2", str(d.month)) \
        .replace("%3", str(d.day)).replace("%4", d.isoformat())
    section, number = record.section, record.page_number
    if number == NO_PAGE:
        page = translate("Wording", "通稿")
    elif len(section) == 1 and section.isascii() and section.isalpha():
        page = translate("Wording", "%1版").replace("%1", f"{section}{number:02d}")
    else:
        page = (f"{section} " if section else "") + translate("Wording", "第%1版").replace("%1", str(number))
    parts = [record.publication, day, record.edition, page, record.page_name]
    return " ".join(p for p in parts if p)


def archive_name(path) -> str:
    """An archive as the window names it (its title, the recent menu): a file by its path; a server
    archive by its database, its server and its user (day2（服务器 db.example.org，用户 alice）), never
    the raw address with its password, socket folder and parameters."""
    from ..core.address import ServerAddress

    if not isinstance(path, ServerAddress):
        return str(path)
    place = path.place()
    if place.hosts:
        where = translate("Wording", "服务器 %1").replace("%1", join_list(place.hosts))
    elif place.service:
        where = translate("Wording", "服务 %1").replace("%1", place.service)
    else:
        where = translate("Wording", "本机的服务器")
    if place.user:
        where = translate("Wording", "%1，用户 %2").replace("%1", where).replace("%2", place.user)
    return bracketed(place.database or translate("Wording", "服务器档案"), where)
