"""The import preview for page text: each page's proposed articles, the doubtful boundaries marked,
and split, merge and retitle, one action each (buttons and keys), before anything is stored.

The pages are core `PageReview`s (core/importing/review.py); this dialog only shows them and calls
their split/merge/retitle. Accepted, `reviewed()` is what the import stores, page for page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..core.importing.review import PageReview
from .codedwords import problem_words
from .screenfit import fit_to_screen

DOUBT = QColor("#b35900")
ARTICLE, LINE = 0, 1
ROLE = Qt.ItemDataRole.UserRole


class ImportReviewDialog(QDialog):
    """Pages on the left; the selected page's proposed articles (and their lines) on the right."""

    def __init__(self, pages: list[PageReview], problems: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.pages_ = pages
        self.setWindowTitle(self.tr("导入预览"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pages = QListWidget()
        self.pages.currentRowChanged.connect(lambda _: self.show_page())
        self.tree = QTreeWidget()
        # The kind of each row (an article, or a line's role: 标题, 正文…) and, for an article, its lines.
        self.tree.setHeaderLabels([self.tr("拟分的文章与各行"), self.tr("类别"), self.tr("行数")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.split_button = QPushButton(self.tr("在此处拆分 (S)"))
        self.merge_button = QPushButton(self.tr("与下一篇合并 (M)"))
        self.retitle_button = QPushButton(self.tr("改标题 (F2)"))
        self.next_button = QPushButton(self.tr("下一处存疑 (F8)"))
        actions = ((self.split_button, self.split, "S"), (self.merge_button, self.merge, "M"),
                   (self.retitle_button, self.retitle, "F2"), (self.next_button, self.next_doubt, "F8"))
        row = QHBoxLayout()
        self._keys = {}
        for button, slot, key in actions:
            button.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, activated=slot)  # from anywhere in the dialog
            self._keys[QKeySequence(key)[0].key()] = slot
            row.addWidget(button)
        self.tree.installEventFilter(self)  # the list's own type-to-search would take the letters
        row.addStretch(1)
        self.split_button.setToolTip(self.tr("从选中的行起另成一篇"))
        self.merge_button.setToolTip(self.tr("把下一篇接在选中的文章后面，其标题成为小标题"))
        self.retitle_button.setToolTip(self.tr("给选中的文章另定标题（原文不变）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QSplitter(Qt.Orientation.Horizontal)
        right.addWidget(self.pages)
        right.addWidget(self.tree)
        right.setStretchFactor(1, 3)
        right.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(right, 1)
        layout.addLayout(row)
        if problems:
            bad = QLabel(self.tr("无法导入：%1").replace("%1", "\n".join(map(problem_words, problems[:3]))))
            bad.setStyleSheet("color:#b00020")
            bad.setWordWrap(True)
            layout.addWidget(bad)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 640)
        self._fill_pages()
        first = next((i for i, p in enumerate(pages) if p.worth_a_look()), 0)
        self.pages.setCurrentRow(first)
        self.show_page()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() and event.key() in self._keys:
            self._keys[event.key()]()
            return True
        return super().eventFilter(watched, event)

    # -- what is shown -------------------------------------------------------------------------------

    def _fill_pages(self) -> None:
        row = self.pages.currentRow()
        self.pages.blockSignals(True)
        self.pages.clear()
        for p in self.pages_:
            n = len(p.articles())
            mark = "✎ " if p.edits else ("⚠ " if p.worth_a_look() else "")
            item = QListWidgetItem(f"{mark}{p.reading.info.label} · " + self.tr("%n 篇", "", n)
                                   + f" · {Path(p.name).name}")
            item.setToolTip(p.name)
            if p.worth_a_look():
                item.setForeground(QBrush(DOUBT))
                item.setToolTip(self.tr("此版有存疑的分界，值得一看"))
            self.pages.addItem(item)
        self.pages.setCurrentRow(max(row, 0))
        self.pages.blockSignals(False)
        look = sum(p.worth_a_look() for p in self.pages_)
        articles = sum(len(p.articles()) for p in self.pages_)
        text = self.tr("%1 个版面，共 %2 篇文章。").replace("%1", str(len(self.pages_))).replace("%2", str(articles))
        if look:
            text += self.tr("%n 个版面值得一看：⚠ 标出拿不准的分界。", "", look)
        self.summary.setText(text + self.tr("选中一行可在此拆分，选中一篇可与下一篇合并或改标题；确认后按此导入。"))

    def current(self) -> PageReview | None:
        row = self.pages.currentRow()
        return self.pages_[row] if 0 <= row < len(self.pages_) else None

    def show_page(self, select: tuple[int, int] | None = None) -> None:
        page = self.current()
        self.tree.clear()
        if page is None:
            return
        roles = self._role_names()
        for k, art in enumerate(page.articles()):
            title = art.title if art.headed else self.tr("（无题）") + " " + art.title
            top = QTreeWidgetItem([f"{k + 1}. {title}", self.tr("一篇文章"), str(art.end - art.first)])
            top.setData(0, ROLE, (ARTICLE, k))
            top.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if art.doubt is not None:
                top.setText(0, "⚠ " + top.text(0))
                top.setText(1, self.tr("分界存疑 %1").replace("%1", f"{art.doubt:.1f}") + " · " + top.text(1))
                for column in (0, 1):
                    top.setForeground(column, QBrush(DOUBT))
                top.setToolTip(0, self.tr("分界存疑（差值 %1）：这里另起一篇，把握不大").replace("%1", f"{art.doubt:.1f}"))
            for i in range(art.first, art.end):
                line = page.lines[i]
                child = QTreeWidgetItem([line.text[:80], roles.get(line.role, line.role)])
                child.setData(0, ROLE, (LINE, i))
                if i != art.first and page.doubtful(i):
                    child.setText(0, "⚠ " + child.text(0))
                    child.setText(1, self.tr("也许另起 %1").replace("%1", f"{abs(page.reading.margins[i]):.1f}")
                                  + " · " + child.text(1))
                    for column in (0, 1):
                        child.setForeground(column, QBrush(DOUBT))
                    child.setToolTip(0, self.tr("这里也许另起一篇（差值 %1）").replace(
                        "%1", f"{abs(page.reading.margins[i]):.1f}"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(art.doubt is not None or any(page.doubtful(i) for i in range(art.first + 1, art.end)))
        self._select(select or (ARTICLE, 0))

    def _select(self, key: tuple[int, int]) -> None:
        for k in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(k)
            for item in [top] + [top.child(j) for j in range(top.childCount())]:
                if _key(item) == key:
                    self.tree.setCurrentItem(item)
                    return

    def _selected(self) -> tuple[int, int] | None:
        item = self.tree.currentItem()
        return _key(item) if item is not None else None

    def _enable(self) -> None:
        key, page = self._selected(), self.current()
        line = key is not None and key[0] == LINE and page is not None and not page.lines[key[1]].start \
            and key[1] > 0
        self.split_button.setEnabled(bool(line))
        article = page.article_of(key[1]) if key and key[0] == LINE and page else (key[1] if key else -1)
        self.merge_button.setEnabled(page is not None and 0 <= article < len(page.starts()) - 1)
        self.retitle_button.setEnabled(page is not None and article >= 0)

    def _role_names(self) -> dict[str, str]:
        return {"column": self.tr("栏目"), "kicker": self.tr("引题"), "headline": self.tr("主题"),
                "subhead": self.tr("副题"), "byline": self.tr("作者"), "body": self.tr("正文"),
                "caption": self.tr("图片说明"), "signature": self.tr("落款"), "subheading": self.tr("小标题"),
                "box": self.tr("表格/服务信息"), "note": self.tr("按语/链接")}

    # -- the archivist's fixes -----------------------------------------------------------------------

    def split(self) -> None:
        """The selected line starts a new article."""
        key, page = self._selected(), self.current()
        if page is None or key is None or key[0] != LINE or page.lines[key[1]].start or key[1] == 0:
            return
        page.split(key[1])
        self._changed((ARTICLE, page.article_of(key[1])))

    def merge(self) -> None:
        """The next article joins the selected one."""
        key, page = self._selected(), self.current()
        if page is None or key is None:
            return
        k = page.article_of(key[1]) if key[0] == LINE else key[1]
        if not 0 <= k < len(page.starts()) - 1:
            return
        page.merge(k)
        self._changed((ARTICLE, k))

    def retitle(self) -> None:
        """Give the selected article a headline of the archivist's choosing."""
        key, page = self._selected(), self.current()
        if page is None or key is None:
            return
        k = page.article_of(key[1]) if key[0] == LINE else key[1]
        art = page.articles()[k]
        text, ok = QInputDialog.getText(self, self.tr("改标题"), self.tr("这篇文章的主题："),
                                        text=art.title if art.headed else "")
        if ok and text.strip():
            page.retitle(k, text)
            self._changed((ARTICLE, k))

    def next_doubt(self) -> None:
        """Select the next doubtful boundary of this page (then of the next pages)."""
        key = self._selected() or (ARTICLE, -1)
        page = self.current()
        if page is None:
            return
        at = page.starts()[key[1]] if key[0] == ARTICLE and key[1] >= 0 else key[1]
        later = [i for i in range(at + 1, len(page.lines)) if page.doubtful(i)]
        if later:
            i = later[0]
            self._select((ARTICLE, page.article_of(i)) if page.lines[i].start else (LINE, i))
            return
        row = self.pages.currentRow()
        nxt = next((r for r in range(row + 1, len(self.pages_)) if self.pages_[r].worth_a_look()), None)
        if nxt is not None:
            self.pages.setCurrentRow(nxt)

    def _changed(self, select: tuple[int, int]) -> None:
        self._fill_pages()
        self.show_page(select)

    def reviewed(self) -> dict:
        """What the import stores: each page as it stands here, by its file's SHA-256."""
        return {p.digest: p.parsed() for p in self.pages_}


def _key(item: QTreeWidgetItem) -> tuple[int, int]:
    """(ARTICLE, k) or (LINE, i): what a row of the tree stands for (Qt hands tuples back as lists)."""
    kind, n = item.data(0, ROLE)
    return kind, n
