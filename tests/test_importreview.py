"""The import preview of page text: proposed articles with doubtful boundaries marked, split, merge
and retitle before anything is stored, and what is stored is exactly what the preview shows. Fixes
are kept as labelled examples (`baoku pages export-labels`)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from baoku.core.importing.review import review_files
from baoku.core.importing.run import import_paths
from baoku.core.store import Archive
from baoku.core.importing.labels import export_labels
from baoku.gui import importreview
from baoku.gui.importreview import ARTICLE, LINE, ImportReviewDialog

from .pageset import load

BODY = "　　记者在现场看到，工人们正在紧张施工，各项工作有序推进，预计年底前完工。"
PAGE = "\n\n".join([
    "老城区改造进入冲刺阶段", "本报记者 孟凡", BODY, BODY,
    "口袋公园开放", "本报讯 城东新建的三处口袋公园日前向市民开放，园内设有健身步道和儿童游乐设施。", BODY,
    "夜市重新开张", "本报讯 停业半年的南门夜市昨晚重新开张，摊位数量比改造前增加了一倍。",
]) + "\n"


def page_file(tmp_path):
    path = tmp_path / "city.txt"
    path.write_text(PAGE, encoding="utf-8")
    (tmp_path / "city.json").write_text(json.dumps({"publication": "江城日报", "date": "2024-05-06", "page": 3}),
                                        encoding="utf-8")
    return path


def shown(dialog):
    """The articles as the preview lists them: each one's line texts."""
    page = dialog.current()
    return [[line.text for line in page.lines[a.first:a.end]] for a in page.articles()]


def select(dialog, key):
    dialog._select(key)
    assert importreview._key(dialog.tree.currentItem()) == key


def test_the_preview_splits_one_article_and_merges_two_and_stores_exactly_that(qtbot, tmp_path, monkeypatch):
    path = page_file(tmp_path)
    pages, problems = review_files([path])
    assert len(pages) == 1 and not problems
    dialog = ImportReviewDialog(pages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = shown(dialog)
    assert [a[0] for a in before] == ["老城区改造进入冲刺阶段", "口袋公园开放", "夜市重新开张"]

    # split: the second body paragraph of the first article becomes an article of its own (key S)
    first = dialog.current().starts()[0]
    select(dialog, (LINE, first + 3))
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_S)
    after_split = shown(dialog)
    assert len(after_split) == 4 and after_split[1] == [BODY.strip()]

    # merge: 口袋公园开放 and 夜市重新开张 become one (the button: one click)
    select(dialog, (ARTICLE, 2))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    after_merge = shown(dialog)
    assert len(after_merge) == 3 and after_merge[2][-2:] == before[2]

    # retitle the piece split off (F2 asks for the title)
    monkeypatch.setattr(importreview.QInputDialog, "getText", lambda *a, **k: ("施工现场", True))
    select(dialog, (ARTICLE, 1))
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    assert dialog.current().articles()[1].title == "施工现场"
    assert dialog.current().edits == 3 and "✎" in dialog.pages.item(0).text()

    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [path], reviewed=dialog.reviewed())
        assert report.ok
        stored = [archive.article(i).article for i in archive.article_ids()]
        assert [[b.text for b in a.blocks] for a in stored] == after_merge
        assert [a.headline for a in stored] == ["老城区改造进入冲刺阶段", "施工现场", "口袋公园开放"]
        assert [b.kind for b in stored[2].blocks].count("subheading") == 1  # 夜市重新开张, kept as text
        # the fixed page is a labelled example, written out in the page-set format
        assert len(archive.fixed_pages()) == 1
        files = export_labels(archive, tmp_path / "labels")
    page = load(files[0])
    assert [a.text() for a in page.articles] == ["".join(line.strip() for line in a) for a in after_merge]
    assert page.articles[0].headline == "老城区改造进入冲刺阶段" and page.articles[0].roles[1] == "byline"


def test_an_import_without_the_preview_stores_the_scorers_split(tmp_path):
    path = page_file(tmp_path)
    pages, _ = review_files([path])
    with Archive(tmp_path / "a.db") as archive:
        import_paths(archive, [path])
        stored = [[b.text for b in archive.article(i).article.blocks] for i in archive.article_ids()]
        assert not archive.fixed_pages()
    assert stored == [[line.text for line in pages[0].lines[a.first:a.end]] for a in pages[0].articles()]


def test_doubtful_boundaries_are_marked_and_the_page_counted(qtbot, tmp_path):
    path = page_file(tmp_path)
    pages, _ = review_files([path])
    page = pages[0]
    page.reading.margins[4] = 0.5  # as if the scorer had hardly preferred an article at 口袋公园开放
    dialog = ImportReviewDialog(pages)
    qtbot.addWidget(dialog)
    assert page.worth_a_look() and "⚠" in dialog.pages.item(0).text()
    top = dialog.tree.topLevelItem(1)
    assert top.text(0).startswith("⚠") and "0.5" in top.toolTip(0)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    dialog.next_doubt()
    assert dialog.tree.currentItem() is top


def test_the_kind_column_says_the_kind_and_the_line_count_has_its_own_column(qtbot, tmp_path):
    """The 类别 (Kind) column said `4 行` on an article's row (issue 49f): it now says what the row
    is on every row (an article, or a line's role), and an article's lines are counted in 行数."""
    pages, _ = review_files([page_file(tmp_path)])
    dialog = ImportReviewDialog(pages)
    qtbot.addWidget(dialog)
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(dialog.tree.columnCount())] == ["拟分的文章与各行", "类别", "行数"]
    roles = set(dialog._role_names().values())
    page = dialog.current()
    for k, art in enumerate(page.articles()):
        top = dialog.tree.topLevelItem(k)
        kind = top.text(1).split(" · ")[-1]  # (after a doubt's 分界存疑 0.8 · )
        assert (kind, top.text(2)) == ("一篇文章", str(art.end - art.first)), top.text(1)
        for j in range(top.childCount()):
            assert top.child(j).text(1).split(" · ")[-1] in roles and top.child(j).text(2) == ""


def test_fixes_after_import_are_kept_as_labelled_examples(tmp_path):
    from baoku.core.store.clipping import merge_articles, split_article

    path = page_file(tmp_path)
    with Archive(tmp_path / "a.db") as archive:
        import_paths(archive, [path])
        ids = archive.article_ids()
        assert len(ids) == 3 and not archive.fixed_pages()
        merge_articles(archive, ids[1], ids[2])  # 口袋公园开放 and 夜市重新开张 were one story
        new = split_article(archive, ids[0], 3)  # and the first one's last paragraph another
        archive.update_article(new, headline="施工现场")
        assert archive.db.execute("SELECT fixes FROM page_fix").fetchall() == [(3,)]
        [written] = export_labels(archive, tmp_path / "labels")
        stored = [archive.article(i).article for i in archive.article_ids()]
    page = load(written)
    reading = [stored[0], stored[2], stored[1]]  # the piece split off was stored at the page's end
    assert [a.text() for a in page.articles] == ["".join(b.text for b in a.blocks) for a in reading]
    assert [a.headline for a in page.articles] == ["老城区改造进入冲刺阶段", "施工现场", "口袋公园开放"]
