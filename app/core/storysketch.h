// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Parallax {

struct Article;

// A compact fingerprint of an article for finding coverage of the same story among many:
// a MinHash signature over its content keys (stems, names, figures; stop words left out),
// and its locality-sensitive bands (two rows each, so that outlets that word the story
// differently still meet in a band). A second, smaller signature covers only its facts (the
// names and figures), with bands of its own: independent reports of one event word it their
// own way but name the same people and quote the same figures. Two articles that share a
// band are candidates; the signatures estimate how much they share. Finding the candidates
// of a new article costs a lookup per band, not a look at every article.
struct StorySketch final
{
    static constexpr int kHashes = 48;
    static constexpr int kBands = 24;      // of kHashes / kBands rows each
    static constexpr int kFactHashes = 32;
    static constexpr int kFactBands = 16;  // of one row each: any shared fact makes a candidate

    // kHashes values, then kFactHashes when the article names or quotes anything.
    QList<quint32> minhash;
    // kBands values, then kFactBands (band index mixed in).
    QList<qint64> bands;
    int factCount = 0; // distinct names and figures

    static StorySketch of(const Article &article);
    // The estimated Jaccard similarity of the two articles' content keys, 0 to 1.
    double similarity(const StorySketch &other) const;
    // The same for their names and figures; 0 when either has none.
    double factSimilarity(const StorySketch &other) const;
    // The estimated share of the names and figures of the article with fewer of them that
    // the other one has too, 0 to 1 (an independent report picks some of the facts). 0 when
    // either has fewer than kMinFacts.
    double factOverlap(const StorySketch &other) const;
    static constexpr int kMinFacts = 3;

    QByteArray toBytes() const;
    static StorySketch fromBytes(const QByteArray &bytes);
    bool isEmpty() const { return minhash.isEmpty(); }
};

} // namespace Parallax
