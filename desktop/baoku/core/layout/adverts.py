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

AD_MARK = re.compile(r"^[（(【\[〔]?广\s*告[)）】\]〕]?$")
CONTACT = re.compile(r"(电话|热线|咨询|手机|专线)[^：:]{0,3}[：:]\s*[0-9０-９][0-9０-９\-－—()（） ]{6,}")
ADDRESS = re.compile(r"地址[：:]")
NEWS = re.compile(r"本报讯|本报记者|记者|通讯员|新华社|中新社|[0-9０-９一二三四五六七八九十]日电")
NOTICE_TITLE = re.compile(r"^.{0,8}(声明|公告|启事|通告|告示|公示|通知)$")
LEAST = 4.0  # a box is at least this many body sizes wide and tall


def ruled_boxes(page: Page) -> list[Box]:
    """The boxes straight rules close all round, on an upright page: each the white inside its
    border (a rule standing free inside it, as an advertisement's over its telephone lines, does
    not part it)."""
    import cv2
    import numpy as np

    g = page.graphics
    if not g.hrules or not g.vrules:
        return []
    mask = np.zeros((int(page.height) + 2, int(page.width) + 2), np.uint8)
    reach = max(int(page.body * 0.25), 2)  # a rule's end a few pixels short of the one it meets
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
        if w >= LEAST * page.body and h >= LEAST * page.body and cv2.contourArea(c) >= 0.85 * w * h:
            out.append((x, y, x + w, y + h))
    return out


def _inside(b: Block, box: Box) -> bool:
    cx, cy = (b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2
    return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]


def _sells(page: Page, blocks: list[Block]) -> bool:
    """The words of a ruled box say it is an advertisement."""
    said = [page.lines[i].text.strip() for b in blocks if b.kind != FIGURE for i in b.lines]
    if not said or not any(b.kind == TITLE for b in blocks):
        return False  # an advertisement shouts: display words
    if any(NEWS.search(t) for t in said) or any(NOTICE_TITLE.match(t) for t in said):
        return False
    text = "".join(said)
    return any(AD_MARK.match(t) for t in said) or bool(CONTACT.search(text) and ADDRESS.search(text))


def advertisements(page: Page, order: list[Block], groups: list) -> list:
    """The articles (`articles.Group`) with every advertisement one article of its own, marked."""
    if page.latin:
        return groups
    from .articles import Group

    pos = {id(b): k for k, b in enumerate(order)}
    for box in ruled_boxes(page):
        inside = sorted((b for g in groups for b in g.blocks if _inside(b, box)), key=lambda b: pos.get(id(b), 0))
        if not inside or not _sells(page, inside):
            continue
        mine = {id(b) for b in inside}
        at = min((k for k, g in enumerate(groups) if any(id(b) in mine for b in g.blocks)), default=len(groups))
        for g in groups:
            g.head = [b for b in g.head if id(b) not in mine]
            g.body = [b for b in g.body if id(b) not in mine]
        first = next(k for k, b in enumerate(inside) if b.kind == TITLE)
        head = list(inside[:first + 1])
        for b in inside[first + 1:]:
            if b.kind != DISPLAY:
                break
            head.append(b)
        for b in head[:first]:  # the mark (or a slogan) over the display words labels them
            if b.kind == TEXT:
                b.kind = DISPLAY
        ad = Group(head=head, body=[b for b in inside if b not in head], advert=True)
        ad.span = (min(b.x0 for b in inside), max(b.x1 for b in inside))
        ad.top = min(b.y0 for b in inside)
        ad.has_figure = any(b.kind == FIGURE for b in inside)
        kept = [g for g in groups[:at] if g.blocks]
        groups = kept + [ad] + [g for g in groups[at:] if g.blocks]
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
