"""Fault case of issue 50c: a feed of thousands of issues in one file. Its report line named every
issue: 50,000 issues wrote one line of megabytes (the window one label as long). Now the first
few are named and the rest counted; a failure is always said."""

from __future__ import annotations

import datetime as dt
import json

from baoku.cli import main
from baoku.core.coded import Coded
from baoku.core.importing.outcome import SHOWN_ISSUES, FileOutcome, issues_said


def _feed(path, issues: int) -> None:
    first = dt.date(1950, 1, 1)
    rows = [{"publication": "小报", "date": str(first + dt.timedelta(days=i)), "page": 1, "headline": f"第{i}号",
             "paragraphs": [f"内容{i}。"]} for i in range(issues)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")


def test_a_feed_of_many_issues_names_a_few_and_counts_the_rest(tmp_path, capsys):
    feed, db = tmp_path / "many.jsonl", tmp_path / "a.db"
    _feed(feed, 120)
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("imported"))
    assert len(line) < 600, line
    assert "小报 1950-01-01" in line and f"and {120 - SHOWN_ISSUES} more issues: {120 - SHOWN_ISSUES} stored" in line
    assert main(["--archive", str(db), "import", str(feed)]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("already"))
    assert len(line) < 900 and f"{120 - SHOWN_ISSUES} already in the archive" in line, line
    assert main(["--archive", str(db), "list"]) == 0
    assert "120 issues" in capsys.readouterr().out


def test_an_issue_that_failed_is_said_however_many_were_stored():
    stored = [f"imported 小报 1950-01-{d:02}: 1 article on 1 page" for d in range(1, 21)]
    failed = Coded("unreadable", where="x", kind="empty")
    said = issues_said([*stored[:10], "cannot be stored: a bad row", failed, *stored[10:]])
    assert "cannot be stored: a bad row" in said and str(failed) in said
    assert said.count("imported 小报") == SHOWN_ISSUES and "and 15 more issues: 15 stored, 0 already" in said
    assert issues_said([failed]) is failed  # one keeps its code


def test_the_windows_report_names_a_few_issues_and_counts_the_rest(qapp):
    from baoku.gui.reportwords import outcome_lines

    facts = [{"issue": f"小报 1950-01-{d:02}", "articles": 1, "pages": 1, "outcome": "imported"} for d in range(1, 31)]
    outcome = FileOutcome("many.jsonl", "imported", "", facts=facts)
    [line] = outcome_lines(outcome, str)
    assert line.count("小报 1950-01-") == SHOWN_ISSUES and "另有 25 期" in line
