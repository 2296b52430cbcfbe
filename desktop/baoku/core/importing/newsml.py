"""IPTC NewsML-G2: news messages, news items (text and photos) and packages.

- **Text items**: the body from `contentSet`: inline NITF (read as NITF), inline XHTML (read like a
  NITF body, see `bodytext`), or `inlineData` in text/plain, hard-wrapped lines joined by
  language (a blank line or an indented line starts a paragraph; `<p>` tags in the text are
  paragraph breaks, not text).
- **Photo items** (`picture`, `graphic`): an article of the photo: its headline, its caption
  (`description`), its credit (`by`, the photographer creator, `creditline`) and the image when a
  rendition's file is beside the item (nothing is ever downloaded).
- **Packages** (`packageItem`): the items their `itemRef`s name, found in the same message,
  beside the package (by `href` or by each file's `guid`) or in the same ZIP; the report names
  those that are missing. The files it took in are not read again on their own in the same batch
  (packages are walked first; the package's line names them): an item it could not take is.
- Video, audio and other items, and concept, knowledge, planning and catalog items, hold no
  story to archive: each is named in the report as not stored.

Metadata: headline (`headline`, with `role` sub/kicker), byline `by` (persons and titles),
dateline `dateline` (else the `located` place), abstract `description[@role summary]`, editor's
note `itemMeta/edNote`, genre `genre/name`, language `contentMeta/language@tag` (else xml:lang),
date `contentCreated` (else firstCreated, versionCreated, the message's sent), and the agency
(`infoSource`, `provider`, the copyright holder, the message's sender).
"""

from __future__ import annotations

import mimetypes
import os
import posixpath
import re
import xml.etree.ElementTree as ET
from collections import Counter

from ..errors import ImportRejected, ValidationError
from ..model import PARAGRAPH, Photo
from ..script import is_latin_text, paragraphs
from .agency import latin_byline
from .bodytext import BodyReader, listed
from .metadata import IssueMeta
from .nitf import nitf_agency, nitf_fields, nitf_meta
from .sources import SourceFile
from .structured import ArticleFields, Record, load_image
from .xmltree import attr, child, children, local, named, parse_xml, text_of

TEXT, PHOTO = "text", "photo"
OTHER_ITEMS = {"conceptItem": "a concept", "knowledgeItem": "a knowledge item (concepts)",
               "planningItem": "a planning item (coverage plans)", "catalogItem": "a catalog"}
READ_CONTENT_META = {"headline", "by", "dateline", "located", "description", "language", "genre", "infoSource",
                     "contentCreated", "contentModified", "creator", "creditline"}


def item_kind(item: ET.Element) -> str:
    """text, photo, or the item class it is (video, audio, composite …)."""
    qcode = attr(child(item, "itemMeta", "itemClass"), "qcode").lower()
    cls = qcode.split(":")[-1]
    if cls in ("picture", "graphic", "photo"):
        return PHOTO
    if cls in ("", "text") or any(local(c.tag) in ("inlineXML", "inlineData") for c in child(item, "contentSet") or []):
        return TEXT
    return cls


def read_g2(root: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str],
            finish) -> list[Record]:
    """The records of a NewsML-G2 document; `finish(meta, fields, agency, where)` makes each."""
    kind = local(root.tag)
    if kind in OTHER_ITEMS:
        raise ImportRejected(f"{src.name}: a NewsML-G2 {kind} is {OTHER_ITEMS[kind]}, not a news story; "
                             "nothing to archive")
    sender = text_of(child(root, "header", "sender"))
    sent = text_of(child(root, "header", "sent"))
    items = [root] if kind in ("newsItem", "packageItem") else \
        [c for c in (child(root, "itemSet") or []) if local(c.tag) in ("newsItem", "packageItem")]
    if not items:
        raise ImportRejected(f"{src.name}: NewsML-G2 message without any newsItem")
    guids = {attr(i, "guid") for i in items if local(i.tag) == "newsItem"}
    context = {"sender": sender, "sent": sent, "lang": attr(root, "lang")}

    def read(item: ET.Element, where: str) -> list[Record]:
        if local(item.tag) == "packageItem":
            return _package(item, src, defaults, warnings, finish, guids, where)
        try:
            return [_item(item, src, defaults, warnings, finish, where, context)]
        except _Skipped as e:
            raise ImportRejected(f"{where}: {e}") from None

    return each_item(items, src.name, read, warnings)


