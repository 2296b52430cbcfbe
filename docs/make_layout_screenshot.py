"""Screenshots of the page view's 版面结构 overlay, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_layout_screenshot.py [--real PAGE.png]

Imports the layout set's page t01 (tests/layoutset.py: six columns of our own words, a kicker over
a two-line headline, a boxed story with a label and a subhead, drawn and degraded like a scan)
into a temporary archive, opens its first article on the 版面 tab with the overlay on, and writes
docs/app-zh_CN-<width>x<height>-layout.png at 1600 × 1000 and 1024 × 700. With --real, the
public-domain 1920 Evening Star page (bench/real_bench.py) is imported too and shot at 1600 × 1000
as docs/app-zh_CN-1600x1000-layout-1920.png.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "docs"))
sys.path.insert(0, str(ROOT))

from make_screenshots import settle, window_on  # noqa: E402


def main() -> None:
    from PySide6.QtCore import QItemSelectionModel

    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive
    from tests.layoutset import build, specs

    ap = argparse.ArgumentParser()
    ap.add_argument("--real", help="the 1920 Evening Star page image, imported and shot too")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    page = tmp / "闽南日报_2024-10-08_A01_要闻.png"
    page.write_bytes(build(next(s for s in specs() if s.name == "t01")).png)
    shots = [(page, "layout", ((1600, 1000), (1024, 700)))]
    if args.real:
        real = tmp / "The Evening Star_1920-11-15_第1版.png"
        real.write_bytes(Path(args.real).read_bytes())
        shots.append((real, "layout-1920", ((1600, 1000),)))
    with Archive(tmp / "archive.db") as archive:
        for path, _, _ in shots:
            report = import_paths(archive, [path])
            assert report.ok, report.outcomes[0].message
    app, window = window_on(tmp / "archive.db", tmp)
    for path, name, sizes in shots:
        for width, height in sizes:
            window.resize(width, height)
            settle(app)
            window.search.set_query("")
            settle(app)
            row = next(r for r in range(window.model.rowCount())
                       if (window.model.index(r, 1).data() or "") and _same_paper(window, r, path))
            window.table.selectionModel().setCurrentIndex(
                window.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            window.reader_tabs.setCurrentWidget(window.page_panel)
            window.list_split.setSizes([height // 6, height])  # the page, not the list, fills the window
            window.reader_split.setSizes([width, width // 5])
            settle(app)
            panel = window.page_panel
            if not panel.buttons["layout"].isChecked():
                panel.buttons["layout"].click()
            panel.view.fit("page")
            settle(app, 600)
            out = ROOT / "docs" / f"app-zh_CN-{width}x{height}-{name}.png"
            window.grab().save(str(out))
            print(out)
    window.close()


def _same_paper(window, row: int, path: Path) -> bool:
    """The row's article is from the page imported from `path` (its paper's name leads the file's)."""
    said = " ".join(str(window.model.index(row, c).data() or "") for c in range(window.model.columnCount()))
    return path.name.split("_")[0] in said


if __name__ == "__main__":
    main()
