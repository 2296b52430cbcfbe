"""What the window lets this user do, from the open archive's rights (core.store.rights): a control
whose action the archive would refuse (a read-only file; a server whose roles do not allow it) is
disabled, with a tooltip saying why, rather than refused after the user has done the work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.store.rights import COLLECT, DELETE, EDIT, IMPORT  # noqa: F401 (the kinds, for the window's parts)


translate = QCoreApplication.translate  # under this name, lupdate extracts the calls
OWN_TIP = "baoku_own_tooltip"  # a control's tooltip when it is allowed


def may(session, kind: str) -> bool:
    """Whether the open archive lets this user take an action of `kind`."""
    return session.is_open and session.rights.may(kind)


def why_not(session, kind: str) -> str:
    """Why an action of `kind` is disabled, in the window's language ("" when it is not)."""
    if may(session, kind) or not session.is_open:
        return ""
    if session.rights.read_only:
        return translate("Permits", "档案是以只读方式打开的，不能改动。")
    if kind == COLLECT:
        return translate("Permits", "你在服务器上的角色不能改专题和批注：这是编辑的权限，需要时请档案的管理员授予。")
    return {IMPORT: translate("Permits", "你在服务器上的角色不能导入：这是档案员的权限，需要时请档案的管理员授予。"),
            EDIT: translate("Permits", "你在服务器上的角色不能修改文章和版面的记录：这是档案员的权限，需要时请档案的管理员授予。"),
            DELETE: translate("Permits", "你在服务器上的角色不能删除或恢复：这是档案员的权限，需要时请档案的管理员授予。")}[kind]


def allow(target, session, kind: str, also: bool = True, tip: str = "") -> bool:
    """Enable `target` (a widget, an action, a menu) where this user may and `also` holds; where the
    archive would refuse it, disable it and say why in its tooltip (else its own tooltip, or `tip`).
    Returns whether it is enabled."""
    allowed = may(session, kind)
    enabled = allowed and also
    own = target.property(OWN_TIP)
    if own is None:  # the control's own tooltip, said again once it is allowed (another archive opened)
        own = tip or target.toolTip()
        target.setProperty(OWN_TIP, own)
    said = own if allowed else why_not(session, kind)
    if hasattr(target, "menuAction"):  # a submenu: its entry in the parent menu
        target.menuAction().setEnabled(enabled)
        target.menuAction().setToolTip(said)
    target.setEnabled(enabled)
    target.setToolTip(said)
    return enabled
