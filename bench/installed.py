"""A whole `baoku` command in a bench runs as an installed Baoku runs: with its byte-code cached.

`pip install` (and a first run) leaves each module's byte-code beside it, so a user's command
loads compiled modules. A shell that sets PYTHONDONTWRITEBYTECODE (some containers and CI images
do) would make every timed command compile the modules it changed again (~60 ms for `baoku
import`), which no user pays. So the benches compile the package once and run their commands
without that variable."""

from __future__ import annotations

import compileall
import os
from pathlib import Path


def command_env(code: str | Path | None = None, **extra: str) -> dict[str, str]:
    """The environment for a timed `baoku` command; `code` is the folder holding the `baoku`
    package (default: the one this interpreter imports), compiled here first."""
    if code is None:
        import baoku

        code = Path(baoku.__file__).resolve().parents[1]
    compileall.compile_dir(str(Path(code) / "baoku"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env