def each_item(items: list[ET.Element], name: str, read, warnings: list[str]) -> list[Record]:
    """The records of every item of a message (`read(item, where)`): an item that cannot be
    stored is named in the report and the others are kept; a file with one item is refused
    with its reason, and so is one whose every item fails."""
    records: list[Record] = []
    skipped: list[str] = []
    for n, item in enumerate(items, 1):
        where = name if len(items) == 1 else f"{name}#item{n}"
        try:
            records += read(item, where)
        except ImportRejected as e:
            if len(items) == 1:
                raise
            skipped.append(f"item {n} ({str(e).removeprefix(where).lstrip(': ')})")
    if skipped:
        warnings.append(f"{name}: not stored: " + "; ".join(skipped))
    if not records:
        raise ImportRejected(f"{name}: no item of this message could be stored: " + "; ".join(skipped))
    return records


class _Circle(ImportRejected):
    """A package whose items lead back to it: the files around the circle, shown a → b → a."""

    def __init__(self, where: str, circle: str):
        super().__init__(f"{where}: a NewsML-G2 package whose items lead back to it ({circle}): nothing to store")
        self.circle = circle


class _Skipped(Exception):
    """An item that holds nothing Baoku stores (a video, say), with why."""


def _item(item: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str], finish, where: str,
          context: dict) -> Record:
    kind = item_kind(item)
    cm, im = child(item, "contentMeta"), child(item, "itemMeta")
    created = text_of(child(cm, "contentCreated")) or text_of(child(im, "firstCreated")) or \
        text_of(child(im, "versionCreated")) or context.get("sent", "")
    g2 = IssueMeta.from_mapping({"date": created[:10]} if created[:10] else {}, where)
    lang = attr(child(cm, "language"), "tag") or attr(item, "lang") or context.get("lang", "") or next(
        (attr(e, "lang") for e in [*children(cm, "headline"), *children(cm, "description")] if attr(e, "lang")), "")
    if kind == PHOTO:
        meta, f = g2.merged_over(defaults), _photo(item, src, warnings, where)
    elif kind == TEXT:
        meta, f = _text(item, src, g2, defaults, warnings, where)
    else:
        headline = text_of(child(cm, "headline"))
        raise _Skipped(f"a {kind} item" + (f" 「{headline}」" if headline else "") +
                       ": Baoku keeps stories and photos, not video, audio or other media")
    _metadata(item, f, where, warnings)
    f.language = f.language or (lang.split("-")[0].lower() if lang else "")
    return finish(meta, f, _agency(item, context) or f.agency, where)


def _agency(item: ET.Element, context: dict) -> str:
    """Who sent the item: an info source's name, the provider, the copyright holder, the sender."""
    cm, im = child(item, "contentMeta"), child(item, "itemMeta")

    def name(el: ET.Element | None) -> str:
        value = attr(el, "literal") or text_of(child(el, "name"))
        return "" if value.lower() in ("no-data-available", "") else value

    holder = child(item, "rightsInfo", "copyrightHolder")
    provider = child(im, "provider")
    candidates = [*(name(s) for s in children(cm, "infoSource")), name(provider), name(holder),
                  attr(provider, "qcode").split(":")[-1], context.get("sender", "")]
    return next((c for c in candidates if c), "")


def _text(item: ET.Element, src: SourceFile, g2: IssueMeta, defaults: IssueMeta, warnings: list[str],
          where: str) -> tuple[IssueMeta, ArticleFields]:
    contents = [c for c in child(item, "contentSet") or [] if local(c.tag)]
    nitf = next((e for e in named(item, "nitf")), None)
    if nitf is not None:
        meta = nitf_meta(nitf, where).merged_over(g2).merged_over(defaults)
        f = nitf_fields(nitf, src, warnings, where)
        f.agency = nitf_agency(nitf)  # when the item itself does not say
        used = next(c for c in contents if nitf in list(c.iter()))
    else:
        meta, f, used = g2.merged_over(defaults), ArticleFields(), None
        for c in contents:
            if _body(c, f, src, warnings, where):
                used = c
                break
    left = [c for c in contents if c is not used]
    if left:
        shown = Counter(f"{local(c.tag)} {attr(c, 'contenttype') or attr(c, 'rendition') or ''}".strip() for c in left)
        why = " (another rendition of the same story)" if used is not None else \
            " (it holds no text)" if all(not "".join(c.itertext()).strip() for c in left) else ""
        warnings.append(f"{where}: not read: {listed(shown)}{why}")
    return meta, f


