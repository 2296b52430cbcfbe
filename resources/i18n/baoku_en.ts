<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="86"/>
        <source>AR PL UMing（明体，正文）</source>
        <translation>AR PL UMing (Ming serif, body text)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="87"/>
        <source>Droid Sans Fallback（黑体，标题）</source>
        <translation>Droid Sans Fallback (sans, headlines)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="92"/>
        <source>报库 Baoku</source>
        <translation>Baoku 报库</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="93"/>
        <source>报纸档案：导入、检索、导出可付印的 PDF。</source>
        <translation>A newspaper archive: import, search, export print-ready PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="94"/>
        <source>随附字体（点击查看许可证）：</source>
        <translation>Bundled fonts (click for the licence):</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="99"/>
        <source>关于报库</source>
        <translation>About Baoku</translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="37"/>
        <source>导入示例版面</source>
        <translation>Importing the sample page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="54"/>
        <source>新建档案</source>
        <translation>New archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="54"/>
        <source>报库.db</source>
        <translation>baoku.db</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="55"/>
        <location filename="../../desktop/baoku/gui/archiving.py" line="72"/>
        <source>报库档案 (*.db)</source>
        <translation>Baoku archives (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="60"/>
        <source>打开档案</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="61"/>
        <source>报库档案 (*.db);;所有文件 (*)</source>
        <translation>Baoku archives (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="69"/>
        <source>%1-备份-%2.db</source>
        <translation>%1-backup-%2.db</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="71"/>
        <source>备份档案</source>
        <translation>Back up archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="78"/>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="86"/>
        <source>检查档案</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="89"/>
        <source>档案完好。</source>
        <translation>The archive is sound.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="92"/>
        <source>发现 %1 个问题。</source>
        <translation>Problems found: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/archiving.py" line="93"/>
        <source>修复索引</source>
        <translation>Repair the index</translation>
    </message>
</context>
<context>
    <name>ArticleController</name>
    <message>
        <location filename="../../desktop/baoku/gui/articles.py" line="65"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="120"/>
        <location filename="../../desktop/baoku/gui/models.py" line="132"/>
        <source>通稿</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="120"/>
        <source>通讯社稿，未见报</source>
        <translation>A news agency's item, not printed on a page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="132"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="136"/>
        <source>另载于：</source>
        <translation>Also printed in:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="137"/>
        <source>另载%1处</source>
        <translation>also printed in %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="150"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="150"/>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="150"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="150"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="150"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
        <source>作者</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="151"/>
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
        <location filename="../../desktop/baoku/gui/browse.py" line="71"/>
        <source>报纸与日期</source>
        <translation>Paper and date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="71"/>
        <source>篇数</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="28"/>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="40"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="44"/>
        <source>通讯社稿（未见报）</source>
        <translation>Wire services (not printed)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="45"/>
        <source>通讯社发来的稿件：有日期，没有版次</source>
        <translation>Items news agencies sent: dated, on no page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="85"/>
        <source>%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="85"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="85"/>
        <source>通讯社稿：有日期，没有版次</source>
        <translation>A news agency's wire: items are dated, on no page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="100"/>
        <source>通讯社稿 · %1天有稿（蓝框）</source>
        <translation>Wire service · items on %1 days (boxed in blue)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="104"/>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="104"/>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="104"/>
        <source>双周刊</source>
        <translation>Biweekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="105"/>
        <source>月刊</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="105"/>
        <source>出版周期未知</source>
        <translation>frequency unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="106"/>
        <source>%1 · %2期在库，缺%3期</source>
        <translation>%1 · %2 issues held, %3 missing</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="110"/>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="121"/>
        <source>%1 无通讯社稿</source>
        <translation>%1: no items from this agency</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="122"/>
        <source>%1 无此期（应出而缺）</source>
        <translation>%1: no issue (one was due: missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="122"/>
        <source>%1 无此期</source>
        <translation>%1: no issue</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="61"/>
        <source>每月命中篇数</source>
        <translation>Matching articles per month</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="81"/>
        <source>检索后显示每月报道量</source>
        <translation>Coverage per month appears after a search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="98"/>
        <source>最多 %1 篇</source>
        <translation>max %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="49"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="50"/>
        <source>报库导出.pdf</source>
        <translation>baoku-export.pdf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="56"/>
        <source>导出 %Ln 篇</source>
        <translation><numerusform>Exporting %Ln article</numerusform><numerusform>Exporting %Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="67"/>
        <source>已导出 %1（%Ln 页）</source>
        <translation><numerusform>Exported %1 (%Ln page)</numerusform><numerusform>Exported %1 (%Ln pages)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="84"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exportflow.py" line="85"/>
        <source>%Ln 篇文章的原版图像缺失或已损坏，无法附原版剪报图。尚未写入任何文件。</source>
        <translation><numerusform>The page image of %Ln article is missing or damaged, so its facsimile cannot be printed. Nothing has been written yet.</numerusform><numerusform>The page images of %Ln articles are missing or damaged, so their facsimiles cannot be printed. Nothing has been written yet.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exportflow.py" line="90"/>
        <source>不附剪报图，继续导出</source>
        <translation>Export without those facsimiles</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exporting.py" line="38"/>
        <source>导出 PDF（%Ln 篇）</source>
        <translation><numerusform>Export PDF (%Ln article)</numerusform><numerusform>Export PDF (%Ln articles)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="44"/>
        <source>单栏</source>
        <translation>One column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="44"/>
        <source>双栏</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="50"/>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="52"/>
        <source>保持原文</source>
        <translation>As stored</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="52"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="53"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="53"/>
        <source>繁体（台湾用词）</source>
        <translation>Traditional (Taiwan usage)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="54"/>
        <source>繁体（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="55"/>
        <source>出处行</source>
        <translation>Source line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="55"/>
        <source>GB/T 7714 参考文献</source>
        <translation>GB/T 7714 reference</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="56"/>
        <source>两者</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="56"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="65"/>
        <source>中文里的半角标点印成全角</source>
        <translation>Print half-width punctuation in Chinese text as full-width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="67"/>
        <source>行末标点悬挂（多数出版物不用）</source>
        <translation>Hang line-end punctuation past the measure (most publications do not)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="69"/>
        <source>裁切线和 3 毫米出血（交印刷厂）</source>
        <translation>Crop marks and 3 mm bleed (for a print shop)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="71"/>
        <source>扫描版文章前附原版剪报图</source>
        <translation>Print a scanned article's facsimile above its text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="74"/>
        <source>报库文章选编</source>
        <translation>Baoku article selection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="76"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="77"/>
        <source>分栏</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="78"/>
        <source>正文字号</source>
        <translation>Body size (pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="79"/>
        <source>简繁</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="80"/>
        <source>出处与引用</source>
        <translation>Source and citation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="81"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="89"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="90"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="137"/>
        <source>第一页</source>
        <translation>First page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="138"/>
        <source>上一页 (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="140"/>
        <source>下一页 (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="142"/>
        <source>最后一页</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="145"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="146"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="147"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="147"/>
        <source>整页宽度</source>
        <translation>The page's full width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="148"/>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="148"/>
        <source>一次看一整页</source>
        <translation>One whole page at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="211"/>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/exporting.py" line="246"/>
        <source>预览：共 %Ln 页</source>
        <translation><numerusform>Preview: %Ln page</numerusform><numerusform>Preview: %Ln pages</numerusform></translation>
    </message>
</context>
<context>
    <name>FacetTree</name>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="32"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="32"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="32"/>
        <source>报纸</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="33"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="36"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="37"/>
        <source>报纸文件 (%1);;所有文件 (*)</source>
        <translation>Newspaper files (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="78"/>
        <source>导入 %1 项</source>
        <translation>Importing (items: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="86"/>
        <source>仍然导入重复的版面</source>
        <translation>Import the repeated pages anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importflow.py" line="87"/>
        <source>这些版面的文章已全部在档案中（另一日期或版次）。若确是重复刊登，可仍然导入；已导入的文件会跳过。</source>
        <translation>Every article on these pages is already in the archive (under another date or page). If they really were printed twice, import them anyway; the files already imported are skipped.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="43"/>
        <source>导入预览</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="49"/>
        <source>拟分的文章与各行</source>
        <translation>Proposed articles and their lines</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="49"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="55"/>
        <source>在此处拆分 (S)</source>
        <translation>Split here (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="56"/>
        <source>与下一篇合并 (M)</source>
        <translation>Merge with the next (M)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="57"/>
        <source>改标题 (F2)</source>
        <translation>Retitle (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="58"/>
        <source>下一处存疑 (F8)</source>
        <translation>Next doubtful boundary (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="70"/>
        <source>从选中的行起另成一篇</source>
        <translation>Start a new article at the selected line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="71"/>
        <source>把下一篇接在选中的文章后面，其标题成为小标题</source>
        <translation>Put the next article after the selected one; its headline becomes a subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="72"/>
        <source>给选中的文章另定标题（原文不变）</source>
        <translation>Give the selected article another headline (the printed text stays as it is)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="74"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="87"/>
        <source>无法导入：%1</source>
        <translation>Cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/importreview.py" line="113"/>
        <source>%n 篇</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="118"/>
        <source>此版有存疑的分界，值得一看</source>
        <translation>This page has a doubtful article boundary: worth a look</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="124"/>
        <source>%1 个版面，共 %2 篇文章。</source>
        <translation>%1 pages, %2 articles in all. </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/importreview.py" line="126"/>
        <source>%n 个版面值得一看：⚠ 标出拿不准的分界。</source>
        <translation><numerusform>%n page is worth a look: ⚠ marks a doubtful boundary. </numerusform><numerusform>%n pages are worth a look: ⚠ marks the doubtful boundaries. </numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="127"/>
        <source>选中一行可在此拆分，选中一篇可与下一篇合并或改标题；确认后按此导入。</source>
        <translation>Select a line to split there, or an article to merge it with the next or retitle it; Import stores exactly this.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="140"/>
        <source>（无题）</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/importreview.py" line="141"/>
        <source>%n 行</source>
        <translation><numerusform>%n line</numerusform><numerusform>%n lines</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="145"/>
        <source>分界存疑 %1</source>
        <translation>doubtful %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="148"/>
        <source>分界存疑（差值 %1）：这里另起一篇，把握不大</source>
        <translation>Doubtful boundary (margin %1): a new article starts here, but not surely</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="155"/>
        <source>也许另起 %1</source>
        <translation>maybe a new one %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="159"/>
        <source>这里也许另起一篇（差值 %1）</source>
        <translation>Perhaps a new article starts here (margin %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="188"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="188"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="188"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="189"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="189"/>
        <source>作者</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="189"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="190"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="190"/>
        <source>小标题</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="190"/>
        <source>落款</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="191"/>
        <source>表格/服务信息</source>
        <translation>Table or service box</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="191"/>
        <source>按语/链接</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="221"/>
        <source>改标题</source>
        <translation>Retitle</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importreview.py" line="221"/>
        <source>这篇文章的主题：</source>
        <translation>This article's headline:</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="205"/>
        <source>导入已取消，档案未作任何改动。</source>
        <translation>Import cancelled; the archive was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="206"/>
        <source>导入 %1 个文件（新增 %2 篇文章），%3 个已在档案中跳过，%4 个失败。</source>
        <translation>Files imported: %1 (new articles: %2); already in the archive, skipped: %3; failed: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="213"/>
        <source>%1 个版面未导入（%2 篇文章），原因逐版列在详细信息中。</source>
        <translation> %1 pages were not imported (%2 articles); the details say why, page by page.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="221"/>
        <source>%1 %2 已在档案中，内容不同（%3 篇文章）；未作改动。</source>
        <translation>%1 %2 is already in the archive with different content (%3 articles); left as it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="223"/>
        <source>%1 %2：本版文字已在档案中（%3），可能是同一版面以另一日期或版次重复导入。</source>
        <translation>%1 %2: this page's text is already in the archive (%3); the same page imported again under another date or page?</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="230"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="234"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="234"/>
        <source>已在档案中</source>
        <translation>already in archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="234"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="234"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
</context>
<context>
    <name>IssueMetadataDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="43"/>
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
        <location filename="../../desktop/baoku/gui/importing.py" line="44"/>
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
        <location filename="../../desktop/baoku/gui/importing.py" line="155"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="170"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="178"/>
        <source>没有进行中的任务</source>
        <translation>No jobs running</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/baoku/gui/language.py" line="28"/>
        <source>界面语言 Language</source>
        <translation>Language 界面语言</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="34"/>
        <source>改正一行</source>
        <translation>Correct a line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="47"/>
        <source>识别结果：%1（置信度 %2%）</source>
        <translation>Read by OCR: %1 (confidence %2%)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="56"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="57"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="161"/>
        <source>保存的检索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="165"/>
        <source>浏览</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="166"/>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="226"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="224"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="179"/>
        <source>任务</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="230"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="231"/>
        <source>新建档案…</source>
        <translation>New archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="232"/>
        <source>打开档案…</source>
        <translation>Open archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="195"/>
        <source>最近的档案</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="220"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="222"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="238"/>
        <source>备份档案…</source>
        <translation>Back up archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="228"/>
        <source>检查档案</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="125"/>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="126"/>
        <source>版面</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="167"/>
        <source>筛选</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="221"/>
        <source>导入报纸文件 (Ctrl+I)，也可以把文件拖进窗口</source>
        <translation>Import newspaper files (Ctrl+I); you can also drop files on the window</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="223"/>
        <source>把选中的文章（或整个列表）导出为 PDF (Ctrl+E)</source>
        <translation>Export the selected articles (or the whole list) as PDF (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="225"/>
        <source>到检索框 (Ctrl+F)</source>
        <translation>Go to the search box (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="227"/>
        <source>按日期看各期 (Ctrl+D)</source>
        <translation>Issues by date (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="229"/>
        <source>检查档案和检索索引是否完好</source>
        <translation>Check the archive and its search index</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="241"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="242"/>
        <source>检索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="244"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="245"/>
        <source>保存当前检索…</source>
        <translation>Save this search…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="247"/>
        <source>下一处命中</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="248"/>
        <source>上一处命中</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="250"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="251"/>
        <source>元数据栏</source>
        <translation>Metadata pane</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="253"/>
        <source>每月报道量</source>
        <translation>Coverage by month</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="261"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="262"/>
        <source>检索语法</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="263"/>
        <source>关于报库</source>
        <translation>About Baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="266"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="286"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="287"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="24"/>
        <source>磁盘已满：已完成的部分都已保存，其余没有写入。请腾出空间后再试。</source>
        <translation>The disk is full: what was finished is stored, the rest was not written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="26"/>
        <source>档案现在无法打开或写入，档案没有改动。</source>
        <translation>The archive cannot be opened or written now; it is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="28"/>
        <source>文件无法导入，档案没有改动。</source>
        <translation>The file cannot be imported; the archive is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="30"/>
        <source>输入有误，没有保存。</source>
        <translation>That input is not valid; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="32"/>
        <source>找不到要的内容（可能已被删除）。</source>
        <translation>Not found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="34"/>
        <source>操作没有完成，档案没有改动。</source>
        <translation>That did not complete; the archive is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="35"/>
        <source>出现了意外错误，档案没有改动。请把详细信息报告给开发者。</source>
        <translation>An unexpected error occurred; the archive was not changed. Please report the details.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/messages.py" line="47"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="101"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="101"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="101"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="102"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="102"/>
        <source>体裁</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="102"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="105"/>
        <source>出处</source>
        <translation>Printed in</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="116"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="117"/>
        <source>版次</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="118"/>
        <source>版名</source>
        <translation>Page name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="130"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="131"/>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="150"/>
        <source>通稿</source>
        <translation>Wire</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="169"/>
        <source>下转%1（该版尚未入库）</source>
        <translation>Continued on %1 (not in the archive yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="169"/>
        <source>上接%1（该版尚未入库）</source>
        <translation>Continued from %1 (not in the archive yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="170"/>
        <source>跨版刊登：%1</source>
        <translation>Printed across pages: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/metadata.py" line="175"/>
        <source>扫描识别：%Ln 行</source>
        <translation><numerusform>Read by OCR: %Ln line</numerusform><numerusform>Read by OCR: %Ln lines</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/metadata.py" line="177"/>
        <source>，其中 %Ln 行置信度低于 80%，请核对</source>
        <translation><numerusform>; %Ln below 80% confidence, please check it</numerusform><numerusform>; %Ln below 80% confidence, please check them</numerusform></translation>
    </message>
</context>
<context>
    <name>PageController</name>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="162"/>
        <source>已设为本文的原版图</source>
        <translation>Set as this article's facsimile</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="176"/>
        <source>校对(&amp;P)</source>
        <translation>&amp;Proofread</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="181"/>
        <source>下一处存疑行</source>
        <translation>Next uncertain line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="182"/>
        <source>上一处存疑行</source>
        <translation>Previous uncertain line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="183"/>
        <source>改正选中的行…</source>
        <translation>Correct the chosen line…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="184"/>
        <source>校对段落与记录…</source>
        <translation>Paragraphs and corrections…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="187"/>
        <source>剪报模式</source>
        <translation>Clipping mode</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="197"/>
        <source>新建文章（取框内文字）</source>
        <translation>New article (the text inside)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="198"/>
        <source>作为当前文章的原版图</source>
        <translation>Facsimile of the current article</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="200"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="214"/>
        <source>改正此行…</source>
        <translation>Correct this line…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="215"/>
        <source>从此行起拆成新文章</source>
        <translation>Split: a new article from this line on</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pages.py" line="217"/>
        <source>把这篇并入当前文章</source>
        <translation>Merge this one into the current article</translation>
    </message>
</context>
<context>
    <name>PagePanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="25"/>
        <source>上一版</source>
        <translation>Previous page of the issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="25"/>
        <source>下一版</source>
        <translation>Next page of the issue</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="26"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="26"/>
        <source>整版</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="27"/>
        <source>实际大小</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="28"/>
        <source>存疑行</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="28"/>
        <source>下一处置信度低的行 (F4)</source>
        <translation>The next line read with low confidence (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="29"/>
        <source>改正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="29"/>
        <source>改正选中的行 (F2)；双击一行也可</source>
        <translation>Correct the chosen line (F2), or double-click a line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="30"/>
        <source>校对…</source>
        <translation>Proofread…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="30"/>
        <source>编辑段落，查看与撤销校对记录</source>
        <translation>Edit paragraphs; see and undo corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="31"/>
        <source>剪报</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="31"/>
        <source>在版面上拖出一个矩形：新建文章，或作为原版图</source>
        <translation>Drag a rectangle on the page: a new article, or a facsimile</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="70"/>
        <source>本版没有置信度低的行</source>
        <translation>No line on this page was read with low confidence</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="76"/>
        <source>存疑行 %1/%2：%3</source>
        <translation>Uncertain line %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="88"/>
        <source>这篇文章没有版面图像</source>
        <translation>This article has no page image</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="106"/>
        <source>版面 %1/%2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/pagepanel.py" line="107"/>
        <source>，%1 处命中</source>
        <translation>, %1 hits</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="74"/>
        <source>校对</source>
        <translation>Proofread</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="80"/>
        <source>保存此段</source>
        <translation>Save this paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="83"/>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="83"/>
        <source>校对人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="83"/>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="83"/>
        <source>原文</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="84"/>
        <source>改为</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="84"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="89"/>
        <source>撤销所选修改</source>
        <translation>Undo the chosen change</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="101"/>
        <source>校对记录</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="111"/>
        <source>校对：%1</source>
        <translation>Proofread: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="123"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="123"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="123"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="124"/>
        <source>小标题</source>
        <translation>Subheading</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="124"/>
        <source>署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="125"/>
        <source>图片说明</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="125"/>
        <source>段落</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="131"/>
        <source>第 %1 行</source>
        <translation>line %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="132"/>
        <source>第 %1 段</source>
        <translation>block %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/proofing.py" line="133"/>
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
        <location filename="../../desktop/baoku/gui/queryerrors.py" line="46"/>
        <source>第 %1 个字符处：%2</source>
        <translation>At character %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryHelp</name>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="27"/>
        <location filename="../../desktop/baoku/gui/help.py" line="71"/>
        <source>检索语法</source>
        <translation>Query language</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="42"/>
        <source>含有这个词的文章（繁体写法也算：知識產權）</source>
        <translation>Articles with this word (traditional characters count too: 知識產權)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="43"/>
        <source>两个词都有</source>
        <translation>Both words</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="44"/>
        <source>整个短语，一字不差</source>
        <translation>The whole phrase, exactly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="45"/>
        <source>有其中一个即可（也可写 |）</source>
        <translation>Either one (| works too)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="46"/>
        <source>有前者，没有后者（也可写 NOT）</source>
        <translation>The first, without the second (NOT works too)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="47"/>
        <source>括号把条件分组</source>
        <translation>Brackets group terms</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="48"/>
        <source>只在标题里找（引题、主题、副题）</source>
        <translation>Only in headlines (kicker, headline, subhead)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="49"/>
        <source>只在正文里找</source>
        <translation>Only in the body text</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="50"/>
        <source>作者、署名</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="51"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="52"/>
        <source>来源，如“据新华社电”</source>
        <translation>Source, such as 据新华社电 (Xinhua)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="53"/>
        <source>体裁：导语、圆桌、简讯……</source>
        <translation>Genre: 导语 lead-in, 圆桌 roundtable, 简讯 brief…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="54"/>
        <source>只看这份报纸</source>
        <translation>Only this paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="55"/>
        <source>某年、某月或某日：2024、2024-09、2024-09-11</source>
        <translation>A year, month or day: 2024, 2024-09, 2024-09-11</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="56"/>
        <source>日期范围（可只写一端：2024-07..）</source>
        <translation>A date range (one end may be open: 2024-07..)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="57"/>
        <source>第 5 版；版:A05 是 A 叠第 5 版</source>
        <translation>Page 5; 版:A05 is page 5 of section A</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="58"/>
        <source>条件可以任意组合</source>
        <translation>Combine any of these</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="65"/>
        <source>简体、繁体、全角、半角都按同一个字找；大小写不分。</source>
        <translation>Simplified and traditional, full- and half-width are found alike; case does not matter.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="66"/>
        <source>一边输入一边检索；按回车立刻检索。</source>
        <translation>The search runs as you type; Enter runs it at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="67"/>
        <source>点日历上的某一天、浏览树里的报纸或版面，会把相应的条件写进检索框，和检索词一起生效；点“清除筛选”去掉这些条件。</source>
        <translation>A day on the calendar, or a paper or page in the browse tree, writes its terms into the search box, where they combine with your words; Clear filter takes them out.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="69"/>
        <source>字段名也可用英文：title: body: byline: column: source: genre: paper: date: page:</source>
        <translation>Fields have English names too: title: body: byline: column: source: genre: paper: date: page:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/help.py" line="71"/>
        <source>点击例子即可运行：</source>
        <translation>Click an example to run it:</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="57"/>
        <source>上一处 (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="58"/>
        <source>下一处 (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="80"/>
        <source>选择一篇文章阅读</source>
        <translation>Select an article to read</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="92"/>
        <source>编辑提示：</source>
        <translation>Note to editors: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="92"/>
        <source>提要：</source>
        <translation>Abstract: </translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="145"/>
        <source>第 %1/%2 处</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="25"/>
        <source>输入即检索：知识产权  标题:新质  日期:2024-09  报纸:泉州晚报  (Ctrl+F)</source>
        <translation>Type to search: 知识产权  title:新质  date:2024-09  paper:泉州晚报  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="27"/>
        <source>检索式</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="29"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="32"/>
        <source>清除筛选</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="33"/>
        <source>去掉检索式里的报纸、日期和版面条件，保留检索词</source>
        <translation>Take the paper, date and page terms out of the query, keep the words</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="36"/>
        <source>按相关度</source>
        <translation>By relevance</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searchbar.py" line="37"/>
        <source>按日期（新的在前）</source>
        <translation>By date (newest first)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="88"/>
        <source>保存检索</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="88"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="120"/>
        <location filename="../../desktop/baoku/gui/searching.py" line="169"/>
        <source>列表仍是上次的结果，改好检索式后更新。</source>
        <translation>The list still shows the last answer; it updates once the query is fixed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="130"/>
        <source>检索中…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="193"/>
        <source>%Ln 篇</source>
        <translation><numerusform>%Ln article</numerusform><numerusform>%Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="194"/>
        <source>%1 篇（%Ln 种文本）</source>
        <translation><numerusform>%1 articles (%Ln text)</numerusform><numerusform>%1 articles (%Ln different texts)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="196"/>
        <source>（只读档案：%Ln 处改动尚未编入索引）</source>
        <translation><numerusform> (read-only archive: %Ln change not indexed yet)</numerusform><numerusform> (read-only archive: %Ln changes not indexed yet)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/baoku/gui/searching.py" line="198"/>
        <source>（索引更新中，%Ln 处改动尚未收录）</source>
        <translation><numerusform> (the index is being updated: %Ln change not in it yet)</numerusform><numerusform> (the index is being updated: %Ln changes not in it yet)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/searching.py" line="203"/>
        <source>（旧结果）</source>
        <translation>(stale) </translation>
    </message>
</context>
</TS>
