"""Citations of archived articles, in the four forms editors and reference managers take:

- GB/T 7714-2015, the newspaper form `作者. 题名[N]. 报纸名, 出版日期(版次).` (export.reference);
- RIS `TY  - NEWS`, with the page (SP) and the section (SE: the page's name);
- CSL-JSON `article-newspaper`, with container-title, issued, page and section;
- BibTeX `@article` with `entrysubtype = {newspaper}` (biblatex's newspaper article).

Templates, not libraries: each format is a few fixed lines, and writing them here keeps every
character of the output in view (rispy and bibtexparser would add a dependency to print eight
lines; citeproc-py formats CSL, it does not write CSL-JSON).
"""

from __future__ import annotations

import json

from .errors import ValidationError
from .export.reference import authors, gbt7714
from .model import ArticleRecord
from .store.archive import Archive

STYLES = ("gbt7714", "ris", "csl-json", "bibtex")
SUFFIXES = {"gbt7714": ".txt", "ris": ".ris", "csl-json": ".json", "bibtex": ".bib"}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Two-character surnames, so that 欧阳修 is family 欧阳, given 修 (else the first character is the family name).
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                     "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "申屠", "澹台", "呼延", "万俟", "闻人")


def page_of(record: ArticleRecord) -> str:
    """The page as the reference prints it: 5, or A05 in a paper of lettered sections."""
    lettered = len(record.section) == 1 and record.section.isascii()
    return f"{record.section}{record.page_number:02d}" if lettered else str(record.page_number)


def title_of(record: ArticleRecord) -> str:
    a = record.article
    title = a.headline or a.kicker or "（无题）"
    return f"{title}: {a.subhead}" if a.subhead else title


def cite(records: list[ArticleRecord], style: str, places: dict[str, str] | None = None) -> str:
    """The citations of these articles in one style, as one text (several are numbered in GB/T 7714,
    one entry each in the others)."""
    if style not in STYLES:
        raise ValidationError(f"citation style {style!r}: one of {', '.join(STYLES)}")
    if not records:
        raise ValidationError("nothing to cite: no articles given")
    places = places or {}
    if style == "gbt7714":
        if len(records) == 1:
            return gbt7714(records[0]) + "\n"
        return "".join(f"[{n}] {gbt7714(r)}\n" for n, r in enumerate(records, 1))
    if style == "ris":
        return "\n".join(ris(r, places.get(r.publication, "")) for r in records)
    if style == "csl-json":
        return json.dumps([csl(r, places.get(r.publication, "")) for r in records], ensure_ascii=False, indent=2) + "\n"
    return "\n".join(bibtex(r, places.get(r.publication, "")) for r in records)


def cite_ids(archive: Archive, ids: list[int], style: str) -> str:
    """Cite articles by id, in the order given (each once); an unknown id is refused by name."""
    ids = list(dict.fromkeys(int(i) for i in ids))
    records = [archive.article(i) for i in ids]
    places = {p["name"]: p["place"] for p in archive.publications()}
    return cite(records, style, places)


def ris(record: ArticleRecord, place: str = "") -> str:
    d = record.date
    lines = [("TY", "NEWS"), *(("AU", name) for name in authors(record)), ("TI", title_of(record)),
             ("T2", record.publication), ("PY", str(d.year)), ("DA", f"{d.year:04d}/{d.month:02d}/{d.day:02d}/"),
             ("SP", page_of(record))]
    if record.page_name:
        lines.append(("SE", record.page_name))
    if record.edition:
        lines.append(("ET", record.edition))
    if place:
        lines.append(("CY", place))
    lines += [("LA", record.article.language or "zh"), ("ID", f"baoku-{record.id}"), ("ER", "")]
    return "".join(f"{tag}  - {value}\n" for tag, value in lines)


def _name(name: str) -> dict:
    """A Chinese name as CSL's family and given parts (郭剑平: 郭, 剑平); anything else whole."""
    han = all("\u4e00" <= ch <= "\u9fff" for ch in name)
    if han and 2 <= len(name) <= 4:
        cut = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return {"family": name[:cut], "given": name[cut:]}
    return {"literal": name}


def csl(record: ArticleRecord, place: str = "") -> dict:
    d = record.date
    item = {"id": f"baoku-{record.id}", "type": "article-newspaper", "title": title_of(record),
            "container-title": record.publication, "issued": {"date-parts": [[d.year, d.month, d.day]]},
            "page": page_of(record)}
    if record.page_name:
        item["section"] = record.page_name
    names = authors(record)
    if names:
        item["author"] = [_name(n) for n in names]
    if record.edition:
        item["edition"] = record.edition
    if place:
        item["publisher-place"] = place
    item["language"] = "zh-CN" if (record.article.language or "zh").startswith("zh") else record.article.language
    return item


def _bib(text: str) -> str:
    """Text as a BibTeX field value: its special characters escaped."""
    out = []
    for ch in text:
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "\\":
            out.append("\\textbackslash{}")
        elif ch in "~^":
            out.append("\\" + ch + "{}")
        else:
            out.append(ch)
    return "".join(out)


def bibtex(record: ArticleRecord, place: str = "") -> str:
    d = record.date
    fields = []
    names = authors(record)
    if names:  # braced whole: BibTeX would otherwise take a Chinese name for a first name only
        fields.append(("author", " and ".join("{" + _bib(n) + "}" for n in names)))
    fields += [("title", _bib(title_of(record))), ("journal", _bib(record.publication)), ("year", str(d.year))]
    fields.append(("month", MONTHS[d.month - 1]))
    fields += [("date", d.isoformat()), ("pages", page_of(record))]
    if record.page_name:
        fields.append(("note", _bib(record.page_name)))
    if record.edition:
        fields.append(("edition", _bib(record.edition)))
    if place:
        fields.append(("address", _bib(place)))
    fields += [("entrysubtype", "newspaper"), ("langid", "chinese")]
    body = "".join(f"  {k} = {v if k == 'month' else '{' + v + '}'},\n" for k, v in fields)
    return f"@article{{baoku{record.id},\n{body}}}\n"
