<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/dialogs.py" line="128"/>
        <source>Every figure is traced to the sentence of the article it comes from.</source>
        <translation>每个数字都可追溯到文章中的原句。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130"/>
        <source>Data pack:</source>
        <translation>数据包：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="131"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="133"/>
        <source>What the statuses mean:</source>
        <translation>状态的含义：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="136"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../ui/charts/figure.py" line="30"/>
        <source>“%1” is disputed.</source>
        <translation>“%1”存疑。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="31"/>
        <source>“%1” cannot be verified.</source>
        <translation>“%1”无法核实。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="32"/>
        <source>“%1” is a forecast.</source>
        <translation>“%1”是一项预测。</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="33"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="34"/>
        <source>hatched</source>
        <translation>斜线</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="35"/>
        <source>dotted</source>
        <translation>点状</translation>
    </message>
    <message>
        <location filename="../../ui/charts/figure.py" line="36"/>
        <source>outline</source>
        <translation>仅轮廓</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../ui/charts/view.py" line="51"/>
        <source>Export or describe this chart</source>
        <translation>导出或描述此图表</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="52"/>
        <source>Chart menu: %s</source>
        <translation>图表菜单：%s</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="146"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="147"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="148"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="149"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="157"/>
        <source>Describe</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="174"/>
        <source>Describe chart</source>
        <translation>描述图表</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Something went wrong: %s</source>
        <translation>出现问题：%s</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>The window keeps working. The details were written to %s</source>
        <translation>窗口仍可继续使用。详细信息已写入 %s</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="35"/>
        <source>Export all charts</source>
        <translation>导出全部图表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="38"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="46"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="47"/>
        <source>SVG image</source>
        <translation>SVG 图像</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="48"/>
        <source>CSV data</source>
        <translation>CSV 数据</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="49"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Image width</source>
        <translation>图像宽度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>Dark background</source>
        <translation>深色背景</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="65"/>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="66"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="67"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="90"/>
        <source>Export into folder</source>
        <translation>导出到文件夹</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <location filename="../../ui/table_model.py" line="215"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="216"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="217"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="218"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="219"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="220"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="221"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/dialogs.py" line="146"/>
        <source>Shanghai Tech Hub Viewer help</source>
        <translation>上海科技中心数据浏览器帮助</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>1 figure</source>
        <translation>1 个数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>%1 figures</source>
        <translation>%1 个数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Opened %s</source>
        <translation>已打开 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>“%1” (F9 shows it in the article)</source>
        <translation>“%1”（按 F9 在原文中查看）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>&amp;Open data pack…</source>
        <translation>打开数据包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Export &amp;all charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;Print chart…</source>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="293"/>
        <source>Print re&amp;port…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Copy selected rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Copy chart &amp;image</source>
        <translation>复制图表图像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>&amp;Go to tab</source>
        <translation>转到标签页(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>&amp;Source</source>
        <translation>原文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>Open data pack</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="466"/>
        <source>Chart image copied</source>
        <translation>图表图像已复制</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="469"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="492"/>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="502"/>
        <source>Nothing was half-written; any file that was to be replaced is unchanged.</source>
        <translation>没有写入不完整的文件；原本要被替换的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Printed “%1”</source>
        <translation>已打印“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>Printed the report</source>
        <translation>已打印报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="534"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>%1 files in %2 will be replaced (%3). Replace them?</source>
        <translation>%2 中的 %1 个文件将被替换（%3）。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="578"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="581"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588"/>
        <source>Exporting %s</source>
        <translation>正在导出 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="596"/>
        <source>Export cancelled; files already written are complete</source>
        <translation>导出已取消；已写入的文件都是完整的</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603"/>
        <source>Exported %d files to %s</source>
        <translation>已导出 %d 个文件到 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="645"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="646"/>
        <source>The new language applies when the viewer starts. Restart now?</source>
        <translation>新语言将在浏览器启动时生效。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="649"/>
        <source>Restart now</source>
        <translation>现在重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="650"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>About %s</source>
        <translation>关于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="688"/>
        <source># Help

The user guide could not be read: %s</source>
        <translation># 帮助

无法读取用户指南：%s</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/section_tab.py" line="67"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="68"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="69"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="70"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../ui/section_tab.py" line="326"/>
        <source>Figures in this section</source>
        <translation>本部分的数据</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="330"/>
        <source>Figures table: %s</source>
        <translation>数据表：%s</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="337"/>
        <source>Facts without a number</source>
        <translation>没有数字的事实</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="339"/>
        <source>Facts: %s</source>
        <translation>事实：%s</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../ui/source_panel.py" line="37"/>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <location filename="../../ui/source_panel.py" line="70"/>
        <source>Article: %s</source>
        <translation>文章：%s</translation>
    </message>
    <message>
        <location filename="../../ui/source_panel.py" line="73"/>
        <source>Click a bar, card or row to see its sentence here.</source>
        <translation>点击柱形、卡片或表格行，即可在此看到对应的原句。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/theme.py" line="233"/>
        <source>Reported</source>
        <translation>已报道</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="234"/>
        <source>Disputed</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="235"/>
        <source>Unverifiable</source>
        <translation>无法核实</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="236"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="237"/>
        <source>stated by the article; no reason to doubt it</source>
        <translation>文章所述，没有理由怀疑</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="238"/>
        <source>contradicted by other public reporting; see its note</source>
        <translation>与其他公开报道相矛盾；见其注释</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="239"/>
        <source>cannot be checked against any public record</source>
        <translation>无法与任何公开记录核对</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="240"/>
        <source>a prediction, not an outcome</source>
        <translation>是预测，而非结果</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs.py" line="112"/>
        <source>Cannot open data pack</source>
        <translation>无法打开数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="114"/>
        <source>The data pack in %1 cannot be opened (1 problem). The pack that was open stays open.</source>
        <translation>无法打开 %1 中的数据包（1 个问题）。当前打开的数据包保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="116"/>
        <source>The data pack in %1 cannot be opened (%2 problems). The pack that was open stays open.</source>
        <translation>无法打开 %1 中的数据包（%2 个问题）。当前打开的数据包保持不变。</translation>
    </message>
</context>
</TS>
