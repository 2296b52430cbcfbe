"""A NewsML-G2 package imported with the item files it names (in a folder or a ZIP): each member is
read once, as the package's, whichever of them the walk comes to first; the report says so once,
on the package's line. A member the package could not take is still read on its own."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import DUPLICATE, FAILED, IMPORTED, import_paths

from .test_agency import AP, PACKAGE, PHOTO, XHTML_BODY, g2_item

MEMBERS = {"photo-item.xml": PHOTO, "story.xml": g2_item(XHTML_BODY)}  # by href, and by guid


def _folder(tmp_path: Path, package_name: str, files: dict[str, str], package: str = PACKAGE) -> Path:
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / package_name).write_text(package, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _one_line_for_the_package(report, package_name: str):
    """The package's outcome; no line of the report is about one of its members."""
    names = [Path(o.name.split("!")[-1]).name for o in report.outcomes]
    assert names == [package_name], [(o.name, o.status, o.message) for o in report.outcomes]
    return report.outcomes[0]


def _says_members(outcome, names: list[str]) -> None:
    assert sorted(Path(m.split("!")[-1]).name for m in outcome.members) == sorted(names)
    assert sorted(Path(m).name for m in outcome.members_beside) == sorted(names)


# "a-package.xml" is walked before its members, "z-package.xml" after them.
@pytest.mark.parametrize("package_name", ["a-package.xml", "z-package.xml"])
def test_a_folder_with_a_package_and_its_two_members_reads_each_member_once(tmp_path, archive, package_name):
    folder = _folder(tmp_path, package_name, MEMBERS)
    report = import_paths(archive, [folder])
    package = _one_line_for_the_package(report, package_name)
    assert package.status == IMPORTED, package.message
    assert len(package.article_ids) == 2 and report.articles_added == 2
    _says_members(package, ["photo-item.xml", "story.xml"])
    assert archive.stats()["articles"] == 2 and report.count(DUPLICATE) == 0 and report.ok


@pytest.mark.parametrize("entries", [
    # the package at the ZIP's root, walked before its members
    {"package.xml": PACKAGE, "photo-item.xml": PHOTO, "story.xml": g2_item(XHTML_BODY)},
    # the story (found by its guid, in another folder) walked before the package
    {"items/story.xml": g2_item(XHTML_BODY), "pkg/package.xml": PACKAGE, "pkg/photo-item.xml": PHOTO},
], ids=["package-first", "member-first"])
def test_a_zip_with_a_package_and_its_two_members_reads_each_member_once(tmp_path, archive, entries):
    z = tmp_path / "feed.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for name, text in entries.items():
            zf.writestr(name, text)
    report = import_paths(archive, [z])
    package = _one_line_for_the_package(report, "package.xml")
    assert package.status == IMPORTED, package.message
    assert len(package.article_ids) == 2 and report.articles_added == 2
    _says_members(package, ["photo-item.xml", "story.xml"])
    assert all(m.startswith(f"{z}!") for m in package.members)  # named inside the ZIP, where they are
    assert sorted(package.members_beside) == (
        ["../items/story.xml", "photo-item.xml"] if "items/story.xml" in entries else ["photo-item.xml", "story.xml"])
    assert archive.stats()["articles"] == 2 and report.count(DUPLICATE) == 0 and report.ok


REFUSING = PACKAGE.replace(
    '<itemRef residref="urn:photo:1" href="photo-item.xml"><title>Las Vegas</title></itemRef>',
    '<itemRef residref="urn:nitf:1" href="m-wire.xml"/><itemRef residref="urn:v" href="m-video.xml"/>')


@pytest.mark.parametrize("package_name", ["a-package.xml", "z-package.xml"])
def test_a_member_the_package_could_not_take_is_read_on_its_own(tmp_path, archive, package_name):
    # The package takes the story; the NITF file is no G2 item (refused by the package, a story on
    # its own) and the video item is refused either way: both still have their own line.
    folder = _folder(tmp_path, package_name, {"story.xml": g2_item(XHTML_BODY), "m-wire.xml": AP,
                                              "m-video.xml": g2_item("", guid="urn:v", cls="ninat:video")},
                     package=REFUSING)
    report = import_paths(archive, [folder])
    by_name = {Path(o.name).name: o for o in report.outcomes}
    assert sorted(by_name) == sorted([package_name, "m-wire.xml", "m-video.xml"]), \
        [(o.name, o.status, o.message) for o in report.outcomes]
    package = by_name[package_name]
    assert package.status == IMPORTED and len(package.article_ids) == 1, package.message
    _says_members(package, ["story.xml"])
    assert any("2 of the package's 3 items are not beside it" in w for w in package.warnings)
    assert by_name["m-wire.xml"].status == IMPORTED and len(by_name["m-wire.xml"].article_ids) == 1
    assert by_name["m-video.xml"].status == FAILED and "video item" in by_name["m-video.xml"].message
    assert archive.stats()["articles"] == 2 and report.count(DUPLICATE) == 0


def test_members_of_a_package_that_takes_none_are_each_read_on_their_own(tmp_path, archive):
    only_refused = REFUSING.replace(
        """<itemRef residref="urn:newsml:stt.fi:1" contenttype="application/vnd.iptc.g2.newsitem+xml">
   <title>Parliament passes the alcohol act</title></itemRef>""", "")
    folder = _folder(tmp_path, "a-package.xml", {"m-wire.xml": AP, "story.xml": g2_item(XHTML_BODY)},
                     package=only_refused)
    report = import_paths(archive, [folder])
    by_name = {Path(o.name).name: o for o in report.outcomes}
    assert by_name["a-package.xml"].status == FAILED and not by_name["a-package.xml"].members
    assert by_name["m-wire.xml"].status == IMPORTED and by_name["story.xml"].status == IMPORTED
    assert archive.stats()["articles"] == 2


def test_the_command_line_report_names_the_members_once_on_the_package_line(tmp_path, archive_path, capsys):
    folder = _folder(tmp_path, "z-package.xml", MEMBERS)
    assert main(["--archive", str(archive_path), "import", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "z-package.xml" in out and out.count("read with it, not again on their own") == 1
    assert "read with it, not again on their own: story.xml, photo-item.xml" in out  # in the package's order
    assert "already in archive" not in out and f"{folder / 'story.xml'}" not in out
    assert main(["--archive", str(tmp_path / "json.db"), "import", "--json", str(folder)]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert [Path(f["file"]).name for f in files] == ["z-package.xml"]
    assert [Path(m).name for m in files[0]["members"]] == ["story.xml", "photo-item.xml"]


def test_a_package_and_its_members_named_one_by_one_are_read_package_first(tmp_path, archive):
    folder = _folder(tmp_path, "z-package.xml", MEMBERS)
    report = import_paths(archive, [folder / "story.xml", folder / "photo-item.xml", folder / "z-package.xml"])
    package = _one_line_for_the_package(report, "z-package.xml")
    assert package.status == IMPORTED and len(package.article_ids) == 2, package.message
    assert archive.stats()["articles"] == 2 and report.count(DUPLICATE) == 0
