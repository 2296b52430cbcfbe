"""What the page-text scorer sees of a line: features of its shape and of its neighbours.

Each line of a page (after the layout cuts are joined) becomes a list of feature strings:
its length and end punctuation, brackets and credit marks (摄, （图片）, 图片新闻), numbering (１、 ①
一、), the newspaper conventions `lines` knows (bylines, datelines, credits, column labels), the part
of speech of its last word (rjieba), whether it is a complete sentence, how often its shape
repeats down the page, and the same for the line before and after. The scorer (`linelabels`)
weighs them; nothing here decides anything.

`pair_features` does the same for two consecutive raw lines: is the second the rest of a sentence
the layout cut at the end of the first?
"""

from __future__ import annotations

import regex as re  # \p{Han}: the one Han definition (core.script)
import unicodedata
from collections import Counter
from functools import lru_cache

from .lines import (
    CONTINUED_FROM, CONTINUES_ON, DATELINE, NUMBERED, PHOTO_NOTE, PICTURE, SECTION_LABEL, byline, column_label,
    column_name, credit, surname,
)

SENTENCE_END = set("。！？!?；;….")
CLOSING = set("”’」』》】〕\"'")
CLOSING_BRACKETS = set(")）")
PROSE_MARKS = set("，,。；;：:、")
SPACES = " \u3000\t"
# Marks a paper prints before each item of a column of briefs or a list (▲ ■ ◇ ● ◎ ▼ …): which one is the
# paper's habit, so the scorer sees only that there is one, and whether the line next to it has the same.
LEAD_MARKS = set("□■●◆▲△◇○★☆◎▼▽◦•※►▶♦◉◈")

# （图片） （附图片2张） （组图） （传真照片）: a head's note that the story is told in photos.
PICTURE_MARK = re.compile(r"[（(](?:附)?(?:组|組|多)?(?:图片|圖片|图|圖|照片|传真照片|傳真照片)"
                          r"(?:[0-9０-９一二三四五六七八九十两]+张|[0-9０-９一二三四五六七八九十两]+張)?[)）]")
# （摄影） （国画） （外一首） （三首） （连载之二十七）: a head's note of what kind of piece follows (a
# picture, a set of poems, an instalment), which ends no sentence as a closing bracket otherwise does.
HEAD_NOTE = re.compile(r"[（(](?:摄影|攝影|国画|國畫|漫画|漫畫|版画|版畫|油画|油畫|书法|書法|剪纸|剪紙"
                       r"|外?[一二三四五六七八九十两]首|组诗|組詩|(?:连载|連載)之?[一二三四五六七八九十百]*)[)）]$")
PHOTO_WORD = re.compile(r"(?:图片新闻|圖片新聞|新闻图片|新聞圖片|摄影|攝影|图说|圖說|看图|一周图)")
SHOT = re.compile(r"(?:摄|攝|摄影|攝影|供图|供圖|/摄|／摄)[)）]?$")
FULL_NUMBER = re.compile(r"^(?:[０-９0-9]{1,2}[、．.]|[①-⑳]|[（(][０-９0-9一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")
BRACKETED = re.compile(r"^[（(【\[〔].*[)）】\]〕]$")
DASH_LEAD = re.compile(r"^(?:——|—|--|－－)")
PLACE_NAME = re.compile(r"^[（(][^()（）]{2,16}[\s\u3000]+[^()（）]{2,6}[)）]$")  # （山东济南　王明远）
AUTHOR_NOTE = re.compile(r"(?:作者(?:为|系|是)|作者单位|系.{2,12}(?:教授|研究员|主任))")
EDITOR_NOTE = re.compile(r"^(?:编者按|編者按|编后|編後|编辑|相关链接|相關連結|链接|小贴士|提示|温馨提示|背景)")
CLOCK = re.compile(r"[0-9０-９]{2}[:：][0-9０-９]{2}")  # with ℃ % 元 点: a box's units
WIDE_GAP = re.compile(r"[ \u3000\t]{2,}|\u3000")
SPEAKER = re.compile(r"^[\p{Han}·]{2,5}[:：]")
TOPIC = re.compile(r"^本期(?:话题|主题)[:：]")
HOST = re.compile(r"^(?:本期主持(?:人)?|主持人?)[:：]")
# 文／某 诗／某 詩／某 圖／某 攝影／某 文字／某: who wrote (or drew, shot, translated) the piece, by the form's word.
WRITER = re.compile(r"^(?:文|图|圖|文图|文圖|文／图|文/图|文／圖|文/圖|诗|詩|词|詞|画|畫|译|譯|撰文|文字|口述|整理|摄影|攝影)"
                    r"\s*[/／:：]")
