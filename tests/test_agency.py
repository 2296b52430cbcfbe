"""News agency files as agencies send them (issue 31): NITF with a DOCTYPE line, NewsML-G2 with
XHTML and text/plain bodies, packages, photo items, English, Spanish and Norwegian bylines and
datelines, NewsML 1 — each stored as the agency's wire item, and each found by an English word.

The files are written here, modelled on the IPTC's own examples and agencies' feeds (the public
originals are run by bench/conformance.py, not kept in the repository)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from baoku.cli import main
from baoku.core.importing.run import DUPLICATE, FAILED, IMPORTED, import_paths
from baoku.core.model import NO_PAGE
from baoku.core.search.index import SearchIndex
from baoku.core.store import Archive

from .test_hostile import XML_ATTACKS
from .test_importers import TINY_JPEG


NITF_WITH_DOCTYPE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf PUBLIC "-//IPTC//DTD NITF 3.2//EN" "http://www.nitf.org/site/nitf-documentation/nitf-3-2.dtd">
<nitf baselang="en-US">
 <head>
  <title>Tide Updates for Norfolk</title>
  <docdata>
   <evloc city="Norfolk" state-prov="VA" iso-cc="US"/>
   <date.issue norm="20020225T143000-0500"/>
   <ed-msg info="Today begins an expanded format of this column." msg-type="announcement"/>
   <key-list><keyword key="tides"/></key-list>
  </docdata>
  <pubdata type="web" name="nitf.org" date.publication="20020226T000000-0500"/>
 </head>
 <body>
  <body.head>
   <hedline><hl1>Weather and Tide Updates for Norfolk</hl1><hl2>A sample NITF article</hl2></hedline>
   <note noteclass="editorsnote"><body.content><p>Written to show the parts of NITF.</p></body.content></note>
   <byline>By <person>Alan Smithee</person> <byttl>Weather Desk</byttl></byline>
   <dateline><location><city>Newport News</city>, <state>VA</state></location></dateline>
   <abstract><p>Superb weather today. Tides as usual.</p></abstract>
  </body.head>
  <body.content>
   <media media-type="image"><media-reference source="high-tide.jpg"/>
    <media-caption>The tides, late yesterday.</media-caption><media-producer>Karben</media-producer></media>
   <p>The weather was superb in Norfolk. Boats by the <org value="acm">Acme Boat Company</org>.</p>
   <hl2>The Tides are High</hl2>
   <block><ul><li><em>Deer Creek:</em> a haven for bass.</li></ul></block>
  </body.content>
  <body.end><tagline>Stewart Kilometers contributed to this article.</tagline></body.end>
 </body>
</nitf>
"""


def _import(tmp_path: Path, name: str, content: str | bytes, archive: Archive):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    report = import_paths(archive, [path])
    return report.outcomes[0]


def _search(archive: Archive, query: str) -> int:
    with SearchIndex(archive) as index:
        return index.search(query).total


# -- the DOCTYPE line -------------------------------------------------------------------------------

def test_a_doctype_that_declares_nothing_is_read(tmp_path, archive_path, capsys):
    with Archive(archive_path) as archive:
        o = _import(tmp_path, "nitf.xml", NITF_WITH_DOCTYPE, archive)
        assert o.status == IMPORTED, o.message
        rec = archive.article(o.article_ids[0])
        a = rec.article
        assert a.headline == "Weather and Tide Updates for Norfolk" and a.subhead == "A sample NITF article"
        assert [(c.name, c.role) for c in a.contributors if c.role != "摄"] == [("Alan Smithee", "Weather Desk")]
        assert a.byline == "Alan Smithee, Weather Desk"
        assert any(b.kind == "dateline" and b.text == "Newport News, VA" for b in a.blocks)
        assert a.abstract == "Superb weather today. Tides as usual."
        assert "Written to show the parts of NITF." in a.note and "expanded format" in a.note
        assert a.tagline == "Stewart Kilometers contributed to this article."
        assert a.language == "en"
        assert "Boats by the Acme Boat Company." in a.paragraphs[0]
        assert "The Tides are High" in a.paragraphs and "Deer Creek: a haven for bass." in a.paragraphs
        assert a.photos[0].caption == "The tides, late yesterday." and a.photos[0].credit == "Karben"
        # no page: the publisher's wire item, dated
        assert (rec.publication, rec.kind, rec.page_number, str(rec.date)) == ("nitf.org", "wire", NO_PAGE,
                                                                                "2002-02-26")
        assert any("not kept by design" in w and "<key-list>" in w for w in o.warnings)
        assert _search(archive, "tides") == 1 and _search(archive, "TIDE*") == 1
    capsys.readouterr()
    assert main(["--archive", str(archive_path), "show", str(o.article_ids[0])]) == 0
    shown = capsys.readouterr().out
    for piece in ("提要 abstract: Superb weather today.", "编辑提示 note to editors: Written to show",
                  "Stewart Kilometers contributed", "nitf.org 2002年2月26日 通稿"):
        assert piece in shown


