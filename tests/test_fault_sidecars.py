"""Fault case of issue 52e (docs/faults.md): a sidecar whose date or page disagrees with the file's
name (a sidecar copied from another page). The sidecar's value stands, as documented, but the
page was filed under the other date without a word. Now each disagreement is a line of the file's
report, said without -v; a sidecar that agrees says nothing."""

from __future__ import annotations

from baoku.cli import main

TEXT = "本报讯 今天市场很热闹，居民们购买年货，经济发展稳定，商户们都说今年的生意比去年好得多。\n"


def test_a_sidecar_that_disagrees_with_the_file_name_is_said(tmp_path, capsys):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "泉州晚报_2024-10-01_第1版.txt").write_text(TEXT, encoding="utf-8")
    (pages / "泉州晚报_2024-10-01_第1版.yaml").write_text("date: 2024-11-05\npage: 3\n", encoding="utf-8")
    (pages / "泉州晚报_2024-10-02_第2版.txt").write_text(TEXT.replace("今天", "昨天"), encoding="utf-8")
    (pages / "泉州晚报_2024-10-02_第2版.yaml").write_text("date: 2024-10-02\npage: 2\npublication: 泉州晚报\n",
                                                        encoding="utf-8")
    assert main(["--archive", str(tmp_path / "a.db"), "import", str(pages)]) == 0
    out = capsys.readouterr().out
    said = [line.strip() for line in out.splitlines() if "differs from the file name" in line]
    assert said == ["泉州晚报_2024-10-01_第1版.yaml: its date 2024-11-05 differs from the file name's 2024-10-01; "
                    "the sidecar's is used",
                    "泉州晚报_2024-10-01_第1版.yaml: its page 3 differs from the file name's 1; the sidecar's is used"], out
    assert "imported 泉州晚报 2024-11-05" in out and "imported 泉州晚报 2024-10-02" in out
