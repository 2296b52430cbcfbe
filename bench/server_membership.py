"""What writing a batch of search rows costs the server with token membership in the tsvector's GIN
index (main) against token membership from packed postings inverted by the server (issue-44e's
design with issue-45e's server-side packing: issue-46d's lever b), on the same rows, in turns.

    PYTHONPATH=desktop .venv/bin/python bench/server_membership.py [--issues 10] [--turns 3]

A private server (tests/pgserver.py) stores --issues generated issues; their search rows are made
once in Python (search.server.search_row). Then each turn writes them into emptied search tables
twice, timing the server backend's CPU (/proc) and the wall time of each way:
- `gin`: search.server._write as it is (the rows with their tsvector under its GIN index, the
  postings packed by the server);
- `packed`: the rows with an empty tsvector, the postings the same, and the batch's tokens sent
  as a text an article which one statement inverts into `token_probe` (a row a token of the
  block with the ids holding it, `integer[]` offsets from the block's first id, a btree on
  token and block), as 44e's `search_token` held them;
- `hybrid`: as `packed`, but a token only one article of the batch holds stays in that article's
  tsvector (under the GIN index) and has no `token_probe` row (the client finds them with a
  Counter, timed apart).
Then the two tables' sizes. Not a test, and not the search side: it prints numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus  # noqa: E402

PROBE = """CREATE TABLE IF NOT EXISTS token_probe (token text COLLATE "C" NOT NULL, block bigint NOT NULL,
           base bigint NOT NULL, ids integer[] NOT NULL, PRIMARY KEY (token, block))"""
INVERT = ("INSERT INTO token_probe (token, block, base, ids) "
          "SELECT t, %(block)s, %(base)s, array_agg(i) FROM ("
          "SELECT u.t COLLATE \"C\" AS t, (a.i - %(base)s)::int AS i "
          "FROM unnest(%(ids)s::bigint[], %(grams)s::text[]) a(i, g), "
          "unnest(string_to_array(a.g, ' ')) u(t) ORDER BY 1, 2) p GROUP BY t {having} ORDER BY t")


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    from tests import pgserver

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--issues", type=int, default=10)
    ap.add_argument("--turns", type=int, default=3)
    args = ap.parse_args()
    from baoku.core.search import server as search
    from baoku.core.search.words import preload
    from baoku.core.store.server import ServerArchive

    preload()
    srv = pgserver.start()
    try:
        url = srv.create_database("membership")
        with ServerArchive(url) as archive:
            for n in range(args.issues):
                archive.save_issue(corpus.parsed_issue(n))
            ids = search.pending(archive)
            made = [search.search_row(r) for r in archive.index_rows(ids)]
            archive.conn.execute(PROBE)
            archive.conn.commit()
            pid = archive.conn.info.backend_pid
            lexemes = sum(len(row[5].split(" ")) for row, _ in made) / len(made)
            print(json.dumps({"rows": len(made), "lexemes_an_article": round(lexemes)}), flush=True)
            for turn in range(args.turns):
                for way in ("gin", "packed", "hybrid"):
                    with archive.transaction() as conn:
                        conn.execute("TRUNCATE article_search, search_word, token_probe")
                    rows = made if way == "gin" else [((*row[:5], "", *row[6:]), w) for row, w in made]
                    split_ms = 0.0
                    if way == "hybrid":
                        t0 = time.process_time()
                        held = Counter(t for row, _ in made for t in row[5].split(" "))
                        rows = [((*row[:5], " ".join(t for t in row[5].split(" ") if held[t] == 1), *row[6:]), w)
                                for row, w in made]
                        split_ms = (time.process_time() - t0) * 1000 / len(made)
                    c0, t0 = _cpu(pid), time.perf_counter()
                    with archive.transaction() as conn, conn.cursor() as cur:
                        search._write(cur, rows)
                        if way != "gin":
                            block = cur.execute("SELECT pg_current_xact_id()::text::bigint").fetchone()[0]
                            having = "HAVING count(*) > 1" if way == "hybrid" else ""
                            cur.execute(INVERT.format(having=having), {"block": block, "base": min(ids), "ids": [r[0] for r, _ in made],
                                                 "grams": [r[5] for r, _ in made]})
                    for table in ("article_search", "search_word", "token_probe"):
                        archive.conn.execute(f"VACUUM (ANALYZE) {table}")
                    cpu, wall = _cpu(pid) - c0, time.perf_counter() - t0
                    size = {t: round(archive.conn.execute(f"SELECT pg_total_relation_size('{t}')").fetchone()[0]
                                     / 1024 / len(made), 1) for t in ("article_search", "token_probe")}
                    print(json.dumps({"turn": turn, "way": way, "server_ms_a_row": round(cpu * 1000 / len(made), 2),
                                      "wall_ms_a_row": round(wall * 1000 / len(made), 2),
                                      "kb_an_article": size, "client_split_ms_a_row": round(split_ms, 2),
                                      "load": round(os.getloadavg()[0], 1)}), flush=True)
    finally:
        srv.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
