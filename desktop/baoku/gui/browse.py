"""The browse tree: publication → year → month → issue → page. Each item is a filter (a paper, a
year or month, a day, a page) that the search box shows and combines with the words there. News
agencies' wires stand apart, under their own node: agency → year → month → day, no pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..core.model import WIRE
from ..core.search.filters import Filter

FilterRole = Qt.ItemDataRole.UserRole + 2  # the Filter an item stands for (None: every article)
PendingRole = Qt.ItemDataRole.UserRole + 3  # on an issue whose pages are loaded when it is expanded
IssueRole = Qt.ItemDataRole.UserRole + 4  # an issue item's issue id
PageRole = Qt.ItemDataRole.UserRole + 5  # a page item's page id


translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


def build_tree(model: QStandardItemModel, issues: list[dict]) -> None:
    """Fill `model` from Archive.issues(). An issue's pages are loaded when it is expanded
    (fill_pages): 25 years of a daily paper are 9,000 issues but 100,000 pages."""
    model.removeRows(0, model.rowCount())  # not clear(): the view's column sizing stays as set
    if model.columnCount() != 2:
        set_headers(model)
    root = model.invisibleRootItem()
    everything = _item(translate("BrowseTree", "全部文章"), None)
    root.appendRow([everything, _count(sum(i["articles"] for i in issues))])
    nodes: dict[tuple, QStandardItem] = {}
    counts: dict[tuple, int] = {}
    wire_root: QStandardItem | None = None  # agencies' items: dated, on no page, apart from the papers
    wire_count = 0
    for issue in sorted(issues, key=lambda i: i.get("kind") == WIRE):
        pub, date = issue["publication"], issue["date"]
        year, month = date[:4], date[:7]
        keys = [(pub,), (pub, year), (pub, year, month)]
        filters = [Filter(pub), Filter(pub, year), Filter(pub, month)]
        month_name = QLocale().standaloneMonthName(int(month[5:]), QLocale.FormatType.ShortFormat)  # 9月, Sep
        labels = [pub, translate("BrowseTree", "%1年").replace("%1", year), month_name]
        parent = root
        if issue.get("kind") == WIRE:
            if wire_root is None:
                wire_root = _item(translate("BrowseTree", "通讯社稿（未见报）"), None)
                wire_root.setToolTip(translate("BrowseTree", "通讯社发来的稿件：有日期，没有版次"))
                root.appendRow([wire_root, _count(0)])
            parent = wire_root
            wire_count += issue["articles"]
        for key, where, label in zip(keys, filters, labels):
            if key not in nodes:
                item = _item(label, where)
                parent.appendRow([item, _count(0)])
                nodes[key] = item
            counts[key] = counts.get(key, 0) + issue["articles"]
            parent = nodes[key]
        edition = f" {issue['edition']}" if issue["edition"] else ""
        issue_item = _item(f"{date}{edition}", Filter(pub, date))
        issue_item.setData(issue["id"], IssueRole)
        parent.appendRow([issue_item, _count(issue["articles"])])
        if issue["pages"] and issue.get("kind") != WIRE:  # a wire day has no pages to list
            issue_item.setData(True, PendingRole)
            issue_item.appendRow([QStandardItem("…"), QStandardItem("")])  # shows the expand arrow
    for key, item in nodes.items():  # the counts beside publications, years and months
        parent = item.parent() or root
        parent.child(item.row(), 1).setText(str(counts[key]))
    if wire_root is not None:
        root.child(wire_root.row(), 1).setText(str(wire_count))


def set_headers(model: QStandardItemModel) -> None:
    model.setHorizontalHeaderLabels([translate("BrowseTree", "报纸与日期"), translate("BrowseTree", "篇数")])


def fill_pages(issue_item: QStandardItem, pages: list[dict]) -> None:
    """Put an issue's pages (Archive.pages(issue_id)) under it, in place of the placeholder."""
    if not issue_item.data(PendingRole):
        return
    issue_item.setData(False, PendingRole)
    issue_item.removeRows(0, issue_item.rowCount())
    where: Filter = issue_item.data(FilterRole)
    for p in pages:
        name = f" {p['name']}" if p["name"] else ""
        lettered = len(p["section"]) == 1 and p["section"].isascii()
        number = f"{p['section']}{p['number']:02d}" if lettered else str(p["number"])
        label = (translate("BrowseTree", "%1版") if lettered else translate("BrowseTree", "第%1版")).replace("%1", number) + name
        page = Filter(where.publication, where.date, number)
        item = _item(label, page)
        item.setData(p["id"], PageRole)
        issue_item.appendRow([item, _count(p["articles"])])


def _item(text: str, where: Filter | None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(where, FilterRole)
    item.setToolTip(where.terms() if where else text)
    return item


def _count(n: int) -> QStandardItem:
    item = QStandardItem(str(n))
    item.setEditable(False)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
