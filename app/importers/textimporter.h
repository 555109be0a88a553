// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

namespace Parallax {

// Reads plain text and Markdown articles.
//
// Metadata comes from an optional leading " date YYYY-MM-DD" marker and optional
// "key: value" header lines (title, outlet, url, byline, date, language) ended by a blank
// line. Without a title header, a first line that reads as a headline becomes the title;
// otherwise a shortened first sentence does. The outlet falls back to the file name.
// Markdown headings, emphasis and links are reduced to their text.
class TextImporter final : public Importer {
public:
    QStringList mimeTypes() const override;
    ImportResult parse(const QByteArray &data, const QString &sourcePath) const override;

    // The parsing step on text that is already decoded; `markdown` selects Markdown rules.
    static ImportResult parseText(const QString &text, const QString &sourcePath, bool markdown);
};

} // namespace Parallax
