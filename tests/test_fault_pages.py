"""Fault cases of issue 50c: an issue's file that gives one page twice (a METS whose structure
lists a page twice). It reached the page table's unique key as an IntegrityError traceback."""

from __future__ import annotations

import hashlib
import io

from baoku.cli import main

from .test_alto import METS, _alto_by_hand

PAGE_DIV = '<mets:div TYPE="np:page" DMDID="pageModsBib1">\n    <mets:fptr FILEID="masterFile1"/><mets:fptr FILEID="ocrFile1"/>\n   </mets:div>'
SECOND_DIV = PAGE_DIV.replace('FILEID="ocrFile1"', 'FILEID="ocrFile2"')
SECOND_FILE = ('<mets:file ID="ocrFile2" USE="ocr"><mets:FLocat LOCTYPE="OTHER" xlink:href="./0002.xml"/></mets:file>'
               '</mets:fileGrp>')


def _batch(tmp_path, mets: str, second_alto: str | None = None):
    from PIL import Image

    assert PAGE_DIV in METS
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "issue.xml").write_text(mets, encoding="utf-8")
    (batch / "0001.xml").write_text(_alto_by_hand(), encoding="utf-8")
    if second_alto is not None:
        (batch / "0002.xml").write_text(second_alto, encoding="utf-8")
    tif = io.BytesIO()
    Image.new("L", (2400, 3600), 255).save(tif, format="TIFF", compression="tiff_deflate")
    (batch / "0001.tif").write_bytes(tif.getvalue())
    return batch


def test_a_page_listed_twice_is_stored_once(tmp_path, capsys):
    batch = _batch(tmp_path, METS.replace(PAGE_DIV, PAGE_DIV * 2))
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(batch)]) == 0
    said = capsys.readouterr()
    assert "Traceback" not in said.err and "articles already in the archive" not in said.out
    assert "2 new articles" in said.out
    assert main(["--archive", str(db), "list", "articles"]) == 0
    assert "2 articles" in capsys.readouterr().out


def test_two_different_pages_of_one_number_are_one_line_and_nothing_stored(tmp_path, capsys):
    mets = METS.replace(PAGE_DIV, PAGE_DIV + SECOND_DIV).replace("</mets:fileGrp>", SECOND_FILE)
    batch = _batch(tmp_path, mets, _alto_by_hand().replace("农民", "渔民"))
    db = tmp_path / "a.db"
    assert main(["--archive", str(db), "import", str(tmp_path / "nothing.jsonl")]) == 1  # (the archive made empty)
    capsys.readouterr()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert main(["--archive", str(db), "import", str(batch)]) == 1
    said = capsys.readouterr()
    assert "Traceback" not in said.err
    failed = [line for line in (said.out + said.err).splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and "two different pages as 第3版" in failed[0], said
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
