// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textrange.h"

#include <QList>
#include <QString>

namespace Parallax {

struct Comparison;

// Something the outlets of a story do not agree on.
struct Discrepancy final
{
    enum class Kind : quint8 {
        Figure,        // the same fact with different values
        Qualifier,     // the same value, qualifiers that change the meaning
        Conversion,    // a paired conversion whose implied rate is off
        Quote,         // a quote whose words differ
        UnmatchedQuote // a quote of a named person that no other article has
    };
    struct Item
    {
        int article = 0;
        int sentence = 0;
        TextRange range; // the figure or quote in the body
        QString text;    // the body's characters in range
        int figure = -1; // index into Comparison::figures, or -1
        int quote = -1;  // index into Comparison::quotes, or -1
    };
    // The kind in words, for a reader ("Figure", "Quote in one outlet"), translated.
    static QString label(Kind kind);

    Kind kind = Kind::Figure;
    QString about; // short text: "Calloway Freight deal value", "USD→GBP rate 0.70 vs 0.80"
    QList<Item> items;
    // `about` as written in the code, untranslated: the JSON carries this one, so that the
    // output is the same in every locale.
    QString aboutSource;
};

// Reads the figures and quotes of a comparison (already extracted and matched) and lists
// where the articles disagree.
class Reconciler final
{
public:
    // A conversion whose implied rate is further than this from the story's others.
    static constexpr double kRateTolerance = 0.05;

    static QList<Discrepancy> reconcile(const Comparison &comparison);

    // Whether two values of a figure agree once the more precise one is rounded to the
    // precision of the other ("$6m" and "$6.2m" agree; "£4.2m" and "£4.8m" do not).
    static bool agree(double a, const QString &textA, double b, const QString &textB);
};

} // namespace Parallax
