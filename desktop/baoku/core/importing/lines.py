"""What a line of page text is, by newspaper convention: a byline, a photo credit, a dateline, a
numbered subheading, a picture caption, a column label. Used by the page-text splitter
(`pagetext`); every rule is about the shape of Chinese newspaper lines, none about words of a
particular page.
"""

from __future__ import annotations

import regex as re  # \p{Han}: the one Han definition (core.script)

from ..model import Contributor
from ..script import HAN_CLASS as HAN
NAME = rf"[{HAN}][{HAN}·]{{1,4}}"

# 本报记者 林晓东 通讯员 陈志强 / 特约记者 … / 本报评论员 / □ 陈平 / ■ 本报评论员 郑毅
MARK = "□■●◆▲△◇○"
ROLE = re.compile(r"(?:本报|新华社|中新社|人民日报|本刊)?(?:特约|首席|见习|驻[\p{Han}]{1,6})?"
                  r"(?:记者|通讯员|实习生|评论员|摄影记者|撰稿人|编辑)$")
# Common surnames: a bare line of two to four characters starting with one is a byline when it
# follows a headline (许文杰); a verse line of the same length (还有一座) is not.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "庄洪柯骆翁施尤甘连常乔赖庞樊兰殷颜倪牛温季俞章鲁葛伍申毕聂丛焦柳邢岳齐梅辛管祝左涂谷祁舒耿牟卜詹"
    "关苗凌费纪靳盛童甄项曲游裴席卫屈鲍霍隋景包宁阮桂闵柴冉房辜吉饶刁瞿戚丘池滕晋苑邬臧宫苟褚廉娄"
    "符奚穆党燕郎邸冀姬屠郜晏栾郁蒙喻揭窦迟敖鄢仇艾蓝巩仲虞卞封竺冼楚佟栗匡宗巫鞠桑荆谌岑胥蔺")
# (Left out although they are surnames: characters that often begin a line of verse or prose, such as
# 和 明 时 来 花 水, so that 花开了 under a poem's title is not taken for its author.)
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐"}

# Datelines: what starts a news item of its own.
DATELINE = re.compile(
    r"^(据?(?:新华社|中新社|中新网|人民网|央视新闻|央广网|本报)[^\s，,。:：（(]{0,24}?(?:电|讯)"
    r"|据[^\s，,。]{1,12}?(?:报道|消息))")

# 新华社记者 李四摄 / 本报记者 吴海涛 摄 / （郭剑平 摄）at a caption's end is CREDIT_RE in pagetext.
CREDIT_LINE = re.compile(
    rf"^(?:(?:本报|新华社|中新社|人民日报)?(?:特约)?(?:摄影)?(?:记者|通讯员)\s*)?{NAME}"
    rf"(?:\s*[、，,和]\s*{NAME})*\s*(?:摄影?|供图)$")

# 一、把技术送到田间地头 / （一）… / 1. …: a numbered subheading (or a numbered list item, which
# ends its sentence and so is never taken for a display line).
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|[0-9]{1,2}[.、．]\s*\S)")

# 法官提醒, 专家提示, 相关链接, 律师说法: a label heading a section inside a story.
SECTION_LABEL = re.compile(r"^\p{Han}{0,4}(?:提醒|提示|点评|链接|说法|建议|释法|声音)$")

# 上图：… 下图：… 图1：…: a caption for one of several pictures.
PICTURE = re.compile(r"^(?:[上下左右中]图|图[0-9一二三四五六七八九十①-⑩]+)[:：]")

# （附图片） （附图片2张） （附图）: a headline's note that the story is a photo.
PHOTO_NOTE = re.compile(r"[（(]附图(?:片)?(?:[0-9一二三四五六七八九十]+张)?[)）]$")

# 图片新闻, 体坛快讯, 环球速览 …: a label heading what follows, not a headline.
COLUMN_SUFFIX = ("新闻", "快讯", "速览", "简讯", "短讯", "速递", "集锦", "一览", "短波")


# 读书札记, 书香, 文化随笔: what a 副刊 column is called, so that a short line ending so, before a
# title, is its column label and not a poem's last line.
COLUMN_WORDS = ("札记", "随笔", "杂谈", "漫笔", "茶座", "手记", "书香", "漫谈", "速写", "散文", "诗歌", "诗笺",
                "小品", "纪事", "书评", "书简", "乡愁", "故事", "视点", "笔谈")


