"""Export from a server archive (an editor's work): the same files as from the embedded archive,
for articles and for a collection; the PDF with the same pages. The sample is text, so no article
has a facsimile on either archive (scanned pages on a server: test_server_scans.py)."""

from __future__ import annotations

import pytest

from baoku.cli import main

from .conftest import SAMPLE_TXT


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_an_export_from_a_server_is_the_embedded_archives(server_url, tmp_path, capsys, fmt):
    made = {}
    for name, archive in (("embedded", tmp_path / "archive.db"), ("server", server_url)):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        assert run(capsys, "--archive", archive, "collection", "add", "专题", "3", "2")[0] == 0
        for argv in (["2", "4"], ["--collection", "专题"]):
            out = tmp_path / f"{name}-{argv[0]}.{fmt}"
            code, said, err = run(capsys, "--archive", archive, "export", *argv, "-o", out)
            assert code == 0, err
            made[name, argv[0]] = (said.replace(str(out), "OUT"), out.read_bytes())
    for which in ("2", "--collection"):
        assert made["embedded", which] == made["server", which]
    assert "聚力“新知”挖掘“新质”" in made["server", "2"][1].decode()


def test_a_pdf_from_a_server_has_the_embedded_archives_pages(server_url, tmp_path, capsys):
    said = {}
    for name, archive in (("embedded", tmp_path / "archive.db"), ("server", server_url)):
        assert run(capsys, "--archive", archive, "import", SAMPLE_TXT)[0] == 0
        out = tmp_path / f"{name}.pdf"
        code, text, err = run(capsys, "--archive", archive, "export", "2", "3", "--facsimile", "-o", out)
        assert code == 0, err
        said[name] = text.replace(str(out), "OUT")
        assert out.read_bytes().startswith(b"%PDF")
    assert said["embedded"] == said["server"] and "2 articles" in said["server"]


def test_an_editor_exports(users, tmp_path, capsys):
    out = tmp_path / "e.md"
    code, said, err = run(capsys, "--archive", users["editor"][1], "export", "2", "-o", out)
    assert code == 0 and "聚力“新知”挖掘“新质”" in out.read_text(encoding="utf-8"), err
