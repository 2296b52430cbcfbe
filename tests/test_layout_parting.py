"""What parts one story from the next on pages set by hand as the recogniser reads them (lines with
their characters' boxes) over images drawn with their rules, pictures and type: a rule or a wide
white band under a story, a picture's own words, a box's
frame touching a picture, a short line's box reaching into the line over it, a speckled
page's gutters; and what does not: a headless brief's text carried on into the next column."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from baoku.core.importing.scan import scanned_page
from baoku.core.model import PageInfo
from baoku.core.ocr.engine import OcrChar, OcrLine, OcrPage

from .scanpage import FONTS

BODY = 28
LEAD = 44
TEXT = ("走进老城区的一条小巷，新铺的石板路干净平整，墙上的管线整齐归束，几位老人坐在门口晒太阳、聊家常。"
        "老旧小区改造，改的是环境，暖的是民心。只有把群众的小事当成大事来办，才能让城市更有温度。") * 3
BRIEF = "据新华社开罗3月5日电埃及旅游和文物部5日宣布，考古人员在卢克索发现一处约3500年前的墓葬群。"


def line(text: str, x: int, y: int, size: int = BODY) -> OcrLine:
    chars = [OcrChar(c, (x + size * k, y, x + size * (k + 1) - 2, y + size), 0.99) for k, c in enumerate(text)]
    return OcrLine(text, (x, y, x + size * len(text), y + size), 0.99, chars)


def column(text: str, x: int, y: int, per: int = 13) -> list[OcrLine]:
    return [line(text[k:k + per], x, y + LEAD * (k // per)) for k in range(0, len(text), per)]


def _articles(lines, gray, w, h):
    return scanned_page(OcrPage(w, h, lines), PageInfo(1), "zh", gray).articles


def _story_and_brief(gap: int, rule: bool):
    """A story over two columns, its text ending level in both; under the second column, `gap`
    px lower (a rule across it when `rule`), a brief with no headline."""
    lines = [line("小巷里的大民生", 250, 100, 56)]
    lines += column(TEXT[:78], 60, 190) + column(TEXT[78:156], 460, 190)
    foot = 190 + 5 * LEAD + BODY
    lines += column(BRIEF, 460, foot + gap)
    gray = np.full((1100, 900), 255, np.uint8)
    if rule:
        gray[foot + gap // 2:foot + gap // 2 + 3, 450:840] = 0
    return _articles(lines, gray, 900, 1100)


def test_a_brief_under_a_rule_below_a_story_is_an_article_of_its_own():
    """d03: a headless brief under the rule that ends the story above it in its column (the top
    of a box round it) went to that story."""
    arts = _story_and_brief(30, rule=True)
    assert len(arts) == 2, [a.text()[:20] for a in arts]
    assert "卢克索" not in arts[0].text() and "卢克索" in arts[1].text()


def test_a_brief_under_a_wide_white_band_below_a_story_is_an_article_of_its_own():
    arts = _story_and_brief(4 * BODY, rule=False)
    assert len(arts) == 2, [a.text()[:20] for a in arts]
    assert "卢克索" in arts[1].text()


def test_text_under_lines_the_recogniser_did_not_read_runs_on():
    """The 1920 Evening Star: a worn column's lines the recogniser did not read leave a gap in
    the lines, but ink on the page: the text under it is still the story's (taken for white, the
    gap cut the page's 25 stories into 82 articles)."""
    lines = [line("小巷里的大民生", 250, 100, 56)]
    lines += column(TEXT[:78], 60, 190) + column(TEXT[78:156], 460, 190)
    foot = 190 + 5 * LEAD + BODY
    gray = _drawn([(TEXT[156 + 13 * k:169 + 13 * k], 460, foot + 16 + LEAD * k, BODY) for k in range(3)], 900, 1100)
    lines += column(TEXT[200:260], 460, foot + 3 * LEAD + 16)  # read again under the three unread lines
    arts = _articles(lines, gray, 900, 1100)
    assert len(arts) == 1, [a.text()[:20] for a in arts]


