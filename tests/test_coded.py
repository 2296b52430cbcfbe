"""The core says a refusal or a finding as a code and its values (core/coded.py); the command line
words it in English naming its options, the window in its own language naming its own buttons. The
window never names a command-line option or command (it has none to give)."""

from __future__ import annotations

import ast
import pickle
import regex as re
from pathlib import Path

import pytest

from baoku.core.coded import MESSAGES, Coded
from baoku.core.errors import NotFound, ValidationError

from .conftest import SAMPLE_TXT

CORE = Path(__file__).resolve().parents[1] / "desktop" / "baoku" / "core"
CLI_WORDS = re.compile(r"(?<![\w-])--[a-z][a-z-]+|\bbaoku (?:import|search|list|show|check|correct|collection|trash|"
                       r"export|reindex|backup|restore|clip|split|merge|delete|note|paper|issue|edit|cite|pages|migrate)\b")
# A string that is one option and nothing else, written in a list, is an argument in another
# program's command line (pg_dump's --format=custom), never words for a person.
ARGUMENT = re.compile(r"--[a-z][a-z-]*(=\S+)?$")
# Values for each code's message, as the core gives them.
SAMPLES = {
    "no_archive": {"path": "/tmp/a.db"}, "split_at_start": {"article": 12}, "split_no_body": {},
    "split_line_unmatched": {"line": 40, "article": 12}, "merge_itself": {},
    "clip_outside": {"box": "(4000,10)–(4200,90)", "width": 3500, "height": 5000}, "clip_too_small": {"side": 24}, "no_paper": {"name": "泉州晚报"}, "no_collection": {"name": "专利"},
    "no_trash_entry": {"id": 7}, "backup_exists": {"path": "/tmp/b.db"},
    "cannot_write": {"path": "/tmp/笔记.txt/b.pdf", "kind": "not_folder", "reason": "Not a directory", "copy": False,
                     "blocker": "笔记.txt"},
    "restore_newer": {"path": "/tmp/a.db", "tables": "notes, articles"},
    "line_text_missing": {"line": 12}, "line_text_repeated": {"line": 12},
    "name_not_utf8": {"encoding": "GB18030"},
    "damaged_no_backup": {"path": "/home/a/archive.db", "reason": "database disk image is malformed"},
    "file_too_big": {"size": "80.0", "limit": "64"},
    "unreadable": {"where": "a.txt", "kind": "undecodable", "reason": "invalid start byte", "at": 12},
    "no_issue_metadata": {"where": "a.txt", "missing": "publication, date, page"},
    "page_conflict": {"page": "第3版", "issue": "泉州晚报 2024-09-11", "headlines": ["甲", "乙"], "notes": 1, "places": 2,
                      "corrections": 3},
    "page_stored_elsewhere": {"page": "第3版", "issue": "泉州晚报 2024-09-11", "articles": 2, "places": ["第4版"],
                              "ids": [1, 2], "id_list": "1–2"},
    "index_missing": {"n": 3}, "index_stale": {"n": 1}, "index_orphaned": {"n": 2},
    "index_damaged": {"words": -1, "recall": 5, "recorded": 5},
    "server_password_in_address": {"address": "postgresql://archivist:…@db.example/baoku"},
    "server_foreign_database": {"address": "postgresql://archivist@db.example/shop", "tables": ["orders", "users"]},
    "server_encoding": {"address": "postgresql://archivist@db.example/baoku", "encoding": "SQL_ASCII"},
    "server_read_only": {"address": "postgresql://archivist@standby.example/baoku",
                         "reason": "cannot execute INSERT in a read-only transaction"},
    "server_cancelled": {"address": "postgresql://archivist@db.example/baoku",
                         "reason": "canceling statement due to statement timeout"},
    "server_connection_lost": {"address": "postgresql://archivist@db.example/baoku",
                               "reason": "terminating connection due to administrator command"},
    "server_unreachable": {"address": "postgresql://archivist@db.example/baoku",
                           "reason": "connection is bad: No such file or directory"},
    "server_cannot_import": {"address": "postgresql://editor@db.example/baoku"},
    "server_role_refused": {"address": "postgresql://editor@db.example/baoku",
                            "reason": "permission denied for table article"},
    "server_schema_older": {"address": "postgresql://editor@db.example/baoku", "version": 13, "ours": 21,
                            "reason": "permission denied for schema public"},
    "server_schema_newer": {"address": "postgresql://archivist@db.example/baoku", "version": 9, "ours": 1},
    "archive_moved": {"path": "/media/usb/报库/archive.db"},
    "index_link_broken": {"path": "/home/a/archive.db.index", "target": "/media/usb/index"},
    "lock_blocked": {"path": "/home/a/archive.db.lock", "reason": "Is a directory"},
    "font_missing": {"path": "/opt/baoku/resources/fonts/NotoSerifCJK-Regular.ttc"},
    "font_damaged": {"path": "/opt/baoku/resources/fonts/NotoSerifCJK-Regular.ttc",
                     "reason": "error: unpack requires a buffer of 2 bytes"},
    "foreign_database": {"path": "/home/a/.mozilla/places.sqlite", "tables": ["moz_bookmarks", "moz_places"]},
    "archive_not_a_file": {"path": "/home/a/报库.fifo", "kind": "fifo"},
    "archive_newer": {"path": "/media/usb/报库.db", "version": 18},
    "archive_read_only_empty": {"path": "/media/cdrom/报库.db"},
    "archive_read_only_older": {"path": "/media/cdrom/报库.db", "version": 12, "current": 17},
    "server_backup_damaged": {"path": "/home/a/档案-备份.dump", "reason": "could not read from input file: end of file"},
    "backup_images_missing": {"n": 3, "folder": "/home/a/报库.db.images"},
    "restore_images_missing": {"n": 2, "folder": "/media/usb/报库-备份.db.images"},
    "page_image": {"state": "damaged", "page": 3, "path": "/media/usb/报库/archive.db.images/ab/cd.png",
                   "why": "OSError: broken data stream"},
    "server_address_not_file": {"address": "postgresql://archivist@db.example/baoku"},
    "server_tool_missing": {"tool": "pg_dump"},
    "server_tool_failed": {"what": "backup", "reason": "connection refused"},
    "not_a_server_backup": {"path": "/tmp/x.dump"}, "restore_embedded_backup": {"path": "/tmp/a.db"},
    "restore_over_archive": {"address": "postgresql://archivist@db.example/baoku", "n": 12},
    "migrate_same_kind": {"source": "/tmp/a.db", "dest": "/tmp/b.db", "kind": "archive file"},
    "migrate_would_lose": {"source": "/tmp/a.db", "dest": "postgresql://archivist@db.example/baoku",
                           "lost": [["page_scan", 3], ["scan_line", 120], ["saved_search", 1]]},
    "migrate_not_empty": {"dest": "postgresql://archivist@db.example/baoku", "n": 12, "rows": 80},
    "migrate_other_source": {"dest": "postgresql://archivist@db.example/baoku", "source": "/tmp/a.db",
                             "other": "/tmp/b.db"},
    "migrate_left": {"source": "/tmp/a.db", "left": [["history_step", 4]]},
    "migrate_source_changed_since": {"source": "/tmp/a.db", "dest": "postgresql://archivist@db.example/baoku"},
    "migrate_source_changed": {"table": "article", "source": "/tmp/a.db",
                               "dest": "postgresql://archivist@db.example/baoku"},
    "not_on_server": {"what": "baoku trash", "address": "postgresql://archivist@db.example/baoku",
                      "available": ["import", "list", "show"]},
    "image_store_unset": {"address": "postgresql://archivist@db.example/baoku"},
    "image_store_unreachable": {"folder": "/mnt/nas/baoku-images", "address": "postgresql://archivist@db.example/baoku"},
    "image_store_unwritable": {"folder": "/mnt/nas/baoku-images", "reason": "No space left on device", "full": True},
    "scan_needs_image_store": {"source": "闽南日报_2024-10-12_A07.png",
                               "problem": Coded("image_store_unset", address="postgresql://archivist@db.example/baoku")},
}


