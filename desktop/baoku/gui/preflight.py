"""Before the window: is there a display, and can Qt's platform plugin load? Qt answers neither
question kindly (it aborts, and names the wrong library), so `baoku` asks first and says in one
line what is missing. A platform chosen explicitly (QT_QPA_PLATFORM=offscreen, as the tests
run) skips the display check."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# Debian and Ubuntu package names for a library's soname where the usual rule (name, then the
# version, a dash between two digits: libxcb-icccm.so.4 -> libxcb-icccm4) does not give it.
PACKAGES = {"libglib-2.0.so.0": "libglib2.0-0", "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1",
            "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0", "libdbus-1.so.3": "libdbus-1-3",
            "libfreetype.so.6": "libfreetype6", "libfontconfig.so.1": "libfontconfig1"}


def package_for(soname: str) -> str:
    if soname in PACKAGES:
        return PACKAGES[soname]
    m = re.fullmatch(r"(lib[\w+.-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not m:
        return soname
    name, version = m.group(1), m.group(2)
    return (f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}").lower()


def plugin_dir(env: Mapping[str, str]) -> Path | None:
    """Where Qt looks for its platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH, else PySide6's own."""
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins" / "platforms"


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries `plugin` needs that the system cannot find (by ldd), in order."""
    ldd = shutil.which("ldd")
    if ldd is None or not plugin.is_file():
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = [m.group(1) for m in re.finditer(r"^\s*(\S+)\s+=>\s+not found", out, re.M)]
    return list(dict.fromkeys(found))


def problem(env: Mapping[str, str] | None = None) -> str | None:
    """One line saying why the window cannot start here, or None."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    first = re.split(r"[;:]", chosen)[0] if chosen else ""
    if not chosen and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return ("baoku: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                "run it in a desktop session, or use its commands without a window (baoku --help)")
    uses_xcb = first == "xcb" or (not chosen and bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return None
    folder = plugin_dir(env)
    missing = missing_libraries(folder / "libqxcb.so") if folder else []
    if not missing:
        return None
    packages = " ".join(dict.fromkeys(package_for(m) for m in missing))
    return (f"baoku: the window cannot start: Qt's X11 (xcb) platform needs {', '.join(missing)}, "
            f"not installed here; on Debian or Ubuntu: sudo apt-get install {packages} "
            "(the README lists every library the window needs)")
