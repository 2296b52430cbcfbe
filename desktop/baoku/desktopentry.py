"""`baoku install-desktop`: put Baoku in this user's application menu (freedesktop.org entries)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .core.paths import resources_dir


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def command() -> str:
    """The `baoku` this Python runs, by its absolute path: a menu does not see a venv's PATH."""
    here = Path(sys.executable).parent / "baoku"
    found = shutil.which("baoku")
    return str(here if here.is_file() else Path(found).resolve() if found else here)


def install(home: Path | None = None) -> list[Path]:
    """Write the menu entry and the icon; returns the files written."""
    home = home or data_home()
    entry = (resources_dir() / "baoku.desktop").read_text(encoding="utf-8")
    exec_line = f"Exec={_quoted(command())}"
    entry = "\n".join(exec_line if line.startswith("Exec=") else line for line in entry.splitlines()) + "\n"
    apps = home / "applications"
    icons = home / "icons" / "hicolor"
    written = []
    for path, data in ((apps / "baoku.desktop", entry.encode("utf-8")),
                       (icons / "scalable" / "apps" / "baoku.svg", (resources_dir() / "icons" / "baoku.svg").read_bytes()),
                       (icons / "256x256" / "apps" / "baoku.png", (resources_dir() / "icons" / "baoku-256.png").read_bytes())):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        written.append(path)
    return written


def _quoted(arg: str) -> str:
    """Quoting for an Exec= key (the Desktop Entry spec's rules)."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