def test_every_code_has_its_english_and_the_windows_words_and_neither_loses_a_value():
    from baoku.gui.codedwords import codes, words

    assert set(SAMPLES) == set(MESSAGES) == codes()
    for code, params in SAMPLES.items():
        english = Coded(code, **params)
        assert english.code == code and str(english) and "{" not in english
        said = words(english)
        assert said != str(english) and not CLI_WORDS.search(said), (code, said)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_names_no_option_in_either_language(qapp, language):
    from baoku.gui.app import install_translator
    from baoku.gui.codedwords import words

    installed = install_translator(qapp, language)
    try:
        for code, params in SAMPLES.items():
            said = words(Coded(code, **params))
            assert not CLI_WORDS.search(said) and "%" not in said, (code, said)
            for v in params.values():  # the values are as stored, in any script
                for item in v if isinstance(v, list) else [v]:
                    said = said.replace(str(item), "")
            assert bool(re.search(r"\p{Han}", said)) == (language == "zh_CN"), (code, said)
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


def test_a_coded_error_crosses_to_the_worker_and_back_as_it_was():
    error = pickle.loads(pickle.dumps(NotFound(Coded("no_collection", name="专利"))))
    assert error.coded.code == "no_collection" and error.coded.params == {"name": "专利"}
    assert str(error) == "no collection named 「专利」 (baoku collection list shows them)"
    assert ValidationError("plain words").coded is None


