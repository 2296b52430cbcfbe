"""A PDF encrypted with an owner's password only (printing or copying restricted, as papers publish
their e-paper PDFs) opens in every viewer without asking for a password (issue-51e,
docs/faults.md). Before: refused as "the PDF is encrypted; remove the password and import again",
a password the user never had. Now read as any PDF; one that asks for a password to open it is
refused as before."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from baoku.core.importing.run import FAILED, IMPORTED, import_paths

from .test_hostile import _pdf_with_text

TEXT = "第1版 本报讯 这是一页的新闻，市民们纷纷出门游玩。"


def _encrypted(user: str, algorithm: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf_with_text(TEXT))))
    writer.encrypt(user_password=user, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-256"])
def test_a_pdf_with_only_an_owners_password_is_read(tmp_path, archive, algorithm):
    pdf = tmp_path / "泉州晚报_2024-06-04_第1版.pdf"
    pdf.write_bytes(_encrypted("", algorithm))
    report = import_paths(archive, [pdf])
    assert report.outcomes[0].status == IMPORTED, report.outcomes[0].message
    (rec,) = map(archive.article, archive.article_ids())
    assert "市民们纷纷出门游玩" in rec.article.text()


def test_a_pdf_that_asks_for_a_password_to_open_is_still_refused_in_one_line(tmp_path, archive):
    pdf = tmp_path / "泉州晚报_2024-06-05_第1版.pdf"
    pdf.write_bytes(_encrypted("secret", "AES-128"))
    report = import_paths(archive, [pdf])
    assert report.outcomes[0].status == FAILED
    assert report.outcomes[0].message == "the PDF is encrypted; remove the password and import again"
    assert not archive.article_ids()