@pytest.mark.parametrize("attack", range(len(XML_ATTACKS)))
def test_every_xml_attack_is_still_refused_with_doctypes_allowed(tmp_path, archive_path, attack):
    with Archive(archive_path) as archive:
        before = archive.stats()["articles"]
        o = _import(tmp_path, "a.xml", XML_ATTACKS[attack], archive)
        assert o.status == FAILED and o.message and "unexpected error" not in o.message
        assert archive.stats()["articles"] == before == 0
    doc = XML_ATTACKS[attack]
    if "<!ENTITY" in doc or "[<!" in doc:
        assert "refused" in o.message


def test_an_internal_subset_is_refused_even_when_empty(tmp_path, archive):
    doc = NITF_WITH_DOCTYPE.replace('nitf-3-2.dtd">', 'nitf-3-2.dtd" []>')
    o = _import(tmp_path, "subset.xml", doc, archive)
    assert o.status == FAILED and "internal DTD subset" in o.message


def test_xml_in_the_encoding_its_declaration_names(tmp_path, archive):
    """A PA story declares iso-8859-1 and has a £ byte (0xA3), which is not UTF-8, GB18030 or Big5."""
    doc = NITF_WITH_DOCTYPE.replace('encoding="UTF-8"', 'encoding="iso-8859-1"').replace(
        "Tides as usual.", "A £66 billion hit.")
    o = _import(tmp_path, "pa.xml", doc.encode("latin-1"), archive)
    assert o.status == IMPORTED, o.message
    assert archive.article(o.article_ids[0]).article.abstract == "Superb weather today. A £66 billion hit."
    # and a file that says iso-8859-1 but is UTF-8 (as one AFP feed is) is read as UTF-8
    o = _import(tmp_path, "afp.xml", doc.replace("Superb", "Décès").encode("utf-8"), archive)
    assert archive.article(o.article_ids[0]).article.abstract.startswith("Décès weather")


# -- NewsML-G2 bodies ---------------------------------------------------------------------------------

def g2_item(content: str, *, meta: str = "", guid: str = "urn:newsml:stt.fi:1", cls: str = "ninat:text") -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="1" standard="NewsML-G2">
 <itemMeta><itemClass qcode="{cls}"/><provider literal="STT"/>
  <versionCreated>2018-03-01T09:00:00+02:00</versionCreated>
  <edNote>Embargoed until noon.</edNote></itemMeta>
 <contentMeta>
  <contentCreated>2018-02-28T17:30:00+02:00</contentCreated>
  <language tag="en-GB"/>
  <subject qcode="medtop:11000000"/>
  <slugline>Finland-Alcohol</slugline>
  <headline>Parliament passes the alcohol act</headline>
  {meta}
 </contentMeta>
 <contentSet>{content}</contentSet>
