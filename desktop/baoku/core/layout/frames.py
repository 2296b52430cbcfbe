"""Boxes a page frames with a border that is no straight rule (a zigzag, wavy or dotted edge round
a list of the next issue's features, TOMORROW … IN THE SUNDAY STAR): the rule finder sees no run
of ink along such an edge, so the reading order and the head rules took the box's items for
stories of their own. Such a box is white enclosed by ink: the page's type, closed a little so
that the border's dots and zigzags join, leaves a hole the border's inside edge bounds. A hole
bounded by the page's rules (a story between two column rules and two cut-off rules) is no such
box: most of a box's edge stands off every rule. Nor is the white a microfilmed page's dark edges
close round: it holds the whole page. `boxed` makes what opens inside such a box (or a
picture) one article."""

from __future__ import annotations

from .blocks import FIGURE, Block, Page, box_inside
from .graphics import INK, Box

LEAST = 6.0  # a box is at least this many body sizes wide and tall
SQUARE = 0.85  # its white fills this share of its bounding box at least (a rectangle, not a maze)
OFF_RULES = 0.7  # and this share of its edge stands off the page's rules
PAGE = 0.5  # white framed over more than this share of the page is the page itself (a film's edges)


def find_frames(gray, body: float, rules: list[Box]) -> list[Box]:
    """The boxes an unruled border frames, on an upright grey page (a numpy uint8 array): each the
    white inside its border."""
    import numpy as np

    found = _holes(gray, body, LEAST)
    if not found:
        return []
    reach = max(int(body * 0.3), 2)
    ruled = np.zeros(gray.shape, np.uint8)
    near = reach + 3
    for x0, y0, x1, y1 in rules:
        ruled[max(0, y0 - near):y1 + near, max(0, x0 - near):x1 + near] = 1
    out: list[Box] = []
    for pts, box in found:
        if ruled[pts[:, 1], pts[:, 0]].mean() <= 1 - OFF_RULES:
            out.append(box)
    return out


def enclosed(gray, body: float, least: float) -> list[Box]:
    """Every white rectangle ink closes all round (rules, borders of any kind), at least `least`
    body sizes wide and tall: a ruled box's inside, a framed box's, a cell between rules."""
    return [box for _, box in _holes(gray, body, least)]


def _holes(gray, body: float, least: float) -> list:
    """The page's holes in its ink (closed a little so that a border's dots and zigzags join), at
    least `least` body sizes wide and tall: each its edge's points and its bounding box, a
    rectangle's (not a maze's) and not the page itself."""
    import cv2
    import numpy as np

    ink = (gray < INK).astype(np.uint8)
    reach = max(int(body * 0.3), 2)
    closed = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (reach, reach)))
    contours, tree = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    if tree is None:
        return []
    out = []
    for c, (_, _, _, parent) in zip(contours, tree[0]):
        if parent < 0:  # an outer edge of ink, not a hole in it
            continue
        x, y, w, h = cv2.boundingRect(c)
        if w < least * body or h < least * body or cv2.contourArea(c) < SQUARE * w * h or \
                w * h > PAGE * ink.shape[0] * ink.shape[1]:
            continue
        out.append((c[:, 0, :], (x, y, x + w, y + h)))
    return out


def boxed(page: Page, order: list[Block], groups: list) -> list:
    """A box its border frames (a list of the next issue's features) is one item, and so is a
    picture with the words drawn in it (a cartoon's labels): the articles (`articles.Group`)
    opened inside the box are one, the first's head its head (a picture's: the article holding
    the picture), and the rest of what stands in it (the other items' heads too, kept as its
    text) its body in reading order."""
    pos = {id(b): k for k, b in enumerate(order)}
    boxes = [(f, None) for f in page.graphics.frames]
    boxes += [(b.box, b) for g in groups for b in g.blocks if b.kind == FIGURE]
    for f, picture in boxes:
        slack = page.body if picture is not None else 0

        def inside(b: Block) -> bool:
            if picture is not None:
                return b is picture or b.kind != FIGURE and box_inside(b.box, f, slack)
            cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
            return f[0] <= cx <= f[2] and f[1] <= cy <= f[3]

        opened = sorted((g for g in groups if g.blocks and inside(g.blocks[0])),
                        key=lambda g: pos.get(id(g.blocks[0]), 0))
        if picture is not None:
            host = next((g for g in groups if picture in g.blocks), None)
            if host is None or not any(g is not host for g in opened) and \
                    not any(inside(b) for g in groups if g is not host for b in g.blocks):
                continue
        elif len(opened) < 2:
            continue
        else:
            host = opened[0]
        within = [b for g in groups for b in g.blocks if inside(b) and b not in host.head]
        for g in groups:
            g.head = [b for b in g.head if g is host or not inside(b)]
            g.body = [b for b in g.body if not inside(b)]
        host.body = sorted(host.body + within, key=lambda b: pos.get(id(b), 0))
        host.has_figure = any(b.kind == FIGURE for b in host.body)
        groups = [g for g in groups if g.blocks]
    return groups
