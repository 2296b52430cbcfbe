"""A query's problem in the window's language, pointing at the character (core QueryError codes)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..core.search.query import QueryError


translate = QCoreApplication.translate  # under this name, lupdate extracts the calls


def messages() -> dict[str, str]:
    """Every code of core.search.queryproblems.MESSAGES, worded for the window; {name} as in the core."""
    return {
        "empty": translate("QueryError", "检索式是空的"),
        "unclosed_quote": translate("QueryError", "引号没有配对"),
        "unmatched_close": translate("QueryError", "多了一个右括号"),
        "unexpected": translate("QueryError", "这里不该出现「{text}」"),
        "needs_term_after": translate("QueryError", "「{text}」后面缺少检索词"),
        "needs_term_before": translate("QueryError", "「{text}」前面缺少检索词"),
        "ends_early": translate("QueryError", "检索式没有写完"),
        "unclosed_paren": translate("QueryError", "括号没有闭合"),
        "empty_parens": translate("QueryError", "括号里是空的"),
        "empty_phrase": translate("QueryError", "引号里是空的"),
        "field_needs_value": translate("QueryError", "「{field}:」冒号后面要紧跟要找的内容"),
        "unknown_field": translate("QueryError", "没有「{field}:」这个字段（可用：{known}）；要找这段文字本身，请加引号"),
        "empty_value": translate("QueryError", "字段的值是空的"),
        "one_date": translate("QueryError", "{field}: 只能跟一个日期，不能是日期范围"),
        "not_a_date": translate("QueryError", "「{text}」不是日期（请写 2024、2024-09 或 2024-09-11）"),
        "not_a_real_date": translate("QueryError", "「{text}」不是真实存在的日期"),
        "range_needs_end": translate("QueryError", "日期范围至少要有一端"),
        "range_backwards": translate("QueryError", "日期范围 {text} 的终点早于起点"),
        "unknown_sort": translate("QueryError", "不认识的排序方式 {text}"),
        "one_source": translate("QueryError", "请给出一个检索式"),
        "too_deep": translate("QueryError", "检索式嵌套太深（“与”“或”“非”相互嵌套不能超过 {limit} 层）"),
        "too_long": translate("QueryError", "检索式太长（{n} 个字符，最多 {limit} 个）"),
        "too_many_terms": translate("QueryError", "检索式里的检索词太多（{n} 个，最多 {limit} 个）"),
    }


def describe(error: QueryError) -> str:
    """One line: what is wrong, and at which character."""
    text = messages().get(error.code, str(error)).format(**error.args_)
    if error.pos is None:
        return text
    return translate("QueryError", "第 %1 个字符处：%2").replace("%1", str(error.pos + 1)).replace("%2", text)


def pointed(query: str, error: QueryError) -> str:
    """The query as rich text, the character at fault marked in red (the end, when it is past it)."""
    if error.pos is None:
        return html.escape(query)
    pos = min(error.pos, len(query))
    at = query[pos:pos + 1] or "\u2002"  # past the end: mark the place the query stops
    return (html.escape(query[:pos]) + "<span style='background:#ffcdd2;color:#b00020;font-weight:bold'>"
            + html.escape(at) + "</span>" + html.escape(query[pos + 1:]))
