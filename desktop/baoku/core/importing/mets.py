"""An issue's METS (the NDNP form, and other METS/ALTO issues): its title, date, edition, volume and
number from its MODS, and each page's ALTO and image from its file section.

- **Title**: the issue's MODS `titleInfo/title`, else the METS `LABEL` without its date ("The Omaha
  Daily Bee, 1887-03-08" → The Omaha Daily Bee); the LCCN (`identifier type="lccn"`) is kept as the
  title's identifier, and names the title only when nothing else does.
- **Issue**: `dateIssued`; `detail type="volume"`, `"issue"` and `"edition"` (an edition other than
  the first, by its caption or number).
- **Pages**: each physical page's ALTO (`USE` ocr) and its image: the first of the files the METS
  lists for it that is present, master first, then service, then derivative (NDNP's master TIFF is
  rarely shipped; its service JPEG 2000 or derivative PDF usually is). Its number from the page
  MODS (`detail type="page"` or `extent/start`), else ORDERLABEL, ORDER.
- **Articles**: a logical structMap's ARTICLE divs, by the ALTO blocks their areas begin at.

A page whose ALTO file is missing is named in the report and left out; the issue's other pages
are stored (and the issue is read again, not skipped, when its batch is imported again).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..errors import ImportRejected
from ..model import PageInfo, ParsedPage
from ..script import is_latin_text
from ..ocr.engine import image_header
from .alto import alto_page, alto_sample, pdf_page_header, read_alto
from .metadata import IssueMeta
from .sources import METS_ROOT, SourceFile
from .xmltree import child, local, named, parse_xml, text_of

XLINK = "{http://www.w3.org/1999/xlink}href"
PAGE_NOT_IMPORTED = "that page is not imported"  # an issue stored without a page it lists
IMAGE_USES = ("master", "service", "derivative", "image", "access")  # in the order they are preferred
IMAGE_SUFFIXES = (".jp2", ".j2k", ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".webp", ".pdf")
# ISO 639-2 codes MODS uses, for the languages NDNP titles are in most.
LANGUAGES = {"eng": "en", "ger": "de", "deu": "de", "spa": "es", "fre": "fr", "fra": "fr", "ita": "it",
             "nor": "no", "swe": "sv", "dan": "da", "pol": "pl", "cze": "cs", "ces": "cs", "dut": "nl",
             "nld": "nl", "chi": "zh", "zho": "zh", "jpn": "ja", "por": "pt", "fin": "fi", "hun": "hu"}


@dataclass
class MetsPage:
    number: int
    alto: str  # the ALTO file's path, relative to the METS file
    images: list[str] = field(default_factory=list)  # the page image files it lists, preferred first
    blocks: dict[str, list[str]] = field(default_factory=dict)  # article label/id → its ALTO block ids, in order


def is_mets(root: ET.Element) -> bool:
    return local(root.tag) == "mets"


def _texts(el: ET.Element, name: str) -> list[str]:
    return [t for t in (text_of(e) for e in named(el, name)) if t]


def _issue_mods(root: ET.Element) -> ET.Element:
    """The dmdSec that describes the issue (the one with its dateIssued), else the whole METS."""
    for dmd in named(root, "dmdSec"):
        if any(True for _ in named(dmd, "dateIssued")):
            return dmd
    return root


def mets_meta(root: ET.Element) -> IssueMeta:
    """The issue's title, date, edition, volume and number (see the module docstring)."""
    mods = _issue_mods(root)
    date = next(iter(_texts(mods, "dateIssued")), "")
    lccn = next((text_of(e) for e in named(mods, "identifier") if (e.get("type") or "").lower() == "lccn"), "")
    title = next((text_of(child(t, "title")) for t in named(mods, "titleInfo") if text_of(child(t, "title"))), "")
    label = (root.get("LABEL") or "").strip()
    if not title and label:
        title = re.sub(r",?\s*\d{4}-\d{2}-\d{2}$", "", label).strip()  # "The Omaha Daily Bee, 1887-03-08"
    details: dict[str, str] = {}
    for d in named(mods, "detail"):
        kind = (d.get("type") or "").lower()
        value = text_of(child(d, "caption")) or text_of(child(d, "number"))
        if kind in ("volume", "issue", "edition") and value:
            details.setdefault(kind, value)
    data: dict[str, str] = {}
    if date:
        data["date"] = date[:10]
    if title or lccn:
        data["publication"] = title or lccn
    if lccn:
        data["identifier"] = lccn
    if details.get("volume"):
        data["volume"] = details["volume"]
    if details.get("issue"):
        data["issue_number"] = details["issue"]
    if details.get("edition") and details["edition"] not in ("1", "01"):  # the first edition is the issue itself
        data["edition"] = details["edition"]
    code = next((t for t in _texts(mods, "languageTerm")), "").lower()
    if code:
        data["language"] = LANGUAGES.get(code, code[:2] if len(code) == 2 else code)
    return IssueMeta(**data)


