"""File → 连接服务器…: the address of a server archive, asked for in parts (host, port, database,
user, sslmode), and the recent ones to choose from. There is no password field, by design: the
password comes from ~/.pgpass or a service file, so it never sits in the window's settings."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..core.address import ServerAddress, is_server_address
from .wording import archive_name

SSLMODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")
DEFAULT_PORT = 5432


def address_of(host: str, port: int, database: str, user: str, sslmode: str) -> ServerAddress:
    """The parts as a postgresql:// address. A host that is a folder (a local socket) goes in the
    query, where libpq reads it; the default port and sslmode are left out."""
    host, database, user = host.strip(), database.strip(), user.strip()
    who = f"{quote(user, safe='')}@" if user else ""
    query = {}
    if host.startswith("/"):
        query["host"], netloc = host, ""
    else:
        netloc = quote(host, safe="")
    if port and port != DEFAULT_PORT:
        if netloc:
            netloc += f":{port}"
        else:
            query["port"] = str(port)
    if sslmode and sslmode != "prefer":
        query["sslmode"] = sslmode
    tail = "?" + urlencode(query, safe="/") if query else ""
    return ServerAddress(f"postgresql://{who}{netloc}/{quote(database, safe='')}{tail}")


def parts_of(address: str) -> dict:
    """An address's parts for the form (what it does not say, the defaults)."""
    from ..core.store.server.connection import conninfo

    try:
        given = conninfo(ServerAddress(address))
    except Exception:  # noqa: BLE001 - a malformed address: the form starts empty
        given = {}
    port = given.get("port", "")
    return {"host": given.get("host", ""), "port": int(port) if port.isdigit() else DEFAULT_PORT,
            "database": given.get("dbname", ""), "user": given.get("user", ""),
            "sslmode": given.get("sslmode", "prefer")}


class ConnectDialog(QDialog):
    def __init__(self, recent: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("连接服务器"))
        self.recent = QComboBox()
        self.recent.addItem(self.tr("（新的地址）"), "")
        for address in recent:
            if is_server_address(address):
                self.recent.addItem(archive_name(ServerAddress(address)), address)
                self.recent.setItemData(self.recent.count() - 1, ServerAddress(address).shown(),
                                        Qt.ItemDataRole.ToolTipRole)
        self.recent.currentIndexChanged.connect(self._fill_from_recent)
        self.host = QLineEdit(placeholderText=self.tr("服务器名称或地址，例如 db.example.org"))
        self.port = QSpinBox(minimum=1, maximum=65535, value=DEFAULT_PORT)
        self.database = QLineEdit(placeholderText=self.tr("数据库名，例如 baoku"))
        self.user = QLineEdit(placeholderText=self.tr("用户名"))
        self.sslmode = QComboBox()
        for mode in SSLMODES:
            self.sslmode.addItem(mode, mode)
        note = QLabel(self.tr("这里不输入密码：报库从 ~/.pgpass 或 PostgreSQL 的服务文件读取密码，"
                              "设置里只记住地址，不记密码。"))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("最近连接："), self.recent)
        form.addRow(self.tr("服务器："), self.host)
        form.addRow(self.tr("端口："), self.port)
        form.addRow(self.tr("数据库："), self.database)
        form.addRow(self.tr("用户："), self.user)
        form.addRow(self.tr("SSL 模式："), self.sslmode)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("连接"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.host, self.database):
            edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if self.recent.count() > 1:
            self.recent.setCurrentIndex(1)
        self._update()

    def _fill_from_recent(self) -> None:
        address = self.recent.currentData()
        if not address:
            return
        parts = parts_of(address)
        self.host.setText(parts["host"])
        self.port.setValue(parts["port"])
        self.database.setText(parts["database"])
        self.user.setText(parts["user"])
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(parts["sslmode"]), 0))

    def _update(self) -> None:
        ok = bool(self.host.text().strip() and self.database.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def address(self) -> ServerAddress:
        return address_of(self.host.text(), self.port.value(), self.database.text(), self.user.text(),
                          self.sslmode.currentData())
