<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that qtbase_zh_CN leaves untranslated or words oddly (found by looking at
     Qt's file dialog and message boxes under Xvfb). Installed after qtbase_zh_CN, so asked first.
     Compiled by update.sh into baoku_zh_CN.qm. Baoku's own strings are Chinese in the code. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message><source>&amp;Look in:</source><translation>查找范围(&amp;L)：</translation></message>
    <message><source>Files of &amp;type:</source><translation>文件类型(&amp;T)：</translation></message>
    <message><source>File &amp;name:</source><translation>文件名(&amp;N)：</translation></message>
    <message><source>File name:</source><translation>文件名：</translation></message>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>&amp;Cancel</source><translation>取消(&amp;C)</translation></message>
    <message><source>Computer</source><translation>计算机</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Size</source><translation>大小</translation></message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Folder</source><translation>文件夹</translation></message>
    <message><source>File</source><translation>文件</translation></message>
    <message><source>Drive</source><translation>驱动器</translation></message>
    <message><source>%1 File</source><translation>%1 文件</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>OK</source><translation>确定</translation></message>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>&amp;Yes</source><translation>是(&amp;Y)</translation></message>
    <message><source>&amp;No</source><translation>否(&amp;N)</translation></message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message><source>Cancel</source><translation>取消</translation></message>
    <message><source>&amp;OK</source><translation>确定(&amp;O)</translation></message>
    <message><source>&amp;Cancel</source><translation>取消(&amp;C)</translation></message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message><source>&amp;OK</source><translation>确定(&amp;O)</translation></message>
    <message><source>&amp;Cancel</source><translation>取消(&amp;C)</translation></message>
    <message><source>&amp;Save</source><translation>保存(&amp;S)</translation></message>
    <message><source>&amp;Open</source><translation>打开(&amp;O)</translation></message>
    <message><source>&amp;Close</source><translation>关闭(&amp;C)</translation></message>
</context>
</TS>
