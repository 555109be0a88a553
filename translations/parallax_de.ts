<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Parallax::AlignedPanel</name>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="+32"/>
        <source>Aligned sentences</source>
        <translation>Zugeordnete Sätze</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Click a sentence in the columns to see its counterparts here, one under another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Klicken Sie in den Spalten auf einen Satz, um hier seine Entsprechungen untereinander zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No other article carries this sentence.</source>
        <translation>Kein anderer Artikel enthält diesen Satz.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moved</source>
        <extracomment>A sentence that stands at another place in the other article</extracomment>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>Parallax::Article</name>
    <message>
        <location filename="../app/core/article.cpp" line="+34"/>
        <source>Unknown outlet (%1)</source>
        <translation>Unbekanntes Medium (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleDetailsDialog</name>
    <message>
        <location filename="../app/ui/articledetailsdialog.cpp" line="+50"/>
        <source>Dated</source>
        <extracomment>Check box: whether the article has a publication date (the date field beside it)</extracomment>
        <translation>Mit Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article Details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma-separated, e.g. energy, to check</source>
        <translation>Durch Kommas getrennt, z. B. Energie, zu prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline:</source>
        <translation>&amp;Autorenzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
</context>
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+22"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation>Die Bibliotheksdatei PATH verwenden (Standard: $PARALLAX_LIBRARY, sonst der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Die Diagnosemeldungen der Web-Engine im Terminal anzeigen.</translation>
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
        <translation>Aufruf:
  parallax [--library P] [FILE...]          das Fenster öffnen, die FILEs importieren und vergleichen
  parallax [--library P] --sample           das Fenster mit dem Beispielthema öffnen
  parallax import [--library P] [--url URL]... [PATH...]
                                            Dateien, Ordner und Weblinks importieren
  parallax list [--library P] [--json]      die Artikel der Bibliothek auflisten
  parallax search [--library P] [--json] QUERY
                                            Volltextsuche (SQLite-FTS5-Syntax)
  parallax compare [--json] [--library P] INPUT...
                                            2 bis 12 Dateien oder Bibliotheks-IDs vergleichen
  parallax backup [--library P] OUT         eine konsistente Kopie der Bibliothek
  parallax restore [--library P] BACKUP     eine Sicherung einsetzen (die alte Datei bleibt erhalten)
  parallax stories [--library P] [--json] [--rebuild]
                                            Themen: Berichterstattung nach Ereignis gruppiert
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            RSS- und Atom-Abonnements
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            der Vergleich als PDF (ohne grafische Anzeige)
  parallax library copy FROM TO             eine Bibliothek zwischen Datei und Server umziehen
  parallax --version | --help

Die Bibliothek ist --library P, sonst $PARALLAX_LIBRARY, sonst %1
P ist eine Datei oder postgresql://benutzer@host:port/datenbank eines PostgreSQL-Servers
</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usage: parallax library copy [--library P] [FROM] TO</source>
        <translation>Aufruf: parallax library copy [--library P] [FROM] TO</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parallax %1: unexpected argument %2</source>
        <translation>parallax %1: unerwartetes Argument %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="+10"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation>Die Bibliothek wurde aktualisiert; eine Kopie der vorherigen Version liegt unter %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+18"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation>Den Artikel unter URL (http oder https) herunterladen und importieren; mehrfach angebbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-59"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation>Aufruf: parallax import [--library P] [--url URL]... [PATH...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+8"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation>parallax import: keine Datei, kein Ordner und kein --url angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation>parallax import: %1 ist kein http- oder https-Link</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library could not store it (%1)</source>
        <translation>konnte nicht in der Bibliothek gespeichert werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation>Aufruf: parallax list [--library P] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/list.cpp" line="+25"/>
        <source>parallax list: %1</source>
        <translation>parallax list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+27"/>
        <source>Only articles with this tag.</source>
        <translation>Nur Artikel mit diesem Tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite FTS5 query.</source>
        <translation>Eine SQLite-FTS5-Abfrage.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</source>
        <translation>Aufruf: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+6"/>
        <source>parallax search: no query given</source>
        <translation>parallax search: keine Suchanfrage angegeben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: dates are YYYY-MM-DD and --sort is relevance or date</source>
        <translation>parallax search: Datumsangaben haben die Form YYYY-MM-DD, und --sort ist relevance oder date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: %1</source>
        <translation>parallax search: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/compare.cpp" line="+25"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation>%1 Sätze, %2 nur hier, %3 % in den anderen gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation>[%1] ↔ [%2]: %3 % von [%1] in [%2] gefunden, %4 % von [%2] in [%1] gefunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation>%1 %2, %3 %4, %5 %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>[%1] looks derived from [%2]</source>
        <translation>[%1] scheint von [%2] abgeleitet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation>
            <numerusform>%n Zahl, %1 Zitat(e), %2 Abweichung(en)</numerusform>
            <numerusform>%n Zahlen, %1 Zitat(e), %2 Abweichung(en)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine time: %1 ms</source>
        <translation>Rechenzeit: %1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/inputs.cpp" line="+28"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation>parallax %1: in der Bibliothek %3 gibt es keinen Artikel %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parallax %1: %2: %3</source>
        <translation>parallax %1: %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation>2 bis %1 Artikeldateien oder Artikel-IDs aus der Bibliothek.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax %1: give 2 to %2 articles (got %3)</source>
        <translation>parallax %1: geben Sie 2 bis %2 Artikel an (erhalten: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation>Aufruf: parallax compare [--json] [--library P] INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+23"/>
        <source>Write the library (or --story) as Markdown files with an index.json into DIR.</source>
        <translation>Die Bibliothek (oder --story) als Markdown-Dateien mit einer index.json in DIR schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --markdown: only this story.</source>
        <translation>Mit --markdown: nur dieses Thema.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
       parallax export --markdown DIR [--story ID] [--library P]</source>
        <translation>Aufruf: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
        parallax export --markdown DIR [--story ID] [--library P]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+17"/>
        <source>Regroup every article, keeping the reader&apos;s own choices.</source>
        <translation>Alle Artikel neu gruppieren; Ihre eigenen Zuordnungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+11"/>
        <source>Usage: parallax stories [--library P] [--json] [--rebuild]</source>
        <translation>Aufruf: parallax stories [--library P] [--json] [--rebuild]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+10"/>
        <source>parallax stories: the stories could not be rebuilt (%1)</source>
        <translation>parallax stories: die Themen konnten nicht neu aufgebaut werden (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Where the backup goes.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax restore [--library P] BACKUP</source>
        <translation>Aufruf: parallax restore [--library P] BACKUP</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usage: parallax backup [--library P] OUT</source>
        <translation>Aufruf: parallax backup [--library P] OUT</translation>
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
        <translation>Mit --verbose zeigt jeder dieser Befehle die Diagnosemeldungen der Web-Engine (Chromium) im Terminal an.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="-10"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation>Den Vergleich als PDF nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation>Der Titel des Themas für den Titelblock (Standard: der des ersten Artikels).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation>parallax export: geben Sie mit --pdf OUT.pdf an, wohin das PDF geschrieben werden soll</translation>
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
        <translation>Nur Artikel dieses Mediums.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or after this date.</source>
        <translation>Nur Artikel, die an oder nach diesem Datum veröffentlicht wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or before this date.</source>
        <translation>Nur Artikel, die an oder vor diesem Datum veröffentlicht wurden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles of this story.</source>
        <translation>Nur Artikel dieses Themas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relevance (the default) or date (newest first).</source>
        <translation>relevance (Standard) oder date (neueste zuerst).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="-19"/>
        <source>exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
            <numerusform>%n Artikel nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert</numerusform>
            <numerusform>%n Seiten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+24"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation>Alle Feeds einer OPML-Abonnementliste abonnieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or refresh.</source>
        <translation>add, list oder refresh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation>Feed-Adressen (add) oder Feed-IDs (refresh).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+28"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation>Aufruf: parallax feeds add [--library P] (URL... | --opml FILE)
        parallax feeds list [--library P] [--json]
        parallax feeds refresh [--library P] [ID...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+131"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation>parallax feeds: geben Sie add, list oder refresh an</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation>parallax feeds: %1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds: %1: %2</source>
        <translation>parallax feeds: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation>parallax feeds add: geben Sie Feed-Adressen oder --opml FILE an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation>parallax feeds add: %1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parallax feeds add: %1: %2</source>
        <translation>parallax feeds add: %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation>parallax feeds refresh: es gibt keinen Feed %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
        <translation>%1 neu, %2 bereits gesehen, %3 schon in der Bibliothek, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/library.cpp" line="+13"/>
        <source>Copy a library.</source>
        <translation>Eine Bibliothek kopieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library to copy: a file or a postgresql:// address.</source>
        <translation>Die zu kopierende Bibliothek: eine Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An empty library (a new file, or an empty database on a server).</source>
        <translation>Eine leere Bibliothek (eine neue Datei oder eine leere Datenbank auf einem Server).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copying %1: %2 rows</source>
        <translation>kopiere %1: %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parallax library copy: %1</source>
        <translation>parallax library copy: %1</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="+83"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="+19"/>
        <source>Only facts some outlets leave out</source>
        <translation>Nur Fakten, die manche Medien weglassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim</source>
        <extracomment>Column header: a fact (figure or quote) the articles report, one per row</extracomment>
        <translation>Aussage</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Nur in %1 (%n Satz)</numerusform>
            <numerusform>Nur in %1 (%n Sätze)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Discrepancy</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+143"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifier</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Umrechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote in one outlet</source>
        <translation>Zitat in nur einem Medium</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="+37"/>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation>Vorherige Abweichung (Umschalt+F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next discrepancy (F8)</source>
        <translation>Nächste Abweichung (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why flagged</source>
        <translation>Warum markiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 differs from the others</source>
        <translation>%1 weicht von den anderen ab</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation>Die Medien stimmen bei allen Zahlen und Zitaten überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation>Öffnen Sie zwei oder mehr Artikel, um ihre Zahlen und Zitate zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n Abweichung</numerusform>
            <numerusform>%n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyTable</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+92"/>
        <source>different value</source>
        <translation>anderer Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different qualifier</source>
        <translation>andere Einschränkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion off</source>
        <translation>Umrechnung stimmt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered quote</source>
        <translation>verändertes Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one outlet</source>
        <translation>nur ein Medium</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedParser</name>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="+118"/>
        <source>this is not an RSS or Atom feed</source>
        <translation>dies ist kein RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the feed is not well-formed XML (%1, line %2)</source>
        <translation>der Feed ist kein wohlgeformtes XML (%1, Zeile %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed is empty</source>
        <translation>der Feed ist leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the subscription list is not well-formed XML (%1)</source>
        <translation>die Abonnementliste ist kein wohlgeformtes XML (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedUpdater</name>
    <message>
        <location filename="../app/services/feedservice.cpp" line="+53"/>
        <source>the item has neither the article nor a link to it</source>
        <translation>der Eintrag enthält weder den Artikel noch einen Link darauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no feed %1</source>
        <translation>es gibt keinen Feed %1</translation>
    </message>
</context>
<context>
    <name>Parallax::FiguresPanel</name>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="+151"/>
        <source>No market moves in these articles.</source>
        <translation>Keine Kursbewegungen in diesen Artikeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money amounts in these articles.</source>
        <translation>Keine Geldbeträge in diesen Artikeln.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Market moves chart</source>
        <translation>Diagramm der Kursbewegungen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>change (square-root scale)</source>
        <translation>Veränderung (Wurzelskala)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amounts chart</source>
        <translation>Diagramm der Beträge</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation>≠ Die Medien weichen bei dieser Zahl voneinander ab.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Market moves</source>
        <translation>Marktbewegungen</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>log scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagrees (≠)</source>
        <translation>Abweichend (≠)</translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="+119"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>die Datei ist zu groß (%1; die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation>Parallax kann diese Art von Datei nicht lesen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is binary, not text</source>
        <translation>die Datei ist binär, kein Text</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlImporter</name>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+325"/>
        <source>the article extractor is missing from this build</source>
        <translation>der Artikel-Extraktor fehlt in diesem Build</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page nests its elements %1 levels deep (more than %2): it is not an article page</source>
        <translation>die Seite verschachtelt ihre Elemente %1 Ebenen tief (mehr als %2): das ist keine Artikelseite</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlextractor.cpp" line="+45"/>
        <location line="+99"/>
        <source>no temporary folder to read the page in</source>
        <translation>kein temporärer Ordner zum Einlesen der Seite</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation>das Einlesen der Seite dauerte länger als %1 Sekunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>the page could not be read</source>
        <translation>die Seite konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+35"/>
        <source>no article text was found in this page</source>
        <translation>auf dieser Seite wurde kein Artikeltext gefunden</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-197"/>
        <source>Word for word in %1</source>
        <translation>Wörtlich in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworded in %1</source>
        <translation>Umformuliert in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly in %1</source>
        <translation>Teilweise in %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+70"/>
        <source>Shared: %1</source>
        <translation>Gemeinsam: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same meaning: %1</source>
        <translation>Gleiche Bedeutung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only here: %1</source>
        <translation>Nur hier: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in %1: %2</source>
        <translation>Nur in %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section heading (not compared)</source>
        <translation>Zwischenüberschrift (nicht verglichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <source>Only in this article</source>
        <translation>Nur in diesem Artikel</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Disagrees: %1</source>
        <translation>Abweichend: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+36"/>
        <location filename="../app/report/screenreport.cpp" line="+47"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% found in the others</source>
        <translation>%1 % in den anderen gefunden</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+130"/>
        <source>Derived from %1</source>
        <translation>Abgeleitet von %1</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+124"/>
        <source>Inferred from the text.</source>
        <translation>Aus dem Text erschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from the byline.</source>
        <translation>Aus der Autorenzeile erschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from a link in the article.</source>
        <translation>Aus einem Link im Artikel erschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the name of the file&apos;s folder.</source>
        <translation>Aus dem Namen des Ordners der Datei erschlossen.</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="-20"/>
        <source>Double-click to name the outlet.</source>
        <translation>Doppelklicken, um das Medium zu benennen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inferred</source>
        <translation>erschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of this article&apos;s sentences found in the others</source>
        <translation>Anteil der Sätze dieses Artikels, die in den anderen stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% elsewhere</source>
        <translation>%1 % auch anderswo</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="-31"/>
        <source>Moved: %1 has this elsewhere; click to go there</source>
        <translation>Verschoben: %1 bringt dies an anderer Stelle; zum Hinspringen klicken</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="+22"/>
        <source>Overview of %1: click to go there</source>
        <translation>Übersicht über %1: zum Hinspringen klicken</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+16"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation>
            <numerusform>%n Artikel, am %1 mit Parallax verglichen</numerusform>
            <numerusform>%n Artikel, am %1 mit Parallax verglichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-26"/>
        <source>the outlets give different values</source>
        <translation>die Medien nennen verschiedene Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value, qualified differently</source>
        <translation>derselbe Wert, anders eingeschränkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conversion&apos;s rate is off</source>
        <translation>der Umrechnungskurs stimmt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote&apos;s words differ</source>
        <translation>der Wortlaut des Zitats weicht ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quoted by no other outlet</source>
        <translation>von keinem anderen Medium zitiert</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+18"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why flagged</source>
        <translation>Warum markiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quotes of named people</source>
        <translation>Zitate namentlich genannter Personen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n nur hier</numerusform>
            <numerusform>%n nur hier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listed in the appendix</source>
        <translation>im Anhang aufgeführt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+131"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in the others</source>
        <translation>In den anderen gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique claims</source>
        <translation>Eigene Aussagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Derived from</source>
        <translation>Abgeleitet von</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outlets; an arrow goes from a copy to the article it is derived from.</source>
        <translation>Die Medien; ein Pfeil führt von einer Kopie zu dem Artikel, von dem sie abgeleitet ist.</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-93"/>
        <source>up</source>
        <translation>gestiegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>gesunken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>word for word</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ altered</source>
        <translation>≠ verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened</source>
        <translation>gekürzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer</source>
        <extracomment>A quote that one outlet gives at greater length than the others</extracomment>
        <translation>länger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech</source>
        <translation>indirekte Rede</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+41"/>
        <source>Coverage: what two or more outlets report</source>
        <translation>Berichterstattung: was zwei oder mehr Medien melden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No claim is carried by more than one outlet.</source>
        <translation>Keine Aussage findet sich in mehr als einem Medium.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in one outlet</source>
        <translation>Nur in einem Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no other outlet carries, per outlet in reading order; the numbers are those in the columns.</source>
        <translation>Was kein anderes Medium bringt, je Medium in Lesereihenfolge; die Nummern sind die in den Spalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Nur in %1 (%n Satz)</numerusform>
            <numerusform>Nur in %1 (%n Sätze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation>Kursbewegungen (prozentuale Veränderung) je Unternehmen bzw. Index und Medium.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation>Geldbeträge auf logarithmischer Skala, gruppiert nach Messgröße.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each row is one claim, the most widely carried first; %1.</source>
        <translation>Jede Zeile ist eine Aussage, die am weitesten verbreitete zuerst; %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No figures in these articles.</source>
        <translation>Keine Zahlen in diesen Artikeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≠ disagrees</source>
        <translation>≠ weicht ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quotations in these articles.</source>
        <translation>Keine Zitate in diesen Artikeln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+27"/>
        <source>only in this outlet</source>
        <translation>nur in diesem Medium</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="-207"/>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation>Die Medien stimmen bei allen gefundenen Zahlen und Zitaten überein.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Discrepancies in full</source>
        <translation>Alle Abweichungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="+31"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation>Wählen Sie zwei bis sechs Artikel in der Bibliothek aus oder ziehen Sie Artikeldateien hierher, um sie nebeneinander zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>Word for word elsewhere</source>
        <translation>Anderswo wörtlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded elsewhere</source>
        <translation>Anderswo umformuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly elsewhere</source>
        <translation>Anderswo teilweise</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+42"/>
        <source>changed words</source>
        <translation>geänderte Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure that disagrees</source>
        <translation>abweichende Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote worded differently</source>
        <translation>anders formuliertes Zitat</translation>
    </message>
</context>
<context>
    <name>Parallax::ImportNotice</name>
    <message>
        <location filename="../app/ui/importnotice.cpp" line="+19"/>
        <source>Import summary</source>
        <translation>Import-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of every file:</source>
        <translation>Was aus jeder Datei wurde:</translation>
    </message>
</context>
<context>
    <name>Parallax::Labels</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>market value</source>
        <translation>Börsenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training cost</source>
        <translation>Trainingskosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share price</source>
        <translation>Aktienkurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index level</source>
        <translation>Indexstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deal value</source>
        <translation>Transaktionswert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge</source>
        <translation>Abschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>Geldstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation</source>
        <translation>Inflation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest rate</source>
        <translation>Zinssatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity use</source>
        <translation>Stromverbrauch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body weight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>Löhne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bills</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stake</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damages</source>
        <translation>Schadenersatz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>word for word</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reworded</source>
        <translation>umformuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in part</source>
        <translation>teilweise</translation>
    </message>
</context>
<context>
    <name>Parallax::Language</name>
    <message>
        <location filename="../app/ui/language.cpp" line="+24"/>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>Parallax::Library</name>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+120"/>
        <source>The library %1 is damaged (%2).</source>
        <translation>Die Bibliothek %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: Der Ordner dafür kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+35"/>
        <location filename="../app/ui/serverconnect.cpp" line="+52"/>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>it is not an SQLite database (%1)</source>
        <translation>es handelt sich nicht um eine SQLite-Datenbank (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged (%1)</source>
        <translation>die Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>the library file %1 is read-only</source>
        <translation>die Bibliotheksdatei %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the library is full (%1)</source>
        <translation>der Datenträger der Bibliothek ist voll (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/searchqueries.cpp" line="+185"/>
        <location line="+23"/>
        <source>the search “%1” is not valid: %2</source>
        <translation>die Suche „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>see the FTS5 query syntax</source>
        <translation>siehe die FTS5-Abfragesyntax</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="+243"/>
        <source>an article needs a title</source>
        <translation>ein Artikel braucht einen Titel</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no article %1</source>
        <translation>es gibt keinen Artikel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was trimmed from this article</source>
        <translation>aus diesem Artikel wurde nichts entfernt</translation>
    </message>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+7"/>
        <source>a library on a server is backed up by the server&apos;s own tools (pg_dump), not by Parallax</source>
        <translation>eine Bibliothek auf einem Server wird mit den Werkzeugen des Servers (pg_dump) gesichert, nicht von Parallax</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a library on a server is restored with the server&apos;s own tools (pg_restore), not by Parallax</source>
        <translation>eine Bibliothek auf einem Server wird mit den Werkzeugen des Servers (pg_restore) wiederhergestellt, nicht von Parallax</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 ist keine brauchbare Sicherung: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be moved aside</source>
        <translation>%1 kann nicht zur Seite verschoben werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be copied to %2</source>
        <translation>%1 kann nicht nach %2 kopiert werden</translation>
    </message>
    <message>
        <location filename="../app/storage/markdownexport.cpp" line="+99"/>
        <source>there is no story %1</source>
        <translation>es gibt kein Thema %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/storage/serverlibrary.cpp" line="+28"/>
        <source>the server refused the login (%1). Put the password in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry.</source>
        <translation>der Server hat die Anmeldung abgelehnt (%1). Legen Sie das Passwort in ~/.pgpass, in der von PGPASSFILE genannten Datei oder in einem PGSERVICE-Eintrag ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no such database or role (%1)</source>
        <translation>der Server kennt diese Datenbank oder Rolle nicht (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server cannot be reached (%1)</source>
        <translation>der Server ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL support is not installed (Debian package libqt6sql6-psql)</source>
        <translation>PostgreSQL-Unterstützung ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the address is not valid (%1)</source>
        <translation>die Adresse ist ungültig (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address holds a password. Leave it out and put it in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry, so that it is never stored in plain text.</source>
        <translation>die Adresse enthält ein Passwort. Lassen Sie es weg und legen Sie es in ~/.pgpass, in der von PGPASSFILE genannten Datei oder in einem PGSERVICE-Eintrag ab, damit es nie im Klartext gespeichert wird.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this login may only read the library on %1 (%2)</source>
        <translation>diese Anmeldung darf die Bibliothek auf %1 nur lesen (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk of the server holding %1 is full (%2)</source>
        <translation>die Festplatte des Servers mit %1 ist voll (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server of %1 was lost; nothing after the last commit was stored (%2)</source>
        <translation>die Verbindung zum Server von %1 ist abgebrochen; nichts nach dem letzten Festschreiben wurde gespeichert (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/librarycopy.cpp" line="+166"/>
        <source>%1 already holds articles, stories, feeds or tags: a library is copied only into an empty one</source>
        <translation>%1 enthält bereits Artikel, Geschichten, Feeds oder Schlagwörter: eine Bibliothek wird nur in eine leere kopiert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was copied into %1: %2</source>
        <translation>Nichts wurde nach %1 kopiert: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy in %1 differs from %2 in the table %3 (%4 rows against %5)%6</source>
        <translation>die Kopie in %1 weicht von %2 in der Tabelle %3 ab (%4 Zeilen gegenüber %5)%6</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="+115"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <extracomment>Column of search results: the words around what the search found, best match first when sorted by it</extracomment>
        <translation>Fundstelle</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="+177"/>
        <location line="+142"/>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+146"/>
        <source>Stories</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+157"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+34"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show the articles and stories of a time only</source>
        <translation>Nur die Artikel und Themen eines Zeitraums anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Dates…</source>
        <translation>Zeitraum…</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles with one tag only</source>
        <translation>Nur die Artikel mit einem bestimmten Tag anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the whole library again</source>
        <translation>Wieder die ganze Bibliothek anzeigen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Feed: %1</source>
        <translation>Feed: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Story: %1</source>
        <translation>Thema: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details…</source>
        <translation>Details bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Trimmed Page Text…</source>
        <translation>Entfernten Seitentext anzeigen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Move to Story</source>
        <translation>In Thema verschieben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other Story…</source>
        <translation>Anderes Thema…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Story from Selected Articles…</source>
        <translation>Neues Thema aus ausgewählten Artikeln…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Story</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles of one outlet only</source>
        <translation>Nur die Artikel eines Mediums anzeigen</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Rename Story…</source>
        <translation>Thema umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Story</source>
        <translation>Thema umbenennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge Into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n of %1 article(s) match</source>
        <translation>
            <numerusform>%n von %1 Artikeln passt</numerusform>
            <numerusform>%n von %1 Artikeln passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aus diesem Artikel wurde nichts entfernt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim Import von &lt;b&gt;%1&lt;/b&gt; beiseitegelegt (Aufforderungen zum Teilen, Newsletter-Kästen, Autorenhinweise, Nachweise und Ähnliches):&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nachweise&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trimmed from %1</source>
        <translation>Aus %1 entfernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put Back in the Article</source>
        <translation>In den Artikel zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the trimmed text to the end of the article&apos;s text</source>
        <translation>Den entfernten Text ans Ende des Artikeltexts anfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put Back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trimmed text could not be put back: %1</source>
        <translation>Der entfernte Text konnte nicht zurückgeholt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>Letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
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
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Another reader changed the library; the lists are up to date.</source>
        <translation>Jemand anderes hat die Bibliothek geändert; die Listen sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1

Back it up now (File &gt; Back Up Library) and quit: when Parallax starts again it offers to restore a backup. The damaged file is never overwritten.</source>
        <translation>%1

Sichern Sie die Bibliothek jetzt (Datei &gt; Bibliothek sichern) und beenden Sie Parallax: Beim nächsten Start bietet Parallax an, eine Sicherung wiederherzustellen. Die beschädigte Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation>Lin&amp;ks aus der Zwischenablage importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Feed…</source>
        <translation>&amp;Feed hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation>Feed-&amp;Liste importieren (OPML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Feeds</source>
        <translation>Feeds &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation>Vergleich als PDF &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger Text</source>
        <translation>Text &amp;vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller Text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the &amp;Library</source>
        <translation>&amp;Bibliothek durchsuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Difference</source>
        <translation>Nächster &amp;Unterschied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation>Nächster Satz, der nicht in allen Artikeln gleich ist (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>Vorheriger Unters&amp;chied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation>Vorheriger Satz, der nicht in allen Artikeln gleich ist (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Synchrones Sc&amp;rollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation>Beim Scrollen in einer Spalte werden die Entsprechungen in den anderen sichtbar (Strg+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Discrepancy</source>
        <translation>Nächste &amp;Abweichung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Discrepancy</source>
        <translation>Vorherige Abw&amp;eichung</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+134"/>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation>Welche der verglichenen Artikel nebeneinander angezeigt werden (bis zu sechs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Story</source>
        <translation>&amp;Beispielthema öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Parallax</source>
        <translation>&amp;Über Parallax</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sentences the columns show</source>
        <translation>Welche Sätze die Spalten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentences</source>
        <translation>Alle Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reworded</source>
        <translation>Umformuliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in one article</source>
        <translation>Nur in einem Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures that differ</source>
        <translation>Abweichende Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes that differ</source>
        <translation>Abweichende Zitate</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discrepancies</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-19"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+1"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligned Sentences</source>
        <translation>Zugeordnete Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Berichterstattung</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+44"/>
        <source>Discrepancies (%1)</source>
        <translation>Abweichungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes (%1)</source>
        <translation>Zitate (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation>Nichts zu importieren: Die Ordner enthalten keine Dateien.</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+89"/>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importing %1 of %2:
%3</source>
        <translation>Import %1 von %2:
%3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Import %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+4"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation>Import abgebrochen: %1 importiert, %2 bereits in der Bibliothek, %3 übersprungen; der Rest wurde nicht angerührt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation>%1 importiert, %2 bereits in der Bibliothek, %3 übersprungen%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the other files were left alone</source>
        <translation>; die übrigen Dateien wurden nicht angerührt</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="-74"/>
        <source>Imported:</source>
        <translation>Importiert:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+35"/>
        <source>&amp;Library List</source>
        <translation>&amp;Bibliotheksliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Abweichungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aligned Sentences</source>
        <translation>Zugeordnete &amp;Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage</source>
        <translation>Ab&amp;deckung</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+2"/>
        <source>Already in the library:</source>
        <translation>Bereits in der Bibliothek:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+70"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation>Die ersten %1 von %2 ausgewählten Artikeln werden verglichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation>%1 Artikel verglichen; %2 davon nebeneinander angezeigt (Auswahl unter Ansicht &gt; Spalten).</translation>
    </message>
    <message>
        <location filename="../app/ui/articleedits.cpp" line="+26"/>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 articles</source>
        <translation>%1 Artikel löschen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details</source>
        <translation>Details bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>Die Details von „%1“ konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+25"/>
        <source>Outlet named “%1”; Edit &gt; Undo takes it back.</source>
        <translation>Medium „%1“ benannt; Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht; Bearbeiten &gt; Rückgängig macht das Löschen rückgängig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="+102"/>
        <source>Parallax library %1.sqlite</source>
        <translation>Parallax-Bibliothek %1.sqlite</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This library is on a PostgreSQL server (%1): the server&apos;s own tools back it up, for example pg_dump, and pg_restore puts it back.

To keep a copy as a library file: parallax library copy %1 FILE</source>
        <translation>Diese Bibliothek liegt auf einem PostgreSQL-Server (%1): Sie wird mit den Werkzeugen des Servers gesichert, etwa pg_dump, und mit pg_restore wiederhergestellt.

Eine Kopie als Bibliotheksdatei: parallax library copy %1 DATEI</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library backups (*.sqlite)</source>
        <translation>Bibliothekssicherungen (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library backed up to %1.</source>
        <translation>Bibliothek nach %1 gesichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation>Adresse eines RSS- oder Atom-Feeds:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The feed could not be stored: %1</source>
        <translation>Der Feed konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+8"/>
        <source>Import Feed List</source>
        <translation>Feed-Liste importieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Abonnementlisten (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeds in it</source>
        <translation>sie enthält keine Feeds</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The clipboard holds no link to import.</source>
        <translation>Die Zwischenablage enthält keinen Link zum Importieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+16"/>
        <source>Refreshing %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation>
            <numerusform>Feeds aktualisiert: %n neuer Artikel.</numerusform>
            <numerusform>Feeds aktualisiert: %n neue Artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation>
            <numerusform>Feeds aktualisiert: %n neuer Artikel; %1 Problem(e), siehe die Tooltips der Feeds.</numerusform>
            <numerusform>Feeds aktualisiert: %n neue Artikel; %1 Problem(e), siehe die Tooltips der Feeds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+56"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-61"/>
        <location filename="../app/ui/importprogress.cpp" line="-83"/>
        <location filename="../app/ui/mainwindow.cpp" line="-237"/>
        <location line="+227"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/services/importservice.cpp" line="+69"/>
        <source>%1: the library could not store it (%2)</source>
        <translation>%1: konnte nicht in der Bibliothek gespeichert werden (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-177"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation>%1 importiert, %2 bereits in der Bibliothek, %3 übersprungen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden. Die übrigen Dateien wurden importiert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden. Die übrigen Dateien wurden importiert.</numerusform>
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
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.markdown *.text);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a Folder of Articles</source>
        <translation>Ordner mit Artikeln importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation>Öffnen Sie zwei oder mehr Artikel, um ihren Vergleich zu exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - comparison.pdf</source>
        <translation>%1 - Vergleich.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Comparison as PDF</source>
        <translation>Vergleich als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite nach %1 exportiert.</numerusform>
            <numerusform>%n Seiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Parallax</source>
        <translation>Über Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read several articles on one story side by side and see where the coverage differs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Lesen Sie mehrere Artikel zu einem Thema nebeneinander und sehen Sie, wo sich die Berichterstattung unterscheidet.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parallax::Migrator</name>
    <message>
        <location filename="../app/storage/migrator.cpp" line="+239"/>
        <source>the file is not a Parallax library or is damaged (%1)</source>
        <translation>die Datei ist keine Parallax-Bibliothek oder ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+134"/>
        <source>the library was written by a newer Parallax (schema version %1; this version knows up to %2)</source>
        <translation>die Bibliothek wurde von einer neueren Parallax-Version geschrieben (Schemaversion %1; diese Version kennt höchstens %2)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>the database cannot be read as a Parallax library (%1)</source>
        <translation>die Datenbank kann nicht als Parallax-Bibliothek gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>could not keep a copy of the library before upgrading it (%1)</source>
        <translation>vor der Aktualisierung konnte keine Kopie der Bibliothek angelegt werden (%1)</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+91"/>
        <source>migration %1 cannot be read</source>
        <translation>Migration %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start migration %1 (%2)</source>
        <translation>Migration %1 konnte nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+102"/>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+46"/>
        <source>migration %1 could not be committed: %2</source>
        <translation>Migration %1 konnte nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::OpenLibraryDialog</name>
    <message>
        <location filename="../app/ui/openlibrarydialog.cpp" line="+18"/>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library file, or a library on a PostgreSQL server shared by a desk:
postgresql://user@host:5432/database (options after ?, such as sslmode=require).
Passwords are never typed here: put them in ~/.pgpass (or PGPASSFILE, PGSERVICE).</source>
        <translation>Eine Bibliotheksdatei oder eine gemeinsame Bibliothek auf einem PostgreSQL-Server:
postgresql://benutzer@host:5432/datenbank (Optionen nach ?, etwa sslmode=require).
Passwörter werden hier nie eingegeben: Legen Sie sie in ~/.pgpass ab (oder PGPASSFILE, PGSERVICE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library File</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax libraries (*.sqlite);;All files (*)</source>
        <translation>Parallax-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExport</name>
    <message>
        <location filename="../app/services/exportservice.cpp" line="+53"/>
        <location line="+21"/>
        <source>rendering took longer than %1 seconds</source>
        <translation>das Rendern dauerte länger als %1 Sekunden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the comparison page could not be rendered</source>
        <translation>die Vergleichsseite konnte nicht gerendert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>printing to PDF failed</source>
        <translation>das Drucken als PDF ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: there is no comparison to export</source>
        <translation>%1: es gibt keinen Vergleich zum Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation>%1: kein temporärer Arbeitsordner verfügbar (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the page could not be written to %2</source>
        <translation>%1: die Seite konnte nicht nach %2 geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1</source>
        <translation>Exportiert am %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation>%1: die Seitenzahlen konnten nicht hinzugefügt werden (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfImporter</name>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="+236"/>
        <source>the PDF expands to more than %1 when decompressed; it is not read</source>
        <translation>die PDF-Datei wird entpackt größer als %1; sie wird nicht gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF is encrypted</source>
        <translation>das PDF ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation>das PDF verwendet ein nicht unterstütztes Sicherheitsverfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation>das PDF ist beschädigt oder kein PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF has no text (it may be scanned images)</source>
        <translation>das PDF enthält keinen Text (möglicherweise besteht es aus gescannten Bildern)</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+74"/>
        <source>≠ altered</source>
        <translation>≠ verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened in some</source>
        <translation>teils gekürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>word for word</source>
        <translation>wörtlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech elsewhere</source>
        <translation>anderswo in indirekter Rede</translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="+23"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote versions</source>
        <translation>Fassungen des Zitats</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not attributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;No quotations in these articles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Zitate in diesen Artikeln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Select a quote to see each outlet&apos;s version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Zitat aus, um die Fassung jedes Mediums zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(reported speech)</source>
        <translation>(indirekte Rede)</translation>
    </message>
</context>
<context>
    <name>Parallax::ServerConnect</name>
    <message>
        <location filename="../app/ui/serverconnect.cpp" line="-24"/>
        <source>Connecting to the library at %1…</source>
        <translation>Verbindung zur Bibliothek unter %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the library at %1 was cancelled.</source>
        <translation>Die Verbindung zur Bibliothek unter %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryListModel</name>
    <message>
        <location filename="../app/ui/storylistmodel.cpp" line="+57"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n Medium</numerusform>
            <numerusform>%n Medien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places: %1</source>
        <translation>Orte: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures: %1</source>
        <translation>Zahlen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words: %1</source>
        <translation>Wörter: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Together because they share:</source>
        <translation>Zusammen, weil sie gemeinsam haben:</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryPicker</name>
    <message>
        <location filename="../app/ui/storypicker.cpp" line="+22"/>
        <source>Part of the story&apos;s title</source>
        <translation>Teil des Thementitels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Themen</translation>
    </message>
</context>
<context>
    <name>Parallax::SvgCharts</name>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="+98"/>
        <source>≠ outlets disagree</source>
        <translation>≠ Medien weichen ab</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Which article is derived from which</source>
        <translation>Welcher Artikel von welchem abgeleitet ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>derived from (%1% found there)</source>
        <translation>abgeleitet von (%1 % dort gefunden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% found elsewhere</source>
        <translation>%1 % anderswo gefunden</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Market moves in percent, per entity and outlet</source>
        <translation>Kursbewegungen in Prozent, je Unternehmen bzw. Index und Medium</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Money amounts on a log scale, by what they measure</source>
        <translation>Geldbeträge auf logarithmischer Skala, nach Messgröße</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="+64"/>
        <source>the text claims to be UTF-8 but is not valid UTF-8</source>
        <translation>der Text gibt UTF-8 an, ist aber kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid UTF-16</source>
        <translation>der Text ist kein gültiges UTF-16</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is binary, not text</source>
        <translation>die Datei ist binär, kein Text</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the text encoding %1 is not supported</source>
        <translation>die Textkodierung %1 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>Parallax::TextImporter</name>
    <message>
        <location filename="../app/importers/textimporter.cpp" line="+299"/>
        <source>the file has no article text</source>
        <translation>die Datei enthält keinen Artikeltext</translation>
    </message>
</context>
<context>
    <name>Parallax::Theme</name>
    <message>
        <location filename="../app/ui/theme.cpp" line="+131"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="+57"/>
        <source>only http and https links can be imported</source>
        <translation>nur http- und https-Links können importiert werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>the page is larger than %1</source>
        <translation>die Seite ist größer als %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the download did not finish in time</source>
        <translation>der Download wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>der Server hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it redirects from https to an insecure http address</source>
        <translation>die Seite leitet von https auf eine unsichere http-Adresse weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete mit %1 %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the page is empty</source>
        <translation>die Seite ist leer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsupported type of page (%1)</source>
        <translation>nicht unterstützter Seitentyp (%1)</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+88"/>
        <source>%1 move</source>
        <translation>%1 Veränderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rate %2 implied: off by orders of magnitude</source>
        <translation>Implizierter %1-Kurs %2: um Größenordnungen daneben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rate %2 in one conversion, %3 in the other</source>
        <translation>%1-Kurs %2 in einer Umrechnung, %3 in der anderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rate %2 implied, %3 in the rest of the story</source>
        <translation>Implizierter %1-Kurs %2, %3 in der übrigen Berichterstattung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote worded differently</source>
        <translation>Zitat anders formuliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote of %1 worded differently</source>
        <translation>Zitat von %1 anders formuliert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote of %1 in one article only</source>
        <translation>Zitat von %1 nur in einem Artikel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+71"/>
        <source>Use the library file PATH.</source>
        <translation>Die Bibliotheksdatei PATH verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample story.</source>
        <translation>Das Beispielthema öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Die Diagnosemeldungen der Web-Engine im Terminal anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to import and compare.</source>
        <translation>Zu importierende und zu vergleichende Artikel.</translation>
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
        <translation>Die Bibliothek %1 ist in einem anderen Parallax-Fenster geöffnet, das nicht antwortet. Schließen Sie dieses Fenster (oder beenden Sie seinen Prozess) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Open My Library File</source>
        <translation>Meine Bibliotheksdatei öffnen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1

Restore the library from a backup? The damaged file is kept as it is, beside the restored one.</source>
        <translation>%1

Die Bibliothek aus einer Sicherung wiederherstellen? Die beschädigte Datei bleibt unverändert neben der wiederhergestellten erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Bibliothekssicherungen (*.sqlite *.bak *.db);;Alle Dateien (*)</translation>
    </message>
</context>
</TS>
