"""The page panel: the page view under a bar (fit width, fit page, 100%, the issue's previous and
next page, the next uncertain line, correcting a line, the proofreading dialog, clipping, the
layout's blocks)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolBar, QToolButton, QVBoxLayout, QWidget

from .pageview import PageImage, PageView


class PagePanel(QWidget):
    """The page view with its bar."""

    pageRequested = Signal(int)
    editRequested = Signal(int)  # the chosen line's id: correct it
    proofRequested = Signal()  # the proofreading dialog for the article being read

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = PageView()
        self.label = QLabel()
        # The buttons sit on a tool bar, which puts those that do not fit behind its » button: the
        # bar never makes the window wider (at 1024 px the metadata panel keeps its room).
        tools = QToolBar()
        tools.setStyleSheet("QToolBar { border: 0; padding: 0; }")
        buttons = {}
        for key, text, tip in (("prev", "◀", self.tr("上一版")), ("next", "▶", self.tr("下一版")),
                               ("width", self.tr("适合宽度"), ""), ("page", self.tr("整版"), ""),
                               ("actual", "100%", self.tr("实际大小")),
                               ("unsure", self.tr("存疑行"), self.tr("下一处置信度低的行 (F4)")),
                               ("edit", self.tr("改正"), self.tr("改正选中的行 (F2)；双击一行也可")),
                               ("proof", self.tr("校对…"), self.tr("编辑段落，查看与撤销校对记录")),
                               ("clip", self.tr("剪报"), self.tr("在版面上拖出一个矩形：新建文章，或作为原版图")),
                               ("layout", self.tr("版面结构"),
                                self.tr("显示版面分析的区块与阅读顺序；把一个区块拖到另一个上，它就移到那一块之后"))):
            b = QToolButton(text=text)
            if tip:
                b.setToolTip(tip)
            tools.addWidget(b)
            buttons[key] = b
        buttons["clip"].setCheckable(True)
        buttons["layout"].setCheckable(True)
        self.buttons = buttons
        bar = QHBoxLayout()
        bar.addWidget(tools)
        # The page count and hits say what fits: the bar's buttons, not this line, set how narrow
        # the window may be.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.label, 1)
        buttons["width"].clicked.connect(lambda: self.view.fit("width"))
        buttons["page"].clicked.connect(lambda: self.view.fit("page"))
        buttons["actual"].clicked.connect(lambda: self.view.fit("actual"))
        buttons["prev"].clicked.connect(lambda: self._go(-1))
        buttons["next"].clicked.connect(lambda: self._go(1))
        buttons["unsure"].clicked.connect(lambda: self.next_uncertain(1))
        buttons["edit"].clicked.connect(self.edit_chosen)
        buttons["proof"].clicked.connect(self.proofRequested)
        buttons["clip"].toggled.connect(self.view.set_clipping)
        buttons["layout"].toggled.connect(self.view.set_layout)
        self.view.lineActivated.connect(self.editRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        # A refusal (a split at an article's first line, a merge, a clip) in full, under the bar: on
        # the bar's line at 1024×700 it read 这一行是文章的开 and stopped.
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setStyleSheet("color:#b00020")
        self.said.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.said.hide()
        layout.addWidget(self.said)
        # Why there is no page to show, where the page would be: a path runs long, the bar's line is short.
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.reason.hide()
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.view, 1)
        self.page_id: int | None = None
        self.pages: list[int] = []
        self.hit = -1
        self.article_id: int | None = None
        self.show_nothing()

    def uncertain_lines(self) -> list[dict]:
        """The uncertain lines of the page, the article being read first, in reading order."""
        unsure = [ln for ln in self.view.lines if ln.get("uncertain")]
        return sorted(unsure, key=lambda ln: ln["article_id"] != self.article_id)

    def next_uncertain(self, delta: int = 1) -> dict | None:
        """Choose (and show) the next uncertain line after the chosen one."""
        unsure = self.uncertain_lines()
        if not unsure:
            self.label.setText(self.tr("本版没有置信度低的行"))
            return None
        ids = [ln["id"] for ln in unsure]
        at = ids.index(self.view.chosen) + delta if self.view.chosen in ids else (0 if delta > 0 else -1)
        line = unsure[at % len(unsure)]
        self.view.choose_line(line["id"])
        self.label.setText(self.tr("存疑行 %1/%2：%3").replace("%1", str(at % len(unsure) + 1))
                           .replace("%2", str(len(unsure))).replace("%3", line["text"]))
        return line

    def edit_chosen(self) -> None:
        if self.view.chosen is not None:
            self.editRequested.emit(self.view.chosen)

    def say(self, text: str) -> None:
        """Say why an edit on the page was refused, whole and wrapped, until the next page or edit."""
        self.said.setText(text)
        self.said.setVisible(bool(text))

    def show_nothing(self, reason: str = "") -> None:
        """No page: the article has none, or `reason` says why it cannot be shown."""
        self.say("")
        self.page_id, self.pages, self.hit, self.article_id = None, [], -1, None
        self.view.clear()
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))
        self.view.setVisible(not reason)
        self.buttons["clip"].setChecked(False)
        self.label.setText("" if reason else self.tr("这篇文章没有版面图像"))  # (it has one, which cannot be shown)
        for b in self.buttons.values():
            b.setEnabled(False)

    def show_layers(self, layers, image: PageImage, article_id: int | None) -> None:
        self.reason.hide()
        self.say("")
        self.view.show()
        self.page_id, self.pages, self.article_id = layers.page_id, layers.pages, article_id
        chosen = self.view.chosen
        self.view.set_page(image, layers.regions, layers.hits, layers.lines, layers.blocks, layers.photos)
        if chosen in self.view.line_items:  # reloaded after a correction: the same line stays chosen
            self.view.choose_line(chosen, centre=False)
        self.view.set_current(article_id)
        self.hit = -1
        for b in self.buttons.values():
            b.setEnabled(True)
        at = self.pages.index(self.page_id) if self.page_id in self.pages else 0
        self.buttons["prev"].setEnabled(at > 0)
        self.buttons["next"].setEnabled(at < len(self.pages) - 1)
        hits = len(self.view.hit_items)
        self.label.setText(self.tr("版面 %1/%2").replace("%1", str(at + 1)).replace("%2", str(len(self.pages)))
                           + (self.tr("，%1 处命中").replace("%1", str(hits)) if hits else ""))
        self.buttons["layout"].setEnabled(bool(layers.blocks))
        if chosen is None and article_id is not None and article_id in self.view.regions \
                and self.view.mode != "page":
            self.view.centerOn(self.view.regions[article_id].rect().center())

    def step(self, delta: int) -> None:
        n = len(self.view.hit_items)
        if n:
            self.hit = (self.hit + delta) % n
            self.view.show_hit(self.hit)

    def _go(self, delta: int) -> None:
        if self.page_id in self.pages:
            at = self.pages.index(self.page_id) + delta
            if 0 <= at < len(self.pages):
                self.pageRequested.emit(self.pages[at])
