"""Setting a paragraph by the clreq rules: atoms, glue, line fitting and justification.

Pure arithmetic over a `Metrics` (advance widths and ink extents), so this module knows nothing of
ReportLab. `linebreak.tokens` cuts the text into atoms and glues them into unbreakable units by the
kinsoku rules; here each atom gets its width and its place on the line:

- **Adjacent punctuation** (clreq 3.1.6): two full-width marks side by side take 1.5 em, not 2. The
  mark whose half is empty gives it: a closing mark its right half (」，), an opening mark its left
  half (「（), a centred one (UMing's 。 and 、) a quarter on each side.
- **Han–Latin spacing**: 1/4 em between a Han character and a Latin word or number, none at a line's
  start or end (a space in the text there is that gap, not more).
- **Fitting**: a line takes units while they fit *after squeezing punctuation*: first the line-end
  mark gives its empty half, then marks inside the line up to 1/5 em each and word spaces a third
  (推入 before 推出).
- **Justification**: a line still short spreads the gaps between Han characters, at Han–Latin
  boundaries and at spaces, all alike; never inside a Latin word.
- **Latin words** hyphenate (pyphen) when they would leave a loose line or do not fit one at all;
  URLs break after / and . and before - and _ only, with no hyphen; 破折号 and 省略号 are never split.
- **Hanging punctuation** (off by default, as in most Chinese publications): a line-end ，。、 may
  hang past the measure instead of being squeezed.
- **Last lines** keep at least two characters where the line before can give one.
- **Headlines** (`words`) break only between rjieba words, and `balance` evens their lines.
"""

from __future__ import annotations

from dataclasses import replace

from .hyphenation import break_points
from .justify import justify
from .linebreak import NO_END, NO_START, Atom, tokens
from .pieces import (  # noqa: F401 (Metrics, Setting, SetLine, MAX_SPREAD: what callers set lines with)
    EPS, HANGABLE, LATIN_LOOSE, LOOSE, MAX_SPREAD, MID_SQUEEZE, MIN_HEAD, PUNCT, LEFT_SHARE, Metrics, Piece, SetLine,
    Setting,
    _cut, _empty_side, gap,
)

# A headline of more lines than this is not balanced: evening a few lines reads better, but over many
# the narrower measure moves little but the last line, and each of its 15 tries set the whole again
# (a 6,000-character headline took half a minute to export).
BALANCE_LINES = 6


def _pieces(text: str, m: Metrics, words: bool, latin: bool = False) -> list[list[Piece]]:
    """The paragraph's units as pieces with their widths, adjacent marks compressed."""
    em = m.size
    units: list[list[Piece]] = []
    for unit in tokens(text, words=words, latin=latin):
        units.append([Piece(a.text, a.kind, m.width(a.text), start=a.start, end=a.start + len(a.text))
                      for a in unit])
    flat = [p for u in units for p in u]
    for p in flat:
        if p.kind in PUNCT and p.width < 0.9 * em:
            p.kind = Atom.OTHER  # a half-width mark (a Latin face's comma): nothing to compress
        if p.kind in PUNCT:
            side = _empty_side(p.text, m)
            if side == "right":
                p.squeeze_end, p.squeeze_mid = em / 2, em * MID_SQUEEZE
            elif side == "both":
                p.squeeze_end = em / 2
    for a, b in zip(flat, flat[1:]):  # adjacent full-width marks: 2 em become 1.5 em
        if a.kind not in PUNCT or b.kind not in PUNCT or a.width < 0.9 * em or b.width < 0.9 * em:
            continue
        # Marks from two faces (a sans head's ” comes from the serif, its （ from the sans) pair too:
        # each mark's empty half is read from its own face's outline.
        sa, sb = _empty_side(a.text, m), _empty_side(b.text, m)
        if sa == "right":
            _cut(a, em / 2, 0.0)
        elif sa == "both":  # before cutting the next mark's left half, whose box would overlap
            _cut(a, em / 2, -em / 2 * LEFT_SHARE)
        elif sb == "left":
            _cut(b, em / 2, -em / 2)
        elif sb == "right":
            _cut(b, em / 2, 0.0)
    for u in units:  # runs of spaces count as one; a word space may shrink by a third
        for p in u:
            if p.kind == Atom.SPACE and p.text.strip(" ") == "" and p.text:
                p.width = min(p.width, m.width(" "))
                p.squeeze_mid = p.width / 3
    return units


def _width(unit: list[Piece], quarter: float) -> float:
    if len(unit) == 1:
        return unit[0].width
    w = sum(p.width for p in unit)
    return w + sum(gap(a, b, quarter) for a, b in zip(unit, unit[1:]))


