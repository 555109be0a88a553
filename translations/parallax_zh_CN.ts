<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Parallax::AlignedPanel</name>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="+32"/>
        <source>Aligned sentences</source>
        <translation>对齐的句子</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Click a sentence in the columns to see its counterparts here, one under another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;点击各栏中的句子，即可在此处上下逐一查看各篇文章中与之对应的句子。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No other article carries this sentence.</source>
        <translation>其他文章中都没有这句话。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moved</source>
        <extracomment>A sentence that stands at another place in the other article</extracomment>
        <translation>位置不同</translation>
    </message>
</context>
<context>
    <name>Parallax::Article</name>
    <message>
        <location filename="../app/core/article.cpp" line="+34"/>
        <source>Unknown outlet (%1)</source>
        <translation>未知媒体（%1）</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleDetailsDialog</name>
    <message>
        <location filename="../app/ui/articledetailsdialog.cpp" line="+50"/>
        <source>Dated</source>
        <extracomment>Check box: whether the article has a publication date (the date field beside it)</extracomment>
        <translation>有日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article Details</source>
        <translation>文章详情</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma-separated, e.g. energy, to check</source>
        <translation>用英文逗号分隔，例如：能源, 待核实</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>媒体(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline:</source>
        <translation>署名(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+22"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation>使用文库文件 PATH（默认：$PARALLAX_LIBRARY，其次为应用程序数据文件夹）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON instead of text.</source>
        <translation>输出 JSON 而非文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>在终端中显示网页引擎的诊断信息。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage:
  parallax [--library P] [FILE...]          open the window, importing and comparing FILEs
  parallax [--library P] --sample           open the window on the sample story
  parallax import [--library P] [--url URL]... [PATH...]
                                            import files, folders and web links
  parallax list [--library P] [--json]      list the articles in the library
  parallax search [--library P] [--json] QUERY
                                            full-text search (SQLite FTS5 syntax)
  parallax compare [--json] [--library P] INPUT...
                                            compare 2 to 12 files or library ids
  parallax backup [--library P] OUT         a consistent copy of the library
  parallax restore [--library P] BACKUP     put a backup in place (the old file is kept)
  parallax stories [--library P] [--json] [--rebuild]
                                            stories: coverage grouped by event
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            RSS and Atom subscriptions
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            the comparison as a PDF (no display needed)
  parallax library copy FROM TO             a library moved between a file and a server
  parallax --version | --help

The library is --library P, else $PARALLAX_LIBRARY, else %1
P is a file, or a PostgreSQL server&apos;s postgresql://user@host:port/database
</source>
        <translation>用法：
  parallax [--library P] [FILE...]          打开窗口，导入并对比 FILE
  parallax [--library P] --sample           打开窗口并显示示例新闻事件
  parallax import [--library P] [--url URL]... [PATH...]
                                            导入文件、文件夹和网页链接
  parallax list [--library P] [--json]      列出文库中的文章
  parallax search [--library P] [--json] QUERY
                                            全文搜索（SQLite FTS5 语法）
  parallax compare [--json] [--library P] INPUT...
                                            对比 2 到 12 个文件或文库文章编号
  parallax backup [--library P] OUT         生成文库的一致性副本
  parallax restore [--library P] BACKUP     启用一个备份（旧文件会保留）
  parallax stories [--library P] [--json] [--rebuild]
                                            新闻事件：按事件归组的报道
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            RSS 和 Atom 订阅
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            将对比导出为 PDF（无需图形显示）
  parallax library copy FROM TO             在文件与服务器之间迁移资料库
  parallax --version | --help

文库为 --library P；未指定时为 $PARALLAX_LIBRARY；再否则为 %1
P 是一个文件，或 PostgreSQL 服务器的 postgresql://用户@主机:端口/数据库
</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usage: parallax library copy [--library P] [FROM] TO</source>
        <translation>用法：parallax library copy [--library P] [FROM] TO</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parallax %1: unexpected argument %2</source>
        <translation>parallax %1：意外的参数 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="+10"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation>文库已升级；旧版本的副本位于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+18"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation>下载 URL（http 或 https）处的文章并导入；可多次指定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or folders to import.</source>
        <translation>要导入的文件或文件夹。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-59"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation>用法：parallax import [--library P] [--url URL]... [PATH...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+8"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation>parallax import: 未指定文件、文件夹或 --url</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation>parallax import: %1 不是 http 或 https 链接</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library could not store it (%1)</source>
        <translation>文库无法保存该文章（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation>用法：parallax list [--library P] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/list.cpp" line="+25"/>
        <source>parallax list: %1</source>
        <translation>parallax list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+27"/>
        <source>Only articles with this tag.</source>
        <translation>仅限带有此标签的文章。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite FTS5 query.</source>
        <translation>一条 SQLite FTS5 查询。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</source>
        <translation>用法：parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+6"/>
        <source>parallax search: no query given</source>
        <translation>parallax search: 未指定查询</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: dates are YYYY-MM-DD and --sort is relevance or date</source>
        <translation>parallax search: 日期格式为 YYYY-MM-DD，--sort 的取值为 relevance 或 date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: %1</source>
        <translation>parallax search: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/compare.cpp" line="+25"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation>%1 句，%2 句仅见于此，%3% 见于其他文章</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation>[%1] ↔ [%2]：[%1] 的 %3% 见于 [%2]，[%2] 的 %4% 见于 [%1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation>%2 %1 句，%4 %3 句，%6 %5 句</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>[%1] looks derived from [%2]</source>
        <translation>[%1] 似乎源自 [%2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation>
            <numerusform>%n 个数字，%1 条引语，%2 处差异</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine time: %1 ms</source>
        <translation>引擎耗时：%1 毫秒</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/inputs.cpp" line="+28"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation>parallax %1: 文库 %3 中没有文章 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parallax %1: %2: %3</source>
        <translation>parallax %1: %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation>2 到 %1 个文章文件或文库文章编号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax %1: give 2 to %2 articles (got %3)</source>
        <translation>parallax %1: 请提供 2 到 %2 篇文章（实际为 %3 篇）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation>用法：parallax compare [--json] [--library P] INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+23"/>
        <source>Write the library (or --story) as Markdown files with an index.json into DIR.</source>
        <translation>将文库（或 --story 指定的新闻事件）以 Markdown 文件写入 DIR，并附带一个 index.json。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --markdown: only this story.</source>
        <translation>与 --markdown 一起使用：仅导出此新闻事件。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
       parallax export --markdown DIR [--story ID] [--library P]</source>
        <translation>用法：parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
      parallax export --markdown DIR [--story ID] [--library P]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+17"/>
        <source>Regroup every article, keeping the reader&apos;s own choices.</source>
        <translation>重新为所有文章归组，保留用户自己所做的选择。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+11"/>
        <source>Usage: parallax stories [--library P] [--json] [--rebuild]</source>
        <translation>用法：parallax stories [--library P] [--json] [--rebuild]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+10"/>
        <source>parallax stories: the stories could not be rebuilt (%1)</source>
        <translation>parallax stories: 无法重建新闻事件（%1）</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Where the backup goes.</source>
        <translation>备份的保存位置。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax restore [--library P] BACKUP</source>
        <translation>用法：parallax restore [--library P] BACKUP</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usage: parallax backup [--library P] OUT</source>
        <translation>用法：parallax backup [--library P] OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>parallax restore: %1</source>
        <translation>parallax restore: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>parallax backup: %1</source>
        <translation>parallax backup: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-37"/>
        <source>With --verbose, any of these lets the web engine&apos;s (Chromium&apos;s) diagnostics through to the terminal.</source>
        <translation>加上 --verbose 后，以上任一命令都会在终端中显示网页引擎（Chromium）的诊断信息。</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="-10"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation>将对比结果以 PDF 格式写入 OUT。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation>标题区使用的新闻事件标题（默认：第一篇文章的标题）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation>parallax export: 请用 --pdf OUT.pdf 指定 PDF 的保存位置</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+22"/>
        <source>parallax export: %1</source>
        <translation>parallax export: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="-47"/>
        <source>Only articles of this outlet.</source>
        <translation>仅限此媒体的文章。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or after this date.</source>
        <translation>仅限在此日期当天或之后发布的文章。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or before this date.</source>
        <translation>仅限在此日期当天或之前发布的文章。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles of this story.</source>
        <translation>仅限此新闻事件的文章。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relevance (the default) or date (newest first).</source>
        <translation>relevance（按相关度，默认）或 date（按日期，最新的在前）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="-19"/>
        <source>exported %n article(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 篇文章到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>exported %n page(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 页到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+24"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation>订阅 OPML 订阅列表中的所有订阅源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or refresh.</source>
        <translation>add、list 或 refresh。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation>订阅源地址（add）或订阅源编号（refresh）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+28"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation>用法：parallax feeds add [--library P] (URL... | --opml FILE)
      parallax feeds list [--library P] [--json]
      parallax feeds refresh [--library P] [ID...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+131"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation>parallax feeds: 请指定 add、list 或 refresh</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation>parallax feeds: %1: 无法读取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds: %1: %2</source>
        <translation>parallax feeds: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation>parallax feeds add: 请提供订阅源地址或 --opml FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation>parallax feeds add: %1 不是 http 或 https 地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parallax feeds add: %1: %2</source>
        <translation>parallax feeds add: %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation>parallax feeds refresh: 没有订阅源 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
        <translation>新增 %1 篇，%2 篇此前已见过，%3 篇已在文库中，跳过 %4 篇</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/library.cpp" line="+13"/>
        <source>Copy a library.</source>
        <translation>复制资料库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library to copy: a file or a postgresql:// address.</source>
        <translation>要复制的资料库：一个文件或一个 postgresql:// 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An empty library (a new file, or an empty database on a server).</source>
        <translation>一个空资料库（新文件，或服务器上的空数据库）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copying %1: %2 rows</source>
        <translation>正在复制 %1：%2 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parallax library copy: %1</source>
        <translation>parallax library copy：%1</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="+83"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="+19"/>
        <source>Only facts some outlets leave out</source>
        <translation>仅显示部分媒体未提及的事实</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage</source>
        <translation>报道覆盖</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim</source>
        <extracomment>Column header: a fact (figure or quote) the articles report, one per row</extracomment>
        <translation>说法</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>仅见于 %1（%n 句）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Discrepancy</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+143"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifier</source>
        <translation>限定词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>换算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote in one outlet</source>
        <translation>仅一家媒体的引语</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="+37"/>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation>上一处差异（Shift+F8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next discrepancy (F8)</source>
        <translation>下一处差异（F8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 differs from the others</source>
        <translation>%1 与其他媒体不同</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation>各媒体在所有数字和引语上均一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation>打开两篇或更多文章，以核对其中的数字和引语。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyTable</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+92"/>
        <source>different value</source>
        <translation>数值不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different qualifier</source>
        <translation>限定词不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion off</source>
        <translation>换算有误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered quote</source>
        <translation>引语被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one outlet</source>
        <translation>仅一家媒体</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedParser</name>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="+118"/>
        <source>this is not an RSS or Atom feed</source>
        <translation>这不是 RSS 或 Atom 订阅源</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the feed is not well-formed XML (%1, line %2)</source>
        <translation>订阅源不是格式正确的 XML（%1，第 %2 行）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed is empty</source>
        <translation>订阅源为空</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the subscription list is not well-formed XML (%1)</source>
        <translation>订阅列表不是格式正确的 XML（%1）</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedUpdater</name>
    <message>
        <location filename="../app/services/feedservice.cpp" line="+53"/>
        <source>the item has neither the article nor a link to it</source>
        <translation>该条目既没有文章正文，也没有指向文章的链接</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no feed %1</source>
        <translation>没有订阅源 %1</translation>
    </message>
</context>
<context>
    <name>Parallax::FiguresPanel</name>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="+151"/>
        <source>No market moves in these articles.</source>
        <translation>这些文章中没有市场涨跌数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money amounts in these articles.</source>
        <translation>这些文章中没有金额。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Market moves chart</source>
        <translation>市场涨跌图表</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>change (square-root scale)</source>
        <translation>变动（平方根刻度）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amounts chart</source>
        <translation>金额图表</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation>≠ 各媒体在这一数字上不一致。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Market moves</source>
        <translation>市场涨跌</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagrees (≠)</source>
        <translation>不一致（≠）</translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="+119"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>文件过大（%1；上限为 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation>Parallax 无法读取此类文件（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is binary, not text</source>
        <translation>该文件是二进制文件，不是文本</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlImporter</name>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+325"/>
        <source>the article extractor is missing from this build</source>
        <translation>此版本中缺少文章提取器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page nests its elements %1 levels deep (more than %2): it is not an article page</source>
        <translation>该页面的元素嵌套了 %1 层（超过 %2 层）：这不是文章页面</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlextractor.cpp" line="+45"/>
        <location line="+99"/>
        <source>no temporary folder to read the page in</source>
        <translation>没有可用于读取页面的临时文件夹</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation>读取页面耗时超过 %1 秒</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>the page could not be read</source>
        <translation>无法读取该页面</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+35"/>
        <source>no article text was found in this page</source>
        <translation>此页面中未找到文章正文</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-197"/>
        <source>Word for word in %1</source>
        <translation>与 %1 逐字相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworded in %1</source>
        <translation>在 %1 中经过改写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly in %1</source>
        <translation>部分见于 %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+70"/>
        <source>Shared: %1</source>
        <translation>共有：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same meaning: %1</source>
        <translation>同义：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>改动：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only here: %1</source>
        <translation>仅此处：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in %1: %2</source>
        <translation>仅见于 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section heading (not compared)</source>
        <translation>小标题（不参与比较）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <source>Only in this article</source>
        <translation>仅见于本文</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Disagrees: %1</source>
        <translation>不一致：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+36"/>
        <location filename="../app/report/screenreport.cpp" line="+47"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n 词</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% found in the others</source>
        <translation>%1% 见于其他文章</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+130"/>
        <source>Derived from %1</source>
        <translation>源自 %1</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+124"/>
        <source>Inferred from the text.</source>
        <translation>由正文推断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from the byline.</source>
        <translation>由署名推断。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from a link in the article.</source>
        <translation>由文中的链接推断。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the name of the file&apos;s folder.</source>
        <translation>由文件所在文件夹的名称推断。</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="-20"/>
        <source>Double-click to name the outlet.</source>
        <translation>双击以填写媒体名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of this article&apos;s sentences found in the others</source>
        <translation>本文中在其他文章里也出现的句子所占比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% elsewhere</source>
        <translation>%1% 见于他处</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="-31"/>
        <source>Moved: %1 has this elsewhere; click to go there</source>
        <translation>位置不同：%1 在别处有此内容；点击前往</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="+22"/>
        <source>Overview of %1: click to go there</source>
        <translation>%1 概览：点击前往</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+16"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation>
            <numerusform>于 %1 使用 Parallax 对比了 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-26"/>
        <source>the outlets give different values</source>
        <translation>各媒体给出的数值不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value, qualified differently</source>
        <translation>数值相同，修饰语不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conversion&apos;s rate is off</source>
        <translation>换算汇率不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote&apos;s words differ</source>
        <translation>引语措辞不同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quoted by no other outlet</source>
        <translation>其他媒体均未引用</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+18"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quotes of named people</source>
        <translation>具名人士的引语</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n 条仅见于此</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listed in the appendix</source>
        <translation>见附录</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+131"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in the others</source>
        <translation>见于其他文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique claims</source>
        <translation>独有陈述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Derived from</source>
        <translation>来源于</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outlets; an arrow goes from a copy to the article it is derived from.</source>
        <translation>各媒体；箭头从副本指向其来源文章。</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-93"/>
        <source>up</source>
        <translation>上升</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>下降</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>word for word</source>
        <translation>逐字相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ altered</source>
        <translation>≠ 有改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened</source>
        <translation>有删节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer</source>
        <extracomment>A quote that one outlet gives at greater length than the others</extracomment>
        <translation>有增补</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech</source>
        <translation>转述</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+41"/>
        <source>Coverage: what two or more outlets report</source>
        <translation>报道覆盖：两家及以上媒体报道的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No claim is carried by more than one outlet.</source>
        <translation>没有任何陈述被一家以上媒体报道。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in one outlet</source>
        <translation>仅见于一家媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no other outlet carries, per outlet in reading order; the numbers are those in the columns.</source>
        <translation>其他媒体均未报道的内容，按媒体及阅读顺序排列；编号与各栏中的编号一致。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>仅见于 %1（%n 句）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation>各对象、各媒体的市场涨跌（百分比变动）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation>以对数刻度显示的金额，按指标分组。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each row is one claim, the most widely carried first; %1.</source>
        <translation>每行为一条陈述，转载最多者在前；%1。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No figures in these articles.</source>
        <translation>这些文章中没有数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>一致性</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≠ disagrees</source>
        <translation>≠ 不一致</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quotations in these articles.</source>
        <translation>这些文章中没有引语。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>匹配情况</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+27"/>
        <source>only in this outlet</source>
        <translation>仅见于此媒体</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="-207"/>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation>各媒体在找到的所有数字和引语上均一致。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Discrepancies in full</source>
        <translation>全部差异</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="+31"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation>在文库中选择二至六篇文章，或将文章文件拖放到此处，即可并排阅读。</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>Word for word elsewhere</source>
        <translation>他处逐字相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded elsewhere</source>
        <translation>他处经过改写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly elsewhere</source>
        <translation>他处部分相同</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+42"/>
        <source>changed words</source>
        <translation>改动的词语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure that disagrees</source>
        <translation>不一致的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote worded differently</source>
        <translation>措辞不同的引语</translation>
    </message>
</context>
<context>
    <name>Parallax::ImportNotice</name>
    <message>
        <location filename="../app/ui/importnotice.cpp" line="+19"/>
        <source>Import summary</source>
        <translation>导入摘要</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close this notice</source>
        <translation>关闭此提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of every file:</source>
        <translation>每个文件的处理结果：</translation>
    </message>
</context>
<context>
    <name>Parallax::Labels</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>market value</source>
        <translation>市值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training cost</source>
        <translation>训练成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share price</source>
        <translation>股价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index level</source>
        <translation>指数点位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deal value</source>
        <translation>交易金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge</source>
        <translation>减值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment</source>
        <translation>投资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation</source>
        <translation>通胀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest rate</source>
        <translation>利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity use</source>
        <translation>用电量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body weight</source>
        <translation>体重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>薪酬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bills</source>
        <translation>账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stake</source>
        <translation>股份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damages</source>
        <translation>赔偿金</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>word for word</source>
        <translation>逐字相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reworded</source>
        <translation>改写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in part</source>
        <translation>部分相同</translation>
    </message>
</context>
<context>
    <name>Parallax::Language</name>
    <message>
        <location filename="../app/ui/language.cpp" line="+24"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>Parallax::Library</name>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+120"/>
        <source>The library %1 is damaged (%2).</source>
        <translation>文库 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation>无法打开文库 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation>无法打开文库 %1：无法创建其所在的文件夹。</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+35"/>
        <location filename="../app/ui/serverconnect.cpp" line="+52"/>
        <source>Cannot open the library %1: %2</source>
        <translation>无法打开文库 %1：%2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>it is not an SQLite database (%1)</source>
        <translation>它不是 SQLite 数据库（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>the library file %1 is read-only</source>
        <translation>文库文件 %1 为只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the library is full (%1)</source>
        <translation>文库所在的磁盘已满（%1）</translation>
    </message>
    <message>
        <location filename="../app/storage/searchqueries.cpp" line="+185"/>
        <location line="+23"/>
        <source>the search “%1” is not valid: %2</source>
        <translation>搜索“%1”无效：%2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>see the FTS5 query syntax</source>
        <translation>参见 FTS5 查询语法</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="+243"/>
        <source>an article needs a title</source>
        <translation>文章必须有标题</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no article %1</source>
        <translation>没有文章 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was trimmed from this article</source>
        <translation>此文章未删去任何内容</translation>
    </message>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+7"/>
        <source>a library on a server is backed up by the server&apos;s own tools (pg_dump), not by Parallax</source>
        <translation>服务器上的资料库由服务器自带的工具（pg_dump）备份，而不是由 Parallax 备份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a library on a server is restored with the server&apos;s own tools (pg_restore), not by Parallax</source>
        <translation>服务器上的资料库由服务器自带的工具（pg_restore）恢复，而不是由 Parallax 恢复</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 不是可用的备份：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be moved aside</source>
        <translation>无法将 %1 移到一旁</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be copied to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../app/storage/markdownexport.cpp" line="+99"/>
        <source>there is no story %1</source>
        <translation>没有新闻事件 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be created</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 cannot be written</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/storage/serverlibrary.cpp" line="+28"/>
        <source>the server refused the login (%1). Put the password in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry.</source>
        <translation>服务器拒绝了登录（%1）。请把密码放在 ~/.pgpass、PGPASSFILE 指定的文件或 PGSERVICE 条目中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no such database or role (%1)</source>
        <translation>服务器上没有这个数据库或角色（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server cannot be reached (%1)</source>
        <translation>无法连接到服务器（%1）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL support is not installed (Debian package libqt6sql6-psql)</source>
        <translation>未安装 PostgreSQL 支持（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the address is not valid (%1)</source>
        <translation>地址无效（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address holds a password. Leave it out and put it in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry, so that it is never stored in plain text.</source>
        <translation>地址中含有密码。请去掉它，并把它放在 ~/.pgpass、PGPASSFILE 指定的文件或 PGSERVICE 条目中，这样它永远不会以明文保存。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this login may only read the library on %1 (%2)</source>
        <translation>此登录只能读取 %1 上的资料库（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk of the server holding %1 is full (%2)</source>
        <translation>存放 %1 的服务器磁盘已满（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server of %1 was lost; nothing after the last commit was stored (%2)</source>
        <translation>与 %1 所在服务器的连接已断开；最后一次提交之后的内容均未保存（%2）</translation>
    </message>
    <message>
        <location filename="../app/storage/librarycopy.cpp" line="+166"/>
        <source>%1 already holds articles, stories, feeds or tags: a library is copied only into an empty one</source>
        <translation>%1 中已有文章、报道、订阅源或标签：资料库只能复制到空资料库中</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was copied into %1: %2</source>
        <translation>没有任何内容被复制到 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy in %1 differs from %2 in the table %3 (%4 rows against %5)%6</source>
        <translation>%1 中的副本与 %2 在表 %3 中不一致（%4 行，原有 %5 行）%6</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="+115"/>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <extracomment>Column of search results: the words around what the search found, best match first when sorted by it</extracomment>
        <translation>匹配片段</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="+177"/>
        <location line="+142"/>
        <source>Feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+146"/>
        <source>Stories</source>
        <translation>新闻事件</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>搜索文库</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+157"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+34"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show the articles and stories of a time only</source>
        <translation>仅显示某一时间段内的文章和新闻事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>过去一周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>过去一个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>过去一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Dates…</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;From:</source>
        <translation>开始日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>结束日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles with one tag only</source>
        <translation>仅显示带有某个标签的文章</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the whole library again</source>
        <translation>重新显示整个文库</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Feed: %1</source>
        <translation>订阅源：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Story: %1</source>
        <translation>新闻事件：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Trimmed Page Text…</source>
        <translation>显示已剔除的页面文字…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Move to Story</source>
        <translation>移至新闻事件</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other Story…</source>
        <translation>其他新闻事件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Story from Selected Articles…</source>
        <translation>用所选文章新建新闻事件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Story</source>
        <translation>新建新闻事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Articles in the library</source>
        <translation>文库中的文章</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles of one outlet only</source>
        <translation>仅显示某一家媒体的文章</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Rename Story…</source>
        <translation>重命名新闻事件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Story</source>
        <translation>重命名新闻事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge Into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All outlets</source>
        <translation>所有媒体</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n of %1 article(s) match</source>
        <translation>
            <numerusform>%1 篇文章中有 %n 篇匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这篇文章没有被剔除任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation>&lt;p&gt;导入 &lt;b&gt;%1&lt;/b&gt; 时剔除的内容（分享提示、新闻简报订阅框、作者附注、版权署名等）：&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;版权署名&lt;/b&gt;：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trimmed from %1</source>
        <translation>从 %1 中剔除的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put Back in the Article</source>
        <translation>放回文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the trimmed text to the end of the article&apos;s text</source>
        <translation>将删去的文字添加到文章正文末尾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put Back</source>
        <translation>放回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trimmed text could not be put back: %1</source>
        <translation>无法放回删去的文字：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked %1</source>
        <translation>上次检查：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>上次尝试失败：%1</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+72"/>
        <location line="+90"/>
        <location line="+202"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Library: %1</source>
        <translation>文库：%1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Another reader changed the library; the lists are up to date.</source>
        <translation>另一位读者修改了资料库；列表已是最新。</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Columns</source>
        <translation>分栏</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1

Back it up now (File &gt; Back Up Library) and quit: when Parallax starts again it offers to restore a backup. The damaged file is never overwritten.</source>
        <translation>%1

请立即备份（文件 &gt; 备份文库）并退出：Parallax 再次启动时会提供从备份恢复的选项。损坏的文件绝不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+48"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation>从剪贴板导入链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Feed…</source>
        <translation>添加订阅源(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation>导入订阅源列表（OPML）(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Feeds</source>
        <translation>刷新订阅源(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation>将对比导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>打开资料库(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Library…</source>
        <translation>备份文库(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal Size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the &amp;Library</source>
        <translation>搜索文库(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Difference</source>
        <translation>下一处不同(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation>下一个并非在每篇文章中都相同的句子（Alt+Down）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>上一处不同(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation>上一个并非在每篇文章中都相同的句子（Alt+Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>同步滚动(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation>滚动某一栏时，其他栏会随之显示对应的句子（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Discrepancy</source>
        <translation>下一处差异(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Discrepancy</source>
        <translation>上一处差异(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+134"/>
        <source>&amp;Columns</source>
        <translation>分栏(&amp;C)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation>选择哪些参与对比的文章并排显示（最多六篇）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Story</source>
        <translation>打开示例新闻事件(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Parallax</source>
        <translation>关于 Parallax(&amp;A)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reading</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sentences the columns show</source>
        <translation>各栏显示哪些句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentences</source>
        <translation>所有句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only differences</source>
        <translation>仅不同之处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reworded</source>
        <translation>改写的句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in one article</source>
        <translation>仅见于一篇文章的句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures that differ</source>
        <translation>不一致的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes that differ</source>
        <translation>不一致的引语</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discrepancies</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-19"/>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+1"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligned Sentences</source>
        <translation>对齐的句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>报道覆盖</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+44"/>
        <source>Discrepancies (%1)</source>
        <translation>差异（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes (%1)</source>
        <translation>引语（%1）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation>没有可导入的内容：这些文件夹中没有文件。</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+89"/>
        <source>Importing articles…</source>
        <translation>正在导入文章…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importing %1 of %2:
%3</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：
%3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：%3</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+4"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation>导入已取消：已导入 %1 个，%2 个已在文库中，跳过 %3 个；其余的未处理。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation>已导入 %1 个，%2 个已在文库中，跳过 %3 个%4。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the other files were left alone</source>
        <translation>；其余文件未做处理</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="-74"/>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+35"/>
        <source>&amp;Library List</source>
        <translation>文库列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discrepancies</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>引语(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aligned Sentences</source>
        <translation>对齐的句子(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+2"/>
        <source>Already in the library:</source>
        <translation>已在文库中：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+70"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation>正在对比所选 %2 篇文章中的前 %1 篇。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation>已对比 %1 篇文章；其中 %2 篇并排显示（可在“视图 &gt; 分栏”中选择）。</translation>
    </message>
    <message>
        <location filename="../app/ui/articleedits.cpp" line="+26"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 articles</source>
        <translation>删除 %1 篇文章</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details</source>
        <translation>编辑详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>无法保存“%1”的详情：%2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+25"/>
        <source>Outlet named “%1”; Edit &gt; Undo takes it back.</source>
        <translation>已将媒体命名为“%1”；“编辑 &gt; 撤销”可以撤回。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation>已删除 %1；使用“编辑 &gt; 撤销”可以恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="+102"/>
        <source>Parallax library %1.sqlite</source>
        <translation>Parallax 文库 %1.sqlite</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Back Up Library</source>
        <translation>备份文库</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This library is on a PostgreSQL server (%1): the server&apos;s own tools back it up, for example pg_dump, and pg_restore puts it back.

To keep a copy as a library file: parallax library copy %1 FILE</source>
        <translation>此资料库位于 PostgreSQL 服务器上（%1）：由服务器自带的工具备份，例如 pg_dump，并用 pg_restore 恢复。

若要把副本保存为资料库文件：parallax library copy %1 FILE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library backups (*.sqlite)</source>
        <translation>文库备份 (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library backed up to %1.</source>
        <translation>文库已备份到 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>Add Feed</source>
        <translation>添加订阅源</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation>RSS 或 Atom 订阅源的地址：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 不是 http 或 https 地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The feed could not be stored: %1</source>
        <translation>无法保存订阅源：%1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+8"/>
        <source>Import Feed List</source>
        <translation>导入订阅源列表</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>订阅列表 (*.opml *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeds in it</source>
        <translation>其中没有订阅源</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The clipboard holds no link to import.</source>
        <translation>剪贴板中没有可导入的链接。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+16"/>
        <source>Refreshing %1…</source>
        <translation>正在刷新 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation>
            <numerusform>订阅源已刷新：%n 篇新文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation>
            <numerusform>订阅源已刷新：%n 篇新文章；%1 个问题，详见各订阅源的工具提示。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+56"/>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-61"/>
        <location filename="../app/ui/importprogress.cpp" line="-83"/>
        <location filename="../app/ui/mainwindow.cpp" line="-237"/>
        <location line="+227"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../app/services/importservice.cpp" line="+69"/>
        <source>%1: the library could not store it (%2)</source>
        <translation>%1：文库无法保存该文章（%2）</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-177"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation>已导入 %1 个，%2 个已在文库中，跳过 %3 个。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Some files were not imported</source>
        <translation>部分文件未导入</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation>
            <numerusform>%n 个文件无法导入。其他文件已导入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Parallax — %1</source>
        <translation>Parallax — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-116"/>
        <source>Import Articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.text);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a Folder of Articles</source>
        <translation>导入文章文件夹</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation>请打开两篇或更多文章，以导出它们的对比。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - comparison.pdf</source>
        <translation>%1 - 对比.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>新闻事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Comparison as PDF</source>
        <translation>将对比导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 页到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Parallax</source>
        <translation>关于 Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read several articles on one story side by side and see where the coverage differs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;并排阅读关于同一新闻事件的多篇文章，看清各家报道的不同之处。&lt;/p&gt;&lt;p&gt;文库：%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parallax::Migrator</name>
    <message>
        <location filename="../app/storage/migrator.cpp" line="+239"/>
        <source>the file is not a Parallax library or is damaged (%1)</source>
        <translation>该文件不是 Parallax 文库，或已损坏（%1）</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+134"/>
        <source>the library was written by a newer Parallax (schema version %1; this version knows up to %2)</source>
        <translation>该文库由更新版本的 Parallax 写入（架构版本 %1；此版本最高支持 %2）</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>the database cannot be read as a Parallax library (%1)</source>
        <translation>无法将该数据库读取为 Parallax 资料库（%1）</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>could not keep a copy of the library before upgrading it (%1)</source>
        <translation>升级前无法保留文库的副本（%1）</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+91"/>
        <source>migration %1 cannot be read</source>
        <translation>无法读取迁移 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start migration %1 (%2)</source>
        <translation>无法开始迁移 %1（%2）</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+102"/>
        <source>migration %1 failed: %2</source>
        <translation>迁移 %1 失败：%2</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+46"/>
        <source>migration %1 could not be committed: %2</source>
        <translation>无法提交迁移 %1：%2</translation>
    </message>
</context>
<context>
    <name>Parallax::OpenLibraryDialog</name>
    <message>
        <location filename="../app/ui/openlibrarydialog.cpp" line="+18"/>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library file, or a library on a PostgreSQL server shared by a desk:
postgresql://user@host:5432/database (options after ?, such as sslmode=require).
Passwords are never typed here: put them in ~/.pgpass (or PGPASSFILE, PGSERVICE).</source>
        <translation>资料库文件，或编辑部共享的 PostgreSQL 服务器上的资料库：
postgresql://用户@主机:5432/数据库（? 之后为选项，例如 sslmode=require）。
此处从不输入密码：请放在 ~/.pgpass（或 PGPASSFILE、PGSERVICE）中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;File…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library File</source>
        <translation>资料库文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax libraries (*.sqlite);;All files (*)</source>
        <translation>Parallax 资料库 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExport</name>
    <message>
        <location filename="../app/services/exportservice.cpp" line="+53"/>
        <location line="+21"/>
        <source>rendering took longer than %1 seconds</source>
        <translation>渲染耗时超过 %1 秒</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the comparison page could not be rendered</source>
        <translation>无法渲染对比页面</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>printing to PDF failed</source>
        <translation>打印为 PDF 失败</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: there is no comparison to export</source>
        <translation>%1：没有可导出的对比</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation>%1：没有可用的临时工作文件夹（%2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the page could not be written to %2</source>
        <translation>%1：无法将页面写入 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation>%1：无法添加页码（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfImporter</name>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="+236"/>
        <source>the PDF expands to more than %1 when decompressed; it is not read</source>
        <translation>该 PDF 解压后超过 %1，不予读取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF is encrypted</source>
        <translation>该 PDF 已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation>该 PDF 使用了不受支持的安全机制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation>该 PDF 已损坏，或不是 PDF 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF has no text (it may be scanned images)</source>
        <translation>该 PDF 中没有文字（可能是扫描图像）</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+74"/>
        <source>≠ altered</source>
        <translation>≠ 有改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened in some</source>
        <translation>部分媒体有删节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>word for word</source>
        <translation>逐字相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech elsewhere</source>
        <translation>他处为转述</translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="+23"/>
        <source>Quote</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>说话人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>匹配情况</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quotes</source>
        <translation>引语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote versions</source>
        <translation>引语版本</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not attributed)</source>
        <translation>（未注明说话人）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;No quotations in these articles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;这些文章中没有引语。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Select a quote to see each outlet&apos;s version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一条引语，查看各媒体的版本。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(reported speech)</source>
        <translation>（转述）</translation>
    </message>
</context>
<context>
    <name>Parallax::ServerConnect</name>
    <message>
        <location filename="../app/ui/serverconnect.cpp" line="-24"/>
        <source>Connecting to the library at %1…</source>
        <translation>正在连接位于 %1 的资料库…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the library at %1 was cancelled.</source>
        <translation>已取消连接位于 %1 的资料库。</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryListModel</name>
    <message>
        <location filename="../app/ui/storylistmodel.cpp" line="+57"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n 家媒体</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures: %1</source>
        <translation>数字：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words: %1</source>
        <translation>词语：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Together because they share:</source>
        <translation>归为一组，因为它们共有：</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryPicker</name>
    <message>
        <location filename="../app/ui/storypicker.cpp" line="+22"/>
        <source>Part of the story&apos;s title</source>
        <translation>新闻事件标题中的部分文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>新闻事件</translation>
    </message>
</context>
<context>
    <name>Parallax::SvgCharts</name>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="+98"/>
        <source>≠ outlets disagree</source>
        <translation>≠ 各媒体不一致</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Which article is derived from which</source>
        <translation>哪篇文章来源于哪篇</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>derived from (%1% found there)</source>
        <translation>来源于（%1% 见于该文）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% found elsewhere</source>
        <translation>%1% 见于其他文章</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Market moves in percent, per entity and outlet</source>
        <translation>各对象、各媒体的市场涨跌（百分比）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Money amounts on a log scale, by what they measure</source>
        <translation>以对数刻度显示的金额，按指标分组</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="+64"/>
        <source>the text claims to be UTF-8 but is not valid UTF-8</source>
        <translation>文本声明为 UTF-8，但不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid UTF-16</source>
        <translation>文本不是有效的 UTF-16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is binary, not text</source>
        <translation>该文件是二进制文件，不是文本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the text encoding %1 is not supported</source>
        <translation>不支持文本编码 %1</translation>
    </message>
</context>
<context>
    <name>Parallax::TextImporter</name>
    <message>
        <location filename="../app/importers/textimporter.cpp" line="+299"/>
        <source>the file has no article text</source>
        <translation>该文件中没有文章正文</translation>
    </message>
</context>
<context>
    <name>Parallax::Theme</name>
    <message>
        <location filename="../app/ui/theme.cpp" line="+131"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="+57"/>
        <source>only http and https links can be imported</source>
        <translation>只能导入 http 和 https 链接</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>the page is larger than %1</source>
        <translation>页面大于 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the download did not finish in time</source>
        <translation>下载未能按时完成</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>服务器在 %1 秒内没有响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it redirects from https to an insecure http address</source>
        <translation>它从 https 重定向到了不安全的 http 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server answered %1 %2</source>
        <translation>服务器返回 %1 %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the page is empty</source>
        <translation>页面为空</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsupported type of page (%1)</source>
        <translation>不支持的页面类型（%1）</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+88"/>
        <source>%1 move</source>
        <translation>%1 涨跌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rate %2 implied: off by orders of magnitude</source>
        <translation>推算出的 %1 汇率为 %2：相差了几个数量级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rate %2 in one conversion, %3 in the other</source>
        <translation>%1 汇率在一处换算中为 %2，在另一处为 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rate %2 implied, %3 in the rest of the story</source>
        <translation>推算出的 %1 汇率为 %2，而该新闻事件的其他报道中为 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote worded differently</source>
        <translation>引语措辞不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote of %1 worded differently</source>
        <translation>%1 的引语措辞不同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote of %1 in one article only</source>
        <translation>%1 的引语仅见于一篇文章</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+71"/>
        <source>Use the library file PATH.</source>
        <translation>使用文库文件 PATH。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample story.</source>
        <translation>打开示例新闻事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>在终端中显示网页引擎的诊断信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to import and compare.</source>
        <translation>要导入并对比的文章。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+42"/>
        <location line="+52"/>
        <location line="+11"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The library %1 is open in another Parallax window, which does not answer. Close that window (or end its process) and try again.</source>
        <translation>文库 %1 已在另一个无响应的 Parallax 窗口中打开。请关闭该窗口（或结束其进程）后重试。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Open My Library File</source>
        <translation>打开我的资料库文件</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1

Restore the library from a backup? The damaged file is kept as it is, beside the restored one.</source>
        <translation>%1

要从备份恢复文库吗？损坏的文件会原样保留在恢复后的文件旁边。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>文库备份 (*.sqlite *.bak *.db);;所有文件 (*)</translation>
    </message>
</context>
</TS>