def mets_pages(root: ET.Element, name: str) -> list[MetsPage]:
    files: dict[str, tuple[str, str]] = {}  # file ID → (USE, href)
    for grp in named(root, "fileGrp"):
        for f in named(grp, "file"):
            loc = next(named(f, "FLocat"), None)
            href = (loc.get(XLINK) or loc.get("href") or "") if loc is not None else ""
            use = (f.get("USE") or grp.get("USE") or "").lower()
            files[f.get("ID", "")] = (use, href.removeprefix("file://").removeprefix("./"))
    maps = list(named(root, "structMap"))
    physical = [m for m in maps if (m.get("TYPE") or "").lower() != "logical"]
    logical = [m for m in maps if (m.get("TYPE") or "").lower() == "logical"]
    page_numbers = _mods_page_numbers(root)
    pages: list[MetsPage] = []
    by_alto: dict[str, MetsPage] = {}
    for smap in physical[:1]:
        divs = [d for d in named(smap, "div") if "page" in (d.get("TYPE") or "").lower()]
        for k, div in enumerate(divs, 1):
            alto = alto_id = ""
            images: list[tuple[int, str]] = []
            for ptr in named(div, "fptr"):
                use, href = files.get(ptr.get("FILEID", ""), ("", ""))
                if use in ("ocr", "alto", "text") and href.lower().endswith(".xml"):
                    alto, alto_id = href, ptr.get("FILEID", "")
                elif use in IMAGE_USES and posixpath.splitext(href.lower())[1] in IMAGE_SUFFIXES:
                    images.append((IMAGE_USES.index(use), href))
            if not alto:
                continue
            number = page_numbers.get(div.get("DMDID", ""), 0) or _int(div.get("ORDERLABEL")) or \
                _int(div.get("ORDER")) or k
            page = MetsPage(number, alto, [h for _, h in sorted(images, key=lambda x: x[0])])
            pages.append(page)
            by_alto[alto_id] = page
    if not pages:
        raise ImportRejected(f"{name}: the METS file names no page with an ALTO file (fileGrp USE=\"ocr\")")
    for smap in logical[:1]:
        for n, div in enumerate(d for d in named(smap, "div") if (d.get("TYPE") or "").lower() == "article"):
            key = div.get("ID") or f"article{n + 1}"
            for area in named(div, "area"):
                page = by_alto.get(area.get("FILEID", ""))
                if page is not None and area.get("BEGIN"):
                    page.blocks.setdefault(key, []).append(area.get("BEGIN"))
    return pages


def _mods_page_numbers(root: ET.Element) -> dict[str, int]:
    out = {}
    for dmd in named(root, "dmdSec"):
        for detail in named(dmd, "detail"):
            if "page" in (detail.get("type") or "").lower():
                number = next((_int(n.text) for n in named(detail, "number")), 0)
                if number:
                    out[dmd.get("ID", "")] = number
        if dmd.get("ID", "") not in out:
            start = next((_int(s.text) for s in named(dmd, "start")), 0)
            if start:
                out[dmd.get("ID", "")] = start
    return out


def _int(text) -> int:
    m = re.search(r"\d+", text or "")
    return int(m.group()) if m else 0