</newsItem>"""


XHTML_BODY = """<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">
 <head><title>Parliament passes the alcohol act</title></head>
 <body><header><h1>Parliament passes the alcohol act</h1><time>1.3.2018</time></header>
  <p>The Parliament has approved the <span class="org">Alcohol Act</span> 124-65.</p>
  <h2>Unemployment law too</h2>
  <p>Government parties agreed on a tax.</p><p>
  <h3>Opposition: the law punishes the unemployed</h3>
  </p>
  <ul><li>Stores may sell stronger drinks.</li></ul>
  <figure><img src="vote.jpg" alt="The vote"/><figcaption>MPs vote in Helsinki.</figcaption></figure>
 </body></html></inlineXML>"""


def test_an_xhtml_body_is_read_like_a_nitf_body(tmp_path, archive):
    o = _import(tmp_path, "stt.xml", g2_item(XHTML_BODY), archive)
    assert o.status == IMPORTED, o.message
    rec = archive.article(o.article_ids[0])
    a = rec.article
    kinds = [(b.kind, b.text) for b in a.blocks if b.kind in ("paragraph", "subheading", "caption")]
    assert kinds == [("paragraph", "The Parliament has approved the Alcohol Act 124-65."),
                     ("subheading", "Unemployment law too"),
                     ("paragraph", "Government parties agreed on a tax."),
                     ("subheading", "Opposition: the law punishes the unemployed"),
                     ("paragraph", "Stores may sell stronger drinks."),
                     ("caption", "MPs vote in Helsinki.")]
    assert a.note == "Embargoed until noon." and a.language == "en"
    assert (rec.publication, rec.kind, str(rec.date)) == ("STT", "wire", "2018-02-28")
    assert any("not kept by design: <head>, <header>" in w for w in o.warnings)
    assert any("<slugline>, <subject>" in w for w in o.warnings)
    assert any("vote.jpg" in w and "not found" in w for w in o.warnings)
    assert _search(archive, "unemployed") == 1


ANSA_PLAIN = """<inlineData contenttype="text/plain"><![CDATA[
<p>
            (ANSA) - Rome, October 11 - Italian Foreign Minister Angelino
Alfano has said that the Catalan independence declaration is
unacceptable.
   "Unacceptable Catalan unilateral independence declaration,"
Alfano said via his Twitter account.

Catalan leader Carles Puigdemont signed a declaration of
independence on Tuesday.
          </p>]]></inlineData>"""


def test_a_text_plain_body_joins_its_hard_wraps_by_language(tmp_path, archive):
    o = _import(tmp_path, "ansa.xml", g2_item(ANSA_PLAIN), archive)
    a = archive.article(o.article_ids[0]).article
    assert a.paragraphs == [
        "(ANSA) - Rome, October 11 - Italian Foreign Minister Angelino Alfano has said that the Catalan "
        "independence declaration is unacceptable.",
        '"Unacceptable Catalan unilateral independence declaration," Alfano said via his Twitter account.',
        "Catalan leader Carles Puigdemont signed a declaration of independence on Tuesday."]
    assert "<p>" not in a.text()
    chinese = ('<inlineData contenttype="text/plain">新华社北京3月1日电 国家统计局1日发布的数据\n显示，'
               '二月份制造业\n采购经理指数为50.2%。\n\n这是连续第三个月\n位于荣枯线以上。</inlineData>')
    o = _import(tmp_path, "xinhua.xml", g2_item(chinese, guid="urn:x:2").replace("en-GB", "zh-CN"), archive)
    assert archive.article(o.article_ids[0]).article.paragraphs == [
        "新华社北京3月1日电 国家统计局1日发布的数据显示，二月份制造业采购经理指数为50.2%。", "这是连续第三个月位于荣枯线以上。"]
    assert _search(archive, "Puigdemont") == 1 and _search(archive, "catalan") == 1


def test_a_body_not_read_is_named(tmp_path, archive):
    sports = '<inlineXML contenttype="application/sportsml+xml"><sports-content/></inlineXML>'
    o = _import(tmp_path, "sports.xml", g2_item(XHTML_BODY + sports), archive)
    assert o.status == IMPORTED
    assert any("not read: <inlineXML application/sportsml+xml> (another rendition" in w for w in o.warnings)
    o = _import(tmp_path, "video.xml", g2_item("", guid="urn:v", cls="ninat:video"), archive)
    assert o.status == FAILED and "video item" in o.message


# -- packages and photos --------------------------------------------------------------------------------

PHOTO = g2_item("""<remoteContent rendition="rnd:highRes" href="./GYI0062134533.jpg" contenttype="image/jpeg"/>
 <remoteContent rendition="rnd:thumb" href="http://example.com/thumb.gif" contenttype="image/gif"/>""",
                guid="urn:photo:1", cls="ninat:picture", meta="""
  <creator role="crol:photographer"><name>Spencer Platt</name></creator>
  <creditline>Getty Images</creditline>
  <description role="drol:caption">A general view of downtown Las Vegas on October 20, 2010.</description>""")


def test_a_photo_item_keeps_caption_credit_and_image(tmp_path, archive):
    (tmp_path / "GYI0062134533.jpg").write_bytes(TINY_JPEG)
    o = _import(tmp_path, "photo.xml", PHOTO, archive)
    assert o.status == IMPORTED, o.message
    a = archive.article(o.article_ids[0]).article
    assert a.photos[0].caption == "A general view of downtown Las Vegas on October 20, 2010."
    assert a.photos[0].credit == "Spencer Platt / Getty Images"
    assert a.photos[0].data == TINY_JPEG and a.photos[0].mime == "image/jpeg"
    assert [b.text for b in a.blocks if b.kind == "caption"] == [
        "A general view of downtown Las Vegas on October 20, 2010. (Photo: Spencer Platt / Getty Images)"]
    assert _search(archive, "downtown") == 1 and _search(archive, "作者:platt") == 1


PACKAGE = """<?xml version="1.0" encoding="UTF-8"?>
<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:pkg:1" version="1" standard="NewsML-G2">
 <itemMeta><itemClass qcode="ninat:composite"/><provider qcode="nprov:AcmeNews"/>
  <versionCreated>2018-11-17T12:30:00Z</versionCreated></itemMeta>
 <contentMeta><headline>UK</headline></contentMeta>
 <groupSet root="G1"><group id="G1" role="group:main">
  <itemRef residref="urn:newsml:stt.fi:1" contenttype="application/vnd.iptc.g2.newsitem+xml">
   <title>Parliament passes the alcohol act</title></itemRef>
  <itemRef residref="urn:photo:1" href="photo-item.xml"><title>Las Vegas</title></itemRef>
 </group></groupSet>
