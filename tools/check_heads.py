"""Check the labelled pages' head lines against the page set's convention of which head line is which
(tests/pageset/README.md, "Which head line is which ..."), the parts of it a script can check:

- a head line opening with a dash (——, —, ──) is `@subhead`;
- of an article's head lines other than `@column` and the dash lines, one is `@headline`, two are
  `@kicker` then `@headline`, three are `@kicker`, `@headline`, `@subhead`;
- a service box's own title, when it is the box's only head line, is its `@headline`, not `@column`
  (an article whose only head line is `@column` and at least half of whose other lines are `@box`);
- a label is one thing across the set: a text used as `@column` on some pages and as `@kicker` on
  others is listed with its roles and counts (whether it names a recurring column or speaks of
  its own article is for a person to decide: the README's test).

    PYTHONPATH=desktop .venv/bin/python tools/check_heads.py            # train and dev: list what breaks it
    PYTHONPATH=desktop .venv/bin/python tools/check_heads.py --fix      # relabel the mechanical cases in place
    PYTHONPATH=desktop .venv/bin/python tools/check_heads.py --kickers  # every @kicker, to review by the test

`--fix` changes only the `@role` of head lines (kicker, headline, subhead), never a line's text, an
article's boundary or its body, and prints how many lines changed, by kind. The label cases are
left to a person. The exit status is 1 while anything is listed, 0 when nothing is.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGESET = ROOT / "tests" / "pageset"
DASHES = ("——", "—", "──", "─")
STACK = ("kicker", "headline", "subhead")  # the head roles a stack's lines take (the column aside)


@dataclass
class HeadLine:
    number: int  # the line's index in its file (0-based)
    role: str
    text: str


def articles(lines: list[str], boxes: list[float] | None = None) -> list[list[HeadLine]]:
    """Each article's head lines (`@kicker`, `@headline`, `@subhead`, `@column`), in order, read as
    tests/pageset.py reads a page: `---` parts articles, `# ` lines are the page's metadata. `boxes`,
    when given, gets each of those articles' share of `@box` lines among its other lines."""
    found: list[list[HeadLine]] = [[]]
    counts = [[0, 0]]  # other lines, box lines
    for n, line in enumerate(lines):
        if line.strip() == "---":
            found.append([])
            counts.append([0, 0])
        elif line.startswith("# ") or not line.strip():
            continue
        else:
            role, _, text = line[1:].partition(" ") if line.startswith("@") else ("", "", line)
            if role in STACK + ("column",):
                found[-1].append(HeadLine(n, role, text))
            else:
                counts[-1][0] += 1
                counts[-1][1] += role == "box"
    if boxes is not None:
        boxes.extend(b / max(o, 1) for a, (o, b) in zip(found, counts) if a)
    return [a for a in found if a]


def expected(stack: list[HeadLine]) -> list[str] | None:
    """The roles the convention gives a stack's lines (the column aside), or None when it does not say
    (more than three lines without a dash)."""
    plain = [h for h in stack if not h.text.startswith(DASHES)]
    if len(plain) > 3:
        return None
    names = {1: ["headline"], 2: ["kicker", "headline"], 3: list(STACK)}.get(len(plain), [])
    roles, k = [], 0
    for h in stack:
        if h.text.startswith(DASHES):
            roles.append("subhead")
        else:
            roles.append(names[k])
            k += 1
    if len(plain) == 3 and len(stack) > 3:
        return None  # three lines and a dash line as well: not in the convention
    return roles


def pages(splits: list[str]) -> list[Path]:
    return [p for s in splits for p in sorted((PAGESET / s).glob("*.txt"))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("splits", nargs="*", default=["train", "dev"], help="train and dev unless named (never test)")
    ap.add_argument("--fix", action="store_true", help="relabel the mechanical cases in place")
    ap.add_argument("--kickers", action="store_true", help="list every @kicker's text with its page, to review")
    args = ap.parse_args()
    problems = 0
    changed: Counter[str] = Counter()
    uses: dict[str, Counter[str]] = {}
    where: dict[str, list[str]] = {}
    for path in pages(args.splits):
        lines = path.read_text(encoding="utf-8").split("\n")
        touched = False
        boxes: list[float] = []
        for art, box in zip(arts := articles(lines, boxes), boxes):
            if [h.role for h in art] == ["column"] and box >= 0.5:
                h = art[0]
                if args.fix:
                    lines[h.number] = f"@headline {h.text}"
                    changed["@column → @headline (a box's own title)"] += 1
                    touched = True
                    continue
                problems += 1
                print(f"{path.parent.name}/{path.stem}:{h.number + 1}: a box's only head line is @headline: {h.text}")
            for h in art:
                if h.role in ("column", "kicker"):
                    uses.setdefault(h.text.strip(), Counter())[h.role] += 1
                    where.setdefault(h.text.strip(), []).append(f"{path.parent.name}/{path.stem}:{h.number + 1}")
        for art in arts:
            stack = [h for h in art if h.role != "column"]
            want = expected(stack)
            if want is None:
                problems += 1
                print(f"{path.parent.name}/{path.stem}:{stack[0].number + 1}: {len(stack)} head lines, "
                      f"more than the convention covers: " + " / ".join(f"@{h.role} {h.text}" for h in stack))
                continue
            for h, role in zip(stack, want):
                if h.role == role:
                    continue
                if args.fix:
                    lines[h.number] = f"@{role} {h.text}"
                    changed[f"@{h.role} → @{role}"] += 1
                    touched = True
                else:
                    problems += 1
                    print(f"{path.parent.name}/{path.stem}:{h.number + 1}: @{h.role} should be @{role} "
                          f"(stack: {' / '.join(x.role for x in stack)}): {h.text}")
        if touched:
            path.write_text("\n".join(lines), encoding="utf-8")
    for text, roles in sorted(uses.items()):
        if len(roles) > 1:
            problems += 1
            print(f"label used two ways: {text}: " + ", ".join(f"@{r} ×{n}" for r, n in sorted(roles.items()))
                  + " — " + " ".join(where[text]))
    if args.kickers:
        for text, roles in sorted(uses.items()):
            if roles["kicker"]:
                print(f"@kicker ×{roles['kicker']} {text} — {' '.join(where[text])}")
    for kind, n in sorted(changed.items()):
        print(f"changed {n} lines: {kind}")
    if args.fix:
        print(f"changed {sum(changed.values())} lines in all")
    print(f"{problems} left to fix" if problems else "nothing breaks the convention's mechanical parts")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
