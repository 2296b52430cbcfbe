"""JSON and YAML that Python's readers take but that say nothing, or two things at once
(issue-51e, docs/faults.md): NaN and Infinity, a number past any float, a key given twice. Each is
one line naming the file (and the feed's line), and nothing of the file is stored."""

from __future__ import annotations

import pytest

from baoku.core.importing.run import FAILED, IMPORTED, import_paths

from .conftest import SAMPLE_TXT

ROW = '{{"publication": "测试报", "date": "2024-01-0{d}", "page": {page}, "headline": {head}, "paragraphs": ["正文一段。"]}}'


@pytest.mark.parametrize("line, said", [
    # Before: filed under 别的报 (Python keeps the last of two keys), without a word.
    ('{"publication": "测试报", "publication": "别的报", "date": "2024-01-05", "page": 1, "headline": "两个报名", '
     '"paragraphs": ["正文。"]}', 'the key "publication" is given twice in one object'),
    (ROW.format(d=1, page=1, head='"好"').replace('"date": "2024-01-01"', '"date": "2024-01-01", "date": "2024-01-02"'),
     'the key "date" is given twice in one object'),
    ('{"publication": "测试报", "date": "2024-01-03", "page": 1, "headline": "作者", "byline": '
     '[{"name": "甲", "name": "乙"}]}', 'the key "name" is given twice in one object'),
    # Before: stored with the headline "nan" (and "inf"): not JSON, and no headline anyone wrote.
    (ROW.format(d=4, page=1, head="NaN"), "NaN is not a JSON value"),
    (ROW.format(d=5, page=1, head="-Infinity"), "-Infinity is not a JSON value"),
    (ROW.format(d=6, page="Infinity", head='"好"'), "Infinity is not a JSON value"),
    # Before: "page 'inf' is not a page number", a value no one wrote.
    (ROW.format(d=7, page="1e400", head='"好"'), "page '1e400' is not a page number"),
], ids=["paper-twice", "date-twice", "byline-name-twice", "nan", "minus-infinity", "infinity", "1e400"])
def test_a_feed_line_that_says_nothing_or_two_things_is_refused_in_one_line(tmp_path, archive, line, said):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(ROW.format(d=9, page=2, head='"好的一行"') + "\n" + line + "\n", encoding="utf-8")
    report = import_paths(archive, [feed])
    (outcome,) = report.outcomes
    assert outcome.status == FAILED and outcome.message.startswith("line 2: ") and said in outcome.message, \
        outcome.message
    assert "\n" not in outcome.message and not archive.article_ids()  # the file is all or nothing


def test_the_same_key_in_two_objects_and_numbers_json_writes_are_read_as_before(tmp_path, archive):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"publication": "测试报", "date": "2024-01-08", "page": 3, "headline": "两位作者", '
                    '"paragraphs": ["正文。"], "byline": [{"name": "甲"}, {"name": "乙"}]}\n', encoding="utf-8")
    report = import_paths(archive, [feed])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    (rec,) = map(archive.article, archive.article_ids())
    assert [c.name for c in rec.article.contributors] == ["甲", "乙"] and rec.page_number == 3


@pytest.mark.parametrize("suffix, sidecar, key", [
    (".json", '{"publication": "泉州晚报", "date": "2024-09-11", "page": 5, "page": 6}', '"page"'),
    (".yaml", "publication: 泉州晚报\ndate: 2024-09-11\npage: 5\ndate: 2024-09-12\n", "'date'"),
    (".json", '{"publication": "泉州晚报", "date": "2024-09-11", "page": NaN}', "NaN is not a JSON value"),
], ids=["json-twice", "yaml-twice", "json-nan"])
def test_a_sidecar_that_gives_a_key_twice_is_refused_naming_it(tmp_path, archive, suffix, sidecar, key):
    """Before: the page was filed under the last of the two (page 6, the 12th) without a word."""
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_TXT.read_bytes())
    (tmp_path / f"page{suffix}").write_text(sidecar, encoding="utf-8")
    report = import_paths(archive, [page])
    (outcome,) = report.outcomes
    assert outcome.status == FAILED and f"page{suffix}: cannot read the sidecar metadata" in outcome.message, \
        outcome.message
    assert key in outcome.message and not archive.article_ids()
