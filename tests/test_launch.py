"""Ctrl+C while `baoku` is still loading its modules: one line and exit status 130, no traceback
(a newcomer pressing Ctrl+C in the first second of an import saw a traceback through the
importers' modules)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A Ctrl+C arriving while the command's modules load: raised from the first import of `baoku.cli`.
INTERRUPTED_LOADING = """
import builtins, sys
real = builtins.__import__
def interrupted(name, globals=None, locals=None, fromlist=(), level=0):
    if name in ("cli", "baoku.cli") or (level and name == "" and "cli" in (fromlist or ())):
        raise KeyboardInterrupt
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = interrupted
from baoku.launch import main
sys.exit(main())
"""


def test_the_command_is_the_launcher_that_loads_the_cli_itself():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["baoku"] == "baoku.launch:main"
    r = subprocess.run([sys.executable, "-c", "import sys, baoku.launch; print('baoku.cli' in sys.modules)"],
                       capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr


def test_ctrl_c_while_the_modules_load_is_one_line_and_status_130():
    r = subprocess.run([sys.executable, "-c", INTERRUPTED_LOADING], capture_output=True, text=True, timeout=60)
    assert r.returncode == 130, r.stderr
    assert "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines() == ["baoku: interrupted before it started; nothing was done"]
