"""A synthetic newspaper corpus calibrated on real People's Daily statistics, for the benchmarks.

Real text (13,442 People's Daily articles, measured for the search-engine issue) has a skewed
article length, a few words found in half of all articles and a long tail of rare ones, and
character pairs that follow the same pattern. A generator that draws from a handful of sentences
puts every word in every article, which makes every query look like the worst case. This one is
a word model instead:

- the vocabulary is jieba's dictionary (349,000 words with their corpus frequencies, shipped with
  the jieba package): a Zipf distribution taken from real Chinese text;
- each article mixes that background with one to three topics (fixed word lists) and a few focus
  words of its own that it repeats, which is what makes real words bursty (a word found in an
  article is usually found there several times, so it is in fewer articles than its frequency
  suggests);
- the ten words the issue measured (中国, 发展, 工作, 人民, 经济, 改革, 科技, 农民, 香港, 知识产权)
  are drawn per article with their measured document frequency, sometimes inside a longer word
  of the dictionary that contains them (农民工, 中国特色), as real text does;
- article lengths are log-normal with the measured median and mean; people come from a pool of
  generated names (bylines and mentions), with Zipf popularity; sources, genres, columns and page
  names follow a paper's usual mix; about 2% of articles are wire copy reprinted in another
  paper the same day (the same text, so the same content hash).

`figures(texts)` measures what the issue measured, so the generated corpus can be printed beside
the real one (`python bench/corpus.py --articles 13442`). Everything is seeded: issue n is the
same every time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import itertools
import math
import random
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

# The real figures (13,442 People's Daily articles), as the issue gives them.
REAL = {
    "length": {"median": 756, "mean": 1131, "p90": 2514, "max": 28429},
    "df": {"中国": 48.8, "发展": 45.7, "工作": 45.9, "人民": 37.1, "经济": 31.5, "改革": 18.5,
           "科技": 14.8, "农民": 8.0, "香港": 3.6, "知识产权": 1.8},
    "pairs": {"distinct": 686_000, 1: 49.0, 100: 18.8, 1000: 5.8, 10000: 0.87},
}

LENGTH_SCALE = 0.88  # what the inserted names and words add to the drawn length
PER_ISSUE = 100
PAGES = 10
START = dt.date(2000, 1, 1)
PUBLICATIONS = ["华东日报", "南方晚报", "北方经济报", "西部农民报", "东海商报"]
PAGE_NAMES = ["要闻", "要闻", "经济", "国际", "政治", "社会", "评论", "文化", "体育", "副刊"]
GENRES = [("消息", 52), ("通讯", 10), ("评论", 8), ("简讯", 12), ("图片新闻", 5), ("专访", 4),
          ("综述", 4), ("言论", 3), ("调查", 2)]
COLUMNS = ["", "", "", "", "", "", "今日关注", "民生视点", "经济观察", "国际纵横", "人民论坛", "文化生活",
           "体育天地", "科技前沿", "三农新闻", "法治在线"]
ROLES = ["记者", "本报记者", "通讯员", "特约记者", "实习生"]
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲红丹萍鹏宇浩凯晨曦婷雪琳斌波海峰晓"
         "东林宁志国立新春燕玉兰荣松劲青勤剑莹凤俊彬帆颖欣怡佳慧振宏亮飞云龙天翔博远思源永德福")
TARGET_DF = REAL["df"]
# Long phrases of common words (the slow class of the speed issue): document frequency in %, and
# the calibrated word each contains (the phrase goes only into articles that already have that
# word, so the word's own frequency stays the real one). 中国特色社会主义: 17,899 of 100,000 real
# articles (the held-out run of 2026-12-05); the other two are assumptions of the same order.
PHRASES = {"中国特色社会主义": (17.9, "中国"), "社会主义市场经济": (4.0, "经济"), "全面建成小康社会": (3.0, None)}
# Probability that a target word is printed inside a longer dictionary word that holds it, and
# that it is followed by one of the commonest words (a collocation such as 经济发展).
COMPOUND_SHARE = 0.15
COLLOCATION_SHARE = 0.2
COLLOCATIONS = ["建设", "创新", "社会", "合作", "政策"]  # and the calibrated words the article has
BACKGROUND_WORDS = 60_000  # the most frequent dictionary words used as background
TOPICS = 400
TOPIC_WORDS = 150
ZIPF_POWER = 1.15  # dictionary frequency ** this (calibrated on the pair figures)
COMMON_CHARS = 3500  # the characters newspaper text is made of  # dictionary frequency ** this: a little flatter than jieba's counts
MIX_BACKGROUND, MIX_TOPIC = 0.7, 0.2  # the rest: the article's own focus words
WIRE_PER_DAY, WIRE_SHARE = 8, 0.03
FUNCTION = list("的的的的了在是和与对为等将也都要把被从到向以并而及中上个年一不有这其已")
FUNCTION_CUM = list(itertools.accumulate([1] * len(FUNCTION)))
FUNCTION_SHARE = 0.7
LATIN = ["GDP", "CPI", "5G", "APP", "AI", "PM2.5", "WTO", "CEO", "IT", "VR", "R&D", "ETF"]


@cache
def _dictionary() -> list[tuple[str, float, str]]:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("the corpus generator needs jieba's dictionary (pip install jieba)")
    path = Path(spec.submodule_search_locations[0]) / "dict.txt"
    han = re.compile(r"[\u4e00-\u9fff]{1,6}")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2 and han.fullmatch(parts[0]) and int(parts[1]) > 0:
            out.append((parts[0], float(parts[1]), parts[2] if len(parts) > 2 else ""))
    out.sort(key=lambda w: -w[1])
    return out


class Vocabulary:
    """Word lists with cumulative weights, built once per process (about a second)."""

    def __init__(self) -> None:
        words = _dictionary()
        targets = set(TARGET_DF)
        # Background: the most frequent words, without the calibrated ones and the words that
        # contain them (those are placed by the calibration, so their frequency is the real one).
        # Newspaper text uses a few thousand characters: keep the words made of the most used.
        usage: Counter[str] = Counter()
        for w, f, _ in words:
            for c in w:
                usage[c] += f
        common = {c for c, _ in usage.most_common(COMMON_CHARS)}
        bg = [(w, f) for w, f, _ in words if set(w) <= common and not any(t in w for t in targets)]
        bg = bg[:BACKGROUND_WORDS]
        self.words = [w for w, _ in bg]
        self.cum = list(itertools.accumulate(f ** ZIPF_POWER for _, f in bg))
        rnd = random.Random(20261201)
        content = [i for i, (w, _) in enumerate(bg) if len(w) >= 2][200:60000]
        self.topics = []
        for _ in range(TOPICS):
            picks = sorted(set(rnd.choices(content, k=TOPIC_WORDS)))
            tw = [self.words[i] for i in picks]
            self.topics.append((tw, list(itertools.accumulate(bg[i][1] ** 0.5 for i in picks))))
        self.compounds = {t: [w for w, f, _ in words if t in w and w != t and f >= 3][:40] for t in targets}
        self.places = [w for w, f, pos in words if pos == "ns" and len(w) >= 2 and f >= 20][:3000]
        self.orgs = [w for w, f, pos in words if pos == "nt" and f >= 5][:2000]
        names = set()
        while len(names) < 30000:
            names.add(rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2)))))
        self.people = sorted(names)
        rnd.shuffle(self.people)
        self.people_cum = list(itertools.accumulate(1 / (i + 10) for i in range(len(self.people))))
        # Characters a drawn word brings, on average, with its punctuation share: for lengths.
        sample = rnd.choices(self.words, cum_weights=self.cum, k=20000)
        self.chars_per_word = sum(map(len, sample)) / len(sample) + FUNCTION_SHARE + 0.012 * 3.5 + 0.14


@cache
def vocabulary() -> Vocabulary:
    return Vocabulary()


def _length(rnd: random.Random) -> int:
    # Log-normal: median 756, mean 1,131 (sigma = sqrt(2 ln(1131/756))).
    return max(40, min(30000, int(756 * LENGTH_SCALE * math.exp(rnd.gauss(0, 0.898)))))


def _number(rnd: random.Random) -> str:
    kind = rnd.random()
    if kind < 0.35:
        return f"{rnd.randint(1990, 2024)}年"
    if kind < 0.55:
        return f"{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日"
    if kind < 0.75:
        return f"{rnd.randint(1, 99)}.{rnd.randint(0, 9)}%"
    if kind < 0.9:
        return f"{rnd.randint(2, 999)}{rnd.choice(['万元', '亿元', '万人', '个', '家', '项', '公里'])}"
    return rnd.choice(LATIN)


class Writer:
    """Generates articles; one instance per issue (seeded by the issue number)."""

    def __init__(self, seed: int):
        self.v = vocabulary()
        self.rnd = random.Random(seed)

    def person(self) -> str:
        return self.rnd.choices(self.v.people, cum_weights=self.v.people_cum)[0]

    def body(self, length: int) -> tuple[list[str], list[str]]:
        """Paragraphs of about `length` characters, and the focus words (for the headline)."""
        rnd, v = self.rnd, self.v
        topics = [v.topics[rnd.randrange(TOPICS)] for _ in range(rnd.choice((1, 1, 2, 2, 3)))]
        focus = [w for tw, cum in topics for w in rnd.choices(tw, cum_weights=cum, k=6)]
        people = [self.person() for _ in range(rnd.choice((0, 0, 1, 1, 2, 3)))]
        # Calibrated words: each present with its real document frequency.
        inserts: list[str] = []
        chosen = [w for w, df in TARGET_DF.items() if rnd.random() * 100 < df]
        partners = [w for w in chosen if len(w) == 2] + COLLOCATIONS
        for word in chosen:
            for _ in range(1 + min(int(rnd.expovariate(1.0) * length / 600), 30)):
                comp = v.compounds[word]
                if comp and rnd.random() < COMPOUND_SHARE:
                    inserts.append(rnd.choice(comp))
                elif rnd.random() < COLLOCATION_SHARE:  # 中国经济, 经济发展: words meet
                    inserts.append(word + rnd.choice(partners))
                else:
                    inserts.append(word)
        for phrase, (df, host) in PHRASES.items():
            if (host is None or host in chosen) and rnd.random() * (TARGET_DF[host] if host else 100) < df:
                inserts += [phrase] * (1 + min(int(rnd.expovariate(1.0) * length / 800), 10))
        inserts += people * rnd.choice((1, 2, 2, 3))
        if rnd.random() < 0.3:
            inserts.append(rnd.choice(v.places))
        if rnd.random() < 0.15:
            inserts.append(rnd.choice(v.orgs))
        n = max(8, int(length / v.chars_per_word))
        words = rnd.choices(v.words, cum_weights=v.cum, k=n)
        tw, tcum = topics[0]
        k_topic, k_focus = int(n * MIX_TOPIC), int(n * (1 - MIX_BACKGROUND - MIX_TOPIC))
        spots = rnd.sample(range(n), k_topic + k_focus)
        for i, w in zip(spots[:k_topic], rnd.choices(tw, cum_weights=tcum, k=k_topic)):
            words[i] = w
        for i, w in zip(spots[k_topic:], rnd.choices(focus, k=k_focus)):
            words[i] = w
        # Function words between content words: real text joins words mostly through a few
        # dozen of them (的 在 是 和 ...), which is why it has far fewer distinct pairs than random
        # adjacency would give.
        for i, f in zip(rnd.sample(range(n), int(n * FUNCTION_SHARE)), rnd.choices(FUNCTION, cum_weights=FUNCTION_CUM,
                                                                               k=int(n * FUNCTION_SHARE))):
            words[i] += f
        for i in rnd.sample(range(n), int(n * 0.012)):
            words[i] += _number(rnd)
        for w in inserts:
            words.insert(rnd.randrange(len(words) + 1), w)
        paragraphs, para, sentence = [], [], []
        at = 0
        for size in rnd.choices(range(4, 12), k=len(words) // 4 + 1):
            if at >= len(words):
                break
            text = "".join(words[at:at + size])
            at += size
            if rnd.random() < 0.04:
                text = f"“{text}”"
            sentence.append(text)
            if rnd.random() < 0.35:
                para.append("，".join(sentence) + rnd.choice("。。。。。！？；"))
                sentence = []
                if rnd.random() < 0.3:
                    paragraphs.append("".join(para))
                    para = []
        clause = []
        tail = "，".join(sentence + (["".join(clause)] if clause else []))
        if tail:
            para.append(tail + "。")
        if para:
            paragraphs.append("".join(para))
        for i, p in enumerate(paragraphs):  # an occasional 、 list
            if rnd.random() < 0.1 and "，" in p:
                paragraphs[i] = p.replace("，", "、", 1)
        return paragraphs, focus + people

    def headline(self, hints: list[str], present: list[str]) -> str:
        rnd = self.rnd
        parts = rnd.sample(hints, k=min(len(hints), rnd.randint(2, 4)))
        if present and rnd.random() < 0.5:
            parts.insert(rnd.randrange(len(parts) + 1), rnd.choice(present))
        head = "".join(parts)[: rnd.randint(8, 22)]
        if rnd.random() < 0.15:
            head = head[: len(head) // 2] + " " + head[len(head) // 2:]  # 两段式标题
        return head

    def article(self, page_name: str) -> dict:
        rnd = self.rnd
        paragraphs, hints = self.body(_length(rnd))
        text = "".join(paragraphs)
        present = [w for w in TARGET_DF if w in text]
        genre = rnd.choices([g for g, _ in GENRES], weights=[w for _, w in GENRES])[0]
        source = rnd.choices(["", "本报讯", "据新华社电", "新华社北京电", "据中新社电", "新华社香港电"],
                             weights=[45, 30, 10, 8, 4, 3])[0]
        byline = []
        if source in ("", "本报讯") and rnd.random() < 0.8:
            byline.append((rnd.choice(ROLES[:2]), self.person()))
            if rnd.random() < 0.3:
                byline.append((rnd.choice(ROLES[2:]), self.person()))
        art = {"headline": self.headline(hints, present), "paragraphs": paragraphs, "genre": genre,
               "source": source, "byline": byline, "column": rnd.choice(COLUMNS), "page_name": page_name}
        if rnd.random() < 0.1:
            art["kicker"] = self.headline(hints, [])
        if rnd.random() < 0.1:
            art["subhead"] = "——" + self.headline(hints, present)
        return art


def wire_stories(day: int, seed: int = 1) -> list[dict]:
    """The day's wire copy (新华社, 中新社): a few stories every paper may print that day."""
    w = Writer(seed * 1_000_003 + 7_000_000 + day)
    out = []
    for _ in range(WIRE_PER_DAY):
        a = w.article("")
        a["source"] = w.rnd.choice(["据新华社电", "新华社北京电", "据中新社电", "新华社香港电"])
        a["byline"] = []
        out.append(a)
    return out


