"""Take the README's screenshot of the window on a server archive, with another user's import
appearing in it live, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_server_screenshot.py

A throwaway PostgreSQL server (tests/pgserver.py: Debian's postgresql binaries) holds the sample
issue (2024-09-11). The window opens on it; then `baoku import` in another process (another user)
stores a copy dated 2024-09-13, and the window shows it by itself: the new issue in the tree, its
articles in the list, the status bar saying so. Writes docs/app-zh_CN-<width>x<height>-server.png
at 1024×700 and 1600×1000.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs"
SIZES = ((1024, 700), (1600, 1000))


def settle(app, ms: int = 300) -> None:
    import time

    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def until(app, done, seconds: float = 20) -> None:
    import time

    end = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > end:
            raise SystemExit("the window did not show the other user's import in time")
        app.processEvents()
        time.sleep(0.02)


def baoku(*argv: str) -> None:
    """`baoku …` as another user would run it: a process of its own."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    subprocess.run([sys.executable, "-m", "baoku", *argv], check=True, env=env, stdout=subprocess.DEVNULL)


def shoot(address: str, width: int, height: int, tmp: Path) -> Path:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from baoku.core.address import ServerAddress
    from baoku.core.paths import sample_issue
    from baoku.gui.app import install_translator
    from baoku.gui.fonts import load_bundled_fonts
    from baoku.gui.mainwindow import MainWindow
    from baoku.gui.options import Settings

    app = QApplication.instance() or QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, "zh_CN")
    settings = Settings(QSettings(str(tmp / f"settings-{width}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ServerAddress(address), settings=settings)  # worker threads, as the app runs
    window.resize(width, height)
    window.show()
    until(app, lambda: window.session.listener.listening and window.model.rowCount() > 0)
    settle(app, 500)
    before = window.model.rowCount()

    later = tmp / f"later-{width}"
    later.mkdir()
    shutil.copy(sample_issue(), later / "p.txt")
    meta = json.loads(sample_issue().with_suffix(".json").read_text(encoding="utf-8"))
    (later / "p.json").write_text(json.dumps(dict(meta, date="2024-09-13")),
                                  encoding="utf-8")
    baoku("--archive", address, "import", "--allow-duplicates", str(later / "p.txt"))  # the other user

    until(app, lambda: window.model.rowCount() > before)  # nothing done in the window meanwhile
    settle(app, 600)
    window.tree.expandAll()
    window.table.selectRow(window.model.rowCount() - 1)
    settle(app, 800)
    path = OUT / f"app-zh_CN-{width}x{height}-server.png"
    window.grab().save(str(path))
    window.close()
    return path


def main() -> None:
    from tests import pgserver

    server = pgserver.start()
    tmp = Path(tempfile.mkdtemp())
    try:
        for width, height in SIZES:
            address = server.create_database(f"shot_{width}")
            baoku("--archive", address, "import", str(ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"))
            print(shoot(address, width, height, tmp))
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    os._exit(0)  # as the app does: nothing left to tear down


if __name__ == "__main__":
    main()
