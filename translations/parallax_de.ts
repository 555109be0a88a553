<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Parallax</name>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="47"/>
        <location filename="../app/ui/pdfexport.cpp" line="66"/>
        <source>rendering took longer than %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="49"/>
        <source>the comparison page could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="67"/>
        <source>printing to PDF failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="96"/>
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
        <location filename="../app/cli/cli.cpp" line="59"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="66"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="90"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="111"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="113"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="115"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="125"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="130"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="155"/>
        <source>the library could not store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="174"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="182"/>
        <source>parallax list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="192"/>
        <source>parallax list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="231"/>
        <source>An SQLite FTS5 query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="242"/>
        <source>parallax search: no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="253"/>
        <source>parallax search: dates are YYYY-MM-DD and --sort is relevance or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="263"/>
        <source>parallax search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="289"/>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="291"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="293"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="306"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="316"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="322"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="328"/>
        <location filename="../app/cli/cli.cpp" line="330"/>
        <source>[%1] looks derived from [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="332"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="343"/>
        <source>Engine time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="360"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>parallax %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="383"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="392"/>
        <source>parallax %1: give 2 to %2 articles (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="403"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="433"/>
        <source>Write the library (or --story) as Markdown files with an index.json into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="435"/>
        <source>With --markdown: only this story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="437"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
       parallax export --markdown DIR [--story ID] [--library P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="457"/>
        <source>article(s) to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="614"/>
        <source>Regroup every article, keeping the reader&apos;s own choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="615"/>
        <source>Usage: parallax stories [--library P] [--json] [--rebuild]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="623"/>
        <source>parallax stories: unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="632"/>
        <source>parallax stories: the stories could not be rebuilt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="662"/>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="662"/>
        <source>Where the backup goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="663"/>
        <source>Usage: parallax restore [--library P] BACKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="663"/>
        <source>Usage: parallax backup [--library P] OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="680"/>
        <source>parallax restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="694"/>
        <source>parallax backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="703"/>
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
  parallax --version | --help

The library is --library P, else $PARALLAX_LIBRARY, else %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="430"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="431"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="462"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="454"/>
        <location filename="../app/cli/cli.cpp" line="473"/>
        <source>parallax export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="226"/>
        <source>Only articles of this outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>Only articles published on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="228"/>
        <source>Only articles published on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="229"/>
        <source>Only articles of this story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="230"/>
        <source>relevance (the default) or date (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="232"/>
        <source>Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--sort relevance|date] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="476"/>
        <source>exported %n page(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="485"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="486"/>
        <source>add, list or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="487"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="488"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="501"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="509"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="515"/>
        <source>parallax feeds: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="520"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="525"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="539"/>
        <source>parallax feeds add: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="563"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="576"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="594"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
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
    <name>Parallax::Discrepancy</name>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="368"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="370"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="372"/>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="374"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/discrepancies.cpp" line="376"/>
        <source>Quote in one outlet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="19"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="20"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="23"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="24"/>
        <source>Next discrepancy (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="29"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="107"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="108"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="110"/>
        <source>1 discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="110"/>
        <source>%1 discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="112"/>
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
        <location filename="../app/ui/figurespanel.cpp" line="68"/>
        <source>Market moves (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="69"/>
        <source>Amounts by what they measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="70"/>
        <source>No market moves in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="71"/>
        <source>No money amounts in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="84"/>
        <source>Market moves chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="85"/>
        <source>Amounts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="108"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="179"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="213"/>
        <source>Disagrees (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="263"/>
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
        <location filename="../app/importers/htmlimporter.cpp" line="167"/>
        <source>the article extractor is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="179"/>
        <location filename="../app/importers/htmlimporter.cpp" line="187"/>
        <source>no temporary folder to read the page in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="197"/>
        <location filename="../app/importers/htmlimporter.cpp" line="209"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="200"/>
        <source>the page could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="226"/>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="559"/>
        <location filename="../app/report/htmlreport.cpp" line="624"/>
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
        <location filename="../app/report/htmlreport.cpp" line="624"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="643"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="614"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="617"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="619"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="621"/>
        <source>No figures in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="624"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="624"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="625"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="625"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="632"/>
        <source>≠ disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="637"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="640"/>
        <source>No quotations in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="643"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="643"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="643"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="661"/>
        <source>only in this outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="668"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="670"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="685"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="686"/>
        <source>Each row is one fact; ● word for word, ◑ reworded, ○ in part, ■ only this outlet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="687"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="727"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="736"/>
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
        <location filename="../app/storage/library.cpp" line="116"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="120"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="132"/>
        <source>Cannot open the library %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="140"/>
        <source>it is not an SQLite database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="143"/>
        <source>the file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="337"/>
        <source>the search “%1” is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="758"/>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="766"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="779"/>
        <source>%1 is not a usable backup: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="788"/>
        <source>%1 cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="796"/>
        <source>%1 cannot be copied to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="828"/>
        <source>there is no story %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="834"/>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/storage/library.cpp" line="860"/>
        <location filename="../app/storage/library.cpp" line="878"/>
        <source>%1 cannot be written</source>
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
        <location filename="../app/ui/librarypanel.cpp" line="74"/>
        <location filename="../app/ui/librarypanel.cpp" line="152"/>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="76"/>
        <location filename="../app/ui/librarypanel.cpp" line="164"/>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="82"/>
        <location filename="../app/ui/librarypanel.cpp" line="84"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="98"/>
        <location filename="../app/ui/librarypanel.cpp" line="122"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="112"/>
        <source>Show Trimmed Page Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="114"/>
        <source>Move to Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="123"/>
        <source>New Story from Selected Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="128"/>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="128"/>
        <location filename="../app/ui/librarypanel.cpp" line="182"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="137"/>
        <source>Articles in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="143"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="144"/>
        <source>Show the articles of one outlet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="180"/>
        <source>Rename Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="182"/>
        <source>Rename Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="186"/>
        <source>Merge Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="227"/>
        <source>All outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="270"/>
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="271"/>
        <source>%n of %1 article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="306"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="307"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="313"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="324"/>
        <source>Trimmed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="342"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="345"/>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="346"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="348"/>
        <source>Last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="380"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="381"/>
        <source>1 outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="381"/>
        <source>%1 outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="382"/>
        <source>%1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="79"/>
        <location filename="../app/ui/mainwindow.cpp" line="519"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="111"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="129"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="130"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="132"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="134"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="136"/>
        <source>Add &amp;Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="138"/>
        <source>&amp;Refresh Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="141"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="143"/>
        <source>&amp;Back Up Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="145"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="148"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="149"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="151"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="156"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="157"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="159"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="161"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="163"/>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="169"/>
        <source>Next &amp;Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="171"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="172"/>
        <source>Previous Di&amp;fference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="174"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="175"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="179"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>&amp;Next Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="184"/>
        <source>&amp;Previous Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="188"/>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="189"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="194"/>
        <source>Open &amp;Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="196"/>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="201"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="217"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="218"/>
        <source>Which sentences the columns show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="219"/>
        <source>All sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="220"/>
        <source>Only differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="221"/>
        <source>Reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="222"/>
        <source>Only in one article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="223"/>
        <source>Figures that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="224"/>
        <source>Quotes that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="271"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="272"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="273"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="274"/>
        <source>Aligned Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="275"/>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="309"/>
        <source>Discrepancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="311"/>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="372"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="380"/>
        <source>Importing articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="380"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="381"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="400"/>
        <source>Importing %1 of %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="401"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="442"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="457"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="457"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="458"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="462"/>
        <source>; the other files were left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="466"/>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="468"/>
        <source>Already in the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="470"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="525"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="527"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="591"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="592"/>
        <source>Delete %1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="621"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="622"/>
        <source>%1 articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="628"/>
        <source>Parallax library %1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="629"/>
        <location filename="../app/ui/mainwindow.cpp" line="633"/>
        <location filename="../app/ui/mainwindow.cpp" line="638"/>
        <source>Back Up Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="629"/>
        <source>Library backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="633"/>
        <source>%1 cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="638"/>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="641"/>
        <source>Library backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="647"/>
        <location filename="../app/ui/mainwindow.cpp" line="653"/>
        <location filename="../app/ui/mainwindow.cpp" line="658"/>
        <source>Add Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="647"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="653"/>
        <source>%1 is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="658"/>
        <source>The feed could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="666"/>
        <location filename="../app/ui/mainwindow.cpp" line="677"/>
        <source>Import Feed List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="668"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="675"/>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="678"/>
        <source>no feeds in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="702"/>
        <source>The clipboard holds no link to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="717"/>
        <source>Refreshing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="728"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="729"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="746"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="336"/>
        <location filename="../app/ui/mainwindow.cpp" line="417"/>
        <location filename="../app/ui/mainwindow.cpp" line="678"/>
        <location filename="../app/ui/mainwindow.cpp" line="721"/>
        <location filename="../app/ui/mainwindow.cpp" line="749"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="431"/>
        <location filename="../app/ui/mainwindow.cpp" line="754"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="447"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="483"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="484"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="523"/>
        <source>Parallax — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="536"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="537"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="545"/>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="555"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="561"/>
        <source>%1 - comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="561"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="562"/>
        <source>Export Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="562"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="568"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="572"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="576"/>
        <source>Exported %n page(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="777"/>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="778"/>
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
        <location filename="../app/ui/pdfexport.cpp" line="165"/>
        <source>%1: there is no comparison to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="170"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="189"/>
        <source>%1: the page could not be written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="195"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="204"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="208"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/pdfexport.cpp" line="214"/>
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
        <location filename="../app/main.cpp" line="82"/>
        <source>Use the library file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <source>Open the sample story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>Articles to import and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="97"/>
        <location filename="../app/main.cpp" line="113"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <source>%1

Restore the library from a backup? The damaged file is kept as it is, beside the restored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>Choose a Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="104"/>
        <source>Library backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
