// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textrange.h"

#include <QList>
#include <QString>

namespace Parallax {

struct Comparison;

// Something the outlets of a story do not agree on.
struct Discrepancy final {
    enum class Kind : quint8 {
        Figure,        // the same fact with different values
        Qualifier,     // the same value, qualifiers that change the meaning
        Conversion,    // a paired conversion whose implied rate is off
        Quote,         // a quote whose words differ
        UnmatchedQuote // a quote of a named person that no other article has
    };
    struct Item {
        int article = 0;
        int sentence = 0;
        TextRange range; // the figure or quote in the body
        QString text;    // the body's characters in range
        int figure = -1; // index into Comparison::figures, or -1
        int quote = -1;  // index into Comparison::quotes, or -1
    };
    // What the discrepancy is about, as a code and its data: the JSON carries these, and
    // report/labels puts them in the reader's words ("Calloway Freight deal value",
    // "USD→GBP rate 1.43 in one conversion, 1.25 in the other").
    struct About {
        enum class Code : quint8 {
            Fact,             // `measure` of `entity` (the entity may be empty)
            Move,             // a percentage rise or fall of `entity`
            RateOffMagnitude, // a conversion whose rate, rates[0], is orders of magnitude off
            RatesDisagree,    // the story's two conversions: rates[0] and rates[1]
            RateOffStory,     // one conversion's rate, rates[0], against the story's, rates[1]
            QuoteWorded,      // a quote of `speaker` (empty: nobody named) worded differently
            QuoteOneArticle   // a quote of `speaker` that no other article carries
        };
        Code code = Code::Fact;
        QString entity;      // Fact, Move
        QString measure;     // Fact
        QString speaker;     // QuoteWorded, QuoteOneArticle
        QString from, to;    // the rates' currencies (ISO 4217), in alphabetical order
        QList<double> rates; // units of `to` per one of `from`
    };

    Kind kind = Kind::Figure;
    About about;
    QList<Item> items;
};

// Reads the figures and quotes of a comparison (already extracted and matched) and lists
// where the articles disagree.
class Reconciler final {
public:
    // A conversion whose implied rate is further than this from the story's others.
    static constexpr double kRateTolerance = 0.05;

    static QList<Discrepancy> reconcile(const Comparison &comparison);

    // Whether two values of a figure agree once the more precise one is rounded to the
    // precision of the other ("$6m" and "$6.2m" agree; "£4.2m" and "£4.8m" do not).
    static bool agree(double a, const QString &textA, double b, const QString &textB);
};

} // namespace Parallax
