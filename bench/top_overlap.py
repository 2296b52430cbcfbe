"""How far two runs of the search benchmark agree on each query's first ten hits (a ranking change
must keep the order users saw): the overlap of the top-10 sets, per query and on average.

    .venv/bin/python bench/top_overlap.py BEFORE.json AFTER.json

Each file is what `bench/search_bench.py --json` wrote (or a kept size folder's tables.json).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def overlaps(before: dict, after: dict) -> list[tuple[str, float, int]]:
    out = []
    for q, a in after["search"]["queries"].items():
        b = before["search"]["queries"].get(q)
        if b is None or not b.get("top") or a.get("top") is None:
            continue
        ten_b, ten_a = set(b["top"]), set(a["top"])
        out.append((q, len(ten_b & ten_a) / max(len(ten_b), 1), len(ten_b)))
    return out


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[1:])
    rows = overlaps(before, after)
    print("| query | top-10 overlap |\n| --- | ---: |")
    for q, o, n in rows:
        print(f"| `{q}` | {o:.2f} ({n}) |")
    if rows:
        print(f"\nmean top-10 overlap over {len(rows)} queries: {sum(o for _, o, _ in rows) / len(rows):.3f}; "
              f"lowest {min(o for _, o, _ in rows):.2f}")


if __name__ == "__main__":
    main()
