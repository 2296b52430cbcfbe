"""Which checkout's code a bench runs: its own `desktop` folder, unless PYTHONPATH names another
(how a bench compares two versions of the code on the same machine, in turns)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def use_desktop(root: Path) -> None:
    """Put root/desktop on sys.path after the folders PYTHONPATH names (so they win) and before
    everything else (an installed Baoku, an editable install of another checkout)."""
    given = {os.path.abspath(p) for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p}
    at = max((i + 1 for i, p in enumerate(sys.path) if os.path.abspath(p or ".") in given), default=0)
    sys.path.insert(at, str(root / "desktop"))