def _body(content: ET.Element, f: ArticleFields, src: SourceFile, warnings: list[str], where: str) -> bool:
    """One contentSet member as the story's body; False when it is not one Baoku reads."""
    ctype = attr(content, "contenttype").lower()
    if local(content.tag) == "inlineXML":
        root = next((c for c in content if local(c.tag)), None)
        if root is None or not (local(root.tag) in ("html", "body", "section", "article", "div", "p")
                                or "html" in ctype):
            return False
        reader = BodyReader(True, lambda ref: load_image(ref, src.sibling, where, warnings)).read(root)
        f.body += reader.blocks
        f.captions += reader.photos
        f.headline = f.headline or reader.headline
        f.language = f.language or attr(content, "lang") or attr(root, "lang")
        warnings += reader.notes(where)
        return bool(reader.blocks or reader.photos)
    if local(content.tag) == "inlineData" and (not ctype or ctype.startswith("text/")):
        f.body += [(PARAGRAPH, p) for p in text_paragraphs("".join(content.itertext()))]
        f.language = f.language or attr(content, "lang")
        return bool(f.body)
    return False


def text_paragraphs(text: str) -> list[str]:
    """Wire text sent as plain text: `<p>`, `<div>` and `<br>` tags in it are paragraph breaks, not
    words; hard-wrapped lines are joined by language (see script.paragraphs)."""
    if re.search(r"</?(p|br|div)\b[^>]*>", text, re.I):
        text = re.sub(r"</?(?:p|div)\b[^>]*>|<br\s*/?>", "\n\n", text, flags=re.I)
    return paragraphs(text)


def _photo(item: ET.Element, src: SourceFile, warnings: list[str], where: str) -> ArticleFields:
    cm = child(item, "contentMeta")
    descriptions = children(cm, "description")
    caption = next((d for d in descriptions if "caption" in attr(d, "role").lower()), None)
    caption = caption if caption is not None else (descriptions[0] if descriptions else None)
    photographers = [text_of(child(c, "name")) or attr(c, "literal") for c in children(cm, "creator")
                     if "phot" in attr(c, "role").lower() or not attr(c, "role")]
    credit = " / ".join(dict.fromkeys(p for p in [*(text_of(b) for b in children(cm, "by")), *photographers,
                                                  text_of(child(cm, "creditline"))] if p))
    photo = Photo(caption=text_of(caption), credit=credit)
    renditions = children(child(item, "contentSet"), "remoteContent")
    for rc in renditions:  # the first rendition (the largest, as agencies list them) that is beside it
        ref = attr(rc, "href").strip()
        name = posixpath.basename(ref.removeprefix("file://").strip()) if ref and (
            "://" not in ref or ref.startswith("file://")) else ""
        data = src.sibling(name) if name else None
        if data is not None:
            mime = attr(rc, "contenttype") or mimetypes.guess_type(name)[0] or ""
            photo = Photo(photo.caption, photo.credit, name, mime, data)
            break
    else:
        if renditions:
            warnings.append(f"{where}: the photo's image is not beside the item (Baoku never downloads); "
                            "its caption and credit are kept")
    f = ArticleFields()
    f.captions = [photo]
    return f


def _metadata(item: ET.Element, f: ArticleFields, where: str, warnings: list[str]) -> None:
    cm, im = child(item, "contentMeta"), child(item, "itemMeta")
    for h in children(cm, "headline"):
        role = attr(h, "role").lower()
        if "sub" in role:
            f.subhead = f.subhead or text_of(h)
        elif "kicker" in role or "over" in role:
            f.kicker = f.kicker or text_of(h)
        elif not f.headline:
            f.headline = text_of(h)
    by = " ".join(text_of(b) for b in children(cm, "by"))
    if by and not f.byline and not (f.captions and not f.body):  # a photo's by is its credit
        f.byline = by
        if is_latin_text(by):
            f.contributors += latin_byline(by)
    located = text_of(child(child(cm, "located"), "name"))
    f.dateline = f.dateline or text_of(child(cm, "dateline")) or located
    for d in children(cm, "description"):
        role = attr(d, "role").lower()
        if ("summary" in role or "abstract" in role) and not f.abstract:
            f.abstract = text_of(d)
    notes = [text_of(n) for n in children(im, "edNote") if "nonpublic" not in attr(n, "pubconstraint")]
    f.note = "\n".join(n for n in [f.note, *notes] if n)
    f.genre = f.genre or text_of(child(child(cm, "genre"), "name"))
    left = Counter(local(c.tag) for c in cm or [] if local(c.tag) and local(c.tag) not in READ_CONTENT_META)
    if left:
        warnings.append(f"{where}: not kept by design: {listed(left)}")


