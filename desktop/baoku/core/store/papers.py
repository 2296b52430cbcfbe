"""A paper's settings (frequency, days of the week, other names, first and last issue, place), an
issue's number (总第N期), and one change to many articles' 栏目 / 体裁 / 来源 at once. The same on
either archive: each reads and writes the rows (`_paper_settings`, `_set_paper`, `_set_issue_number`;
the embedded in store.edits, a server's in store.server.editing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..coded import Coded
from ..changes import ARTICLES, ISSUES, Changes, Outcome
from ..errors import NotFound, ValidationError
from ..model import parse_date
from .archive import Archive
from .calendar import FREQUENCIES, parse_weekdays

WEEKDAY_NAMES = "一二三四五六日"


@dataclass(frozen=True)
class PaperSettings:
    id: int
    name: str
    place: str = ""
    frequency: str = ""  # daily, weekly, biweekly, monthly, irregular, or "" (not known)
    weekdays: tuple[int, ...] = ()  # ISO days of the week it appears on (1 is Monday)
    other_names: tuple[str, ...] = ()  # earlier or other titles of the same paper
    first_issue: dt.date | None = None  # the paper's first and last issue, when known
    last_issue: dt.date | None = None


def paper(archive: Archive, publication: int | str) -> PaperSettings:
    """A paper by id or name (or one of its other names)."""
    rows = archive._paper_settings()  # (id, name, place, frequency, weekdays, other_names, first, last)
    if isinstance(publication, int) or str(publication).isdigit():
        row = next((r for r in rows if r[0] == int(publication)), None)
    else:
        row = next((r for r in rows if r[1] == publication), None) or \
            next((r for r in rows if publication in r[5].split("\n")), None)
    if row is None:
        raise NotFound(Coded("no_paper", name=str(publication)))
    pid, name, place, frequency, weekdays, others, first, last = row
    return PaperSettings(pid, name, place, frequency, tuple(parse_weekdays(weekdays)),
                         tuple(n for n in others.split("\n") if n),
                         dt.date.fromisoformat(first) if first else None, dt.date.fromisoformat(last) if last else None)


_UNSET = object()


def set_paper(archive: Archive, publication: int | str, *, frequency=_UNSET, weekdays=_UNSET, other_names=_UNSET,
              first_issue=_UNSET, last_issue=_UNSET, place=_UNSET) -> Outcome:
    """Change what is given of a paper's settings, in one transaction. `weekdays` is a list of ISO
    days or text such as '1-6'; dates are ISO text, a date, or '' / None to clear."""
    current = paper(archive, publication)
    values: dict[str, str] = {}
    if frequency is not _UNSET:
        frequency = (frequency or "").strip()
        if frequency not in ("", *FREQUENCIES):
            raise ValidationError(f"frequency {frequency!r}: one of {', '.join(FREQUENCIES)} (or empty: not known)")
        values["frequency"] = frequency
    if weekdays is not _UNSET:
        try:
            days = parse_weekdays(weekdays) if isinstance(weekdays, str) else sorted({int(d) for d in weekdays or ()})
        except ValueError:
            raise ValidationError(f"days of the week {weekdays!r}: numbers 1 (Monday) to 7 (Sunday), "
                                  "such as 1,3,5 or 1-6") from None
        if any(not 1 <= d <= 7 for d in days):
            raise ValidationError("days of the week are 1 (Monday) to 7 (Sunday)")
        values["weekdays"] = ",".join(map(str, days))
    if other_names is not _UNSET:
        names = [" ".join(n.split()) for n in (other_names.replace("、", "\n").replace(",", "\n").split("\n")
                                               if isinstance(other_names, str) else other_names or ())]
        names = [n for n in dict.fromkeys(names) if n and n != current.name]
        if any(len(n) > 60 for n in names):
            raise ValidationError("another name of a paper is at most 60 characters")
        values["other_names"] = "\n".join(names)
    for key, value in (("first_issue", first_issue), ("last_issue", last_issue)):
        if value is not _UNSET:
            values[key] = parse_date(value, key.replace("_", " ")).isoformat() if value not in (None, "") else ""
    if place is not _UNSET:
        values["place"] = " ".join((place or "").split())
    first = values.get("first_issue", current.first_issue.isoformat() if current.first_issue else "")
    last = values.get("last_issue", current.last_issue.isoformat() if current.last_issue else "")
    if first and last and first > last:
        raise ValidationError(f"the first issue ({first}) is after the last ({last})")
    if not values:
        raise ValidationError("nothing to change: give a frequency, days, other names, first or last issue, or place")
    archive._set_paper(current.id, values)
    return Outcome(paper(archive, current.id), Changes.of(ISSUES))


def set_issue_number(archive: Archive, issue_id: int, number: str) -> Outcome:
    """An issue's number as printed on it (总第12345期, or 12345)."""
    number = " ".join((number or "").split())
    if len(number) > 40:
        raise ValidationError("an issue number is at most 40 characters")
    if not archive._set_issue_number(issue_id, number):
        raise NotFound(f"no issue with id {issue_id}")
    return Outcome(number, Changes.of(ISSUES))


BULK_FIELDS = ("column", "genre", "source")


def bulk_edit(archive: Archive, ids: list[int], **fields: str) -> Outcome:
    """Give every one of these articles the same 栏目, 体裁 or 来源 (those given), in one transaction.
    The value is how many articles changed."""
    unknown = set(fields) - set(BULK_FIELDS)
    if unknown:
        raise ValidationError(f"only {', '.join(BULK_FIELDS)} can be set on many articles at once, "
                              f"not {', '.join(sorted(unknown))}")
    if not fields:
        raise ValidationError("nothing to change: give a column, genre or source")
    ids = list(dict.fromkeys(int(i) for i in ids))
    if not ids:
        raise ValidationError("no articles given")
    changed = []
    with archive.transaction():
        for i in sorted(ids):  # in one order: two at once on a server lock their articles alike, never deadlock
            a = archive.article(i).article  # NotFound names an unknown id, and nothing is changed
            wanted = {k: v for k, v in fields.items() if (v or "").strip() != getattr(a, k)}
            if wanted:
                archive.update_article(i, **wanted)
                changed.append(i)
    return Outcome(len(changed), Changes.of(ARTICLES, ids=changed))


def weekday_names(days: tuple[int, ...] | list[int]) -> str:
    """一、三、五 for 1, 3, 5 (for the Chinese wording; the window words its own)."""
    return "、".join(WEEKDAY_NAMES[d - 1] for d in days)
