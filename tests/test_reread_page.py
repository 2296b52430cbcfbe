"""A scanned page stored by an earlier reading (before its pictures became photos, say) and imported
again from the same page image differs now: it is refused as stored with other content until it
is replaced. The refusal says that it is the same page image read again, in the command line's
words (naming --replace) and the window's (naming its replace button, never a flag)."""

from __future__ import annotations

import copy

from baoku.core.store import Archive
from baoku.core.store.ingest import CONFLICT

from .test_coded import CLI_WORDS
from .test_photo_place import picture_page


def _earlier(issue):
    """The same page image as an earlier Baoku read it: its articles without their photos."""
    old = copy.deepcopy(issue)
    for a in old.pages[0].articles:
        a.photos = []
    return old


def test_a_page_read_again_from_the_same_image_is_said_to_be_an_earlier_reading(tmp_path, qapp):
    """Before, the refusal said only that the page was stored with different content, as if it
    were another page: nothing said it was the same image read again."""
    from baoku.gui.codedwords import words

    issue = picture_page()
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(_earlier(issue))
        result = archive.save_issue(copy.deepcopy(issue))
        assert result.outcome == "refused"
        [refusal] = result.refused
        assert refusal.reason == CONFLICT and refusal.reread
        said = str(refusal.message())
        assert "same page image" in said and "earlier reading" in said and "--replace" in said
        shown = words(refusal.message())
        assert "同一版面图像" in shown and "用新版本替换这些版面" in shown and not CLI_WORDS.search(shown), shown

        # the window's replace choice takes this reading; the earlier one's articles go to the trash
        replaced = archive.save_issue(copy.deepcopy(issue), replace=True)
        assert replaced.outcome == "imported"
        ids = archive.page_article_ids(archive.pages()[0]["id"])
        assert [p.box for aid in ids for p in archive.article(aid).article.photos] == [issue.pages[0].articles[0].photos[0].box]


def test_another_image_of_a_stored_page_is_not_called_a_reading_of_it(tmp_path):
    issue = picture_page()
    with Archive(tmp_path / "a.db") as archive:
        archive.save_issue(_earlier(issue))
        other = copy.deepcopy(issue)
        other.pages[0].scan.data += b"\0"  # another file: another page image
        [refusal] = archive.save_issue(other).refused
        assert refusal.reason == CONFLICT and not refusal.reread
        assert "same page image" not in str(refusal.message())


def test_the_windows_words_for_a_page_read_again_name_no_option_in_english(qapp):
    from baoku.core.coded import Coded
    from baoku.gui.app import install_translator
    from baoku.gui.codedwords import words

    installed = install_translator(qapp, "en")
    try:
        said = words(Coded("page_conflict", page="第3版", issue="泉州晚报 2024-09-11", headlines=["甲"], reread=True))
        assert "same page image" in said and "Replace these pages" in said and not CLI_WORDS.search(said), said
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_on_a_server_a_page_read_again_is_said_to_be_an_earlier_reading(tmp_path, server_url):
    from baoku.core.store.server import ServerArchive

    issue = picture_page()
    (tmp_path / "images").mkdir()
    with ServerArchive(server_url) as server:
        server.set_image_store(tmp_path / "images")
        server.save_issue(_earlier(issue))
        [refusal] = server.save_issue(copy.deepcopy(issue)).refused
        assert refusal.reason == CONFLICT and refusal.reread and "same page image" in str(refusal.message())
