"""Many users on one server archive at once (bench/server_concurrency.py, shortened): searching
clients and three importers (two going through the issues in the same order, so they race on
every issue; one from the end), each in its own process with its own
connection, on a real server. No client meets an error, every issue an importer stored is held
exactly once and whole, and a query's total never goes down while imports only add."""

from __future__ import annotations

import json
import random
from pathlib import Path

from bench.server_concurrency import run

WORDS = ["港口", "码头", "集装箱", "航运", "学校", "教师", "课堂", "医院", "社区", "老人", "农田", "春耕", "水利",
         "地铁", "公交", "科技", "创新", "企业", "市场", "文化", "图书馆", "体育", "比赛", "天气", "降雨"]


def issue(folder: Path, n: int, articles: int = 12) -> Path:
    """Issue `n` of an invented paper as JSONL: its own date, articles of mixed words."""
    rnd = random.Random(n)
    rows = []
    for i in range(articles):
        words = rnd.choices(WORDS, k=rnd.randint(20, 60))
        paragraphs = ["，".join(words[j:j + 6]) + "。" for j in range(0, len(words), 6)]
        rows.append({"publication": "并发日报", "date": f"{2000 + n // 300}-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}",
                     "page": 1 + i // 4, "headline": f"第{n}期第{i}篇：{words[0]}{words[1]}", "paragraphs": paragraphs})
    path = folder / f"issue-{n:04d}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_searchers_and_importers_at_once_lose_nothing_and_double_nothing(server_url, tmp_path):
    seeds = [issue(tmp_path, n) for n in range(3)]
    fresh = [issue(tmp_path, n) for n in range(100, 130)]
    result = run(server_url, searchers=3, importers=3, seconds=8, seeds=seeds, fresh=fresh,
                 queries=["港口", "学校 教师", "科技 -企业", "图书馆", "\"地铁公交\"", "天气"])
    assert result["errors"] == []
    assert result["issues_stored_during_run"] >= 1  # the importers got somewhere while searches ran
    assert result["searches"] > 0
    assert result["lost"] == [] and result["doubled"] == [] and result["unexpected"] == []
    assert result["shrunk"] == []
    stored = len(seeds) + result["issues_stored_during_run"]
    assert result["articles_in_archive"] == 12 * stored
