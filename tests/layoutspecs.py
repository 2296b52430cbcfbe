"""The layout set's pages (tests/layoutset.py draws them): each page's labelled sources, columns,
wear and options, with its split (train, dev or test) fixed before any tuning. A test page, once
measured, is spent and joins train or dev."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Spec:
    name: str
    split: str
    sources: list[str]  # labelled pages whose articles the page holds, in order
    columns: int
    seed: int = 0
    folio: bool = True
    skew: float = 0.0
    noise: bool = False
    jpeg: int = 0
    extra: dict = field(default_factory=dict)


SPECS = [
    Spec("t01", "train", ["city_01_yaowen", "city_02_yaowen"], 6, seed=1),
    Spec("t02", "train", ["city_03_jingji", "city_04_jingji"], 5, seed=2, skew=0.8),
    Spec("t03", "train", ["city_05_guoji", "city_06_guoji"], 8, seed=3),
    Spec("t04", "train", ["city_07_pinglun", "city_08_pinglun"], 4, seed=4, noise=True),
    Spec("t05", "train", ["city_09_tupian", "city_10_tupian"], 6, seed=5, extra={"pictures": True}),
    Spec("t06", "train", ["city_11_fukan", "city_12_fukan"], 5, seed=6, jpeg=50),
    Spec("t07", "train", ["city_13_zhuanban", "city_14_zhuanban"], 7, seed=7, skew=-1.2),
    Spec("t08", "train", ["city_15_xuban_a", "city_17_tiyu"], 4, seed=8),
    Spec("d01", "dev", ["city_16_xuban_b", "city_18_wenjiao"], 6, seed=11, skew=1.0, noise=True),
    Spec("d02", "dev", ["city_19_fazhi", "city_20_keji"], 5, seed=12),
    Spec("d03", "dev", ["city_21_difang", "city_23_guoji"], 8, seed=13, jpeg=45),
    Spec("d04", "dev", ["city_22_shehui", "city_24_fukan"], 4, seed=14, skew=-0.6),
    # Added in the second round (issue 30b), the split kept: train and dev from the page set's other
    # papers (metro stacks of kicker, headline and subhead; a national daily's briefs; traditional
    # script set in vertical columns), test pages written for them before any was read.
    Spec("t09", "train", ["traditional_01", "traditional_02"], 0, seed=31, extra={"vertical": True}),
    Spec("t10", "train", ["metro_01", "metro_02"], 6, seed=32, skew=0.7, extra={"pictures": True}),
    Spec("t11", "train", ["national_01", "national_02"], 7, seed=33, noise=True),
    Spec("d05", "dev", ["traditional_11", "traditional_12"], 0, seed=41, skew=-0.5, extra={"vertical": True}),
    Spec("d06", "dev", ["metro_11", "business_11"], 5, seed=42, jpeg=50),
    # Round 3 (issue 30c): the two test rounds' pages were measured and are spent, so they join
    # train (s02, s04: the failures looked at and fixed) and dev (s01, s03, s05: settings checked
    # on them); their words stay in tests/layoutset/test/. Added with them, pages of variants the
    # set had too few of: a noisy, skewed page each in train and dev (lines lost to noise), jump
    # lines (下转第X版 / 上接), eight columns with the page set's briefs, the picture-story column.
    Spec("s02", "train", ["test_03_tupian", "test_04_guoji"], 7, seed=22),
    Spec("s04", "train", ["test_06_pinglun"], 5, seed=51, noise=True, skew=0.8),
    Spec("t12", "train", ["nineties_01", "evening_t06"], 8, seed=61, noise=True, skew=1.1),
    Spec("s01", "dev", ["test_01_minsheng", "test_02_kejiao"], 6, seed=21, skew=1.5, noise=True, jpeg=40),
    Spec("s03", "dev", ["test_05_wenyi"], 4, seed=23, skew=-0.9),
    Spec("s05", "dev", ["test_07_chuantong"], 0, seed=52, extra={"vertical": True}),
    Spec("d07", "dev", ["evening_16", "business_16"], 5, seed=71, noise=True, skew=-1.3,
         extra={"pictures": True}),
    # Round 4 (issue 30d): round 3's test pages (words written for them by someone who saw neither
    # the method nor the other pages, tests/layoutset/test/test_08 … test_13; specs set by the lead
    # after the freeze ccfac1f) were measured once and are spent. The three that failed join train
    # (s07 picture page, s08 headless briefs, s09 vertical: the failures looked at and fixed), the
    # two that passed dev (s06, s10: guards that the fixes keep them).
    Spec("s07", "train", ["test_10_shijue"], 5, seed=82, jpeg=45, extra={"pictures": True}),
    Spec("s08", "train", ["test_11_fuwu"], 7, seed=83, noise=True, skew=-1.0),
    Spec("s09", "train", ["test_12_taiwan"], 0, seed=84, extra={"vertical": True}),
    Spec("s06", "dev", ["test_08_yaowen", "test_09_zonghe"], 6, seed=81, skew=0.6),
    Spec("s10", "dev", ["test_13_fukan"], 4, seed=85, noise=True, skew=1.4, jpeg=40),
    # Round 5 (issue 30e): round 4's test pages (words written for them by someone who saw neither
    # the method nor the set, tests/layoutset/test/test_14 … test_19; specs set by the lead before
    # any was delivered) were measured once on aab39f7 and are spent. The four that failed join
    # train (s11 front page, s12 economy briefs and data box, s14 city page with a headless
    # continuation, s15 vertical: the failures looked at and fixed), the two that passed dev (s13,
    # s16: guards that the fixes keep them).
    Spec("s11", "train", ["test_14_yaowen"], 6, seed=91, skew=-0.8),
    Spec("s12", "train", ["test_15_jingji"], 7, seed=92, noise=True),
    Spec("s14", "train", ["test_17_shehui"], 6, seed=94, skew=1.2, noise=True),
    Spec("s15", "train", ["test_18_taiwan"], 0, seed=95, skew=0.4, extra={"vertical": True}),
    Spec("s13", "dev", ["test_16_tupian"], 5, seed=93, jpeg=45, extra={"pictures": True}),
    Spec("s16", "dev", ["test_19_fukan"], 4, seed=96, skew=-1.4, jpeg=40),
    # Round 6 (issue 30, stop 37): round 5's test pages (words written for them by someone who saw
    # neither the method nor the set, tests/layoutset/test/test_20 … test_25; specs set by the lead
    # before the brief went out) were measured once (2.11%, 27 of 33 matched) and are spent. The two
    # over 1% join train (s17 sports page, s20 vertical Hong Kong page), the four under it dev.
    Spec("s17", "train", ["test_20_tiyu"], 7, seed=101, skew=0.9, noise=True),
    Spec("s20", "train", ["test_23_xianggang"], 0, seed=104, skew=-0.5, noise=True, extra={"vertical": True}),
    Spec("s18", "dev", ["test_21_guoji"], 8, seed=102, jpeg=45),
    Spec("s19", "dev", ["test_22_jiaoyu"], 5, seed=103, skew=-1.1, extra={"pictures": True}),
    Spec("s21", "dev", ["test_24_nongcun"], 6, seed=105, noise=True, jpeg=50),
    Spec("s22", "dev", ["test_25_wanbao"], 6, seed=106, skew=1.3),
    # Round 6's test: six texts written for it by someone who saw neither the method nor the set
    # (tests/layoutset/test/test_26 … test_31), their specs set by the lead before the brief went
    # out; measured once on e3404be (5.19%, 34 of 39 matched, 2 cut heads) and spent. The four that
    # failed join train (s23 markets page and s24 culture page: a two-line headline cut; s25
    # vertical Macau page; s28 literary page: a —— subhead parted), the two that passed dev.
    Spec("s23", "train", ["test_26_caijing"], 8, seed=111, noise=True, skew=0.6),
    Spec("s24", "train", ["test_27_wenhua"], 5, seed=112, jpeg=45, extra={"pictures": True}),
    Spec("s25", "train", ["test_28_aomen"], 0, seed=113, skew=0.3, extra={"vertical": True}),
    Spec("s28", "train", ["test_31_fukan"], 4, seed=116, skew=1.5),
    Spec("s26", "dev", ["test_29_fazhi"], 6, seed=114, skew=-1.0, noise=True),
    Spec("s27", "dev", ["test_30_guoji"], 7, seed=115, jpeg=40),
    # Round 7's test: six texts by a new writer who saw neither the method nor the set
    # (tests/layoutset/test/test_32 … test_37), specs set by the lead before the brief went out;
    # measured once on cf5f354 (0.28%, 38 of 43 matched; the five horizontal pages 0.00-0.09%,
    # every article matched) and spent. s31, the vertical Hong Kong page (1.65%: OCR misreads in
    # traditional vertical text, 十二 read 十一一 and 倌 read 馆 inside two heads), joins train, the
    # five others dev.
    Spec("s31", "train", ["test_34_xianggang"], 0, seed=123, skew=-0.4, noise=True, extra={"vertical": True}),
    Spec("s29", "dev", ["test_32_keji"], 6, seed=121, skew=0.7, noise=True),
    Spec("s30", "dev", ["test_33_difang"], 7, seed=122, jpeg=45),
    Spec("s32", "dev", ["test_35_nongye"], 5, seed=124, skew=1.1, extra={"pictures": True}),
    Spec("s33", "dev", ["test_36_pinglun"], 4, seed=125, skew=-1.3, jpeg=40),
    Spec("s34", "dev", ["test_37_jiankang"], 8, seed=126, noise=True, skew=-0.6),
    # Round 8 (issue 30, brief h42v): vertical headlines on horizontal pages (竖题: a multi-column
    # article's head set one character a cell in a narrow column at its right, or left, the body
    # beside it; `side_heads` is the share of the articles that can that get one). From page-set
    # texts no spec had used; the specs set and the pages measured once on main before any tuning.
    # The two test pages (texts from the page set's round-5 split, not read) are reported apart:
    # measured once on main a40d68f and once on c08fc53 (docs/scans.md, round 8), and spent.
    Spec("t13", "train", ["national_r3_01"], 6, seed=131, extra={"side_heads": 0.6}),
    Spec("t14", "train", ["national_r4_03"], 7, seed=132, skew=0.8, noise=True, extra={"side_heads": 0.6}),
    Spec("t15", "train", ["metro_r4_03"], 5, seed=133, jpeg=45, extra={"side_heads": 0.6, "pictures": True}),
    Spec("d08", "dev", ["national_r3_06"], 8, seed=141, skew=-0.7, extra={"side_heads": 0.6}),
    Spec("d09", "dev", ["national_r4_01"], 4, seed=142, noise=True, jpeg=50, extra={"side_heads": 0.6}),
    # x01 and x02 were round 8's test pages, measured once (docs/scans.md, round 8): spent, so x01 is a
    # train page now and x02 a dev page (brief h42w); their names are kept.
    Spec("x01", "train", ["national_r5_01"], 6, seed=151, skew=1.0, noise=True, extra={"side_heads": 0.6}),
    Spec("x02", "dev", ["metro_r5_05"], 5, seed=152, skew=-0.5, jpeg=40,
         extra={"side_heads": 0.6, "pictures": True}),
    # Round 9 (issue 30, brief h43p): pictures set inside an article's text (`inset_pictures`: that
    # share of the articles over two columns or more get a picture over one or two of their
    # columns, a few lines down or at the top of the body, the text running round it, a caption
    # under it in some cases; tests/insetpicture.py), mixed with the older options. From page-set
    # texts no spec had used; specs set and all eight pages measured once on main 21145ee before any
    # tuning. The three test pages (texts from the page set's round-5 split, not read) are reported
    # apart: measured once on main 21145ee and once on 33a4073 (docs/scans.md, round 9), and spent.
    Spec("t16", "train", ["national_r2_03"], 6, seed=161, extra={"inset_pictures": 0.7, "side_heads": 0.3}),
    Spec("t17", "train", ["metro_r3_02"], 5, seed=162, skew=0.8, noise=True,
         extra={"inset_pictures": 0.7, "pictures": True}),
    Spec("t18", "train", ["business_r4_02"], 7, seed=163, jpeg=45, extra={"inset_pictures": 0.7}),
    Spec("d10", "dev", ["national_12"], 8, seed=171, skew=-0.6, extra={"inset_pictures": 0.7, "side_heads": 0.3}),
    Spec("d11", "dev", ["metro_13"], 4, seed=172, noise=True, jpeg=50,
         extra={"inset_pictures": 0.7, "pictures": True}),
    # y01, y02 and y03 were round 9's test pages, measured once (docs/scans.md, round 9): spent, so y01 and
    # y02 (which failed: 3.31% and 11.29%) are train pages now and y03 (0.87%) a dev page (brief
    # h43q); their names are kept.
    Spec("y01", "train", ["evening_r5_02"], 6, seed=181, skew=1.0, extra={"inset_pictures": 0.7, "side_heads": 0.3}),
    Spec("y02", "train", ["business_r5_03"], 5, seed=182, jpeg=40, extra={"inset_pictures": 0.7, "pictures": True}),
    Spec("y03", "dev", ["nineties_r5_04"], 7, seed=183, skew=-0.5, noise=True, extra={"inset_pictures": 0.7}),
    # Round 10 (issue 30, brief h44b): advertisements and classified notices (`adverts`: an article
    # labelled 广告 drawn as a framed advertisement, a strip across the page or half its width; a run
    # of notices under 分类广告 drawn as one ruled block, each notice its own article;
    # tests/adverts.py), with tables and listings, mixed with the older options. Texts written for
    # this round (tests/layoutset/adverts/), used by no other spec; the specs set and all eight pages
    # measured once on the branch's start (main eb6cea9) before any tuning; the three test pages are
    # reported apart: measured once on main eb6cea9 and once on 71526f5 (docs/scans.md, round 10), and spent.
    Spec("t19", "train", ["r10_t19_dushi"], 6, seed=191, extra={"adverts": True, "inset_pictures": 0.5}),
    Spec("t20", "train", ["r10_t20_jingji"], 7, seed=192, skew=0.8, noise=True,
         extra={"adverts": True, "side_heads": 0.4}),
    Spec("t21", "train", ["r10_t21_shenghuo"], 5, seed=193, jpeg=45, extra={"adverts": True, "pictures": True}),
    Spec("d12", "dev", ["r10_d12_quxian"], 8, seed=201, skew=-0.6,
         extra={"adverts": True, "side_heads": 0.4, "inset_pictures": 0.5}),
    Spec("d13", "dev", ["r10_d13_wenti"], 4, seed=202, noise=True, jpeg=50, extra={"adverts": True, "pictures": True}),
    Spec("z01", "test", ["r10_z01_yaowen"], 6, seed=211, skew=1.0, noise=True,
         extra={"adverts": True, "inset_pictures": 0.5}),
    Spec("z02", "test", ["r10_z02_shequ"], 5, seed=212, jpeg=40,
         extra={"adverts": True, "pictures": True, "side_heads": 0.3}),
    Spec("z03", "test", ["r10_z03_caijing"], 7, seed=213, skew=-0.5, extra={"adverts": True, "inset_pictures": 0.5}),
    # Round 11 (issue 30, brief h45a): fresh pages from news text no spec had used
    # (tests/layoutset/r11/), mixing the options in ways no earlier spec did: eight narrow columns
    # (`column_chars` 11) with a boxed head over three, a 导读 index box, a story carried over from
    # another page (上接第一版) at a column's top, 图片新闻 with a caption of several lines, a column
    # label, kicker, two-line headline and subhead together (`force`: options set on one article),
    # two advertisements with notices, vertical heads beside horizontal ones, traditional script
    # set across. The specs set and all eleven pages measured once on the branch's start (main
    # 88eeb4c) before any tuning; the four test pages reported apart (docs/scans.md, round 11).
    Spec("t22", "train", ["r11_t22_yaowen"], 8, seed=221, skew=0.7,
         extra={"column_chars": 11, "force": {0: {"box": True}, 1: {"two_line": True}, 2: {"box": True}}}),
    Spec("t23", "train", ["r11_t23_jingji"], 6, seed=222, noise=True, jpeg=45, extra={"pictures": True}),
    Spec("t24", "train", ["r11_t24_shehui"], 7, seed=223, skew=-0.8, noise=True, extra={"adverts": True}),
    Spec("t25", "train", ["r11_t25_gangao"], 5, seed=224, skew=0.4, extra={"side_heads": 0.5}),
    Spec("d14", "dev", ["r11_d14_tiyu"], 8, seed=231, jpeg=50,
         extra={"column_chars": 11, "force": {1: {"box": True, "two_line": True}}}),
    Spec("d15", "dev", ["r11_d15_wenhua"], 6, seed=232, skew=-0.9, extra={"side_heads": 0.4, "pictures": True}),
    Spec("d16", "dev", ["r11_d16_minsheng"], 5, seed=233, skew=0.5, noise=True,
         extra={"adverts": True, "force": {0: {"box": True}}}),
    Spec("w01", "test", ["r11_w01_yaowen"], 8, seed=241, skew=-0.6, noise=True,
         extra={"column_chars": 11, "force": {0: {"box": True}, 1: {"two_line": True}}}),
    Spec("w02", "test", ["r11_w02_caijing"], 6, seed=242, jpeg=40, extra={"adverts": True}),
    Spec("w03", "test", ["r11_w03_taiwan"], 7, seed=243, skew=0.6, extra={"side_heads": 0.5}),
    Spec("w04", "test", ["r11_w04_shehui"], 5, seed=244, skew=-0.4, jpeg=45,
         extra={"pictures": True, "inset_pictures": 0.5, "force": {0: {"two_line": True}}}),
    # Round 12 (issue 30, brief h46f): pages worn as real scans are (tests/pagewear.py: `border` dark
    # bands at the edges, `gradient` uneven light, `showthrough` the other side's print mirrored,
    # `colour` a yellowed sheet in RGB, `scale` a lower resolution, `curve` lines bowing, `speckle`
    # dust). Texts written for this round (tests/layoutset/r12/), split before any was run; the
    # specs set and all pages measured once on the branch's start before any tuning. v01-v07 are
    # dev pages drawn again as they were, each with one wear.
    Spec("t26", "train", ["r12_t26_yaowen"], 6, seed=251, extra={"border": 42, "gradient": 0.4, "speckle": 3}),
    Spec("t27", "train", ["r12_t27_jingji"], 5, seed=252, skew=0.5, jpeg=50,
         extra={"showthrough": 0.3, "colour": True}),
    Spec("t28", "train", ["r12_t28_chengshi"], 7, seed=253, noise=True, extra={"curve": 7, "scale": 0.65}),
    Spec("d17", "dev", ["r12_d17_tiyu"], 6, seed=261, skew=-0.6, extra={"border": 36, "colour": True}),
    Spec("d18", "dev", ["r12_d18_wenhua"], 5, seed=262, extra={"gradient": 0.45, "showthrough": 0.25, "curve": 5}),
    Spec("w05", "test", ["r12_w05_shehui"], 6, seed=271, skew=0.4, extra={"scale": 0.6, "speckle": 4, "border": 30}),
    Spec("w06", "test", ["r12_w06_nongcun"], 5, seed=272, jpeg=45,
         extra={"colour": True, "gradient": 0.35, "curve": 6}),
    # Round 13 (issue 30, brief h47a): what worn pages still broke after round 12, each class a page
    # of its own: low resolution (0.55-0.62 of the drawn page, 140-170 dpi) with subheads and
    # column labels; column labels on grey tints on worn paper (uneven light, dust, colour); heavy
    # show-through on a noisy page. Texts written for this round (tests/layoutset/r13/), split
    # before any was run; the specs set and the pages measured once on the branch's start.
    Spec("t29", "train", ["r13_t29_quxian"], 7, seed=281, jpeg=45, extra={"scale": 0.55}),
    Spec("t30", "train", ["r13_t30_shenghuo"], 6, seed=282, skew=0.5,
         extra={"gradient": 0.4, "speckle": 3, "colour": True, "scale": 0.62}),
    Spec("t31", "train", ["r13_t31_fazhi"], 5, seed=283, noise=True, extra={"showthrough": 0.4}),
    Spec("d19", "dev", ["r13_d19_jiaoyu"], 6, seed=291, skew=-0.5, jpeg=50, extra={"scale": 0.58, "border": 30}),
    Spec("d20", "dev", ["r13_d20_wenti"], 5, seed=292, noise=True, extra={"showthrough": 0.35, "gradient": 0.3}),
    Spec("w07", "test", ["r13_w07_minsheng"], 7, seed=301, jpeg=45, extra={"scale": 0.57, "speckle": 3}),
    Spec("w08", "test", ["r13_w08_keji"], 5, seed=302, skew=0.6, noise=True,
         extra={"showthrough": 0.4, "colour": True}),
    # Round 14 (issue 30, brief full48a): round 13's w08 (heavy show-through on a noisy colour page)
    # still failed, and held-out real scans will show the back's print, yellowed or greyed paper,
    # stains and uneven light together. Pages from texts written for this round
    # (tests/layoutset/r14/), with the set's furniture (folio over a rule, spanning and two-line heads,
    # a boxed head, 图片新闻 with a caption, a jump line), show-through 0.2-0.5 with the other wears;
    # split before any was run: a01-a03 train, a04-a05 dev, a06-a07 test.
    Spec("a01", "train", ["r14_a01_chengjian"], 5, seed=311, skew=0.6, noise=True,
         extra={"showthrough": 0.45, "colour": True, "stain": 2, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("a02", "train", ["r14_a02_nongye"], 6, seed=312, skew=-0.8, noise=True,
         extra={"showthrough": 0.3, "colour": "grey", "gradient": 0.4, "pictures": True, "force": {1: {"box": True}}}),
    Spec("a03", "train", ["r14_a03_jiaoyu"], 7, seed=313, skew=0.4, jpeg=50,
         extra={"showthrough": 0.5, "colour": "brown", "stain": 3, "pictures": True, "force": {1: {"two_line": True}}}),
    Spec("a04", "dev", ["r14_a04_wenlv"], 4, seed=321, skew=-0.5, noise=True,
         extra={"showthrough": 0.4, "colour": True, "gradient": 0.3, "stain": 1, "pictures": True,
                "force": {0: {"two_line": True}}}),
    Spec("a05", "dev", ["r14_a05_shehui"], 8, seed=322, skew=0.7, noise=True,
         extra={"showthrough": 0.25, "colour": "brown", "stain": 2, "pictures": True, "force": {3: {"box": True}}}),
    Spec("a06", "test", ["r14_a06_keji"], 5, seed=331, skew=0.5, noise=True,
         extra={"showthrough": 0.35, "colour": True, "gradient": 0.35, "stain": 2, "pictures": True,
                "force": {0: {"two_line": True}}}),
    Spec("a07", "test", ["r14_a07_jingji"], 6, seed=332, skew=-0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.45, "colour": "grey", "stain": 2, "pictures": True, "force": {1: {"box": True}}}),
    # Round 15b (issue 30, brief full49c): pages made as the held-out render is (five columns
    # mostly; skew up to 1.5°, blur and 2% noise, JPEG q=40), from 2025-like news written for this
    # round (tests/layoutset/r15b/: 消息, 通讯, 评论, 图片新闻, 读者来信, a 简讯 column of many small
    # items drawn down one column, `briefs`), with three-deck heads (引题/主题 in two lines/副题) over
    # 3-5 columns, heads side by side, a picture with its caption, folio over a rule, jump lines.
    # Split before any was run: b01-b04 train, b05-b06 dev, b07-b08 test.
    Spec("b01", "train", ["r15b_b01_jingji"], 5, seed=341, skew=1.5, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("b02", "train", ["r15b_b02_shehui"], 5, seed=342, skew=-1.2, noise=True, jpeg=40,
         extra={"briefs": True, "force": {0: {"two_line": True}, 1: {"two_line": True}, 2: {"two_line": True}}}),
    Spec("b03", "train", ["r15b_b03_keji"], 5, seed=343, skew=0.9, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True, "box": False}}}),
    Spec("b04", "train", ["r15b_b04_wenhua"], 6, seed=344, skew=-1.5, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}, 2: {"two_line": True}}}),
    Spec("b05", "dev", ["r15b_b05_yaowen"], 5, seed=351, skew=1.3, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}, 1: {"two_line": True}}}),
    Spec("b06", "dev", ["r15b_b06_nongye"], 5, seed=352, skew=-0.8, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("b07", "test", ["r15b_b07_tiyu"], 5, seed=361, skew=1.5, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}, 2: {"two_line": True}}}),
    Spec("b08", "test", ["r15b_b08_minsheng"], 4, seed=362, skew=-1.1, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}, 1: {"two_line": True}}}),
    # Round 16b (issue 30, brief full51b): pages made as the held-out render is (skew -1.5..1.5°,
    # blur and 2% noise, JPEG 40-60), varied where round 15b was uniform: 4-7 columns, body type
    # 23-32 px and columns 11-14 characters wide (page widths as different papers set them), heads
    # of one to three decks, a head over some of the columns, a story running on under its picture,
    # a boxed 短评, a 图片新闻, a jump line, numbers, dates and Latin words in the text; from news
    # written for this round (tests/layoutset/r16b/). Split before any was run: f01-f05 train,
    # f06-f07 dev, f08-f10 test.
    Spec("f01", "train", ["r16b_f01_yaowen"], 5, seed=371, skew=1.5, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("f02", "train", ["r16b_f02_pinglun"], 4, seed=372, skew=-1.0, noise=True, jpeg=55,
         extra={"size": 32, "column_chars": 12, "pictures": True,
                "force": {1: {"box": True}, 5: {"picture": 1}}}),
    Spec("f03", "train", ["r16b_f03_jingji"], 6, seed=373, skew=0.7, noise=True, jpeg=45,
         extra={"size": 24, "column_chars": 14, "briefs": True, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("f04", "train", ["r16b_f04_guoji"], 7, seed=374, skew=-1.5, noise=True, jpeg=60,
         extra={"size": 23, "column_chars": 12, "briefs": True, "pictures": True}),
    Spec("f05", "train", ["r16b_f05_shehui"], 5, seed=375, skew=1.2, noise=True, jpeg=50,
         extra={"size": 30, "column_chars": 11, "briefs": True, "pictures": True, "force": {1: {"picture": 2}}}),
    Spec("f06", "dev", ["r16b_f06_keji"], 6, seed=381, skew=-0.6, noise=True, jpeg=40,
         extra={"size": 26, "briefs": True, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("f07", "dev", ["r16b_f07_wenhua"], 4, seed=382, skew=1.0, noise=True, jpeg=50,
         extra={"size": 30, "column_chars": 14, "briefs": True, "pictures": True, "force": {7: {"box": True}}}),
    Spec("f08", "test", ["r16b_f08_chengshi"], 5, seed=391, skew=-1.3, noise=True, jpeg=40,
         extra={"column_chars": 12, "briefs": True, "pictures": True,
                "force": {0: {"two_line": True}, 2: {"box": True}}}),
    Spec("f09", "test", ["r16b_f09_tiyu"], 7, seed=392, skew=0.9, noise=True, jpeg=45,
         extra={"size": 24, "column_chars": 11, "briefs": True, "pictures": True, "force": {1: {"two_line": True}}}),
    Spec("f10", "test", ["r16b_f10_quxian"], 6, seed=393, skew=-1.1, noise=True, jpeg=55,
         extra={"size": 27, "briefs": True, "pictures": True, "force": {8: {"box": True}}}),
    # Round 17 (issue 30, brief full52c): the structures real Chinese papers print every day and no
    # round had drawn (tests/storyparts.py): a long 通讯 with bold 小标题 over several columns
    # (`bold_subheads`), a vertical head beside its story (`side`), a 专栏 under a label box with an
    # 编者按 in another face (`kai_note`), a Q&A interview, a table in a story (`table`), a 图表 with
    # its caption (`chart`), 本版责编/美编/校对 at the page's foot (the text's `footer`), advertisements,
    # briefs whose heads are bold lead-ins run into their text (`inline_briefs`); worn as the
    # held-out render is, from news written for this round (tests/layoutset/r17/). Split before any
    # was run: g01-g05 train, g06-g07 dev, g08-g10 test.
    Spec("g01", "train", ["r17_g01_yaowen"], 5, seed=401, skew=1.5, noise=True, jpeg=40,
         extra={"briefs": True, "pictures": True,
                "force": {0: {"bold_subheads": True, "picture": 0},
                          3: {"side": "right", "two_line": False, "picture": 0}}}),
    Spec("g02", "train", ["r17_g02_minsheng"], 6, seed=402, skew=-1.2, noise=True, jpeg=45,
         extra={"size": 26, "briefs": True, "inline_briefs": True, "pictures": True,
                "force": {0: {"kai_note": True, "picture": 0}}}),
    Spec("g03", "train", ["r17_g03_jingji"], 5, seed=403, skew=0.8, noise=True, jpeg=40,
         extra={"size": 27, "briefs": True, "adverts": True, "pictures": True,
                "force": {0: {"table": True, "picture": 0}, 1: {"chart": True, "picture": 2}}}),
    Spec("g04", "train", ["r17_g04_kuaixun"], 4, seed=404, skew=-1.5, noise=True, jpeg=50,
         extra={"size": 30, "column_chars": 12, "briefs": True, "inline_briefs": True}),
    Spec("g05", "train", ["r17_g05_wenhua"], 7, seed=405, skew=1.0, noise=True, jpeg=40,
         extra={"size": 24, "column_chars": 12, "briefs": True,
                "force": {0: {"bold_subheads": True, "picture": 0},
                          2: {"side": "right", "two_line": False, "picture": 0}}}),
    Spec("g06", "dev", ["r17_g06_keji"], 6, seed=411, skew=-0.9, noise=True, jpeg=40,
         extra={"size": 26, "briefs": True, "adverts": True, "pictures": True,
                "force": {0: {"kai_note": True, "picture": 0}, 1: {"table": True, "picture": 0},
                          2: {"chart": True, "picture": 2}}}),
    Spec("g07", "dev", ["r17_g07_shehui"], 5, seed=412, skew=1.3, noise=True, jpeg=45,
         extra={"column_chars": 12, "briefs": True, "inline_briefs": True,
                "force": {0: {"bold_subheads": True, "picture": 0},
                          8: {"side": "left", "two_line": False, "picture": 0}}}),
    Spec("g08", "test", ["r17_g08_yaowen"], 6, seed=421, skew=-1.4, noise=True, jpeg=40,
         extra={"size": 26, "briefs": True, "pictures": True,
                "force": {0: {"bold_subheads": True, "two_line": True, "picture": 0},
                          1: {"kai_note": True, "picture": 0},
                          2: {"side": "right", "two_line": False, "picture": 0}}}),
    Spec("g09", "test", ["r17_g09_jingji"], 5, seed=422, skew=1.1, noise=True, jpeg=45,
         extra={"size": 27, "briefs": True, "adverts": True, "pictures": True,
                "force": {1: {"table": True, "picture": 0}, 2: {"chart": True, "picture": 2}}}),
    Spec("g10", "test", ["r17_g10_zonghe"], 4, seed=423, skew=-1.0, noise=True, jpeg=40,
         extra={"size": 30, "column_chars": 12, "briefs": True, "inline_briefs": True,
                "force": {0: {"kai_note": True, "picture": 0},
                          6: {"side": "right", "two_line": False, "picture": 0}}}),
    # Round 15 (issue 30, brief full49a): round 14's w08 and a07 still failed where the back's print
    # crosses the page's heads, above all two heads side by side on one row, which the recogniser read
    # as one garbled line across the gutter. Pages from texts written for this round
    # (tests/layoutset/r15/), each with a row of short briefs whose heads stand side by side and the
    # set's furniture (folio over a rule, a two-line or boxed head, 图片新闻 with a caption, a jump
    # line), show-through 0.35-0.5 over heads and body with the other wears; split before any was
    # run: b01-b03 train, b04-b05 dev, b06-b07 test (named c01-c07 since the merge with round
    # 15b, whose pages took b01-b08).
    Spec("c01", "train", ["r15_b01_yaowen"], 6, seed=341, skew=0.5, noise=True,
         extra={"showthrough": 0.45, "colour": True, "stain": 1, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("c02", "train", ["r15_b02_quxian"], 5, seed=342, skew=-0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.4, "colour": "grey", "gradient": 0.3, "pictures": True, "force": {3: {"box": True}}}),
    Spec("c03", "train", ["r15_b03_keji"], 7, seed=343, skew=0.4, noise=True,
         extra={"showthrough": 0.5, "colour": "brown", "stain": 2, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("c04", "dev", ["r15_b04_minsheng"], 4, seed=351, skew=-0.4, noise=True,
         extra={"showthrough": 0.35, "colour": True, "gradient": 0.35, "stain": 1, "pictures": True}),
    Spec("c05", "dev", ["r15_b05_tiyu"], 8, seed=352, skew=0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.45, "colour": "grey", "stain": 2, "pictures": True, "force": {6: {"box": True}}}),
    Spec("c06", "test", ["r15_b06_wenhua"], 6, seed=361, skew=0.5, noise=True,
         extra={"showthrough": 0.4, "colour": True, "stain": 2, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("c07", "test", ["r15_b07_nongcun"], 5, seed=362, skew=-0.5, noise=True,
         extra={"showthrough": 0.5, "colour": "brown", "gradient": 0.3, "pictures": True,
                "force": {0: {"two_line": True}}}),
    # Round 16 (issue 30, brief full51a): after round 15's second reading the OCR reads side-by-side
    # heads over show-through right, but the layout still cut them (w08, c07). Pages from texts
    # written for this round (tests/layoutset/r16/), each with rows of two or three heads side by
    # side (one-column heads wrapped to two lines, some with a subhead, a two-line lead head), the
    # back's print (0.35-0.5) over them, 4-8 columns, the set's furniture (folio over a rule, 图片新闻
    # with its caption, a column label, a jump line); split before any was run: e01-e03 train,
    # e04-e05 dev, e06-e07 test.
    Spec("e01", "train", ["r16_e01_yaowen"], 6, seed=371, skew=0.5, noise=True,
         extra={"showthrough": 0.45, "colour": True, "stain": 1, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("e02", "train", ["r16_e02_jingji"], 5, seed=372, skew=-0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.4, "colour": "grey", "gradient": 0.3, "pictures": True}),
    Spec("e03", "train", ["r16_e03_shehui"], 7, seed=373, skew=0.4, noise=True,
         extra={"showthrough": 0.5, "colour": "brown", "stain": 2, "pictures": True}),
    Spec("e04", "dev", ["r16_e04_keji"], 4, seed=381, skew=-0.4, noise=True,
         extra={"showthrough": 0.35, "colour": True, "gradient": 0.35, "stain": 1, "pictures": True,
                "force": {0: {"two_line": True}}}),
    Spec("e05", "dev", ["r16_e05_wenhua"], 8, seed=382, skew=0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.45, "colour": "grey", "stain": 2, "pictures": True}),
    Spec("e06", "test", ["r16_e06_nongye"], 5, seed=391, skew=0.5, noise=True,
         extra={"showthrough": 0.4, "colour": True, "stain": 2, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("e07", "test", ["r16_e07_tiyu"], 6, seed=392, skew=-0.5, noise=True,
         extra={"showthrough": 0.5, "colour": "brown", "gradient": 0.3, "pictures": True,
                "force": {0: {"two_line": True}}}),
    # Round 17b (issue 30, brief full52d): round 16's test pages kept a subhead read in two pieces
    # and side-by-side heads cut. Pages from texts written for this round (tests/layoutset/r17b/),
    # each with 主题 + 副题 stacks: one- and two-line subheads, some over two to four columns, some
    # side by side with another story's head and subhead; the back's print (0.3-0.5), yellowed or
    # grey paper, stains, uneven light, 4-8 columns, skew, blur and noise, JPEG, and the set's
    # furniture; split before any was run: h01-h04 train, h05-h06 dev, h07-h08 test.
    Spec("h01", "train", ["r17b_h01_yaowen"], 6, seed=401, skew=0.5, noise=True,
         extra={"showthrough": 0.45, "colour": True, "stain": 1, "pictures": True, "force": {0: {"two_line": True}}}),
    Spec("h02", "train", ["r17b_h02_jingji"], 5, seed=402, skew=-0.6, noise=True, jpeg=50,
         extra={"showthrough": 0.4, "colour": "grey", "gradient": 0.3, "pictures": True, "force": {2: {"box": True}}}),
    Spec("h03", "train", ["r17b_h03_shehui"], 7, seed=403, skew=0.4, noise=True,
         extra={"showthrough": 0.5, "colour": "brown", "stain": 2, "pictures": True}),
    Spec("h04", "train", ["r17b_h04_keji"], 4, seed=404, skew=-0.4, noise=True, jpeg=55,
         extra={"showthrough": 0.3, "colour": True, "gradient": 0.35, "stain": 1, "pictures": True}),
    Spec("h05", "dev", ["r17b_h05_wenhua"], 5, seed=411, skew=0.6, noise=True, jpeg=45,
         extra={"showthrough": 0.35, "colour": "grey", "gradient": 0.3, "stain": 1, "pictures": True,
                "force": {0: {"two_line": True}}}),
    Spec("h06", "dev", ["r17b_h06_tiyu"], 8, seed=412, skew=-0.5, noise=True,
         extra={"showthrough": 0.45, "colour": "brown", "stain": 2, "pictures": True}),
    Spec("h07", "test", ["r17b_h07_nongye"], 6, seed=421, skew=0.5, noise=True,
         extra={"showthrough": 0.4, "colour": True, "gradient": 0.3, "stain": 2, "pictures": True,
                "force": {0: {"two_line": True}}}),
    Spec("h08", "test", ["r17b_h08_shizheng"], 5, seed=422, skew=-0.5, noise=True, jpeg=50,
         extra={"showthrough": 0.5, "colour": "grey", "gradient": 0.35, "pictures": True}),
    # u01: train page t24 (advertisements and a classified block) drawn again with the back's print
    # showing through (0.35, as dev page v03 is d16 so drawn): the train page of v03's kind, on which
    # v03's regression (its 分类广告 label run into the first notice's title) is looked at.
    Spec("u01", "train", ["r11_t24_shehui"], 7, seed=223, skew=-0.8, noise=True,
         extra={"adverts": True, "showthrough": 0.35}),
    Spec("v01", "dev", ["r11_d14_tiyu"], 8, seed=231, jpeg=50,
         extra={"column_chars": 11, "force": {1: {"box": True, "two_line": True}}, "border": 40}),
    Spec("v02", "dev", ["r11_d15_wenhua"], 6, seed=232, skew=-0.9,
         extra={"side_heads": 0.4, "pictures": True, "gradient": 0.5}),
    Spec("v03", "dev", ["r11_d16_minsheng"], 5, seed=233, skew=0.5, noise=True,
         extra={"adverts": True, "force": {0: {"box": True}}, "showthrough": 0.35}),
    Spec("v04", "dev", ["test_32_keji"], 6, seed=121, skew=0.7, noise=True, extra={"colour": True}),
    Spec("v05", "dev", ["test_33_difang"], 7, seed=122, jpeg=45, extra={"scale": 0.55}),
    Spec("v06", "dev", ["test_35_nongye"], 5, seed=124, skew=1.1, extra={"pictures": True, "curve": 8}),
    Spec("v07", "dev", ["test_36_pinglun"], 4, seed=125, skew=-1.3, jpeg=40, extra={"speckle": 5}),
]