def test_text_under_white_no_taller_than_the_leading_runs_on():
    arts = _story_and_brief(LEAD - BODY, rule=False)
    assert len(arts) == 1 and "卢克索" in arts[0].text()


def _tone(d: ImageDraw.ImageDraw, box) -> None:
    """A photo: grey with darker and lighter rounds."""
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=150)
    for k in range(x0, x1 - 60, 150):
        d.ellipse((k, y0 + 20, k + 120, y0 + 140), fill=80 if (k // 150) % 2 else 190)


def test_text_beside_a_caption_under_a_picture_stays_with_its_story():
    """A picture over two columns, its caption under the first only: the story's text in the
    second column stands under white where the caption is, and is still the story's."""
    img = Image.new("L", (900, 1100), 255)
    _tone(ImageDraw.Draw(img), (60, 190, 830, 480))
    lines = [line("江滩公园花海引客来", 200, 100, 56)]
    lines += [line(t, 60, 495 + 30 * k, 22) for k, t in enumerate(["上图：游客在花海中拍照留", "念。下图：小朋友在草坪上放", "风筝。本报记者邹明远摄"])]
    lines += column(TEXT[:78], 60, 600) + column(TEXT[78:156], 460, 600)
    arts = _articles(lines, np.asarray(img), 900, 1100)
    assert len(arts) == 1, [a.text()[:20] for a in arts]


def test_words_drawn_on_a_picture_head_nothing():
    """t02: the recogniser read a big 1 among a photo's rounds; it opened an article, its headline
    the 1, and took the story's first column from the story."""
    img = Image.new("L", (900, 1100), 255)
    _tone(ImageDraw.Draw(img), (60, 190, 830, 480))
    lines = [line("县域商业体系建设提速", 170, 100, 56), line("1", 100, 300, 60)]
    lines += column(TEXT[:78], 60, 520) + column(TEXT[78:156], 460, 520)
    arts = _articles(lines, np.asarray(img), 900, 1100)
    assert [a.headline for a in arts] == ["县域商业体系建设提速"], [a.headline for a in arts]


def test_a_box_frame_touching_a_picture_is_no_part_of_it():
    """d07: a boxed story's headline over a picture as wide as the box: the frame, grey with
    noise where it meets the picture, made the picture's box the whole frame's, over the
    headline, which then stood in the picture."""
    from baoku.core.layout.graphics import find_graphics

    rng = np.random.default_rng(3)
    img = Image.new("L", (900, 1000), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((60, 60, 840, 900), outline=0, width=3)
    _tone(d, (62, 220, 838, 520))
    gray = np.asarray(img).copy()
    specks = rng.random(gray.shape) < 0.02
    gray[specks] = 0
    found = find_graphics(gray, BODY, [(150, 90, 750, 150), (150, 150, 750, 200)])
    assert len(found.figures) == 1, found.figures
    assert 200 <= found.figures[0][1] <= 230 and found.figures[0][3] <= 540, found.figures


def _drawn(texts, w: int = 900, h: int = 700) -> np.ndarray:
    """An image of Han lines: (text, x, y, size) each."""
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    for t, x, y, size in texts:
        d.text((x, y), t, font=ImageFont.truetype(str(FONTS / "uming.ttc"), size), fill=0)
    return np.asarray(img)


def test_a_short_line_boxed_into_the_line_over_it_is_measured_in_its_own_type():
    """d07: a two-line headline's second line, 3月开始, boxed by the recogniser from a little above
    the foot of the first line's box: its ink measured from the first line's last rows, it read
    as type 1.7 times bigger, and the headline was cut in two."""
    from baoku.core.layout.typesize import ink_mask, type_sizes

    size, lead, words = 48, 64, "本报讯年度个人所得税综合所得汇算清缴将于"
    gray = _drawn([("个税汇算清缴", 100, 100, size), ("3月开始", 100, 100 + lead, size)] +
                  [(words, 100, 400 + 40 * k, 28) for k in range(6)])
    rows = np.nonzero((gray[:, 100:500] < 128).any(axis=1))[0]
    ink1 = rows[rows < 100 + lead - 4]  # the first line's inked rows
    box1 = (100, int(ink1[0]) - 10, 100 + 6 * size, int(ink1[-1]) + 10)  # padded as the recogniser pads
    top, foot = box1[3] - 14, box1[3] - 14 + 80
    first = OcrLine("个税汇算清缴", box1, 0.99,
                    [OcrChar(c, (100 + size * k, box1[1], 100 + size * (k + 1), box1[3]), 0.99) for k, c in enumerate("个税汇算清缴")])
    second = OcrLine("3月开始", (100, top, 100 + 4 * size, foot), 0.99,
                     [OcrChar(c, (100 + size * k, top, 100 + size * (k + 1), foot), 0.99) for k, c in enumerate("3月开始")])
    lines = [first, second] + [line(words, 100, 400 + 40 * k) for k in range(6)]
    sizes, _ = type_sizes(lines, ink_mask(gray, 28))
    assert max(sizes[0], sizes[1]) < 1.1 * min(sizes[0], sizes[1]), sizes[:2]


def test_a_speckled_page_is_told_from_a_clean_one():
    from baoku.core.ocr.reading import speckled

    gray = _drawn([("老旧小区改造，改的是环境", 100, 100, 28), ("暖的是民心", 100, 144, 28)])
    noisy = gray.copy()
    noisy[np.random.default_rng(5).random(gray.shape) < 0.02] = 0
    assert not speckled(gray) and speckled(noisy)


def test_a_speckled_pages_lines_are_found_column_by_column():
    """s04 (a page of the layout set: five columns, 2% noise, skewed 0.8°): the detector joined the
    lines of four or five columns across the specked gutters into one box (18 boxes over 600 px
    wide), and the recogniser, reading them squeezed, dropped characters."""
    from baoku.core.ocr.reading import detect

    from .layoutset import build, specs

    page = build(next(s for s in specs() if s.name == "s04"))
    _, _, boxes = detect(page.png)
    wide = [b for b in boxes if max(p[0] for p in b) - min(p[0] for p in b) > 600]
    assert len(wide) <= 2, len(wide)  # a subhead over two columns may be


def test_a_paragraphs_last_character_and_its_full_stop_head_nothing():
    """t12: a paragraph's last line, 元。, its two glyphs read wide apart, measured as type 1.7
    times the body's: it opened an article headed 元。, taking the rest of the column."""
    lines = [line("小巷里的大民生", 200, 100, 64)] + column(TEXT[:130], 60, 200)
    y = 200 + 10 * LEAD
    lines += [OcrLine("元。", (60, y, 60 + 2 * 48, y + 48), 0.99,
                      [OcrChar("元", (60, y, 106, y + 48), 0.99), OcrChar("。", (108, y, 156, y + 48), 0.99)])]
    lines += column(TEXT[130:200], 60, y + LEAD)
    page = scanned_page(OcrPage(900, 1400, lines), PageInfo(1), "zh")
    assert [a.headline for a in page.articles] == ["小巷里的大民生"], [a.headline for a in page.articles]


def test_a_tables_figures_head_nothing_on_a_han_page():
    """t12: a weather table's row 7~13℃, its size only its boxes' guess (ink measures Han glyphs),
    read as display type: it opened an article, cutting the table in two."""
    words = "本报讯年度个人所得税综合所得汇"
    texts = [("天气预报", 100, 60, 48)] + [(words, 100, 140 + 44 * k, 28) for k in range(8)]
    texts += [("石门阴转小雨", 100, 500, 28), ("7~13℃", 100, 544, 28), ("清河多云", 100, 588, 28)]
    gray = _drawn(texts, 900, 800)
    lines = [line("天气预报", 100, 60, 48)] + [line(words, 100, 140 + 44 * k) for k in range(8)]
    lines += [line("石门阴转小雨", 100, 500), line("7~13℃", 100, 544, 40), line("清河多云", 100, 588)]
    arts = _articles(lines, gray, 900, 800)
    assert len(arts) == 1 and "清河" in arts[0].text(), [a.text()[:20] for a in arts]


def test_a_tables_figures_give_a_cell_over_them_no_display_size():
    """d09 (round 11's leftover): a weather table's column of cells, 阴 over 11~17, gathered into one
    block whose size, the median of them, took the figures' boxes' guess (1.2 times the body):
    the block read as display type, and the cells became heads (上海小雨 | 广州阵雨: 16 articles
    for 14). A block's size is its measured lines' (those with Han glyphs)."""
    words = "本报讯年度个人所得税综合所得汇"
    rows = [("上海", "阴"), ("小雨", "11~17"), ("广州", "雷阵雨"), ("阵雨", "19~26"), ("成都", "多云"), ("阴", "12~18")]
    texts = [("城市新闻", 100, 60, 48)] + [(words, 100, 140 + 44 * k, 28) for k in range(6)]
    texts += [("天气预报", 100, 470, 48)] + [(t, x, 560 + 44 * k, 28) for k, r in enumerate(rows) for t, x in zip(r, (100, 300))]
    gray = _drawn(texts, 900, 900)
    lines = [line("城市新闻", 100, 60, 48)] + [line(words, 100, 140 + 44 * k) for k in range(6)]
    lines += [line("天气预报", 100, 470, 48)]
    lines += [line(t, x, 560 + 44 * k, 38 if "~" in t else 28) for k, r in enumerate(rows) for t, x in zip(r, (100, 300))]
    gray = gray.copy()
    gray[450:453, 60:840] = 0  # the rule between the story and the table
    arts = _articles(lines, gray, 900, 900)
    assert [a.headline for a in arts] == ["城市新闻", "天气预报"], [(a.headline, a.text()[:20]) for a in arts]


def test_a_headline_centred_over_four_columns_keeps_them_from_a_brief_headline_beside_it():
    """t11 (s02 likewise): a headline centred over four columns, level with a brief's headline
    centred over the fifth: the fourth column, nearer the brief's, went to it, and the story's
    text there with it."""
    lines = [line("一条老街的微改造", 842 - 4 * 68, 100, 68), line("全国铁路货运量", 1842 - 7 * 24, 110, 48)]
    fourth = "老街改造也带来了新的生机几家年轻人开的书店咖啡馆在老街落户与老店铺和睦相处周末不少市民专程来逛"
    for k in range(3):
        lines += column(TEXT[52 * k:52 * (k + 1)], 60 + 400 * k, 220)
    lines += column(fourth[:52], 1260, 220) + column(BRIEF[:39], 1660, 220)
    arts = _articles(lines, np.full((700, 2100), 255, np.uint8), 2100, 700)
    story = next(a for a in arts if a.headline == "一条老街的微改造")
    assert "咖啡馆" in story.text(), [(a.headline, a.text()[:30]) for a in arts]
    assert len(arts) == 2 and "卢克索" not in story.text()


def test_a_weather_box_beside_a_story_is_read_apart_over_a_gutter_a_wide_story_crosses():
    """t10: a weather box in the second column beside a story in the first, and lower down a
    story set across both columns' width: its lines crossing the gutter, the two columns were
    read as one, and the weather box's head and lines went to the story beside it."""
    lines = [line("海边避暑沙滩人挤人", 60 + 182 - 4 * 40, 100, 40)] + column(TEXT[:104], 60, 170)
    lines += [line("今日天气", 460 + 182 - 2 * 48, 100, 48), line("市区晴转多云南风二级", 460, 170),
              line("沿海晴东南风三级", 460, 214), line("紫外线很强穿衣短袖", 460, 258)]
    for k in range(3):
        lines += column((TEXT * 2)[104 + 130 * k:104 + 130 * (k + 1)], 860 + 400 * k, 170)
    wide = "五月一日晚东津大剧院广场上市民跟着音乐跳起广场舞据了解假期期间全市各广场共举办群众文化活动"
    lines += [line("广场舞", 340, 700, 48)] + [line(wide[k * 26:(k + 1) * 26], 60, 770 + LEAD * k) for k in range(2)]
    arts = _articles(lines, np.full((1000, 2100), 255, np.uint8), 2100, 1000)
    weather = next(a for a in arts if a.headline == "今日天气")
    assert "紫外线" in weather.text(), [(a.headline, a.text()[:30]) for a in arts]
    assert all("紫外线" not in a.text() for a in arts if a is not weather)


BRIEFS = ["河阳市图书馆新馆将于十月二十八日起试运行，读者持身份证即可免押金办理借阅证。（记者孟舒）",
          "十月二十日起，河阳火车站东广场新增网约车、出租车专用候客区，并设置无障碍候车位和行李推车存放点，"
          "旅客出站后可沿地面黄色指引标识步行约三分钟到达。（记者贺明轩）",
          "十月二十一日，市人社局公布今年第三批技能人才评价结果，共有一千余人取得证书。（记者孟舒）"]


def test_a_headless_brief_carried_into_the_next_column_stays_one_article():
    """s08: briefs with no headline side by side, one of them set over two
    columns: its text at the head of the second column (its line before full, mid-sentence, its
    own first line flush) runs on; the next brief, after a line that ended a sentence, does not."""
    lines = column(BRIEFS[0], 60, 130)
    lines += column(BRIEFS[1][:39], 460, 130) + column(BRIEFS[1][39:], 860, 130)
    lines += column(BRIEFS[2], 1260, 130)
    gray = np.full((500, 1700), 255, np.uint8)
    arts = _articles(lines, gray, 1700, 500)
    texts = [a.text().replace("\n", "") for a in arts]
    assert len(arts) == 3, texts
    assert "候车位和行李推车" in texts[1] and "三分钟" in texts[1] and "人社局" in texts[2], texts


def test_a_thin_rule_on_a_speckled_page_is_read_whole():
    """s12: a row rule two pixels thick on a page with 2% of its pixels flipped: no run of either
    row was long enough for a rule, and it was read as a few short pieces; over a column where
    none stood, the story above took the brief under it."""
    from PIL import ImageFilter

    from baoku.core.layout.graphics import find_graphics

    img = Image.new("L", (2400, 300), 255)
    ImageDraw.Draw(img).rectangle((60, 150, 2340, 151), fill=0)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(0.7))).astype(np.int16)
    flip = np.random.default_rng(92).random(a.shape) < 0.02
    gray = np.where(flip, 255 - a, a).clip(0, 255).astype(np.uint8)
    rules = [r for r in find_graphics(gray, BODY, []).hrules if 140 < r[1] < 160]
    assert len(rules) == 1 and rules[0][2] - rules[0][0] > 0.95 * 2280, rules


def test_a_headless_piece_carried_over_columns_with_paragraphs_begun_part_way_down_stays_one():
    """s14: a continuation (上接第一版) with no head, set over four columns in a box: where a
    paragraph began part-way down a column, that column was two blocks, and the next column's
    top stood level with the lower block's top no more: each column became an article."""
    words = (TEXT * 2).replace("。", "，")
    lines, at = [], 0
    for k in range(4):
        x = 60 + 400 * k
        lines += column(words[at:at + 26], x, 130)
        lines += [line(words[at + 26:at + 31] + "。", x, 130 + 2 * LEAD)]  # a paragraph ends short
        lines += [line(words[at + 31:at + 40], x + 4 * BODY, 130 + 3 * LEAD)]  # the next begins indented
        lines += column(words[at + 40:at + 79], x, 130 + 4 * LEAD)
        at += 79
    arts = _articles(lines, np.full((600, 1700), 255, np.uint8), 1700, 600)
    assert len(arts) == 1, [a.text()[:20] for a in arts]


def test_a_brief_under_a_rows_white_below_a_story_is_an_article_of_its_own():
    """t17: rows parted by white alone (no rule), a headless brief at the top of the next row
    stood under less than 2.5 body sizes of white (1.8: the row's gap) and ran on from the story
    above it in its column. White well over a line's leading parts them."""
    arts = _story_and_brief(int(1.8 * BODY), rule=False)
    assert len(arts) == 2, [a.text()[:20] for a in arts]
    assert "卢克索" in arts[1].text()


def test_a_sparse_last_column_is_a_column_and_a_line_read_into_it_is_cut():
    """t19: a story's last column held two lines (an advertisement under it): too few to show as
    a column, so the line the recogniser read across the gutter into it (由火车站开出后，经建设路、
    | 路。乘客可拨打公交服务热线) was not cut there, and the column's text was read in the middle of
    the column before."""
    text = (TEXT * 3)[:13 * 60]
    lines = [line("小巷里的大民生", 500, 100, 56)]
    for c in range(3):
        lines += column(text[13 * 20 * c:13 * 20 * (c + 1)], 60 + 400 * c, 190)[1 if c == 2 else 0:]
    last = "路。乘客可拨打公交服务热线"
    left = text[13 * 40:13 * 41]  # column 3's first line, read with column 4's as one line
    chars = [OcrChar(ch, (860 + 28 * k, 190, 886 + 28 * k, 218), 0.99) for k, ch in enumerate(left)]
    chars += [OcrChar(ch, (1260 + 28 * k, 190, 1286 + 28 * k, 218), 0.99) for k, ch in enumerate(last)]
    lines.append(OcrLine(left + last, (860, 190, 1260 + 28 * len(last), 218), 0.99, chars))
    lines.append(line("咨询。", 1260, 190 + LEAD))
    arts = _articles(lines, np.full((1200, 1700), 255, np.uint8), 1700, 1200)
    assert len(arts) == 1, [a.text()[:20] for a in arts]
    said = "".join(arts[0].text().split())
    assert said == "小巷里的大民生" + text + last + "咨询。", said


def test_a_headline_boxed_in_two_meeting_pieces_reads_in_its_order():
    """t17 (round 11's leftover): 好故事不怕“土” boxed in two pieces whose boxes meet, the second
    (“土”, its quotes standing high) boxed higher; 土 alone measured 0.91 of the rest (a glyph or
    two measure by their own ink), so the pieces were not joined, and the head read “土” | 好故事不怕."""
    size, x, y = 56, 100, 60
    words = "本报讯年度个人所得税综合所得汇"
    gray = _drawn([("好故事不怕“土”", x, y, size)] + [(words, 100, 160 + 44 * k, 28) for k in range(8)], 900, 600)
    first = line("好故事不怕", x, y + 4, size)
    at = x + 5 * size  # (its box meeting the first's)
    second = OcrLine("“土”", (at, y - 8, at + 3 * size, y + size + 4), 0.99,
                     [OcrChar(c, (at + size * k, y - 8, at + size * (k + 1), y + size + 4), 0.99) for k, c in enumerate("“土”")])
    lines = [first, second] + [line(words, 100, 160 + 44 * k) for k in range(8)]
    arts = _articles(lines, gray, 900, 600)
    assert [a.headline for a in arts] == ["好故事不怕“土”"], [a.headline for a in arts]


def test_a_continued_story_runs_on_into_the_next_column_after_a_sentence_end():
    """d14 (round 11): a story carried over from another page, opened by its jump line （上接第一版）
    with no head, over two columns: its first column, full, ends a sentence (…都来自边路传中。) and
    the second opens flush on the same paragraph (“客场拿到三分很不容易…). Headless briefs side by
    side stand just so (s08, above), so the text did not run on: the story was two articles. A
    story its jump line opens is one story: its text at the next column's top runs on. (A flush
    brief beside the story's last column would be taken in too when that column ends full on a
    sentence's end; a story's last line mostly ends short, as here.)"""
    first = ("赛后主教练梁振东在新闻发布会上表示球队上半场打得有些急中场休息时调整了边路的进攻方式下半场两个进球都"
             "来自边路传中。")[:51] + "。"
    second = "“客场拿到三分很不容易，球员们用拼劲弥补了体能上的不足。”本轮过后，滨海队升至积分榜第三位。"  # (ends short)
    lines = [line("（上接第一版）", 60 + 2 * BODY, 130)] + column(first, 60, 130 + LEAD) + column(second, 460, 130)
    lines += column(BRIEFS[2], 860, 130)  # a brief beside it still stands alone
    arts = _articles(lines, np.full((500, 1300), 255, np.uint8), 1300, 500)
    texts = [a.text().replace("\n", "") for a in arts]
    assert len(arts) == 2 and "客场拿到" in texts[0] and "人社局" in texts[1], texts
