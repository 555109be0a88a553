<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Parallax::AlignedPanel</name>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="+32"/>
        <source>Aligned sentences</source>
        <translation>Phrases alignées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Click a sentence in the columns to see its counterparts here, one under another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur une phrase dans les colonnes pour voir ici ses équivalents, les uns sous les autres.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No other article carries this sentence.</source>
        <translation>Aucun autre article ne contient cette phrase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moved</source>
        <extracomment>A sentence that stands at another place in the other article</extracomment>
        <translation>déplacée</translation>
    </message>
</context>
<context>
    <name>Parallax::Article</name>
    <message>
        <location filename="../app/core/article.cpp" line="+34"/>
        <source>Unknown outlet (%1)</source>
        <translation>Média inconnu (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleDetailsDialog</name>
    <message>
        <location filename="../app/ui/articledetailsdialog.cpp" line="+50"/>
        <source>Dated</source>
        <extracomment>Check box: whether the article has a publication date (the date field beside it)</extracomment>
        <translation>Date connue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article Details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma-separated, e.g. energy, to check</source>
        <translation>Séparées par des virgules, p. ex. énergie, à vérifier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline:</source>
        <translation>&amp;Signature :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
</context>
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+22"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation>Utiliser le fichier de bibliothèque PATH (par défaut : $PARALLAX_LIBRARY, puis le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Laisser passer les diagnostics du moteur web dans le terminal.</translation>
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
        <translation>Utilisation :
  parallax [--library P] [FILE...]          ouvrir la fenêtre, en important et comparant les FILE
  parallax [--library P] --sample           ouvrir la fenêtre sur le sujet d&apos;exemple
  parallax import [--library P] [--url URL]... [PATH...]
                                            importer des fichiers, des dossiers et des liens web
  parallax list [--library P] [--json]      lister les articles de la bibliothèque
  parallax search [--library P] [--json] QUERY
                                            recherche en texte intégral (syntaxe SQLite FTS5)
  parallax compare [--json] [--library P] INPUT...
                                            comparer 2 à 12 fichiers ou identifiants de la bibliothèque
  parallax backup [--library P] OUT         une copie cohérente de la bibliothèque
  parallax restore [--library P] BACKUP     mettre en place une sauvegarde (l&apos;ancien fichier est conservé)
  parallax stories [--library P] [--json] [--rebuild]
                                            sujets : couverture regroupée par événement
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            abonnements RSS et Atom
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            la comparaison en PDF (sans affichage)
  parallax library copy FROM TO             déplacer une bibliothèque entre un fichier et un serveur
  parallax --version | --help

La bibliothèque est --library P, sinon $PARALLAX_LIBRARY, sinon %1
P est un fichier, ou l&apos;adresse postgresql://utilisateur@hôte:port/base d&apos;un serveur PostgreSQL
</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usage: parallax library copy [--library P] [FROM] TO</source>
        <translation>Usage : parallax library copy [--library P] [FROM] TO</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parallax %1: unexpected argument %2</source>
        <translation>parallax %1 : argument inattendu %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="+10"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation>La bibliothèque a été mise à niveau ; une copie de la version précédente se trouve dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+18"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation>Télécharger l&apos;article à l&apos;adresse URL (http ou https) et l&apos;importer ; peut être répété.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-59"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation>Utilisation : parallax import [--library P] [--url URL]... [PATH...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+8"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation>parallax import : aucun fichier, dossier ou --url indiqué</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation>parallax import : %1 n&apos;est pas un lien http ou https</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library could not store it (%1)</source>
        <translation>la bibliothèque n&apos;a pas pu l&apos;enregistrer (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation>Utilisation : parallax list [--library P] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/list.cpp" line="+25"/>
        <source>parallax list: %1</source>
        <translation>parallax list : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+27"/>
        <source>Only articles with this tag.</source>
        <translation>Seulement les articles portant cette étiquette.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An SQLite FTS5 query.</source>
        <translation>Une requête SQLite FTS5.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</source>
        <translation>Utilisation : parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+6"/>
        <source>parallax search: no query given</source>
        <translation>parallax search : aucune requête indiquée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: dates are YYYY-MM-DD and --sort is relevance or date</source>
        <translation>parallax search : les dates sont au format AAAA-MM-JJ et --sort vaut relevance ou date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: %1</source>
        <translation>parallax search : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/compare.cpp" line="+25"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation>%1 phrases, %2 uniquement ici, %3&#xa0;% retrouvées dans les autres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation>[%1] ↔ [%2] : %3&#xa0;% de [%1] retrouvé dans [%2], %4&#xa0;% de [%2] retrouvé dans [%1]</translation>
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
        <translation>[%1] semble dérivé de [%2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation>
            <numerusform>%n chiffre, %1 citation(s), %2 divergence(s)</numerusform>
            <numerusform>%n chiffres, %1 citation(s), %2 divergence(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine time: %1 ms</source>
        <translation>Temps de calcul : %1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/inputs.cpp" line="+28"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation>parallax %1 : il n&apos;y a pas d&apos;article %2 dans la bibliothèque %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parallax %1: %2: %3</source>
        <translation>parallax %1 : %2 : %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation>2 à %1 fichiers d&apos;articles ou identifiants d&apos;articles de la bibliothèque.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax %1: give 2 to %2 articles (got %3)</source>
        <translation>parallax %1 : indiquez 2 à %2 articles (%3 reçus)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation>Utilisation : parallax compare [--json] [--library P] INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+23"/>
        <source>Write the library (or --story) as Markdown files with an index.json into DIR.</source>
        <translation>Écrire la bibliothèque (ou --story) sous forme de fichiers Markdown, avec un index.json, dans DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --markdown: only this story.</source>
        <translation>Avec --markdown : uniquement ce sujet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
       parallax export --markdown DIR [--story ID] [--library P]</source>
        <translation>Utilisation : parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
              parallax export --markdown DIR [--story ID] [--library P]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+17"/>
        <source>Regroup every article, keeping the reader&apos;s own choices.</source>
        <translation>Regrouper tous les articles, en conservant vos propres choix.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+11"/>
        <source>Usage: parallax stories [--library P] [--json] [--rebuild]</source>
        <translation>Utilisation : parallax stories [--library P] [--json] [--rebuild]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+10"/>
        <source>parallax stories: the stories could not be rebuilt (%1)</source>
        <translation>parallax stories : les sujets n&apos;ont pas pu être reconstruits (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Where the backup goes.</source>
        <translation>Où écrire la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax restore [--library P] BACKUP</source>
        <translation>Utilisation : parallax restore [--library P] BACKUP</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usage: parallax backup [--library P] OUT</source>
        <translation>Utilisation : parallax backup [--library P] OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>parallax restore: %1</source>
        <translation>parallax restore : %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>parallax backup: %1</source>
        <translation>parallax backup : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-37"/>
        <source>With --verbose, any of these lets the web engine&apos;s (Chromium&apos;s) diagnostics through to the terminal.</source>
        <translation>Avec --verbose, chacune de ces commandes laisse passer les diagnostics du moteur web (Chromium) dans le terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="-10"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation>Écrire la comparaison en PDF dans OUT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation>Le titre du sujet pour l&apos;en-tête (par défaut : celui du premier article).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation>parallax export : indiquez où écrire le PDF avec --pdf OUT.pdf</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+22"/>
        <source>parallax export: %1</source>
        <translation>parallax export : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="-47"/>
        <source>Only articles of this outlet.</source>
        <translation>Seulement les articles de ce média.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or after this date.</source>
        <translation>Seulement les articles publiés à cette date ou après.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or before this date.</source>
        <translation>Seulement les articles publiés à cette date ou avant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles of this story.</source>
        <translation>Seulement les articles de ce sujet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relevance (the default) or date (newest first).</source>
        <translation>relevance (par défaut) ou date (les plus récents d&apos;abord).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/commands/export.cpp" line="-19"/>
        <source>exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n article exporté vers %1</numerusform>
            <numerusform>%n articles exportés vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>exported %n page(s) to %1</source>
        <translation>
            <numerusform>%n page exportée vers %1</numerusform>
            <numerusform>%n pages exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+24"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation>S&apos;abonner à tous les flux d&apos;une liste d&apos;abonnements OPML.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or refresh.</source>
        <translation>add, list ou refresh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation>Adresses de flux (add) ou identifiants de flux (refresh).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+28"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation>Utilisation : parallax feeds add [--library P] (URL... | --opml FILE)
              parallax feeds list [--library P] [--json]
              parallax feeds refresh [--library P] [ID...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+131"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation>parallax feeds : indiquez add, list ou refresh</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation>parallax feeds : %1 : illisible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds: %1: %2</source>
        <translation>parallax feeds : %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation>parallax feeds add : indiquez des adresses de flux ou --opml FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation>parallax feeds add : %1 n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parallax feeds add: %1: %2</source>
        <translation>parallax feeds add : %1 : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation>parallax feeds refresh : il n&apos;y a pas de flux %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
        <translation>nouveaux : %1, déjà vus : %2, déjà dans la bibliothèque : %3, ignorés : %4</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/library.cpp" line="+13"/>
        <source>Copy a library.</source>
        <translation>Copier une bibliothèque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library to copy: a file or a postgresql:// address.</source>
        <translation>La bibliothèque à copier : un fichier ou une adresse postgresql://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An empty library (a new file, or an empty database on a server).</source>
        <translation>Une bibliothèque vide (un nouveau fichier, ou une base de données vide sur un serveur).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copying %1: %2 rows</source>
        <translation>copie de %1 : %2 lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parallax library copy: %1</source>
        <translation>parallax library copy : %1</translation>
    </message>
</context>
<context>
    <name>Parallax::ComparisonView</name>
    <message>
        <location filename="../app/ui/comparisonview.cpp" line="+83"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="+19"/>
        <source>Only facts some outlets leave out</source>
        <translation>Seulement les faits omis par certains médias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim</source>
        <extracomment>Column header: a fact (figure or quote) the articles report, one per row</extracomment>
        <translation>Affirmation</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Uniquement dans %1 (%n phrase)</numerusform>
            <numerusform>Uniquement dans %1 (%n phrases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Discrepancy</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+143"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote in one outlet</source>
        <translation>Citation dans un seul média</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="+37"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation>Divergence précédente (Maj+F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next discrepancy (F8)</source>
        <translation>Divergence suivante (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discrepancies</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why flagged</source>
        <translation>Pourquoi signalé</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 differs from the others</source>
        <translation>%1 diffère des autres</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation>Les médias concordent sur tous les chiffres et toutes les citations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation>Ouvrez au moins deux articles pour vérifier leurs chiffres et leurs citations.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n divergence</numerusform>
            <numerusform>%n divergences</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyTable</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+92"/>
        <source>different value</source>
        <translation>valeur différente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different qualifier</source>
        <translation>qualificatif différent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion off</source>
        <translation>conversion erronée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered quote</source>
        <translation>citation modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one outlet</source>
        <translation>un seul média</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedParser</name>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="+118"/>
        <source>this is not an RSS or Atom feed</source>
        <translation>ce n&apos;est pas un flux RSS ou Atom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the feed is not well-formed XML (%1, line %2)</source>
        <translation>le flux n&apos;est pas du XML bien formé (%1, ligne %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed is empty</source>
        <translation>le flux est vide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the subscription list is not well-formed XML (%1)</source>
        <translation>la liste d&apos;abonnements n&apos;est pas du XML bien formé (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedUpdater</name>
    <message>
        <location filename="../app/services/feedservice.cpp" line="+53"/>
        <source>the item has neither the article nor a link to it</source>
        <translation>l&apos;élément ne contient ni l&apos;article ni de lien vers celui-ci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no feed %1</source>
        <translation>il n&apos;y a pas de flux %1</translation>
    </message>
</context>
<context>
    <name>Parallax::FiguresPanel</name>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="+151"/>
        <source>No market moves in these articles.</source>
        <translation>Aucune variation de marché dans ces articles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money amounts in these articles.</source>
        <translation>Aucun montant d&apos;argent dans ces articles.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Market moves chart</source>
        <translation>Graphique des variations de marché</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>change (square-root scale)</source>
        <translation>variation (échelle racine carrée)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amounts chart</source>
        <translation>Graphique des montants</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation>≠ Les médias divergent sur ce chiffre.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Market moves</source>
        <translation>Mouvements de marché</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>change</source>
        <translation>variation</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>log scale</source>
        <translation>échelle logarithmique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagrees (≠)</source>
        <translation>Divergence (≠)</translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="+119"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>le fichier est trop volumineux (%1 ; la limite est de %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>le fichier est illisible (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation>Parallax ne sait pas lire ce type de fichier (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is binary, not text</source>
        <translation>le fichier est binaire, ce n&apos;est pas du texte</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlImporter</name>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+325"/>
        <source>the article extractor is missing from this build</source>
        <translation>l&apos;extracteur d&apos;articles est absent de cette version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page nests its elements %1 levels deep (more than %2): it is not an article page</source>
        <translation>la page imbrique ses éléments sur %1 niveaux (plus de %2) : ce n’est pas une page d’article</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlextractor.cpp" line="+45"/>
        <location line="+99"/>
        <source>no temporary folder to read the page in</source>
        <translation>aucun dossier temporaire pour lire la page</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation>la lecture de la page a pris plus de %1 secondes</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>the page could not be read</source>
        <translation>la page n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+35"/>
        <source>no article text was found in this page</source>
        <translation>aucun texte d&apos;article n&apos;a été trouvé dans cette page</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-197"/>
        <source>Word for word in %1</source>
        <translation>Mot pour mot dans %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworded in %1</source>
        <translation>Reformulée dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly in %1</source>
        <translation>En partie dans %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+70"/>
        <source>Shared: %1</source>
        <translation>En commun : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same meaning: %1</source>
        <translation>Même sens : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only here: %1</source>
        <translation>Seulement ici : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in %1: %2</source>
        <translation>Seulement dans %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section heading (not compared)</source>
        <translation>Intertitre (non comparé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <source>Only in this article</source>
        <translation>Seulement dans cet article</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Disagrees: %1</source>
        <translation>Divergence : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+36"/>
        <location filename="../app/report/screenreport.cpp" line="+47"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% found in the others</source>
        <translation>%1&#xa0;% retrouvé dans les autres</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+130"/>
        <source>Derived from %1</source>
        <translation>Dérivé de %1</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+124"/>
        <source>Inferred from the text.</source>
        <translation>Déduit du texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from the byline.</source>
        <translation>Déduit de la signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from a link in the article.</source>
        <translation>Déduit d’un lien dans l’article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the name of the file&apos;s folder.</source>
        <translation>Déduit du nom du dossier du fichier.</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="-20"/>
        <source>Double-click to name the outlet.</source>
        <translation>Double-cliquez pour nommer le média.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of this article&apos;s sentences found in the others</source>
        <translation>Part des phrases de cet article qui figurent dans les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% elsewhere</source>
        <translation>%1 % ailleurs</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="-31"/>
        <source>Moved: %1 has this elsewhere; click to go there</source>
        <translation>Déplacée : %1 place ce passage ailleurs ; cliquez pour y aller</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="+22"/>
        <source>Overview of %1: click to go there</source>
        <translation>Aperçu de %1 : cliquez pour y aller</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+16"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation>
            <numerusform>%n article comparé avec Parallax le %1</numerusform>
            <numerusform>%n articles comparés avec Parallax le %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-26"/>
        <source>the outlets give different values</source>
        <translation>les médias donnent des valeurs différentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value, qualified differently</source>
        <translation>la même valeur, nuancée autrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conversion&apos;s rate is off</source>
        <translation>le taux de conversion est faux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote&apos;s words differ</source>
        <translation>les mots de la citation diffèrent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quoted by no other outlet</source>
        <translation>cité par aucun autre média</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+18"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why flagged</source>
        <translation>Pourquoi signalé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quotes of named people</source>
        <translation>Citations de personnes nommées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n seulement ici</numerusform>
            <numerusform>%n seulement ici</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listed in the appendix</source>
        <translation>listées en annexe</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+131"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in the others</source>
        <translation>Retrouvé dans les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique claims</source>
        <translation>Affirmations propres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Derived from</source>
        <translation>Dérivé de</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outlets; an arrow goes from a copy to the article it is derived from.</source>
        <translation>Les médias ; une flèche va d’une copie à l’article dont elle est dérivée.</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-93"/>
        <source>up</source>
        <translation>hausse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>baisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>word for word</source>
        <translation>mot pour mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ altered</source>
        <translation>≠ modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened</source>
        <translation>raccourcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer</source>
        <extracomment>A quote that one outlet gives at greater length than the others</extracomment>
        <translation>plus longue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech</source>
        <translation>discours indirect</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+41"/>
        <source>Coverage: what two or more outlets report</source>
        <translation>Couverture : ce que rapportent deux médias ou plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No claim is carried by more than one outlet.</source>
        <translation>Aucune affirmation n’est reprise par plus d’un média.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in one outlet</source>
        <translation>Dans un seul média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no other outlet carries, per outlet in reading order; the numbers are those in the columns.</source>
        <translation>Ce qu’aucun autre média ne reprend, par média dans l’ordre de lecture ; les numéros sont ceux des colonnes.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Uniquement dans %1 (%n phrase)</numerusform>
            <numerusform>Uniquement dans %1 (%n phrases)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation>Variations de marché (en pourcentage) par entité et par média.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation>Montants sur une échelle logarithmique, regroupés selon ce qu&apos;ils mesurent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each row is one claim, the most widely carried first; %1.</source>
        <translation>Chaque ligne est une affirmation, la plus reprise en premier ; %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No figures in these articles.</source>
        <translation>Aucun chiffre dans ces articles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≠ disagrees</source>
        <translation>≠ divergent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quotations in these articles.</source>
        <translation>Aucune citation dans ces articles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+27"/>
        <source>only in this outlet</source>
        <translation>seulement dans ce média</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="-207"/>
        <source>Discrepancies</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation>Les médias concordent sur tous les chiffres et toutes les citations relevés.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Discrepancies in full</source>
        <translation>Toutes les divergences</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="+31"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation>Sélectionnez deux à six articles dans la bibliothèque, ou déposez ici des fichiers d&apos;articles, pour les lire côte à côte.</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>Word for word elsewhere</source>
        <translation>Mot pour mot ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded elsewhere</source>
        <translation>Reformulée ailleurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly elsewhere</source>
        <translation>En partie ailleurs</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+42"/>
        <source>changed words</source>
        <translation>mots modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure that disagrees</source>
        <translation>chiffre divergent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote worded differently</source>
        <translation>citation formulée différemment</translation>
    </message>
</context>
<context>
    <name>Parallax::ImportNotice</name>
    <message>
        <location filename="../app/ui/importnotice.cpp" line="+19"/>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of every file:</source>
        <translation>Ce qu’il est advenu de chaque fichier :</translation>
    </message>
</context>
<context>
    <name>Parallax::Labels</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-62"/>
        <source>market value</source>
        <translation>valeur boursière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training cost</source>
        <translation>coût d’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share price</source>
        <translation>cours de l’action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index level</source>
        <translation>niveau de l’indice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deal value</source>
        <translation>montant de la transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge</source>
        <translation>dépréciation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment</source>
        <translation>investissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>amende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation</source>
        <translation>inflation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest rate</source>
        <translation>taux d’intérêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity use</source>
        <translation>consommation d’électricité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body weight</source>
        <translation>poids corporel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>salaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bills</source>
        <translation>factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stake</source>
        <translation>participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damages</source>
        <translation>dommages et intérêts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>word for word</source>
        <translation>mot pour mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reworded</source>
        <translation>reformulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in part</source>
        <translation>en partie</translation>
    </message>
</context>
<context>
    <name>Parallax::Language</name>
    <message>
        <location filename="../app/ui/language.cpp" line="+24"/>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Parallax::Library</name>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+120"/>
        <source>The library %1 is damaged (%2).</source>
        <translation>La bibliothèque %1 est endommagée (%2).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : son dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+35"/>
        <location filename="../app/ui/serverconnect.cpp" line="+52"/>
        <source>Cannot open the library %1: %2</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque %1 : %2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>it is not an SQLite database (%1)</source>
        <translation>ce n&apos;est pas une base de données SQLite (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>the library file %1 is read-only</source>
        <translation>le fichier de bibliothèque %1 est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the library is full (%1)</source>
        <translation>le disque de la bibliothèque est plein (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/searchqueries.cpp" line="+185"/>
        <location line="+23"/>
        <source>the search “%1” is not valid: %2</source>
        <translation>la recherche « %1 » n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>see the FTS5 query syntax</source>
        <translation>voir la syntaxe des requêtes FTS5</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="+243"/>
        <source>an article needs a title</source>
        <translation>un article doit avoir un titre</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no article %1</source>
        <translation>il n&apos;y a pas d&apos;article %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was trimmed from this article</source>
        <translation>rien n’a été retiré de cet article</translation>
    </message>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+7"/>
        <source>a library on a server is backed up by the server&apos;s own tools (pg_dump), not by Parallax</source>
        <translation>une bibliothèque sur un serveur se sauvegarde avec les outils du serveur (pg_dump), pas avec Parallax</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a library on a server is restored with the server&apos;s own tools (pg_restore), not by Parallax</source>
        <translation>une bibliothèque sur un serveur se restaure avec les outils du serveur (pg_restore), pas avec Parallax</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 n&apos;est pas une sauvegarde utilisable : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be moved aside</source>
        <translation>%1 ne peut pas être mis de côté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be copied to %2</source>
        <translation>%1 ne peut pas être copié vers %2</translation>
    </message>
    <message>
        <location filename="../app/storage/markdownexport.cpp" line="+99"/>
        <source>there is no story %1</source>
        <translation>il n&apos;y a pas de sujet %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be created</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <location filename="../app/storage/serverlibrary.cpp" line="+28"/>
        <source>the server refused the login (%1). Put the password in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry.</source>
        <translation>le serveur a refusé la connexion (%1). Mettez le mot de passe dans ~/.pgpass, dans le fichier que nomme PGPASSFILE ou dans une entrée PGSERVICE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no such database or role (%1)</source>
        <translation>le serveur n&apos;a pas cette base de données ou ce rôle (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server cannot be reached (%1)</source>
        <translation>le serveur est injoignable (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL support is not installed (Debian package libqt6sql6-psql)</source>
        <translation>la prise en charge de PostgreSQL n&apos;est pas installée (paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the address is not valid (%1)</source>
        <translation>l&apos;adresse n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address holds a password. Leave it out and put it in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry, so that it is never stored in plain text.</source>
        <translation>l&apos;adresse contient un mot de passe. Retirez-le et mettez-le dans ~/.pgpass, dans le fichier que nomme PGPASSFILE ou dans une entrée PGSERVICE, pour qu&apos;il ne soit jamais stocké en clair.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this login may only read the library on %1 (%2)</source>
        <translation>cet identifiant ne peut que lire la bibliothèque sur %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk of the server holding %1 is full (%2)</source>
        <translation>le disque du serveur qui héberge %1 est plein (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server of %1 was lost; nothing after the last commit was stored (%2)</source>
        <translation>la connexion au serveur de %1 a été perdue ; rien après la dernière validation n&apos;a été enregistré (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/librarycopy.cpp" line="+166"/>
        <source>%1 already holds articles, stories, feeds or tags: a library is copied only into an empty one</source>
        <translation>%1 contient déjà des articles, des sujets, des flux ou des étiquettes : une bibliothèque ne se copie que dans une bibliothèque vide</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was copied into %1: %2</source>
        <translation>Rien n&apos;a été copié dans %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy in %1 differs from %2 in the table %3 (%4 rows against %5)%6</source>
        <translation>la copie dans %1 diffère de %2 dans la table %3 (%4 lignes contre %5)%6</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="+115"/>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <extracomment>Column of search results: the words around what the search found, best match first when sorted by it</extracomment>
        <translation>Extrait</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="+177"/>
        <location line="+142"/>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+146"/>
        <source>Stories</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+157"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+34"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show the articles and stories of a time only</source>
        <translation>N&apos;afficher que les articles et les sujets d&apos;une période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>Depuis une semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>Depuis un mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Depuis un an</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles with one tag only</source>
        <translation>N&apos;afficher que les articles portant une étiquette donnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the whole library again</source>
        <translation>Réafficher toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Feed: %1</source>
        <translation>Flux : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Story: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Trimmed Page Text…</source>
        <translation>Afficher le texte retiré de la page…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Move to Story</source>
        <translation>Déplacer vers un sujet</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other Story…</source>
        <translation>Autre sujet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Story from Selected Articles…</source>
        <translation>Nouveau sujet à partir des articles sélectionnés…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Story</source>
        <translation>Nouveau sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles of one outlet only</source>
        <translation>N&apos;afficher que les articles d&apos;un seul média</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Rename Story…</source>
        <translation>Renommer le sujet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Story</source>
        <translation>Renommer le sujet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge Into</source>
        <translation>Fusionner avec</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All outlets</source>
        <translation>Tous les médias</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n of %1 article(s) match</source>
        <translation>
            <numerusform>%n article sur %1 correspond</numerusform>
            <numerusform>%n articles sur %1 correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Merge Into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n&apos;a été retiré de cet article.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mis de côté lors de l&apos;import de &lt;b&gt;%1&lt;/b&gt; (invitations au partage, encarts d&apos;abonnement à la newsletter, notes sur l&apos;auteur, crédits, etc.) :&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Crédits&lt;/b&gt; : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trimmed from %1</source>
        <translation>Retiré de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put Back in the Article</source>
        <translation>Remettre dans l’article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the trimmed text to the end of the article&apos;s text</source>
        <translation>Ajouter le texte retiré à la fin du texte de l’article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put Back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trimmed text could not be put back: %1</source>
        <translation>Le texte retiré n’a pas pu être remis : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>La dernière tentative a échoué : %1</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
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
        <translation>Bibliothèque : %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Another reader changed the library; the lists are up to date.</source>
        <translation>Un autre lecteur a modifié la bibliothèque ; les listes sont à jour.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1

Back it up now (File &gt; Back Up Library) and quit: when Parallax starts again it offers to restore a backup. The damaged file is never overwritten.</source>
        <translation>%1

Sauvegardez-la maintenant (Fichier &gt; Sauvegarder la bibliothèque) puis quittez : au prochain démarrage, Parallax proposera de restaurer une sauvegarde. Le fichier endommagé n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation>Importer les &amp;liens du presse-papiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Feed…</source>
        <translation>Ajouter un &amp;flux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation>Importer une liste de flux (&amp;OPML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Feeds</source>
        <translation>&amp;Actualiser les flux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation>&amp;Exporter la comparaison en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Library…</source>
        <translation>&amp;Sauvegarder la bibliothèque…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus pe&amp;tit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal Size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the &amp;Library</source>
        <translation>Rechercher dans la &amp;bibliothèque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go To</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next &amp;Difference</source>
        <translation>&amp;Différence suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation>Phrase suivante qui n&apos;est pas identique dans tous les articles (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>Différence p&amp;récédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation>Phrase précédente qui n&apos;est pas identique dans tous les articles (Alt+Haut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Défilement s&amp;ynchronisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation>Faire défiler une colonne affiche les passages correspondants dans les autres (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Discrepancy</source>
        <translation>Di&amp;vergence suivante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Discrepancy</source>
        <translation>Divergence &amp;précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+134"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation>Articles comparés à afficher côte à côte (six au maximum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Story</source>
        <translation>Ouvrir le &amp;sujet d&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Parallax</source>
        <translation>À &amp;propos de Parallax</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sentences the columns show</source>
        <translation>Phrases affichées dans les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentences</source>
        <translation>Toutes les phrases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only differences</source>
        <translation>Seulement les différences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reworded</source>
        <translation>Reformulées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in one article</source>
        <translation>Seulement dans un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures that differ</source>
        <translation>Chiffres divergents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes that differ</source>
        <translation>Citations divergentes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discrepancies</source>
        <translation>Divergences</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-19"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+1"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligned Sentences</source>
        <translation>Phrases alignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+44"/>
        <source>Discrepancies (%1)</source>
        <translation>Divergences (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation>Rien à importer : les dossiers ne contiennent aucun fichier.</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+89"/>
        <source>Importing articles…</source>
        <translation>Import des articles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Import de %1 sur %2 :
%3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Import de %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+4"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation>Import annulé : importés : %1, déjà dans la bibliothèque : %2, ignorés : %3 ; le reste n&apos;a pas été traité.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation>Importés : %1, déjà dans la bibliothèque : %2, ignorés : %3%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the other files were left alone</source>
        <translation> ; les autres fichiers n&apos;ont pas été traités</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="-74"/>
        <source>Imported:</source>
        <translation>Importés :</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+35"/>
        <source>&amp;Library List</source>
        <translation>&amp;Liste de la bibliothèque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Divergences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aligned Sentences</source>
        <translation>Phrases &amp;alignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage</source>
        <translation>C&amp;ouverture</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+2"/>
        <source>Already in the library:</source>
        <translation>Déjà dans la bibliothèque :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+70"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation>Comparaison des %1 premiers des %2 articles sélectionnés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation>%1 articles comparés ; %2 affichés côte à côte (Affichage &gt; Colonnes pour les choisir).</translation>
    </message>
    <message>
        <location filename="../app/ui/articleedits.cpp" line="+26"/>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 articles</source>
        <translation>Supprimer %1 articles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details</source>
        <translation>Modifier les détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>Les détails de « %1 » n&apos;ont pas pu être enregistrés : %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+25"/>
        <source>Outlet named “%1”; Edit &gt; Undo takes it back.</source>
        <translation>Média nommé « %1 » ; Édition &gt; Annuler revient en arrière.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation>Supprimé : %1 (Édition &gt; Annuler pour revenir en arrière).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="+102"/>
        <source>Parallax library %1.sqlite</source>
        <translation>Bibliothèque Parallax %1.sqlite</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Back Up Library</source>
        <translation>Sauvegarder la bibliothèque</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This library is on a PostgreSQL server (%1): the server&apos;s own tools back it up, for example pg_dump, and pg_restore puts it back.

To keep a copy as a library file: parallax library copy %1 FILE</source>
        <translation>Cette bibliothèque est sur un serveur PostgreSQL (%1) : les outils du serveur la sauvegardent, par exemple pg_dump, et pg_restore la remet en place.

Pour en garder une copie sous forme de fichier : parallax library copy %1 FICHIER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library backups (*.sqlite)</source>
        <translation>Sauvegardes de bibliothèque (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library backed up to %1.</source>
        <translation>Bibliothèque sauvegardée dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation>Adresse d&apos;un flux RSS ou Atom :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The feed could not be stored: %1</source>
        <translation>Le flux n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+8"/>
        <source>Import Feed List</source>
        <translation>Importer une liste de flux</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listes d&apos;abonnements (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeds in it</source>
        <translation>il ne contient aucun flux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The clipboard holds no link to import.</source>
        <translation>Le presse-papiers ne contient aucun lien à importer.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+16"/>
        <source>Refreshing %1…</source>
        <translation>Actualisation de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation>
            <numerusform>Flux actualisés : %n nouvel article.</numerusform>
            <numerusform>Flux actualisés : %n nouveaux articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation>
            <numerusform>Flux actualisés : %n nouvel article ; %1 problème(s), voir les infobulles des flux.</numerusform>
            <numerusform>Flux actualisés : %n nouveaux articles ; %1 problème(s), voir les infobulles des flux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+56"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-61"/>
        <location filename="../app/ui/importprogress.cpp" line="-83"/>
        <location filename="../app/ui/mainwindow.cpp" line="-237"/>
        <location line="+227"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/services/importservice.cpp" line="+69"/>
        <source>%1: the library could not store it (%2)</source>
        <translation>%1 : la bibliothèque n&apos;a pas pu l&apos;enregistrer (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-177"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation>Importés : %1, déjà dans la bibliothèque : %2, ignorés : %3.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n&apos;ont pas été importés</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé. Les autres l&apos;ont été.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés. Les autres l&apos;ont été.</numerusform>
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
        <translation>Importer des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a Folder of Articles</source>
        <translation>Importer un dossier d&apos;articles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation>Ouvrez au moins deux articles pour exporter leur comparaison.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - comparison.pdf</source>
        <translation>%1 - comparaison.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Comparison as PDF</source>
        <translation>Exporter la comparaison en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page exportée vers %1.</numerusform>
            <numerusform>%n pages exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>About Parallax</source>
        <translation>À propos de Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read several articles on one story side by side and see where the coverage differs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Lisez côte à côte plusieurs articles sur un même sujet et voyez en quoi leurs traitements diffèrent.&lt;/p&gt;&lt;p&gt;Bibliothèque : %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parallax::Migrator</name>
    <message>
        <location filename="../app/storage/migrator.cpp" line="+239"/>
        <source>the file is not a Parallax library or is damaged (%1)</source>
        <translation>le fichier n&apos;est pas une bibliothèque Parallax ou est endommagé (%1)</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+134"/>
        <source>the library was written by a newer Parallax (schema version %1; this version knows up to %2)</source>
        <translation>la bibliothèque a été écrite par une version plus récente de Parallax (schéma version %1 ; cette version connaît jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>the database cannot be read as a Parallax library (%1)</source>
        <translation>la base de données ne peut pas être lue comme une bibliothèque Parallax (%1)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>could not keep a copy of the library before upgrading it (%1)</source>
        <translation>impossible de conserver une copie de la bibliothèque avant sa mise à niveau (%1)</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+91"/>
        <source>migration %1 cannot be read</source>
        <translation>la migration %1 est illisible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start migration %1 (%2)</source>
        <translation>impossible de démarrer la migration %1 (%2)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+102"/>
        <source>migration %1 failed: %2</source>
        <translation>la migration %1 a échoué : %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+46"/>
        <source>migration %1 could not be committed: %2</source>
        <translation>la migration %1 n&apos;a pas pu être validée : %2</translation>
    </message>
</context>
<context>
    <name>Parallax::OpenLibraryDialog</name>
    <message>
        <location filename="../app/ui/openlibrarydialog.cpp" line="+18"/>
        <source>Open Library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library file, or a library on a PostgreSQL server shared by a desk:
postgresql://user@host:5432/database (options after ?, such as sslmode=require).
Passwords are never typed here: put them in ~/.pgpass (or PGPASSFILE, PGSERVICE).</source>
        <translation>Un fichier de bibliothèque, ou une bibliothèque partagée sur un serveur PostgreSQL :
postgresql://utilisateur@hôte:5432/base (options après ?, comme sslmode=require).
Les mots de passe ne se tapent jamais ici : mettez-les dans ~/.pgpass (ou PGPASSFILE, PGSERVICE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library File</source>
        <translation>Fichier de bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliothèques Parallax (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExport</name>
    <message>
        <location filename="../app/services/exportservice.cpp" line="+53"/>
        <location line="+21"/>
        <source>rendering took longer than %1 seconds</source>
        <translation>le rendu a pris plus de %1 secondes</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the comparison page could not be rendered</source>
        <translation>la page de comparaison n&apos;a pas pu être rendue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>printing to PDF failed</source>
        <translation>l&apos;impression en PDF a échoué</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: there is no comparison to export</source>
        <translation>%1 : il n&apos;y a aucune comparaison à exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation>%1 : aucun dossier temporaire où travailler (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the page could not be written to %2</source>
        <translation>%1 : la page n&apos;a pas pu être écrite dans %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation>%1 : les numéros de page n&apos;ont pas pu être ajoutés (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1 : écriture impossible (%2)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfImporter</name>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="+236"/>
        <source>the PDF expands to more than %1 when decompressed; it is not read</source>
        <translation>le PDF dépasse %1 une fois décompressé ; il n’est pas lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF is encrypted</source>
        <translation>le PDF est chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation>le PDF utilise un mode de sécurité non pris en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation>le PDF est endommagé ou n&apos;est pas un PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF has no text (it may be scanned images)</source>
        <translation>le PDF ne contient pas de texte (il s&apos;agit peut-être d&apos;images numérisées)</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+74"/>
        <source>≠ altered</source>
        <translation>≠ modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened in some</source>
        <translation>raccourcie dans certains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>word for word</source>
        <translation>mot pour mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech elsewhere</source>
        <translation>discours indirect ailleurs</translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="+23"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote versions</source>
        <translation>Versions de la citation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not attributed)</source>
        <translation>(non attribuée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;No quotations in these articles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune citation dans ces articles.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Select a quote to see each outlet&apos;s version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une citation pour voir la version de chaque média.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(reported speech)</source>
        <translation>(discours indirect)</translation>
    </message>
</context>
<context>
    <name>Parallax::ServerConnect</name>
    <message>
        <location filename="../app/ui/serverconnect.cpp" line="-24"/>
        <source>Connecting to the library at %1…</source>
        <translation>Connexion à la bibliothèque %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the library at %1 was cancelled.</source>
        <translation>La connexion à la bibliothèque %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryListModel</name>
    <message>
        <location filename="../app/ui/storylistmodel.cpp" line="+57"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n média</numerusform>
            <numerusform>%n médias</numerusform>
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
        <translation>Noms : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places: %1</source>
        <translation>Lieux : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures: %1</source>
        <translation>Chiffres : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates: %1</source>
        <translation>Dates : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words: %1</source>
        <translation>Mots : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Together because they share:</source>
        <translation>Regroupés parce qu’ils partagent :</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryPicker</name>
    <message>
        <location filename="../app/ui/storypicker.cpp" line="+22"/>
        <source>Part of the story&apos;s title</source>
        <translation>Partie du titre du sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Sujets</translation>
    </message>
</context>
<context>
    <name>Parallax::SvgCharts</name>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="+98"/>
        <source>≠ outlets disagree</source>
        <translation>≠ les médias divergent</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Which article is derived from which</source>
        <translation>Quel article est dérivé de quel autre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>derived from (%1% found there)</source>
        <translation>dérivé de (%1 % s’y retrouve)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% found elsewhere</source>
        <translation>%1 % retrouvé ailleurs</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Market moves in percent, per entity and outlet</source>
        <translation>Variations de marché en pourcentage, par entité et par média</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Money amounts on a log scale, by what they measure</source>
        <translation>Montants sur une échelle logarithmique, selon ce qu&apos;ils mesurent</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="+64"/>
        <source>the text claims to be UTF-8 but is not valid UTF-8</source>
        <translation>le texte se déclare en UTF-8 mais n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid UTF-16</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is binary, not text</source>
        <translation>le fichier est binaire, ce n&apos;est pas du texte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the text encoding %1 is not supported</source>
        <translation>l&apos;encodage de texte %1 n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>Parallax::TextImporter</name>
    <message>
        <location filename="../app/importers/textimporter.cpp" line="+299"/>
        <source>the file has no article text</source>
        <translation>le fichier ne contient pas de texte d&apos;article</translation>
    </message>
</context>
<context>
    <name>Parallax::Theme</name>
    <message>
        <location filename="../app/ui/theme.cpp" line="+131"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="+57"/>
        <source>only http and https links can be imported</source>
        <translation>seuls les liens http et https peuvent être importés</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>the page is larger than %1</source>
        <translation>la page dépasse %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the download did not finish in time</source>
        <translation>le téléchargement ne s&apos;est pas terminé à temps</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>le serveur n&apos;a pas répondu dans les %1 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it redirects from https to an insecure http address</source>
        <translation>redirection de https vers une adresse http non sécurisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsupported type of page (%1)</source>
        <translation>type de page non pris en charge (%1)</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+88"/>
        <source>%1 move</source>
        <translation>variation de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rate %2 implied: off by orders of magnitude</source>
        <translation>taux %1 implicite de %2 : écart de plusieurs ordres de grandeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rate %2 in one conversion, %3 in the other</source>
        <translation>taux %1 de %2 dans une conversion, %3 dans l&apos;autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rate %2 implied, %3 in the rest of the story</source>
        <translation>taux %1 implicite de %2, %3 dans le reste de la couverture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote worded differently</source>
        <translation>citation formulée différemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote of %1 worded differently</source>
        <translation>citation de %1 formulée différemment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote of %1 in one article only</source>
        <translation>citation de %1 dans un seul article</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+71"/>
        <source>Use the library file PATH.</source>
        <translation>Utiliser le fichier de bibliothèque PATH.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample story.</source>
        <translation>Ouvrir le sujet d&apos;exemple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Laisser passer les diagnostics du moteur web dans le terminal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to import and compare.</source>
        <translation>Articles à importer et à comparer.</translation>
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
        <translation>La bibliothèque %1 est ouverte dans une autre fenêtre de Parallax, qui ne répond pas. Fermez cette fenêtre (ou arrêtez son processus) et réessayez.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Open My Library File</source>
        <translation>Ouvrir mon fichier de bibliothèque</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1

Restore the library from a backup? The damaged file is kept as it is, beside the restored one.</source>
        <translation>%1

Restaurer la bibliothèque à partir d&apos;une sauvegarde ? Le fichier endommagé est conservé tel quel, à côté de celui restauré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Sauvegardes de bibliothèque (*.sqlite *.bak *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
</TS>
