"""`baoku` with no command (the window) and `baoku install-desktop`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import esc, out


def add_parsers(sub) -> None:
    sub.add_parser("install-desktop", help="add Baoku to this user's application menu (entry and icon)",
                   description="Write baoku.desktop and the icon under ~/.local/share (or $XDG_DATA_HOME), "
                   "pointing at this installation's baoku.")


def cmd_install_desktop(args: argparse.Namespace, archive_path: Path) -> int:
    from ..desktopentry import install

    for path in install():
        out.print(f"wrote {esc(str(path))}")
    out.print("Baoku is in the application menu (Office); some desktops show it after logging in again")
    return 0


def open_gui(archive_path: Path, parser: argparse.ArgumentParser) -> int:
    from ..gui.app import run

    return run(archive_path)


COMMANDS = {"install-desktop": cmd_install_desktop}
