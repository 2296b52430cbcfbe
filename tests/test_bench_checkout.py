"""A bench compares two versions of the code in turns by being run with the other checkout's
`desktop` on PYTHONPATH (bench/server_import.py's docstring): that folder's Baoku must be the one
imported, not the bench's own checkout's (issue-46d: search_bench put its own first, so every
"main" run of server_import.py compared the branch with itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_bench_imports_the_baoku_pythonpath_names(tmp_path):
    (tmp_path / "baoku").symlink_to(ROOT / "desktop" / "baoku")
    code = ("import sys; sys.path.insert(0, 'bench'); import corpus, search_bench, server_bench; "
            "import baoku.core.search.server as s; print(s.__file__)")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith(str(tmp_path)), out.stdout