def issue_articles(number: int, seed: int = 1) -> tuple[str, dt.date, list[list[dict]]]:
    """Issue `number` (0-based): its paper, date and 10 pages of 10 articles. Papers take turns
    by day. About 3% of the articles are the day's wire copy, which other papers (or another
    page) print too: the same text, so the same content hash."""
    paper = PUBLICATIONS[number % len(PUBLICATIONS)]
    day = number // len(PUBLICATIONS)
    w = Writer(seed * 1_000_003 + number)
    pages = [[w.article(PAGE_NAMES[p]) for _ in range(PER_ISSUE // PAGES)] for p in range(PAGES)]
    wire = None
    for page in pages:
        for i in range(len(page)):
            if w.rnd.random() < WIRE_SHARE:
                wire = wire or wire_stories(day, seed)
                page[i] = dict(w.rnd.choice(wire))
    return paper, START + dt.timedelta(days=day), pages


def to_article(a: dict):
    """A generated article as Baoku's model object."""
    from baoku.core.model import HEADLINE, KICKER, PARAGRAPH, SUBHEAD, Article, Block, Contributor

    blocks = ([Block(KICKER, a["kicker"])] if a.get("kicker") else []) + [Block(HEADLINE, a["headline"])]
    if a.get("subhead"):
        blocks.append(Block(SUBHEAD, a["subhead"]))
    blocks += [Block(PARAGRAPH, p) for p in a["paragraphs"]]
    return Article(blocks=blocks, headline=a["headline"], kicker=a.get("kicker", ""),
                   subhead=a.get("subhead", ""), column=a["column"], genre=a["genre"], source=a["source"],
                   contributors=[Contributor(name, role) for role, name in a["byline"]])


def parsed_issue(number: int, seed: int = 1, publication: str | None = None):
    """Issue `number` as the store takes it (what an importer would hand over)."""
    from baoku.core.model import IssueInfo, PageInfo, ParsedIssue, ParsedPage

    paper, date, pages = issue_articles(number, seed)
    return ParsedIssue(
        IssueInfo(publication or paper, date),
        [ParsedPage(PageInfo(p + 1, PAGE_NAMES[p]), [to_article(a) for a in arts]) for p, arts in enumerate(pages)],
        source="bench", source_hash=f"{publication or paper}-{seed}-{number}", importer="bench")


def jsonl_issue(number: int, seed: int = 1, publication: str | None = None) -> list[dict]:
    """Issue `number` as JSONL rows (Baoku's feed format), for timing a whole `baoku import`."""
    paper, date, pages = issue_articles(number, seed)
    rows = []
    for p, arts in enumerate(pages):
        for a in arts:
            row = {"publication": publication or paper, "date": date.isoformat(), "page": p + 1,
                   "page_name": PAGE_NAMES[p], "headline": a["headline"], "paragraphs": a["paragraphs"],
                   "genre": a["genre"], "column": a["column"], "source": a["source"],
                   "byline": [{"name": name, "role": role} for role, name in a["byline"]]}
            for key in ("kicker", "subhead"):
                if a.get(key):
                    row[key] = a[key]
            rows.append(row)
    return rows


def articles(n: int, seed: int = 1) -> list:
    """n generated articles as model objects (for the GUI and export benchmarks)."""
    out: list = []
    for number in itertools.count():
        for page in issue_articles(number, seed)[2]:
            out.extend(to_article(a) for a in page)
        if len(out) >= n:
            return out[:n]
    return out


def texts(n: int, seed: int = 1) -> list[str]:
    """The searchable text of the first n articles (headline, then paragraphs)."""
    out: list[str] = []
    for number in itertools.count():
        for page in issue_articles(number, seed)[2]:
            for a in page:
                out.append("\n".join([a.get("kicker", ""), a["headline"], a.get("subhead", ""),
                                      *a["paragraphs"]]).strip())
        if len(out) >= n:
            return out[:n]
    return out


HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def figures(docs: list[str]) -> dict:
    """What the issue measured on real text: lengths, document frequencies, character pairs."""
    lengths = sorted(len(d) for d in docs)
    n = len(docs)
    pair_df: Counter[str] = Counter()
    for d in docs:
        pairs = set()
        for run in HAN_RUN.findall(d):
            pairs.update(run[i:i + 2] for i in range(len(run) - 1))
        pair_df.update(pairs)
    ranked = [c for _, c in pair_df.most_common()]
    at = lambda r: 100 * ranked[r - 1] / n if len(ranked) >= r else 0.0  # noqa: E731
    return {
        "length": {"median": lengths[n // 2], "mean": round(sum(lengths) / n),
                   "p90": lengths[int(n * 0.9)], "max": lengths[-1]},
        "df": {w: round(100 * sum(1 for d in docs if w in d) / n, 1) for w in [*TARGET_DF, *PHRASES]},
        "pairs": {"distinct": len(ranked), 1: round(at(1), 1), 100: round(at(100), 1),
                  1000: round(at(1000), 2), 10000: round(at(10000), 2)},
    }


def comparison(docs: list[str]) -> str:
    """The generated corpus's figures beside the real ones, as a Markdown table."""
    got = figures(docs)
    rows = [("| figure | real (13,442 People's Daily articles) | generated "
             f"({len(docs):,} articles) |"), "| --- | ---: | ---: |"]
    for k in ("median", "mean", "p90", "max"):
        rows.append(f"| article length, {k} (characters) | {REAL['length'][k]:,} | {got['length'][k]:,} |")
    for w in TARGET_DF:
        rows.append(f"| document frequency of {w} | {REAL['df'][w]}% | {got['df'][w]}% |")
    for w, (df, _) in PHRASES.items():
        rows.append(f"| document frequency of {w} | {df}% (as set) | {got['df'][w]}% |")
    rows.append(f"| distinct character pairs | {REAL['pairs']['distinct']:,} | {got['pairs']['distinct']:,} |")
    for r in (1, 100, 1000, 10000):
        rows.append(f"| pair of rank {r:,}: in % of articles | {REAL['pairs'][r]}% | {got['pairs'][r]}% |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description="print the generated corpus's figures beside the real ones")
    ap.add_argument("--articles", type=int, default=13442)
    ap.add_argument("--show", type=int, default=0, help="also print this many articles")
    args = ap.parse_args()
    docs = texts(args.articles)
    for d in docs[: args.show]:
        print(d, "\n")
    print(comparison(docs))


if __name__ == "__main__":
    main()
