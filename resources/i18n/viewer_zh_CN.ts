<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/dialogs.py" line="139"/>
        <source>Every figure is traced to the sentence of the article it comes from.</source>
        <translation>每个数字都可追溯到文章中的原句。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="141"/>
        <source>Data pack:</source>
        <translation>数据包：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="142"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="144"/>
        <source>What the statuses mean:</source>
        <translation>状态的含义：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="147"/>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../ui/review.py" line="110"/>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="111"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="112"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="113"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="114"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="115"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="116"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="117"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="118"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="119"/>
        <source>Found as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="237"/>
        <source>“%1” is not a number (write 1400, 1,400 or 1.5)</source>
        <translation>“%1”不是数字（请写作 1400、1,400 或 1.5）</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="243"/>
        <source>“%1” is not a four-digit year</source>
        <translation>“%1”不是四位数的年份</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="246"/>
        <source>status must be one of: %1</source>
        <translation>状态必须是以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="248"/>
        <source>qualifier must be empty or one of: %1</source>
        <translation>限定词必须为空或以下之一：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="251"/>
        <source>section must be one of: %1</source>
        <translation>部分必须是以下之一：%1</translation>
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
        <location filename="../../ui/charts/view.py" line="52"/>
        <source>Export or describe this chart</source>
        <translation>导出或描述此图表</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="53"/>
        <source>Chart menu: %s</source>
        <translation>图表菜单：%s</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="165"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="166"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="167"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="168"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="176"/>
        <source>Describe</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../ui/charts/view.py" line="193"/>
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
        <location filename="../../ui/table_model.py" line="235"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="236"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="237"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="238"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="239"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="240"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="241"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="30"/>
        <source>Find a figure by label, value or quote</source>
        <translation>按标签、数值或引文查找数据</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="31"/>
        <source>Find a figure</source>
        <translation>查找数据</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="39"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="40"/>
        <source>Next match (F3)</source>
        <translation>下一个匹配 (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="41"/>
        <source>Only doubtful figures</source>
        <translation>仅显示需核查的数据</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="45"/>
        <source>Show only disputed, unverifiable and forecast figures in cards, tables and facts, and bring them forward in the charts.</source>
        <translation>在卡片、表格和事实列表中仅显示有争议、无法核实和预测的数据，并在图表中突出显示它们。</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="76"/>
        <source>No figure matches</source>
        <translation>没有匹配的数据</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="78"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../ui/dialogs.py" line="157"/>
        <source>Shanghai Tech Hub Viewer help</source>
        <translation>上海科技中心数据浏览器帮助</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>1 figure</source>
        <translation>1 个数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>%1 figures</source>
        <translation>%1 个数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Opened %s</source>
        <translation>已打开 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Import an article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>An import is already running</source>
        <translation>已有一个导入正在进行</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Reading %1 and finding its figures…</source>
        <translation>正在读取 %1 并查找其中的数据…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Could not import the article.</source>
        <translation>无法导入该文章。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>“%1” (F9 shows it in the article)</source>
        <translation>“%1”（按 F9 在原文中查看）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="423"/>
        <source>Showing only doubtful figures: %n of them</source>
        <translation>
            <numerusform>仅显示需核查的数据：共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="442"/>
        <source>Zoom %1 %</source>
        <translation>缩放 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="476"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>&amp;Open data pack…</source>
        <translation>打开数据包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>&amp;Import article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="484"/>
        <source>&amp;Export chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Export &amp;all charts…</source>
        <translation>导出全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="490"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>&amp;Print chart…</source>
        <translation>打印图表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>Print re&amp;port…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="506"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="508"/>
        <source>&amp;Copy selected rows</source>
        <translation>复制所选行(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="511"/>
        <source>Copy chart &amp;image</source>
        <translation>复制图表图像(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="515"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="522"/>
        <source>Find pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="529"/>
        <source>&amp;Go to tab</source>
        <translation>转到标签页(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>&amp;Next tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>&amp;Previous tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="542"/>
        <source>Only &amp;doubtful figures</source>
        <translation>仅显示需核查的数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="545"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="548"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="550"/>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="553"/>
        <source>&amp;Source</source>
        <translation>原文(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="564"/>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="568"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="576"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="583"/>
        <location filename="../../ui/main_window.py" line="585"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="587"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="626"/>
        <source>Open data pack</source>
        <translation>打开数据包</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="698"/>
        <source>Chart image copied</source>
        <translation>图表图像已复制</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="701"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="702"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="703"/>
        <source>CSV data (*.csv)</source>
        <translation>CSV 数据 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Export “%1”</source>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724"/>
        <location filename="../../ui/main_window.py" line="779"/>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="732"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="734"/>
        <source>Nothing was half-written; any file that was to be replaced is unchanged.</source>
        <translation>没有写入不完整的文件；原本要被替换的文件保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="754"/>
        <source>Print “%1”</source>
        <translation>打印“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>Printed “%1”</source>
        <translation>已打印“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Print report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="764"/>
        <source>Printed the report</source>
        <translation>已打印报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="769"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="811"/>
        <source>%1 files in %2 will be replaced (%3). Replace them?</source>
        <translation>%2 中的 %1 个文件将被替换（%3）。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="813"/>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Exporting charts…</source>
        <translation>正在导出图表…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <location filename="../../ui/main_window.py" line="816"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="823"/>
        <source>Exporting %s</source>
        <translation>正在导出 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="831"/>
        <source>Export cancelled; no file was written or replaced</source>
        <translation>导出已取消；没有写入或替换任何文件</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="838"/>
        <source>Exported %d files to %s</source>
        <translation>已导出 %d 个文件到 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="880"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="881"/>
        <source>The new language applies when the viewer starts. Restart now?</source>
        <translation>新语言将在浏览器启动时生效。现在重新启动吗？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="884"/>
        <source>Restart now</source>
        <translation>现在重新启动</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="885"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="911"/>
        <source>About %s</source>
        <translation>关于 %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="928"/>
        <source># Help

The user guide could not be read: %s</source>
        <translation># 帮助

无法读取用户指南：%s</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../ui/review.py" line="287"/>
        <source>Review import: %1</source>
        <translation>审阅导入：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="292"/>
        <source>Pack title</source>
        <translation>数据包标题</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="297"/>
        <source>Article, candidates&apos; sentences marked</source>
        <translation>文章，已标出候选数据所在的句子</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="300"/>
        <source>Candidates</source>
        <translation>候选数据</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="311"/>
        <source>Flagged passages</source>
        <translation>标记的段落</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="313"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="320"/>
        <source>Nothing was flagged: the whole article is kept.</source>
        <translation>没有标记任何内容：整篇文章均保留。</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="326"/>
        <source>Save pack…</source>
        <translation>保存数据包…</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="334"/>
        <source>Candidates: tick what goes into the pack; double-click a cell to edit</source>
        <translation>候选数据：勾选要放入数据包的项；双击单元格进行编辑</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="317"/>
        <source>Ticked: left out of the pack&apos;s article. Untick to keep it in the article.</source>
        <translation>勾选：不放入数据包的文章。取消勾选即可把它保留在文章中。</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="336"/>
        <source>Flagged passages, ticked to leave them out of the article</source>
        <translation>标记的段落，勾选的不放入文章</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="345"/>
        <source>Pack title:</source>
        <translation>数据包标题：</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="353"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="354"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="356"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="379"/>
        <source>Ready to save: %1</source>
        <translation>可以保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="379"/>
        <source>Not yet a valid pack: %1</source>
        <translation>还不是有效的数据包：%1</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="440"/>
        <source>Save the pack as a folder</source>
        <translation>将数据包保存为文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="446"/>
        <source>Replace folder?</source>
        <translation>替换文件夹？</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="447"/>
        <source>%1 exists and is not empty. Replace it with this pack?</source>
        <translation>%1 已存在且不为空。要用此数据包替换它吗？</translation>
    </message>
    <message>
        <location filename="../../ui/review.py" line="468"/>
        <source>Could not save the pack</source>
        <translation>无法保存数据包</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../ui/section_tab.py" line="75"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="76"/>
        <source>Sectors</source>
        <translation>产业</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="77"/>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="78"/>
        <source>Challenges</source>
        <translation>挑战</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <location filename="../../ui/section_tab.py" line="346"/>
        <source>The first %1 of %2 figures as cards; the table below lists them all.</source>
        <translation>卡片只显示 %2 个数据中的前 %1 个；下方表格列出全部数据。</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="365"/>
        <source>Figures in this section</source>
        <translation>本部分的数据</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="370"/>
        <source>Figures table: %s</source>
        <translation>数据表：%s</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="374"/>
        <source>No doubtful figures in this section.</source>
        <translation>本部分没有需核查的数据。</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="380"/>
        <source>Facts without a number</source>
        <translation>没有数字的事实</translation>
    </message>
    <message>
        <location filename="../../ui/section_tab.py" line="383"/>
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
        <location filename="../../ui/source_panel.py" line="75"/>
        <source>Article: %s</source>
        <translation>文章：%s</translation>
    </message>
    <message>
        <location filename="../../ui/source_panel.py" line="78"/>
        <source>Click a bar, card or row to see its sentence here.</source>
        <translation>点击柱形、卡片或表格行，即可在此看到对应的原句。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/theme.py" line="234"/>
        <source>Reported</source>
        <translation>已报道</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="235"/>
        <source>Disputed</source>
        <translation>存疑</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="236"/>
        <source>Unverifiable</source>
        <translation>无法核实</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="237"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="238"/>
        <source>stated by the article; no reason to doubt it</source>
        <translation>文章所述，没有理由怀疑</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="239"/>
        <source>contradicted by other public reporting; see its note</source>
        <translation>与其他公开报道相矛盾；见其注释</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="240"/>
        <source>cannot be checked against any public record</source>
        <translation>无法与任何公开记录核对</translation>
    </message>
    <message>
        <location filename="../../ui/theme.py" line="241"/>
        <source>a prediction, not an outcome</source>
        <translation>是预测，而非结果</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/dialogs.py" line="115"/>
        <source>Cannot open data pack</source>
        <translation>无法打开数据包</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="117"/>
        <source>The data pack in %1 cannot be opened (1 problem). The pack that was open stays open.</source>
        <translation>无法打开 %1 中的数据包（1 个问题）。当前打开的数据包保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="119"/>
        <source>The data pack in %1 cannot be opened (%2 problems). The pack that was open stays open.</source>
        <translation>无法打开 %1 中的数据包（%2 个问题）。当前打开的数据包保持不变。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="124"/>
        <source>… and %1 more: see the details, or run: python main.py validate PATH</source>
        <translation>… 另有 %1 个问题：请查看详细信息，或运行：python main.py validate 路径</translation>
    </message>
</context>
</TS>
