// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QString>

namespace Parallax {

// Names the outlet of an article that does not state it (a text file with no header
// lines, a PDF): from a link to the article or its site (the article's address, a
// "Source:" line, a link in the page furniture), a byline naming its employer ("By Ann
// Lee, The Daily Quay"), the text itself (a copyright line, a wire dateline, a known
// outlet speaking of itself: "told the BBC"), or the folder the file was in when that
// folder is named after a known outlet. The first of these that answers wins; the article
// records which one (Article::OutletSource), so the reader is told the name was inferred.
class OutletGuess final {
public:
    struct Result {
        QString outlet; // empty when nothing names it
        Article::OutletSource source = Article::OutletSource::Stated;
    };

    static Result infer(const Article &article);
    // Sets the article's outlet when it has none and one can be inferred.
    static void apply(Article &article);

    // The outlet a web address belongs to: a known outlet's name, else the host without
    // "www." ("news.example.org"); empty for no address.
    static QString outletOfAddress(const QString &address);
};

} // namespace Parallax
