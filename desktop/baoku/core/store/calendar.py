"""Which issues a publication should have printed, from its frequency: 缺期 (missing issues)."""

from __future__ import annotations

import datetime as dt


def expected_dates(first: dt.date, last: dt.date, frequency: str) -> list[dt.date]:
    """Dates an issue was due between the first and last issue held, by frequency. Irregular or
    unknown frequency: only the dates held can be known, so none are expected."""
    step = {"daily": 1, "weekly": 7, "biweekly": 14}.get(frequency)
    if step:
        return [first + dt.timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
    if frequency == "monthly":
        out, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            try:
                out.append(dt.date(y, m, first.day))
            except ValueError:  # no 31st this month: the month's last day
                out.append(dt.date(y, m + 1, 1) - dt.timedelta(days=1) if m < 12 else dt.date(y, 12, 31))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    return []


def missing_issues(held: list[dt.date], frequency: str) -> list[dt.date]:
    """Due dates with no issue in the archive, between the first and last issue held."""
    if not held:
        return []
    have = set(held)
    return [d for d in expected_dates(min(have), max(have), frequency) if d not in have]
