"""Whether this checkout's page-text split gives exactly what another checkout's gives: on every
train and dev page and the sample page, each line's label, each margin, the layout cuts joined,
the articles (every field) and the doubtful boundaries, compared as text.

    PYTHONPATH=desktop .venv/bin/python tools/pagetext_same.py --against ../main/desktop

For a change meant to make the split faster and nothing else. Each checkout runs in its own
process (its desktop/ first on the path) on the same pages, read from this checkout's page set;
the first page that differs is printed, and the exit status is 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "000_a63266adadd608e6.txt"


def pages() -> list[tuple[str, str, tuple[int, str, str]]]:
    """(name, text, (page number, page name, section)) of each page compared."""
    sys.path.insert(0, str(ROOT))
    from tests.pageset import all_pages

    out = [(p.name, p.raw, (p.info().number, p.info().name, p.info().section)) for p in all_pages("train", "dev")]
    return out + [(SAMPLE.name, SAMPLE.read_text(encoding="utf-8"), (1, "", ""))]


def reading(text: str, page: tuple[int, str, str]) -> str:
    """Everything the split decides about one page, as text (floats by repr: exactly)."""
    from baoku.core.importing.pagetext import read_page
    from baoku.core.model import PageInfo

    r = read_page(text, PageInfo(*page))
    parsed = r.parsed()
    return "\n".join([repr(r.lines), repr([float(m) for m in r.margins]), repr(r.repairs), repr(parsed.articles),
                      repr(parsed.doubts)])


def dump(pages_file: Path) -> None:
    for name, text, page in json.loads(pages_file.read_text(encoding="utf-8")):
        print(json.dumps([name, reading(text, tuple(page))], ensure_ascii=False))


def run(desktop: Path, pages_file: Path) -> list[tuple[str, str]]:
    env = dict(os.environ, PYTHONPATH=str(desktop))
    out = subprocess.run([sys.executable, __file__, "--dump", str(pages_file)], env=env, capture_output=True,
                         text=True, check=True)
    return [tuple(json.loads(line)) for line in out.stdout.splitlines()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, required=False, help="the other checkout's desktop/ folder")
    ap.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.dump:
        dump(args.dump)
        return
    if not args.against:
        ap.error("--against is required")
    pages_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"pagetext_same_{os.getpid()}.json"
    pages_file.write_text(json.dumps(pages(), ensure_ascii=False), encoding="utf-8")
    try:
        mine, theirs = run(ROOT / "desktop", pages_file), run(args.against.resolve(), pages_file)
    finally:
        pages_file.unlink()
    differ = [(a, b) for a, b in zip(mine, theirs) if a != b]
    if len(mine) != len(theirs):
        sys.exit(f"{len(mine)} pages here, {len(theirs)} there")
    for (name, here), (_, there) in differ[:1]:
        print(f"{name} differs:\n--- here\n{here[:3000]}\n--- there\n{there[:3000]}")
    print(f"{len(mine)} pages: {len(differ)} differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
