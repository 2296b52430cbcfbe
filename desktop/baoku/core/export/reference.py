"""How an exported article says where it was printed: a source line and a GB/T 7714-2015 reference."""

from __future__ import annotations

from ..model import NO_PAGE
from ..script import is_latin_text
from ..model import ArticleRecord

# Contributors who are not authors of the piece: guests of a roundtable, photographers.
_NOT_AUTHORS = ("嘉宾", "摄", "摄影", "图")
_MAX_AUTHORS = 3  # GB/T 7714: list three, then 「等」


def authors(record: ArticleRecord) -> list[str]:
    names: list[str] = []
    for c in record.article.contributors:
        if c.role in _NOT_AUTHORS or not c.name or c.name in names:
            continue
        names.append(c.name)
    return names


def gbt7714(record: ArticleRecord) -> str:
    """A newspaper article reference, GB/T 7714-2015 §8 and its [N] example:

    「丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).」
    Without an author (a Xinhua brief), the reference starts with the title.
    """
    a = record.article
    names = authors(record)
    more = ", et al" if names and is_latin_text(names[0]) else ", 等"  # GB/T 7714 8.1.2
    who = ", ".join(names[:_MAX_AUTHORS]) + (more if len(names) > _MAX_AUTHORS else "")
    title = a.headline or a.kicker or "（无题）"
    if a.subhead:
        title = f"{title}: {a.subhead}"
    paper = record.publication + (f"({record.edition})" if record.edition else "")
    page = f"{record.section}{record.page_number:02d}" if len(record.section) == 1 and record.section.isascii() \
        else str(record.page_number)
    where = "" if record.page_number == NO_PAGE else f"({page})"  # an agency's item is on no page
    tail = f"{title}[N]. {paper}, {record.date.isoformat()}{where}."
    return f"{who}. {tail}" if who else tail
