// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"
#include "core/tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Parallax {

// One sentence prepared for alignment: its keys as ids into a vocabulary shared by all
// articles of the comparison.
struct SentenceKeys final {
    QList<Token> tokens;      // in order, for the word diff
    std::vector<int> ids;     // the key id of each token
    std::vector<int> content; // sorted unique ids of the non-stop keys
    std::vector<int> numbers; // sorted unique ids of figure keys
    QString signature;        // all keys in order: equal signatures are "verbatim"
    double weight = 0.0;      // sum of the content keys' weights
    int words = 0;

    // The sorted unique content ids of some sentences of one side (a split or merged group).
    static std::vector<int> contentOf(const QList<SentenceKeys> &side, const QList<int> &members);
};

// Weights of keys across a comparison: rare keys (names, figures, specific words) say more
// about what a sentence reports than common ones.
class KeyWeights final {
public:
    int idOf(const QString &key, Token::Kind kind);
    void countSentence(const std::vector<int> &ids);
    void finish(int sentenceCount);
    double weight(int id) const { return m_weights[size_t(id)]; }
    int documentFrequency(int id) const { return m_df[size_t(id)]; }
    int size() const { return int(m_df.size()); }
    const QString &key(int id) const { return m_keys[size_t(id)]; }
    Token::Kind kind(int id) const { return m_kind[size_t(id)]; }
    // Ids of the comparison's keys that WordNet lists as synonyms of key `id` (sorted),
    // looked up on first use: most keys are never asked for.
    const std::vector<int> &synonymsOf(int id) const;

private:
    QHash<QString, int> m_ids;
    std::vector<int> m_df;
    std::vector<QString> m_keys;
    std::vector<Token::Kind> m_kind;
    std::vector<double> m_weights;
    mutable std::vector<std::vector<int>> m_synonyms;
    mutable std::vector<bool> m_synonymsKnown;
};

// Aligns the sentences of two articles by content: not monotone (sections move), one to
// many and many to one (sentences split and merged), each alignment classified as
// verbatim, reworded or partial, with a word diff. Candidate partners come from an
// inverted index of the other article's rarer keys, so the cost grows with the number of
// sentences that share content, not with the product of the two articles' lengths.
class Aligner final {
public:
    static QList<Alignment> align(const QList<SentenceKeys> &a, const QList<SentenceKeys> &b,
                                  const KeyWeights &weights);
};

} // namespace Parallax