REPORT = re.compile(r"(?:報導|报道|報道)$")
# 【記者呂思穎／雲林報導】, （中央社記者范雅琳台北5日電）, 【本報訊】: a bracketed opener of a story's text.
BRACKET_OPENER = re.compile(r"^[【（(〔](?:記者|记者|本報|本报|中央社|中新社|新華社|新华社|法新社|路透社|美聯社|美联社)")
# 江州市自来水公司, 市地方税务局: an organisation signing a notice.
INSTITUTION = re.compile(r"(?:公司|集团|集團|局|中心|委员会|委員會|办公室|辦公室|管理处|管理處|协会|協會|银行|銀行|医院|醫院|学校|學校|"
                         r"站|所|厅|廳|部|处|處)[)）]?$")
ROLE_START = re.compile(r"^[□■●◆]?\s*(?:本报|本報|新华社|新華社|中新社|中央社|晚报|晚報)?(?:特约|特約|首席|见习|見習|实习|實習)?"
                        r"(?:记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|评论部|評論部)")


@lru_cache(maxsize=4096)
def ends_sentence(s: str) -> bool:
    """The line ends a sentence (or a signature such as 「(剑平)」)."""
    s = s.rstrip()
    if not s:
        return True
    if PHOTO_NOTE.search(s) or PICTURE_MARK.search(s[-8:]) or HEAD_NOTE.search(s[-10:]):  # 秋收正忙（附图片）: a head
        return False
    if s[-1] in CLOSING_BRACKETS:
        return True
    i = len(s) - 1
    while i >= 0 and s[i] in CLOSING:
        i -= 1
    return i >= 0 and s[i] in SENTENCE_END


@lru_cache(maxsize=2048)
def char_class(c: str) -> str:
    if not c:
        return "none"
    if c in SENTENCE_END:
        return "end"
    if c in "，,":
        return "comma"
    if c in "：:":
        return "colon"
    if c in "、":
        return "dun"
    if c in CLOSING_BRACKETS or c in "】〕]":
        return "close"
    if c in "（(【〔[":
        return "open"
    if c in CLOSING:
        return "quote_close"
    if c in "“‘「『《":
        return "quote_open"
    if c in "—－-":
        return "dash"
    if c in LEAD_MARKS:
        return "mark"
    if c in "①②③④⑤⑥⑦⑧⑨⑩":
        return "circled"
    if c in SPACES:
        return "space"
    name = unicodedata.name(c, "")
    if "DIGIT" in name:
        return "digit"
    if "CJK" in name:
        return "han"
    if "LATIN" in name:
        return "latin"
    return "other"


@lru_cache(maxsize=512)
def length_bucket(n: int) -> str:
    for top in (2, 4, 6, 8, 10, 13, 16, 20, 25, 30, 40, 60, 100):
        if n <= top:
            return str(top)
    return "more"


def shape(t: str) -> str:
    """A coarse shape for spotting patterns that repeat down a page."""
    return f"{length_bucket(len(t))}|{char_class(t[:1])}|{char_class(t[-1:])}|{ends_sentence(t)}"


@lru_cache(maxsize=4096)
def _tail_pos(t: str) -> str:
    import rjieba  # loaded once (0.2 s); the search index loads it anyway on import

    tail = t.rstrip("".join(CLOSING | CLOSING_BRACKETS | SENTENCE_END) + "，,：:、 \u3000")[-10:]
    tags = rjieba.tag(tail) if tail else []
    return tags[-1][1] if tags else "none"


# A line ending in one of these (or in a preposition, conjunction or particle) stops mid-sentence.
FUNCTION_END = set("的地得把被将和与及对从向在为以或而并且之于是了着过所")

# Half-width punctuation read as its full-width form (a page set in either is read alike).
HALF_TO_FULL = tuple(zip(",;:?!()", "，；：？！（）"))


def full_width(t: str) -> str:
    """(str.replace for each mark: str.translate with a table takes a slow path on Chinese text.)"""
    for half, full in HALF_TO_FULL:
        if half in t:
            t = t.replace(half, full)
    return t


