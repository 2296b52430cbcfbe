"""The `baoku` command's entry point. Loading the command's modules takes a second or more (Qt,
numpy, the search engines); Ctrl+C in that second ends the command as Ctrl+C ends it once it runs
(`cli.main`): one line and exit status 130, never a traceback. Nothing else is imported here
before the command's modules, so the window between starting and being ready is covered whole."""

from __future__ import annotations

import sys


def main() -> int:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("baoku: interrupted before it started; nothing was done\n")
        return 130
    return run()
