"""The recogniser's model writes some characters in other forms than a traditional-script page
prints: 産 for 產, 衆 for 眾, 强 for 強 (mainland or Japanese forms of the same character). On a
page that reads as traditional script they are put back in the forms the page prints; on a
simplified page nothing changes. The pairs are those the layout set's traditional pages (train
and dev, set vertically and horizontally) showed, each misread several times.

On any page, a dash between two figures (a range: 1—2月, 2024—2025年) that the recogniser read as
the character 一 is a dash again: 一 never stands between two Arabic figures in Chinese text."""

from __future__ import annotations

import re

from .page import OcrChar, OcrLine, OcrPage

FORMS = str.maketrans({"産": "產", "衆": "眾", "强": "強", "温": "溫", "兑": "兌", "内": "內", "説": "說", "黄": "黃"})

# Characters only one of the two scripts writes so, pair by pair (們/们 …): a page is traditional
# when its text holds three times as many of the first as of the second.
TRADITIONAL = set("們這國會說報時為個來發對與業經過還實動現開關體點機學應當區長門問題員見買賣讓認識語議")
SIMPLIFIED = set("们这国会说报时为个来发对与业经过还实动现开关体点机学应当区长门问题员见买卖让认识语议")


def traditional(text: str) -> bool:
    trad = sum(ch in TRADITIONAL for ch in text)
    simp = sum(ch in SIMPLIFIED for ch in text)
    return trad >= 10 and trad >= 3 * simp


FIGURES = "0123456789０１２３４５６７８９"
RANGE = re.compile(f"(?<=[{FIGURES}])一(?=[{FIGURES}])")  # 1一2月: the range's dash read as 一


def as_printed(page: OcrPage) -> OcrPage:
    """The page's lines in the forms its script prints (unchanged on a simplified page), a range's
    dash read as 一 a dash again."""
    forms = traditional("".join(ln.text for ln in page.lines))
    if not forms and not any(RANGE.search(ln.text) for ln in page.lines):
        return page
    return OcrPage(page.width, page.height, [_printed(ln, forms) if forms or RANGE.search(ln.text) else ln
                                             for ln in page.lines])


def _printed(ln: OcrLine, forms: bool) -> OcrLine:
    def form(t: str) -> str:
        return t.translate(FORMS) if forms else t

    chars = [OcrChar(form(c.text), c.box, c.confidence) for c in ln.chars]
    for k in range(1, len(chars) - 1):  # (each character's item too)
        if chars[k].text == "一" and _figure(chars[k - 1].text[-1:]) and _figure(chars[k + 1].text[:1]):
            chars[k] = OcrChar("—", chars[k].box, chars[k].confidence)
    return OcrLine(RANGE.sub("—", form(ln.text)), ln.box, ln.confidence, chars)


def _figure(ch: str) -> bool:
    return len(ch) == 1 and ch in FIGURES
