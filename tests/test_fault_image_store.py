"""Fault cases of issue 52e (docs/faults.md): a file where the image store's folder belongs (a
`a.db.images` made by hand, a sub-folder `44` that is a file). An import of a scanned page and a
backup of a scanned archive ended in a NotADirectoryError traceback: the import's clean-up of its
temporary file raised over the store's own refusal (`unlink(missing_ok=True)` still raises when a
folder of the path is a file), and the backup wrote the archive's copy, then failed on its images.
Now each is one line naming what is in the way, and nothing is stored or written."""

from __future__ import annotations

import hashlib

import pytest

from baoku.cli import main

from .test_fault_backups import _pages, _scanned_archive


@pytest.mark.parametrize("blocked", ["the store", "its sub-folder"])
def test_a_file_where_the_image_store_belongs_stops_the_import_in_one_line(tmp_path, capsys, blocked):
    pages = _pages(tmp_path)
    store = tmp_path / "a.db.images"
    if blocked == "the store":
        store.touch()
    else:  # the folder the page's image goes in (the first two hex digits of its SHA-256)
        store.mkdir()
        (store / hashlib.sha256((pages / "泉州晚报_2024-10-01_第1版.png").read_bytes()).hexdigest()[:2]).touch()
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(pages / "泉州晚报_2024-10-01_第1版.xml")]) == 1
    out, err = capsys.readouterr()
    said = out + err
    assert "Traceback" not in said and "NotADirectoryError" not in said
    assert f"a page image cannot be written into the image store {store} (" in said and \
           "): a file stands where a folder of it belongs; move that file away; the issue was not stored" in said, said
    assert main(["--archive", str(tmp_path / "a.db"), "list"]) == 0
    assert capsys.readouterr().out.startswith("no issues in")
    assert not list(tmp_path.rglob("*.part"))


def test_a_backup_onto_a_place_whose_image_folder_is_a_file_writes_nothing(tmp_path, capsys):
    db = _scanned_archive(tmp_path, capsys)
    (tmp_path / "b.db.images").touch()
    assert main(["--archive", str(db), "backup", str(tmp_path / "b.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"baoku: error: cannot write the copy {tmp_path / 'b.db.images'}/") and \
        err.endswith(": b.db.images in its path is a file, not a folder\n") and err.count("\n") == 1, err
    assert not (tmp_path / "b.db").exists()
