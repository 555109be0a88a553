<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="49"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="56"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="80"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="101"/>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="103"/>
        <source>Usage: parallax import [--library P] PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="112"/>
        <source>parallax import: no file or folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="139"/>
        <source>the library could not store it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="153"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="161"/>
        <source>parallax list: unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="171"/>
        <source>parallax list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="205"/>
        <source>An SQLite FTS5 query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="206"/>
        <source>Usage: parallax search [--library P] [--json] QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>parallax search: no query given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="224"/>
        <source>parallax search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="248"/>
        <source>Usage:
  parallax [--library P] [FILE...]          open the window, importing and comparing FILEs
  parallax [--library P] --sample           open the window on the sample story
  parallax import [--library P] PATH...     import files and folders
  parallax list [--library P] [--json]      list the articles in the library
  parallax search [--library P] [--json] QUERY
                                            full-text search (SQLite FTS5 syntax)
  parallax --version | --help

The library is --library P, else $PARALLAX_LIBRARY, else %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="83"/>
        <source>Comparison</source>
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
        <location filename="../app/report/htmlreport.cpp" line="55"/>
        <location filename="../app/report/htmlreport.cpp" line="138"/>
        <source>Not found word for word in another article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="59"/>
        <source>Word for word also in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/htmlreport.cpp" line="77"/>
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="78"/>
        <source>%1% found in the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="118"/>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="125"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="135"/>
        <source>Word for word in another article</source>
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
        <location filename="../app/ui/mainwindow.cpp" line="47"/>
        <location filename="../app/ui/mainwindow.cpp" line="177"/>
        <source>Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="63"/>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="74"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="75"/>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="77"/>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="82"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="83"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="85"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="87"/>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="89"/>
        <source>Search the &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="95"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="96"/>
        <source>Open &amp;Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="98"/>
        <source>&amp;About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="106"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="114"/>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="117"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="129"/>
        <source>%1: the library could not store it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="137"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="151"/>
        <source>Some files were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="152"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="181"/>
        <source>Parallax — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="184"/>
        <source>Showing the first %1 of %2 selected articles side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="191"/>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="192"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="200"/>
        <source>Import a Folder of Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="210"/>
        <source>Only files and folders can be dropped for now; links come later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="218"/>
        <source>About Parallax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="219"/>
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
