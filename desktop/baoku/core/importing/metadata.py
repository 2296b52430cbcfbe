"""Issue metadata for sources whose text carries none (page text, PDF pages).

It comes from, in order of precedence: the caller (CLI options or the GUI's dialog), a sidecar
file beside the source (`<stem>.json`, `<stem>.yaml` or `<stem>.yml`), and the file name
(`泉州晚报_2024-09-11_第5版_民企会客厅.txt`, `qzwb-20240911-p05.txt`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from pathlib import Path

from ..coded import Coded
from ..errors import ImportRejected, ValidationError
from ..model import (FREQUENCIES, KINDS, NO_PAGE, PAPER, WIRE, IssueInfo, PageInfo, parse_date,
                     parse_page, plausible_year)
from ..sourcetext import checked_text, name_text
from . import jsontext

SIDECAR_SUFFIXES = (".json", ".yaml", ".yml")
MAX_SIDECAR_BYTES = 64 * 1024


@dataclass
class IssueMeta:
    """Every field optional; merged from several places, then validated into IssueInfo/PageInfo."""

    publication: str | None = None
    date: str | None = None
    page: int | None = None
    page_name: str | None = None
    section: str | None = None
    edition: str | None = None
    issue_number: str | None = None
    place: str | None = None
    frequency: str | None = None
    language: str | None = None
    kind: str | None = None  # paper (the default) or wire: an agency's items, on no page
    identifier: str | None = None  # the title's identifier (an LCCN)
    volume: str | None = None

    @classmethod
    def from_mapping(cls, data: dict, where: str) -> IssueMeta:
        if not isinstance(data, dict):
            raise ValidationError(f"{where}: issue metadata must be a mapping of field to value")
        known = {f.name for f in fields(cls)}
        aliases = {"paper": "publication", "page_number": "page", "number": "issue_number",
                   "期号": "issue_number", "报名": "publication", "日期": "date", "版": "page",
                   "版名": "page_name"}
        out = cls()
        for key, value in data.items():
            name = aliases.get(key, key)
            if name not in known:
                raise ValidationError(f"{where}: unknown metadata field {key!r}; "
                                      f"known fields are {', '.join(sorted(known))}")
            if _blank(value):  # ("   " is no paper name: it stored an issue of a paper with none)
                continue
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                raise ValidationError(f"{where}: {key} must be text, not {type(value).__name__}")
            if isinstance(value, str):
                value = checked_text(value, f"{where}: {key}")
            setattr(out, name, value)
        if out.kind is not None and out.kind not in KINDS:
            raise ValidationError(f"{where}: kind must be {' or '.join(KINDS)}, not {out.kind!r}")
        if out.page is not None:
            letter, out.page = parse_page(out.page, where)
            if letter:  # A05: page 5 of section A
                out.section = letter
        if out.date is not None:
            out.date = parse_date(out.date, f"{where}: date").isoformat()
        return out

    def merged_over(self, lower: IssueMeta) -> IssueMeta:
        """self's values win; lower fills the gaps."""
        out = IssueMeta()
        for f in fields(self):
            mine = getattr(self, f.name)
            setattr(out, f.name, getattr(lower, f.name) if _blank(mine) else mine)
        return out

    def missing(self) -> list[str]:
        needed = ("publication", "date") if self.kind == WIRE else ("publication", "date", "page")
        return [n for n in needed if _blank(getattr(self, n))]

    def issue_info(self, where: str) -> IssueInfo:
        if self.frequency and self.frequency not in FREQUENCIES:
            raise ValidationError(f"{where}: frequency must be one of {', '.join(FREQUENCIES)}")
        if _blank(self.publication):
            raise ImportRejected(Coded("no_issue_metadata", where=where, missing="publication"))
        publication = name_text(str(self.publication))
        if not publication:  # (nothing but invisible characters)
            raise ImportRejected(Coded("no_issue_metadata", where=where, missing="publication"))
        return IssueInfo(publication=publication,
                         date=parse_date(self.date, f"{where}: date"),
                         number=str(self.issue_number or ""), edition=name_text(str(self.edition or "")),
                         place=str(self.place or ""), frequency=str(self.frequency or ""),
                         language=str(self.language or "zh"), kind=str(self.kind or PAPER),
                         identifier=str(self.identifier or ""), volume=str(self.volume or ""))

    def page_info(self, where: str, number: int | None = None) -> PageInfo:
        if number is None and self.kind == WIRE and self.page in (None, ""):
            return PageInfo(number=NO_PAGE)  # an agency's item: dated, on no page
        n = number if number is not None else parse_page(self.page, where)[1]
        return PageInfo(number=n, name=str(self.page_name or ""), section=str(self.section or ""))


