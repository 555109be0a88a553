<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Parallax</name>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="74"/>
        <source>rendering took longer than %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="88"/>
        <source>the comparison page could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="102"/>
        <source>printing to PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="133"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/feedupdater.cpp" line="33"/>
        <source>the item has neither the article nor a link to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::AlignedPanel</name>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="29"/>
        <source>word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="31"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="33"/>
        <source>in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="44"/>
        <source>Aligned sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="53"/>
        <source>&lt;p&gt;Click a sentence in the columns to see its counterparts here, one under another.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="77"/>
        <source>No other article carries this sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="92"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="58"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="65"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="89"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="110"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="112"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="114"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="124"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="129"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="154"/>
        <source>the library could not store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="173"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="181"/>
        <source>parallax list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="191"/>
        <source>parallax list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="225"/>
        <source>An SQLite FTS5 query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>Usage: parallax search [--library P] [--json] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="235"/>
        <source>parallax search: no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="244"/>
        <source>parallax search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="270"/>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="272"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="274"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="287"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="297"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="303"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="309"/>
        <location filename="../app/cli/cli.cpp" line="311"/>
        <source>[%1] looks derived from [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="313"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="324"/>
        <source>Engine time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="341"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="351"/>
        <source>parallax %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="366"/>
        <location filename="../app/cli/cli.cpp" line="402"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="368"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="377"/>
        <source>parallax compare: give 2 to %1 articles (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="398"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="399"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="404"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="413"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="417"/>
        <source>parallax export: give 2 to %1 articles (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="427"/>
        <source>parallax export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="430"/>
        <source>exported %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="439"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="440"/>
        <source>add, list or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="441"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="442"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="455"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="463"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="469"/>
        <source>parallax feeds: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="474"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="479"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="493"/>
        <source>parallax feeds add: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="517"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="530"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="548"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="565"/>
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
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            RSS and Atom subscriptions
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            the comparison as a PDF (no display needed)
  parallax --version | --help

The library is --library P, else $PARALLAX_LIBRARY, else %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="89"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="15"/>
        <source>Only facts some outlets leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="22"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="23"/>
        <source>● word for word  ◑ reworded  ○ in part  ■ only this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="53"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="58"/>
        <source>only this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="58"/>
        <source>word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="59"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="59"/>
        <source>in part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="18"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="20"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="22"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="24"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="26"/>
        <source>Quote in one outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="40"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="41"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="44"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="45"/>
        <source>Next discrepancy (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="50"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="128"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="129"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/discrepancypanel.cpp" line="131"/>
        <source>%n discrepancy(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="133"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FeedParser</name>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="66"/>
        <source>this is not an RSS or Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="133"/>
        <source>the feed is not well-formed XML (%1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="137"/>
        <source>the feed is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="156"/>
        <source>the subscription list is not well-formed XML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FeedUpdater</name>
    <message>
        <location filename="../app/ui/feedupdater.cpp" line="60"/>
        <source>there is no feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/feedupdater.cpp" line="91"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FiguresPanel</name>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="69"/>
        <source>Market moves (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="70"/>
        <source>Amounts by what they measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="71"/>
        <source>No market moves in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="72"/>
        <source>No money amounts in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="85"/>
        <source>Market moves chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="86"/>
        <source>Amounts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="109"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="180"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="214"/>
        <source>Disagrees (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="264"/>
        <source>amount (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="109"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="111"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="114"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="119"/>
        <location filename="../app/importers/fileimporter.cpp" line="122"/>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="124"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="130"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlImporter</name>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="192"/>
        <source>the article extractor is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="204"/>
        <location filename="../app/importers/htmlimporter.cpp" line="212"/>
        <source>no temporary folder to read the page in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="236"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="248"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="273"/>
        <source>no article text was found in this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="273"/>
        <source>Word for word in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="275"/>
        <source>Reworded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="277"/>
        <source>Partly in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="285"/>
        <location filename="../app/report/htmlreport.cpp" line="536"/>
        <source>Only in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="409"/>
        <source>Disagrees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/htmlreport.cpp" line="450"/>
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="452"/>
        <source>%1% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="456"/>
        <location filename="../app/report/htmlreport.cpp" line="567"/>
        <source>Derived from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="499"/>
        <source>Moved: %1 has this elsewhere; click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="526"/>
        <source>Overview of %1: click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/htmlreport.cpp" line="555"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="559"/>
        <location filename="../app/report/htmlreport.cpp" line="641"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="559"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="559"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="559"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="560"/>
        <source>Found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="560"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="570"/>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="591"/>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="591"/>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="598"/>
        <source>word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="600"/>
        <source>≠ altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="602"/>
        <source>shortened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="604"/>
        <source>longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="606"/>
        <source>reported speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="615"/>
        <location filename="../app/report/htmlreport.cpp" line="641"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="617"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="619"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="621"/>
        <location filename="../app/report/htmlreport.cpp" line="660"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="623"/>
        <source>Quote in one outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="631"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="634"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="636"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="638"/>
        <source>No figures in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="641"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="641"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="642"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="642"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="649"/>
        <source>≠ disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="654"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="657"/>
        <source>No quotations in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="660"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="660"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="660"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="678"/>
        <source>only in this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="685"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="687"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="702"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="703"/>
        <source>Each row is one fact; ● word for word, ◑ reworded, ○ in part, ■ only this outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="704"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="744"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="753"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="533"/>
        <source>Word for word elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="534"/>
        <source>Reworded elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="535"/>
        <source>Partly elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="537"/>
        <source>changed words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="538"/>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="539"/>
        <source>figure that disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="540"/>
        <source>quote worded differently</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::Library</name>
    <message>
        <location filename="../app/storage/library.cpp" line="105"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="109"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="121"/>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="129"/>
        <source>it is not an SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="298"/>
        <source>the search “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="73"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="75"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="77"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="79"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="60"/>
        <location filename="../app/ui/librarypanel.cpp" line="102"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="66"/>
        <location filename="../app/ui/librarypanel.cpp" line="68"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="88"/>
        <source>Show Trimmed Page Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="93"/>
        <source>Articles in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="162"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="163"/>
        <source>%n of %1 article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="198"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="199"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="205"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="216"/>
        <source>Trimmed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="234"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="237"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="238"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="240"/>
        <source>Last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="77"/>
        <location filename="../app/ui/mainwindow.cpp" line="506"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="107"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="126"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="128"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="130"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="132"/>
        <source>Add &amp;Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="133"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="134"/>
        <source>&amp;Refresh Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="143"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="144"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="146"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="148"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="150"/>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="156"/>
        <source>Next &amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="158"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="159"/>
        <source>Previous Di&amp;fference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="161"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="162"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="166"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="168"/>
        <source>&amp;Next Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="171"/>
        <source>&amp;Previous Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="175"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="176"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="180"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>Open &amp;Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="183"/>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="188"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="204"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="205"/>
        <source>Which sentences the columns show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="206"/>
        <source>All sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="207"/>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="208"/>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="209"/>
        <source>Only in one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="210"/>
        <source>Figures that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="211"/>
        <source>Quotes that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="258"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="259"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="260"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="261"/>
        <source>Aligned Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="262"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="296"/>
        <source>Discrepancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="298"/>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="359"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="367"/>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="368"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="387"/>
        <source>Importing %1 of %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="388"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="429"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="444"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="444"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="445"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="449"/>
        <source>; the other files were left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="453"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="455"/>
        <source>Already in the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="457"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="512"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="514"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="569"/>
        <location filename="../app/ui/mainwindow.cpp" line="575"/>
        <location filename="../app/ui/mainwindow.cpp" line="580"/>
        <source>Add Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="569"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="575"/>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="580"/>
        <source>The feed could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="588"/>
        <location filename="../app/ui/mainwindow.cpp" line="599"/>
        <source>Import Feed List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="590"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="597"/>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="600"/>
        <source>no feeds in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="624"/>
        <source>The clipboard holds no link to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="639"/>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="650"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="651"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="668"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="323"/>
        <location filename="../app/ui/mainwindow.cpp" line="404"/>
        <location filename="../app/ui/mainwindow.cpp" line="600"/>
        <location filename="../app/ui/mainwindow.cpp" line="643"/>
        <location filename="../app/ui/mainwindow.cpp" line="671"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/mainwindow.cpp" line="676"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="434"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="470"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="471"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="510"/>
        <source>Parallax — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="523"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="524"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="532"/>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="542"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="548"/>
        <source>%1 - comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="548"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="549"/>
        <source>Export Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="549"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="555"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="559"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="563"/>
        <source>Exported %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="699"/>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="700"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read several articles on one story side by side and see where the coverage differs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::Migrator</name>
    <message>
        <location filename="../app/storage/migrator.cpp" line="96"/>
        <source>the file is not a Parallax library or is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="101"/>
        <source>the library was written by a newer Parallax (schema version %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="122"/>
        <source>could not keep a copy of the library before upgrading it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="135"/>
        <source>migration %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="140"/>
        <source>could not start migration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="148"/>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/migrator.cpp" line="157"/>
        <source>migration %1 could not be committed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExport</name>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="202"/>
        <source>%1: there is no comparison to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="207"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="226"/>
        <source>%1: the page could not be written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="232"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="241"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="245"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="251"/>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::PdfImporter</name>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="190"/>
        <source>the PDF is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="192"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="194"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="201"/>
        <source>the PDF has no text (it may be scanned images)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="29"/>
        <source>≠ altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="31"/>
        <source>shortened in some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="33"/>
        <source>word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="35"/>
        <source>reported speech elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="36"/>
        <source>only in this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="47"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="47"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="47"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="47"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="55"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="57"/>
        <source>Quote versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="102"/>
        <source>(not attributed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="110"/>
        <source>&lt;p&gt;No quotations in these articles.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="111"/>
        <source>&lt;p&gt;Select a quote to see each outlet&apos;s version.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="151"/>
        <source>(reported speech)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::SvgCharts</name>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="74"/>
        <source>≠ outlets disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="144"/>
        <source>Market moves in percent, per entity and outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="194"/>
        <source>Money amounts on a log scale, by what they measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="69"/>
        <source>the text claims to be UTF-8 but is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="76"/>
        <source>the text is not valid UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="80"/>
        <source>the file is binary, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="103"/>
        <source>the text encoding %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::TextImporter</name>
    <message>
        <location filename="../app/importers/textimporter.cpp" line="220"/>
        <source>the file has no article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="36"/>
        <source>only http and https links can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="57"/>
        <location filename="../app/importers/urlimporter.cpp" line="64"/>
        <source>the page is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="72"/>
        <source>the download did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="84"/>
        <source>the server did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="87"/>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="90"/>
        <source>it redirects from https to an insecure http address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="93"/>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="103"/>
        <source>the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="122"/>
        <source>unsupported type of page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="280"/>
        <source>%1 rate %2 implied: off by orders of magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="298"/>
        <source>%1 rate %2 in one conversion, %3 in the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="307"/>
        <source>%1 rate %2 implied, %3 in the rest of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="348"/>
        <source>quote worded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="348"/>
        <source>quote of %1 worded differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="358"/>
        <source>quote of %1 in one article only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Use the library file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83"/>
        <source>Open the sample story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Articles to import and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="92"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
