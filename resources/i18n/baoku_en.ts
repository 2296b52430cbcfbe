<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleTableModel</name>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="126"/>
        <source>另载于：</source>
        <translation>Also printed in:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>报名</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>版</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="139"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="140"/>
        <source>作者</source>
        <translation>Byline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/models.py" line="140"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="17"/>
        <source>报刊</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="18"/>
        <source>文章</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="20"/>
        <source>全部文章</source>
        <translation>All articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="30"/>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="31"/>
        <source>%1月</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="61"/>
        <source>%1版</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/browse.py" line="63"/>
        <source>第%1版</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="84"/>
        <source>日报</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="84"/>
        <source>周报</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="84"/>
        <source>双周刊</source>
        <translation>Biweekly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="85"/>
        <source>月刊</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="85"/>
        <source>出版周期未知</source>
        <translation>frequency unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="86"/>
        <source>%1 · %2期在库，缺%3期</source>
        <translation>%1 · %2 issues held, %3 missing</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/calendar.py" line="90"/>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="60"/>
        <source>每月命中篇数</source>
        <translation>Matching articles per month</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="74"/>
        <source>检索后显示每月报道量</source>
        <translation>Coverage per month appears after a search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="91"/>
        <source>最多 %1 篇</source>
        <translation>max %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="35"/>
        <source>导出 PDF（%1 篇）</source>
        <translation>Export PDF (%1 articles)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="41"/>
        <source>单栏</source>
        <translation>One column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="41"/>
        <source>双栏</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="47"/>
        <source>保持原文</source>
        <translation>As stored</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="47"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="48"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="48"/>
        <source>繁体（台湾用词）</source>
        <translation>Traditional (Taiwan usage)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="49"/>
        <source>繁体（香港）</source>
        <translation>Traditional (Hong Kong)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="50"/>
        <source>出处行</source>
        <translation>Source line</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="50"/>
        <source>GB/T 7714 参考文献</source>
        <translation>GB/T 7714 reference</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="51"/>
        <source>两者</source>
        <translation>Both</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="51"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="60"/>
        <source>中文里的半角标点印成全角</source>
        <translation>Print half-width punctuation in Chinese text as full-width</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="62"/>
        <source>裁切线和 3 毫米出血（交印刷厂）</source>
        <translation>Crop marks and 3 mm bleed (for a print shop)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="65"/>
        <source>报库文章选编</source>
        <translation>Baoku article selection</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="67"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="68"/>
        <source>分栏</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="69"/>
        <source>正文字号</source>
        <translation>Body size (pt)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="70"/>
        <source>简繁</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="71"/>
        <source>出处与引用</source>
        <translation>Source and citation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="72"/>
        <source>标题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="78"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="79"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/exporting.py" line="121"/>
        <source>预览：%1 页</source>
        <translation>Preview: %1 pages</translation>
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
        <source>报名</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="32"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/facets.py" line="33"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="140"/>
        <source>导入已取消，档案未作任何改动。</source>
        <translation>Import cancelled; the archive was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="141"/>
        <source>导入 %1 个文件（新增 %2 篇文章），%3 个已在档案中跳过，%4 个失败。</source>
        <translation>Imported %1 file(s) (%2 new articles); %3 already in the archive, skipped; %4 failed.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="150"/>
        <source>导入结果</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="154"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="155"/>
        <source>已在档案中</source>
        <translation>already in archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="156"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>IssueMetadataDialog</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="34"/>
        <location filename="../../desktop/baoku/gui/importing.py" line="72"/>
        <source>版面信息</source>
        <translation>Page details</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="35"/>
        <source>这些文件没有报名、日期和版次，请填写：</source>
        <translation>These files do not say their publication, date and page. Please give them:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="49"/>
        <source>如：民企会客厅</source>
        <translation>e.g. 民企会客厅</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="51"/>
        <source>报名</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="52"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="53"/>
        <source>版次</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="54"/>
        <source>版名</source>
        <translation>Page name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="76"/>
        <source>请填写报名</source>
        <translation>Please give the publication</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="93"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="108"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>JobsPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/importing.py" line="116"/>
        <source>没有进行中的任务</source>
        <translation>No jobs running</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="98"/>
        <source>检索：知识产权  标题:新质  日期:2024-09  来源:新华社  (Ctrl+F)</source>
        <translation>Search: 知识产权  title:新质  date:2024-09  source:新华社  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="103"/>
        <source>按相关度</source>
        <translation>By relevance</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="104"/>
        <source>按日期</source>
        <translation>By date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="158"/>
        <source>保存的检索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="162"/>
        <source>浏览</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="163"/>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="164"/>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="202"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="165"/>
        <source>导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="173"/>
        <source>任务</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="189"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="190"/>
        <source>新建档案…</source>
        <translation>New archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="191"/>
        <source>打开档案…</source>
        <translation>Open archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="192"/>
        <source>最近的档案</source>
        <translation>Recent archives</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="194"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="195"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="197"/>
        <source>备份档案…</source>
        <translation>Back up archive…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="198"/>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="533"/>
        <source>检查档案</source>
        <translation>Check archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="200"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="201"/>
        <source>检索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="203"/>
        <source>保存当前检索…</source>
        <translation>Save this search…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="204"/>
        <source>下一处命中</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="205"/>
        <source>上一处命中</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="206"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="208"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="237"/>
        <source>导入示例版面</source>
        <translation>Importing the sample page</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="241"/>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="293"/>
        <source>%1 篇</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="295"/>
        <source>%1 篇（%2 种文本）</source>
        <translation>%1 articles (%2 different texts)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="329"/>
        <source>检索中…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="368"/>
        <source>保存检索</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="368"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="402"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="416"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="417"/>
        <source>报纸文件 (*.txt *.jsonl *.ndjson *.xml *.nitf *.pdf *.zip);;所有文件 (*)</source>
        <translation>Newspaper files (*.txt *.jsonl *.ndjson *.xml *.nitf *.pdf *.zip);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="438"/>
        <source>导入 %1 项</source>
        <translation>Importing %1 item(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="491"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="498"/>
        <source>导出 %1 篇</source>
        <translation>Exporting %1 article(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="505"/>
        <source>已导出 %1（%2 页）</source>
        <translation>Exported %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="518"/>
        <source>备份档案</source>
        <translation>Back up archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="525"/>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="536"/>
        <source>档案完好。</source>
        <translation>The archive is sound.</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="539"/>
        <source>发现 %1 个问题。</source>
        <translation>Found %1 problem(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="540"/>
        <source>修复索引</source>
        <translation>Repair the index</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="551"/>
        <source>新建档案</source>
        <translation>New archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="519"/>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="552"/>
        <source>报库档案 (*.db)</source>
        <translation>Baoku archives (*.db)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="557"/>
        <source>打开档案</source>
        <translation>Open archive</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="557"/>
        <source>报库档案 (*.db);;所有文件 (*)</source>
        <translation>Baoku archives (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="563"/>
        <source>界面语言将在重新启动后切换</source>
        <translation>The interface language changes when Baoku restarts</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="568"/>
        <source>报库</source>
        <translation>Baoku</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/mainwindow.py" line="574"/>
        <source>出现了意外错误，档案没有改动。请把详细信息报告给开发者。</source>
        <translation>An unexpected error occurred; the archive was not changed. Please report the details.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="23"/>
        <source>引题</source>
        <translation>Kicker</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="23"/>
        <source>主题</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="23"/>
        <source>副题</source>
        <translation>Subhead</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="24"/>
        <source>栏目</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="24"/>
        <source>体裁</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="24"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="27"/>
        <source>出处</source>
        <translation>Printed in</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="38"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="39"/>
        <source>版次</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="40"/>
        <source>版名</source>
        <translation>Page name</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="52"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/metadata.py" line="53"/>
        <source>还原</source>
        <translation>Revert</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="52"/>
        <source>上一处 (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="53"/>
        <source>下一处 (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/baoku/gui/reader.py" line="133"/>
        <source>第 %1/%2 处</source>
        <translation>Hit %1 of %2</translation>
    </message>
</context>
</TS>
