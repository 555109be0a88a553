// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QString>

#include <optional>

namespace Parallax {

class Library;

// The exports a user runs, for the window and the command line alike.
//
// writePdf writes a comparison as a PDF an editor can hand on: the printed form of the
// report (HtmlReport with Options::print) rendered by Qt WebEngine's printToPdf on landscape
// A4, so the text stays real, selectable text with its fonts embedded; then a running header
// (the story and the outlets) and "Page n of N" are laid over every page (QPdfWriter for the
// overlay, libqpdf to stamp it). Needs a QGuiApplication (offscreen is enough); blocks until
// the file is written, running the event loop meanwhile.
//
// writeMarkdown writes the library's articles (all, or one story's) as Markdown files with an
// index.json (see MarkdownExport).
class ExportService final {
public:
    struct PdfResult {
        bool ok = false;
        QString error; // names the file and the reason
        int pages = 0;
    };

    static PdfResult writePdf(const Comparison &comparison, const QString &path,
                              const QString &title = {});
    // The number of articles written, or nothing with `error` set.
    static std::optional<int> writeMarkdown(const Library &library, const QString &folder,
                                            qint64 story, QString *error);
};

} // namespace Parallax
