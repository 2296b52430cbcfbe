"""A brief's head set as a bold lead-in run into its first line, as 简讯 columns often print their
items (■地铁五号线试运行　本报讯 18日起，…): no line of its own, so the layout reads the item as a
paragraph with no head. What tells it from a paragraph's words: the item's dateline (本报讯,
新华社…电) comes right after a run of a few words with no mark in it; no sentence opens a
paragraph so. The run is the item's head, on a line of its own for the page-text rules."""

from __future__ import annotations

import regex

from ..script import HAN_CLASS
from .lines import CREDIT_ROLE

MARKS = set("，。、；：！？,.;:!?（）()“”‘’《》「」【】")
LEAST_HAN = 4  # a lead-in has this many Han characters at least
MOST = 24  # and this many characters at most
# An item's dateline, in full: 本报讯, or a dated 电 (本报北京3月4日电, 新华社哈尔滨4月17日电); not a
# sentence that happens to run 本报…电 (老人的家人昨天给本报打来电话: t15).
DAY = "[0-9０-９〇一二三四五六七八九十]{1,3}"
ITEM_DATELINE = regex.compile(rf"^(?:本报讯|据?(?:本报|新华社|中新社)[^\s，,。:：（(]{{0,8}}?{DAY}月{DAY}日电)")


def lead_in(text: str) -> tuple[str, str] | None:
    """(the lead-in, the item's text from its dateline) when `text` opens with one, else None."""
    flat = text.lstrip(" \t　■□●◆▲★")
    for k in range(LEAST_HAN, min(len(flat), MOST) + 1):
        head, rest = flat[:k], flat[k:].lstrip()
        if head[-1] in MARKS:  # (a mark ends any lead-in: a sentence opens so)
            return None
        if ITEM_DATELINE.match(rest) and len(regex.findall(HAN_CLASS, head)) >= LEAST_HAN:
            # (a byline over the dateline, 本报记者 方晓蕾 本报讯, is the story's, no item's head: s14)
            return None if CREDIT_ROLE.match(head) else (head.strip(), rest)
    return None
