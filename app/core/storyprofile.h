// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Parallax {

struct Article;

// What an article is about, kept for grouping coverage into stories: its distinctive
// words, the names it mentions (places marked as such), the figures it quotes and the
// dates it writes out, each with how often it occurs. Independent reports of one event
// word it their own way but share the who, where, what and when; two events of one kind
// (two earthquakes) share the words but not the names, places and dates. The profile is
// stored beside the article, so that regrouping never tokenises a body again.
struct StoryProfile final {
    enum class Kind : quint8 { Word, Name, Place, Figure, Date };

    struct Term {
        QString key;   // folded and stemmed ("reggi bush", "2011-01-05", "#6e+06$")
        QString shown; // as the article first writes it ("Reggie Bush"); empty when the key is
        Kind kind = Kind::Word;
        quint16 count = 0; // occurrences, the title's counted twice
        bool operator==(const Term &) const = default;
    };

    // Sorted by kind, then key; one entry per kind and key.
    QList<Term> terms;

    static constexpr int kMaxWords = 40; // the most frequent ones kept (ties by key)
    static constexpr int kMaxNames = 30;
    static constexpr int kMaxFacts = 20; // figures and dates

    static StoryProfile of(const Article &article);
    bool isEmpty() const { return terms.isEmpty(); }

    // The channel a kind is compared in: words, names (people, organisations and places),
    // facts (figures and dates).
    enum class Channel : quint8 { Words, Names, Facts };
    static Channel channelOf(Kind kind);

    QByteArray toBytes() const;
    // An empty profile when the bytes are not one (stored by another version, damaged).
    static StoryProfile fromBytes(const QByteArray &bytes);
    bool operator==(const StoryProfile &) const = default;
};

} // namespace Parallax
