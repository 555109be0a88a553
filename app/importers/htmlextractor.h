// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax {

// Runs the article extraction (Readability.js and extract.js) on saved pages. One offline
// page per thread is kept between pages: the scripts are compiled once, and each page's
// text is parsed by DOMParser inside it into an inert document (no script of the page runs,
// nothing it references is requested; the page's profile refuses every request anyway).
// An archive (MHTML) is loaded in a page of its own, as the engine reads it. Must run on a
// thread with a QGuiApplication (the GUI thread); runs the event loop until done.
class HtmlExtractor final {
public:
    struct Result {
        QString json;  // what extract.js returned
        QString error; // why there is none, for a person
    };

    // The extraction of a page given as text (already decoded).
    static Result extract(const QString &html, int timeoutMs);
    // The extraction of a page saved as one MHTML archive (bytes as saved).
    static Result extractArchive(const QByteArray &mhtml, int timeoutMs);
    // The scripts run in the page (Readability.js, then extract.js); empty when the build
    // lacks Readability.
    static QString scripts();
};

} // namespace Parallax