</packageItem>"""


def test_a_package_imports_the_two_items_beside_it_and_names_a_missing_one(tmp_path, archive):
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "story.xml").write_text(g2_item(XHTML_BODY), encoding="utf-8")  # found by its guid
    (folder / "photo-item.xml").write_text(PHOTO, encoding="utf-8")  # found by the href
    o = _import(folder, "package.xml", PACKAGE, archive)
    assert o.status == IMPORTED, o.message
    captions = sorted(p.caption[:14] for i in o.article_ids for p in archive.article(i).article.photos)
    assert captions == ["A general view", "MPs vote in He"]
    assert not any("not beside it" in w for w in o.warnings)
    (folder / "photo-item.xml").unlink()
    with Archive(tmp_path / "b.db") as other:
        o = _import(folder, "package.xml", PACKAGE, other)
        assert o.status == IMPORTED and len(o.article_ids) == 1
        assert any("1 of the package's 2 items are not beside it: urn:photo:1 「Las Vegas」" in w for w in o.warnings)
    (folder / "story.xml").unlink()
    with Archive(tmp_path / "c.db") as other:
        o = _import(folder, "package.xml", PACKAGE, other)
        assert o.status == FAILED and "urn:newsml:stt.fi:1" in o.message and "urn:photo:1" in o.message


def _package_naming(guid: str, *refs: tuple[str, str]) -> str:
    """A package whose items are (guid, href) pairs."""
    items = "".join(f'<itemRef residref="{g}" href="{h}"><title>{g}</title></itemRef>' for g, h in refs)
    return PACKAGE.replace('guid="urn:pkg:1"', f'guid="{guid}"').split("<groupSet")[0] + (
        f'<groupSet root="G1"><group id="G1" role="group:main">{items}</group></groupSet></packageItem>')


def test_packages_whose_items_lead_back_to_them_are_one_line_and_the_rest_is_kept(tmp_path, archive):
    """A package naming itself, or two naming each other, recursed until Python's limit ('the file
    is nested too deeply to read', saying nothing of why); a circle is now named, file by file, and
    a package's other items are still stored."""
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "b.xml").write_text(_package_naming("urn:pkg:b", ("urn:pkg:a", "a.xml")), encoding="utf-8")
    o = _import(folder, "a.xml", _package_naming("urn:pkg:a", ("urn:pkg:b", "b.xml")), archive)
    assert o.status == FAILED and "items lead back to it (a.xml → b.xml → a.xml)" in o.message, o.message
    o = _import(folder, "self.xml", _package_naming("urn:pkg:s", ("urn:pkg:s", "self.xml")), archive)
    assert o.status == FAILED and "(self.xml → self.xml)" in o.message, o.message
    (folder / "story.xml").write_text(g2_item(XHTML_BODY), encoding="utf-8")
    o = _import(folder, "c.xml", _package_naming("urn:pkg:c", ("urn:newsml:stt.fi:1", "story.xml"),
                                                 ("urn:pkg:b", "b.xml"), ("urn:pkg:c", "c.xml")), archive)
    assert o.status == IMPORTED and len(o.article_ids) == 1, o.message
    assert any("2 of the package's 3 items lead back to it" in w and "b.xml → a.xml → b.xml" in w
               and "c.xml → c.xml" in w for w in o.warnings), o.warnings