# （下转第3版） （转第A3版） at a paragraph's end; （上接第1版） at the start of the rest. (A full-width
# section letter and digits too: （下转Ａ４版）; and the page in Chinese numerals, as many papers print
# it: （下转第二版）, （上接第十二版）.)
PAGE_REF = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})"
CONTINUES_ON = re.compile(r"[（(]?\s*(?:下)?转(?:第)?\s*(" + PAGE_REF + r")\s*版\s*[)）]?$")
CONTINUED_FROM = re.compile(r"^[（(]?\s*(?:上)?接(?:第)?\s*(" + PAGE_REF + r")\s*版\s*[)）]?")
CHINESE_DIGITS = {c: n for n, c in enumerate("零一二三四五六七八九")}


def page_number_text(ref: str) -> str:
    """A page reference's number in digits: 二 -> 2, 十二 -> 12, 二十 -> 20 (digits stay as they are)."""
    if not ref or not all(c in CHINESE_DIGITS or c == "十" for c in ref):
        return ref
    tens, _, units = ref.rpartition("十") if "十" in ref else ("", "", ref)
    if "十" not in ref:
        return str(CHINESE_DIGITS[ref[-1]]) if len(ref) == 1 else ref
    return str((CHINESE_DIGITS.get(tens, 1) if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0))


def column_name(line: str) -> bool:
    return len(line) <= 6 and line.endswith(COLUMN_WORDS)


_ROLE_WORD = r"(?:本报|新华社|中新社|人民日报)?(?:特约|首席|见习)?(?:记者|通讯员|实习生)"
GLUED = re.compile(rf"(?:{_ROLE_WORD}[{HAN}·]{{2,4}}?)+")
GLUED_PART = re.compile(rf"({_ROLE_WORD})")


def byline(line: str, after_head: bool = False) -> list[Contributor] | None:
    """The people a byline line names (with their roles), or None when it is not one. A bare name
    counts only right after a headline (`after_head`)."""
    marked = line[:1] in MARK
    text = line.lstrip(MARK).strip()
    if not text or len(text) > 40:
        return None
    words = text.split()
    if len(words) == 1 and GLUED.fullmatch(text):  # 本报记者林晓东通讯员陈志强, as OCR reads it
        words = [w for w in GLUED_PART.split(text) if w]
    people: list[Contributor] = []
    role = ""
    roles = 0
    for w in words:
        if ROLE.fullmatch(w):
            role = w.removeprefix("本报").removeprefix("新华社")
            roles += 1
            if w.endswith("评论员") and len(words) == 1:
                people.append(Contributor(w, "评论员"))
            continue
        m = ROLE_NAME.fullmatch(w)
        if not m:
            return None
        if m.group(1) and not surname(m.group(2)):  # 本报评论员文章 is a column, not 评论员 文章
            return None
        if m.group(1):
            role, roles = m.group(1).removeprefix("本报").removeprefix("新华社"), roles + 1
        people.append(Contributor(m.group(2), role))
    if not people and not roles:
        return None
    if roles or marked:
        return people
    # A bare name: one word, two to four characters, a common surname first.
    if after_head and len(words) == 1 and 2 <= len(text) <= 4 and surname(text):
        return people
    return None


# Compiled once (the regex module's own cache lookup cost more than the match, line by line).
ROLE_NAME = re.compile(rf"((?:本报|新华社)?(?:特约)?(?:记者|通讯员|实习生|评论员))?({NAME})")
CREDIT_TAIL = re.compile(r"\s*(?:摄影?|供图)$")
CREDIT_ROLE = re.compile(r"^(?:本报|新华社|中新社|人民日报)?(?:特约)?(?:摄影)?(?:记者|通讯员)\s*")
HAN_ONLY = re.compile(rf"[{HAN}]+")


def surname(name: str) -> bool:
    return name[:1] in SURNAMES or name[:2] in COMPOUND_SURNAMES


def credit(line: str) -> Contributor | None:
    """The photographer a credit line standing alone names (新华社记者 李四摄)."""
    m = CREDIT_LINE.match(line.strip())
    if not m:
        return None
    name = CREDIT_TAIL.sub("", line.strip())
    name = CREDIT_ROLE.sub("", name)
    return Contributor(name.strip(), "摄")


def column_label(line: str) -> bool:
    """A short label such as 图片新闻 or 体坛快讯, heading what follows."""
    return len(line) <= 6 and line.endswith(COLUMN_SUFFIX) and HAN_ONLY.fullmatch(line) is not None