class _Breaker:
    """Greedy fill of one paragraph, squeezing punctuation before giving up a unit."""

    def __init__(self, text: str, m: Metrics, setting: Setting, first: float, rest: float,
                 phrases: bool = False, units: list[list[Piece]] | None = None):
        self.text, self.m, self.s = text, m, setting
        self.units = units  # the text's units as `_pieces` made them, when already made (read, never changed)
        self.phrases = phrases  # break only at the spaces between a headline's phrases
        self.first, self.rest = first, rest
        self.em = m.size
        self.q = m.size * setting.han_latin
        self.lines: list[SetLine] = []
        self.cur: list[list[Piece]] = []
        self.natural = self.mid = self.spaces = 0.0  # of `cur`: width, inner squeeze, trailing spaces
        self.space_mid = 0.0  # what the trailing spaces may give
        self.last: Piece | None = None

    def avail(self) -> float:
        return self.first if not self.lines else self.rest

    def lead(self, p: Piece) -> float:
        """What a mark that starts a line takes back: an opening mark that gave its left half to
        the mark before is set whole when the line breaks between them."""
        return self.m.width(p.text) - p.width if p.shift < 0 and p.kind in PUNCT else 0.0

    def fits(self, units: list[list[Piece]], avail: float) -> bool:
        """Whether these units make a line of `avail` points once punctuation is squeezed."""
        pieces = _trim([p for u in units for p in u])
        if not pieces:
            return True
        end = pieces[-1]
        natural = _natural(pieces, self.q) + self.lead(pieces[0])
        mid = sum(p.squeeze_mid for p in pieces[:-1])
        return natural - self._end_give(end) - mid <= avail + EPS

    def _end_give(self, end: Piece) -> float:
        if self.s.hanging and end.text[-1:] in HANGABLE:
            return end.width  # it hangs past the measure
        return end.squeeze_end

    def fits_next(self, unit: list[Piece], avail: float) -> bool:
        """`fits(self.cur + [unit])`, from the running sums of the line so far."""
        if not self.cur:
            natural, mid = _width(unit, self.q) + self.lead(unit[0]), 0.0
        else:
            last = self.last
            join = self.spaces if self.spaces else gap(last, unit[0], self.q)
            natural = self.natural + join + _width(unit, self.q)
            mid = self.mid + last.squeeze_mid + self.space_mid
        if len(unit) > 1:
            mid += sum(p.squeeze_mid for p in unit[:-1])
        return natural - self._end_give(unit[-1]) - mid <= avail + EPS

    def take(self, unit: list[Piece]) -> None:
        if all(p.kind == Atom.SPACE for p in unit):
            if self.cur:
                self.cur.append(unit)
                self.spaces += sum(p.width for p in unit)
                self.space_mid += sum(p.squeeze_mid for p in unit)
            return
        if not self.cur:
            self.natural, self.mid = _width(unit, self.q) + self.lead(unit[0]), 0.0
        else:
            join = self.spaces if self.spaces else gap(self.last, unit[0], self.q)
            self.natural += join + _width(unit, self.q)
            self.mid += self.last.squeeze_mid + self.space_mid
        if len(unit) > 1:
            self.mid += sum(p.squeeze_mid for p in unit[:-1])
        self.last = unit[-1]
        self.spaces = self.space_mid = 0.0
        self.cur.append(unit)

    def run(self) -> list[SetLine]:
        queue = list(self.units) if self.units is not None else _pieces(self.text, self.m, self.s.words,
                                                                         self.s.latin)
        if self.phrases:
            queue = _phrase_units(queue)
        queue.reverse()
        while queue:
            unit = queue.pop()
            if all(p.kind == Atom.SPACE for p in unit):
                self.take(unit)
                continue
            avail = self.avail()
            if self.fits_next(unit, avail):
                self.take(unit)
                continue
            parts = self.hyphenate(unit, avail)
            if parts:
                self.take(parts[0])
                self.flush(False)
                queue.append(parts[1])
                continue
            if self.cur:
                if not self.fits([unit], self.rest):  # no line holds it: cut it here, at the measure
                    head, tail = self.emergency(unit, avail, here=True)
                    if head:
                        self.take(head)
                        self.flush(False)
                        queue.append(tail)
                        continue
                self.flush(False)
                queue.append(unit)
                continue
            # Alone wider than a line: cut it where nothing better exists.
            head, tail = self.emergency(unit, avail)
            self.take(head)
            if tail:
                self.flush(False)
                queue.append(tail)
        self.flush(True)
        lines = self.lines
        if self.s.min_last and len(lines) > 1:
            self.keep_last(lines)
        return lines

    def hyphenate(self, unit: list[Piece], avail: float) -> tuple[list[Piece], list[Piece]] | None:
        """The longest head of a breakable Latin word that fits the line, and the rest. The word may
        come with the marks glued to it (「（https://…），」, 「Pneumono…，」, and in a Latin-script
        paragraph "cap", environment,): the opening marks go with its head, the closing ones with
        its rest."""
        latin = [i for i, p in enumerate(unit) if p.kind == Atom.LATIN]
        if len(latin) != 1:
            return None
        at = latin[0]
        before, word, after = unit[:at], unit[at], unit[at + 1:]
        room = avail - self.natural
        loose = LATIN_LOOSE if self.s.latin else LOOSE
        if self.cur and room < loose * self.em and _width(unit, self.q) <= self.rest:
            return None  # it fits the next line and leaves this one tight enough: push it down
        points = break_points(word.text, self.s.lang)

        def head(i: int) -> list[Piece]:
            return before + [self._part(word, 0, points[i][0], points[i][1])]
        i = _last_true(0, len(points) - 1, lambda i: self.fits_next(head(i), avail))
        if i is None:
            return None
        return head(i), [self._part(word, points[i][0], len(word.text), "")] + after

    def _part(self, word: Piece, a: int, b: int, mark: str) -> Piece:
        drawn = word.text[a:b] + mark
        return Piece(drawn, Atom.LATIN, self.m.width(drawn), start=word.start + a, end=word.start + b)

    def emergency(self, unit: list[Piece], avail: float, here: bool = False) -> tuple[list[Piece], list[Piece]]:
        """A unit wider than a whole line, cut where nothing better exists: a glued group between
        its atoms (never a closing mark first); failing that, and for a lone word, inside the
        Latin word at the measure, a word of letters with a hyphen, a number or a URL without
        one (a 70-digit number never runs into the next column). With `here`, the head goes after
        what the line holds already, and is empty when nothing of it fits there."""
        def fits(head: list[Piece]) -> bool:
            return self.fits_next(head, avail) if here else self.fits([head], avail)

        cuts = [n for n in range(len(unit) - 1, 0, -1)
                if unit[n].text[0] not in NO_START and unit[n - 1].text[-1] not in NO_END]
        for n in cuts:
            if fits(unit[:n]):
                return unit[:n], unit[n:]
        latin = [i for i, p in enumerate(unit) if p.kind == Atom.LATIN and len(p.text) > 1]
        if not latin:
            if here:
                return [], unit
            return (unit[:cuts[-1]], unit[cuts[-1]:]) if cuts else (unit, [])
        at = latin[0]
        before, word, after = unit[:at], unit[at], unit[at + 1:]
        if here and break_points(word.text):
            return [], unit  # a word with its own break points takes them, on a line of its own
        letters = word.text.isalpha()

        def head(n: int) -> list[Piece]:
            return before + [self._part(word, 0, n, "-" if letters and n > 1 else "")]
        # After text on the line, only a piece worth the cut (not a lone digit at the line end).
        n = _last_true(MIN_HEAD if here else 1, len(word.text) - 1, lambda n: fits(head(n)))
        if n is not None:
            return head(n), [self._part(word, n, len(word.text), "")] + after
        if here:
            return [], unit
        return before + [self._part(word, 0, 1, "")], [self._part(word, 1, len(word.text), "")] + after

    def flush(self, last: bool) -> None:
        units = self.cur
        while units and all(p.kind == Atom.SPACE for p in units[-1]):
            units.pop()
        self.cur = []
        self.natural = self.mid = self.spaces = self.space_mid = 0.0
        self.last = None
        if not units and not last:
            return
        self.lines.append(self._line(units, last))

    def keep_last(self, lines: list[SetLine]) -> None:
        """A last line of one character takes a unit from the line before (以免孤字)."""
        last, prev = lines[-1], lines[-2]
        if _chars(last.pieces) >= self.s.min_last or len(prev.units) < 3 or prev.hyphen:
            return
        moved = prev.units[-1]
        if all(p.kind == Atom.SPACE for p in moved):
            return
        units = [moved] + last.units
        if not self.fits(units, self.rest):
            return
        prev_units = prev.units[:-1]
        while prev_units and all(p.kind == Atom.SPACE for p in prev_units[-1]):
            prev_units.pop()
        lines[-2] = self._line(prev_units, False)
        lines[-1] = self._line(units, True)

    def _line(self, units: list[list[Piece]], last: bool) -> SetLine:
        pieces = _trim([p for u in units for p in u])
        start = units[0][0].start if units else len(self.text)  # an empty paragraph: one empty line
        end = units[-1][-1].end if units else len(self.text)
        return SetLine(pieces, start, end, last, _natural(pieces, self.q), self.text[start:end], units)


