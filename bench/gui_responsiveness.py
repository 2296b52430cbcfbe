"""Does the window stay responsive during a big import? The largest gap between event-loop ticks.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_responsiveness.py [--articles 2000]

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_responsiveness.py --page 6000x9000

Opens the real main window (real thread pool) on a temporary archive, imports a JSONL feed of N
generated articles (corpus.py: real article lengths and word statistics) through the
window's import flow, and meanwhile a 5 ms timer on the main thread records how long each tick
really took to come. Prints the largest gap, the 99th percentile and the import time, then does
the same while searching. Target: largest gap ≤ 100 ms. Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT / "bench"))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
import corpus  # noqa: E402

from baoku.gui.mainwindow import MainWindow  # noqa: E402
from baoku.gui.options import Settings  # noqa: E402


def feed(path: Path, n: int) -> Path:
    rows = []
    for k, a in enumerate(corpus.articles(n)):
        rows.append({"publication": "基准日报", "date": f"2024-{1 + k // 200 % 12:02d}-{1 + k // 10 % 20:02d}",
                     "page": 1 + k % 10, "headline": a.headline, "paragraphs": a.paragraphs})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


class Ticks:
    def __init__(self, interval_ms: int = 5):
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.gaps.clear()
        self.last = time.perf_counter()
        self.timer.start()

    def report(self, label: str, seconds: float) -> None:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        p99 = gaps[int(0.99 * (len(gaps) - 1))] if gaps else 0
        print(f"| {label} | {seconds:.1f} s | {len(gaps):,} | {statistics.median(gaps):.0f} ms | "
              f"{p99:.0f} ms | {gaps[-1]:.0f} ms |")


def wait_for(app, done) -> None:
    while not done():
        app.processEvents()
        time.sleep(0.001)


def list_at_scale(app, rows: int) -> None:
    """The article list over `rows` articles (stored directly, not indexed): listing, scrolling to
    the middle and the end, sorting by headline, with the event-loop gaps while each happens."""
    from baoku.core.model import IssueInfo, PageInfo, ParsedIssue, ParsedPage
    from baoku.core.store import Archive

    tmp = Path(tempfile.mkdtemp())
    arts = corpus.articles(rows)
    with Archive(tmp / "big.db") as archive:
        day = dt.date(2000, 1, 1)
        for start in range(0, rows, 100):
            archive.save_issue(ParsedIssue(IssueInfo("基准日报", day), [ParsedPage(PageInfo(1 + k), arts[
                start + 10 * k:start + 10 * k + 10]) for k in range(10)], source="bench", source_hash=str(start)))
            day += dt.timedelta(days=1)
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    ticks = Ticks()
    ticks.start()
    t0 = time.perf_counter()
    window = MainWindow(tmp / "big.db", settings=settings, first_run_sample=False)
    window.show()
    wait_for(app, lambda: window.model.rowCount() == rows)
    ticks.report(f"opening the window on {rows:,} articles, all listed", time.perf_counter() - t0)
    for label, row in (("scrolling to the middle", rows // 2), ("scrolling to the end", rows - 1)):
        ticks.start()
        t0 = time.perf_counter()
        window.table.scrollTo(window.model.index(row, 0))
        window.table.selectRow(row)
        app.processEvents()
        ticks.report(label, time.perf_counter() - t0)
    ticks.start()
    t0 = time.perf_counter()
    first = window.model.id_at(0)
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # headline
    wait_for(app, lambda: window.model.id_at(0) != first)
    ticks.report(f"sorting {rows:,} rows by headline", time.perf_counter() - t0)
    window.close()


def page_archive(folder: Path, size: tuple[int, int], fmt: str = "jpeg") -> Path:
    """An archive holding one scanned broadsheet page of `size` pixels (a 300-dpi JPEG, as a
    scanner writes it): six columns of 'type' (dark bars the size of lines of characters), and
    its OCR lines in 20 articles with a character box each, stored as an import stores them."""
    import io

    from PIL import Image, ImageDraw

    from baoku.core.model import HEADLINE, PARAGRAPH, Article, Block, IssueInfo, PageInfo, PageScan, \
        ParsedIssue, ParsedPage, ScanLine
    from baoku.core.store import Archive

    w, h = size
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    cols, margin, gutter = 6, w // 30, w // 80
    col_w = (w - 2 * margin - (cols - 1) * gutter) // cols
    glyph = max(8, round(40 * w / 4500))  # body type of about 3.4 mm at 300 dpi
    per_line = col_w // glyph
    lines: list[ScanLine] = []
    texts = corpus.articles(20)
    y_step = int(glyph * 1.6)
    rows = (h - 2 * margin) // y_step
    k = 0
    for c in range(cols):
        x0 = margin + c * (col_w + gutter)
        for r in range(rows):
            y0 = margin + r * y_step
            article = min(19, (c * rows + r) * 20 // (cols * rows))
            body = "".join(texts[article].paragraphs) or "文"
            text = (body * 3)[k % len(body):k % len(body) + per_line].ljust(per_line, "。")
            k += per_line
            chars = [(ch, (x0 + i * glyph, y0, x0 + (i + 1) * glyph - 2, y0 + glyph), 0.97) for i, ch in enumerate(text)]
            for _, box, _ in chars:
                draw.rectangle(box, fill=40)
            lines.append(ScanLine(text, (x0, y0, x0 + per_line * glyph, y0 + glyph), 0.97, chars, article))
    # Paper grain, as a scanner sees it: without it the page compresses (and decodes) far better
    # than a real scan does.
    grain = Image.effect_noise(size, 24).point(lambda v: (v - 128) // 3 + 128)
    image = Image.blend(image, grain, 0.25).point(lambda v: min(255, v + 60) if v > 120 else v)
    buf = io.BytesIO()
    if fmt == "png":  # a grey PNG, as some scanners and archives keep their masters
        image.save(buf, format="PNG", dpi=(300, 300))
    else:
        image.convert("RGB").save(buf, format="JPEG", quality=85, dpi=(300, 300))
    arts = []
    for a in range(20):
        body = "".join(ln.text for ln in lines if ln.article == a)
        arts.append(Article(blocks=[Block(HEADLINE, texts[a].headline), Block(PARAGRAPH, body)],
                            headline=texts[a].headline))
    page = ParsedPage(PageInfo(1), arts, scan=PageScan(buf.getvalue(), f"image/{fmt}", 0, w, h, lines))
    path = folder / "page.db"
    with Archive(path) as archive:
        archive.save_issue(ParsedIssue(IssueInfo("基准日报", dt.date(2024, 5, 6)), [page], source="bench",
                                       source_hash="page-bench", importer="scan"))
    print(f"The page: {w:,} × {h:,} px, {fmt.upper()} {len(buf.getvalue()) / 1e6:.1f} MB, {len(lines):,} lines in 20 articles.\n")
    return path


def baseline_open(app, window, panel, ticks, size) -> None:
    """The baseline, in the same run: the page decoded by Pillow on the worker (the fallback for
    formats Qt cannot read, and how the window decoded every page before)."""
    from baoku.gui import pageview

    qt_reader = pageview.read_page_image
    pageview.read_page_image = lambda *args: None
    try:
        window.table.clearSelection()
        window.articles.show(None)
        app.processEvents()
        ticks.start()
        t0 = time.perf_counter()
        window.table.selectRow(5)
        wait_for(app, lambda: panel.page_id is not None and panel.view.tiles)
        app.processEvents()
        ticks.report("baseline: the same, decoded by Pillow", time.perf_counter() - t0)
    finally:
        pageview.read_page_image = qt_reader


def page_view(app, size: tuple[int, int], fmt: str = "jpeg") -> None:
    """Opening a broadsheet scan in the page view (article chosen → page shown), then panning it
    at 100% and at fit width, and zooming with the wheel, with the event-loop gaps meanwhile."""
    tmp = Path(tempfile.mkdtemp())
    path = page_archive(tmp, size, fmt)
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(path, settings=settings, first_run_sample=False)
    window.resize(1600, 1000)
    window.show()
    wait_for(app, lambda: window.model.rowCount() == 20)
    window.reader_tabs.setCurrentWidget(window.page_panel)
    panel = window.page_panel
    settle = time.perf_counter() + 1.0
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    ticks = Ticks()
    window.table.clearSelection()
    window.articles.show(None)  # nothing read: the page view is empty
    app.processEvents()
    assert panel.page_id is None and not panel.view.tiles
    for row in (3, 7):  # the first open, then another article on the same page (no reload)
        ticks.start()
        t0 = time.perf_counter()
        window.table.selectRow(row)
        wait_for(app, lambda: panel.page_id is not None and panel.view.tiles)
        app.processEvents()
        ticks.report(f"choosing an article: its {size[0]:,} × {size[1]:,} page shown" if row == 3 else
                     "choosing another article on the same page", time.perf_counter() - t0)
    baseline_open(app, window, panel, ticks, size)  # after, so any first-open cost falls on Qt's
    view = panel.view
    for mode in ("actual", "width"):
        view.fit(mode)
        app.processEvents()
        bars = (view.horizontalScrollBar(), view.verticalScrollBar())
        ticks.start()
        t0 = time.perf_counter()
        steps = 0
        for bar in bars:
            for value in range(bar.minimum(), bar.maximum(), max(1, (bar.maximum() - bar.minimum()) // 60)):
                bar.setValue(value)
                view.viewport().repaint()  # paint now, as a drag does each frame
                app.processEvents()
                steps += 1
        ticks.report(f"panning over the page at {'100%' if mode == 'actual' else 'fit width'} ({steps} frames)",
                     time.perf_counter() - t0)
    ticks.start()
    t0 = time.perf_counter()
    for factor in [1.15] * 12 + [1 / 1.15] * 24:
        view.zoom_by(factor)
        view.viewport().repaint()
        app.processEvents()
    ticks.report("zooming in and out with the wheel (36 steps)", time.perf_counter() - t0)
    window.close()


def type_query(app, window, text: str) -> None:
    """Type like a person (one character each 150 ms, committed by the input method), then wait
    for the answer to the whole text."""
    from PySide6.QtGui import QInputMethodEvent

    window.bar.edit.setFocus()
    window.bar.edit.clear()
    done = []
    window.search.searched.connect(lambda r: done.append(window.search.query))
    for ch in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(ch)
        QApplication.sendEvent(window.bar.edit, event)
        pause = time.perf_counter() + 0.15
        while time.perf_counter() < pause:
            app.processEvents()
            time.sleep(0.001)
    wait_for(app, lambda: done and done[-1] == text.strip())


def on_archive(app, path: Path, queries: list[str]) -> None:
    """The window on an existing (big) archive: opening, typing searches, importing one more issue."""
    settings = Settings(QSettings(str(path.parent / "gui-bench.ini"), QSettings.Format.IniFormat))
    ticks = Ticks()
    ticks.start()
    t0 = time.perf_counter()
    window = MainWindow(path, settings=settings, first_run_sample=False)
    window.show()
    wait_for(app, lambda: window.model.rowCount() > 0)
    n = window.model.rowCount()
    ticks.report(f"building the window and listing {n:,} articles (from before it first shows)",
                 time.perf_counter() - t0)
    for query in queries:
        ticks.start()
        t0 = time.perf_counter()
        type_query(app, window, query)
        ticks.report(f"typing 「{query}」 and its answer ({window.search.result.total:,} hits)",
                     time.perf_counter() - t0)
    source = feed(path.parent / "gui-bench-feed.jsonl", 300)
    reports = []
    window.imports.imported.connect(reports.append)
    ticks.start()
    t0 = time.perf_counter()
    window.imports.start([source], None, summary=False)
    type_query(app, window, "农民工")  # typing while the import runs
    wait_for(app, lambda: reports)
    ticks.report("importing 300 articles into it, typing a search meanwhile", time.perf_counter() - t0)
    t0 = time.perf_counter()
    window.close()
    print(f"\nQuitting took {time.perf_counter() - t0:.2f} s.")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rows", type=int, default=0, help="instead: the list over this many stored articles")
    ap.add_argument("--archive", type=Path, help="instead: open this archive (a copy is safest), type "
                    "searches, import 300 articles")
    ap.add_argument("--page", metavar="WxH", help="instead: open a scanned page of this size in the page view "
                    "(a broadsheet at 300 dpi is about 4500x6600; try 6000x9000) and pan it")
    ap.add_argument("--page-format", choices=["jpeg", "png"], default="jpeg", help="with --page: the image's format")
    args = ap.parse_args()
    app = QApplication(sys.argv)
    if args.page:
        size = tuple(int(v) for v in args.page.lower().split("x"))
        print(f"# The page view; {platform.machine()}, {os.cpu_count()} cores, Qt platform {app.platformName()}\n")
        print("| while | took | ticks | median gap | p99 gap | largest gap |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        page_view(app, size, args.page_format)
        return
    if args.archive:
        print(f"# The window on {args.archive.name}; {platform.machine()}, {os.cpu_count()} cores\n")
        print("| while | took | ticks | median gap | p99 gap | largest gap |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        on_archive(app, args.archive, ["经济", "经济 发展", "知识产权 日期:2000-01..2000-06", "“中国经济”"])
        return
    if args.rows:
        print(f"# The article list at {args.rows:,} rows; {platform.machine()}, {os.cpu_count()} cores\n")
        print("| while | took | ticks | median gap | p99 gap | largest gap |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        list_at_scale(app, args.rows)
        return
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(tmp / "bench.db", settings=settings, first_run_sample=False)
    window.show()
    source = feed(tmp / "feed.jsonl", args.articles)
    settle = time.perf_counter() + 1.0  # the first paint loads the CJK fonts: start-up, not import
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    ticks = Ticks()
    print(f"# GUI responsiveness, {args.articles:,} articles; {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, Qt platform {app.platformName()}\n")
    print("| while | took | ticks | median gap | p99 gap | largest gap |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    reports: list = []
    window.imports.imported.connect(reports.append)
    t0 = time.perf_counter()
    ticks.start()
    window.imports.start([source], None, summary=False)
    wait_for(app, lambda: reports)
    ticks.report(f"importing {args.articles:,} articles (store and index)", time.perf_counter() - t0)
    for query in ("发展", "知识产权 日期:2024-03"):
        t0 = time.perf_counter()
        ticks.start()
        type_query(app, window, query)
        ticks.report(f"typing 「{query}」 and its answer ({window.search.result.total:,} hits)",
                     time.perf_counter() - t0)
    t0 = time.perf_counter()
    window.close()
    print(f"\nQuitting took {time.perf_counter() - t0:.2f} s.")


if __name__ == "__main__":
    main()