def test_a_package_finds_its_items_in_the_same_zip(tmp_path, archive):
    z = tmp_path / "feed.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("pkg/package.xml", PACKAGE)
        zf.writestr("items/story.xml", g2_item(XHTML_BODY))
        zf.writestr("pkg/photo-item.xml", PHOTO)
    report = import_paths(archive, [z])
    package = next(o for o in report.outcomes if o.name.endswith("package.xml"))
    assert package.status in (IMPORTED, DUPLICATE), package.message
    assert not any("not beside it" in w for w in package.warnings)  # both found, one in another folder
    # the items it took in are not read again on their own: one line, nothing stored twice
    assert [o.name for o in report.outcomes] == [package.name]
    assert sorted(package.members_beside) == ["../items/story.xml", "photo-item.xml"]
    assert archive.stats()["articles"] == 2
    with Archive(tmp_path / "only.db") as other:  # the package alone brings both
        with zipfile.ZipFile(tmp_path / "pkg.zip", "w") as zf:
            zf.writestr("pkg/package.xml", PACKAGE)
            zf.writestr("z-items/story.xml", g2_item(XHTML_BODY))  # read after the package
            zf.writestr("pkg/photo-item.xml", PHOTO)
        report = import_paths(other, [tmp_path / "pkg.zip"])
        assert len(next(o for o in report.outcomes if o.name.endswith("package.xml")).article_ids) == 2


# -- agency bylines, datelines and languages --------------------------------------------------------------

AP = """<nitf><head><docdata><date.issue norm="20151210T191044Z"/><ed-msg info="For global distribution"/>
 <doc.copyright holder="AP" year="2015"/></docdata></head>
 <body><body.head><hedline><hl1>Can trading pollution help fight climate change?</hl1></hedline>
  <byline>By BERNARD CONDON<byttl>AP Business Writer</byttl></byline>
  <distributor>The Associated Press</distributor>
  <dateline><location>NEW YORK</location></dateline></body.head>
 <body.content><block id="Main"><p>NEW YORK (AP) — The gas produced by hog manure warms the climate.</p></block>
 </body.content></body></nitf>"""
EFE = """<nitf baselang="es-ES"><head><title>Cambios en el Gobierno</title>
 <docdata><evloc city="Tegucigalpa" iso-cc="HND"/><date.issue norm="20170102T222800+0000"/></docdata>
 <pubdata date.publication="20170102T222800+0000"/></head>
 <body><body.head><hedline><hl1>El presidente anuncia cambios en el Gobierno</hl1></hedline>
  <rights><rights.owner>Agencia EFE</rights.owner></rights>
  <byline>Por María García, corresponsal</byline><distributor>Agencia EFE</distributor>
  <dateline><story.date norm="20170102T222800+0000">20170102T222800+0000</story.date></dateline>
  <abstract><p>El Gobierno cambia tres ministros.</p></abstract></body.head>
 <body.content><p>Tegucigalpa, 2 ene (EFE).- El presidente anunció los cambios del gabinete en la reunión.</p>
 </body.content></body></nitf>"""