def parse_sidecar(data: bytes, name: str) -> IssueMeta:
    if len(data) > MAX_SIDECAR_BYTES:
        raise ImportRejected(f"{name}: sidecar metadata file is larger than {MAX_SIDECAR_BYTES} bytes")
    import yaml  # (only when a sidecar comes: it takes a while to load)

    from . import plainyaml

    from .encoding import decode_text

    # Read in the encodings page text is read in (a sidecar written in Notepad on a Chinese Windows
    # is GBK, Big5 or UTF-16); decode_text's refusals name the sidecar. An empty one says nothing.
    text = decode_text(data, name)[0] if data.strip() else ""
    try:
        parsed = jsontext.loads(text) if name.lower().endswith(".json") else plainyaml.load(text)
    except (json.JSONDecodeError, jsontext.JsonRefused, yaml.YAMLError) as e:
        raise ImportRejected(f"{name}: cannot read the sidecar metadata: {' '.join(str(e).split())}") from None
    except RecursionError:
        raise ImportRejected(f"{name}: cannot read the sidecar metadata: it is nested too deeply") from None
    return IssueMeta.from_mapping(parsed or {}, name)


_DATE_RE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
# Written out with separators, any month and day: 2023-13-01 or 2024-00-10 is the name's date, so
# that the import says it is no real date (it was read as no date, and the name's paper and page
# were then not read either: "no issue metadata for publication, date, page").
_ODD_DATE_RE = re.compile(r"(?<!\d)(\d{4})([-_.])(\d{2})[-_.](\d{2})(?!\d)")
_PAGE_RE = re.compile(r"^[-_. ]*(?:第\s*([A-Za-z])?0*(\d{1,3})\s*版|[pP](?:age)?[-_]?0*(\d{1,3})|([A-Za-z])?0*(\d{1,3})版?)"
                      r"(?=$|[-_. ])")


def meta_from_filename(stem: str) -> IssueMeta:
    """Read what a file name says: `泉州晚报_2024-09-11_第5版_民企会客厅`."""
    checked_text(stem, f"the file name {stem!r}")
    m = _name_date(stem)
    if not m:
        return IssueMeta()
    out = IssueMeta(date=f"{m.group(1)}-{m.group(3)}-{m.group(4)}")
    pub = stem[: m.start()].strip("-_. ")
    if pub and not pub.isdigit():
        out.publication = pub
    rest = stem[m.end():]
    pm = _PAGE_RE.match(rest)
    if pm:
        letter1, n1, n2, letter3, n3 = pm.groups()
        out.page = int(n1 or n2 or n3)
        letter = letter1 or letter3
        if letter:
            out.section = letter.upper()
        name = rest[pm.end():].strip("-_. ")
        if name and not name.isdigit():
            out.page_name = name
    return out


def _name_date(stem: str) -> re.Match | None:
    """Where a file name gives its date: the first date in a year a newspaper can be from; failing
    that, the first written out with separators in any other year (1650-03-01), taken as the
    name's date so that the import says it is not a plausible one. Eight bare digits in such a
    year (00010203) are no date at all."""
    found = list(_DATE_RE.finditer(stem))
    return (next((m for m in found if plausible_year(int(m.group(1)))), None)
            or next((m for m in found if m.group(2)), None)
            or next(_ODD_DATE_RE.finditer(stem), None))


def _blank(value: object) -> bool:
    """Not given: None, or text that is only spaces (an ideographic one too)."""
    return value is None or (isinstance(value, str) and not value.strip())


def require(meta: IssueMeta, where: str) -> None:
    missing = meta.missing()
    if missing:
        raise ImportRejected(Coded("no_issue_metadata", where=where, missing=", ".join(missing)))


UNDESCRIBED_SUFFIXES = (".txt", ".text", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".webp", ".jp2", ".j2k")  # formats whose text carries no issue metadata


def known_metadata(path: Path) -> IssueMeta | None:
    """What a file's sidecar and name say of its issue (maybe only part of it); None when the
    sidecar cannot be read."""
    try:
        meta = meta_from_filename(path.stem)
    except (ImportRejected, ValidationError):
        meta = IssueMeta()
    try:
        parse_date(meta.date) if meta.date else None
    except ValidationError:  # a name's 2150-01-01 gives no date: the window asks for one
        meta.date = None
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if side.is_file():
            try:
                return parse_sidecar(side.read_bytes(), side.name).merged_over(meta)
            except (ImportRejected, ValidationError, OSError):
                return None
    return meta


def needs_issue_metadata(path: Path) -> bool:
    """True for a page-text or PDF file whose sidecar and file name do not give its paper, date
    and page: the desktop app asks for them before importing. Folders and ZIPs are not asked about."""
    if not path.is_file() or path.suffix.lower() not in UNDESCRIBED_SUFFIXES:
        return False
    meta = known_metadata(path)
    return meta is None or bool(meta.missing())