def _last_true(lo: int, hi: int, ok) -> int | None:
    """The largest i in lo..hi for which ok(i) holds, where ok holds up to some i and not after (a
    head of a word fits the line up to some length); None when ok(lo) fails. Searched from lo,
    doubling, then halving: a cut in a word of 20,000 letters (a pasted URL, a run of digits) tried
    every length from the longest down, each measured whole, and an export of such an article ran
    for hours."""
    if lo > hi or not ok(lo):
        return None
    step = 1
    while lo + step <= hi and ok(lo + step):  # ok(lo) holds; find where it stops
        lo += step
        step *= 2
    top = min(lo + step, hi + 1)  # ok(top) fails (or top is past hi)
    while top - lo > 1:
        mid = (lo + top) // 2
        if ok(mid):
            lo = mid
        else:
            top = mid
    return lo


def _trim(pieces: list[Piece]) -> list[Piece]:
    a, b = 0, len(pieces)
    while a < b and pieces[a].kind == Atom.SPACE:
        a += 1
    while b > a and pieces[b - 1].kind == Atom.SPACE:
        b -= 1
    return pieces[a:b]


def _natural(pieces: list[Piece], quarter: float) -> float:
    if not pieces:
        return 0.0
    return sum(p.width for p in pieces) + sum(gap(a, b, quarter) for a, b in zip(pieces, pieces[1:]))