NTB = """<nitf baselang="nb-NO"><head><title>Regjeringen i Tromsø</title>
 <docdata><date.issue norm="2020-09-07T14:45:26"/></docdata>
 <pubdata date.publication="20200907T144527"/></head>
 <body><body.head><hedline><hl1>Regjeringen samlet i Tromsø</hl1></hedline>
  <byline>Av Kari Nordmann, NTB</byline><distributor><org>NTB</org></distributor>
  <dateline>Oslo</dateline></body.head>
 <body.content><p class="lead">Regjeringen møttes i Tromsø mandag for å drøfte statsbudsjettet.</p>
 </body.content></body></nitf>"""
G2_BY = g2_item("""<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">
 <body><body.head><byline>By Meredith Jameson, <byttl>Staff Reporter</byttl></byline></body.head>
 <body.content><p>(New York, NY - October 21) The Fed will halt quantitative easing.</p></body.content></body>
 </nitf></inlineXML>""", guid="urn:acme:fed", meta='<infoSource qcode="is:AP"><name>Associated Press</name>'
                                                   '</infoSource><dateline>New York, NY</dateline>')


@pytest.mark.parametrize("name,doc,people,dateline,language,agency,word", [
    ("ap.xml", AP, [("BERNARD CONDON", "AP Business Writer")], "NEW YORK", "und", "The Associated Press", "manure"),
    ("efe.xml", EFE, [("María García", "corresponsal")], "Tegucigalpa, 2017-01-02", "es", "Agencia EFE", "gabinete"),
    ("ntb.xml", NTB, [("Kari Nordmann", "NTB")], "Oslo", "nb", "NTB", "statsbudsjettet"),
    ("g2.xml", G2_BY, [("Meredith Jameson", "Staff Reporter")], "New York, NY", "en", "Associated Press", "easing"),
])
def test_agency_bylines_datelines_and_languages(tmp_path, archive, name, doc, people, dateline, language, agency,
                                               word):
    o = _import(tmp_path, name, doc, archive)
    assert o.status == IMPORTED, o.message
    rec = archive.article(o.article_ids[0])
    a = rec.article
    assert [(c.name, c.role) for c in a.contributors] == people
    assert [b.text for b in a.blocks if b.kind == "dateline"] == [dateline]
    assert "20170102T222800" not in a.text()
    assert a.language == language
    assert (rec.publication, rec.kind, rec.page_number) == (agency, "wire", NO_PAGE)
    assert _search(archive, word) == 1 and _search(archive, word.upper()) == 1
    assert _search(archive, word[:5] + "*") == 1 and _search(archive, word[:5]) == 0  # whole words; * a prefix


def test_accented_latin_words_are_whole_words(tmp_path, archive):
    _import(tmp_path, "ntb.xml", NTB, archive)
    _import(tmp_path, "efe.xml", EFE, archive)
    assert _search(archive, "Tromsø") == 1 and _search(archive, "TROMSØ") == 1 and _search(archive, "Troms") == 0
    assert _search(archive, "møttes") == 1 and _search(archive, "møtte") == 0 and _search(archive, "møtte*") == 1
    assert _search(archive, "作者:maría") == 1 and _search(archive, "anunció") == 1


def test_a_page_given_files_agency_copy_on_the_paper(tmp_path, archive):
    path = tmp_path / "ap.xml"
    path.write_text(AP, encoding="utf-8")
    from baoku.core.importing.metadata import IssueMeta

    report = import_paths(archive, [path], overrides=IssueMeta(publication="泉州晚报", page=7))
    rec = archive.article(report.outcomes[0].article_ids[0])
    assert (rec.publication, rec.kind, rec.page_number) == ("泉州晚报", "paper", 7)


def test_wire_items_are_apart_in_lists_and_searches(tmp_path, archive_path, capsys):
    with Archive(archive_path) as archive:
        _import(tmp_path, "ap.xml", AP, archive)
        assert _search(archive, "版:通稿") == 1 and _search(archive, "page:wire climate") == 1
        assert _search(archive, "climate -版:通稿") == 0
        assert [p["kind"] for p in archive.publications()] == ["wire"]
    capsys.readouterr()
    assert main(["--archive", str(archive_path), "list", "articles"]) == 0
    assert "通稿" in capsys.readouterr().out


