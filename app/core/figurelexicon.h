// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Parallax {

// The words FigureExtractor reads figures by: scales, currencies, months, qualifiers, the
// words of a rise or a fall, what a figure measures. They live in
// resources/lexicon/en-figures.txt (beside the synonym lexicon), compiled in and read once.
struct FigureLexicon final {
    struct Qualifier {
        QStringList words; // as written before the figure: "more", "than"
        QString name;      // the qualifier: "more than"
    };
    struct MeasureRule {
        QString measure; // "market value": an English code (report/labels translates it)
        bool money = false;
        bool percent = false;
        QStringList phrases; // "market value", "valued at", ...
    };

    QHash<QString, double> scales, foreignScales;
    QHash<QString, QString> currencyWords, currencyCodes, dollarPrefixes, nationalCurrencies;
    QHash<QString, int> smallNumbers;
    QSet<QString> months, weekdays, notCounted, phraseStops, irregularPlurals, demonyms,
        notNameWords, commonEntities, downWords, upWords, indexNames, commaDecimalLanguages,
        conversionLinks;
    QStringList foreignUnitPrefixes;
    QList<Qualifier> qualifiers; // longest first
    QList<MeasureRule> measures; // in the order of the rules
    // Measure phrases by their first word: word -> (rule, phrase words), longest first.
    QHash<QString, QList<QPair<int, QStringList>>> measurePhrases;

    // The English lexicon, read from the resources on first use.
    static const FigureLexicon &english();
    // A lexicon from the text of such a file; a line it cannot read is a fatal error.
    static FigureLexicon parse(const QString &text);
};

} // namespace Parallax
