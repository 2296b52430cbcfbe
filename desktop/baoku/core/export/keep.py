"""Keep-with-next: an article's heads (or a subheading) never end a page or column alone.

ReportLab's own keepWithNext keeps a head with the *whole* next flowable, so a long first paragraph
would push the head a page on, and anything not marked (the rule under the source line) breaks the
chain. Here the story is regrouped: each run of heads (flowables marked `keep_heads`: the article
mark, kicker, headline, source line, the rule under it, a subheading) with what follows, and the
group asks for room for the heads *and the first two lines* of the body (all of it if the body
cannot be split). Where that room is missing the group moves to the next frame whole; where it is
there, the heads are set and the body goes on splitting line by line.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from .flowables import TextBlock

MIN_LINES = 2  # body lines a head needs below it in the same frame


def heads_kept(story: list) -> list:
    """The story with every run of heads grouped with the flowable after it."""
    out: list = []
    run: list = []
    for f in story:
        if getattr(f, "keep_heads", False):
            run.append(f)
            continue
        if run:
            out.append(KeepHeads(run, f))
            run = []
        else:
            out.append(f)
    if run:
        out.extend(run)
    return out


class KeepHeads(Flowable):
    """Heads and the flowable they introduce, split only below the body's first lines."""

    def __init__(self, heads: list, body):
        super().__init__()
        self.heads = heads
        self.body = body
        self.spaceBefore = getattr(heads[0], "spaceBefore", 0)
        self.spaceAfter = getattr(body, "spaceAfter", 0)

    def _parts(self) -> list:
        return [*self.heads, self.body]

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self._sizes = []
        self._widths: list[float] = []
        total = 0.0
        parts = self._parts()
        canv, frame = getattr(self, "canv", None), getattr(self, "_frame", None)
        for n, f in enumerate(parts):
            if canv is not None:  # as the frame gives them to what it sets (KeepTogether needs it)
                f.canv, f._frame = canv, frame
            w, h = f.wrap(avail_width, avail_height)
            self._widths.append(w)
            before = getattr(f, "spaceBefore", 0) if n else 0
            after = getattr(f, "spaceAfter", 0) if n < len(parts) - 1 else 0
            self._sizes.append((before, h, after))
            total += before + h + after
        self.height = total
        return self.width, self.height

    def _needed(self, avail_width: float, avail_height: float) -> float:
        """Height of the heads plus the body's first lines, or the whole body when it cannot be
        split that way."""
        self.wrap(avail_width, avail_height)
        heads = sum(b + h + a for b, h, a in self._sizes[:-1])
        before, h, _ = self._sizes[-1]
        body = self.body
        if isinstance(body, TextBlock):
            lines = body.lines(avail_width)
            if len(lines) > MIN_LINES + 1:  # splittable: two lines here, two or more later
                h = MIN_LINES * body.style.leading
        return heads + before + h

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if self._needed(avail_width, avail_height) > avail_height + 1e-6 and not at_top:
            return []  # the next frame: heads and first lines go together
        return self._parts()

    def draw(self):  # the group fitted whole: set its parts one under the other
        y = self.height
        for (before, h, after), w, f in zip(self._sizes, self._widths, self._parts()):
            y -= before + h
            f.drawOn(self.canv, 0, y, _sW=self.width - w)
            y -= after
