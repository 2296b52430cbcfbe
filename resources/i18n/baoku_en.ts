<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="90"/>
        <source>AR PL UMing（明体，正文）</source>
        <translation>AR PL UMing (Ming serif, body text)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="91"/>
        <source>Droid Sans Fallback（黑体，标题）</source>
        <translation>Droid Sans Fallback (sans, headlines)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="96"/>
        <source>报库 Baoku</source>
        <translation>Baoku 报库</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="97"/>
        <source>报纸档案：导入、检索、导出可付印的 PDF。</source>
        <translation>A newspaper archive: import, search, export print-ready PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="98"/>
        <source>随附字体（点击查看许可证）：</source>
        <translation>Bundled fonts (click for the licence):</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="103"/>
        <source>关于报库</source>
        <translation>About Baoku</translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="66"/>
        <source>导入示例版面</source>
        <translation>Importing the sample page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="80"/>
        <location filename="../../desktop/baoku/gui/archiving.py" line="143"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="81"/>
        <source>这个档案已在另一个报库窗口中打开（进程 %1）。</source>
        <translation>This archive is open in another Baoku window (process %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="83"/>
        <source>两个窗口同时修改同一个档案，各自的撤销记录和列表互不知情。建议切换到已打开的窗口。</source>
        <translation>Two windows changing one archive would each keep their own undo history and lists, unaware of the other. Switching to the window already open is advised.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="85"/>
        <source>仍然打开</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="86"/>
        <source>不打开</source>
        <translation>Do not open</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="100"/>
        <source>新建档案</source>
        <translation>New archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="100"/>
        <source>报库.db</source>
        <translation>baoku.db</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="101"/>
        <location filename="../../desktop/baoku/gui/archiving.py" line="133"/>
        <source>报库档案 (*.db)</source>
        <translation>Baoku archives (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="106"/>
        <source>打开档案</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="107"/>
        <source>报库档案 (*.db);;所有文件 (*)</source>
        <translation>Baoku archives (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="128"/>
        <source>%1-备份-%2.dump</source>
        <translation>%1-backup-%2.dump</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="129"/>
        <source>服务器档案备份 (*.dump)</source>
        <translation>Server archive backups (*.dump)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="132"/>
        <source>%1-备份-%2.db</source>
        <translation>%1-backup-%2.db</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="134"/>
        <source>备份档案</source>
        <translation>Back up archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="141"/>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="152"/>
        <source>检查档案</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="155"/>
        <source>档案完好。</source>
        <translation>The archive is sound.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="158"/>
        <source>发现 %1 个问题。</source>
        <translation>Problems found: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="159"/>
        <source>修复索引</source>
        <translation>Repair the index</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <location filename="../../desktop/baoku/gui/articles.py" line="81"/>
        <source>已保存（Ctrl+Z 撤销）</source>
        <translation>Saved (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="121"/>
        <location filename="../../desktop/baoku/gui/models.py" line="134"/>
        <source>通稿</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="121"/>
        <source>通讯社稿，未见报</source>
        <translation>A news agency's item, not printed on a page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="127"/>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="134"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="138"/>
        <source>另载于：</source>
        <translation>Also printed in:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>〔另载%1处〕</source>
        <translation>(also printed in %1 more)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="152"/>
        <source>作者</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="152"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message>
        <location filename="../../desktop/baoku/gui/browsing.py" line="96"/>
        <source>%1 %2：无此期</source>
        <translation>%1 %2: no issue that day</translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="72"/>
        <source>报纸与日期</source>
        <translation>Paper and date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="72"/>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="29"/>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="41"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="45"/>
        <source>通讯社稿（未见报）</source>
        <translation>Wire services (not printed)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="46"/>
        <source>通讯社发来的稿件：有日期，没有版次</source>
        <translation>Items news agencies sent: dated, on no page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="86"/>
        <source>%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="86"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/papersettings.py" line="126"/>
        <source>批量修改 %Ln 篇文章</source>
        <translation><numerusform>Edit %Ln article</numerusform><numerusform>Edit %Ln articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="129"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="129"/>
        <source>体裁</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="129"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="135"/>
        <source>勾选要改的项；留空表示清除。可以撤销（Ctrl+Z）。</source>
        <translation>Tick what to change; an empty field clears it. It can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="62"/>
        <source>出版设置…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="63"/>
        <source>出版周期、出版日、创刊与终刊：日历据此查缺期</source>
        <translation>Frequency, days of publication, first and last issue: the calendar's missing-issue check follows them</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="96"/>
        <source>通讯社稿：有日期，没有版次</source>
        <translation>A news agency's wire: items are dated, on no page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="110"/>
        <source>通讯社稿 · %1天有稿（蓝框）</source>
        <translation>Wire service · items on %1 days (boxed in blue)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="118"/>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="118"/>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="118"/>
        <source>双周刊</source>
        <translation>Biweekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="119"/>
        <source>月刊</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="119"/>
        <source>不定期</source>
        <translation>irregular</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="120"/>
        <source>出版周期未知</source>
        <translation>frequency unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="120"/>
        <source>每周出版</source>
        <translation>weekly</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/calendar.py" line="124"/>
        <source>在库 %n 期；按什么周期出版不知道，就看不出缺期：请在“出版设置…”里设定</source>
        <translation><numerusform>%n issue held; with no frequency set, missing issues cannot be told: set it in Schedule…</numerusform><numerusform>%n issues held; with no frequency set, missing issues cannot be told: set it in Schedule…</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="130"/>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/calendar.py" line="137"/>
        <source>在库 %n 期，不缺期</source>
        <translation><numerusform>%n issue held, none missing</numerusform><numerusform>%n issues held, none missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/calendar.py" line="138"/>
        <source>在库 %n 期，缺 %1 期</source>
        <translation><numerusform>%n issue held, %1 missing</numerusform><numerusform>%n issues held, %1 missing</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="148"/>
        <source>%1 无通讯社稿</source>
        <translation>%1: no items from this agency</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="149"/>
        <source>%1 无此期（应出而缺）</source>
        <translation>%1: no issue (one was due: missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="149"/>
        <source>%1 无此期</source>
        <translation>%1: no issue</translation>
    </message>
</context>
<context>
    <name>CodedWords</name>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="25"/>
        <source>报纸名</source>
        <translation>paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="25"/>
        <source>出版日期</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="25"/>
        <source>所在版次</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="29"/>
        <source>词语层（Whoosh）</source>
        <translation>the word layer (Whoosh)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="29"/>
        <source>精确层（FTS5）</source>
        <translation>the recall layer (FTS5)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="31"/>
        <source>%1缺失或已损坏</source>
        <translation>%1 is missing or damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="31"/>
        <source>%1有 %2 条</source>
        <translation>%1 holds %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="32"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="35"/>
        <source>%1：</source>
        <translation>%1: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="36"/>
        <source>缺少%1，文字里也没有。</source>
        <translation>No %1 is given, and the text itself has none. </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="36"/>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="44"/>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="165"/>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="204"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="37"/>
        <source>请在导入对话框里填写报名、日期和版次，或在文件旁放一个同名的说明文件（.json 或 .yaml）。</source>
        <translation>Fill in the paper, date and page in the import dialog, or put a sidecar file of the same name (.json or .yaml) beside it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="41"/>
        <source>扫描版面</source>
        <translation>scanned pages</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="41"/>
        <source>识别行</source>
        <translation>OCR lines</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="41"/>
        <source>原版图</source>
        <translation>facsimiles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="42"/>
        <source>版面区块</source>
        <translation>layout blocks</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="42"/>
        <source>版面修改</source>
        <translation>layout corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="43"/>
        <source>保存的检索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="43"/>
        <source>撤销记录</source>
        <translation>undo steps</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="43"/>
        <source>审计日志</source>
        <translation>audit log entries</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="44"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="48"/>
        <source>PNG 图像</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="48"/>
        <source>JPEG 图像</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="48"/>
        <source>TIFF 图像</source>
        <translation>a TIFF image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="49"/>
        <source>WebP 图像</source>
        <translation>a WebP image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="49"/>
        <source>JPEG 2000 图像</source>
        <translation>a JPEG 2000 image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="49"/>
        <source>GIF 图像</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="50"/>
        <source>BMP 图像</source>
        <translation>a BMP image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="50"/>
        <source>PDF 文件</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="50"/>
        <source>ZIP 压缩包</source>
        <translation>a ZIP archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="51"/>
        <source>Word 文档（.docx）</source>
        <translation>a Word document (.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="51"/>
        <source>Excel 表格（.xlsx）</source>
        <translation>an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="52"/>
        <source>PowerPoint 演示文稿（.pptx）</source>
        <translation>a PowerPoint presentation (.pptx)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="52"/>
        <source>OpenDocument 文件</source>
        <translation>an OpenDocument file</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="53"/>
        <source>EPUB 电子书</source>
        <translation>an EPUB book</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="53"/>
        <source>旧版 Office 文档（.doc、.xls）</source>
        <translation>an old Office document (.doc, .xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="54"/>
        <source>RTF 文档</source>
        <translation>an RTF document</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="54"/>
        <source>网页（HTML）</source>
        <translation>an HTML page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="54"/>
        <source>gzip 压缩文件</source>
        <translation>a gzip-compressed file</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="55"/>
        <source>7-Zip 压缩包</source>
        <translation>a 7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="55"/>
        <source>RAR 压缩包</source>
        <translation>a RAR archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="55"/>
        <source>视频</source>
        <translation>a video</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="58"/>
        <source>这是%1，不是文本：把文件名的扩展名改成 %2 再导入。</source>
        <translation>This is %1, not text: name it %2 to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="60"/>
        <source>这是%1，不是文本。报库读取 PNG、JPEG、TIFF、WebP 或 JPEG 2000 的版面图像，请先转换格式。</source>
        <translation>This is %1, not text. Baoku reads page images in PNG, JPEG, TIFF, WebP or JPEG 2000: convert it first.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="62"/>
        <source>这是%1，不是文本：请先解压，再导入里面的文件。</source>
        <translation>This is %1, not text: unpack it and import what it holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="64"/>
        <source>这是%1，不是文本，里面没有可导入的内容。</source>
        <translation>This is %1, not text: nothing in it can be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="65"/>
        <source>这是%1，不是纯文本：请另存为纯文本（.txt）或 PDF 再导入。</source>
        <translation>This is %1, not plain text: save it as plain text (.txt) or PDF and import that.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="70"/>
        <source>文件是空的。</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="71"/>
        <source>文件里没有文字。</source>
        <translation>The file has no text.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="72"/>
        <source>看来是二进制文件，不是文本（有 %1 个控制字符）。</source>
        <translation>This looks like a binary file, not text (%1 control characters).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="73"/>
        <source>文件里有空字节（NUL），按 UTF-16 或 UTF-8 都读不成文本：看来是二进制文件，不是文本。</source>
        <translation>The file holds NUL bytes and reads as text neither in UTF-16 nor in UTF-8: it looks like a binary file, not text.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="74"/>
        <source>文件在一个 %1 字符的中间结束，看来被截断了。</source>
        <translation>The file ends in the middle of a %1 character; it looks truncated.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="75"/>
        <source>文件在一个字符的中间结束，看来被截断了。</source>
        <translation>The file ends in the middle of a character; it looks truncated.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="76"/>
        <source>无法按 UTF-8（第 %1 个字节出错）、GB18030 或 Big5（及 HKSCS、cp950）读出这个文件：它可能被截断、混用了几种编码，或者不是文本。</source>
        <translation>Cannot read this file as UTF-8 (wrong at byte %1), GB18030 or Big5 (also HKSCS and cp950): it may be truncated, mix encodings or not be text.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="78"/>
        <source>不是 PDF 文件（没有 %PDF 文件头）。</source>
        <translation>Not a PDF file (no %PDF header).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="79"/>
        <source>这个 PDF 有密码保护，请先去掉密码再导入。</source>
        <translation>The PDF is encrypted; remove the password and import it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="80"/>
        <source>这个 PDF 没有页面。</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="81"/>
        <source>PDF 文件已损坏（%1）。</source>
        <translation>The PDF is damaged (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="82"/>
        <source>版面图像上没有找到文字。</source>
        <translation>No text was found on the page image.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="83"/>
        <source>图像有 %1 像素，超过 %2 像素的上限（可能是“解压炸弹”），没有读取。</source>
        <translation>The image has %1 pixels, over the limit of %2 (a decompression bomb?); it was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="85"/>
        <source>不是报库能读取的图像（PNG、JPEG、TIFF、WebP 或 JPEG 2000），虽然文件名像图像。</source>
        <translation>Not an image Baoku can read (PNG, JPEG, TIFF, WebP or JPEG 2000), whatever its name says.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="86"/>
        <source>图像已损坏，无法读取（文件不完整）。</source>
        <translation>The image is damaged and cannot be read (the file is cut short).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="87"/>
        <source>图像已损坏，无法读取（%1）。</source>
        <translation>The image is damaged and cannot be read (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="88"/>
        <source>%1为 %2×%3 像素，超过版面 %4 像素的上限。</source>
        <translation>%1 is %2×%3 pixels, over the %4 limit for a page.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="90"/>
        <source>%1为 %2×%3 像素，太小或太窄，不像报纸版面。</source>
        <translation>%1 is %2×%3 pixels: too small or too narrow to be a newspaper page.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="92"/>
        <source>版面是空白的（图像上没有墨迹），没有可识别的文字。</source>
        <translation>The page is blank (no ink on the image): nothing to read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="93"/>
        <source>%n 页都是空白的（图像上没有墨迹），没有可识别的文字。</source>
        <translation><numerusform>The %n page is blank (no ink on the image): nothing to read.</numerusform><numerusform>All %n pages are blank (no ink on the image): nothing to read.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="95"/>
        <source>导入开始以后，这个文件夹不见了（磁盘被拔出、网络共享断开或文件夹被移走），其中剩下的 %1 项没有读取。请重新连接后再导入一次（已导入的会跳过）。</source>
        <translation>The folder is gone since the import began (a disk removed, a network share dropped, or the folder moved): the %1 entries left in it were not read. Connect it again and import it again (what was stored is skipped).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="97"/>
        <source>不是能导入的格式（%1）。</source>
        <translation>Not a format Baoku imports (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="98"/>
        <source>没有扩展名</source>
        <translation>no extension</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="100"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="104"/>
        <source>第 %1 页</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="104"/>
        <source>图像</source>
        <translation>The image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="107"/>
        <source>没有在这里写入的权限。</source>
        <translation>no permission to write there.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="107"/>
        <source>磁盘是只读的。</source>
        <translation>the disk is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="108"/>
        <source>路径中的“%1”是文件，不是文件夹。</source>
        <translation>“%1” in its path is a file, not a folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="109"/>
        <source>文件名太长。</source>
        <translation>the name is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="109"/>
        <source>磁盘已满。</source>
        <translation>the disk is full.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="110"/>
        <source>无法写入副本 %1：%2</source>
        <translation>Cannot write the copy %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="110"/>
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="115"/>
        <source>%1 处没有档案。</source>
        <translation>There is no archive at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="116"/>
        <source>档案里没有报纸“%1”（可能已被删除）。</source>
        <translation>The archive has no paper “%1” (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="117"/>
        <source>没有名为“%1”的专题（可能已被删除或改名）。</source>
        <translation>There is no collection named “%1” (it may have been deleted or renamed).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="118"/>
        <source>回收站里没有第 %1 项（可能已被清空）。</source>
        <translation>The trash has no entry %1 (it may have been emptied).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="121"/>
        <source>%1 已存在，请换一个文件名。</source>
        <translation>%1 already exists; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="122"/>
        <source>%1 里有这份备份之后的改动，恢复会把它们丢掉。请先备份当前档案。</source>
        <translation>%1 has changes made after this backup; restoring would lose them. Back up the archive as it is first.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="123"/>
        <source>这一行是文章的开头，在这里拆分，前一篇就没有正文了：请选正文中间的一行。</source>
        <translation>This line begins the article: split here and the first part would have no text. Choose a line inside the body.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="124"/>
        <source>这一行之后没有正文，拆出来的一篇会只有标题：请选更靠前的一行。</source>
        <translation>No body text follows this line: the new article would be a headline alone. Choose a line further up.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="125"/>
        <source>第 %1 行的文字在文章里找不到，请先改正这一行再拆分。</source>
        <translation>The text of line %1 is not found in the article: correct the line first, then split.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="126"/>
        <source>不能把文章并入它自己：请选另一篇。</source>
        <translation>An article cannot be merged into itself: choose another one.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="127"/>
        <source>所选的框在版面之外（版面为 %1×%2 像素）。</source>
        <translation>The box chosen lies outside the page (the page is %1×%2 pixels).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="128"/>
        <source>所选的框太小（在版面上至少 %1×%1 像素）。</source>
        <translation>The box chosen is too small (at least %1×%1 pixels on the page).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="129"/>
        <source>第 %1 行的文字在文章的段落里找不到，请改整段文字。</source>
        <translation>Line %1's text is not found in its article's paragraphs; correct the whole paragraph instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="130"/>
        <source>第 %1 行的文字在文章的段落里不止一处，请改整段文字。</source>
        <translation>Line %1's text is found more than once in its article's paragraphs; correct the whole paragraph instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="131"/>
        <source>文件名不是 UTF-8 编码（这里按 %1 显示），请把文件名改成 UTF-8 再导入。</source>
        <translation>The file's name is not UTF-8 (shown here as read in %1); rename it in UTF-8 to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="133"/>
        <source>文件名不是 UTF-8 编码，请把文件名改成 UTF-8 再导入。</source>
        <translation>The file's name is not UTF-8; rename it in UTF-8 to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="134"/>
        <source>档案文件 %1 已损坏（%2），没有写出备份：损坏文件的副本无法用来恢复。请用更早的备份恢复档案。</source>
        <translation>The archive file %1 is damaged (%2); no backup was written: a copy of a damaged file would not restore it. Restore the archive from an earlier backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="136"/>
        <source>文件有 %1 MB，超过单个文件 %2 MB 的上限。</source>
        <translation>The file is %1 MB, over the %2 MB limit for one file.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="138"/>
        <source>%1 %2 已在档案中，是从同一版面图像较早的一次识别存入的（%3 篇文章）；这次识别的结果与之不同（报库读版面的方法有了改进，例如图片现在成为文章的照片）。未作改动；要换成这次的识别，请点“用新版本替换这些版面”，旧的文章移入回收站，可以恢复。</source>
        <translation>%1 %2 is already in the archive, stored from an earlier reading of this same page image (%3 articles); this reading differs (Baoku reads pages better now: their pictures become the articles' photos, for one). Nothing was changed; to store this reading instead, click “Replace these pages with the new versions”: the earlier articles go to the trash, from where they can be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="142"/>
        <source>%1 %2 已在档案中，内容不同（%3 篇文章）；未作改动。</source>
        <translation>%1 %2 is already in the archive with different content (%3 articles); left as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="144"/>
        <source>编辑附加的批注 %1 条、专题位置 %2 个、校对 %3 处，替换时都不会丢失：批注和专题位置移到新版本，其余随旧文章进回收站。</source>
        <translation>Editors attached %1 notes, %2 collection places and %3 corrections: replacing loses none of them (notes and collection places move to the new versions, the rest goes to the trash with the old articles).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="148"/>
        <source>%1 %2：本版文字已在档案中（%3），可能是同一版面以另一日期或版次重复导入。</source>
        <translation>%1 %2: this page's text is already in the archive (%3); the same page imported again under another date or page?</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="149"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="150"/>
        <source>%n 篇文章不在搜索索引里（“修复索引”会补上）。</source>
        <translation><numerusform>%n article is missing from the search index (Repair the index adds it).</numerusform><numerusform>%n articles are missing from the search index (Repair the index adds them).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="151"/>
        <source>%n 篇文章在搜索索引里是旧版本（“修复索引”会更新）。</source>
        <translation><numerusform>%n article is indexed at an older version (Repair the index updates it).</numerusform><numerusform>%n articles are indexed at an older version (Repair the index updates them).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="152"/>
        <source>%n 篇已删除的文章还在搜索索引里（“修复索引”会移除）。</source>
        <translation><numerusform>%n deleted article is still in the search index (Repair the index removes it).</numerusform><numerusform>%n deleted articles are still in the search index (Repair the index removes them).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="153"/>
        <source>搜索索引与档案不一致：%1，而记录为已编入索引的有 %2 篇（“修复索引”会重建）。</source>
        <translation>The search index disagrees with the archive: %1, where %2 articles are recorded as indexed (Repair the index rebuilds it).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="156"/>
        <source>这个版面没有版面图像（不是从扫描图像或 PDF 导入的）。</source>
        <translation>This page has no page image (it was not imported from a scan or a PDF).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="157"/>
        <source>版面图像文件不见了（%1），请从备份恢复。</source>
        <translation>The page image file is missing (%1); restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="158"/>
        <source>版面图像文件已损坏，无法读取（%1），请从备份恢复 %2。</source>
        <translation>The page image file is damaged and cannot be read (%1); restore %2 from a backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="159"/>
        <source>不是图像</source>
        <translation>not an image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="161"/>
        <source>档案 %1 在打开期间被移动、改名或删除（或所在的文件夹、磁盘被移走）：此后没有再写入，之前存入的内容随文件一起。请到它现在的位置打开。</source>
        <translation>The archive %1 was moved, renamed or deleted while it was open (or its folder or disk was taken away): nothing more was written, and what was stored before went with the file. Open it where it is now.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="163"/>
        <source>%1 是别的程序的 SQLite 数据库（其中有表 %2），不是报库档案；没有作任何改动。请打开档案文件，或者给一个新文件名来新建档案。</source>
        <translation>%1 is another program's SQLite database (it holds the tables %2), not a Baoku archive; nothing was changed. Open an archive file, or give a new file's name to make one.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="167"/>
        <source>搜索索引的文件夹 %1 是指向 %2 的符号链接，但那里无法访问（磁盘没有连接，或者链接指向不存在的地方或指向自身）。请连接那个磁盘，或者删除这个链接，索引会在档案旁边重新建立。档案本身没有问题。</source>
        <translation>The search index's folder %1 is a symbolic link to %2, which cannot be reached (a disk not connected, or a link that leads nowhere or to itself). Connect that disk, or remove the link to have the index made again beside the archive. The archive itself is fine.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="170"/>
        <source>档案的锁文件 %1 无法打开（%2）。请删除这个名字下的东西（报库会重新建立锁文件）；没有作任何改动。</source>
        <translation>The archive's lock file %1 cannot be opened (%2). Remove what stands at that name (Baoku makes the lock file again); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="172"/>
        <source>报库自带的字体文件 %1 不见了，请重新安装报库。</source>
        <translation>Baoku's font file %1 is missing; reinstall Baoku.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="173"/>
        <source>报库自带的字体文件 %1 已损坏，无法读取（%2），请重新安装报库。</source>
        <translation>Baoku's font file %1 is damaged and cannot be read (%2); reinstall Baoku.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="175"/>
        <source>%1 是%2，不是档案文件。请打开档案文件，或者给一个新文件名来新建档案。</source>
        <translation>%1 is %2, not an archive file. Open an archive file, or give a new file's name to make one.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="176"/>
        <source>命名管道</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="176"/>
        <source>设备</source>
        <translation>a device</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="177"/>
        <source>套接字</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="178"/>
        <source>%1 是更新版本的报库建立的（格式版本 %2），请先更新报库再打开。</source>
        <translation>%1 was made by a newer Baoku (schema %2); update Baoku to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="180"/>
        <source>%1 是只读的空文件，里面没有档案，也无法在里面新建档案；没有作任何改动。请打开档案文件，或者在可写的文件夹里给一个新文件名。</source>
        <translation>%1 is an empty read-only file: it holds no archive and none can be made in it; nothing was changed. Open an archive file, or give a new file's name in a folder you can write.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="182"/>
        <source>%1 是只读的，格式版本（%2）比这个报库的（%3）旧。请把它复制到可写的地方打开一次，报库会把它升级。</source>
        <translation>%1 is read-only and its schema (%2) is older than this Baoku's (%3). Copy it somewhere you can write and open it once there: Baoku upgrades it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="185"/>
        <source>备份里缺少档案记录的 %n 张版面图像：它们不在图像文件夹 %1 里（被移走或删除了？）。其余内容都已备份；请把图像放回原处（“检查档案”会列出它们），再备份一次。</source>
        <translation><numerusform>The backup lacks %n page image that the archive records: it is not in the image folder %1 (moved or deleted?). Everything else is backed up; put the image back (Check Archive lists it) and back up again.</numerusform><numerusform>The backup lacks %n page images that the archive records: they are not in the image folder %1 (moved or deleted?). Everything else is backed up; put the images back (Check Archive lists them) and back up again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="188"/>
        <source>恢复后的档案缺少它记录的 %n 张版面图像：备份旁边的 %1 里没有它们。其余内容都已恢复；请把图像放到那里再恢复一次（“检查档案”会列出它们）。</source>
        <translation><numerusform>The restored archive lacks %n page image that it records: it was not beside the backup, in %1. Everything else is restored; put it there and restore again (Check Archive lists it).</numerusform><numerusform>The restored archive lacks %n page images that it records: they were not beside the backup, in %1. Everything else is restored; put them there and restore again (Check Archive lists them).</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="191"/>
        <source>%1 不完整或已损坏（%2），无法恢复；没有作任何改动。请用另一份备份恢复。</source>
        <translation>%1 is cut short or damaged (%2) and cannot be restored; nothing was changed. Restore another backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="193"/>
        <source>%1 是服务器上档案的地址，不是档案文件。</source>
        <translation>%1 is the address of an archive on a server, not an archive file.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="194"/>
        <source>没有安装 PostgreSQL 的 %1，请先安装 postgresql-client。</source>
        <translation>PostgreSQL's %1 is not installed; install postgresql-client first.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="195"/>
        <source>服务器档案的备份或恢复没有完成：%1</source>
        <translation>The server archive's backup or restore did not finish: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="196"/>
        <source>%1 不是服务器档案的备份。</source>
        <translation>%1 is not a server archive's backup.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="197"/>
        <source>%1 是本机档案的备份，请恢复到档案文件。</source>
        <translation>%1 is a backup of an archive file; restore it to an archive file.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="198"/>
        <source>服务器档案 %1 里已有 %n 篇文章，恢复会替换它们。请恢复到空数据库。</source>
        <translation><numerusform>The server archive %1 holds %n article; restoring would replace it. Restore into an empty database.</numerusform><numerusform>The server archive %1 holds %n articles; restoring would replace them. Restore into an empty database.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="201"/>
        <source>%1：服务器档案的地址里不能写密码（会留在设置和历史记录里）。请把密码放在 ~/.pgpass 或服务文件里。</source>
        <translation>%1: a server archive's address holds no password (it would be kept in settings and history); put the password in ~/.pgpass or a service file.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="202"/>
        <source>%1 里有别的程序的表（%2），不是报库档案；没有作任何改动。请连接一个空数据库或报库的档案。</source>
        <translation>%1 holds another program's tables (%2), not a Baoku archive; nothing was changed. Connect to an empty database or to a Baoku archive's.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="206"/>
        <source>%1 的数据库用 %2 编码保存文字，不是 UTF-8，存不下中文；没有作任何改动。请让管理员用 UTF-8 编码建立档案的数据库。</source>
        <translation>The database of %1 stores text in %2, not UTF-8: it cannot hold Chinese, and nothing was changed. Ask the admin to make the archive's database in UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="208"/>
        <source>服务器档案 %1 是只读的（%2）：可能是备用服务器，或者数据库被设为只读。可以阅读和检索，但没有作任何改动。</source>
        <translation>The server archive %1 is read-only (%2): a standby server, or a database set read-only. It can be read and searched; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="210"/>
        <source>服务器档案 %1 中止了这项操作（%2）：服务器给这个用户或数据库设的时间上限太短，或者管理员取消了它；进行中的操作没有保存。请档案的管理员放宽时限。</source>
        <translation>The server archive %1 stopped the operation (%2): a time limit the server sets for this user or database is too short for it, or an administrator cancelled it; what was under way was not kept. Ask the archive's admin to raise the limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="213"/>
        <source>与服务器档案 %1 的连接断开了（%2）：服务器重新启动了，或者无法连接；进行中的操作没有保存。请再试一次，报库会重新连接。</source>
        <translation>The connection to the server archive %1 was lost (%2): the server restarted or cannot be reached; what was under way was not kept. Try again (Baoku connects again).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="216"/>
        <source>无法连接服务器档案 %1：服务器没有运行，或者地址、用户不对（服务器说：%2）。</source>
        <translation>Cannot connect to the server archive %1: the server is not running, or the address or user is wrong (the server said: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="218"/>
        <source>你在服务器上的角色不允许这样做，档案没有改动。需要这项权限，请档案的管理员授予（服务器说：%1）。</source>
        <translation>Your role on the server does not allow this; the archive is unchanged. If you need it, ask the archive's admin to grant it (the server said: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="220"/>
        <source>你在服务器上的角色不能导入：导入是档案员的权限，需要时请档案的管理员授予。没有导入任何内容。</source>
        <translation>Your role on the server does not allow importing: importing is an archivist's right; if you need it, ask the archive's admin to grant it. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="222"/>
        <source>%1 由较旧版本的报库建立（服务器格式版本 %2，本报库为 %3），这个用户无权升级它（%4）。请数据库的所有者用这个版本的报库打开它一次，就会为所有用户升级；没有作任何改动。</source>
        <translation>%1 was made by an older Baoku (server schema %2, this Baoku's %3), and this user may not bring it up to date (%4). The database's owner opens it once with this Baoku, which updates it for every user; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="226"/>
        <source>%1 由更新版本的报库建立（服务器格式版本 %2），请先升级报库。</source>
        <translation>%1 was made by a newer Baoku (server schema %2); update Baoku first.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="229"/>
        <source>迁移开始以后 %1 有了改动（添加或删除了内容），所以这次到 %2 的迁移无法完成，没有再复制任何内容。请把目标清空（服务器档案：删除并重新建立数据库；档案文件：删除它）后重新迁移。</source>
        <translation>%1 has changed since this move into %2 began (content was added or deleted), so the move cannot be finished and nothing more was copied. Make the destination empty again (a server archive: drop and create its database; an archive file: delete it) and move it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="231"/>
        <source>%1 和 %2 是同一种档案；迁移只能在档案文件和服务器档案之间进行。</source>
        <translation>%1 and %2 are archives of one kind; an archive moves only between a file and a server.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="233"/>
        <source>%1 里有服务器档案暂时还不能保存的内容（%2），迁移会丢失它们，所以什么也没有复制。</source>
        <translation>%1 holds what a server archive cannot keep yet (%2); moving it would lose them, so nothing was copied.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/codedwords.py" line="235"/>
        <source>%1 里已有 %n 篇文章，请迁移到新的档案文件或空的数据库。</source>
        <translation><numerusform>%1 already holds %n article; move the archive into a new archive file or an empty database.</numerusform><numerusform>%1 already holds %n articles; move the archive into a new archive file or an empty database.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="237"/>
        <source>%1 里有一次从 %2 开始、尚未完成的迁移，不是从 %3。</source>
        <translation>%1 holds an unfinished move from %2, not from %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="239"/>
        <source>留在 %1 的：%2</source>
        <translation>Left with %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="240"/>
        <source>复制后 %1 表在 %2 和 %3 之间不一致：迁移期间源档案被修改了。请重新迁移到空的目标。</source>
        <translation>After copying, the %1 table differs between %2 and %3: the source was changed during the move. Move it again into an empty destination.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="242"/>
        <source>服务器档案 %1 还没有指定存放版面图像的文件夹，请档案的所有者或管理员指定。</source>
        <translation>The server archive %1 has no folder for page images yet; its owner or an admin names one.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="245"/>
        <source>服务器档案 %1 的版面图像文件夹 %2 在这台电脑上无法访问，请把它挂载到这个路径。</source>
        <translation>The page image folder %2 of the server archive %1 cannot be reached from this computer; mount it at that path.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="247"/>
        <source>版面图像无法写入图像文件夹 %1（%2）：%3；这一期没有存入（之前的各期已经存入）。</source>
        <translation>A page image cannot be written into the image folder %1 (%2): %3; the issue was not stored (those before it are).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="248"/>
        <source>它所在的磁盘已满，请在那里腾出空间</source>
        <translation>the disk it is on is full; make room there</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="249"/>
        <source>它的位置上（或路径中）有一个同名文件占着文件夹的位置，请把那个文件移走</source>
        <translation>a file stands where a folder of it belongs; move that file away</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="250"/>
        <source>请让这个用户可以写入它</source>
        <translation>make it writable for this user</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="251"/>
        <source>%1：扫描版面的图像无法保存（%2），什么也没有存入。</source>
        <translation>%1: a scanned page's image cannot be kept (%2); nothing was stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/codedwords.py" line="253"/>
        <source>服务器上的档案（%1）暂时还不能使用这项功能，档案没有改动。</source>
        <translation>An archive on a server (%1) does not offer this yet; the archive is unchanged.</translation>
    </message>
</context>
<context>
    <name>CollectionController</name>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="94"/>
        <source>在专题里上移</source>
        <translation>Move up in the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="97"/>
        <source>在专题里下移</source>
        <translation>Move down in the collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="120"/>
        <source>加入专题</source>
        <translation>Add to collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="128"/>
        <source>新建专题…</source>
        <translation>New collection…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="148"/>
        <source>已加入专题「%1」：%Ln 篇</source>
        <translation><numerusform>Added %Ln article to “%1”</numerusform><numerusform>Added %Ln articles to “%1”</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="154"/>
        <source>先在列表里选中文章</source>
        <translation>Select articles in the list first</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="156"/>
        <source>新建专题</source>
        <translation>New collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="156"/>
        <source>专题名称：</source>
        <translation>Collection name:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="166"/>
        <source>先在专题栏点开一个专题，再选中要移动的文章</source>
        <translation>First open a collection in the Collections tab, then select the article to move</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="188"/>
        <source>列出</source>
        <translation>List its articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="189"/>
        <source>按专题顺序导出…</source>
        <translation>Export in its order…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="190"/>
        <source>复制专题的引文</source>
        <translation>Copy the collection's citations</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="193"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="194"/>
        <source>删除专题</source>
        <translation>Delete collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="208"/>
        <source>重命名专题</source>
        <translation>Rename collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="208"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="224"/>
        <source>已删除专题「%1」，其中的文章仍在档案中（Ctrl+Z 撤销）</source>
        <translation>Deleted the collection “%1”; its articles stay in the archive (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>CollectionsPane</name>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="44"/>
        <source>专题</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="44"/>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="53"/>
        <source>新建专题…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="54"/>
        <source>把选中的文章放进一个新专题</source>
        <translation>Put the selected articles into a new collection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/collectionspane.py" line="55"/>
        <source>编辑为选题汇集文章：在文章列表上右击“加入专题”。点专题列出其文章（检索式 专题:名称），右击可按专题顺序导出、复制引文、重命名或删除。</source>
        <translation>Gather articles for a story: right-click the article list, “Add to collection”. Click a collection to list its articles (the query collection:NAME); right-click it to export it in its order, copy its citations, rename or delete it.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="66"/>
        <source>连接服务器</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="68"/>
        <source>（新的地址）</source>
        <translation>(a new address)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="75"/>
        <source>服务器名称或地址，例如 db.example.org</source>
        <translation>the server's name or address, e.g. db.example.org</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="77"/>
        <source>数据库名，例如 baoku</source>
        <translation>the database's name, e.g. baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="78"/>
        <source>用户名</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="82"/>
        <source>这里不输入密码：报库从 ~/.pgpass 或 PostgreSQL 的服务文件读取密码，设置里只记住地址，不记密码。</source>
        <translation>No password here: Baoku reads it from ~/.pgpass or a PostgreSQL service file, and the settings keep the address only, never a password.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="86"/>
        <source>最近连接：</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="87"/>
        <source>服务器：</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="88"/>
        <source>端口：</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="89"/>
        <source>数据库：</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="90"/>
        <source>用户：</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="91"/>
        <source>SSL 模式：</source>
        <translation>SSL mode:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/connecting.py" line="93"/>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="34"/>
        <source>导出引文…</source>
        <translation>Export citations…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="36"/>
        <source>导出所选…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="37"/>
        <source>打印所选…</source>
        <translation>Print selected…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="43"/>
        <source>移出专题「%1」</source>
        <translation>Remove from “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="70"/>
        <source>列出这些文章</source>
        <translation>List these articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="75"/>
        <source>删除这个版面…</source>
        <translation>Delete this page…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="79"/>
        <source>本期设置（期号）…</source>
        <translation>Issue settings (number)…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="80"/>
        <source>删除这一期…</source>
        <translation>Delete this issue…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="84"/>
        <source>报纸设置…</source>
        <translation>Paper settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="88"/>
        <source>删除这份报纸…</source>
        <translation>Delete this paper…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="105"/>
        <source>把版面「%1」及其全部文章移到回收站？</source>
        <translation>Move the page “%1” and all its articles to the trash?</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="106"/>
        <source>把「%1」这一期及其全部版面和文章移到回收站？</source>
        <translation>Move the issue “%1” with all its pages and articles to the trash?</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="107"/>
        <source>把报纸「%1」的所有期、版面和文章移到回收站？</source>
        <translation>Move every issue, page and article of “%1” to the trash?</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="108"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="109"/>
        <source>可以撤销（Ctrl+Z），也可以从回收站恢复。</source>
        <translation>It can be undone (Ctrl+Z) or restored from the trash.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="110"/>
        <source>移到回收站</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="125"/>
        <source>打开这篇文章</source>
        <translation>Open this article</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/contextmenus.py" line="128"/>
        <source>删除这篇文章</source>
        <translation>Delete this article</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="68"/>
        <source>每月命中篇数</source>
        <translation>Matching articles per month</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="88"/>
        <source>检索后显示每月报道量</source>
        <translation>Coverage per month appears after a search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="105"/>
        <source>最多 %1 篇</source>
        <translation>max %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop/baoku/gui/datefield.py" line="29"/>
        <source>从日历选择</source>
        <translation>Choose from a calendar</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="37"/>
        <location filename="../../desktop/baoku/gui/editing.py" line="109"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="40"/>
        <location filename="../../desktop/baoku/gui/editing.py" line="110"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="43"/>
        <source>删除到回收站</source>
        <translation>Delete to trash</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="46"/>
        <source>复制文章和引文</source>
        <translation>Copy article with citation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="58"/>
        <source>复制引文</source>
        <translation>Copy citation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="64"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="72"/>
        <source>导出引文…</source>
        <translation>Export citations…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="49"/>
        <source>批量修改栏目、体裁、来源…</source>
        <translation>Set column, genre, source of many…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="81"/>
        <source>回收站…</source>
        <translation>Trash…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="87"/>
        <source>修改「%1」</source>
        <translation>edit of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="87"/>
        <source>删除%1</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="87"/>
        <source>恢复%1</source>
        <translation>restore %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="87"/>
        <source>批注「%1」</source>
        <translation>note on “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="88"/>
        <source>校对「%1」</source>
        <translation>correction “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="88"/>
        <source>撤销一处校对</source>
        <translation>undoing a correction</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="88"/>
        <source>剪报</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="89"/>
        <source>设原版图「%1」</source>
        <translation>facsimile of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="89"/>
        <source>拆分「%1」</source>
        <translation>split of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="89"/>
        <source>并入「%1」</source>
        <translation>merge of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="90"/>
        <source>移动区块到「%1」</source>
        <translation>block moved to “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="91"/>
        <source>加入专题「%1」</source>
        <translation>add to “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="91"/>
        <source>移出专题「%1」</source>
        <translation>Remove from “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="92"/>
        <source>删除专题「%1」</source>
        <translation>delete collection “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="92"/>
        <source>重命名专题为「%1」</source>
        <translation>rename collection to “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="93"/>
        <source>调整专题「%1」的顺序</source>
        <translation>reorder “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="93"/>
        <source>报纸设置「%1」</source>
        <translation>settings of “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="94"/>
        <source>修改期号</source>
        <translation>issue number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="94"/>
        <source>批量修改 %1 篇</source>
        <translation>edit of %1 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="109"/>
        <source>撤销 %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="110"/>
        <source>重做 %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="125"/>
        <source>已撤销：%1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="128"/>
        <source>已重做：%1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="141"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="142"/>
        <source>无法撤销「%1」：它改动的内容此后又被别人或别的程序（如命令行）改过。档案没有改动。</source>
        <translation>Cannot undo “%1”: what it changed was changed again since by someone else or another program (the command line, say). The archive was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="146"/>
        <source>没有可撤销的操作</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="168"/>
        <source>已移到回收站：%1（Ctrl+Z 撤销）</source>
        <translation>Moved to the trash: %1 (Ctrl+Z undoes)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/editing.py" line="180"/>
        <source>%Ln 篇文章</source>
        <translation><numerusform>%Ln article</numerusform><numerusform>%Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/editing.py" line="180"/>
        <source>%Ln 个版面</source>
        <translation><numerusform>%Ln page</numerusform><numerusform>%Ln pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/editing.py" line="181"/>
        <source>%Ln 期</source>
        <translation><numerusform>%Ln issue</numerusform><numerusform>%Ln issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/editing.py" line="181"/>
        <source>%Ln 份报纸</source>
        <translation><numerusform>%Ln paper</numerusform><numerusform>%Ln papers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="207"/>
        <source>引用：</source>
        <translation>Cite as: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="218"/>
        <source>已复制到剪贴板</source>
        <translation>Copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="231"/>
        <source>导出引文</source>
        <translation>Export citations</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="232"/>
        <source>引文</source>
        <translation>citations</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/editing.py" line="240"/>
        <source>已导出引文到 %1</source>
        <translation>Citations written to %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/editing.py" line="257"/>
        <source>已修改 %Ln 篇</source>
        <translation><numerusform>Changed %Ln article</numerusform><numerusform>Changed %Ln articles</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="74"/>
        <source>报库导出</source>
        <translation>Baoku export</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="75"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="81"/>
        <source>导出 %Ln 篇</source>
        <translation><numerusform>Exporting %Ln article</numerusform><numerusform>Exporting %Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="92"/>
        <source>已导出 %1（%Ln 页）</source>
        <translation><numerusform>Exported %1 (%Ln page)</numerusform><numerusform>Exported %1 (%Ln pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="92"/>
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="111"/>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="119"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="112"/>
        <source>已导出 %1，但有 %Ln 张照片的图片文件已损坏或过大，没有印出；照片说明照常印出。</source>
        <translation><numerusform>Exported %1, but the picture file of %Ln photo is damaged or too large and was not printed; its caption was printed.</numerusform><numerusform>Exported %1, but the picture files of %Ln photos are damaged or too large and were not printed; their captions were printed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="120"/>
        <source>%Ln 篇文章的原版图像缺失或已损坏，无法附原版剪报图。尚未写入任何文件。</source>
        <translation><numerusform>The page image of %Ln article is missing or damaged, so its facsimile cannot be printed. Nothing has been written yet.</numerusform><numerusform>The page images of %Ln articles are missing or damaged, so their facsimiles cannot be printed. Nothing has been written yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="125"/>
        <source>不附剪报图，继续导出</source>
        <translation>Export without those facsimiles</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exporting.py" line="43"/>
        <source>导出（%Ln 篇）</source>
        <translation><numerusform>Export (%Ln article)</numerusform><numerusform>Export (%Ln articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="45"/>
        <source>PDF（可付印）</source>
        <translation>PDF (print-ready)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="45"/>
        <source>Word 文档（DOCX）</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="46"/>
        <source>网页（HTML，单个文件）</source>
        <translation>Web page (HTML, one file)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="46"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="46"/>
        <source>纯文本</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="54"/>
        <source>单栏</source>
        <translation>One column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="54"/>
        <source>双栏</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="60"/>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="62"/>
        <source>保持原文</source>
        <translation>As stored</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="62"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="63"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="63"/>
        <source>繁体（台湾用词）</source>
        <translation>Traditional (Taiwan usage)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="64"/>
        <source>繁体（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="65"/>
        <source>出处行</source>
        <translation>Source line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="65"/>
        <source>GB/T 7714 参考文献</source>
        <translation>GB/T 7714 reference</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="66"/>
        <source>两者</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="66"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="75"/>
        <source>中文里的半角标点印成全角</source>
        <translation>Print half-width punctuation in Chinese text as full-width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="77"/>
        <source>行末标点悬挂（多数出版物不用）</source>
        <translation>Hang line-end punctuation past the measure (most publications do not)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="79"/>
        <source>裁切线和 3 毫米出血（交印刷厂）</source>
        <translation>Crop marks and 3 mm bleed (for a print shop)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="81"/>
        <source>缺字印成〓</source>
        <translation>Print 〓 for a character no font has</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="82"/>
        <source>随附字体里没有的字（如造字）印成〓，而不是停止导出</source>
        <translation>A character the bundled fonts lack (a made-up character, say) prints as 〓 instead of stopping the export</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="83"/>
        <source>扫描版文章前附原版剪报图</source>
        <translation>Print a scanned article's facsimile above its text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="86"/>
        <source>报库文章选编</source>
        <translation>Baoku article selection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="88"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="89"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="90"/>
        <source>分栏</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="91"/>
        <source>正文字号</source>
        <translation>Body size (pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="92"/>
        <source>简繁</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="93"/>
        <source>出处与引用</source>
        <translation>Source and citation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="103"/>
        <source>保存…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="163"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="104"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="94"/>
        <source>文档标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="182"/>
        <source>正在生成预览…</source>
        <translation>Making the preview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exporting.py" line="192"/>
        <source>预览：共 %Ln 页</source>
        <translation><numerusform>Preview: %Ln page</numerusform><numerusform>Preview: %Ln pages</numerusform></translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="38"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="38"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="38"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="39"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="40"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="41"/>
        <source>报纸文件 (%1);;所有文件 (*)</source>
        <translation>Newspaper files (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="47"/>
        <source>导入文件夹</source>
        <translation>Import folder</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="102"/>
        <source>导入 %1 项</source>
        <translation>Importing (items: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="120"/>
        <source>仍然导入重复的版面</source>
        <translation>Import the repeated pages anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="120"/>
        <source>这些版面的文章已全部在档案中（另一日期或版次）。若确是重复刊登，可仍然导入；已导入的文件会跳过。</source>
        <translation>Every article on these pages is already in the archive (under another date or page). If they really were printed twice, import them anyway; the files already imported are skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="123"/>
        <source>用新版本替换这些版面</source>
        <translation>Replace these pages with the new versions</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="123"/>
        <source>档案中这些版面的文章移入回收站（可以恢复），批注和专题位置移到新版本；已导入的文件会跳过。</source>
        <translation>The archive's articles of these pages go to the trash (they can be restored), and their notes and collection places move to the new versions; files already imported are skipped.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="45"/>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="52"/>
        <source>拟分的文章与各行</source>
        <translation>Proposed articles and their lines</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="52"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="52"/>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="59"/>
        <source>在此处拆分 (S)</source>
        <translation>Split here (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="60"/>
        <source>与下一篇合并 (M)</source>
        <translation>Merge with the next (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="61"/>
        <source>改标题 (F2)</source>
        <translation>Retitle (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="62"/>
        <source>下一处存疑 (F8)</source>
        <translation>Next doubtful boundary (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="74"/>
        <source>从选中的行起另成一篇</source>
        <translation>Start a new article at the selected line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="75"/>
        <source>把下一篇接在选中的文章后面，其标题成为小标题</source>
        <translation>Put the next article after the selected one; its headline becomes a subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="76"/>
        <source>给选中的文章另定标题（原文不变）</source>
        <translation>Give the selected article another headline (the printed text stays as it is)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="78"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="91"/>
        <source>无法导入：%1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/importreview.py" line="117"/>
        <source>%n 篇</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="122"/>
        <source>此版有存疑的分界，值得一看</source>
        <translation>This page has a doubtful article boundary: worth a look</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="128"/>
        <source>%1 个版面，共 %2 篇文章。</source>
        <translation>%1 pages, %2 articles in all. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/importreview.py" line="130"/>
        <source>%n 个版面值得一看：⚠ 标出拿不准的分界。</source>
        <translation><numerusform>%n page is worth a look: ⚠ marks a doubtful boundary. </numerusform><numerusform>%n pages are worth a look: ⚠ marks the doubtful boundaries. </numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="131"/>
        <source>选中一行可在此拆分，选中一篇可与下一篇合并或改标题；确认后按此导入。</source>
        <translation>Select a line to split there, or an article to merge it with the next or retitle it; Import stores exactly this.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="144"/>
        <source>（无题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="145"/>
        <source>一篇文章</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="150"/>
        <source>分界存疑 %1</source>
        <translation>doubtful %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="153"/>
        <source>分界存疑（差值 %1）：这里另起一篇，把握不大</source>
        <translation>Doubtful boundary (margin %1): a new article starts here, but not surely</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="160"/>
        <source>也许另起 %1</source>
        <translation>maybe a new one %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="164"/>
        <source>这里也许另起一篇（差值 %1）</source>
        <translation>Perhaps a new article starts here (margin %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="193"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="193"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="193"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="194"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="194"/>
        <source>作者</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="194"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="195"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="195"/>
        <source>落款</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="195"/>
        <source>小标题</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="196"/>
        <source>表格/服务信息</source>
        <translation>Table or service box</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="196"/>
        <source>按语/链接</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="226"/>
        <source>改标题</source>
        <translation>Retitle</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="226"/>
        <source>这篇文章的主题：</source>
        <translation>This article's headline:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="237"/>
        <source>导入已取消，档案未作任何改动。</source>
        <translation>Import cancelled; the archive was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="238"/>
        <source>导入 %1 个文件（新增 %2 篇文章），%3 个已在档案中跳过，%4 个失败。</source>
        <translation>Files imported: %1 (new articles: %2); already in the archive, skipped: %3; failed: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="242"/>
        <source>%1 个版面值得一看（有拿不准的文章分界）。</source>
        <translation>Pages worth a look (a doubtful article boundary): %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="246"/>
        <source>%1 个版面未导入（%2 篇文章），原因逐版列在详细信息中。</source>
        <translation>Pages not imported: %1 (%2 articles); the details say why, page by page.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="267"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="111"/>
        <source>本期设置：%1</source>
        <translation>Issue: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="113"/>
        <source>如：总第12345期</source>
        <translation>e.g. 总第12345期 (No. 12345)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="115"/>
        <source>期号</source>
        <translation>Issue number</translation>
    </message>
</context>
<context>
    <name>IssueMetadataDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="47"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="109"/>
        <source>版面信息</source>
        <translation>Page details</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="64"/>
        <source>如：民企会客厅</source>
        <translation>e.g. 民企会客厅</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="48"/>
        <source>这些文件没有写明报纸、日期和版次，请填写：</source>
        <translation>These files do not say their paper, date and page; please fill them in:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="56"/>
        <source>（请选择日期）</source>
        <translation>(choose a date)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="61"/>
        <source>（请填写）</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="66"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="96"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="67"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="98"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="68"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="100"/>
        <source>版次</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="69"/>
        <source>版名</source>
        <translation>Page name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="114"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="138"/>
        <source>请填写：%1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="120"/>
        <source>正在读取文件…</source>
        <translation>Reading the files…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="124"/>
        <source>（无题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="126"/>
        <source>将导入 %1 篇：%2</source>
        <translation>Articles to import: %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="129"/>
        <source>其中 %1 篇已在档案中：%2</source>
        <translation>Already in the archive: %1, as %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="132"/>
        <source>无法导入：%1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="158"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="177"/>
        <source>第 %1/%2 页</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="180"/>
        <source>约剩 %1</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="194"/>
        <source>%1 秒</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="195"/>
        <source>%1 分 %2 秒</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="199"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="210"/>
        <source>没有进行中的任务</source>
        <translation>No jobs running</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/baoku/gui/language.py" line="29"/>
        <source>界面语言 Language</source>
        <translation>Language 界面语言</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="61"/>
        <source>改正一行</source>
        <translation>Correct a line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="81"/>
        <source>识别结果：%1（置信度 %2%）</source>
        <translation>Read by OCR: %1 (confidence %2%)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="90"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="91"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="104"/>
        <source>服务器上的档案有了别人的改动，已经更新。</source>
        <translation>Someone else changed the archive on the server; the window shows it now.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="106"/>
        <source>与服务器的连接断开了：暂时看不到别人的改动，报库正在重新连接…</source>
        <translation>The connection to the server was lost: other users' changes are not shown until Baoku connects again…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="108"/>
        <source>又连上了服务器，已按服务器上的档案更新。</source>
        <translation>Connected to the server again; the window shows the archive as it is there.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="171"/>
        <source>保存的检索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="175"/>
        <source>浏览</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="176"/>
        <location filename="../../desktop/baoku/gui/menus.py" line="39"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="179"/>
        <location filename="../../desktop/baoku/gui/menus.py" line="79"/>
        <source>专题</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="38"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="194"/>
        <source>任务</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="43"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="44"/>
        <source>新建档案…</source>
        <translation>New archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="45"/>
        <source>打开档案…</source>
        <translation>Open archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="211"/>
        <source>最近的档案</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="32"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="56"/>
        <source>备份档案…</source>
        <translation>Back up archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="41"/>
        <source>检查档案</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="139"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="140"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="177"/>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="33"/>
        <source>导入报纸文件 (Ctrl+I)，也可以把文件拖进窗口</source>
        <translation>Import newspaper files (Ctrl+I); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="34"/>
        <source>导入文件夹…</source>
        <translation>Import folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="35"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="36"/>
        <source>把选中的文章（或整个列表）导出为 PDF、Word、网页等 (Ctrl+E)</source>
        <translation>Export the selected articles (or the whole list) as PDF, Word, a web page… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="37"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="38"/>
        <source>到检索框 (Ctrl+F)</source>
        <translation>Go to the search box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="40"/>
        <source>按日期看各期 (Ctrl+D)</source>
        <translation>Issues by date (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="42"/>
        <source>检查档案和检索索引是否完好</source>
        <translation>Check the archive and its search index</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="46"/>
        <source>连接服务器…</source>
        <translation>Connect to Server…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="54"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="60"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="62"/>
        <source>检索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="64"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="65"/>
        <source>保存当前检索…</source>
        <translation>Save this search…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="68"/>
        <source>下一处命中</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="69"/>
        <source>上一处命中</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="71"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="72"/>
        <source>元数据栏</source>
        <translation>Metadata pane</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="74"/>
        <source>每月报道量</source>
        <translation>Coverage by month</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="84"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="85"/>
        <source>检索语法</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="86"/>
        <source>关于报库</source>
        <translation>About Baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/menus.py" line="90"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="246"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/app.py" line="110"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="31"/>
        <source>报库自带的一个字体文件已损坏，没有导出。请重新安装报库。</source>
        <translation>A font file that comes with Baoku is damaged; nothing was exported. Reinstall Baoku.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="32"/>
        <source>报库自带的一个字体文件不见了，没有导出。请重新安装报库。</source>
        <translation>A font file that comes with Baoku is missing; nothing was exported. Reinstall Baoku.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="34"/>
        <source>文件没有写出，档案没有改动。</source>
        <translation>The file was not written; the archive is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="36"/>
        <source>磁盘已满：已完成的部分都已保存，其余没有写入。请腾出空间后再试。</source>
        <translation>The disk is full: what was finished is stored, the rest was not written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="38"/>
        <source>档案现在无法打开或写入，档案没有改动。</source>
        <translation>The archive cannot be opened or written now; it is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="40"/>
        <source>文件无法导入，档案没有改动。</source>
        <translation>The file cannot be imported; the archive is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="42"/>
        <source>输入有误，没有保存。</source>
        <translation>That input is not valid; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="44"/>
        <source>找不到要的内容（可能已被删除）。</source>
        <translation>Not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="46"/>
        <source>操作没有完成，档案没有改动。</source>
        <translation>That did not complete; the archive is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="47"/>
        <source>出现了意外错误，档案没有改动。请把详细信息报告给开发者。</source>
        <translation>An unexpected error occurred; the archive was not changed. Please report the details.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="53"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="56"/>
        <source>随附字体里没有这些字，没有导出：%1。勾选“缺字印成〓”可照常导出，缺字处印〓。</source>
        <translation>The bundled fonts have no glyph for these characters, so nothing was exported: %1. Tick “Print 〓 for a character no font has” to export with 〓 in their place.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="69"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="130"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="130"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="130"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="131"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="131"/>
        <source>体裁</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="131"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="133"/>
        <source>出处</source>
        <translation>Printed in</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="158"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="159"/>
        <source>版次</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="160"/>
        <source>版名</source>
        <translation>Page name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="137"/>
        <source>编辑的批注，只在档案里，可用 批注: 检索</source>
        <translation>The editor's note: kept in the archive only, searchable with note:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="144"/>
        <source>批注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="146"/>
        <source>专题</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="174"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="175"/>
        <source>保存对这篇文章的修改和批注（Ctrl+S）</source>
        <translation>Save the changes to this article and its note (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="176"/>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="220"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="230"/>
        <source>通稿</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="249"/>
        <source>下转%1（该版尚未入库）</source>
        <translation>Continued on %1 (not in the archive yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="249"/>
        <source>上接%1（该版尚未入库）</source>
        <translation>Continued from %1 (not in the archive yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="250"/>
        <source>跨版刊登：%1</source>
        <translation>Printed across pages: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/metadata.py" line="255"/>
        <source>扫描识别：%Ln 行</source>
        <translation><numerusform>Read by OCR: %Ln line</numerusform><numerusform>Read by OCR: %Ln lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/metadata.py" line="257"/>
        <source>，其中 %Ln 行置信度低于 80%，请核对</source>
        <translation><numerusform>; %Ln below 80% confidence, please check it</numerusform><numerusform>; %Ln below 80% confidence, please check them</numerusform></translation>
    </message>
</context>
<context>
    <name>PageController</name>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="197"/>
        <source>已设为本文的原版图</source>
        <translation>Set as this article's facsimile</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="207"/>
        <source>已移动区块（重新识别本版时会再次应用）</source>
        <translation>Block moved (made again when the page is read again)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="218"/>
        <source>校对(&amp;P)</source>
        <translation>&amp;Proofread</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="224"/>
        <source>下一处存疑行</source>
        <translation>Next uncertain line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="225"/>
        <source>上一处存疑行</source>
        <translation>Previous uncertain line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="226"/>
        <source>改正选中的行…</source>
        <translation>Correct the chosen line…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="227"/>
        <source>校对段落与记录…</source>
        <translation>Paragraphs and corrections…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="231"/>
        <source>剪报模式</source>
        <translation>Clipping mode</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="243"/>
        <source>新建文章（取框内文字）</source>
        <translation>New article (the text inside)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="244"/>
        <source>作为当前文章的原版图</source>
        <translation>Facsimile of the current article</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="247"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="261"/>
        <source>改正此行…</source>
        <translation>Correct this line…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="263"/>
        <source>从此行起拆成新文章</source>
        <translation>Split: a new article from this line on</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="266"/>
        <source>把这篇并入当前文章</source>
        <translation>Merge this one into the current article</translation>
    </message>
</context>
<context>
    <name>PagePanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="29"/>
        <source>上一版</source>
        <translation>Previous page of the issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="29"/>
        <source>下一版</source>
        <translation>Next page of the issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="30"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="30"/>
        <source>整版</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="31"/>
        <source>实际大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="32"/>
        <source>存疑行</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="32"/>
        <source>下一处置信度低的行 (F4)</source>
        <translation>The next line read with low confidence (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="33"/>
        <source>改正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="33"/>
        <source>改正选中的行 (F2)；双击一行也可</source>
        <translation>Correct the chosen line (F2), or double-click a line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="34"/>
        <source>校对…</source>
        <translation>Proofread…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="34"/>
        <source>编辑段落，查看与撤销校对记录</source>
        <translation>Edit paragraphs; see and undo corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="35"/>
        <source>剪报</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="35"/>
        <source>在版面上拖出一个矩形：新建文章，或作为原版图</source>
        <translation>Drag a rectangle on the page: a new article, or a facsimile</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="36"/>
        <source>版面结构</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="37"/>
        <source>显示版面分析的区块与阅读顺序；把一个区块拖到另一个上，它就移到那一块之后</source>
        <translation>Show the layout's blocks and reading order; drag a block onto another to move it after that one</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="98"/>
        <source>本版没有置信度低的行</source>
        <translation>No line on this page was read with low confidence</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="104"/>
        <source>存疑行 %1/%2：%3</source>
        <translation>Uncertain line %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="126"/>
        <source>这篇文章没有版面图像</source>
        <translation>This article has no page image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="147"/>
        <source>版面 %1/%2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="148"/>
        <source>，%1 处命中</source>
        <translation>, %1 hits</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="45"/>
        <source>报纸设置：%1</source>
        <translation>Paper settings: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="47"/>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="64"/>
        <source>未知</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="47"/>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="47"/>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="48"/>
        <source>双周刊</source>
        <translation>Biweekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="48"/>
        <source>月刊</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="48"/>
        <source>不定期</source>
        <translation>irregular</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="62"/>
        <source>如：泉州晚報、Quanzhou Evening News</source>
        <translation>e.g. 泉州晚報, Quanzhou Evening News</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="65"/>
        <source>仍在出版或未知</source>
        <translation>still published, or unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="71"/>
        <source>出版日勾选后，日历按这些日子查缺期（如周一至周六出版的日报、逢周四出版的周报）；填了创刊和终刊日期，就从创刊查到终刊，而不只是在库的第一期到最后一期。</source>
        <translation>With days ticked, the calendar looks for missing issues on those days only (a daily printed Monday to Saturday, a weekly out on Thursdays); with a first and last issue, it looks from the paper's first issue to its last, not only between the first and last issue the archive holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="76"/>
        <source>出版周期</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="77"/>
        <source>出版日</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="78"/>
        <source>其他名称</source>
        <translation>Other names</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="79"/>
        <source>出版地</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="80"/>
        <source>创刊（第一期）</source>
        <translation>First issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="81"/>
        <source>终刊（最后一期）</source>
        <translation>Last issue</translation>
    </message>
</context>
<context>
    <name>Permits</name>
    <message>
        <location filename="../../desktop/baoku/gui/permits.py" line="26"/>
        <source>档案是以只读方式打开的，不能改动。</source>
        <translation>The archive is open read-only; it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/permits.py" line="28"/>
        <source>你在服务器上的角色不能改专题和批注：这是编辑的权限，需要时请档案的管理员授予。</source>
        <translation>Your role on the server does not allow changing collections and notes: that is an editor's right; if you need it, ask the archive's admin to grant it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/permits.py" line="29"/>
        <source>你在服务器上的角色不能导入：这是档案员的权限，需要时请档案的管理员授予。</source>
        <translation>Your role on the server does not allow importing: that is an archivist's right; if you need it, ask the archive's admin to grant it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/permits.py" line="30"/>
        <source>你在服务器上的角色不能修改文章和版面的记录：这是档案员的权限，需要时请档案的管理员授予。</source>
        <translation>Your role on the server does not allow editing the articles' and pages' records: that is an archivist's right; if you need it, ask the archive's admin to grant it.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/permits.py" line="31"/>
        <source>你在服务器上的角色不能删除或恢复：这是档案员的权限，需要时请档案的管理员授予。</source>
        <translation>Your role on the server does not allow deleting or restoring: that is an archivist's right; if you need it, ask the archive's admin to grant it.</translation>
    </message>
</context>
<context>
    <name>PreviewControls</name>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="30"/>
        <source>第一页</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="31"/>
        <source>上一页 (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="33"/>
        <source>下一页 (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="35"/>
        <source>最后一页</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="38"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="39"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="40"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="40"/>
        <source>整页宽度</source>
        <translation>The page's full width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="41"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="41"/>
        <source>一次看一整页</source>
        <translation>One whole page at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pdfpreview.py" line="104"/>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <location filename="../../desktop/baoku/gui/printing.py" line="79"/>
        <source>先在列表里选中要打印的文章</source>
        <translation>Select the articles to print in the list first</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/printing.py" line="82"/>
        <source>正在排版 %Ln 篇…</source>
        <translation><numerusform>Typesetting %Ln article…</numerusform><numerusform>Typesetting %Ln articles…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/printing.py" line="104"/>
        <source>打印预览（%Ln 页）</source>
        <translation><numerusform>Print preview (%Ln page)</numerusform><numerusform>Print preview (%Ln pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/printing.py" line="119"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/printing.py" line="127"/>
        <source>已送去打印：%Ln 页</source>
        <translation><numerusform>Sent %Ln page to the printer</numerusform><numerusform>Sent %Ln pages to the printer</numerusform></translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="108"/>
        <source>校对</source>
        <translation>Proofread</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="115"/>
        <source>保存此段</source>
        <translation>Save this paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="118"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="118"/>
        <source>校对人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="118"/>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="118"/>
        <source>原文</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="119"/>
        <source>改为</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="119"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="127"/>
        <source>撤销所选修改</source>
        <translation>Undo the chosen change</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="139"/>
        <source>校对记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="146"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="153"/>
        <source>校对：%1</source>
        <translation>Proofread: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="165"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="165"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="165"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="166"/>
        <source>小标题</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="166"/>
        <source>署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="167"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="167"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="173"/>
        <source>第 %1 行</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="174"/>
        <source>第 %1 段</source>
        <translation>block %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="175"/>
        <source>已撤销（%1）</source>
        <translation>undone (%1)</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="18"/>
        <source>检索式是空的</source>
        <translation>the query is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="19"/>
        <source>引号没有配对</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="20"/>
        <source>多了一个右括号</source>
        <translation>a closing bracket has no opening one</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="21"/>
        <source>这里不该出现「{text}」</source>
        <translation>「{text}」 is not expected here</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="22"/>
        <source>「{text}」后面缺少检索词</source>
        <translation>「{text}」 needs a term after it</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="23"/>
        <source>「{text}」前面缺少检索词</source>
        <translation>「{text}」 needs a term before it</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="24"/>
        <source>检索式没有写完</source>
        <translation>the query ends too early</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="25"/>
        <source>括号没有闭合</source>
        <translation>a bracket is not closed</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="26"/>
        <source>括号里是空的</source>
        <translation>the brackets are empty</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="27"/>
        <source>引号里是空的</source>
        <translation>the quotes are empty</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="28"/>
        <source>「{field}:」冒号后面要紧跟要找的内容</source>
        <translation>「{field}:」 needs a value right after the colon</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="29"/>
        <source>没有「{field}:」这个字段（可用：{known}）；要找这段文字本身，请加引号</source>
        <translation>there is no field 「{field}:」 (known: {known}); to search for the text itself, put it in quotes</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="30"/>
        <source>字段的值是空的</source>
        <translation>the field's value is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="31"/>
        <source>{field}: 只能跟一个日期，不能是日期范围</source>
        <translation>{field}: takes one date, not a range</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="32"/>
        <source>「{text}」不是日期（请写 2024、2024-09 或 2024-09-11）</source>
        <translation>「{text}」 is not a date (write 2024, 2024-09 or 2024-09-11)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="33"/>
        <source>「{text}」不是真实存在的日期</source>
        <translation>「{text}」 is not a real calendar date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="34"/>
        <source>日期范围至少要有一端</source>
        <translation>a date range needs at least one end</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="35"/>
        <source>日期范围 {text} 的终点早于起点</source>
        <translation>the date range {text} ends before it starts</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="36"/>
        <source>不认识的排序方式 {text}</source>
        <translation>unknown order {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="37"/>
        <source>请给出一个检索式</source>
        <translation>give a query</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="38"/>
        <source>检索式嵌套太深（“与”“或”“非”相互嵌套不能超过 {limit} 层）</source>
        <translation>the query is nested too deeply (more than {limit} levels of AND, OR and NOT inside one another)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="39"/>
        <source>检索式太长（{n} 个字符，最多 {limit} 个）</source>
        <translation>the query is too long ({n} characters; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="40"/>
        <source>检索式里的检索词太多（{n} 个，最多 {limit} 个）</source>
        <translation>the query has too many terms ({n}; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="49"/>
        <source>第 %1 个字符处：%2</source>
        <translation>At character %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="28"/>
        <location filename="../../desktop/baoku/gui/help.py" line="75"/>
        <source>检索语法</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="43"/>
        <source>含有这个词的文章（繁体写法也算：知識產權）</source>
        <translation>Articles with this word (traditional characters count too: 知識產權)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="44"/>
        <source>两个词都有</source>
        <translation>Both words</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="45"/>
        <source>整个短语，一字不差</source>
        <translation>The whole phrase, exactly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="46"/>
        <source>有其中一个即可（也可写 |）</source>
        <translation>Either one (| works too)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="47"/>
        <source>有前者，没有后者（也可写 NOT）</source>
        <translation>The first, without the second (NOT works too)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="48"/>
        <source>括号把条件分组</source>
        <translation>Brackets group terms</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="49"/>
        <source>只在标题里找（引题、主题、副题）</source>
        <translation>Only in headlines (kicker, headline, subhead)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="50"/>
        <source>只在正文里找</source>
        <translation>Only in the body text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="51"/>
        <source>作者、署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="52"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="53"/>
        <source>来源，如“据新华社电”</source>
        <translation>Source, such as 据新华社电 (Xinhua)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="54"/>
        <source>体裁：导语、圆桌、简讯……</source>
        <translation>Genre: 导语 lead-in, 圆桌 roundtable, 简讯 brief…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="55"/>
        <source>只看这份报纸</source>
        <translation>Only this paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="56"/>
        <source>这个专题里的文章（点专题栏的专题即写入）</source>
        <translation>Articles in this collection (clicking one in Collections writes it)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="57"/>
        <source>编辑的批注里有这些字（批注不算正文）</source>
        <translation>Words in an editor's note (notes are not the text)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="58"/>
        <source>某年、某月或某日：2024、2024-09、2024-09-11</source>
        <translation>A year, month or day: 2024, 2024-09, 2024-09-11</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="59"/>
        <source>日期范围（可只写一端：2024-07..）</source>
        <translation>A date range (one end may be open: 2024-07..)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="60"/>
        <source>第 5 版；版:A05 是 A 叠第 5 版</source>
        <translation>Page 5; 版:A05 is page 5 of section A</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="61"/>
        <source>条件可以任意组合</source>
        <translation>Combine any of these</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="68"/>
        <source>简体、繁体、全角、半角都按同一个字找；大小写不分。</source>
        <translation>Simplified and traditional, full- and half-width are found alike; case does not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="69"/>
        <source>一边输入一边检索；按回车立刻检索。</source>
        <translation>The search runs as you type; Enter runs it at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="70"/>
        <source>点日历上的某一天、浏览树里的报纸或版面，会把相应的条件写进检索框，和检索词一起生效；点“清除筛选”去掉这些条件。</source>
        <translation>A day on the calendar, or a paper or page in the browse tree, writes its terms into the search box, where they combine with your words; Clear filter takes them out.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="72"/>
        <source>字段名也可用英文：title: body: byline: column: source: genre: paper: collection: note: date: page:</source>
        <translation>Fields have English names too: title: body: byline: column: source: genre: paper: collection: note: date: page:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="75"/>
        <source>点击例子即可运行：</source>
        <translation>Click an example to run it:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="63"/>
        <source>上一处 (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="64"/>
        <source>下一处 (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="86"/>
        <source>选择一篇文章阅读</source>
        <translation>Select an article to read</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="100"/>
        <source>编辑提示：</source>
        <translation>Note to editors: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="100"/>
        <source>提要：</source>
        <translation>Abstract: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="152"/>
        <source>版面上的位置</source>
        <translation>Where it stood on the page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="190"/>
        <source>第 %1/%2 处</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="24"/>
        <source>%1：已在档案中（%Ln 篇），没有改动</source>
        <translation><numerusform>%1: already in the archive (%Ln article), nothing changed</numerusform><numerusform>%1: already in the archive (%Ln articles), nothing changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="25"/>
        <source>%1：替换后 %Ln 篇文章</source>
        <translation><numerusform>%1: replaced, now %Ln article</numerusform><numerusform>%1: replaced, now %Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="25"/>
        <source>%1：新增 %Ln 篇文章</source>
        <translation><numerusform>%1: %Ln new article</numerusform><numerusform>%1: %Ln new articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="26"/>
        <source>，%Ln 个版面</source>
        <translation><numerusform>, %Ln page</numerusform><numerusform>, %Ln pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="28"/>
        <source>，%Ln 篇跨版文章已接续</source>
        <translation><numerusform>, %Ln article continued on another page joined</numerusform><numerusform>, %Ln articles continued on another page joined</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="30"/>
        <source>，%Ln 篇已在档案中</source>
        <translation><numerusform>, %Ln article already in the archive</numerusform><numerusform>, %Ln articles already in the archive</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="32"/>
        <source>，%Ln 个版面未导入</source>
        <translation><numerusform>, %Ln page not imported</numerusform><numerusform>, %Ln pages not imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="34"/>
        <source>，%Ln 篇也刊于 %1</source>
        <translation><numerusform>, %Ln article also printed in %1</numerusform><numerusform>, %Ln articles also printed in %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="37"/>
        <source>，被替换的 %Ln 篇文章已移入回收站，可以恢复</source>
        <translation><numerusform>, the %Ln article it replaced went to the trash and can be restored</numerusform><numerusform>, the %Ln articles it replaced went to the trash and can be restored</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="39"/>
        <source>，%Ln 篇的批注和专题位置已移到新版本</source>
        <translation><numerusform>, the note and collection places of %Ln article moved to its new version</numerusform><numerusform>, the notes and collection places of %Ln articles moved to their new versions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="41"/>
        <source>（%Ln 处校对随旧版本留在回收站）</source>
        <translation><numerusform> (%Ln correction stays with the old version in the trash)</numerusform><numerusform> (%Ln corrections stay with the old versions in the trash)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="43"/>
        <source>，旧版本的 %Ln 条批注或专题位置随之留在回收站（当前用户不能改批注和专题）</source>
        <translation><numerusform>, %Ln note or collection place stays with the old version in the trash (this user may not write notes or collections)</numerusform><numerusform>, %Ln notes and collection places stay with the old versions in the trash (this user may not write notes or collections)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="48"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="48"/>
        <source>已在档案中</source>
        <translation>already in archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="48"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="49"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="49"/>
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="51"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/reportwords.py" line="57"/>
        <source>另有 %Ln 期</source>
        <translation><numerusform>and %Ln more issue</numerusform><numerusform>and %Ln more issues</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="58"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reportwords.py" line="64"/>
        <source>随包读入（不再单独导入）：%1</source>
        <translation>read with the package, not again on their own: %1</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="58"/>
        <source>输入即检索：知识产权  标题:新质  日期:2024-09  报纸:泉州晚报  (Ctrl+F)</source>
        <translation>Type to search: 知识产权  title:新质  date:2024-09  paper:泉州晚报  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="60"/>
        <source>检索式</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="63"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="66"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="67"/>
        <source>去掉检索式里的报纸、日期和版面条件，保留检索词</source>
        <translation>Take the paper, date and page terms out of the query, keep the words</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="70"/>
        <source>按相关度</source>
        <translation>By relevance</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="71"/>
        <source>按日期（新的在前）</source>
        <translation>By date (newest first)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="101"/>
        <source>保存检索</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="101"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="133"/>
        <location filename="../../desktop/baoku/gui/searching.py" line="183"/>
        <source>列表仍是上次的结果，改好检索式后更新。</source>
        <translation>The list still shows the last answer; it updates once the query is fixed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="144"/>
        <source>检索中…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="206"/>
        <source>%Ln 篇</source>
        <translation><numerusform>%Ln article</numerusform><numerusform>%Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="207"/>
        <source>%1 篇（%Ln 种文本）</source>
        <translation><numerusform>%1 articles (%Ln text)</numerusform><numerusform>%1 articles (%Ln different texts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="209"/>
        <source>（只读档案：%Ln 处改动尚未编入索引）</source>
        <translation><numerusform> (read-only archive: %Ln change not indexed yet)</numerusform><numerusform> (read-only archive: %Ln changes not indexed yet)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="211"/>
        <source>（索引更新中，%Ln 处改动尚未收录）</source>
        <translation><numerusform> (the index is being updated: %Ln change not in it yet)</numerusform><numerusform> (the index is being updated: %Ln changes not in it yet)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="212"/>
        <source>（旧结果）</source>
        <translation>(stale) </translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../desktop/baoku/gui/settingsflow.py" line="45"/>
        <source>已保存「%1」的设置（Ctrl+Z 撤销）</source>
        <translation>Saved the settings of “%1” (Ctrl+Z undoes)</translation>
    </message>
</context>
<context>
    <name>SettingsDialogs</name>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="32"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/papersettings.py" line="33"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="33"/>
        <source>回收站</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="36"/>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="36"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="36"/>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="36"/>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="37"/>
        <source>删除人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="44"/>
        <source>删除的文章、版面、期和报纸都在这里，恢复后回到原处；清空后不能再恢复。</source>
        <translation>Deleted articles, pages, issues and papers are kept here; restored, they go back where they were. Once the trash is emptied they cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="49"/>
        <source>恢复所选</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="51"/>
        <source>清空回收站…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="54"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="71"/>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="71"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="71"/>
        <source>一期</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="72"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="90"/>
        <source>回收站是空的。</source>
        <translation>The trash is empty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/trashview.py" line="105"/>
        <source>%Ln 项</source>
        <translation><numerusform>%Ln entry</numerusform><numerusform>%Ln entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/trashview.py" line="115"/>
        <source>已恢复 %Ln 项</source>
        <translation><numerusform>Restored %Ln entry</numerusform><numerusform>Restored %Ln entries</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="118"/>
        <source>清空回收站</source>
        <translation>Empty trash</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/trashview.py" line="119"/>
        <source>永久删除回收站里的 %Ln 项？清空后不能恢复，也不能撤销。</source>
        <translation><numerusform>Delete the %Ln entry in the trash for good? It cannot be restored or undone.</numerusform><numerusform>Delete the %Ln entries in the trash for good? They cannot be restored or undone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/trashview.py" line="121"/>
        <source>永久删除</source>
        <translation>Delete for good</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/trashview.py" line="129"/>
        <source>已永久删除 %Ln 项</source>
        <translation><numerusform>Deleted %Ln entry for good</numerusform><numerusform>Deleted %Ln entries for good</numerusform></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="18"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="23"/>
        <source>「%1」</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="28"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="33"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="38"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="38"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="38"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="39"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="39"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="39"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="40"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="48"/>
        <source>%1至%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="59"/>
        <source>（无题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="80"/>
        <source>%1年%2月%3日</source>
        <translation>%4</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="84"/>
        <source>通稿</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="86"/>
        <source>%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="88"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="103"/>
        <source>服务器 %1</source>
        <translation>server %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="105"/>
        <source>服务 %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="107"/>
        <source>本机的服务器</source>
        <translation>server on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="109"/>
        <source>%1，用户 %2</source>
        <translation>%1, user %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/wording.py" line="110"/>
        <source>服务器档案</source>
        <translation>server archive</translation>
    </message>
</context>
</TS>
