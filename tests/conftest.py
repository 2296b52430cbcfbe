"""Shared fixtures. Tests use only what the repository ships (resources/), never ../shared."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

# With no display, Qt would abort the whole run in the first window test: the tests then draw
# offscreen, as CI does (a display that exists is used as it is).
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest

from baoku.core.model import PageInfo
from baoku.core.paths import resources_dir
from baoku.core.store import Archive

SAMPLE_DIR = resources_dir() / "sample"
SAMPLE_TXT = SAMPLE_DIR / "000_a63266adadd608e6.txt"
SAMPLE_PAGE = PageInfo(5, "民企会客厅")


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_TXT.read_text(encoding="utf-8")


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """The sample page and its sidecar, copied into a temporary folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for f in SAMPLE_DIR.glob("000_a63266adadd608e6.*"):
        shutil.copy(f, folder / f.name)
    return folder / SAMPLE_TXT.name


@pytest.fixture
def archive_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


@pytest.fixture
def archive(archive_path: Path):
    with Archive(archive_path) as a:
        yield a


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