NEWSML1 = """<?xml version="1.0" encoding="utf-8"?>
<NewsML Version="1.2"><NewsEnvelope><DateAndTime>20140829T135006Z</DateAndTime></NewsEnvelope>
<NewsItem xml:lang="en"><NewsManagement><FirstCreated>20140829T134951+0000</FirstCreated></NewsManagement>
<NewsComponent><NewsLines><DateLine>STOCKHOLM, Aug 29, 2014 (AFP) -</DateLine>
<HeadLine>Sweden court accepts receivership for Saab carmaker</HeadLine></NewsLines>
<AdministrativeMetadata><Provider><Party FormalName="AFP"/></Provider></AdministrativeMetadata>
<DescriptiveMetadata><Language FormalName="en"/></DescriptiveMetadata>
<ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.content>
<p>A Chinese-owned company set up to take over Saab's assets succeeded in being placed in receivership.</p>
</body.content></body></nitf></DataContent></ContentItem>
<ContentItem><MediaType FormalName="Photo"/></ContentItem>
</NewsComponent></NewsItem></NewsML>"""


def test_newsml_1_stories_as_afp_sends_them(tmp_path, archive):
    o = _import(tmp_path, "afp.xml", NEWSML1, archive)
    assert o.status == IMPORTED, o.message
    rec = archive.article(o.article_ids[0])
    assert (rec.publication, str(rec.date), rec.article.language) == ("AFP", "2014-08-29", "en")
    assert [b.text for b in rec.article.blocks if b.kind == "dateline"] == ["STOCKHOLM, Aug 29, 2014 (AFP) -"]
    assert any("photo component" in w for w in o.warnings)
    assert _search(archive, "receivership") == 1


def test_a_wire_item_in_a_baoku_pdf_imports_as_the_same_wire_item(tmp_path, archive):
    from baoku.core.export.document import export_pdf
    from baoku.core.export.options import ExportOptions

    o = _import(tmp_path, "nitf.xml", NITF_WITH_DOCTYPE, archive)
    before = archive.article(o.article_ids[0])
    export_pdf(archive, o.article_ids, tmp_path / "out.pdf", ExportOptions())
    with Archive(tmp_path / "b.db") as again:
        back = import_paths(again, [tmp_path / "out.pdf"]).outcomes[0]
        assert back.status == IMPORTED, back.message
        rec = again.article(back.article_ids[0])
        assert (rec.kind, rec.page_number, rec.content_hash) == ("wire", NO_PAGE, before.content_hash)
        assert rec.article.abstract == before.article.abstract


NITF_MEDIA = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><pubdata name="泉州晚报" date.publication="20241013" position.sequence="2"/></head>
<body><body.head><hedline><hl1>秋粮收购今起开始</hl1></hedline></body.head><body.content>
<p>本报讯 秋粮收购今起开始，全市设立收购点一百二十个。</p>
<media media-type="image"><media-reference source="field.jpg" mime-type="image/jpeg"/><media-caption>收购点现场</media-caption></media>
<media media-type="video"><media-reference source="clip.mp4" mime-type="video/mp4"/><media-caption>视频</media-caption></media>
<media media-type="image"><media-reference source="http://example.com/big.jpg"/><media-caption>远处的图</media-caption></media>
</body.content></body></nitf>"""


def test_a_story_names_a_video_or_a_damaged_picture_which_is_not_kept_as_its_photo(tmp_path, archive):
    """NITF media that are no picture (a video, a file cut short) were kept as the article's photos,
    and every export of it said ReportLab's 'cannot identify image file <_io.BytesIO object at 0x…>'.
    Now each is one warning and only its caption is kept; a real picture beside it is kept."""
    (tmp_path / "field.jpg").write_bytes(TINY_JPEG)
    (tmp_path / "clip.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42" + bytes(500))
    o = _import(tmp_path, "story.xml", NITF_MEDIA, archive)
    a = archive.article(o.article_ids[0]).article
    assert [(p.caption, p.data is not None, p.mime) for p in a.photos] == [
        ("收购点现场", True, "image/jpeg"), ("视频", False, ""), ("远处的图", False, "")]
    assert any("'clip.mp4' is not an image Baoku reads" in w for w in o.warnings), o.warnings
    assert any("'http://example.com/big.jpg' a remote image is not fetched" in w for w in o.warnings), o.warnings
