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
        <location filename="../app/cli/cli.cpp" line="54"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="61"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="85"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="108"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="110"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="120"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="125"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="150"/>
        <source>the library could not store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="169"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="177"/>
        <source>parallax list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="187"/>
        <source>parallax list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="221"/>
        <source>An SQLite FTS5 query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="222"/>
        <source>Usage: parallax search [--library P] [--json] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>parallax search: no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="240"/>
        <source>parallax search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="266"/>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="268"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="270"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="283"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="293"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="299"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <location filename="../app/cli/cli.cpp" line="307"/>
        <source>[%1] looks derived from [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="309"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="320"/>
        <source>Engine time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="337"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="347"/>
        <source>parallax %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="362"/>
        <location filename="../app/cli/cli.cpp" line="398"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="364"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="373"/>
        <source>parallax compare: give 2 to %1 articles (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="394"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="395"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="400"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="409"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="413"/>
        <source>parallax export: give 2 to %1 articles (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="423"/>
        <source>parallax export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="426"/>
        <source>exported %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="432"/>
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
        <location filename="../app/importers/fileimporter.cpp" line="79"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="81"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="84"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="89"/>
        <location filename="../app/importers/fileimporter.cpp" line="92"/>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="94"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="100"/>
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
        <source>no temporary folder to read the page in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="228"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="240"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="265"/>
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
        <location filename="../app/storage/library.cpp" line="99"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="103"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="115"/>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="123"/>
        <source>it is not an SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="290"/>
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
        <location filename="../app/ui/librarypanel.cpp" line="58"/>
        <location filename="../app/ui/librarypanel.cpp" line="60"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="75"/>
        <source>Articles in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="129"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="130"/>
        <source>%n of %1 article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="66"/>
        <location filename="../app/ui/mainwindow.cpp" line="416"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="96"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="108"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="109"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="111"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="113"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="116"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="119"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="120"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="122"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="124"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="126"/>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="132"/>
        <source>Next &amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="134"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="135"/>
        <source>Previous Di&amp;fference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="138"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="142"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="144"/>
        <source>&amp;Next Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="147"/>
        <source>&amp;Previous Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="151"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="152"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="156"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="157"/>
        <source>Open &amp;Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="159"/>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="164"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="180"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>Which sentences the columns show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="182"/>
        <source>All sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="183"/>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="184"/>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="185"/>
        <source>Only in one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="186"/>
        <source>Figures that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="187"/>
        <source>Quotes that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="234"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="235"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="236"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="237"/>
        <source>Aligned Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="238"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="272"/>
        <source>Discrepancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="274"/>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="335"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="343"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="424"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="489"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="299"/>
        <location filename="../app/ui/mainwindow.cpp" line="346"/>
        <location filename="../app/ui/mainwindow.cpp" line="492"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="358"/>
        <location filename="../app/ui/mainwindow.cpp" line="497"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="366"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="380"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="381"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="420"/>
        <source>Parallax — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="433"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="434"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="442"/>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="452"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="458"/>
        <source>%1 - comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="458"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="459"/>
        <source>Export Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="459"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="465"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="469"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="473"/>
        <source>Exported %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="520"/>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="521"/>
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
        <location filename="../app/importers/pdfimporter.cpp" line="189"/>
        <source>the PDF is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="191"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="193"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="200"/>
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
        <location filename="../app/importers/textimporter.cpp" line="219"/>
        <source>the file has no article text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="35"/>
        <source>only http and https links can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="55"/>
        <location filename="../app/importers/urlimporter.cpp" line="62"/>
        <source>the page is larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="70"/>
        <source>the download did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="82"/>
        <source>the server did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="85"/>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="88"/>
        <source>it redirects from https to an insecure http address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="91"/>
        <source>the server answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="102"/>
        <source>the page is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="110"/>
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
