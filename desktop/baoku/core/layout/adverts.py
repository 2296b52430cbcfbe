"""Advertisements and classified notices on a Chinese page.

- **An advertisement** is a box ruled all round (its border straight rules, read by `graphics`)
  whose words say it sells: the mark 广告 on a line of its own, or a telephone number
  (电话：, 热线：… and seven digits or more) with an address (地址：), and no news in it (no
  dateline or reporter's credit, no notice's title). Whatever stands inside it is one article,
  its display words the head (the mark a label over them), the rest its text in reading order,
  marked `model.ADVERTISEMENT` (`Group.advert`); nothing inside it goes to a story outside,
  nothing outside comes in. Read apart, an advertisement was the mark alone, its display words
  with its offers, and its telephone lines, or glued to the story over it.
- **A notice's title** (遗失声明, 注销公告, 招聘启事 …: a short line of the notice words, set a
  little bigger than the notices' small type and centred over the notice under it) opens an
  article: a block of classified notices (分类广告) is as many articles as it holds notices, as
  an editor searching 遗失声明 wants the one notice, not the block of strangers' notices round it.
"""

from __future__ import annotations

import re

from .blocks import DISPLAY, FIGURE, TEXT, TITLE, Block, Page
from .graphics import Box
from .pieces import Group
from .tables import line_rows

AD_MARK = re.compile(r"^[（(【\[〔]?广\s*告[)）】\]〕]?$")
CONTACT = re.compile(r"(电话|热线|咨询|手机|专线)[^：:]{0,3}[：:]\s*[0-9０-９][0-9０-９\-－—()（） ]{6,}")
ADDRESS = re.compile(r"地址[：:]")
NEWS = re.compile(r"本报讯|本报记者|记者|通讯员|新华社|中新社|[0-9０-９一二三四五六七八九十]日电")
NOTICE_TITLE = re.compile(r"^.{0,8}(声明|公告|启事|通告|告示|公示|通知)$")
LEAST = 4.0  # a box is at least this many body sizes wide and tall


def ruled_boxes(graphics, body: float, width: int, height: int) -> list[Box]:
    """The boxes straight rules close all round, on an upright page: each the white inside its
    border (a rule standing free inside it, as an advertisement's over its telephone lines, does
    not part it)."""
    import cv2
    import numpy as np

    g = graphics
    if not g.hrules or not g.vrules:
        return []
    width = max([int(width)] + [int(r[2]) for r in g.hrules])
    height = max([int(height)] + [int(r[3]) for r in g.vrules])
    mask = np.zeros((height + 2, width + 2), np.uint8)
    reach = max(int(body * 0.25), 2)  # a rule's end a few pixels short of the one it meets
    for x0, y0, x1, y1 in g.hrules:
        mask[max(0, int(y0)):int(y1) + 1, max(0, int(x0) - reach):int(x1) + reach + 1] = 1
    for x0, y0, x1, y1 in g.vrules:
        mask[max(0, int(y0) - reach):int(y1) + reach + 1, max(0, int(x0)):int(x1) + 1] = 1
    contours, tree = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if tree is None:
        return []
    out: list[Box] = []
    for c, (_, _, _, parent) in zip(contours, tree[0]):
        if parent < 0:
            continue
        x, y, w, h = cv2.boundingRect(c)
        if w >= LEAST * body and h >= LEAST * body and cv2.contourArea(c) >= 0.85 * w * h:
            out.append((x, y, x + w, y + h))
    return out


def centred_in(box: Box, outer: Box) -> bool:
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def sells(said: list[str]) -> bool:
    """The words of a ruled box (its lines) say it is an advertisement: the mark, or a telephone
    number with an address, and no news (no dateline or reporter's credit, no notice's title)."""
    said = [t.strip() for t in said if t.strip()]
    if not said or any(NEWS.search(t) for t in said) or any(NOTICE_TITLE.match(t) for t in said):
        return False
    text = "".join(said)
    return any(AD_MARK.match(t) for t in said) or bool(CONTACT.search(text) and ADDRESS.search(text))


