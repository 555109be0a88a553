<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Parallax::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands/compare.cpp" line="+57"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation>
            <numerusform>%n figure, %1 quote(s), %2 discrepancy(s)</numerusform>
            <numerusform>%n figures, %1 quote(s), %2 discrepancy(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="+44"/>
        <source>exported %n article(s) to %1</source>
        <translation>
            <numerusform>exported %n article to %1</numerusform>
            <numerusform>exported %n articles to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>exported %n page(s) to %1</source>
        <translation>
            <numerusform>exported %n page to %1</numerusform>
            <numerusform>exported %n pages to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message numerus="yes">
        <location filename="../app/ui/coveragepanel.cpp" line="+102"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Only in %1 (%n sentence)</numerusform>
            <numerusform>Only in %1 (%n sentences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/discrepancypanel.cpp" line="+192"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n discrepancy</numerusform>
            <numerusform>%n discrepancies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+36"/>
        <location filename="../app/report/screenreport.cpp" line="+47"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation>
            <numerusform>%n article compared with Parallax on %1</numerusform>
            <numerusform>%n articles compared with Parallax on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n only here</numerusform>
            <numerusform>%n only here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Only in %1 (%n sentence)</numerusform>
            <numerusform>Only in %1 (%n sentences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/librarypanel.cpp" line="+530"/>
        <source>%n of %1 article(s) match</source>
        <translation>
            <numerusform>%n of %1 articles matches</numerusform>
            <numerusform>%n of %1 articles match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="+320"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation>
            <numerusform>%n file could not be imported. The other files were.</numerusform>
            <numerusform>%n files could not be imported. The other files were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/fileactions.cpp" line="+86"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Exported %n page to %1.</numerusform>
            <numerusform>Exported %n pages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="+146"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation>
            <numerusform>Feeds refreshed: %n new article.</numerusform>
            <numerusform>Feeds refreshed: %n new articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation>
            <numerusform>Feeds refreshed: %n new article; %1 problem(s), see the feeds&apos; tooltips.</numerusform>
            <numerusform>Feeds refreshed: %n new articles; %1 problem(s), see the feeds&apos; tooltips.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::StoryListModel</name>
    <message numerus="yes">
        <location filename="../app/ui/storylistmodel.cpp" line="+60"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform>
            <numerusform>%n outlets</numerusform>
        </translation>
    </message>
</context>
</TS>
