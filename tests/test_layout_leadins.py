"""Briefs whose heads are bold lead-ins run into their first lines (本地简讯: 地铁五号线试运行　本报讯
18日起，…), as many 简讯 columns print them: each item is its own article under that head
(core/importing/leadins.py). Round 17's train page g04 (four columns of briefs, skew −1.5°, blur,
noise, JPEG 50; tests/layoutset.py) laid out on its kept reading (tests/layoutocr.py): every item
was stored with no head, and the 生活快讯 column's four items as one article."""

from __future__ import annotations

from .test_layout_briefs import laid_out

ITEMS = ["地铁五号线试运行", "城南菜市场焕新开业", "临湖区建成数字农场", "医院开设周末门诊", "图书馆延长开放时间",
         "冬季流感疫苗接种开始", "供电部门开展上门巡检"]


def test_each_item_is_an_article_under_its_lead_in():
    _, articles = laid_out("g04")
    heads = {a.headline.replace(" ", ""): a for a in articles}
    for item in ITEMS:
        assert item in heads, [a.headline for a in articles]
    assert "图书馆" not in heads["医院开设周末门诊"].text()
    assert "十六个科室" in "".join(heads["医院开设周末门诊"].text().split())


def test_a_lead_in_is_told_from_a_paragraph_opening():
    from baoku.core.importing.leadins import lead_in

    assert lead_in("城南菜市场焕新开业本报讯 改造后的") == ("城南菜市场焕新开业", "本报讯 改造后的")
    assert lead_in("■ 首批12项应用上线　本报讯　市政务") == ("首批12项应用上线", "本报讯　市政务")
    assert lead_in("本报讯（记者 王某）今天") is None
    assert lead_in("昨天下午本报记者在现场看到") is None  # (a byline's words are no dateline)
    assert lead_in("近日，本报讯") is None
    assert lead_in("新华社北京3月4日电 记者") is None
    assert lead_in("本报记者 方晓蕾本报讯 天冷了") is None  # (a byline over a dateline: s14)
    assert lead_in("老人的家人昨天给 本报打来电话，希望") is None  # (本报…电 in a sentence is no dateline: t15)
    assert lead_in("各地抓紧春耕生产 据新华社哈尔滨4月17日电 黑龙江") == ("各地抓紧春耕生产", "据新华社哈尔滨4月17日电 黑龙江")