def selling_boxes(boxes: list[Box], lines) -> list[Box]:
    """The ruled boxes (`ruled_boxes`) whose words sell (upright lines): their text speaks for no
    column of the page (an advertisement's centred offers run across the page's gutters) and is
    cut at no gutter."""
    return [box for box in boxes if sells([ln.text for ln in lines if centred_in(ln.box, box)])]


def _rows(page: Page, blocks: list[Block]) -> list[Block]:
    """An advertisement's text blocks as its lines, read row by row (its offers are centred lines,
    a line's phrases set a wide space apart and read as pieces), each row left to right."""
    rows = line_rows(page, [i for b in blocks for i in b.lines])
    return [Block(TEXT, [i], page.lines[i].box, page.sizes[i] if page.sizes else page.body) for row in rows for i in row]


def advertisements(page: Page, order: list[Block], groups: list) -> list:
    """The articles (`articles.Group`) with every advertisement one article of its own, marked."""
    if page.latin:
        return groups
    pos = {id(b): k for k, b in enumerate(order)}
    for box in page.graphics.boxes:
        inside = sorted((b for g in groups for b in g.blocks if centred_in(b.box, box)),
                        key=lambda b: pos.get(id(b), 0))
        said = [page.lines[i].text for b in inside for i in b.lines]
        heads = [b for b in inside if b.kind == TITLE and not AD_MARK.match("".join(page.lines[i].text for i in b.lines))]
        if not heads or not sells(said):
            continue  # an advertisement shouts: display words
        mine = {id(b) for b in inside}
        at = min((k for k, g in enumerate(groups) if any(id(b) in mine for b in g.blocks)), default=len(groups))
        for g in groups:
            g.head = [b for b in g.head if id(b) not in mine]
            g.body = [b for b in g.body if id(b) not in mine]
        first = inside.index(heads[0])
        head = list(inside[:first + 1])
        for b in inside[first + 1:]:
            if b.kind not in (TITLE, DISPLAY):
                break
            b.kind = DISPLAY  # (a second title under the display words: their deck)
            head.append(b)
        for b in head[:first]:  # the mark (or a slogan) over the display words labels them
            b.kind = DISPLAY
        rest = [b for b in inside if b not in head]
        body = [b for b in rest if b.kind == FIGURE] + _rows(page, [b for b in rest if b.kind != FIGURE])
        ad = Group(head=head, body=body, advert=True)
        ad.span = (min(b.x0 for b in inside), max(b.x1 for b in inside))
        ad.top = min(b.y0 for b in inside)
        ad.has_figure = any(b.kind == FIGURE for b in inside)
        groups = [g for g in groups[:at] if g.blocks] + [ad] + [g for g in groups[at:] if g.blocks]
    return groups


def notice_titles(page: Page, blocks: list[Block]) -> None:
    """A notice's title (one short line of the notice words, centred over the text right under
    it and narrower than it by half at least) is a title: it opens its notice's article."""
    if page.latin:
        return
    body = page.body
    for b in blocks:
        if b.kind == TITLE or b.kind == FIGURE or len(b.lines) != 1:
            continue
        said = page.lines[b.lines[0]].text.strip()
        if not NOTICE_TITLE.match(said) or len(said) > 10:
            continue
        under = [t for t in blocks if t is not b and t.kind == TEXT and -0.3 * body <= t.y0 - b.y1 <= 1.2 * body and
                 min(t.x1, b.x1) - max(t.x0, b.x0) > 0]
        if not under:
            continue
        x0, x1 = min(t.x0 for t in under), max(t.x1 for t in under)
        near = [t for t in blocks if t is not b and t.kind == TEXT and b.y1 < t.y0 <= b.y1 + 5 * body and
                min(t.x1, x1) - max(t.x0, x0) > 0.5 * (t.x1 - t.x0)]  # (the notice's lines under its indented first)
        x0, x1 = min([x0] + [t.x0 for t in near]), max([x1] + [t.x1 for t in near])
        if (b.x1 - b.x0) <= 0.6 * (x1 - x0) and abs((b.x0 + b.x1) / 2 - (x0 + x1) / 2) <= 1.5 * body:
            b.kind = TITLE
