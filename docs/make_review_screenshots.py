"""Screenshots of the import preview (page text's proposed articles, doubtful boundaries marked),
as a user sees it, under Xvfb:

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/make_review_screenshots.py

Three page files are previewed: the sample page, and two labelled dev pages (a 1990s page and a
service page) as a layout program gives them. Each language runs in its own process. Writes
docs/app-<language>-<width>x<height>-import-preview.png at 1024×700 and 1600×1000.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT), str(ROOT / "docs")]
OUT = ROOT / "docs"
SIZES = ((1024, 700), (1600, 1000))
PAGES = ("nineties_12", "evening_12")


def shoot(language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from baoku.core.importing.review import review_files
    from baoku.core.paths import sample_issue
    from baoku.gui.app import install_translator
    from baoku.gui.fonts import load_bundled_fonts
    from baoku.gui.importreview import ImportReviewDialog
    from tests.pageset import load, page_path

    from make_screenshots import settle

    app = QApplication(sys.argv)
    load_bundled_fonts(app)
    install_translator(app, language)
    tmp = Path(tempfile.mkdtemp())
    files = [tmp / "泉州晚报_2024-09-11_第5版_民企会客厅.txt"]
    shutil.copy(sample_issue(), files[0])
    for name in PAGES:
        page = load(page_path(name))
        path = tmp / f"{name}.txt"
        path.write_text(page.raw, encoding="utf-8")
        sidecar = {"publication": page.meta.get("publication", "报"), "date": page.meta.get("date", "2000-01-01"),
                   "page": page.meta.get("page", "1"), "page_name": page.meta.get("page name", "")}
        path.with_suffix(".json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    pages, problems = review_files(files)
    for width, height in SIZES:
        dialog = ImportReviewDialog(pages, problems)
        dialog.resize(width, height)
        dialog.show()
        settle(app)
        dialog.next_doubt()  # as the archivist would: F8 to the first doubtful boundary
        settle(app)
        dialog.grab().save(str(OUT / f"app-{language}-{width}x{height}-import-preview.png"))
        dialog.close()


def main() -> None:
    from make_screenshots import each_language

    each_language(__file__, shoot)


if __name__ == "__main__":
    main()