@lru_cache(maxsize=4096)
def _people(t: str) -> tuple[bool, bool, bool]:
    """Whether the line is a byline, a byline after a head (a bare name too), a photo credit."""
    return byline(t) is not None, byline(t, after_head=True) is not None, credit(t) is not None


def _marks(t: str) -> int:
    return sum(t.count(c) for c in PROSE_MARKS)


def own_features(t: str, indent: bool, page_name: str) -> list[str]:
    """A line's features from itself alone. (Patterns that end at the line's end are tried on its
    tail, and those of short lines only on short lines: the same answers, found faster.)"""
    t = full_width(t)
    n = len(t)
    inner = t[:-1]
    tail = t[-16:]
    marks = _marks(inner)
    people = _people(t) if n <= 40 else (False, False, False)  # no byline or credit line is longer
    spaces = sum(t.count(c) for c in SPACES)
    ends = ends_sentence(t)
    size = length_bucket(n)
    f = [
        "len=" + size, "end=" + char_class(t[-1:]), "start=" + char_class(t[:1]),
        "marks=" + str(min(marks, 3)), "spaces=" + str(min(spaces, 3)), "ends=" + str(ends),
        "indent=" + str(indent), "last=" + t[-1:], "last2=" + t[-2:],
        *(("first=mark", "first2=mark|" + char_class(t[1:2])) if t[:1] in LEAD_MARKS else ("first=" + t[:1], "first2=" + t[:2])),
        "pos=" + (_tail_pos(t) if not ends or n <= 40 else "(ends)"), f"ends_len={ends}|{size}", f"indent_len={indent}|{size}",
        f"marks_len={min(marks, 3)}|{size}",
    ]
    short = n <= 20
    flags = {
        "dateline": DATELINE.match(t), "byline": people[0], "bare_name": people[1],
        "credit": people[2], "shot": SHOT.search(tail), "picture_mark": PICTURE_MARK.search(t),
        "photo_note": PHOTO_NOTE.search(tail), "photo_word": PHOTO_WORD.search(t), "picture": PICTURE.match(t),
        "tuwei": t.startswith(("图为", "圖為")) or "。图为" in t, "numbered": NUMBERED.match(t),
        "full_number": FULL_NUMBER.match(t), "section_label": short and SECTION_LABEL.match(t),
        "column_name": column_name(t), "column_label": column_label(t), "page_name": page_name and t == page_name,
        "bracketed": BRACKETED.match(t), "dash": DASH_LEAD.match(t), "place_name": n <= 28 and PLACE_NAME.match(t),
        "author_note": AUTHOR_NOTE.search(t), "editor_note": EDITOR_NOTE.match(t), "box_units": _box_units(t),
        "speaker": SPEAKER.match(t), "topic": TOPIC.match(t), "host": HOST.match(t), "writer": WRITER.match(t),
        "report": REPORT.search(tail), "head_note": HEAD_NOTE.search(tail), "role_start": ROLE_START.match(t), "bracket_opener": BRACKET_OPENER.match(t),
        "institution": short and INSTITUTION.search(t), "continues": CONTINUES_ON.search(tail),
        "continued": CONTINUED_FROM.match(t), "digits": sum(map(str.isdecimal, t)) * 3 > n,
        "colon_in": ("：" in inner or ":" in inner), "quoted": t[:1] in "“「" and t[-1:] in "”」",
        "name_tail": n <= 30 and spaces and name_tail(t),
    }
    f += ["f=" + k for k, v in flags.items() if v]
    if flags["dash"]:
        f.append("dash_len=" + size)
    if spaces:
        gap = "wide" if WIDE_GAP.search(t.strip()) else "single"
        f += [f"spaces_len={min(spaces, 3)}|{size}", "gap=" + gap, f"gap_digits={gap}|{flags['digits']}",
              f"gap_ends={gap}|{ends}"]
    return f


# A name at the end of a short line after a space: 渭城棉纺厂　柳　叶, 武警战士　贺小川, 薛青山　作.
NAME_TAIL = re.compile(r"(?:^|[ \u3000\t])(\p{Han}(?:[ \u3000]?\p{Han}){1,3})(?:[ \u3000\t]*(?:作|画|書|书|文|图|圖|刻|摄|攝))?$")
MADE_BY = re.compile(r"[ \u3000\t](?:作|画|書|书|文|图|圖|刻|摄|攝)$")


