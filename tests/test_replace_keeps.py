"""An import with --replace never loses what editors attached to the articles it replaces
(store.carryover): every replaced article goes to the trash whole (a page of text as its page, a
feed's old versions one by one) and can be restored; an old version's note and collection places
move to its new version (collections keep their order), its corrections stay with it in the
trash; the refusal without --replace names what is attached and says it is kept. Each test runs
on both archive kinds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.store import collections, corrections, trash

from .conftest import SAMPLE_TXT

BRIEF_HEAD = "1至8月 汽车产销量同比 分别增长2.5%和3%"


def cli(db, *args) -> int:
    return main(["--archive", str(db), *map(str, args)])


def opened(db):
    if isinstance(db, Path):
        from baoku.core.store import Archive

        return Archive(db)
    from baoku.core.store.server import ServerArchive

    return ServerArchive(db)


@pytest.fixture
def db(tmp_path, backend, request):
    return tmp_path / "r.db" if backend == "sqlite" else request.getfixturevalue("server_url")


def ids_by_headline(a) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for r in a.article_rows():
        out.setdefault(r["headline"], []).append(r["id"])
    return out


def test_the_testers_steps_on_the_sample_keep_note_places_and_corrections(tmp_path, db, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    page = folder / SAMPLE_TXT.name
    shutil.copy(SAMPLE_TXT, page)
    shutil.copy(SAMPLE_TXT.with_suffix(".json"), page.with_suffix(".json"))
    assert cli(db, "import", page) == 0
    with opened(db) as a:
        old = ids_by_headline(a)
    brief, other = old[BRIEF_HEAD][0], old["我国制造业增加值 占全球比重约三成"][0]
    assert cli(db, "note", brief, "重要批注") == 0
    assert cli(db, "collection", "add", "选题", other, brief) == 0  # the brief second in its collection
    assert cli(db, "correct", brief, "--block", 1, "--text", "新") == 0
    mod = folder / "mod.txt"
    mod.write_text(page.read_text("utf-8").replace("新质生产力是实现", "新质生产力乃是实现"), "utf-8")
    shutil.copy(page.with_suffix(".json"), mod.with_suffix(".json"))
    capsys.readouterr()
    assert cli(db, "import", mod) == 1
    said = " ".join(capsys.readouterr().err.split())
    assert "to move those 6 articles of 第5版 to the trash" in said
    assert "Editors attached 1 note, 2 collection places and 1 correction to them; none is lost" in said
    with opened(db) as a:
        assert collections.note(a, brief) == "重要批注" and len(corrections.history(a, brief)) == 1
        assert trash.entries(a) == []
    assert cli(db, "import", "--replace", mod) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "the 6 articles it replaced went to the trash, whole" in said
    assert "the notes and collection places of 2 articles moved to their new versions " \
           "(1 correction stays with the old text in the trash: they corrected it)" in said
    with opened(db) as a:
        new = ids_by_headline(a)
        new_brief, new_other = new[BRIEF_HEAD][0], new["我国制造业增加值 占全球比重约三成"][0]
        assert new_brief not in old[BRIEF_HEAD]
        assert collections.note(a, new_brief) == "重要批注"
        assert collections.members(a, "选题") == [new_other, new_brief]  # the same order
        assert corrections.history(a, new_brief) == []  # it corrected the old text, which is in the trash
        (entry,) = trash.entries(a)
        assert entry.kind == "page" and entry.articles == 6
        # The old page comes back whole, its correction too, once the page that replaced it goes.
        with pytest.raises(Exception, match="delete that page first"):
            trash.restore(a, [entry.id])
        page_id = a.article(new_brief).page_id
        trash.delete(a, "page", [page_id])
        trash.restore(a, [entry.id])
        assert sorted(i for ids in ids_by_headline(a).values() for i in ids) == \
            sorted(i for ids in old.values() for i in ids)
        assert [c.new_text for c in corrections.history(a, brief)] == ["新"]
        assert collections.note(a, brief) == ""  # the note went with the new version


def test_a_feeds_new_version_takes_the_note_and_place_and_the_old_one_is_restorable(tmp_path, db, capsys):
    row = {"publication": "测试报", "date": "2024-05-01", "page": 2, "headline": "招聘会举行",
           "paragraphs": ["本报讯 近日，我市举办了一场大型招聘会，共有三百多家企业参加，提供就业岗位五千余个，"
                          "吸引了上万名求职者前来应聘。"]}
    other = {"publication": "测试报", "date": "2024-05-01", "page": 2, "headline": "春耕正忙",
             "paragraphs": ["本报讯 眼下正是春耕时节，田间地头一派繁忙景象。"]}
    feed = tmp_path / "a.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (row, other)), "utf-8")
    assert cli(db, "import", feed) == 0
    with opened(db) as a:
        old = ids_by_headline(a)["招聘会举行"][0]
        spring = ids_by_headline(a)["春耕正忙"][0]
    assert cli(db, "note", old, "批注") == 0
    assert cli(db, "collection", "add", "甲", spring, old) == 0
    assert cli(db, "correct", old, "--block", 1, "--text", "本报讯 近日，我市举办了一场大型招聘会。") == 0
    revised = dict(row, paragraphs=[row["paragraphs"][0].replace("三百", "五百")])
    feed.write_text(json.dumps(revised, ensure_ascii=False) + "\n", "utf-8")
    capsys.readouterr()
    assert cli(db, "import", feed) == 1
    said = " ".join(capsys.readouterr().err.split())
    assert "holds new versions of 1 article of it (「招聘会举行」)" in said
    assert "Editors attached 1 note, 1 collection place and 1 correction to them; none is lost" in said
    assert cli(db, "import", "--replace", feed) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "the 1 article it replaced went to the trash" in said and "moved to its new version" in said
    with opened(db) as a:
        (new,) = ids_by_headline(a)["招聘会举行"]
        assert new != old and "五百" in a.article(new).article.text()
        assert collections.note(a, new) == "批注" and collections.members(a, "甲") == [spring, new]
        (entry,) = trash.entries(a)
        assert (entry.kind, entry.target) == ("article", old)
        trash.restore(a, [entry.id])  # back beside its new version, with its correction
        assert sorted(ids_by_headline(a)["招聘会举行"]) == sorted([old, new])
        assert len(corrections.history(a, old)) == 1 and collections.note(a, old) == ""
        assert cli(db, "check") == 0


def test_a_replaced_page_with_nothing_attached_says_only_what_went_to_the_trash(tmp_path, db, capsys):
    page = tmp_path / "大报_2024-09-12_第1版.txt"
    page.write_text("春耕正忙\n\n本报讯 眼下正是春耕时节，田间地头一派繁忙景象。\n", "utf-8")
    assert cli(db, "import", page) == 0
    page.write_text("秋收在望\n\n本报讯 金秋时节，稻谷飘香，农民忙着收割。\n", "utf-8")
    capsys.readouterr()
    assert cli(db, "import", page) == 1
    assert "Editors attached" not in capsys.readouterr().err
    assert cli(db, "import", "--replace", page) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "the 1 article it replaced went to the trash" in said and "moved" not in said
    with opened(db) as a:
        (entry,) = trash.entries(a)
        assert entry.articles == 1 and "春耕正忙" not in ids_by_headline(a)


def test_an_archivists_replace_leaves_the_editors_note_in_the_trash_for_a_restore(users, capsys, tmp_path):
    """An archivist may not write notes or collections: a --replace then leaves them with the old
    versions in the trash, says so, and a restore brings them back."""
    editor_url, archivist_url = users["editor"][1], users["archivist"][1]
    with opened(archivist_url) as a:
        brief = ids_by_headline(a)[BRIEF_HEAD][0]
    assert cli(editor_url, "note", brief, "编辑的批注") == 0
    assert cli(editor_url, "collection", "add", "专题", brief) == 0
    mod = tmp_path / "mod.txt"
    mod.write_text(SAMPLE_TXT.read_text("utf-8").replace("新质生产力是实现", "新质生产力乃是实现"), "utf-8")
    shutil.copy(SAMPLE_TXT.with_suffix(".json"), mod.with_suffix(".json"))
    capsys.readouterr()
    assert cli(archivist_url, "import", "--replace", mod) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "the 6 articles it replaced went to the trash" in said
    assert "1 note and 1 collection place of the old versions stay with them in the trash" in said
    with opened(archivist_url) as a:
        (entry,) = trash.entries(a)
        trash.delete(a, "page", [a.article(ids_by_headline(a)[BRIEF_HEAD][0]).page_id])
        trash.restore(a, [entry.id])
        assert collections.note(a, brief) == "编辑的批注" and collections.members(a, "专题") == [brief]


def test_the_windows_import_summary_says_what_went_to_the_trash_and_what_moved(qapp):
    from baoku.gui.reportwords import ReportWords

    said = ReportWords().fact_text({"issue": "泉州晚报 2024-09-11", "articles": 6, "pages": 1, "replaced": True,
                                    "trashed": 6, "moved": 2, "corrections_kept": 1})
    assert "被替换的 6 篇文章已移入回收站，可以恢复" in said and "2 篇的批注和专题位置已移到新版本" in said
    assert "1 处校对随旧版本留在回收站" in said
