// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Parallax {

// One news article as Parallax knows it: a plain value that flows from the importers to the
// library and to the engine. The body is kept exactly as the outlet wrote it (only newlines
// are normalised); every folding for comparison happens in the engine.
struct Article final {
    // Where the outlet's name came from: stated (a header line, the page, the reader) or
    // inferred by the importer from the text, a byline, a link or the file's folder.
    enum class OutletSource : quint8 { Stated, Text, Byline, Link, Folder };

    qint64 id = 0; // 0 until the library has stored it
    QString title;
    QString outlet; // empty when unknown
    OutletSource outletSource = OutletSource::Stated;
    QString byline;
    QString url;
    QDate published;
    QString language; // BCP 47 tag such as "en"; empty when unknown
    QString body;     // paragraphs separated by a blank line
    QString sourcePath;
    QString sourceFormat; // "text", "markdown", ...
    QDateTime importedAt;
    int wordCount = 0;
    // Page furniture the importer trimmed from the body (share prompts, author bios,
    // credits...), kept aside for the reader to see, in the order found.
    QStringList trimmed;
    // Credits found among the trimmed parts: "Additional reporting by ...", "Courtesy: ...".
    QStringList credits;
    // The reader's own labels ("energy", "to check"), kept by the library.
    QStringList tags;

    // A label for headers and lists: the outlet; "Unknown outlet (file name)" when there
    // is none but a file; the title otherwise. Translated.
    QString displayName() const;
    // displayName() kept short for legends and table headings (about 18 characters).
    QString shortName() const;
    // Whether the outlet was inferred rather than stated.
    bool outletInferred() const {
        return !outlet.isEmpty() && outletSource != OutletSource::Stated;
    }
    // How the source is stored and written in JSON: "", "text", "byline", "link", "folder".
    static QString sourceCode(OutletSource source);
    static OutletSource sourceFromCode(const QString &code);
};

} // namespace Parallax
