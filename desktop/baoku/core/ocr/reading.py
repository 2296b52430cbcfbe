"""Reading pages with rapidocr, spread over the cores: the detector finds each page's lines, and
the recogniser reads them in chunks, each chunk in whichever worker process is free, so one page
is read on every core and many pages keep every core busy.

Three things are done differently from rapidocr's own pipeline:

- The detector looks at the page at most 2,000 px on its long side (it finds lines well there, and
  its time grows with the pixels), and again larger when the lines it found stand under 20 px
  tall there: an old 125-dpi page's small type, shrunk, runs its columns together across the
  narrow gutters (read at 2,000 px the 1920 Evening Star gave 80% of its words right, at its own
  3,736 px 88%).
- The recogniser reads each line cut from the page at its own resolution, not from the shrunk
  page: small type keeps its strokes.
- Where ink of text size stands outside every box the detector found (a headline in big type
  beside busy columns, given no box at all), it looks again at a crop there alone (ocr.unboxed).

Each worker runs onnxruntime on one thread: on these two cores, its two threads for one page
spent 31 CPU-s where one spent 19 for the same lines of a 300-dpi broadsheet.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from .columns import merged, parted, upright_reads
from .page import OcrChar, OcrLine, OcrPage
from .unboxed import looked_again

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

VERSION = 6  # how pages are read (1: rapidocr's own pipeline on the page shrunk to 2,000 px; 2: the
# lines read at the page's own resolution; 3: a speckled page's detector sees it with the specks cleared;
# 4: a vertical column read upright too, cell by cell, the two reads made one: ocr.columns;
# 5: a box of vertical columns side by side parted into its columns, ocr.columns.parted;
# 6: the detector looks again, on a crop, where ink of text size stands outside every box: ocr.unboxed)
DET_SIDE = 2000  # px: the detector first sees the page at most this long
DET_LINE = 20  # px: lines shorter than this there send it back to look again larger
CHUNK = 24  # lines the recogniser reads in one go in one worker (at least)

class SharedPool:
    """Worker processes kept for a whole batch of files (see `batch`), so that each file does not
    start its own and load the models again (a second or two a file)."""

    def __init__(self):
        self._pool: ProcessPoolExecutor | None = None
        self._workers = 0

    def pool(self, workers: int) -> ProcessPoolExecutor:
        if self._pool is None or self._workers != workers:
            from concurrent.futures import ProcessPoolExecutor  # (multiprocessing: only when pages are read)

            self.close()
            self._pool, self._workers = ProcessPoolExecutor(max_workers=workers), workers
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_shared: ContextVar[SharedPool | None] = ContextVar("baoku_ocr_pool", default=None)


@contextmanager
def batch():
    """Read every page of a batch (an import of many files) on the same worker processes; they are
    started when the first page needs them, and stopped when the batch ends. Inside a batch that is
    already open, that one's workers read this one's pages too."""
    outer = _shared.get()
    if outer is not None:
        yield outer
        return
    shared = SharedPool()
    token = _shared.set(shared)
    try:
        yield shared
    finally:
        _shared.reset(token)
        shared.close()


_engine = None
_image: tuple[int, object] | None = None  # the page a worker last decoded: (key, RGB array)


def engine():
    """This process's rapidocr, on one thread. The detector keeps up to 20,000 boxes (at its
    default 1,000 a dense broadsheet was read only in part)."""
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR

        _engine = RapidOCR(params={"Global.log_level": "critical", "Det.max_candidates": 20000,
                                   "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                                   "EngineConfig.onnxruntime.inter_op_num_threads": 1})
    return _engine


def _decoded(png: bytes):
    global _image
    import numpy as np
    from PIL import Image

    key = hash(png)
    if _image is None or _image[0] != key:
        _image = (key, np.asarray(Image.open(io.BytesIO(png)).convert("RGB")))
    return _image[1]


SPECKLED = 0.005  # a page with this share of its paper in lone dark specks is noisy


def speckled(image) -> bool:
    """Lone dark pixels (none or one dark neighbour) over this share of the paper: the noise of a
    poor scan or a fax. Type's strokes are never that thin: a clean page has under a tenth as many."""
    import cv2
    import numpy as np

    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    dark = (gray < 128).astype(np.uint8)
    near = cv2.boxFilter(dark, -1, (3, 3), normalize=False)
    paper = max(int((gray > 200).sum()), 1)
    return int(((dark == 1) & (near <= 2)).sum()) > SPECKLED * paper


def detect(png: bytes) -> tuple[int, int, list]:
    """A page's size and its lines' boxes (four corners each, in the page's pixels). On a speckled
    page the detector looks at it through a 3-pixel median: the specks in the gutters otherwise
    join the lines of four or five columns into one box, which the recogniser reads squeezed,
    dropping characters (the lines themselves are still read from the page as it is). Ink left
    outside every box is looked at again, crop by crop (ocr.unboxed)."""
    import cv2
    import numpy as np

    ocr = engine()
    image = _decoded(png)
    if speckled(image):
        image = cv2.medianBlur(image, 3)
    h, w = image.shape[:2]
    side = min(DET_SIDE, max(h, w))
    boxes = _boxes(ocr, image, side)
    if len(boxes) and side < max(h, w):
        tall = float(np.median([b[:, 1].max() - b[:, 1].min() for b in boxes])) * side / max(h, w)
        wanted = min(max(h, w), int(side * DET_LINE / max(tall, 1)))
        if wanted > 1.2 * side:
            boxes = _boxes(ocr, image, wanted)
    page = _decoded(png)  # (columns are parted on the page as it is)
    parts = [part for b in boxes for part in parted(page, b.tolist())]
    more = looked_again(lambda crop: _crop_boxes(ocr, crop), image, boxes, parts)  # (a column a
    # box held only in part is the box's once parted: no unread ink)
    return w, h, parts + [part for b in more for part in parted(page, b.tolist())]


