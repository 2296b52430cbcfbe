"""A folder that goes away while it is imported (a USB disk pulled out, a network share dropped,
the folder moved; issue-51e, docs/faults.md). Before: one "failed … no such file or folder" line
for every file left in it (2,716 lines for a folder of 3,000 feeds). Now one line for the folder,
saying how much was not read; what was stored stays, and nothing else is said."""

from __future__ import annotations

import json

from baoku.core.coded import Coded
from baoku.core.importing import run
from baoku.core.importing.run import FAILED, IMPORTED, import_paths


def _feeds(folder, n: int) -> None:
    folder.mkdir(parents=True)
    for k in range(n):
        row = {"publication": "测试报", "date": f"2001-01-{k + 1:02d}", "page": 1, "headline": f"第{k}号",
               "paragraphs": [f"正文第{k}段。"]}
        (folder / f"f{k:02d}.jsonl").write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")


def test_a_folder_gone_in_the_middle_of_its_import_is_one_line(tmp_path, archive, monkeypatch):
    folder = tmp_path / "usb" / "feeds"
    _feeds(folder, 30)
    walk, seen = run.iter_sources, []

    def pulled_out_after_three(path, *args, **kwargs):  # the disk goes while the fourth file is read
        for item in walk(path, *args, **kwargs):
            seen.append(item)
            if len(seen) == 3 and path == folder:
                folder.rename(tmp_path / "elsewhere")
            yield item

    monkeypatch.setattr(run, "iter_sources", pulled_out_after_three)
    report = import_paths(archive, [folder])
    said = [(o.status, o.message) for o in report.outcomes]
    assert [s for s, _ in said] == [IMPORTED] * 3 + [FAILED], said
    assert said[-1][1] == ("the folder is gone since the import began (a disk removed, a network share dropped, "
                           "or the folder moved): 27 entries left in it were not read. Connect it again and import "
                           "it again (what was stored is skipped)")
    assert len(archive.article_ids()) == 3  # what was stored stays


def test_the_window_says_the_folder_is_gone_in_its_language():
    from baoku.gui.codedwords import words

    said = words(Coded("unreadable", where="/media/usb/feeds", kind="folder_gone", left=27))
    assert said == ("/media/usb/feeds：导入开始以后，这个文件夹不见了（磁盘被拔出、网络共享断开或文件夹被移走），"
                    "其中剩下的 27 项没有读取。请重新连接后再导入一次（已导入的会跳过）。")
