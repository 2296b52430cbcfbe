"""The index's update lock (flock on the index folder's sync.lock): held by one process at a time,
waited for up to the time given, and let go by the operating system when its holder dies."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from baoku.core.errors import ArchiveUnavailable
from baoku.core.search import updatelock
from baoku.core.search.sync import LOCK_NAME, IndexFiles
from baoku.core.store import Archive

HOLD = ("import sys, time\n"
        "from pathlib import Path\n"
        "from baoku.core.search.updatelock import acquire\n"
        "lock = acquire(Path(sys.argv[1]), 5)\n"
        "print('held' if lock else 'busy', flush=True)\n"
        "time.sleep(60)\n")


def test_another_process_holds_it_until_it_dies(tmp_path):
    path = tmp_path / LOCK_NAME
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert updatelock.acquire(path, 0) is None
        t0 = time.monotonic()
        assert updatelock.acquire(path, 0.3) is None
        assert time.monotonic() - t0 >= 0.3
    finally:
        holder.kill()
        holder.wait()
    lock = updatelock.acquire(path, 2)  # a killed holder's lock is gone with it
    assert lock is not None
    lock.release()
    lock.release()  # once is enough; again does nothing


def test_one_holder_at_a_time_in_one_process_too(tmp_path):
    path = tmp_path / LOCK_NAME
    first = updatelock.acquire(path, 0)
    assert first is not None
    assert updatelock.acquire(path, 0) is None
    first.release()
    second = updatelock.acquire(path, 0)
    assert second is not None
    second.release()


def test_the_index_says_another_baoku_is_updating_it(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        files = IndexFiles(archive)
        held = files.lock()
        try:
            assert files.lock(0) is None
            with pytest.raises(ArchiveUnavailable, match="being updated by another Baoku"):
                files.lock(0.2)
        finally:
            held.release()
        files.lock(0).release()
