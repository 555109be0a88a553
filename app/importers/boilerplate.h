// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Parallax {

// Page furniture that extraction leaves in an article's paragraphs: share and subscribe
// prompts, newsletter boxes, "Advertisement", "Read next", paywall notices, author bios,
// "Reporting by ...; Editing by ..." credits, date lines. trim() keeps the article and sets
// the rest aside (nothing is deleted: the trimmed paragraphs are returned, in order).
class Boilerplate final {
public:
    struct Result {
        QStringList kept;
        QStringList trimmed;
        // For each paragraph given, whether it was kept.
        QList<bool> keeps;
        // Credit lines among the trimmed ("Reporting by ...; Additional reporting by ...",
        // "Courtesy: Reuters"), one credit each, kept as the article's credits.
        QStringList credits;
        // The reporters a "Reporting by" credit names, for an article with no byline.
        QString reporters;
    };

    static Result trim(const QStringList &paragraphs);
};

} // namespace Parallax