def _chars(pieces: list[Piece]) -> int:
    return sum(len(p.text) if p.kind == Atom.LATIN else 1 for p in pieces
               if p.kind in (Atom.HAN, Atom.LATIN))


def compose(text: str, m: Metrics, setting: Setting, first: float, rest: float) -> list[SetLine]:
    """The paragraph broken into lines for `first` (the first line) and `rest` points, set."""
    units = _pieces(text, m, setting.words, setting.latin) if setting.balance else None
    lines = _Breaker(text, m, setting, first, rest, units=units).run()
    if setting.balance and 1 < len(lines) <= BALANCE_LINES and first == rest:
        lines = (_phrased(text, m, setting, rest, len(lines), units)
                 or _balanced(text, m, setting, rest, len(lines), units))
    for n, line in enumerate(lines):
        justify(line, first if n == 0 else rest, m, setting)
    return lines


def _phrase_units(units: list[list[Piece]]) -> list[list[Piece]]:
    """The units joined into phrases: a headline's space between two Chinese characters or marks
    (「守护百姓钱袋子 让群众更有获得感」) stays a break; every other break goes."""
    out: list[list[Piece]] = []
    for n, u in enumerate(units):
        is_space = all(p.kind == Atom.SPACE for p in u)
        nxt = units[n + 1] if n + 1 < len(units) else None
        if is_space and out and nxt and not out[-1][-1].text[-1:].isascii() and not nxt[0].text[:1].isascii():
            out.append(u)
        elif out and not all(p.kind == Atom.SPACE for p in out[-1]):
            out[-1] = out[-1] + u
        else:
            out.append(u)
    return out


def _phrased(text: str, m: Metrics, setting: Setting, width: float, count: int,
             units: list[list[Piece]]) -> list[SetLine] | None:
    """A headline one phrase (or more) to a line, when it has phrases that each fit a line and
    they make no more lines than breaking between words would."""
    plain = replace(setting, balance=False, min_last=0)
    breaker = _Breaker(text, m, plain, width, width, phrases=True, units=units)
    phrases = [u for u in _phrase_units(units) if not all(p.kind == Atom.SPACE for p in u)]
    if len(phrases) < 2 or any(not breaker.fits([u], width) for u in phrases):
        return None
    lines = breaker.run()
    return lines if len(lines) <= count else None


def _balanced(text: str, m: Metrics, setting: Setting, width: float, count: int,
              units: list[list[Piece]]) -> list[SetLine]:
    """The narrowest measure that still gives `count` lines: every line about as long."""
    plain = replace(setting, balance=False, min_last=0)
    lo, hi = width / count * 0.9, width
    best = _Breaker(text, m, plain, width, width, units=units).run()
    for _ in range(14):
        mid = (lo + hi) / 2
        lines = _Breaker(text, m, plain, mid, mid, units=units).run()
        if len(lines) <= count:
            hi, best = mid, lines
        else:
            lo = mid
    return best
