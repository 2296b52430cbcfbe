"""OCR import benchmark: seconds per scanned broadsheet page, and Baoku's OCR beside Tesseract's.

    .venv/bin/python bench/ocr_bench.py [--pages 2] [--columns 6] [--no-tesseract]

Sets the sample page's real articles (resources/sample) as a broadsheet page, 300 dpi (4,100 px
wide, 6 columns of 9-point Ming, headlines across their story), then degrades it like a scan
(0.4° skew, blur, JPEG at quality 70). It times `import_paths` over a folder of such pages (OCR,
layout, split, store, with per-page workers), reports the CPU seconds, and measures the Han
character error against the text that was drawn. When `tesseract` with `chi_sim` is installed
(`apt-get install tesseract-ocr tesseract-ocr-chi-sim`), the same page is read by it for comparison.
Not a test: it prints numbers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import checkout  # noqa: E402

checkout.use_desktop(ROOT)  # its own code, unless PYTHONPATH names another
sys.path.insert(0, str(ROOT))

from baoku.core.importing.pagetext import parse_page_text  # noqa: E402
from baoku.core.importing.run import import_paths  # noqa: E402
from baoku.core.model import PageInfo  # noqa: E402
from baoku.core.store import Archive  # noqa: E402
from tests.scanpage import han, han_errors, han_misread, render  # noqa: E402

SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"


def sample_stories() -> list[dict]:
    page = parse_page_text(SAMPLE.read_text(encoding="utf-8"), PageInfo(1))
    return [{"headline": a.headline[:16] or "本报讯", "byline": "", "paragraphs": a.paragraphs}
            for a in page.articles if a.paragraphs]


def broadsheet(columns: int, start: int = 0, height: int = 5800) -> tuple[bytes, str, int]:
    """(JPEG bytes of a degraded broadsheet page, the text drawn on it, how many stories), the
    sample's stories taken in turn from `start`."""
    from PIL import Image

    stories = sample_stories()
    stories = stories[start % len(stories):] + stories[:start % len(stories)]
    chosen: list[dict] = []
    while True:  # as many stories as fill the page
        trial = chosen + [stories[len(chosen) % len(stories)]]
        png = render(trial, columns=columns, width=4100, size=37, noise=True)
        if Image.open(io.BytesIO(png)).height > height and chosen:
            break
        chosen, page = trial, png
    buf = io.BytesIO()
    Image.open(io.BytesIO(page)).convert("L").save(buf, format="JPEG", quality=70)
    truth = "".join(s["headline"] + s["byline"] + "".join(s["paragraphs"]) for s in chosen)
    return buf.getvalue(), truth, len(chosen)


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2)
    ap.add_argument("--columns", type=int, default=6)
    ap.add_argument("--no-tesseract", action="store_true")
    ap.add_argument("--phases", action="store_true", help="only time detection and reading of one page, in "
                    "this process on one thread")
    args = ap.parse_args()
    if args.phases:
        phases(broadsheet(args.columns)[0])
        return
    print(f"# Baoku OCR benchmark, {dt.date.today()}\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average at the start {os.getloadavg()[0]:.1f} (other work on the machine)")
    pages = [broadsheet(args.columns, start=n) for n in range(args.pages)]
    jpeg, truth, stories = pages[0]
    from PIL import Image

    w, h = Image.open(io.BytesIO(jpeg)).size
    print(f"- page: {w}×{h} px, {args.columns} columns, {len(han(truth)):,} Han characters, JPEG "
          f"{len(jpeg) / 2**20:.1f} MB, {stories} stories\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for n, (data, _, _) in enumerate(pages):
            (folder / f"样报_2024-10-{n + 1:02d}_第1版.jpg").write_bytes(data)
        c0, t0 = cpu(), time.perf_counter()
        with Archive(Path(tmp) / "bench.db") as archive:
            report = import_paths(archive, [folder])
            took, cpus = time.perf_counter() - t0, cpu() - c0
            assert report.ok, [o.message for o in report.outcomes]
            first = [archive.article(i) for i in archive.article_ids()]
            first = [r for r in first if r.date == dt.date(2024, 10, 1)]
            got = "".join(r.article.text() for r in first)
        if os.environ.get("OCR_BENCH_HEADS"):
            print("\n".join(r.article.headline for r in first))
        print(f"- articles found on the first page: {len(first)} (stories drawn: {stories}); load average at "
              f"the end {os.getloadavg()[0]:.1f}\n")
        errors = han_errors(truth, got)
        print("| reader | pages | wall s/page | CPU s/page | Han character error (in reading order) | "
              "Han characters misread (any order) |")
        print("|---|---:|---:|---:|---:|---:|")
        print(f"| Baoku import (rapidocr, layout, split, store) | {args.pages} | {took / args.pages:.1f} | "
              f"{cpus / args.pages:.1f} | {rate(errors, truth)} | {rate(han_misread(truth, got), truth)} |")
        if not args.no_tesseract and shutil.which("tesseract"):
            img = Path(tmp) / "page.jpg"
            img.write_bytes(jpeg)
            c0, t0 = cpu(), time.perf_counter()
            out = subprocess.run(["tesseract", str(img), "-", "-l", "chi_sim"], capture_output=True, text=True,
                                 check=True).stdout
            took, cpus = time.perf_counter() - t0, cpu() - c0
            errors = han_errors(truth, out)
            print(f"| Tesseract {tesseract_version()} chi_sim (text only) | 1 | {took:.1f} | {cpus:.1f} | "
                  f"{rate(errors, truth)} | {rate(han_misread(truth, out), truth)} |")


def phases(jpeg: bytes) -> None:
    """CPU seconds of each step of reading one page (ocr.reading), on one thread."""
    from PIL import Image

    from baoku.core.ocr import reading

    buf = io.BytesIO()
    Image.open(io.BytesIO(jpeg)).convert("L").save(buf, format="PNG")
    png = buf.getvalue()
    print(f"- load average {os.getloadavg()[0]:.1f}")
    c0 = time.process_time()
    reading.engine()
    c1 = time.process_time()
    _, _, boxes = reading.detect(png)
    c2 = time.process_time()
    lines = reading.read_lines(png, boxes)
    c3 = time.process_time()
    print(f"- loading the models: {c1 - c0:.1f} CPU s\n- detection: {c2 - c1:.1f} CPU s\n"
          f"- reading the lines ({len(lines)} lines): {c3 - c2:.1f} CPU s")


def rate(errors: int, truth: str) -> str:
    return f"{errors / len(han(truth)):.2%} ({errors:,} of {len(han(truth)):,})"


def tesseract_version() -> str:
    out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout.split()
    return out[1] if len(out) > 1 else ""


if __name__ == "__main__":
    main()
