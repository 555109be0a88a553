<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="52"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="59"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="83"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="104"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="106"/>
        <source>Usage: parallax import [--library P] PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="115"/>
        <source>parallax import: no file or folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="142"/>
        <source>the library could not store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="156"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="164"/>
        <source>parallax list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="174"/>
        <source>parallax list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="208"/>
        <source>An SQLite FTS5 query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="209"/>
        <source>Usage: parallax search [--library P] [--json] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="218"/>
        <source>parallax search: no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="227"/>
        <source>parallax search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="253"/>
        <source>verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="255"/>
        <source>reworded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="257"/>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="270"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="280"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="286"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="292"/>
        <location filename="../app/cli/cli.cpp" line="294"/>
        <source>[%1] looks derived from [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="296"/>
        <source>Engine time: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="307"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="316"/>
        <source>parallax compare: give 2 to %1 articles (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="333"/>
        <source>parallax compare: there is no article %1 in the library %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="343"/>
        <source>parallax compare: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="360"/>
        <source>Usage:
  parallax [--library P] [FILE...]          open the window, importing and comparing FILEs
  parallax [--library P] --sample           open the window on the sample story
  parallax import [--library P] PATH...     import files and folders
  parallax list [--library P] [--json]      list the articles in the library
  parallax search [--library P] [--json] QUERY
                                            full-text search (SQLite FTS5 syntax)
  parallax compare [--json] [--library P] INPUT...
                                            compare 2 to 12 files or library ids
  parallax --version | --help

The library is --library P, else $PARALLAX_LIBRARY, else %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="88"/>
        <source>Comparison</source>
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
        <location filename="../app/ui/figurespanel.cpp" line="93"/>
        <source>Market moves (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="94"/>
        <source>Amounts by what they measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="95"/>
        <source>No market moves in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="96"/>
        <source>No money amounts in these articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="109"/>
        <source>Market moves chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="110"/>
        <source>Amounts chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="133"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="238"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="277"/>
        <source>Disagrees (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="328"/>
        <source>amount (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="74"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="76"/>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="79"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="84"/>
        <location filename="../app/importers/fileimporter.cpp" line="87"/>
        <source>the file cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="89"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="95"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="110"/>
        <source>Word for word in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="112"/>
        <source>Reworded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="114"/>
        <source>Partly in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="122"/>
        <location filename="../app/report/htmlreport.cpp" line="359"/>
        <source>Only in this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="246"/>
        <source>Disagrees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/htmlreport.cpp" line="287"/>
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="289"/>
        <source>%1% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="293"/>
        <source>Derived from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="341"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="348"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="356"/>
        <source>Word for word elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="357"/>
        <source>Reworded elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="358"/>
        <source>Partly elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="364"/>
        <source>changed words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="366"/>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="368"/>
        <source>figure that disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="370"/>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="130"/>
        <source>%n of %1 article(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="54"/>
        <location filename="../app/ui/mainwindow.cpp" line="273"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="74"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="86"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="87"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="89"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="94"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="95"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="97"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="99"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="101"/>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="107"/>
        <source>&amp;Next Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="109"/>
        <source>&amp;Previous Discrepancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="115"/>
        <source>Open &amp;Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="117"/>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="125"/>
        <source>Discrepancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="126"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="127"/>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="152"/>
        <source>Discrepancies (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="154"/>
        <source>Quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="202"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="210"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="179"/>
        <location filename="../app/ui/mainwindow.cpp" line="213"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="225"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="233"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="247"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="248"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="277"/>
        <source>Parallax — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="280"/>
        <source>Showing the first %1 of %2 selected articles side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="287"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="288"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="296"/>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="306"/>
        <source>Only files and folders can be dropped for now; links come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="314"/>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="315"/>
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
        <location filename="../app/main.cpp" line="66"/>
        <source>Use the library file PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Open the sample story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="71"/>
        <source>Articles to import and compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="78"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
