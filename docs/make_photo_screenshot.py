"""A scanned page's article with its photo, in the reader pane and in a PDF, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_photo_screenshot.py [SPEC [WxH]]

Imports the layout set's page t16 (tests/layoutset.py: six columns, photos set inside stories'
text with captions under them) into a temporary archive, opens the first article with a photo
that has a caption on the reader tab, and writes docs/app-zh_CN-WxH-scan-photo.png (1024x700 unless given); then
follows the photo's link (版面上的位置) to the 版面 tab, where the photo and its caption are marked on the page,
and writes docs/app-zh_CN-WxH-scan-photo-page.png. The article exported as PDF is written to
/tmp/scan-photo.pdf (render it with pdftoppm to look).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "docs"))
sys.path.insert(0, str(ROOT))

from make_screenshots import settle, window_on  # noqa: E402


def main() -> None:
    from PySide6.QtCore import QItemSelectionModel, QUrl

    from baoku.core.export import export_pdf
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive
    from tests.layoutset import build, specs

    name = sys.argv[1] if len(sys.argv) > 1 else "t16"
    tmp = Path(tempfile.mkdtemp())
    page = tmp / "闽南日报_2024-10-08_A01_要闻.png"
    page.write_bytes(build(next(s for s in specs() if s.name == name)).png)
    with Archive(tmp / "archive.db") as archive:
        report = import_paths(archive, [page])
        assert report.ok, report.outcomes[0].message
        ids = archive.page_article_ids(archive.pages()[0]["id"])
        with_photo = [aid for aid in ids if any(p.data and p.caption for p in archive.article(aid).article.photos)]
        print(f"{len(ids)} articles, {len(with_photo)} with a captioned photo:",
              [(aid, archive.article(aid).article.headline, [(p.caption, p.credit, p.box)
                                                             for p in archive.article(aid).article.photos])
               for aid in ids if archive.article(aid).article.photos])
        target = with_photo[0]
        shown = next(k for k, p in enumerate(archive.article(target).article.photos) if p.data and p.caption)
        export_pdf(archive, [target], Path("/tmp/scan-photo.pdf"))
        headline = archive.article(target).article.headline
    app, window = window_on(tmp / "archive.db", tmp)
    width, height = (int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1024x700").split("x"))
    window.resize(width, height)
    settle(app)
    window.search.set_query("")
    settle(app)
    row = next(r for r in range(window.model.rowCount())
               if headline and headline in " ".join(str(window.model.index(r, c).data() or "")
                                                     for c in range(window.model.columnCount())))
    window.table.selectionModel().setCurrentIndex(
        window.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    window.list_split.setSizes([height // 5, height])
    settle(app, 600)
    out = ROOT / "docs" / f"app-zh_CN-{width}x{height}-scan-photo.png"
    window.grab().save(str(out))
    print(out)
    window.reader.view.anchorClicked.emit(QUrl(f"place:{shown}"))  # the photo's link: its place on the page
    settle(app, 600)
    out = ROOT / "docs" / f"app-zh_CN-{width}x{height}-scan-photo-page.png"
    window.grab().save(str(out))
    print(out)
    window.close()


if __name__ == "__main__":
    main()
