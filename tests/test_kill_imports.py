"""Runs the crash script (tests/kill_imports.py) with a few kills; the full run uses 50."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("kill_imports.py")


def test_imports_killed_at_random_leave_a_sound_archive():
    r = subprocess.run([sys.executable, str(SCRIPT), "--kills", "4", "--seed", "3"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok: check clean, every issue complete, search equals a fresh index" in r.stdout