# -- packages -----------------------------------------------------------------------------------------

GUID = re.compile(rb"""<(?:[\w.-]+:)?(?:newsItem|packageItem)\b[^>]*?\sguid\s*=\s*["']([^"']+)["']""")


def _package(pkg: ET.Element, src: SourceFile, defaults: IssueMeta, warnings: list[str], finish,
             in_message: set[str], where: str) -> list[Record]:
    """The items a package names that are not in its own message: beside it, or in its ZIP."""
    refs = [(attr(r, "residref"), attr(r, "href"), text_of(child(r, "title"))) for r in named(pkg, "itemRef")]
    outside = [r for r in refs if r[0] not in in_message]
    if not outside:
        return []
    index: dict[str, str] | None = None
    records: list[Record] = []
    missing: list[str] = []
    circles: list[str] = []  # items that lead back to a package being read
    chain = (*src.within, src.name)
    for guid, href, title in outside:
        rel = href if href and "://" not in href else ""
        data = src.sibling(rel) if rel else None
        if data is None:
            index = _guid_index(src) if index is None else index
            rel = index.get(guid, "")
            data = src.sibling(rel) if rel else None
        if data is None:
            missing.append(guid + (f" 「{title}」" if title else ""))
            continue
        name = member_name(src.name, rel)
        if name in chain:
            circles.append(" → ".join(posixpath.basename(n.split("!")[-1]) for n in (*chain[chain.index(name):], name)))
            continue
        # A package among its items shares their list: what they take in, the package took in.
        member = SourceFile(name, data, src.sibling, src.neighbours, src.members, within=chain)
        before = len(src.members)
        try:
            records += read_g2(parse_xml(data, name), member, defaults, warnings, finish)
        except _Circle as e:
            del src.members[before:]
            circles.append(e.circle)
            continue
        except (ImportRejected, ValidationError) as e:
            del src.members[before:]
            missing.append(f"{guid} ({e})")
            continue
        src.members.append(name)  # read: the batch does not read this file again on its own
    if not records and circles and not missing:
        raise _Circle(where, "; ".join(dict.fromkeys(circles)))
    if circles:
        warnings.append(f"{where}: {len(circles)} of the package's {len(outside)} items lead back to it, "
                        f"not read again: {'; '.join(dict.fromkeys(circles))}")
    if not records:
        raise ImportRejected(f"{where}: a NewsML-G2 package whose items are not beside it: " + "; ".join(missing))
    if missing:
        warnings.append(f"{where}: {len(missing)} of the package's {len(outside)} items are not beside it: "
                        + "; ".join(missing))
    return records


def member_name(package: str, rel: str) -> str:
    """The name of the file `rel` beside `package`, as the batch's walk names it (a path, or
    archive.zip!inner/path with the package's folder inside the ZIP)."""
    if "!" in package:
        outer, _, inner = package.rpartition("!")
        return f"{outer}!{posixpath.normpath(posixpath.join(posixpath.dirname(inner), rel))}"
    return os.path.normpath(os.path.join(os.path.dirname(package), rel))


def _guid_index(src: SourceFile) -> dict[str, str]:
    """guid → file, over the XML files beside a package (or in its ZIP)."""
    out: dict[str, str] = {}
    me = posixpath.basename(src.name.split("!")[-1])
    for rel in src.neighbours():
        if not rel.lower().endswith(".xml") or posixpath.basename(rel) == me:
            continue
        data = src.sibling(rel)
        m = GUID.search(data[:8192]) if data else None
        if m:
            out.setdefault(m.group(1).decode("utf-8", "replace"), rel)
    return out

