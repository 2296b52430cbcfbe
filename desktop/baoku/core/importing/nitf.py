"""IPTC NITF 3.x: a paper's page (pubdata names the paper and the page) or an agency's story (no
page: stored as an item of the agency's wire).

Field mapping (documented in README.md):
- publication, date, page, page name, edition, issue number: `head/pubdata` (`name`,
  `date.publication`, `position.sequence`, `position.section`, `edition.name`, `number`), else
  `head/docdata/date.issue@norm`. With no page, the story is the agency's wire item: the agency is
  pubdata's name, else `body.head/distributor`, the copyright holder or the rights owner.
- headline `hedline/hl1`, subhead the first `hedline/hl2`, byline `byline` (persons and titles,
  see `agency`), dateline `dateline` (place and date), abstract `body.head/abstract`, editor's
  note `body.head/note` and `docdata/ed-msg@info`, tagline `body.end/tagline`;
- language: `xml:lang`, else `baselang`, on the nitf, body or body.content element;
- the body: see `bodytext` (paragraphs, subheadings, lists, tables, photos from `media`);
- kicker, column and genre: `head/meta[@name='kicker'|'column'|'genre']@content`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

from ..script import is_latin_text
from .agency import nitf_byline, nitf_dateline
from .bodytext import BodyReader, listed
from .metadata import IssueMeta
from .sources import SourceFile
from .structured import ArticleFields, load_image
from .xmltree import attr, child, children, local, text_of

# head and body.head elements read into fields; every other one is named as not kept.
READ_HEAD = {"title", "meta", "docdata", "pubdata"}
READ_BODY_HEAD = {"hedline", "byline", "dateline", "abstract", "note", "distributor", "rights"}
READ_DOCDATA = {"date.issue", "ed-msg", "evloc", "doc.copyright", "doc.rights", "del-list"}


def language(*els: ET.Element | None) -> str:
    """The language an element (or the first of them that says) is written in: xml:lang, else
    NITF's baselang; "" when none says."""
    for el in els:
        tag = attr(el, "lang") or attr(el, "baselang")
        if tag:
            return tag.split("-")[0].split("_")[0].lower()
    return ""


def nitf_meta(nitf: ET.Element, where: str) -> IssueMeta:
    head = child(nitf, "head")
    pub = child(head, "pubdata")
    date = attr(pub, "date.publication") or attr(child(head, "docdata", "date.issue"), "norm")
    data = {
        "publication": attr(pub, "name"),
        "date": date[:8] if date[:8].isdigit() else date[:10],
        "page": attr(pub, "position.sequence"),
        "page_name": attr(pub, "position.section"),
        "edition": attr(pub, "edition.name"),
        "issue_number": attr(pub, "number"),
        "volume": attr(pub, "volume"),
    }
    return IssueMeta.from_mapping({k: v for k, v in data.items() if v}, where)


def nitf_agency(nitf: ET.Element) -> str:
    """Who sent the story, for an item with no paper and page: the distributor, the copyright
    holder, the rights owner, the first source it came from, or a `*-source` meta."""
    head, bhead = child(nitf, "head"), child(nitf, "body", "body.head")
    holder = attr(child(head, "docdata", "doc.copyright"), "holder")
    for cut in (". All rights reserved.", ", all rights reserved"):
        holder = holder.split(cut)[0]
    source = next((attr(m, "content") for m in children(head, "meta") if attr(m, "name").endswith("-source")), "")
    candidates = [attr(child(head, "pubdata"), "name"), text_of(child(bhead, "distributor")), holder.strip(),
                  text_of(child(bhead, "rights", "rights.owner")), attr(child(head, "docdata", "doc.rights"), "owner"),
                  attr(child(head, "docdata", "del-list", "from-src"), "src-name"), source]
    return next((c for c in candidates if c), "")


def nitf_fields(nitf: ET.Element, src: SourceFile, warnings: list[str], where: str) -> ArticleFields:
    head = child(nitf, "head")
    body = child(nitf, "body")
    bhead = child(body, "body.head")
    hedline = child(bhead, "hedline")
    docdata = child(head, "docdata")
    f = ArticleFields()
    f.headline = text_of(child(hedline, "hl1")) or text_of(child(head, "title"))
    f.subhead = text_of(child(hedline, "hl2"))
    if f.subhead == f.headline:  # some agencies repeat the headline as hl2
        f.subhead = ""
    content = child(body, "body.content")
    f.language = language(content, body, nitf)
    for byline in children(bhead, "byline"):
        _byline(byline, f)
    evloc = child(docdata, "evloc")
    f.dateline = nitf_dateline(child(bhead, "dateline"), attr(evloc, "city"))
    f.abstract = "\n".join(text_of(p) for p in _paragraphs(child(bhead, "abstract")))
    notes = [text_of(n) for n in children(bhead, "note")] + [attr(m, "info") for m in children(docdata, "ed-msg")]
    f.note = "\n".join(n for n in notes if n)
    f.tagline = "\n".join(text_of(t) for t in children(child(body, "body.end"), "tagline") if text_of(t))
    for meta in children(head, "meta"):
        name, value = attr(meta, "name"), attr(meta, "content")
        if name in ("kicker", "column", "genre", "source") and value:
            setattr(f, name, value)
    if content is not None:
        reader = BodyReader(False, lambda ref: load_image(ref, src.sibling, where, warnings)).read(content)
        f.body += reader.blocks
        f.captions += reader.photos
        warnings += reader.notes(where)
    _not_kept(head, bhead, body, warnings, where)
    return f


def _byline(el: ET.Element, f: ArticleFields) -> None:
    """A byline: Latin-script ones as persons and titles; Chinese ones as printed (记者 张三),
    read by the Chinese rules when the article is built."""
    plain = text_of(el)
    if not plain:
        return
    if is_latin_text(plain):
        shown, people = nitf_byline(el)
        f.byline = "; ".join(filter(None, (f.byline, shown)))
        f.contributors += people
    else:
        f.byline = " ".join(filter(None, (f.byline, plain)))


def _paragraphs(el: ET.Element | None) -> list[ET.Element]:
    """An element's paragraphs (an abstract of <p>s), or the element itself when it has none."""
    if el is None:
        return []
    ps = [p for p in el.iter() if local(p.tag) == "p" and text_of(p)]
    return ps or ([el] if text_of(el) else [])


def _not_kept(head: ET.Element | None, bhead: ET.Element | None, body: ET.Element | None, warnings: list[str],
              where: str) -> None:
    """Name what the story carries that is not stored: subject codes, keywords, revision history,
    the body's end notes other than taglines …"""
    left: Counter = Counter()
    for el, read in ((head, READ_HEAD), (bhead, READ_BODY_HEAD), (child(head, "docdata"), READ_DOCDATA)):
        for c in el if el is not None else []:
            if local(c.tag) and local(c.tag) not in read:
                left[local(c.tag)] += 1
    for c in child(body, "body.end") if child(body, "body.end") is not None else []:
        if local(c.tag) and local(c.tag) != "tagline" and text_of(c):
            left[f"body.end/{local(c.tag)}"] += 1
    if left:
        warnings.append(f"{where}: not kept by design: {listed(left)}")
