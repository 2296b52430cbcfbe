"""What is printed, derived from what is stored: script conversion and print punctuation.

The archive's text is never changed; these functions only shape the copy that goes to the PDF.
"""

from __future__ import annotations

import threading
from functools import cache

import opencc

from ..script import is_cjk

_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_FULL_CLOSE = set("，。、；：？！）》」』】”’")
_FULL_OPEN = set("（《「『【“‘")
_lock = threading.Lock()


def _chinese_side(ch: str, opening: bool) -> bool:
    if not ch:
        return False
    return is_cjk(ch) or ch in (_FULL_OPEN if opening else _FULL_CLOSE)


def fullwidth_punctuation(text: str) -> str:
    """Half-width , : ; ? ! ( ) inside Chinese text become full-width; English and numbers stay.

    「本期主持:郭剑平」 → 「本期主持：郭剑平」, 「(郭剑平 摄)」 → 「（郭剑平 摄）」, but 1,867.4 and
    「10:30」 and an English sentence's commas are left as they are.
    """
    out = list(text)
    n = len(text)
    opens: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            opens.append(i)
            continue
        if ch == ")":
            if opens:
                j = opens.pop()
                if any(is_cjk(c) for c in text[j + 1:i]):
                    out[j], out[i] = "（", "）"
            continue
        if ch not in _HALF_TO_FULL:
            continue
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < n else ""
        if prev.isdigit() and nxt.isdigit():
            continue  # 1,000 and 10:30
        if _chinese_side(prev, opening=False) or _chinese_side(nxt, opening=True):
            out[i] = _HALF_TO_FULL[ch]
    return "".join(out)


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_script(text: str, config: str | None) -> str:
    """Simplified ↔ traditional through OpenCC (config such as s2t, t2s, s2twp); None: unchanged."""
    if not config or not text:
        return text
    with _lock:  # an OpenCC converter is not documented as thread-safe
        return _converter(config).convert(text)
