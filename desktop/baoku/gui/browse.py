"""The browse tree: publication → year → month → issue → page, each item a scope for the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

ScopeRole = Qt.ItemDataRole.UserRole + 2  # dict of Archive.sorted_ids filters
PendingRole = Qt.ItemDataRole.UserRole + 3  # on an issue whose pages are loaded when it is expanded



def build_tree(model: QStandardItemModel, issues: list[dict]) -> None:
    """Fill `model` from Archive.issues(). An issue's pages are loaded when it is expanded
    (fill_pages): 25 years of a daily paper are 9,000 issues but 100,000 pages."""
    model.clear()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("BrowseTree", "报刊"),
                                     QCoreApplication.translate("BrowseTree", "文章")])
    root = model.invisibleRootItem()
    everything = _item(QCoreApplication.translate("BrowseTree", "全部文章"), {})
    root.appendRow([everything, _count(sum(i["articles"] for i in issues))])
    nodes: dict[tuple, QStandardItem] = {}
    counts: dict[tuple, int] = {}
    for issue in issues:
        pub, date = issue["publication"], issue["date"]
        year, month = date[:4], date[:7]
        keys = [(pub,), (pub, year), (pub, year, month)]
        scopes = [{"publication": pub}, {"publication": pub, "date_prefix": year},
                  {"publication": pub, "date_prefix": month}]
        labels = [pub, QCoreApplication.translate("BrowseTree", "%1年").replace("%1", year),
                  QCoreApplication.translate("BrowseTree", "%1月").replace("%1", str(int(month[5:])))]
        parent = root
        for key, scope, label in zip(keys, scopes, labels):
            if key not in nodes:
                item = _item(label, scope)
                parent.appendRow([item, _count(0)])
                nodes[key] = item
            counts[key] = counts.get(key, 0) + issue["articles"]
            parent = nodes[key]
        edition = f" {issue['edition']}" if issue["edition"] else ""
        issue_item = _item(f"{date}{edition}", {"issue_id": issue["id"]})
        parent.appendRow([issue_item, _count(issue["articles"])])
        if issue["pages"]:
            issue_item.setData(True, PendingRole)
            issue_item.appendRow([QStandardItem("…"), QStandardItem("")])  # shows the expand arrow
    for key, item in nodes.items():  # the counts beside publications, years and months
        parent = item.parent() or root
        parent.child(item.row(), 1).setText(str(counts[key]))


def fill_pages(issue_item: QStandardItem, pages: list[dict]) -> None:
    """Put an issue's pages (Archive.pages(issue_id)) under it, in place of the placeholder."""
    if not issue_item.data(PendingRole):
        return
    issue_item.setData(False, PendingRole)
    issue_item.removeRows(0, issue_item.rowCount())
    for p in pages:
        name = f" {p['name']}" if p["name"] else ""
        if len(p["section"]) == 1 and p["section"].isascii():  # A05: as the paper prints it
            number = f"{p['section']}{p['number']:02d}"
            label = QCoreApplication.translate("BrowseTree", "%1版").replace("%1", number) + name
        else:
            label = QCoreApplication.translate("BrowseTree", "第%1版").replace("%1", str(p["number"])) + name
        issue_item.appendRow([_item(label, {"page_id": p["id"]}), _count(p["articles"])])


def _item(text: str, scope: dict) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(scope, ScopeRole)
    return item


def _count(n: int) -> QStandardItem:
    item = QStandardItem(str(n))
    item.setEditable(False)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