def name_tail(t: str) -> bool:
    """A short line ending in a person's name after a space (a writer's unit and name, a painter's
    作): how a poem's or a picture's author is often printed under its title."""
    m = NAME_TAIL.search(t.rstrip())
    if not m or m.start() == 0 and not MADE_BY.search(t.rstrip()):
        return False
    name = m.group(1).replace(" ", "").replace("\u3000", "")
    return 2 <= len(name) <= 4 and surname(name)


def _box_units(t: str) -> bool:
    return any(c in t for c in "℃%％元点") or CLOCK.search(t) is not None


BRIEF = ("len=", "end=", "ends=", "indent=", "f=", "start=", "pos=", "gap=")  # what a neighbour shows of a line


BOXY = re.compile(r"[ \u3000\t]{2,}|\u3000|[0-9０-９]")


def page_features(lines: list[str], indents: list[bool], page_name: str = "") -> list[list[str]]:
    """Every line's features, its own and its neighbours' (the scorer sees the page's context)."""
    own = [own_features(t, i, page_name) for t, i in zip(lines, indents)]
    shapes = [shape(t) for t in lines]
    counts = Counter(shapes)
    brief = [[x for x in o if x.startswith(BRIEF)] for o in own]
    briefer = [[x for x in b if x.startswith(("len=", "ends=", "f="))] for b in brief]
    # Runs of display lines (short, no sentence end): a head stack, a box, a poem's verses.
    display = [len(t) <= 40 and not ends_sentence(t) for t in lines]
    run_at = [0] * len(lines)
    for i, d in enumerate(display):
        run_at[i] = run_at[i - 1] + 1 if d and i and display[i - 1] else int(d)
    run_len = run_at[:]
    for i in range(len(lines) - 2, -1, -1):
        if display[i] and display[i + 1]:
            run_len[i] = run_len[i + 1]
    opener = [bool(DATELINE.match(t) or _people(t)[0] or ROLE_START.match(t) or HOST.match(t) or BRACKET_OPENER.match(t))
              for t in lines]
    boxy = [bool(BOXY.search(t)) and len(t) <= 60 for t in lines]
    # A lone display line between two paragraphs: a subheading when its story has several (counted
    # from one opener — a head stack, byline or dateline — to the next), else often a headline.
    alone = [display[i] and run_len[i] == 1 and 0 < i < len(lines) - 1 and not display[i - 1]
             and not display[i + 1] and not opener[i + 1] for i in range(len(lines))]
    # ... and how many paragraphs stand above it and below it before the next display line (a
    # brief has one or two, a part of a feature several).
    prose_above, prose_below = [0] * len(lines), [0] * len(lines)
    for i in range(1, len(lines)):
        prose_above[i] = 0 if display[i - 1] else prose_above[i - 1] + 1
    for i in range(len(lines) - 2, -1, -1):
        prose_below[i] = 0 if display[i + 1] else prose_below[i + 1] + 1
    group = [0] * len(lines)
    start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or opener[i] or (display[i] and run_len[i] >= 2):
            n = sum(alone[start:i])
            for j in range(start, i):
                group[j] = n
            start = i + 1
    # Under a column of briefs (简讯, 地方短波, 快讯): the nearest display line above is its label.
    under_briefs = [False] * len(lines)
    label_above = False
    for i, t in enumerate(lines):
        under_briefs[i] = label_above
        if display[i]:
            label_above = bool(column_label(t) or t.endswith(("简讯", "簡訊", "短波", "快讯", "快訊", "速览", "速覽")))
    # A dateline under a head whose text began with one goes on a roundup; one after undated text
    # under a head begins an item of its own.
    dated_since_head = [False] * len(lines)
    dated = False
    for i, t in enumerate(lines):
        dated_since_head[i] = dated
        if display[i]:
            dated = False
        elif DATELINE.match(t):
            dated = True
    lead = [t[:1] if t[:1] in LEAD_MARKS else "" for t in lines]
    out: list[list[str]] = []
    for i, feats in enumerate(own):
        f = ["bias"] + feats
        f.append("repeat=" + str(min(counts[shapes[i]], 4)))
        if display[i]:
            f += [f"run={min(run_at[i], 4)}/{min(run_len[i], 5)}", f"run_left={min(run_len[i] - run_at[i], 3)}"]
            f += _stack_features(lines, display, i, run_at[i], run_len[i])
        if alone[i]:
            f += ["alone_in_group=" + str(min(group[i], 3)),
                  f"alone_between={min(prose_above[i], 3)}|{min(prose_below[i], 3)}"]
        if 0 < i < len(lines) - 1 and boxy[i - 1] and boxy[i + 1]:
            f.append(f"between_boxes={boxy[i]}|{display[i]}")
        if i + 1 < len(lines) and opener[i + 1]:
            f.append("before_opener")
        if DATELINE.match(lines[i]) and i and not display[i - 1]:
            f.append(f"dateline_after_text={dated_since_head[i]}")
        if under_briefs[i]:
            f += ["under_briefs", "under_briefs_ends=" + str(ends_sentence(lines[i]))]
        if lead[i]:  # an item of a marked list: the first, one inside, the last?
            f.append(f"same_lead={i > 0 and lead[i - 1] == lead[i]}|{i + 1 < len(lines) and lead[i + 1] == lead[i]}")
        for d, tag, ctx in ((-2, "p2:", briefer), (-1, "p:", brief), (1, "n:", brief), (2, "n2:", briefer)):
            j = i + d
            f += [tag + x for x in ctx[j]] if 0 <= j < len(own) else [tag + "none"]
        if i > 0:
            f.append("pn_end=" + char_class(lines[i - 1][-1:]) + "|" + char_class(lines[i][-1:]))
            f.append("same_shape_prev=" + str(shapes[i] == shapes[i - 1]))
        if i + 1 < len(lines):
            f.append("next_shape=" + str(shapes[i] == shapes[i + 1]))
        out.append(f)
    return out


