"""When and by whom a change is made: the stamps every write records."""

from __future__ import annotations

import datetime as dt
import getpass


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")



def user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return ""

