<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Parallax::AlignedPanel</name>
    <message>
        <location filename="../app/ui/alignedpanel.cpp" line="+32"/>
        <source>Aligned sentences</source>
        <translation>Frases alineadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Click a sentence in the columns to see its counterparts here, one under another.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Haga clic en una frase de las columnas para ver aquí sus equivalentes, una debajo de otra.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No other article carries this sentence.</source>
        <translation>Ningún otro artículo incluye esta frase.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>moved</source>
        <extracomment>A sentence that stands at another place in the other article</extracomment>
        <translation>desplazada</translation>
    </message>
</context>
<context>
    <name>Parallax::Article</name>
    <message>
        <location filename="../app/core/article.cpp" line="+34"/>
        <source>Unknown outlet (%1)</source>
        <translation>Medio desconocido (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::ArticleDetailsDialog</name>
    <message>
        <location filename="../app/ui/articledetailsdialog.cpp" line="+50"/>
        <source>Dated</source>
        <extracomment>Check box: whether the article has a publication date (the date field beside it)</extracomment>
        <translation>Con fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article Details</source>
        <translation>Detalles del artículo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comma-separated, e.g. energy, to check</source>
        <translation>Separadas por comas, p. ej.: energía, por revisar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Byline:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Published:</source>
        <translation>&amp;Publicado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
</context>
<context>
    <name>Parallax::Cli</name>
    <message>
        <location filename="../app/cli/command.cpp" line="+22"/>
        <source>Use the library file PATH (default: $PARALLAX_LIBRARY, then the application data folder).</source>
        <translation>Usar el archivo de biblioteca PATH (por omisión: $PARALLAX_LIBRARY y, si no, la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Mostrar en el terminal los diagnósticos del motor web.</translation>
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
        <translation>Uso:
  parallax [--library P] [FILE...]          abre la ventana, importa los FILE y los compara
  parallax [--library P] --sample           abre la ventana con la noticia de ejemplo
  parallax import [--library P] [--url URL]... [PATH...]
                                            importa archivos, carpetas y enlaces web
  parallax list [--library P] [--json]      lista los artículos de la biblioteca
  parallax search [--library P] [--json] QUERY
                                            búsqueda de texto completo (sintaxis de SQLite FTS5)
  parallax compare [--json] [--library P] INPUT...
                                            compara de 2 a 12 archivos o identificadores de la biblioteca
  parallax backup [--library P] OUT         hace una copia coherente de la biblioteca
  parallax restore [--library P] BACKUP     restaura una copia de seguridad (se conserva el archivo antiguo)
  parallax stories [--library P] [--json] [--rebuild]
                                            noticias: cobertura agrupada por acontecimiento
  parallax feeds add [--library P] (URL... | --opml FILE)
  parallax feeds list [--library P] [--json]
  parallax feeds refresh [--library P] [ID...]
                                            suscripciones RSS y Atom
  parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
                                            la comparación como PDF (no necesita pantalla)
  parallax library copy FROM TO             mover una biblioteca entre un archivo y un servidor
  parallax --version | --help

La biblioteca es --library P; si no se indica, $PARALLAX_LIBRARY; y si no, %1
P es un archivo, o la dirección postgresql://usuario@host:puerto/base de un servidor PostgreSQL
</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Usage: parallax library copy [--library P] [FROM] TO</source>
        <translation>Uso: parallax library copy [--library P] [FROM] TO</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>parallax %1: unexpected argument %2</source>
        <translation>parallax %1: argumento inesperado %2</translation>
    </message>
    <message>
        <location filename="../app/cli/command.cpp" line="+10"/>
        <source>The library was upgraded; a copy of the previous version is at %1</source>
        <translation>La biblioteca se ha actualizado; hay una copia de la versión anterior en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+18"/>
        <source>Download the article at URL (http or https) and import it; repeatable.</source>
        <translation>Descargar el artículo de URL (http o https) e importarlo; se puede repetir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files or folders to import.</source>
        <translation>Archivos o carpetas que importar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-59"/>
        <source>Usage: parallax import [--library P] [--url URL]... [PATH...]</source>
        <translation>Uso: parallax import [--library P] [--url URL]... [PATH...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/import.cpp" line="+8"/>
        <source>parallax import: no file, folder or --url given</source>
        <translation>parallax import: no se ha indicado ningún archivo, carpeta ni --url</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax import: %1 is not an http or https link</source>
        <translation>parallax import: %1 no es un enlace http o https</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the library could not store it (%1)</source>
        <translation>la biblioteca no pudo guardarlo (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax list [--library P] [--json]</source>
        <translation>Uso: parallax list [--library P] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/list.cpp" line="+25"/>
        <source>parallax list: %1</source>
        <translation>parallax list: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+16"/>
        <source>Only articles of this outlet.</source>
        <translation>Solo artículos de este medio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or after this date.</source>
        <translation>Solo artículos publicados en esta fecha o después.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles published on or before this date.</source>
        <translation>Solo artículos publicados en esta fecha o antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only articles of this story.</source>
        <translation>Solo artículos de esta noticia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only articles with this tag.</source>
        <translation>Solo artículos con esta etiqueta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>relevance (the default) or date (newest first).</source>
        <translation>relevance (por omisión) o date (los más recientes primero).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An SQLite FTS5 query.</source>
        <translation>Una consulta de SQLite FTS5.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</source>
        <translation>Uso: parallax search [--library P] [--json] [--outlet O] [--from D] [--to D] [--story ID] [--tag T] [--sort relevance|date] QUERY</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/search.cpp" line="+6"/>
        <source>parallax search: no query given</source>
        <translation>parallax search: no se ha indicado ninguna consulta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: dates are YYYY-MM-DD and --sort is relevance or date</source>
        <translation>parallax search: las fechas tienen el formato YYYY-MM-DD y --sort admite relevance o date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parallax search: %1</source>
        <translation>parallax search: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/compare.cpp" line="+25"/>
        <source>%1 sentences, %2 only here, %3% found in the others</source>
        <translation>%1 frases, %2 solo aquí, %3% presente en los demás</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[%1] ↔ [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]</source>
        <translation>[%1] ↔ [%2]: el %3% de [%1] está en [%2], el %4% de [%2] está en [%1]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2, %3 %4, %5 %6</source>
        <translation>%2: %1, %4: %3, %6: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>[%1] looks derived from [%2]</source>
        <translation>[%1] parece derivado de [%2]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n figure(s), %1 quote(s), %2 discrepancy(s)</source>
        <translation>
            <numerusform>%n cifra, %1 cita(s), %2 discrepancia(s)</numerusform>
            <numerusform>%n cifras, %1 cita(s), %2 discrepancia(s)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Engine time: %1 ms</source>
        <translation>Tiempo del motor: %1 ms</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/inputs.cpp" line="+28"/>
        <source>parallax %1: there is no article %2 in the library %3</source>
        <translation>parallax %1: no existe el artículo %2 en la biblioteca %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>parallax %1: %2: %3</source>
        <translation>parallax %1: %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>2 to %1 article files or library article ids.</source>
        <translation>De 2 a %1 archivos de artículo o identificadores de artículo de la biblioteca.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax %1: give 2 to %2 articles (got %3)</source>
        <translation>parallax %1: indique de 2 a %2 artículos (se han recibido %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax compare [--json] [--library P] INPUT...</source>
        <translation>Uso: parallax compare [--json] [--library P] INPUT...</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+15"/>
        <source>Write the comparison as a PDF to OUT.</source>
        <translation>Escribir la comparación como PDF en OUT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The story&apos;s title for the title block (default: the first article&apos;s).</source>
        <translation>El título de la noticia para el bloque de título (por omisión: el del primer artículo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the library (or --story) as Markdown files with an index.json into DIR.</source>
        <translation>Escribir la biblioteca (o --story) como archivos Markdown con un index.json en DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --markdown: only this story.</source>
        <translation>Con --markdown: solo esta noticia.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+3"/>
        <source>Usage: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
       parallax export --markdown DIR [--story ID] [--library P]</source>
        <translation>Uso: parallax export --pdf OUT.pdf [--title T] [--library P] INPUT...
     parallax export --markdown DIR [--story ID] [--library P]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/export.cpp" line="+16"/>
        <location line="+22"/>
        <source>parallax export: %1</source>
        <translation>parallax export: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>exported %n article(s) to %1</source>
        <translation>
            <numerusform>%n artículo exportado a %1</numerusform>
            <numerusform>%n artículos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax export: say where the PDF goes with --pdf OUT.pdf</source>
        <translation>parallax export: indique dónde guardar el PDF con --pdf OUT.pdf</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>exported %n page(s) to %1</source>
        <translation>
            <numerusform>se exportó %n página a %1</numerusform>
            <numerusform>se exportaron %n páginas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+24"/>
        <source>Subscribe to every feed of an OPML subscription list.</source>
        <translation>Suscribirse a todos los canales de una lista de suscripciones OPML.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add, list or refresh.</source>
        <translation>add, list o refresh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed addresses (add) or feed ids (refresh).</source>
        <translation>Direcciones de canales (add) o identificadores de canales (refresh).</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax feeds add [--library P] (URL... | --opml FILE)
       parallax feeds list [--library P] [--json]
       parallax feeds refresh [--library P] [ID...]</source>
        <translation>Uso: parallax feeds add [--library P] (URL... | --opml FILE)
     parallax feeds list [--library P] [--json]
     parallax feeds refresh [--library P] [ID...]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/feeds.cpp" line="+131"/>
        <source>parallax feeds: say add, list or refresh</source>
        <translation>parallax feeds: indique add, list o refresh</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>parallax feeds: %1: cannot be read</source>
        <translation>parallax feeds: %1: no se puede leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds: %1: %2</source>
        <translation>parallax feeds: %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parallax feeds add: give feed addresses or --opml FILE</source>
        <translation>parallax feeds add: indique direcciones de canales o --opml FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>parallax feeds add: %1 is not an http or https address</source>
        <translation>parallax feeds add: %1 no es una dirección http o https</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>parallax feeds add: %1: %2</source>
        <translation>parallax feeds add: %1: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>parallax feeds refresh: there is no feed %1</source>
        <translation>parallax feeds refresh: no existe el canal %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 new, %2 seen before, %3 already in the library, %4 skipped</source>
        <translation>%1 nuevos, %2 ya vistos, %3 ya en la biblioteca, %4 omitidos</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+17"/>
        <source>Regroup every article, keeping the reader&apos;s own choices.</source>
        <translation>Reagrupar todos los artículos, respetando las elecciones del propio lector.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+6"/>
        <source>Usage: parallax stories [--library P] [--json] [--rebuild]</source>
        <translation>Uso: parallax stories [--library P] [--json] [--rebuild]</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/stories.cpp" line="+10"/>
        <source>parallax stories: the stories could not be rebuilt (%1)</source>
        <translation>parallax stories: no se pudieron reconstruir las noticias (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/backup.cpp" line="+34"/>
        <source>The backup to restore.</source>
        <translation>La copia de seguridad que restaurar.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Where the backup goes.</source>
        <translation>Dónde guardar la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+5"/>
        <source>Usage: parallax restore [--library P] BACKUP</source>
        <translation>Uso: parallax restore [--library P] BACKUP</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Usage: parallax backup [--library P] OUT</source>
        <translation>Uso: parallax backup [--library P] OUT</translation>
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
        <translation>Con --verbose, cualquiera de estas órdenes muestra en el terminal los diagnósticos del motor web (Chromium).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/library.cpp" line="+13"/>
        <source>Copy a library.</source>
        <translation>Copiar una biblioteca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The library to copy: a file or a postgresql:// address.</source>
        <translation>La biblioteca que se copia: un archivo o una dirección postgresql://.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An empty library (a new file, or an empty database on a server).</source>
        <translation>Una biblioteca vacía (un archivo nuevo o una base de datos vacía en un servidor).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>copying %1: %2 rows</source>
        <translation>copiando %1: %2 filas</translation>
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
        <translation>Comparación</translation>
    </message>
</context>
<context>
    <name>Parallax::CoveragePanel</name>
    <message>
        <location filename="../app/ui/coveragepanel.cpp" line="+19"/>
        <source>Only facts some outlets leave out</source>
        <translation>Solo los hechos que algunos medios omiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim</source>
        <extracomment>Column header: a fact (figure or quote) the articles report, one per row</extracomment>
        <translation>Afirmación</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Solo en %1 (%n frase)</numerusform>
            <numerusform>Solo en %1 (%n frases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Discrepancy</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+143"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualifier</source>
        <translation>Matiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote in one outlet</source>
        <translation>Cita en un solo medio</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyPanel</name>
    <message>
        <location filename="../app/ui/discrepancypanel.cpp" line="+37"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous discrepancy (Shift+F8)</source>
        <translation>Discrepancia anterior (Mayús+F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next discrepancy (F8)</source>
        <translation>Siguiente discrepancia (F8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why flagged</source>
        <translation>Por qué se señala</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 differs from the others</source>
        <translation>%1 difiere de los demás</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The outlets agree on every figure and quote.</source>
        <translation>Los medios coinciden en todas las cifras y citas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open two or more articles to check their figures and quotes.</source>
        <translation>Abra dos o más artículos para cotejar sus cifras y citas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n discrepancy(ies)</source>
        <translation>
            <numerusform>%n discrepancia</numerusform>
            <numerusform>%n discrepancias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Parallax::DiscrepancyTable</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+92"/>
        <source>different value</source>
        <translation>valor distinto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different qualifier</source>
        <translation>matiz distinto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conversion off</source>
        <translation>conversión errónea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered quote</source>
        <translation>cita alterada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only one outlet</source>
        <translation>solo un medio</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedParser</name>
    <message>
        <location filename="../app/importers/feedparser.cpp" line="+118"/>
        <source>this is not an RSS or Atom feed</source>
        <translation>esto no es un canal RSS ni Atom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the feed is not well-formed XML (%1, line %2)</source>
        <translation>el canal no es XML bien formado (%1, línea %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed is empty</source>
        <translation>el canal está vacío</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the subscription list is not well-formed XML (%1)</source>
        <translation>la lista de suscripciones no es XML bien formado (%1)</translation>
    </message>
</context>
<context>
    <name>Parallax::FeedUpdater</name>
    <message>
        <location filename="../app/services/feedservice.cpp" line="+53"/>
        <source>the item has neither the article nor a link to it</source>
        <translation>el elemento no contiene ni el artículo ni un enlace a él</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no feed %1</source>
        <translation>no existe el canal %1</translation>
    </message>
</context>
<context>
    <name>Parallax::FiguresPanel</name>
    <message>
        <location filename="../app/ui/figurespanel.cpp" line="+151"/>
        <source>No market moves in these articles.</source>
        <translation>No hay movimientos del mercado en estos artículos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No money amounts in these articles.</source>
        <translation>No hay importes de dinero en estos artículos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Market moves chart</source>
        <translation>Gráfico de movimientos del mercado</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>change (square-root scale)</source>
        <translation>variación (escala de raíz cuadrada)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amounts chart</source>
        <translation>Gráfico de importes</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>≠ The outlets disagree on this figure.</source>
        <translation>≠ Los medios discrepan en esta cifra.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Market moves</source>
        <translation>Movimientos del mercado</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>change</source>
        <translation>variación</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>log scale</source>
        <translation>escala logarítmica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disagrees (≠)</source>
        <translation>Con discrepancia (≠)</translation>
    </message>
</context>
<context>
    <name>Parallax::FileImporter</name>
    <message>
        <location filename="../app/importers/fileimporter.cpp" line="+119"/>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>el archivo es demasiado grande (%1; el límite es %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>the file cannot be read (%1)</source>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parallax cannot read this kind of file (%1)</source>
        <translation>Parallax no puede leer este tipo de archivo (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is binary, not text</source>
        <translation>el archivo es binario, no de texto</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlImporter</name>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+325"/>
        <source>the article extractor is missing from this build</source>
        <translation>esta compilación no incluye el extractor de artículos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the page nests its elements %1 levels deep (more than %2): it is not an article page</source>
        <translation>la página anida sus elementos %1 niveles (más de %2): no es la página de un artículo</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlextractor.cpp" line="+45"/>
        <location line="+99"/>
        <source>no temporary folder to read the page in</source>
        <translation>no hay ninguna carpeta temporal en la que leer la página</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>the page took longer than %1 seconds to read</source>
        <translation>la lectura de la página tardó más de %1 segundos</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>the page could not be read</source>
        <translation>no se pudo leer la página</translation>
    </message>
    <message>
        <location filename="../app/importers/htmlimporter.cpp" line="+35"/>
        <source>no article text was found in this page</source>
        <translation>no se encontró texto de artículo en esta página</translation>
    </message>
</context>
<context>
    <name>Parallax::HtmlReport</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-197"/>
        <source>Word for word in %1</source>
        <translation>Literal en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reworded in %1</source>
        <translation>Reformulada en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly in %1</source>
        <translation>En parte en %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+70"/>
        <source>Shared: %1</source>
        <translation>En común: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same meaning: %1</source>
        <translation>Mismo sentido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Cambiado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only here: %1</source>
        <translation>Solo aquí: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only in %1: %2</source>
        <translation>Solo en %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section heading (not compared)</source>
        <translation>Subtítulo (no se compara)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <source>Only in this article</source>
        <translation>Solo en este artículo</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Disagrees: %1</source>
        <translation>No coincide con: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+36"/>
        <location filename="../app/report/screenreport.cpp" line="+47"/>
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% found in the others</source>
        <translation>%1% presente en los demás</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+130"/>
        <source>Derived from %1</source>
        <translation>Derivado de %1</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+124"/>
        <source>Inferred from the text.</source>
        <translation>Deducido del texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from the byline.</source>
        <translation>Deducido de la firma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inferred from a link in the article.</source>
        <translation>Deducido de un enlace del artículo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inferred from the name of the file&apos;s folder.</source>
        <translation>Deducido del nombre de la carpeta del archivo.</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="-20"/>
        <source>Double-click to name the outlet.</source>
        <translation>Haga doble clic para nombrar el medio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inferred</source>
        <translation>deducido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of this article&apos;s sentences found in the others</source>
        <translation>Proporción de las frases de este artículo que aparecen en los demás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% elsewhere</source>
        <translation>%1 % en otros</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="-31"/>
        <source>Moved: %1 has this elsewhere; click to go there</source>
        <translation>Desplazada: %1 la recoge en otra posición; haga clic para ir allí</translation>
    </message>
    <message>
        <location filename="../app/report/screenreport.cpp" line="+22"/>
        <source>Overview of %1: click to go there</source>
        <translation>Vista general de %1: haga clic para ir allí</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-123"/>
        <source>Word for word elsewhere</source>
        <translation>Literal en otro artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reworded elsewhere</source>
        <translation>Reformulada en otro artículo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly elsewhere</source>
        <translation>En parte en otro artículo</translation>
    </message>
    <message>
        <location filename="../app/report/reportparts.cpp" line="+42"/>
        <source>changed words</source>
        <translation>palabras cambiadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figure that disagrees</source>
        <translation>cifra discrepante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote worded differently</source>
        <translation>cita redactada de otra forma</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/printreport.cpp" line="+16"/>
        <source>%n article(s) compared with Parallax on %1</source>
        <translation>
            <numerusform>%n artículo comparado con Parallax el %1</numerusform>
            <numerusform>%n artículos comparados con Parallax el %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+93"/>
        <source>the outlets give different values</source>
        <translation>los medios dan valores distintos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same value, qualified differently</source>
        <translation>el mismo valor, matizado de otro modo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conversion&apos;s rate is off</source>
        <translation>el tipo de cambio no cuadra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote&apos;s words differ</source>
        <translation>las palabras de la cita difieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quoted by no other outlet</source>
        <translation>ningún otro medio lo cita</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+18"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why flagged</source>
        <translation>Por qué se señala</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Quotes of named people</source>
        <translation>Citas de personas con nombre</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n only here</source>
        <translation>
            <numerusform>%n solo aquí</numerusform>
            <numerusform>%n solo aquí</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>listed in the appendix</source>
        <translation>listadas en el apéndice</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+131"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in the others</source>
        <translation>Presente en los demás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique claims</source>
        <translation>Afirmaciones propias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Derived from</source>
        <translation>Derivado de</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The outlets; an arrow goes from a copy to the article it is derived from.</source>
        <translation>Los medios; una flecha va de una copia al artículo del que deriva.</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="-93"/>
        <source>up</source>
        <translation>al alza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>down</source>
        <translation>a la baja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>word for word</source>
        <translation>literal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ altered</source>
        <translation>≠ alterada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened</source>
        <translation>acortada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>longer</source>
        <extracomment>A quote that one outlet gives at greater length than the others</extracomment>
        <translation>más larga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech</source>
        <translation>estilo indirecto</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="+41"/>
        <source>Coverage: what two or more outlets report</source>
        <translation>Cobertura: lo que informan dos o más medios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No claim is carried by more than one outlet.</source>
        <translation>Ninguna afirmación aparece en más de un medio.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Only in one outlet</source>
        <translation>Solo en un medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What no other outlet carries, per outlet in reading order; the numbers are those in the columns.</source>
        <translation>Lo que ningún otro medio recoge, por medio en orden de lectura; los números son los de las columnas.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Only in %1 (%n sentence(s))</source>
        <translation>
            <numerusform>Solo en %1 (%n frase)</numerusform>
            <numerusform>Solo en %1 (%n frases)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Market moves (percent change) per entity and outlet.</source>
        <translation>Movimientos del mercado (variación porcentual) por entidad y medio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amounts of money on a log scale, grouped by what they measure.</source>
        <translation>Importes de dinero en escala logarítmica, agrupados según lo que miden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Each row is one claim, the most widely carried first; %1.</source>
        <translation>Cada fila es una afirmación, la más difundida primero; %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No figures in these articles.</source>
        <translation>No hay cifras en estos artículos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>≠ disagrees</source>
        <translation>≠ discrepa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quotations in these articles.</source>
        <translation>No hay citas en estos artículos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location filename="../app/report/labels.cpp" line="+27"/>
        <source>only in this outlet</source>
        <translation>solo en este medio</translation>
    </message>
    <message>
        <location filename="../app/report/printreport.cpp" line="-207"/>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outlets agree on every figure and quote found.</source>
        <translation>Los medios coinciden en todas las cifras y citas encontradas.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Discrepancies in full</source>
        <translation>Todas las discrepancias</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Appendix</source>
        <translation>Apéndice</translation>
    </message>
    <message>
        <location filename="../app/report/htmlreport.cpp" line="+31"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select two to six articles in the library, or drop article files here, to read them side by side.</source>
        <translation>Seleccione de dos a seis artículos en la biblioteca, o suelte aquí archivos de artículos, para leerlos en paralelo.</translation>
    </message>
</context>
<context>
    <name>Parallax::ImportNotice</name>
    <message>
        <location filename="../app/ui/importnotice.cpp" line="+19"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close this notice</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What became of every file:</source>
        <translation>Qué fue de cada archivo:</translation>
    </message>
</context>
<context>
    <name>Parallax::Labels</name>
    <message>
        <location filename="../app/report/labels.cpp" line="-120"/>
        <source>market value</source>
        <translation>valor de mercado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training cost</source>
        <translation>coste de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share price</source>
        <translation>precio de la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>index level</source>
        <translation>nivel del índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deal value</source>
        <translation>valor de la operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profit</source>
        <translation>beneficio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charge</source>
        <translation>cargo contable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment</source>
        <translation>inversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fine</source>
        <translation>multa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inflation</source>
        <translation>inflación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest rate</source>
        <translation>tipo de interés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electricity use</source>
        <translation>consumo eléctrico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body weight</source>
        <translation>peso corporal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk</source>
        <translation>riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pay</source>
        <translation>salarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bills</source>
        <translation>facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stake</source>
        <translation>participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damages</source>
        <translation>indemnización</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>word for word</source>
        <translation>literal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reworded</source>
        <translation>reformulada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in part</source>
        <translation>en parte</translation>
    </message>
</context>
<context>
    <name>Parallax::Language</name>
    <message>
        <location filename="../app/ui/language.cpp" line="+24"/>
        <source>System Language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>Parallax::Library</name>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+120"/>
        <source>The library %1 is damaged (%2).</source>
        <translation>La biblioteca %1 está dañada (%2).</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Cannot open the library %1: it is a folder.</source>
        <translation>No se puede abrir la biblioteca %1: es una carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the library %1: its folder cannot be created.</source>
        <translation>No se puede abrir la biblioteca %1: no se puede crear su carpeta.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+35"/>
        <location filename="../app/ui/serverconnect.cpp" line="+52"/>
        <source>Cannot open the library %1: %2</source>
        <translation>No se puede abrir la biblioteca %1: %2</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>it is not an SQLite database (%1)</source>
        <translation>no es una base de datos SQLite (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is damaged (%1)</source>
        <translation>el archivo está dañado (%1)</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>the library file %1 is read-only</source>
        <translation>el archivo de la biblioteca %1 es de solo lectura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the library is full (%1)</source>
        <translation>el disco de la biblioteca está lleno (%1)</translation>
    </message>
    <message>
        <location filename="../app/storage/searchqueries.cpp" line="+185"/>
        <location line="+23"/>
        <source>the search “%1” is not valid: %2</source>
        <translation>la búsqueda «%1» no es válida: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>see the FTS5 query syntax</source>
        <translation>consulte la sintaxis de consultas de FTS5</translation>
    </message>
    <message>
        <location filename="../app/storage/articlestore.cpp" line="+243"/>
        <source>an article needs a title</source>
        <translation>un artículo necesita un título</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <source>there is no article %1</source>
        <translation>no existe el artículo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was trimmed from this article</source>
        <translation>no se recortó nada de este artículo</translation>
    </message>
    <message>
        <location filename="../app/storage/librarydatabase.cpp" line="+7"/>
        <source>a library on a server is backed up by the server&apos;s own tools (pg_dump), not by Parallax</source>
        <translation>una biblioteca en un servidor se respalda con las herramientas del propio servidor (pg_dump), no con Parallax</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a library on a server is restored with the server&apos;s own tools (pg_restore), not by Parallax</source>
        <translation>una biblioteca en un servidor se restaura con las herramientas del propio servidor (pg_restore), no con Parallax</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a usable backup: %2</source>
        <translation>%1 no es una copia de seguridad utilizable: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be moved aside</source>
        <translation>no se puede apartar %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be copied to %2</source>
        <translation>no se puede copiar %1 en %2</translation>
    </message>
    <message>
        <location filename="../app/storage/markdownexport.cpp" line="+99"/>
        <source>there is no story %1</source>
        <translation>no existe la noticia %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 cannot be written</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <location filename="../app/storage/serverlibrary.cpp" line="+28"/>
        <source>the server refused the login (%1). Put the password in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry.</source>
        <translation>el servidor rechazó el inicio de sesión (%1). Ponga la contraseña en ~/.pgpass, en el archivo que indica PGPASSFILE o en una entrada PGSERVICE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server has no such database or role (%1)</source>
        <translation>el servidor no tiene esa base de datos o rol (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server cannot be reached (%1)</source>
        <translation>no se puede contactar con el servidor (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PostgreSQL support is not installed (Debian package libqt6sql6-psql)</source>
        <translation>la compatibilidad con PostgreSQL no está instalada (paquete de Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the address is not valid (%1)</source>
        <translation>la dirección no es válida (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the address holds a password. Leave it out and put it in ~/.pgpass, in the file PGPASSFILE names, or in a PGSERVICE entry, so that it is never stored in plain text.</source>
        <translation>la dirección contiene una contraseña. Quítela y póngala en ~/.pgpass, en el archivo que indica PGPASSFILE o en una entrada PGSERVICE, para que nunca se guarde en texto plano.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this login may only read the library on %1 (%2)</source>
        <translation>este usuario solo puede leer la biblioteca en %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk of the server holding %1 is full (%2)</source>
        <translation>el disco del servidor que aloja %1 está lleno (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the connection to the server of %1 was lost; nothing after the last commit was stored (%2)</source>
        <translation>se perdió la conexión con el servidor de %1; no se guardó nada posterior a la última confirmación (%2)</translation>
    </message>
    <message>
        <location filename="../app/storage/librarycopy.cpp" line="+166"/>
        <source>%1 already holds articles, stories, feeds or tags: a library is copied only into an empty one</source>
        <translation>%1 ya contiene artículos, historias, fuentes o etiquetas: una biblioteca solo se copia en una vacía</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was copied into %1: %2</source>
        <translation>No se copió nada en %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the copy in %1 differs from %2 in the table %3 (%4 rows against %5)%6</source>
        <translation>la copia en %1 difiere de %2 en la tabla %3 (%4 filas frente a %5)%6</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryModel</name>
    <message>
        <location filename="../app/ui/librarymodel.cpp" line="+115"/>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found</source>
        <extracomment>Column of search results: the words around what the search found, best match first when sorted by it</extracomment>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>Parallax::LibraryPanel</name>
    <message>
        <location filename="../app/ui/librarypanel.cpp" line="+177"/>
        <location line="+142"/>
        <source>Feeds</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+146"/>
        <source>Stories</source>
        <translation>Noticias</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+2"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+157"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Articles in the library</source>
        <translation>Artículos de la biblioteca</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles of one outlet only</source>
        <translation>Mostrar solo los artículos de un medio</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Show the articles and stories of a time only</source>
        <translation>Mostrar solo los artículos y noticias de un periodo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>Última semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>Último mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Último año</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+214"/>
        <source>Dates…</source>
        <translation>Fechas…</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the articles with one tag only</source>
        <translation>Mostrar solo los artículos con una etiqueta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the whole library again</source>
        <translation>Volver a mostrar toda la biblioteca</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Feed: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Story: %1</source>
        <translation>Noticia: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details…</source>
        <translation>Editar detalles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Trimmed Page Text…</source>
        <translation>Mostrar el texto recortado de la página…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Move to Story</source>
        <translation>Mover a noticia</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Other Story…</source>
        <translation>Otra noticia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Story from Selected Articles…</source>
        <translation>Nueva noticia con los artículos seleccionados…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New Story</source>
        <translation>Nueva noticia</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rename Story…</source>
        <translation>Cambiar nombre de la noticia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename Story</source>
        <translation>Cambiar nombre de la noticia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge Into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All outlets</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n of %1 article(s) match</source>
        <translation>
            <numerusform>%n de %1 artículos coincide</numerusform>
            <numerusform>%n de %1 artículos coinciden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;p&gt;Nothing was trimmed from this article.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se recortó nada de este artículo.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Set aside when &lt;b&gt;%1&lt;/b&gt; was imported (share prompts, newsletter boxes, author notes, credits and the like):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Apartado al importar &lt;b&gt;%1&lt;/b&gt; (invitaciones a compartir, recuadros de boletines, notas del autor, créditos y similares):&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;p&gt;&lt;b&gt;Credits&lt;/b&gt;: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Créditos&lt;/b&gt;: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trimmed from %1</source>
        <translation>Recortado de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Put Back in the Article</source>
        <translation>Devolver al artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the trimmed text to the end of the article&apos;s text</source>
        <translation>Añadir el texto recortado al final del texto del artículo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put Back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The trimmed text could not be put back: %1</source>
        <translation>No se pudo devolver el texto recortado: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked %1</source>
        <translation>Última comprobación: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>El último intento falló: %1</translation>
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
        <translation>Biblioteca: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Another reader changed the library; the lists are up to date.</source>
        <translation>Otro lector cambió la biblioteca; las listas están al día.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1

Back it up now (File &gt; Back Up Library) and quit: when Parallax starts again it offers to restore a backup. The damaged file is never overwritten.</source>
        <translation>%1

Haga ahora una copia de seguridad (Archivo &gt; Copia de seguridad de la biblioteca) y salga: cuando Parallax vuelva a iniciarse, le ofrecerá restaurar una copia de seguridad. El archivo dañado nunca se sobrescribe.</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+48"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;Links from the Clipboard</source>
        <translation>Importar &amp;enlaces del portapapeles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Feed…</source>
        <translation>Añadir ca&amp;nal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Feed &amp;List (OPML)…</source>
        <translation>Importar &amp;lista de canales (OPML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh Feeds</source>
        <translation>&amp;Actualizar canales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Comparison as PDF…</source>
        <translation>E&amp;xportar comparación como PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Library…</source>
        <translation>Copia de seguridad de la &amp;biblioteca…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Smaller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the &amp;Library</source>
        <translation>&amp;Buscar en la biblioteca</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next &amp;Difference</source>
        <translation>Siguiente &amp;diferencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next sentence that is not the same in every article (Alt+Down)</source>
        <translation>Siguiente frase que no es igual en todos los artículos (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous Di&amp;fference</source>
        <translation>Di&amp;ferencia anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous sentence that is not the same in every article (Alt+Up)</source>
        <translation>Frase anterior que no es igual en todos los artículos (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Desplazamiento &amp;sincronizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scrolling one column brings the counterparts into view in the others (Ctrl+L)</source>
        <translation>Al desplazar una columna, las demás muestran las frases equivalentes (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Discrepancy</source>
        <translation>Siguiente disc&amp;repancia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous Discrepancy</source>
        <translation>Discrepancia an&amp;terior</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+134"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Which of the compared articles are shown side by side (up to six)</source>
        <translation>Qué artículos comparados se muestran en paralelo (hasta seis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Story</source>
        <translation>Abrir &amp;noticia de ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Parallax</source>
        <translation>&amp;Acerca de Parallax</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which sentences the columns show</source>
        <translation>Qué frases muestran las columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sentences</source>
        <translation>Todas las frases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only differences</source>
        <translation>Solo diferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reworded</source>
        <translation>Reformuladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in one article</source>
        <translation>Solo en un artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures that differ</source>
        <translation>Cifras que difieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes that differ</source>
        <translation>Citas que difieren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discrepancies</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-19"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="+1"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligned Sentences</source>
        <translation>Frases alineadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+44"/>
        <source>Discrepancies (%1)</source>
        <translation>Discrepancias (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="+158"/>
        <location filename="../app/ui/importprogress.cpp" line="+19"/>
        <location filename="../app/ui/mainwindow.cpp" line="+41"/>
        <location line="+227"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-187"/>
        <source>Nothing to import: the folders hold no files.</source>
        <translation>No hay nada que importar: las carpetas no contienen archivos.</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+70"/>
        <source>Importing articles…</source>
        <translation>Importando artículos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Importing %1 of %2:
%3</source>
        <translation>Importando %1 de %2:
%3</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Importing %1 of %2: %3</source>
        <translation>Importando %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../app/services/importservice.cpp" line="+69"/>
        <source>%1: the library could not store it (%2)</source>
        <translation>%1: la biblioteca no pudo guardarlo (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+4"/>
        <source>Import cancelled: imported %1, already in the library %2, skipped %3; the rest was left.</source>
        <translation>Importación cancelada: importados %1, ya en la biblioteca %2, omitidos %3; el resto no se ha tocado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %1, already in the library %2, skipped %3.</source>
        <translation>Importados %1, ya en la biblioteca %2, omitidos %3.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Imported %1, already in the library %2, skipped %3%4.</source>
        <translation>Importados %1, ya en la biblioteca %2, omitidos %3%4.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; the other files were left alone</source>
        <translation>; los demás archivos no se han tocado</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="-74"/>
        <source>Imported:</source>
        <translation>Importados:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="-157"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindowmenus.cpp" line="-125"/>
        <source>&amp;Go To</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>&amp;Library List</source>
        <translation>&amp;Lista de la biblioteca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discrepancies</source>
        <translation>&amp;Discrepancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aligned Sentences</source>
        <translation>Frases &amp;alineadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;overage</source>
        <translation>C&amp;obertura</translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+2"/>
        <source>Already in the library:</source>
        <translation>Ya en la biblioteca:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>Omitidos:</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+176"/>
        <source>Some files were not imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) could not be imported. The other files were.</source>
        <translation>
            <numerusform>No se pudo importar %n archivo. Los demás sí se importaron.</numerusform>
            <numerusform>No se pudieron importar %n archivos. Los demás sí se importaron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Parallax — %1</source>
        <translation>Parallax — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparing the first %1 of %2 selected articles.</source>
        <translation>Se comparan los primeros %1 de los %2 artículos seleccionados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 articles compared; %2 shown side by side (View &gt; Columns to pick them).</source>
        <translation>%1 artículos comparados; %2 mostrados en paralelo (elíjalos en Ver &gt; Columnas).</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-116"/>
        <source>Import Articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles (*.txt *.md *.markdown *.text);;All files (*)</source>
        <translation>Artículos (*.txt *.md *.markdown *.text);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a Folder of Articles</source>
        <translation>Importar una carpeta de artículos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open two or more articles to export their comparison.</source>
        <translation>Abra dos o más artículos para exportar su comparación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 - comparison.pdf</source>
        <translation>%1 - comparación.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story</source>
        <translation>Noticia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Comparison as PDF</source>
        <translation>Exportar comparación como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n página a %1.</numerusform>
            <numerusform>Se exportaron %n páginas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/articleedits.cpp" line="+26"/>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 articles</source>
        <translation>Eliminar %1 artículos</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit Details</source>
        <translation>Editar detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details of “%1” could not be stored: %2</source>
        <translation>No se pudieron guardar los detalles de «%1»: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+25"/>
        <source>Outlet named “%1”; Edit &gt; Undo takes it back.</source>
        <translation>Medio nombrado «%1»; Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Deleted %1; Edit &gt; Undo brings it back.</source>
        <translation>Eliminado: %1; puede recuperarlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 articles</source>
        <translation>%1 artículos</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="+16"/>
        <source>Parallax library %1.sqlite</source>
        <translation>Biblioteca Parallax %1.sqlite</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>Back Up Library</source>
        <translation>Copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>This library is on a PostgreSQL server (%1): the server&apos;s own tools back it up, for example pg_dump, and pg_restore puts it back.

To keep a copy as a library file: parallax library copy %1 FILE</source>
        <translation>Esta biblioteca está en un servidor PostgreSQL (%1): se respalda con las herramientas del propio servidor, por ejemplo pg_dump, y pg_restore la restaura.

Para guardar una copia como archivo de biblioteca: parallax library copy %1 ARCHIVO</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Library backups (*.sqlite)</source>
        <translation>Copias de seguridad de la biblioteca (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be replaced.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Library backed up to %1.</source>
        <translation>Copia de seguridad de la biblioteca guardada en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+26"/>
        <source>Add Feed</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Address of an RSS or Atom feed:</source>
        <translation>Dirección de un canal RSS o Atom:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not an http or https address.</source>
        <translation>%1 no es una dirección http o https.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>The feed could not be stored: %1</source>
        <translation>No se pudo guardar el canal: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+8"/>
        <source>Import Feed List</source>
        <translation>Importar lista de canales</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Subscription lists (*.opml *.xml);;All files (*)</source>
        <translation>Listas de suscripciones (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no feeds in it</source>
        <translation>no contiene ningún canal</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The clipboard holds no link to import.</source>
        <translation>El portapapeles no contiene ningún enlace que importar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="+16"/>
        <source>Refreshing %1…</source>
        <translation>Actualizando %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Feeds refreshed: %n new article(s).</source>
        <translation>
            <numerusform>Canales actualizados: %n artículo nuevo.</numerusform>
            <numerusform>Canales actualizados: %n artículos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Feeds refreshed: %n new article(s); %1 problem(s), see the feeds&apos; tooltips.</source>
        <translation>
            <numerusform>Canales actualizados: %n artículo nuevo; %1 problema(s), consulte la información emergente de los canales.</numerusform>
            <numerusform>Canales actualizados: %n artículos nuevos; %1 problema(s), consulte la información emergente de los canales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/importprogress.cpp" line="+56"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/fileactions.cpp" line="-25"/>
        <source>About Parallax</source>
        <translation>Acerca de Parallax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Read several articles on one story side by side and see where the coverage differs.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Parallax %1&lt;/h3&gt;&lt;p&gt;Lea en paralelo varios artículos sobre una misma noticia y vea en qué difiere la cobertura.&lt;/p&gt;&lt;p&gt;Biblioteca: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Parallax::Migrator</name>
    <message>
        <location filename="../app/storage/migrator.cpp" line="+239"/>
        <source>the file is not a Parallax library or is damaged (%1)</source>
        <translation>el archivo no es una biblioteca de Parallax o está dañado (%1)</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+134"/>
        <source>the library was written by a newer Parallax (schema version %1; this version knows up to %2)</source>
        <translation>la biblioteca la escribió una versión más reciente de Parallax (versión de esquema %1; esta versión admite hasta la %2)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>the database cannot be read as a Parallax library (%1)</source>
        <translation>la base de datos no se puede leer como biblioteca de Parallax (%1)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>could not keep a copy of the library before upgrading it (%1)</source>
        <translation>no se pudo guardar una copia de la biblioteca antes de actualizarla (%1)</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+91"/>
        <source>migration %1 cannot be read</source>
        <translation>no se puede leer la migración %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>could not start migration %1 (%2)</source>
        <translation>no se pudo iniciar la migración %1 (%2)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+102"/>
        <source>migration %1 failed: %2</source>
        <translation>la migración %1 falló: %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+46"/>
        <source>migration %1 could not be committed: %2</source>
        <translation>no se pudo confirmar la migración %1: %2</translation>
    </message>
</context>
<context>
    <name>Parallax::OpenLibraryDialog</name>
    <message>
        <location filename="../app/ui/openlibrarydialog.cpp" line="+18"/>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A library file, or a library on a PostgreSQL server shared by a desk:
postgresql://user@host:5432/database (options after ?, such as sslmode=require).
Passwords are never typed here: put them in ~/.pgpass (or PGPASSFILE, PGSERVICE).</source>
        <translation>Un archivo de biblioteca, o una biblioteca compartida en un servidor PostgreSQL:
postgresql://usuario@host:5432/base (opciones tras ?, como sslmode=require).
Las contraseñas nunca se escriben aquí: póngalas en ~/.pgpass (o PGPASSFILE, PGSERVICE).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;File…</source>
        <translation>Elegir &amp;archivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library File</source>
        <translation>Archivo de biblioteca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliotecas de Parallax (*.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfExport</name>
    <message>
        <location filename="../app/services/exportservice.cpp" line="+53"/>
        <location line="+21"/>
        <source>rendering took longer than %1 seconds</source>
        <translation>la generación de la página tardó más de %1 segundos</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the comparison page could not be rendered</source>
        <translation>no se pudo generar la página de comparación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>printing to PDF failed</source>
        <translation>falló la impresión a PDF</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1: there is no comparison to export</source>
        <translation>%1: no hay ninguna comparación que exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no temporary folder to work in (%2)</source>
        <translation>%1: no hay ninguna carpeta temporal en la que trabajar (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: the page could not be written to %2</source>
        <translation>%1: no se pudo escribir la página en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exported %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the page numbers could not be added (%2)</source>
        <translation>%1: no se pudieron añadir los números de página (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
</context>
<context>
    <name>Parallax::PdfImporter</name>
    <message>
        <location filename="../app/importers/pdfimporter.cpp" line="+236"/>
        <source>the PDF expands to more than %1 when decompressed; it is not read</source>
        <translation>el PDF ocupa más de %1 al descomprimirlo; no se lee</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the PDF is encrypted</source>
        <translation>el PDF está cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF uses an unsupported security scheme</source>
        <translation>el PDF usa un esquema de seguridad no compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF is damaged or not a PDF</source>
        <translation>el PDF está dañado o no es un PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the PDF has no text (it may be scanned images)</source>
        <translation>el PDF no contiene texto (puede que sean imágenes escaneadas)</translation>
    </message>
</context>
<context>
    <name>Parallax::QuotesPanel</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+74"/>
        <source>≠ altered</source>
        <translation>≠ alterada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shortened in some</source>
        <translation>acortada en algunos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>word for word</source>
        <translation>literal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported speech elsewhere</source>
        <translation>en estilo indirecto en otros</translation>
    </message>
    <message>
        <location filename="../app/ui/quotespanel.cpp" line="+23"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlets</source>
        <translation>Medios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote versions</source>
        <translation>Versiones de la cita</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(not attributed)</source>
        <translation>(sin atribuir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;No quotations in these articles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay citas en estos artículos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Select a quote to see each outlet&apos;s version.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una cita para ver la versión de cada medio.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(reported speech)</source>
        <translation>(estilo indirecto)</translation>
    </message>
</context>
<context>
    <name>Parallax::ServerConnect</name>
    <message>
        <location filename="../app/ui/serverconnect.cpp" line="-24"/>
        <source>Connecting to the library at %1…</source>
        <translation>Conectando con la biblioteca en %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallax</source>
        <translation>Parallax</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting to the library at %1 was cancelled.</source>
        <translation>Se canceló la conexión con la biblioteca en %1.</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryListModel</name>
    <message>
        <location filename="../app/ui/storylistmodel.cpp" line="+57"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n medio</numerusform>
            <numerusform>%n medios</numerusform>
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
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places: %1</source>
        <translation>Lugares: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures: %1</source>
        <translation>Cifras: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates: %1</source>
        <translation>Fechas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words: %1</source>
        <translation>Palabras: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Together because they share:</source>
        <translation>Juntos porque comparten:</translation>
    </message>
</context>
<context>
    <name>Parallax::StoryPicker</name>
    <message>
        <location filename="../app/ui/storypicker.cpp" line="+22"/>
        <source>Part of the story&apos;s title</source>
        <translation>Parte del título de la noticia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stories</source>
        <translation>Noticias</translation>
    </message>
</context>
<context>
    <name>Parallax::SvgCharts</name>
    <message>
        <location filename="../app/report/svgcharts.cpp" line="+98"/>
        <source>≠ outlets disagree</source>
        <translation>≠ los medios discrepan</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Which article is derived from which</source>
        <translation>Qué artículo deriva de cuál</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>derived from (%1% found there)</source>
        <translation>deriva de (%1 % se encuentra allí)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% found elsewhere</source>
        <translation>%1 % encontrado en otros</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Market moves in percent, per entity and outlet</source>
        <translation>Movimientos del mercado en porcentaje, por entidad y medio</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Money amounts on a log scale, by what they measure</source>
        <translation>Importes de dinero en escala logarítmica, según lo que miden</translation>
    </message>
</context>
<context>
    <name>Parallax::TextDecoder</name>
    <message>
        <location filename="../app/importers/textdecoder.cpp" line="+64"/>
        <source>the text claims to be UTF-8 but is not valid UTF-8</source>
        <translation>el texto dice estar en UTF-8, pero no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid UTF-16</source>
        <translation>el texto no es UTF-16 válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is binary, not text</source>
        <translation>el archivo es binario, no de texto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the text encoding %1 is not supported</source>
        <translation>la codificación de texto %1 no es compatible</translation>
    </message>
</context>
<context>
    <name>Parallax::TextImporter</name>
    <message>
        <location filename="../app/importers/textimporter.cpp" line="+299"/>
        <source>the file has no article text</source>
        <translation>el archivo no contiene texto de artículo</translation>
    </message>
</context>
<context>
    <name>Parallax::Theme</name>
    <message>
        <location filename="../app/ui/theme.cpp" line="+131"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>Parallax::UrlImporter</name>
    <message>
        <location filename="../app/importers/urlimporter.cpp" line="+57"/>
        <source>only http and https links can be imported</source>
        <translation>solo se pueden importar enlaces http y https</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>the page is larger than %1</source>
        <translation>la página ocupa más de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the download did not finish in time</source>
        <translation>la descarga no terminó a tiempo</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the server did not answer within %1 seconds</source>
        <translation>el servidor no respondió en %1 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it redirects from https to an insecure http address</source>
        <translation>redirige de https a una dirección http no segura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server answered %1 %2</source>
        <translation>el servidor respondió %1 %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the page is empty</source>
        <translation>la página está vacía</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unsupported type of page (%1)</source>
        <translation>tipo de página no compatible (%1)</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <location filename="../app/report/labels.cpp" line="+88"/>
        <source>%1 move</source>
        <translation>variación de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rate %2 implied: off by orders of magnitude</source>
        <translation>tipo de cambio %1 implícito de %2: difiere en órdenes de magnitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 rate %2 in one conversion, %3 in the other</source>
        <translation>tipo de cambio %1 de %2 en una conversión y de %3 en la otra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rate %2 implied, %3 in the rest of the story</source>
        <translation>tipo de cambio %1 implícito de %2; %3 en el resto de la noticia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote worded differently</source>
        <translation>cita redactada de otra forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote of %1 worded differently</source>
        <translation>cita de %1 redactada de otra forma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quote of %1 in one article only</source>
        <translation>cita de %1 en un solo artículo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+71"/>
        <source>Use the library file PATH.</source>
        <translation>Usar el archivo de biblioteca PATH.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the sample story.</source>
        <translation>Abrir la noticia de ejemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the web engine&apos;s diagnostics through to the terminal.</source>
        <translation>Mostrar en el terminal los diagnósticos del motor web.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to import and compare.</source>
        <translation>Artículos que importar y comparar.</translation>
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
        <translation>La biblioteca %1 está abierta en otra ventana de Parallax, que no responde. Cierre esa ventana (o termine su proceso) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Open My Library File</source>
        <translation>Abrir mi archivo de biblioteca</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>%1

Restore the library from a backup? The damaged file is kept as it is, beside the restored one.</source>
        <translation>%1

¿Restaurar la biblioteca a partir de una copia de seguridad? El archivo dañado se conserva tal cual, junto al restaurado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Backup</source>
        <translation>Elegir una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library backups (*.sqlite *.bak *.db);;All files (*)</source>
        <translation>Copias de seguridad de la biblioteca (*.sqlite *.bak *.db);;Todos los archivos (*)</translation>
    </message>
</context>
</TS>
