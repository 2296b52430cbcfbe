"""Where a Latin word may break at a line end: pyphen's hyphenation points in the paragraph's
language (its dictionaries are inside the wheel), the safe points of a URL or a path, none in a
number."""

from __future__ import annotations

from functools import cache

@cache
def _hyphenator(lang: str = "en"):
    import pyphen  # its dictionaries are inside the wheel: nothing downloads

    found = pyphen.language_fallback(lang.replace("-", "_")) or ("nb_NO" if lang in ("no", "nn") else "en_US")
    return pyphen.Pyphen(lang=found, left=2, right=3)


URL_MARKS = "/.-_"
# No dictionary word is longer (German compounds of law titles reach 63 letters): a longer run of
# letters (a paste gone wrong, a spaced-out line) is cut at the measure, as pyphen took a tenth
# of a second for each line of a run of 8,000 letters, the whole run again for every line.
LONGEST_WORD = 100


def break_points(word: str, lang: str = "en") -> list[tuple[int, str]]:
    """Where a Latin word may break, and what is printed at the break: pyphen's points (in the
    paragraph's language) with a hyphen for a word of letters; after / and . and before - and _
    for a URL, a path or a dotted name; none in a number."""
    has_letters = any(c.isalpha() for c in word)
    if has_letters and ("/" in word or "@" in word or word.lower().startswith("www.")
                        or (len(word) > 12 and any(c in word for c in "._"))):
        out = []
        for i, ch in enumerate(word):
            if 0 < i < len(word) - 1:
                if ch in "/." and word[i + 1] not in URL_MARKS and not (
                        ch == "." and word[i - 1].isdigit() and word[i + 1].isdigit()):
                    out.append((i + 1, ""))  # after / and . (a line never starts with a dot), not in 1867.4
                elif ch in "-_" and word[i - 1] not in URL_MARKS:
                    out.append((i, ""))  # before - and _
        return out
    if word.isalpha() and 7 <= len(word) <= LONGEST_WORD and not any(c.isupper() for c in word[1:]):
        # not an acronym or a name in capitals inside (NASA, iPhone, McDonald)
        return [(i, "-") for i in _hyphenator(lang).positions(word)]
    if "-" in word:  # a compound: after its own hyphens
        return [(i + 1, "") for i, ch in enumerate(word[:-1]) if ch == "-" and i]
    return []
