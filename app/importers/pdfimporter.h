// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importers/importer.h"

namespace Parallax {

// PDF articles (QtPdf): the text in reading order, with paragraphs rebuilt from lines,
// words hyphenated at line ends joined again, and running headers, footers and page
// numbers (lines that recur at the top or bottom of the pages) removed. The title is the
// document's title, else the first line. Encrypted, damaged and image-only PDFs are refused
// with the reason.
class PdfImporter final : public Importer {
public:
    QStringList mimeTypes() const override;
    bool readsBinary() const override { return true; }
    // What a PDF's compressed streams may expand to, all together.
    static constexpr qint64 kMaxExpanded = 256LL * 1024 * 1024;
    ImportResult parse(const QByteArray &data, const QString &sourcePath) const override;

    // The text of pages given as lines, turned into paragraphs (for tests of the rules).
    static QStringList paragraphsFromPages(const QList<QStringList> &pages);
};

} // namespace Parallax
