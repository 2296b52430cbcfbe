"""Which issues a publication should have printed, from its schedule: 缺期 (missing issues).

The schedule is the paper's frequency, the days of the week it appears on (a paper printed Monday
to Saturday, a weekly out on Thursdays) and its first and last issue when known: the audit runs
over the paper's whole life, not only between the first and last issue the archive holds."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

FREQUENCIES = ("daily", "weekly", "biweekly", "monthly", "irregular")


def expected_dates(first: dt.date, last: dt.date, frequency: str, weekdays: Iterable[int] = ()) -> list[dt.date]:
    """Dates an issue was due from `first` to `last`, by frequency and days of the week (ISO: 1 is
    Monday). Irregular or unknown frequency with no days given: none can be known."""
    days = sorted({int(d) for d in weekdays if 1 <= int(d) <= 7})
    span = (last - first).days + 1
    if frequency == "monthly":
        out, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            try:
                out.append(dt.date(y, m, first.day))
            except ValueError:  # no 31st this month: the month's last day
                out.append(dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return [d for d in out if first <= d <= last]
    if days and frequency in ("daily", "weekly", ""):  # on these days, every week
        return [d for n in range(span) if (d := first + dt.timedelta(days=n)).isoweekday() in days]
    step = {"daily": 1, "weekly": 7, "biweekly": 14}.get(frequency)
    if not step:
        return []
    if days:  # every other week, on its day: counted from the first such day
        while first.isoweekday() not in days and first <= last:
            first += dt.timedelta(days=1)
    return [first + dt.timedelta(days=n) for n in range(0, (last - first).days + 1, step)]


def missing_issues(held: list[dt.date], frequency: str, weekdays: Iterable[int] = (),
                   first_issue: dt.date | None = None, last_issue: dt.date | None = None,
                   today: dt.date | None = None) -> list[dt.date]:
    """Due dates with no issue in the archive: from the paper's first issue (else the first held)
    to its last (else the last held, or today when the paper is known to run on)."""
    if not held and first_issue is None:
        return []
    have = set(held)
    start = first_issue or min(have)
    end = last_issue or (max(have) if have else (today or dt.date.today()))
    end = min(end, today or dt.date.today())
    return [d for d in expected_dates(start, end, frequency, weekdays) if d not in have]


def parse_weekdays(text: str) -> list[int]:
    """'1,3,5', '1-6' or '' (none) as ISO weekday numbers. A ValueError for anything else: a day
    outside 1-7, a reversed range (6-1), or separators with no day between them (',')."""
    out: list[int] = []
    for part in unicodedata.normalize("NFKC", text).replace("、", ",").split(","):  # ，１－３ is ,1-3
        part = part.strip()
        if not part:
            continue
        lo, dash, hi = part.partition("-")
        lo, hi = lo.strip(), (hi.strip() if dash else lo.strip())
        if not (lo.isascii() and lo.isdigit() and hi.isascii() and hi.isdigit()):
            raise ValueError(part)
        if len(lo) > 2 or len(hi) > 2 or not 1 <= int(lo) <= int(hi) <= 7:  # never build a huge range
            raise ValueError(part)
        out += range(int(lo), int(hi) + 1)
    if text.strip() and not out:
        raise ValueError(text)
    return sorted(set(out))
