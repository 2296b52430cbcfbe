"""One page as ALTO 4: every OCR line with its box, each character a String with its own box and
confidence (WC), spaces as SP, the lines of each article in TextBlocks tagged with a
StructureTag of TYPE "article". Baoku's ALTO import reads it back to the same text, boxes and
articles; the page image and a metadata sidecar are written beside it, so the three import as
the page again."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import NotFound
from ..files import write_atomically
from ..store import Archive

NS = "http://www.loc.gov/standards/alto/ns-v4#"
SCHEMA = "http://www.loc.gov/standards/alto/ns-v4# http://www.loc.gov/alto/v4/alto-4-2.xsd"


@dataclass
class AltoExport:
    xml: Path
    image: Path | None
    sidecar: Path
    lines: int
    articles: int


def write_page_alto(archive: Archive, page_id: int, out: Path) -> AltoExport:
    """Write the page's ALTO to `out`, its image and a sidecar (publication, date, page) beside it."""
    from ..store import images

    scan = archive.page_scan(page_id)
    lines = archive.scan_lines(page_id=page_id)
    if scan is None or not lines:
        raise NotFound(f"page {page_id} has no OCR lines (only scanned pages and ALTO imports have them)")
    page = next((p for p in archive.pages() if p["id"] == page_id), None)
    image_path = None
    if scan["sha256"]:
        kept = images.path_of(archive.image_folder, scan["sha256"], scan["mime"])
        if kept.is_file():
            image_path = out.with_suffix(kept.suffix)
    heads = _headlines(archive, {ln["article_id"] for ln in lines if ln["article_id"]})
    root = page_alto(lines, scan["width"], scan["height"], heads, image_path.name if image_path else "",
                     page["number"] if page else 0)
    ET.indent(root, space=" ")
    data = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")
    write_atomically(out, data)
    if image_path is not None:
        write_atomically(image_path, kept.read_bytes())
    sidecar = out.with_suffix(".json")
    write_atomically(sidecar, json.dumps(_sidecar(archive, page), ensure_ascii=False, indent=1).encode())
    return AltoExport(out, image_path, sidecar, len(lines), len(heads))


def _headlines(archive: Archive, ids: set[int]) -> dict[int, str]:
    return {i: archive.article(i).article.headline for i in sorted(ids)}


def _sidecar(archive: Archive, page: dict | None) -> dict:
    if page is None:
        return {}
    issue = archive.issue_of_page(page["id"])
    out = {"publication": issue["publication"], "date": issue["date"], "page": page["number"]}
    if issue["edition"]:
        out["edition"] = issue["edition"]
    if page.get("section"):
        out["section"] = page["section"]
    if page.get("name"):
        out["page_name"] = page["name"]
    return out


def page_alto(lines: list[dict], width: int, height: int, heads: dict[int, str], image: str,
              number: int) -> ET.Element:
    ET.register_namespace("", NS)
    q = lambda tag: f"{{{NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("alto"), {"{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": SCHEMA})
    desc = ET.SubElement(root, q("Description"))
    ET.SubElement(desc, q("MeasurementUnit")).text = "pixel"
    source = ET.SubElement(desc, q("sourceImageInformation"))
    ET.SubElement(source, q("fileName")).text = image
    step = ET.SubElement(ET.SubElement(desc, q("OCRProcessing"), {"ID": "OCR1"}), q("ocrProcessingStep"))
    software = ET.SubElement(step, q("processingSoftware"))
    ET.SubElement(software, q("softwareName")).text = "Baoku"
    tags = ET.SubElement(root, q("Tags"))
    for aid, head in heads.items():
        ET.SubElement(tags, q("StructureTag"), {"ID": f"ART{aid}", "TYPE": "article", "LABEL": head})
    layout = ET.SubElement(root, q("Layout"))
    page = ET.SubElement(layout, q("Page"), {"ID": "PAGE1", "PHYSICAL_IMG_NR": "1", "PRINTED_IMG_NR": str(number),
                                             "WIDTH": str(width), "HEIGHT": str(height)})
    space = ET.SubElement(page, q("PrintSpace"), _pos((0, 0, width, height)))
    runs: list[list[dict]] = []
    for ln in lines:  # the lines in reading order; each run of one article's lines is a block
        if runs and runs[-1][0]["article_id"] == ln["article_id"]:
            runs[-1].append(ln)
        else:
            runs.append([ln])
    n_line = n_string = 0
    for b, run in enumerate(runs, 1):
        attrs = {"ID": f"TB{b}", **_pos(_union([ln["box"] for ln in run]))}
        if run[0]["article_id"]:
            attrs["TAGREFS"] = f"ART{run[0]['article_id']}"
        block = ET.SubElement(space, q("TextBlock"), attrs)
        for ln in run:
            n_line += 1
            tl = ET.SubElement(block, q("TextLine"), {"ID": f"TL{n_line}", **_pos(ln["box"])})
            for kind, text, box, wc in _pieces(ln):
                if kind == "SP":
                    ET.SubElement(tl, q("SP"), {"HPOS": str(box[0]), "VPOS": str(box[1]),
                                                "WIDTH": str(max(box[2] - box[0], 0))})
                    continue
                n_string += 1
                ET.SubElement(tl, q("String"), {"ID": f"S{n_string}", "CONTENT": text, **_pos(box),
                                                "WC": f"{wc:.4f}".rstrip("0").rstrip(".")})
    return root


def _pieces(ln: dict):
    """(String or SP, text, box, confidence) for a line: one String per character when the OCR gave
    every character's box, else one per word, sharing the line's box by length."""
    text, chars = ln["text"], ln["chars"]
    if chars and "".join(c[0] for c in chars) == text.replace(" ", ""):
        k = 0
        for i, ch in enumerate(text):
            if ch == " ":
                left = chars[k - 1][1] if k else ln["box"]
                right = chars[k][1] if k < len(chars) else ln["box"]
                yield "SP", " ", (left[2], left[1], right[0], left[3]), 1.0
                continue
            c, box, p = chars[k]
            k += 1
            yield "String", c, tuple(box), p
        return
    words = text.split(" ")
    x0, y0, x1, y1 = ln["box"]
    per = (x1 - x0) / max(len(text), 1)
    at = 0
    for i, word in enumerate(words):
        if i:
            yield "SP", " ", (round(x0 + at * per), y0, round(x0 + (at + 1) * per), y1), 1.0
            at += 1
        if word:
            yield "String", word, (round(x0 + at * per), y0, round(x0 + (at + len(word)) * per), y1), ln["confidence"]
        at += len(word)


def _pos(box) -> dict[str, str]:
    x0, y0, x1, y1 = box
    return {"HPOS": str(x0), "VPOS": str(y0), "WIDTH": str(x1 - x0), "HEIGHT": str(y1 - y0)}


def _union(boxes):
    return min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)
