"""Tables and listings (a weather table, stock quotes) on pages set by hand as the recogniser reads
them: a table's cells, set a wide space apart, are read as pieces, and its text is read along its
rows, as printed, not down its columns of cells."""

from __future__ import annotations

import numpy as np

from .test_layout_parting import TEXT, _articles, column, line

ROWS = [("城市", "今天夜间", "气温"), ("北京", "晴", "５～１９"), ("上海", "小雨", "１１～１７"), ("广州", "雷阵雨", "１９～２６"),
        ("武汉", "多云", "１０～２０"), ("成都", "阴", "１２～１８")]


def test_a_tables_cells_are_read_along_its_rows():
    """t21, d09, t20, t18: a weather table's (or a stock table's) cells, one under another in a
    column of cells, gathered into blocks, and the table was read down its columns of cells: 城市
    北京 上海 … 今天夜间 晴 小雨 …"""
    lines = [line("小巷里的大民生", 250, 100, 56)]
    lines += column(TEXT[:130], 60, 190) + column(TEXT[130:260], 460, 190)
    lines.append(line("城市天气预报", 474, 680, 56))
    for k, row in enumerate(ROWS):
        for text, x in zip(row, (462, 590, 720)):
            lines.append(line(text, x, 770 + 44 * k, 26))
    gray = np.full((1300, 900), 255, np.uint8)
    gray[650:653, 60:840] = 0  # the rule between the story and the table
    arts = _articles(lines, gray, 900, 1300)
    table = next(a for a in arts if a.headline == "城市天气预报")
    said = "".join(table.text().split())
    assert said == "城市天气预报" + "".join("".join(r) for r in ROWS), said
