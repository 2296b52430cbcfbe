"""Odd names, odd values and odd files at the command line (a tester's report, issue 40f): each is
one clear line, never a traceback, and the archive is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.store import Archive

from .conftest import SAMPLE_TXT, file_digest


def baoku(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    said = capsys.readouterr()
    return code, said.out, said.err


# -- 1. a year no newspaper was printed in is not a date ----------------------------------------------

@pytest.mark.parametrize("date", ["1650-03-01", "2150-01-01", "0000-01-01", "9999-12-31"])
def test_a_file_name_whose_year_is_no_newspapers_is_refused_saying_so(tmp_path, capsys, date):
    page = tmp_path / f"泉州晚报_{date}_第5版_民企会客厅.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "a.db"
    code, _, err = baoku(capsys, "--archive", db, "import", page)
    assert code == 1 and "Traceback" not in err
    assert date in err and "not a plausible newspaper date" in err and "1700" in err and "2100" in err, err
    with Archive(db) as archive:
        assert archive.issues() == []
    # the name's paper and page are still read: a date given beside it is all that is needed
    code, out, err = baoku(capsys, "--archive", db, "import", page, "--date", "1887-03-03")
    assert code == 0, err
    with Archive(db) as archive:
        assert [(r["publication"], r["date"]) for r in archive.issues()] == [("泉州晚报", "1887-03-03")]


@pytest.mark.parametrize("given", [("--date", "1650-03-01"), ("--date", "2101-01-01")])
def test_an_implausible_date_given_as_an_option_is_refused_in_one_line(tmp_path, capsys, given):
    db = tmp_path / "a.db"
    code, _, err = baoku(capsys, "--archive", db, "import", SAMPLE_TXT, *given)
    assert code == 1 and "Traceback" not in err and "not a plausible newspaper date" in err, err
    if db.exists():
        with Archive(db) as archive:
            assert archive.issues() == []


def test_the_first_and_last_plausible_years_are_dates(tmp_path, capsys):
    from baoku.core.model import parse_date

    assert parse_date("1700-01-01").year == 1700 and parse_date("2100-12-31").year == 2100


def test_a_name_with_an_implausible_year_leaves_the_date_to_ask_for_and_is_no_scan(tmp_path):
    from baoku.core.importing.metadata import known_metadata, needs_issue_metadata
    from baoku.core.importing.sources import is_scan

    page = tmp_path / "泉州晚报_2150-01-01_第5版_民企会客厅.txt"
    page.write_text(SAMPLE_TXT.read_text(encoding="utf-8"), encoding="utf-8")
    known = known_metadata(page)
    assert (known.publication, known.date, known.page) == ("泉州晚报", None, 5)
    assert needs_issue_metadata(page)  # the window asks for the date
    assert not is_scan("泉州晚报_1650-03-01_A05.png", lambda name: False)
    assert is_scan("泉州晚报_1887-03-03_A05.png", lambda name: False)


# -- 2. a read-only archive: reindex and check --repair say so, change nothing ---------------------

@pytest.fixture
def read_only_archive(capsys):
    """An archive with one change its index has not seen, in a folder any user can read, then made
    read-only (the file, its index and the folder); run with _other_user's prefix (root ignores
    file modes)."""
    import os
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="baoku-ro-"))
    db = folder / "ro.db"
    assert main(["--archive", str(db), "import", str(SAMPLE_TXT)]) == 0
    with Archive(db) as archive:
        archive.update_article(archive.article_ids()[0], headline="改过的标题")
    capsys.readouterr()
    for p in folder.rglob("*"):  # chmod -R a-w
        os.chmod(p, p.stat().st_mode & ~0o222)
    os.chmod(folder, 0o555)
    yield db
    os.chmod(folder, 0o755)
    for p in folder.rglob("*"):
        os.chmod(p, p.stat().st_mode | 0o200)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("command", [("reindex",), ("reindex", "--optimize"), ("check", "--repair")])
def test_reindex_and_repair_of_a_read_only_archive_say_it_is_read_only_and_change_nothing(read_only_archive,
                                                                                          command):
    from .test_hardening import _baoku, _other_user

    db = read_only_archive
    before = {p.name: file_digest(p) for p in db.parent.rglob("*") if p.is_file()}
    r = _baoku("--archive", str(db), *command, prefix=_other_user())
    said = r.stdout + r.stderr
    assert "Traceback" not in said and "read-only" in said and "nothing was changed" in said, said
    assert "missing or out of date" not in said
    if command[0] == "reindex":
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1, said
    else:  # the check is still made and said; only the repair is left undone
        assert r.returncode == 0 and "archive ok" in r.stdout and "not indexed yet" in r.stdout, said
    assert {p.name: file_digest(p) for p in db.parent.rglob("*") if p.is_file()} == before
