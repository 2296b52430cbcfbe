"""`baoku` with no window to open: one clear line and exit 1, never Qt's abort or a core dump."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from baoku.gui import preflight


def run_baoku(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_QPA_PLATFORM_PLUGIN_PATH")}
    return subprocess.run([sys.executable, "-m", "baoku", "--archive", str(tmp_path / "a.db")],
                          capture_output=True, text=True, env={**base, **env}, timeout=60)


def test_no_display_is_one_line_and_exit_1(tmp_path):
    r = run_baoku(tmp_path)
    assert r.returncode == 1, (r.returncode, r.stderr)  # not 134 (SIGABRT)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "baoku --help" in lines[0]
    assert not (tmp_path / "a.db").exists()  # nothing was started, nothing made


def broken_plugin(tmp_path: Path) -> Path:
    """A copy of Qt's xcb plugin that needs a library no system has: the soname it links
    against renamed in place (same length), its other libraries found as before."""
    real = preflight.plugin_dir({})
    if real is None or not (real / "libqxcb.so").is_file():
        pytest.skip("this PySide6 has no xcb platform plugin")
    folder = tmp_path / "plugins" / "platforms"
    folder.mkdir(parents=True)
    (tmp_path / "lib").symlink_to(real.parent.parent / "lib")  # the plugin's $ORIGIN/../../lib
    data = (real / "libqxcb.so").read_bytes()
    assert b"libQt6XcbQpa.so.6" in data
    (folder / "libqxcb.so").write_bytes(data.replace(b"libQt6XcbQpa.so.6", b"libQt6XcbQpZ.so.6"))
    return folder


def test_a_missing_library_is_named_with_its_package(tmp_path):
    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    folder = broken_plugin(tmp_path)
    r = run_baoku(tmp_path, DISPLAY=":97", QT_QPA_PLATFORM_PLUGIN_PATH=str(folder))
    assert r.returncode == 1, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert "libQt6XcbQpZ.so.6" in lines[0] and "apt-get install" in lines[0]


def test_an_explicit_platform_skips_the_display_check():
    assert preflight.problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert "no display" in preflight.problem({})
    assert preflight.problem({"WAYLAND_DISPLAY": "wayland-0"}) is None  # Qt's Wayland plugin, not xcb


def test_package_names_follow_debian():
    assert preflight.package_for("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert preflight.package_for("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert preflight.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert preflight.package_for("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert preflight.package_for("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert preflight.package_for("libX11-xcb.so.1") == "libx11-xcb1"
    assert preflight.package_for("libGL.so.1") == "libgl1"


def test_the_desktop_entry_installs_with_this_baoku(tmp_path):
    from baoku.desktopentry import install

    written = install(tmp_path)
    entry = (tmp_path / "applications" / "baoku.desktop").read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith("baoku") and os.path.isabs(exec_line[5:].strip('"'))
    assert "Name[zh_CN]=报库" in entry and "Icon=baoku" in entry
    assert {p.name for p in written} == {"baoku.desktop", "baoku.svg", "baoku.png"}