def _compare(a: str, b: str) -> str:
    return "longer" if len(a) > len(b) + 2 else "shorter" if len(a) + 2 < len(b) else "alike"


def _stack_features(lines: list[str], display: list[bool], i: int, at: int, size: int) -> list[str]:
    """A display line among the display lines around it (a head stack, a box): longer or shorter
    than the one above and below (a kicker is often shorter than its headline, a subhead longer),
    and a short label over a longer line (a column label, a box's rubric)."""
    up = _compare(lines[i], lines[i - 1]) if at > 1 else "none"
    down = _compare(lines[i], lines[i + 1]) if i + 1 < len(lines) and display[i + 1] else "none"
    place = f"{min(at, 3)}/{min(size, 4)}"
    f = [f"cmp={up}|{down}", f"cmp_place={place}|{up}|{down}"]
    if len(lines[i]) <= 6 and down == "shorter":
        f.append("short_label_over=" + str(at == 1))
    return f


def pair_features(a: str, b: str, a_indent: bool, b_indent: bool) -> list[str]:
    """Features of a possible layout cut between line `a` and line `b` (source lines, stripped)."""
    a, b = full_width(a), full_width(b)
    marks_a = _marks(a[:-1])
    pos = _tail_pos(a)
    f = [
        "bias", "a_end=" + char_class(a[-1:]), "b_start=" + char_class(b[:1]), "a_len=" + length_bucket(len(a)),
        "b_len=" + length_bucket(len(b)), "a_marks=" + str(min(marks_a, 3)), "b_ends=" + str(ends_sentence(b)),
        "indent=" + f"{a_indent}|{b_indent}", "a_last=" + a[-1:], "b_first=" + b[:1],
        "a_pos=" + pos, f"a_function={a[-1:] in FUNCTION_END or pos[:1] in ('p', 'c', 'u')}", f"b_marks={min(_marks(b[:-1]), 3)}",
        "ends_marks=" + f"{ends_sentence(b)}|{min(marks_a, 3)}",
    ]
    for tag, t in (("a", a), ("b", b)):
        if DATELINE.match(t):
            f.append(tag + "_dateline")
        if _people(t)[0] or _people(t)[2] or SHOT.search(t):
            f.append(tag + "_credit")
        if SPEAKER.match(t) or HOST.match(t):
            f.append(tag + "_speaker")
        if NUMBERED.match(t) or FULL_NUMBER.match(t):
            f.append(tag + "_numbered")
        if PICTURE_MARK.search(t) or PHOTO_NOTE.search(t) or PICTURE.match(t) or t.startswith("图为"):
            f.append(tag + "_picture")
        if DASH_LEAD.match(t):
            f.append(tag + "_dash")
        if CONTINUED_FROM.match(t):
            f.append(tag + "_continued")
    return f
