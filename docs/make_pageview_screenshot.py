"""Screenshots of the page view, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_pageview_screenshot.py

Imports the OCR benchmark's broadsheet page (bench/ocr_bench.py: the sample's real articles set in
six columns at 300 dpi, degraded like a scan) into a temporary archive, searches 知识产权, opens the
first hit on the 版面 tab and writes docs/app-zh_CN-<width>x<height>-pageview.png. Then exports
the article with its facsimile (page 1 rendered by pdftoppm as docs/export-facsimile.png), corrects
two lines (undoing one) and writes the proofreading dialog, docs/app-zh_CN-proofreading.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from make_screenshots import settle, window_on  # noqa: E402


def main() -> None:
    from PySide6.QtCore import QItemSelectionModel

    import ocr_bench
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive

    tmp = Path(tempfile.mkdtemp())
    page = tmp / "样报_2024-10-01_第1版.jpg"
    page.write_bytes(ocr_bench.broadsheet(6)[0])
    with Archive(tmp / "archive.db") as archive:
        assert import_paths(archive, [page]).ok
    app, window = window_on(tmp / "archive.db", tmp)
    for width, height in ((1600, 1000), (1024, 700)):
        window.resize(width, height)
        settle(app)
        window.search.set_query("知识产权")
        settle(app)
        sel = window.table.selectionModel()
        sel.setCurrentIndex(window.model.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows)
        window.reader_tabs.setCurrentWidget(window.page_panel)
        settle(app)
        window.page_panel.view.fit("width")
        window.step(1)
        settle(app, 600)
        window.grab().save(str(ROOT / "docs" / f"app-zh_CN-{width}x{height}-pageview.png"))
    facsimile_page(tmp, window.reader.record.id)  # before the demonstration edits below
    proofreading(app, window)
    window.close()


def proofreading(app, window) -> None:
    """Two lines of the article corrected from the page (the second undone), then the dialog."""
    pages = window.pages
    lines = [ln for ln in window.page_panel.view.lines if ln["article_id"] == window.reader.record.id]
    for ln, change in ((lines[2], ("，", "、")), (lines[4], ("。", "．"))):
        old, new = change if change[0] in ln["text"] else (ln["text"][-1], ln["text"][-1] + "〇")
        pages.correct_line(ln["id"], ln["text"].replace(old, new, 1))
        settle(app)
    pages.open_proof()
    settle(app)
    proof = pages.proof
    proof.history.selectRow(0)
    proof.undo.click()
    settle(app)
    proof.blocks.setCurrentRow(2)
    proof.resize(1000, 640)
    settle(app, 400)
    proof.grab().save(str(ROOT / "docs" / "app-zh_CN-proofreading.png"))
    proof.close()


def facsimile_page(tmp: Path, article_id: int) -> None:
    import subprocess

    from baoku.core.export import ExportOptions, export_pdf
    from baoku.core.store import Archive

    out = tmp / "facsimile.pdf"
    with Archive(tmp / "archive.db") as archive:
        export_pdf(archive, [article_id], out, ExportOptions(facsimile=True))
    subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile", str(out),
                    str(ROOT / "docs" / "export-facsimile")], check=True)


if __name__ == "__main__":
    main()
