"""The layout set's scorer (tests/layoutscore.py) on hand-made articles: a headline is cut when
its characters are split between stored articles or taken out of the head, not when the
recogniser misread one of them in a head stored whole."""

from baoku.core.model import Article, Block

from .layoutscore import score
from .newspage import Placed
from .pageset import TrueArticle

BODY = "环卫工人马大姐在清扫中山路时捡到一个装有现金和银行卡的手提包，她在原地等了一个多小时。"
OTHER = "连续几天，有人在锦绣花园小区门口撒钉子，致多辆车胎被扎，民警调取监控后查明了此事。"


def _truth(headline: str) -> list[Placed]:
    return [Placed(TrueArticle(headline=headline, lines=[headline, BODY]), (0, 1)),
            Placed(TrueArticle(headline="小区门口撒钉子", lines=["小区门口撒钉子", OTHER]), (2, 3))]


def _stored(head: str, body: str, head2: str = "小区门口撒钉子", body2: str = OTHER) -> Article:
    return [Article([Block("headline", head), Block("paragraph", body)], headline=head),
            Article([Block("headline", head2), Block("paragraph", body2)], headline=head2)]


def test_a_head_stored_whole_with_a_character_misread_is_not_cut():
    s = score("p", _truth("拾金不昧的环卫工"), _stored("拾金不味的环卫工", BODY))
    assert s.cut_heads == 0 and s.misread_heads == 1, s.problems


def test_a_head_split_between_two_articles_is_cut():
    s = score("p", _truth("拾金不昧的环卫工"), _stored("拾金不昧", BODY, "的环卫工 小区门口撒钉子", OTHER))
    assert s.cut_heads == 1 and s.misread_heads == 0, s.problems


def test_a_head_line_taken_as_text_or_a_character_lost_is_cut():
    s = score("p", _truth("拾金不昧的环卫工"), _stored("拾金不昧", "的环卫工" + BODY))
    assert s.cut_heads == 1, s.problems
    s = score("p", _truth("一部小说与一座城"), _stored("部小说与一座城", BODY))
    assert s.cut_heads == 1, s.problems


def test_a_short_head_has_no_misread_to_spare():
    s = score("p", _truth("天气预报"), _stored("天气预极", BODY))
    assert s.cut_heads == 1 and s.misread_heads == 0, s.problems
