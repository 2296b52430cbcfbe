"""The same three paragraphs set by Baoku and by typst (a reference typesetter), side by side.

    .venv/bin/pip install typst   # a dev tool only: the app never needs it
    .venv/bin/python docs/make_clreq_comparison.py

Both get the bundled faces (UMing for Han, Liberation Serif for Latin), 10.5 pt on 18.4 pt, a
96 mm measure, justified, 2 em first-line indents. Writes docs/clreq-baoku-vs-typst.png (Baoku left,
typst right; needs poppler-utils' pdftoppm) and prints where the two put each line break.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

from baoku.core import model  # noqa: E402
from baoku.core.export import ExportOptions, export_pdf  # noqa: E402
from baoku.core.store import Archive  # noqa: E402

PARAGRAPHS = [
    "英国《自然》（Nature）杂志9月发表的研究显示，全球约有2.5亿人受到影响。研究人员在"
    "https://www.example.com/research/2024/report_final-v2.html上公布了全部数据，"
    "并表示：“这是一个好消息。”",
    "该公司CEO John Smith说，今年1至8月，iPhone 15的销量同比增长了12%；"
    "而在internationalization方面，公司的投入——包括R&D——仍在继续……",
    "“我们不会停下脚步。”他说。「新质生产力」是什么？《人民日报》、《光明日报》均有报道，"
    "专家认为，关键在于科技创新（包括人工智能、新能源等领域）。",
]
WIDTH_MM, SIZE, LEADING = 96, 10.5, 18.4


def baoku_pdf(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp, Archive(Path(tmp) / "a.db") as archive:
        blocks = [model.Block(model.PARAGRAPH, p) for p in PARAGRAPHS]
        issue = model.ParsedIssue(model.IssueInfo("对照", dt.date(2024, 9, 1)),
                                  [model.ParsedPage(model.PageInfo(1), [model.Article(blocks)], complete=False)])
        aid = archive.save_issue(issue).article_ids[0]
        paper = f"{WIDTH_MM + 20}x120mm"
        export_pdf(archive, [aid], out, ExportOptions(paper=paper, margin_mm=10, font_size=SIZE, leading=LEADING,
                                                       reference="none", booklet=False))


def typst_pdf(out: Path) -> None:
    import typst

    body = "\n\n".join(PARAGRAPHS).replace("#", "\\#").replace("@", "\\@").replace("/", "\\/")
    source = f"""
#set page(width: {WIDTH_MM + 20}mm, height: 120mm, margin: 10mm)
#set text(font: ("Liberation Serif", "AR PL UMing CN"), size: {SIZE}pt, lang: "zh", region: "cn")
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: {LEADING - SIZE}pt, spacing: {LEADING - SIZE}pt)
{body}
"""
    typst.compile(source.encode("utf-8"), output=str(out), font_paths=[str(ROOT / "resources" / "fonts")],
                  ignore_system_fonts=True)


def typst_version() -> str:
    import typst

    return getattr(typst, "__version__", "")


def render(pdf: Path, stem: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True)
    return Image.open(f"{stem}.png").convert("RGB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        baoku_pdf(t / "baoku.pdf")
        typst_pdf(t / "typst.pdf")
        left, right = render(t / "baoku.pdf", t / "b"), render(t / "typst.pdf", t / "t")
        top = 40
        sheet = Image.new("RGB", (left.width + right.width + 20, max(left.height, right.height) + top), "white")
        sheet.paste(left, (0, top))
        sheet.paste(right, (left.width + 20, top))
        draw = ImageDraw.Draw(sheet)
        face = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "uming.ttc"), 24)
        draw.text((20, 8), "报库 Baoku", fill="black", font=face)
        draw.text((left.width + 40, 8), f"typst {typst_version()}（参照）", fill="black", font=face)
        draw.line([(left.width + 10, 0), (left.width + 10, sheet.height)], fill=(180, 180, 180), width=2)
        out = ROOT / "docs" / "clreq-baoku-vs-typst.png"
        sheet.save(out)
        print(f"wrote {out}")
        for name in ("baoku", "typst"):
            text = subprocess.run(["pdftotext", "-layout", str(t / f"{name}.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout
            print(f"--- {name}\n{text}")


if __name__ == "__main__":
    main()