def _strings(tree: ast.AST):
    """Every string the module holds, but its docstrings."""
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    arguments = {id(e) for n in ast.walk(tree) if isinstance(n, ast.List) for e in n.elts
                 if isinstance(e, ast.Constant) and isinstance(e.value, str) and ARGUMENT.match(e.value)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs | arguments:
            yield node


def test_only_the_catalogues_name_a_command_or_an_option():
    """A message written in place in the core reaches the window too, which has no options: one
    that names a command or an option is coded instead (core/coded.py)."""
    catalogues = {CORE / "coded.py", CORE / "search" / "queryproblems.py"}
    offenders = [f"{path.relative_to(CORE)}:{node.lineno}: {node.value[:60]}"
                 for path in sorted(CORE.rglob("*.py")) if path not in catalogues
                 for node in _strings(ast.parse(path.read_text(encoding="utf-8")))
                 if CLI_WORDS.search(node.value)]
    assert offenders == []


def test_the_windows_import_summary_says_what_a_file_lacks_in_its_own_words(tmp_path, qapp):
    """A page text with no paper, date or page in its name: the window says to fill them in the
    import dialog; the command line names its options."""
    from baoku.core.importing.run import import_paths
    from baoku.core.store import Archive
    from baoku.gui.importing import summary_box

    bare = tmp_path / "page.txt"
    bare.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    with Archive(tmp_path / "a.db") as archive:
        report = import_paths(archive, [bare])
    assert "--publication" in report.outcomes[0].message  # the command line's words
    details = summary_box(report).detailedText()
    assert "导入对话框" in details and "报纸名、出版日期、所在版次" in details and not CLI_WORDS.search(details), details


def test_the_windows_check_says_repair_with_its_button(tmp_path, qapp):
    from baoku.core.checks import check_archive
    from baoku.core.search.index import SearchIndex
    from baoku.core.store import Archive
    from baoku.core.importing.run import import_paths
    from baoku.gui.codedwords import words

    with Archive(tmp_path / "a.db") as archive:
        import_paths(archive, [SAMPLE_TXT])
        with SearchIndex(archive) as index:
            index.sync()
        with archive.transaction():  # as if the index had recorded an old version of article 2
            archive.db.execute("UPDATE search_state SET content_hash = 'old' WHERE article_id = 2")
        problems = check_archive(archive).problems
    assert problems and all(p.code == "index_stale" for p in problems)
    assert "baoku check --repair" in problems[0]
    assert "修复索引" in words(problems[0]) and "1 篇" in words(problems[0])


@pytest.mark.parametrize("language,pages,want", [
    ("en", 1, "failed: 0. Pages worth a look (a doubtful article boundary): 1."),
    ("en", 2, "failed: 0. Pages worth a look (a doubtful article boundary): 2."),
    ("zh_CN", 1, "0 个失败。1 个版面值得一看"),
])
def test_the_window_import_summary_runs_its_sentences_on_as_the_language_writes(qapp, language, pages, want):
    # The English summary read "failed: 0.1 pages worth a look": two sentences run together as
    # Chinese runs them after 。, which read as a number.
    from baoku.core.importing.outcome import IMPORTED, FileOutcome, ImportReport
    from baoku.gui.app import install_translator
    from baoku.gui.importing import summary_text

    doubts = [(f"第{n}版", ["一处"]) for n in range(1, pages + 1)]
    report = ImportReport([FileOutcome("a.txt", IMPORTED, "ok", article_ids=[1, 2], doubtful=doubts)])
    installed = install_translator(qapp, language)
    try:
        assert want in summary_text(report)
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_damaged_bundled_font_is_headed_as_baokus_own_file_to_reinstall(qapp, tmp_path, monkeypatch, language):
    """The window headed a bundled font cut short (an install interrupted) as the user's mistake:
    输入有误，没有保存 ("That input is not valid"), with the core's English under it."""
    from baoku.core.export import fonts
    from baoku.gui.app import install_translator
    from baoku.gui.messages import headline
    from baoku.gui.codedwords import error_words

    real = fonts.fonts_dir() / fonts.SERIF_FILE
    (tmp_path / fonts.SERIF_FILE).write_bytes(real.read_bytes()[:100_000])
    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    with pytest.raises(ValidationError) as refused:
        fonts._register("BaokuTestDamagedHeading", fonts.SERIF_FILE, 0)  # (a name of its own: cached apart)
    (tmp_path / fonts.SERIF_FILE).unlink()
    with pytest.raises(ValidationError) as missing:
        fonts._register("BaokuTestMissingHeading", fonts.SERIF_FILE, 0)
    assert refused.value.coded.code == "font_damaged" and missing.value.coded.code == "font_missing"
    installed = install_translator(qapp, language)
    try:
        said = [(headline(e.value), error_words(e.value)) for e in (refused, missing)]
    finally:
        for t in installed:
            qapp.removeTranslator(t)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("zh_CN"))
    path = tmp_path / fonts.SERIF_FILE
    if language == "zh_CN":
        assert said == [("报库自带的一个字体文件已损坏，没有导出。请重新安装报库。",
                         f"报库自带的字体文件 {path} 已损坏，无法读取（error: unpack requires a buffer of 2 bytes），"
                         "请重新安装报库。"),
                        ("报库自带的一个字体文件不见了，没有导出。请重新安装报库。",
                         f"报库自带的字体文件 {path} 不见了，请重新安装报库。")]
    else:
        assert said == [("A font file that comes with Baoku is damaged; nothing was exported. Reinstall Baoku.",
                         f"Baoku's font file {path} is damaged and cannot be read (error: unpack requires a buffer "
                         "of 2 bytes); reinstall Baoku."),
                        ("A font file that comes with Baoku is missing; nothing was exported. Reinstall Baoku.",
                         f"Baoku's font file {path} is missing; reinstall Baoku.")]