def _crop_boxes(ocr, crop):
    """The boxes the detector finds in a crop of the page, seen at the page's own resolution
    (rapidocr would enlarge a small image to 736 px on its short side: four times the work)."""
    det = ocr.text_det
    was = det.limit_type, det.limit_side_len
    det.limit_type, det.limit_side_len = "max", max(crop.shape[:2])
    try:
        return _boxes(ocr, crop, max(crop.shape[:2]))
    finally:
        det.limit_type, det.limit_side_len = was


def _boxes(ocr, image, side: int):
    ocr.max_side_len = ocr.cfg.Global.max_side_len = side
    found = ocr(image, use_det=True, use_cls=False, use_rec=False)
    return [] if getattr(found, "boxes", None) is None else list(found.boxes)


def read_lines(png: bytes, boxes: list) -> list[OcrLine | None]:
    """The lines in `boxes`, each cut from the page at its own resolution and read, with its
    characters' boxes; None for a box that reads as nothing (or below rapidocr's 0.5 score). A
    vertical column is read twice, turned (rapidocr's way) and upright cell by cell (ocr.columns),
    and the two reads made one."""
    import copy

    import numpy as np
    from rapidocr.ch_ppocr_rec.typings import TextRecInput
    from rapidocr.utils.process_img import get_rotate_crop_image

    if not boxes:
        return []
    ocr = engine()
    image = _decoded(png)
    quads = np.array(boxes, dtype=np.float32)
    crops = [get_rotate_crop_image(image, copy.deepcopy(q)) for q in quads]
    crops = ocr._load_cls_model()(crops).img_list
    rec = ocr._load_rec_model()(TextRecInput(img=crops, return_word_box=True))
    rec = ocr.cal_rec_boxes(crops, quads, rec, False)
    out: list[OcrLine | None] = []
    least = ocr.cfg.Global.text_score
    for quad, text, score, words in zip(quads, rec.txts, rec.scores, rec.word_results or [()] * len(quads)):
        if not text.strip() or score < least:
            out.append(None)
            continue
        out.append(OcrLine(text, _box(quad), float(score),
                           [OcrChar(t, _box(b), float(c)) for t, c, b in words or () if b is not None]))
    for k, line in upright_reads(ocr, image, quads).items():
        if out[k] is not None or line.confidence >= least:
            out[k] = merged(line, out[k])
    return out


def _box(points) -> tuple[int, int, int, int]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys))


def _chunks(n: int, workers: int) -> list[tuple[int, int]]:
    size = max(CHUNK, -(-n // (2 * workers)))
    return [(a, min(n, a + size)) for a in range(0, n, size)]


def read_pages(pages: list[bytes], done: Callable[[int, float], None], workers: int | None = None) -> list[OcrPage]:
    """Every page read, on `workers` processes (one per core). `done(page, share)` hears each
    page's progress as its chunks come back (share 1.0 when the page is read), and may raise to
    stop: what is under way is then dropped."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        out = []
        for k, png in enumerate(pages):
            w, h, boxes = detect(png)
            lines = [ln for ln in read_lines(png, boxes) if ln is not None]
            out.append(OcrPage(w, h, lines))
            done(k, 1.0)
        return out
    results: dict[int, dict] = {}
    shared = _shared.get()
    if shared is None:
        from concurrent.futures import ProcessPoolExecutor
    pool = shared.pool(workers) if shared is not None else ProcessPoolExecutor(max_workers=workers)
    try:
        running: dict[Future, tuple] = {}
        ahead = 0

        def start_next() -> None:
            nonlocal ahead
            if ahead < len(pages):
                running[pool.submit(detect, pages[ahead])] = ("det", ahead)
                ahead += 1

        for _ in range(min(workers, len(pages))):
            start_next()
        while running:
            finished, _ = wait(list(running), return_when=FIRST_COMPLETED)
            for fut in finished:
                kind, k, *rest = running.pop(fut)
                if kind == "det":
                    w, h, boxes = fut.result()
                    parts = _chunks(len(boxes), workers)
                    results[k] = {"size": (w, h), "lines": [None] * len(boxes), "left": len(parts)}
                    for a, b in parts:
                        running[pool.submit(read_lines, pages[k], boxes[a:b])] = ("rec", k, a, b)
                    if not parts:
                        done(k, 1.0)
                    start_next()
                else:
                    a, b = rest
                    page = results[k]
                    page["lines"][a:b] = fut.result()
                    page["left"] -= 1
                    parts = len(_chunks(len(page["lines"]), workers))
                    done(k, 1.0 - page["left"] / parts)
    except BaseException:
        if shared is not None:  # what is under way is dropped with the pool
            shared.close()
        raise
    finally:
        if shared is None:
            pool.shutdown(wait=True, cancel_futures=True)
    return [OcrPage(*results[k]["size"], [ln for ln in results[k]["lines"] if ln is not None])
            for k in range(len(pages))]
