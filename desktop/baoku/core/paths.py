"""Where things live: the default archive, the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

from .address import ServerAddress, archive_address

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # desktop/baoku
PROJECT_DIR = PACKAGE_DIR.parent.parent  # the checkout: desktop/, resources/, tests/ ...


def resources_dir() -> Path:
    env = os.environ.get("BAOKU_RESOURCES")
    return Path(env) if env else PROJECT_DIR / "resources"


def sample_issue() -> Path:
    return resources_dir() / "sample" / "000_a63266adadd608e6.txt"


def default_archive() -> Path | ServerAddress:
    """$BAOKU_ARCHIVE (a file, or a server archive's postgresql:// address), else archive.db in the
    checkout (when run from one), else the user data dir."""
    env = os.environ.get("BAOKU_ARCHIVE")
    if env:
        return archive_address(env)
    if (PROJECT_DIR / "pyproject.toml").is_file() and os.access(PROJECT_DIR, os.W_OK):
        return PROJECT_DIR / "archive.db"
    import platformdirs  # (only here: every command imports this module, few need the data dir)

    return platformdirs.user_data_path("baoku", appauthor=False) / "archive.db"
