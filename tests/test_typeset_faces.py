"""BAOKU_FACES (tests/typeset.py): the layout set drawn in other faces by role, the bundled ones
unchanged without it. Measured with the bundled fonts only (CI has no others)."""

import pytest

from tests.scanpage import FONTS
from tests.typeset import typeface


def test_without_faces_every_role_takes_the_bundled_font(monkeypatch):
    monkeypatch.delenv("BAOKU_FACES", raising=False)
    assert typeface("uming.ttc", 28, "byline").path == str(FONTS / "uming.ttc")
    assert typeface("DroidSansFallbackFull.ttf", 28).path == str(FONTS / "DroidSansFallbackFull.ttf")


def test_faces_are_given_by_role_and_fall_back(monkeypatch):
    hana = str(FONTS / "HanaMinA.ttf")
    monkeypatch.setenv("BAOKU_FACES", f"body={hana},head={FONTS / 'uming.ttc'}#0")
    assert typeface("uming.ttc", 28).path == hana  # body
    assert typeface("uming.ttc", 33, "deck").path == hana  # a deck falls back to the body's face
    assert typeface("uming.ttc", 28, "byline").path == hana
    assert typeface("DroidSansFallbackFull.ttf", 40).path == str(FONTS / "uming.ttc")  # a sans head
    assert typeface("DroidSansFallbackFull.ttf", 34, "label").path == str(FONTS / "uming.ttc")  # label: head


def test_a_wrong_faces_setting_says_so(monkeypatch):
    monkeypatch.setenv("BAOKU_FACES", "text=/x.ttf")
    with pytest.raises(ValueError, match="not role=path"):
        typeface("uming.ttc", 28)