def read_mets_source(src: SourceFile, root: ET.Element, meta: IssueMeta, warnings: list[str]) -> list[ParsedPage]:
    """An issue's METS: each page from its ALTO file, with the first of its images that is there."""
    pages = []
    missing = []
    for mp in sorted(mets_pages(root, src.name), key=lambda p: p.number):
        data = src.sibling(mp.alto)
        if data is None:
            missing.append(f"page {mp.number}'s ALTO file {mp.alto} is missing")
            warnings.append(f"{src.name}: page {mp.number}'s ALTO file {mp.alto} is missing: {PAGE_NOT_IMPORTED}")
            continue
        alto_name = posixpath.join(posixpath.dirname(src.name), mp.alto)
        alto = read_alto(parse_xml(data, alto_name), alto_name)
        warnings += alto.note(alto_name)
        present = [(h, d) for h in mp.images if (d := src.sibling(h)) is not None]
        for h, d in [(h, d) for h, d in present if not (image_header(d) or pdf_page_header(d))]:
            present.remove((h, d))  # (it was kept as the page's facsimile, which then would not show)
            warnings.append(f"{src.name}: page {mp.number}: its image {h} cannot be read (damaged, or not an "
                            "image Baoku reads); not kept")
        found = present[0] if present else None
        image = found[1] if found else None
        if len(present) > 1:
            warnings.append(f"{src.name}: page {mp.number}: not kept: " + ", ".join(h for h, _ in present[1:])
                            + f" (one image a page: {found[0]} is kept)")
        if mp.images and found is None:
            warnings.append(f"{src.name}: page {mp.number}: none of its images ({', '.join(mp.images)}) is "
                            "present and readable; its text and boxes are kept")
        elif found and found[0] != mp.images[0]:
            absent = mp.images[:mp.images.index(found[0])]
            warnings.append(f"{src.name}: page {mp.number}: image {found[0]} used ({', '.join(absent)} "
                            f"{'is' if len(absent) == 1 else 'are'} not present)")
        language = str(meta.language or "") or ("und" if is_latin_text(alto_sample(alto)) else "zh")
        info = PageInfo(number=mp.number, section=str(meta.section or ""))
        page = alto_page(alto, info, language, image, mp.blocks or None)
        if page.articles:
            pages.append(page)
    if any(True for _ in named(root, "amdSec")):
        warnings.append(f"{src.name}: not kept by design: <amdSec> (the files' technical and preservation "
                        "metadata: MIX, PREMIS)")
    if not pages:
        raise ImportRejected(f"{src.name}: " + ("; ".join(missing) if missing else
                                                "no articles found in the issue's ALTO pages"))
    return pages


def issue_digest(src: SourceFile, root: ET.Element) -> str:
    """An issue METS's identity: the SHA-256 of its own bytes and of every file it names for its
    pages (each ALTO and image, or that it is absent). The same METS beside other pages is another
    issue to read, not one imported before."""
    digest = hashlib.sha256(src.data)
    try:
        pages = mets_pages(root, src.name)
    except ImportRejected:
        return digest.hexdigest()  # (read, it is refused with its reason)
    for mp in pages:
        for name in (mp.alto, *mp.images):
            data = src.sibling(name)
            part = hashlib.sha256(data).hexdigest() if data is not None else "absent"
            digest.update(f"\n{name}\t{part}".encode())
    return digest.hexdigest()


def stored_issue(archive, src: SourceFile, overrides: IssueMeta | None, replace: bool) -> str | None:
    """An issue METS imported before, byte for byte with the ALTO pages and images it names, whose
    pages are all still stored: what to say instead of reading its pages again (a batch run again
    after an interruption goes on where it stopped); None to import it. Only when nothing on the
    command line could make it read differently, and not when a page was missing then (it may be
    there now)."""
    if replace or (overrides is not None and overrides != IssueMeta()) or src.suffix != ".xml" \
            or not METS_ROOT.search(src.data[:4096]):
        return None
    try:
        root = parse_xml(src.data, src.name)
    except (ImportRejected, RecursionError):
        return None  # (read, it says why it cannot be)
    if not is_mets(root):
        return None
    prior = archive.stored_source(issue_digest(src, root))
    if prior is None or any(PAGE_NOT_IMPORTED in line for line in prior[3]):
        return None
    batch, when, label, _ = prior
    return f"already in the archive (imported as batch {batch} on {when[:10]}): {label}; nothing changed"
