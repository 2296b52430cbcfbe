"""An import report's lines in the window's own language, from the fields the core reports (each
issue's label and counts, each page's reason), never from the command line's English sentences:
a Chinese window shows 「[已导入] 闽南日报_2024-10-08.txt：闽南日报 2024-10-08：新增 4 篇文章，1 个版面」,
an English one 「[Imported] …: 闽南日报 2024-10-08: 4 new articles, 1 page」. Only a file that could not
be read at all keeps the reader's own words (which file, which line), on a line of its own."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..core.importing.outcome import SHOWN_ISSUES
from ..core.importing.run import DUPLICATE, FAILED, IMPORTED, REFUSED, SKIPPED
from .codedwords import words
from .wording import join_list


class ReportWords(QObject):
    """The wording (a QObject so that lupdate sees each count as a plural)."""

    def fact_text(self, fact: dict) -> str:
        """One issue of a file, as stored (or found stored already)."""
        n = fact.get("articles", 0)
        if fact.get("outcome") == "duplicate":
            return self.tr("%1：已在档案中（%Ln 篇），没有改动", "", n).replace("%1", fact["issue"])
        head = self.tr("%1：替换后 %Ln 篇文章", "", n) if fact.get("replaced") else self.tr("%1：新增 %Ln 篇文章", "", n)
        text = head.replace("%1", fact["issue"]) + self.tr("，%Ln 个版面", "", fact.get("pages", 0))
        if fact.get("joined"):
            text += self.tr("，%Ln 篇跨版文章已接续", "", fact["joined"])
        if fact.get("already"):
            text += self.tr("，%Ln 篇已在档案中", "", fact["already"])
        if fact.get("refused"):
            text += self.tr("，%Ln 个版面未导入", "", fact["refused"])
        if fact.get("reprints"):
            text += self.tr("，%Ln 篇也刊于 %1", "", fact["reprints"]).replace(
                "%1", join_list(fact.get("reprinted_in", [])))
        if fact.get("trashed"):  # what an import replaced: never lost (store.carryover)
            text += self.tr("，被替换的 %Ln 篇文章已移入回收站，可以恢复", "", fact["trashed"])
        if fact.get("moved"):
            text += self.tr("，%Ln 篇的批注和专题位置已移到新版本", "", fact["moved"])
        if fact.get("corrections_kept"):
            text += self.tr("（%Ln 处校对随旧版本留在回收站）", "", fact["corrections_kept"])
        if fact.get("stayed"):
            text += self.tr("，旧版本的 %Ln 条批注或专题位置随之留在回收站（当前用户不能改批注和专题）", "", fact["stayed"])
        return text

    def outcome_lines(self, outcome, refusal_text) -> list[str]:
        """A file's lines in the summary's details; `refusal_text` words a refused page."""
        labels = {IMPORTED: self.tr("已导入"), DUPLICATE: self.tr("已在档案中"), FAILED: self.tr("失败"),
                  REFUSED: self.tr("未导入"), SKIPPED: self.tr("跳过")}
        label = labels.get(outcome.status, outcome.status)
        colon = self.tr("：")
        lines = []
        if outcome.status in (IMPORTED, DUPLICATE) and outcome.facts:
            # (a feed of 50,000 issues: the first few named, the rest counted, as the command line)
            said = [self.fact_text(f) for f in outcome.facts[:SHOWN_ISSUES]]
            if len(outcome.facts) > SHOWN_ISSUES:
                said.append(self.tr("另有 %Ln 期", "", len(outcome.facts) - SHOWN_ISSUES))
            lines.append(f"[{label}] {outcome.name}{colon}" + self.tr("；").join(said))
        elif outcome.status != REFUSED:
            lines.append(f"[{label}] {outcome.name}")
            if outcome.message:
                lines.append(f"    {words(outcome.message)}")
        if outcome.members:  # a package's items, read with it (not again on their own)
            lines.append("    " + self.tr("随包读入（不再单独导入）：%1").replace("%1", join_list(outcome.members_beside)))
        lines += [f"[{labels[REFUSED]}] {outcome.name}{colon}{refusal_text(r)}" for r in outcome.refused]
        return lines


def outcome_lines(outcome, refusal_text) -> list[str]:
    return ReportWords().outcome_lines(outcome, refusal_text)
