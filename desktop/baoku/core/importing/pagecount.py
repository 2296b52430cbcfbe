"""How many page-text files a batch holds: a batch of at least MIN_BATCH starts the split's worker
processes (importing.splitworker); a smaller one is split here."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# Page-text files a batch has at least for the split's worker processes to start (with its first):
# about as many as are stored while a worker loads (a third of a second), so a smaller batch would
# be over before they helped.
MIN_BATCH = 50


def page_text_files(paths: Iterable[Path], enough: int = MIN_BATCH) -> int:
    """How many page-text files `paths` hold (files, folders and ZIPs), counted up to `enough`."""
    import zipfile

    n = 0
    for p in paths:
        try:
            if p.is_dir():
                n += sum(1 for _, f in zip(range(enough - n), (f for f in p.rglob("*.txt") if f.is_file())))
            elif p.suffix.lower() == ".zip" and zipfile.is_zipfile(p):
                with zipfile.ZipFile(p) as zf:
                    n += sum(1 for name in zf.namelist() if name.lower().endswith(".txt"))
            else:
                n += p.suffix.lower() == ".txt"
        except (OSError, zipfile.BadZipFile):
            continue
        if n >= enough:
            break
    return n
