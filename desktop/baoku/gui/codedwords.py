"""The core's coded messages (core/coded.py) in the window's language: what the command line says
in English naming its options, the window says naming its own buttons and dialogs. A message with
no code here is shown as the core wrote it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import QObject


def fill(text: str, *values: object) -> str:
    """%1, %2, … replaced by the values, in order."""
    for i, v in reversed(list(enumerate(values, 1))):  # %10 before %1
        text = text.replace(f"%{i}", str(v))
    return text


class CodedWords(QObject):
    """Each code's wording (a QObject so that lupdate sees each count as a plural), built when
    asked, so each text is in the language the window speaks now."""

    def field(self, name: str) -> str:
        return {"publication": self.tr("报纸名"), "date": self.tr("出版日期"), "page": self.tr("所在版次")}.get(name, name)

    def layers(self, p: dict) -> str:
        said = []
        for name, n in ((self.tr("词语层（Whoosh）"), p["words"]), (self.tr("精确层（FTS5）"), p["recall"])):
            if n != p["recorded"]:
                said.append(fill(self.tr("%1缺失或已损坏"), name) if n < 0 else fill(self.tr("%1有 %2 条"), name, n))
        return self.tr("，").join(said)

    def no_metadata(self, p: dict) -> str:
        where = fill(self.tr("%1："), p["where"]) if p["where"] else ""
        missing = fill(self.tr("缺少%1，文字里也没有。"), self.tr("、").join(map(self.field, p["missing"].split(", "))))
        return where + missing + self.tr("请在导入对话框里填写报名、日期和版次，或在文件旁放一个同名的说明文件（.json 或 .yaml）。")

    def counted(self, tables: list) -> str:
        """What a migrate names by table, counted."""
        words = {"page_scan": self.tr("扫描版面"), "scan_line": self.tr("识别行"), "facsimile": self.tr("原版图"),
                 "layout_block": self.tr("版面区块"), "layout_edit": self.tr("版面修改"),
                 "saved_search": self.tr("保存的检索"), "history_step": self.tr("撤销记录"), "audit": self.tr("审计日志")}
        return self.tr("、").join(fill(self.tr("%1（%2）"), words.get(t, t), n) for t, n in tables)

    def other_format(self, p: dict) -> str:
        """A file of a format that is not page text (core/importing/otherformats.py)."""
        names = {"png": self.tr("PNG 图像"), "jpeg": self.tr("JPEG 图像"), "tiff": self.tr("TIFF 图像"),
                 "webp": self.tr("WebP 图像"), "jp2": self.tr("JPEG 2000 图像"), "gif": self.tr("GIF 图像"),
                 "bmp": self.tr("BMP 图像"), "pdf": self.tr("PDF 文件"), "zip": self.tr("ZIP 压缩包"),
                 "docx": self.tr("Word 文档（.docx）"), "xlsx": self.tr("Excel 表格（.xlsx）"),
                 "pptx": self.tr("PowerPoint 演示文稿（.pptx）"), "odf": self.tr("OpenDocument 文件"),
                 "epub": self.tr("EPUB 电子书"), "office_old": self.tr("旧版 Office 文档（.doc、.xls）"),
                 "rtf": self.tr("RTF 文档"), "html": self.tr("网页（HTML）"), "gzip": self.tr("gzip 压缩文件"),
                 "7z": self.tr("7-Zip 压缩包"), "rar": self.tr("RAR 压缩包"), "video": self.tr("视频")}
        what = names.get(p["format"], p["format"])
        if p.get("rename"):
            return fill(self.tr("这是%1，不是文本：把文件名的扩展名改成 %2 再导入。"), what, p["rename"])
        if p["format"] in ("gif", "bmp"):
            return fill(self.tr("这是%1，不是文本。报库读取 PNG、JPEG、TIFF、WebP 或 JPEG 2000 的版面图像，请先转换格式。"), what)
        if p["format"] in ("gzip", "7z", "rar"):
            return fill(self.tr("这是%1，不是文本：请先解压，再导入里面的文件。"), what)
        if p["format"] == "video":
            return fill(self.tr("这是%1，不是文本，里面没有可导入的内容。"), what)
        return fill(self.tr("这是%1，不是纯文本：请另存为纯文本（.txt）或 PDF 再导入。"), what)

    def unreadable(self, p: dict) -> str:
        """Why a whole file cannot be read; the file is named on the line above."""
        said = {
            "empty": lambda: self.tr("文件是空的。"),
            "no_text": lambda: self.tr("文件里没有文字。"),
            "binary": lambda: fill(self.tr("看来是二进制文件，不是文本（有 %1 个控制字符）。"), p["controls"]),
            "nul_bytes": lambda: self.tr("文件里有空字节（NUL），按 UTF-16 或 UTF-8 都读不成文本：看来是二进制文件，不是文本。"),
            "truncated": lambda: (fill(self.tr("文件在一个 %1 字符的中间结束，看来被截断了。"), p["encoding"].strip())
                                  if p["encoding"].strip() else self.tr("文件在一个字符的中间结束，看来被截断了。")),
            "undecodable": lambda: fill(self.tr("无法按 UTF-8（第 %1 个字节出错）、GB18030 或 Big5（及 HKSCS、cp950）读出这个"
                                                "文件：它可能被截断、混用了几种编码，或者不是文本。"), p["at"]),
            "not_pdf": lambda: self.tr("不是 PDF 文件（没有 %PDF 文件头）。"),
            "pdf_encrypted": lambda: self.tr("这个 PDF 有密码保护，请先去掉密码再导入。"),
            "pdf_no_pages": lambda: self.tr("这个 PDF 没有页面。"),
            "pdf_damaged": lambda: fill(self.tr("PDF 文件已损坏（%1）。"), p["detail"]),
            "no_text_on_image": lambda: self.tr("版面图像上没有找到文字。"),
            "image_bomb": lambda: fill(self.tr("图像有 %1 像素，超过 %2 像素的上限（可能是“解压炸弹”），没有读取。"),
                                       f"{p['pixels']:,}", f"{p['limit']:,}"),
            "image_unknown": lambda: self.tr("不是报库能读取的图像（PNG、JPEG、TIFF、WebP 或 JPEG 2000），虽然文件名像图像。"),
            "image_damaged": lambda: (self.tr("图像已损坏，无法读取（文件不完整）。") if p["cut"] else
                                      fill(self.tr("图像已损坏，无法读取（%1）。"), p["detail"])),
            "page_too_large": lambda: fill(self.tr("%1为 %2×%3 像素，超过版面 %4 像素的上限。"), self.image(p),
                                           p["width"], p["height"], f"{p['limit']:,}"),
            "page_too_small": lambda: fill(self.tr("%1为 %2×%3 像素，太小或太窄，不像报纸版面。"), self.image(p),
                                           p["width"], p["height"]),
            "image_blank": lambda: (self.tr("版面是空白的（图像上没有墨迹），没有可识别的文字。") if p["pages"] == 1 else
                                    self.tr("%n 页都是空白的（图像上没有墨迹），没有可识别的文字。", "", p["pages"])),
            "other_format": lambda: self.other_format(p),
            "folder_gone": lambda: fill(self.tr("导入开始以后，这个文件夹不见了（磁盘被拔出、网络共享断开或文件夹被移走），"
                                                "其中剩下的 %1 项没有读取。请重新连接后再导入一次（已导入的会跳过）。"), p["left"]),
            "not_importable": lambda: fill(self.tr("不是能导入的格式（%1）。"),
                                           self.tr("没有扩展名") if p["suffix"] == "no extension" else p["suffix"]),
        }[p["kind"]]()
        return fill(self.tr("%1：%2"), p["where"], said) if p.get("where") else said

    def image(self, p: dict) -> str:
        """The image, or which page of a file of several."""
        return fill(self.tr("第 %1 页"), p["page"]) if p.get("page") else self.tr("图像")

    def cannot_write(self, p: dict) -> str:
        why = {"permission": self.tr("没有在这里写入的权限。"), "read_only": self.tr("磁盘是只读的。"),
               "not_folder": fill(self.tr("路径中的“%1”是文件，不是文件夹。"), p.get("blocker", "")),
               "too_long": self.tr("文件名太长。"), "disk_full": self.tr("磁盘已满。")}.get(p["kind"], p["reason"])
        said = self.tr("无法写入副本 %1：%2") if p.get("copy") else self.tr("无法写入 %1：%2")
        return fill(said, p["path"], why)

    def wording(self) -> dict[str, Callable[[dict], str]]:
        return {
            "no_archive": lambda p: fill(self.tr("%1 处没有档案。"), p["path"]),
            "no_paper": lambda p: fill(self.tr("档案里没有报纸“%1”（可能已被删除）。"), p["name"]),
            "no_collection": lambda p: fill(self.tr("没有名为“%1”的专题（可能已被删除或改名）。"), p["name"]),
            "no_trash_entry": lambda p: fill(self.tr("回收站里没有第 %1 项（可能已被清空）。"), p["id"]),
            "cannot_write": self.cannot_write,
            "unreadable": self.unreadable,
            "backup_exists": lambda p: fill(self.tr("%1 已存在，请换一个文件名。"), p["path"]),
            "restore_newer": lambda p: fill(self.tr("%1 里有这份备份之后的改动，恢复会把它们丢掉。请先备份当前档案。"), p["path"]),
            "split_at_start": lambda p: self.tr("这一行是文章的开头，在这里拆分，前一篇就没有正文了：请选正文中间的一行。"),
            "split_no_body": lambda p: self.tr("这一行之后没有正文，拆出来的一篇会只有标题：请选更靠前的一行。"),
            "split_line_unmatched": lambda p: fill(self.tr("第 %1 行的文字在文章里找不到，请先改正这一行再拆分。"), p["line"]),
            "merge_itself": lambda p: self.tr("不能把文章并入它自己：请选另一篇。"),
            "clip_outside": lambda p: fill(self.tr("所选的框在版面之外（版面为 %1×%2 像素）。"), p["width"], p["height"]),
            "clip_too_small": lambda p: fill(self.tr("所选的框太小（在版面上至少 %1×%1 像素）。"), p["side"]),
            "line_text_missing": lambda p: fill(self.tr("第 %1 行的文字在文章的段落里找不到，请改整段文字。"), p["line"]),
            "line_text_repeated": lambda p: fill(self.tr("第 %1 行的文字在文章的段落里不止一处，请改整段文字。"), p["line"]),
            "name_not_utf8": lambda p: (fill(self.tr("文件名不是 UTF-8 编码（这里按 %1 显示），请把文件名改成 UTF-8 再导入。"),
                                             p["encoding"]) if p["encoding"] else
                                        self.tr("文件名不是 UTF-8 编码，请把文件名改成 UTF-8 再导入。")),
            "damaged_no_backup": lambda p: fill(self.tr("档案文件 %1 已损坏（%2），没有写出备份：损坏文件的副本无法用来恢复。"
                                                        "请用更早的备份恢复档案。"), p["path"], p["reason"]),
            "file_too_big": lambda p: fill(self.tr("文件有 %1 MB，超过单个文件 %2 MB 的上限。"), p["size"], p["limit"]),
            "no_issue_metadata": self.no_metadata,
            "page_conflict": lambda p: (fill(self.tr("%1 %2 已在档案中，是从同一版面图像较早的一次识别存入的（%3 篇文章）；"
                                                     "这次识别的结果与之不同（报库读版面的方法有了改进，例如图片现在成为文章的照片）。"
                                                     "未作改动；要换成这次的识别，请点“用新版本替换这些版面”，旧的文章移入回收站，可以恢复。"),
                                             p["issue"], p["page"], len(p["headlines"])) if p.get("reread") else
                                        fill(self.tr("%1 %2 已在档案中，内容不同（%3 篇文章）；未作改动。"),
                                             p["issue"], p["page"], len(p["headlines"]))) + (fill(
                self.tr("编辑附加的批注 %1 条、专题位置 %2 个、校对 %3 处，替换时都不会丢失：批注和专题位置移到新版本，"
                        "其余随旧文章进回收站。"), p.get("notes", 0), p.get("places", 0), p.get("corrections", 0))
                if p.get("notes") or p.get("places") or p.get("corrections") else ""),
            "page_stored_elsewhere": lambda p: fill(
                self.tr("%1 %2：本版文字已在档案中（%3），可能是同一版面以另一日期或版次重复导入。"),
                p["issue"], p["page"], self.tr("；").join(p["places"][:3])),
            "index_missing": lambda p: self.tr("%n 篇文章不在搜索索引里（“修复索引”会补上）。", "", p["n"]),
            "index_stale": lambda p: self.tr("%n 篇文章在搜索索引里是旧版本（“修复索引”会更新）。", "", p["n"]),
            "index_orphaned": lambda p: self.tr("%n 篇已删除的文章还在搜索索引里（“修复索引”会移除）。", "", p["n"]),
            "index_damaged": lambda p: fill(self.tr("搜索索引与档案不一致：%1，而记录为已编入索引的有 %2 篇（“修复索引”会重建）。"),
                                            self.layers(p), p["recorded"]),
            "page_image": lambda p: {
                "none": lambda: self.tr("这个版面没有版面图像（不是从扫描图像或 PDF 导入的）。"),
                "missing": lambda: fill(self.tr("版面图像文件不见了（%1），请从备份恢复。"), p["path"]),
                "damaged": lambda: fill(self.tr("版面图像文件已损坏，无法读取（%1），请从备份恢复 %2。"),
                                        self.tr("不是图像") if p["why"] == "not an image" else p["why"], p["path"]),
            }[p["state"]](),
            "archive_moved": lambda p: fill(self.tr("档案 %1 在打开期间被移动、改名或删除（或所在的文件夹、磁盘被移走）："
                                                    "此后没有再写入，之前存入的内容随文件一起。请到它现在的位置打开。"), p["path"]),
            "foreign_database": lambda p: fill(self.tr("%1 是别的程序的 SQLite 数据库（其中有表 %2），不是报库档案；"
                                                       "没有作任何改动。请打开档案文件，或者给一个新文件名来新建档案。"),
                                               p["path"], self.tr("、").join(p["tables"][:3])
                                               + (" …" if len(p["tables"]) > 3 else "")),
            "index_link_broken": lambda p: fill(self.tr("搜索索引的文件夹 %1 是指向 %2 的符号链接，但那里无法访问（磁盘没有连接，"
                                                        "或者链接指向不存在的地方或指向自身）。请连接那个磁盘，或者删除这个链接，"
                                                        "索引会在档案旁边重新建立。档案本身没有问题。"), p["path"], p["target"]),
            "lock_blocked": lambda p: fill(self.tr("档案的锁文件 %1 无法打开（%2）。请删除这个名字下的东西（报库会重新建立锁文件）；"
                                                   "没有作任何改动。"), p["path"], p["reason"]),
            "font_missing": lambda p: fill(self.tr("报库自带的字体文件 %1 不见了，请重新安装报库。"), p["path"]),
            "font_damaged": lambda p: fill(self.tr("报库自带的字体文件 %1 已损坏，无法读取（%2），请重新安装报库。"),
                                           p["path"], p["reason"]),
            "archive_not_a_file": lambda p: fill(self.tr("%1 是%2，不是档案文件。请打开档案文件，或者给一个新文件名来新建档案。"),
                                                 p["path"], {"fifo": self.tr("命名管道"), "device": self.tr("设备"),
                                                             "socket": self.tr("套接字")}[p["kind"]]),
            "archive_newer": lambda p: fill(self.tr("%1 是更新版本的报库建立的（格式版本 %2），请先更新报库再打开。"),
                                            p["path"], p["version"]),
            "archive_read_only_empty": lambda p: fill(self.tr("%1 是只读的空文件，里面没有档案，也无法在里面新建档案；没有作任何改动。"
                                                              "请打开档案文件，或者在可写的文件夹里给一个新文件名。"), p["path"]),
            "archive_read_only_older": lambda p: fill(self.tr("%1 是只读的，格式版本（%2）比这个报库的（%3）旧。"
                                                              "请把它复制到可写的地方打开一次，报库会把它升级。"),
                                                      p["path"], p["version"], p["current"]),
            "backup_images_missing": lambda p: fill(self.tr("备份里缺少档案记录的 %n 张版面图像：它们不在图像文件夹 %1 里（被移走或删除了？）。"
                                                             "其余内容都已备份；请把图像放回原处（“检查档案”会列出它们），再备份一次。", "",
                                                             p["n"]), p["folder"]),
            "restore_images_missing": lambda p: fill(self.tr("恢复后的档案缺少它记录的 %n 张版面图像：备份旁边的 %1 里没有它们。"
                                                              "其余内容都已恢复；请把图像放到那里再恢复一次（“检查档案”会列出它们）。", "",
                                                              p["n"]), p["folder"]),
            "server_backup_damaged": lambda p: fill(self.tr("%1 不完整或已损坏（%2），无法恢复；没有作任何改动。请用另一份备份恢复。"),
                                                    p["path"], p["reason"]),
            "server_address_not_file": lambda p: fill(self.tr("%1 是服务器上档案的地址，不是档案文件。"), p["address"]),
            "server_tool_missing": lambda p: fill(self.tr("没有安装 PostgreSQL 的 %1，请先安装 postgresql-client。"), p["tool"]),
            "server_tool_failed": lambda p: fill(self.tr("服务器档案的备份或恢复没有完成：%1"), p["reason"]),
            "not_a_server_backup": lambda p: fill(self.tr("%1 不是服务器档案的备份。"), p["path"]),
            "restore_embedded_backup": lambda p: fill(self.tr("%1 是本机档案的备份，请恢复到档案文件。"), p["path"]),
            "restore_over_archive": lambda p: self.tr("服务器档案 %1 里已有 %n 篇文章，恢复会替换它们。请恢复到空数据库。", "",
                                                      p["n"]).replace("%1", p["address"]),
            "server_password_in_address": lambda p: fill(self.tr(
                "%1：服务器档案的地址里不能写密码（会留在设置和历史记录里）。请把密码放在 ~/.pgpass 或服务文件里。"), p["address"]),
            "server_foreign_database": lambda p: fill(self.tr("%1 里有别的程序的表（%2），不是报库档案；没有作任何改动。"
                                                              "请连接一个空数据库或报库的档案。"),
                                                      p["address"], self.tr("、").join(p["tables"][:3])
                                                      + (" …" if len(p["tables"]) > 3 else "")),
            "server_encoding": lambda p: fill(self.tr("%1 的数据库用 %2 编码保存文字，不是 UTF-8，存不下中文；没有作任何改动。"
                                                      "请让管理员用 UTF-8 编码建立档案的数据库。"), p["address"], p["encoding"]),
            "server_read_only": lambda p: fill(self.tr("服务器档案 %1 是只读的（%2）：可能是备用服务器，或者数据库被设为只读。"
                                                       "可以阅读和检索，但没有作任何改动。"), p["address"], p["reason"]),
            "server_cancelled": lambda p: fill(self.tr("服务器档案 %1 中止了这项操作（%2）：服务器给这个用户或数据库设的时间上限太短，"
                                                       "或者管理员取消了它；进行中的操作没有保存。请档案的管理员放宽时限。"),
                                               p["address"], p["reason"]),
            "server_connection_lost": lambda p: fill(self.tr("与服务器档案 %1 的连接断开了（%2）：服务器重新启动了，或者无法连接；"
                                                             "进行中的操作没有保存。请再试一次，报库会重新连接。"),
                                                     p["address"], p["reason"]),
            "server_unreachable": lambda p: fill(self.tr("无法连接服务器档案 %1：服务器没有运行，或者地址、用户不对"
                                                         "（服务器说：%2）。"), p["address"], p["reason"]),
            "server_role_refused": lambda p: fill(self.tr("你在服务器上的角色不允许这样做，档案没有改动。需要这项权限，"
                                                          "请档案的管理员授予（服务器说：%1）。"), p["reason"]),
            "server_cannot_import": lambda p: self.tr("你在服务器上的角色不能导入：导入是档案员的权限，需要时请档案的管理员授予。"
                                                      "没有导入任何内容。"),
            "server_schema_older": lambda p: fill(self.tr("%1 由较旧版本的报库建立（服务器格式版本 %2，本报库为 %3），这个用户无权升级它"
                                                          "（%4）。请数据库的所有者用这个版本的报库打开它一次，就会为所有用户升级；"
                                                          "没有作任何改动。"), p["address"], p["version"], p["ours"],
                                                  p["reason"]),
            "server_schema_newer": lambda p: fill(self.tr("%1 由更新版本的报库建立（服务器格式版本 %2），请先升级报库。"),
                                                  p["address"], p["version"]),
            "migrate_source_changed_since": lambda p: fill(self.tr(
                "迁移开始以后 %1 有了改动（添加或删除了内容），所以这次到 %2 的迁移无法完成，没有再复制任何内容。"
                "请把目标清空（服务器档案：删除并重新建立数据库；档案文件：删除它）后重新迁移。"), p["source"], p["dest"]),
            "migrate_same_kind": lambda p: fill(self.tr("%1 和 %2 是同一种档案；迁移只能在档案文件和服务器档案之间进行。"),
                                                p["source"], p["dest"]),
            "migrate_would_lose": lambda p: fill(self.tr("%1 里有服务器档案暂时还不能保存的内容（%2），迁移会丢失它们，所以什么也没有复制。"),
                                                 p["source"], self.counted(p["lost"])),
            "migrate_not_empty": lambda p: self.tr("%1 里已有 %n 篇文章，请迁移到新的档案文件或空的数据库。", "",
                                                   p["n"]).replace("%1", p["dest"]),
            "migrate_other_source": lambda p: fill(self.tr("%1 里有一次从 %2 开始、尚未完成的迁移，不是从 %3。"),
                                                   p["dest"], p["other"], p["source"]),
            "migrate_left": lambda p: fill(self.tr("留在 %1 的：%2"), p["source"], self.counted(p["left"])),
            "migrate_source_changed": lambda p: fill(self.tr("复制后 %1 表在 %2 和 %3 之间不一致：迁移期间源档案被修改了。请重新迁移到空的目标。"),
                                                     p["table"], p["source"], p["dest"]),
            "image_store_unset": lambda p: fill(self.tr("服务器档案 %1 还没有指定存放版面图像的文件夹，请档案的所有者或管理员指定。"),
                                                p["address"]),
            "image_store_unreachable": lambda p: fill(
                self.tr("服务器档案 %1 的版面图像文件夹 %2 在这台电脑上无法访问，请把它挂载到这个路径。"), p["address"], p["folder"]),
            "image_store_unwritable": lambda p: fill(
                self.tr("版面图像无法写入图像文件夹 %1（%2）：%3；这一期没有存入（之前的各期已经存入）。"), p["folder"], p["reason"],
                self.tr("它所在的磁盘已满，请在那里腾出空间") if p["full"] else
                self.tr("它的位置上（或路径中）有一个同名文件占着文件夹的位置，请把那个文件移走") if p.get("blocked") else
                self.tr("请让这个用户可以写入它")),
            "scan_needs_image_store": lambda p: fill(self.tr("%1：扫描版面的图像无法保存（%2），什么也没有存入。"), p["source"],
                                                     words(p["problem"])),
            "not_on_server": lambda p: fill(self.tr("服务器上的档案（%1）暂时还不能使用这项功能，档案没有改动。"), p["address"]),
        }


def codes() -> set[str]:
    return set(CodedWords().wording())


def words(text: object) -> str:
    """`text` in the window's language when it is a coded message; else as the core wrote it."""
    code, params = getattr(text, "code", None), getattr(text, "params", None)
    if code is None or params is None:
        return str(text)
    say = CodedWords().wording().get(code)
    return say(params) if say is not None else str(text)


def problem_words(problem: object) -> str:
    """A file an import preview cannot read, as its dialog lists it: the file's name (not its
    folder) and why, in the window's language. The preview listed the command line's English with
    the whole path (`/…/江城日报_2025-03-30_第3版_副刊.txt: the file is empty`)."""
    code, params = getattr(problem, "code", None), getattr(problem, "params", None) or {}
    if code == "unreadable" and params.get("where"):
        from ..core.coded import Coded

        return words(Coded(code, **{**params, "where": PurePath(params["where"]).name}))
    return words(problem)


def error_words(error: BaseException) -> str:
    """An error's details in the window's language (its coded message), else the core's words."""
    coded = getattr(error, "coded", None)
    return words(coded) if coded is not None else str(error)
