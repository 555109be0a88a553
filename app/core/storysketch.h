// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Parallax {

struct Article;

// A compact fingerprint of an article for finding coverage of the same story among many:
// a MinHash signature over its content keys (stems, names, figures; stop words left out),
// and its locality-sensitive bands (two rows each, so that outlets that word the story
// differently still meet in a band). Two articles that share a band are
// candidates; the signatures estimate how much of their wording they share. Finding the
// candidates of a new article costs a lookup per band, not a look at every article.
struct StorySketch final
{
    static constexpr int kHashes = 48;
    static constexpr int kBands = 24; // of kHashes / kBands rows each

    QList<quint32> minhash;  // kHashes values
    QList<qint64> bands;     // kBands values (band index mixed in)

    static StorySketch of(const Article &article);
    // The estimated Jaccard similarity of the two articles' key pairs, 0 to 1.
    double similarity(const StorySketch &other) const;

    QByteArray toBytes() const;
    static StorySketch fromBytes(const QByteArray &bytes);
    bool isEmpty() const { return minhash.isEmpty(); }
};

} // namespace Parallax
