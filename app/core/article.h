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
struct Article final
{
    qint64 id = 0; // 0 until the library has stored it
    QString title;
    QString outlet;
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

    // A label for headers and lists: the outlet, or the title when there is no outlet.
    QString displayName() const;
};

} // namespace Parallax
