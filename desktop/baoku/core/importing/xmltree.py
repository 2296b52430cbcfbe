"""Reading XML safely, and the small tree helpers every XML importer shares (NITF, NewsML-G2,
ALTO, METS, NDNP batches).

Parsing is defusedxml's: entity declarations and external references are refused, so XML bombs
and XXE never reach the parser. A DOCTYPE line that declares nothing (`<!DOCTYPE nitf PUBLIC
"-//IPTC//DTD NITF 3.2//EN" "nitf-3-2.dtd">`, as agencies send it) is allowed: the DTD it names
is never read. An internal subset (`<!DOCTYPE x [ … ]>`) is refused whatever it holds.
Namespaces are ignored (NITF appears both with and without one).
"""

from __future__ import annotations

import codecs
import html.entities
import re
import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as DET

from ..errors import ImportRejected
from .encoding import decode_text


def local(tag: object) -> str:
    """An element's name without its namespace ("" for comments and processing instructions)."""
    return tag.split("}")[-1] if isinstance(tag, str) else ""


def child(el: ET.Element | None, *path: str) -> ET.Element | None:
    """The first child of that name (then its first child of the next name ...), or None."""
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if local(c.tag) == name), None)
    return el


def children(el: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if el is None else [c for c in el if local(c.tag) == name]


def named(el: ET.Element, name: str):
    """Every descendant (and el itself) of that name, in document order."""
    return (e for e in el.iter() if local(e.tag) == name)


def text_of(el: ET.Element | None) -> str:
    """Element text with runs of white space folded (XML pretty-printing is not content)."""
    return "" if el is None else " ".join("".join(el.itertext()).split())


def attr(el: ET.Element | None, name: str) -> str:
    """An attribute by its local name (xml:lang is "lang"), stripped; "" when absent."""
    if el is None:
        return ""
    for k, v in el.attrib.items():
        if local(k) == name or k == name:
            return v.strip()
    return ""


class _InternalSubset(Exception):
    pass


_DECLARED = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def xml_text(data: bytes, name: str) -> str:
    """The document's characters: in the encoding its declaration names (an agency's
    `encoding="iso-8859-1"`) unless the bytes are UTF-8 (a wrong declaration), else as Baoku
    detects text (UTF-8, GB18030, Big5 …)."""
    m = _DECLARED.match(data[:400])
    if m:
        try:
            declared = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            declared = ""
        if declared and not declared.startswith(("utf-8", "utf-16", "utf-32")):
            try:  # UTF-8 that declares Latin-1 is common; Latin-1 text is almost never valid UTF-8
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect, and say so if that fails too
    return decode_text(data, name)[0]


_NAMED_CHARACTERS = {name: chr(code) for name, code in html.entities.name2codepoint.items()}


def parse_xml(data: bytes, name: str) -> ET.Element:
    """The document's root element; one clear ImportRejected for anything unsafe or malformed."""
    text = xml_text(data, name)
    text = text.lstrip("\ufeff")
    if text.startswith("<?xml"):
        # The encoding was decoded already; drop the declaration so it cannot disagree.
        end = text.find("?>")
        text = text[end + 2:] if end > 0 else text
    parser = DET.DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=False, forbid_entities=True,
                                  forbid_external=True)

    def doctype(doc_name, sysid, pubid, has_internal_subset):
        if has_internal_subset:
            raise _InternalSubset(doc_name)

    parser.parser.StartDoctypeDeclHandler = doctype
    # A document naming an external DTD (<!DOCTYPE nitf SYSTEM "nitf-3-3.dtd">, XHTML's) may use the
    # entities that DTD declares: expat, which reads no external DTD, hands each one it does not know
    # to ElementTree, which looks it up here. NITF's and XHTML's DTDs declare HTML's named characters
    # (&nbsp; &mdash; &copy; …). A fixed table of single characters: nothing expands. Without a DOCTYPE
    # an undeclared entity stays malformed XML.
    parser.entity.update(_NAMED_CHARACTERS)
    try:
        parser.feed(text)
        return parser.close()
    except _InternalSubset:
        raise ImportRejected(f"{name}: XML with an internal DTD subset (<!DOCTYPE … [ … ]>) is refused for "
                             "safety") from None
    except defusedxml.EntitiesForbidden:
        raise ImportRejected(f"{name}: XML declaring entities is refused (entity expansion attack?)") from None
    except defusedxml.ExternalReferenceForbidden:
        raise ImportRejected(f"{name}: XML with external references is refused for safety") from None
    except ET.ParseError as e:
        line, col = e.position
        raise ImportRejected(f"{name}:{line}:{col}: malformed XML ({str(e).split(':')[0]})") from None
