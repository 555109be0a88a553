// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figurelexicon.h"

#include <QFile>

#include <algorithm>

namespace Parallax {

namespace {

QPair<QString, QString> keyValue(const QString &line, const QString &section) {
    const qsizetype at = line.indexOf(QStringLiteral(" = "));
    if (at <= 0)
        qFatal("en-figures: [%s] needs \"key = value\": %s", qPrintable(section), qPrintable(line));
    return {line.left(at).trimmed(), line.mid(at + 3).trimmed()};
}

QSet<QString> *wordSet(FigureLexicon &lex, const QString &section) {
    static const QList<QPair<const char *, QSet<QString> FigureLexicon::*>> sets{
        {"months", &FigureLexicon::months},
        {"weekdays", &FigureLexicon::weekdays},
        {"not-counted", &FigureLexicon::notCounted},
        {"phrase-stops", &FigureLexicon::phraseStops},
        {"irregular-plurals", &FigureLexicon::irregularPlurals},
        {"demonyms", &FigureLexicon::demonyms},
        {"not-name-words", &FigureLexicon::notNameWords},
        {"common-entities", &FigureLexicon::commonEntities},
        {"down-words", &FigureLexicon::downWords},
        {"up-words", &FigureLexicon::upWords},
        {"index-names", &FigureLexicon::indexNames},
        {"comma-decimal-languages", &FigureLexicon::commaDecimalLanguages},
        {"conversion-links", &FigureLexicon::conversionLinks},
    };
    for (const auto &[name, member] : sets) {
        if (section == QLatin1String(name))
            return &(lex.*member);
    }
    return nullptr;
}

QHash<QString, QString> *wordMap(FigureLexicon &lex, const QString &section) {
    static const QList<QPair<const char *, QHash<QString, QString> FigureLexicon::*>> maps{
        {"currency-words", &FigureLexicon::currencyWords},
        {"currency-codes", &FigureLexicon::currencyCodes},
        {"dollar-prefixes", &FigureLexicon::dollarPrefixes},
        {"national-currencies", &FigureLexicon::nationalCurrencies},
    };
    for (const auto &[name, member] : maps) {
        if (section == QLatin1String(name))
            return &(lex.*member);
    }
    return nullptr;
}

FigureLexicon::MeasureRule measureRule(const QString &line) {
    const QStringList parts = line.split(QStringLiteral(" ; "));
    if (parts.size() != 3)
        qFatal("en-figures: [measures] needs \"measure ; kinds ; phrases\": %s", qPrintable(line));
    const QStringList kinds = parts.at(1).split(u' ', Qt::SkipEmptyParts);
    return {parts.at(0).trimmed(), kinds.contains(QStringLiteral("money")),
            kinds.contains(QStringLiteral("percent")), parts.at(2).trimmed().split(u'|')};
}

// One entry of a section that is neither a plain set nor a word map.
void addEntry(FigureLexicon &lex, const QString &section, const QString &line) {
    if (section == QLatin1String("measures")) {
        lex.measures.append(measureRule(line));
    } else if (section == QLatin1String("qualifiers")) {
        const auto [words, name] = keyValue(line, section);
        lex.qualifiers.append({words.split(u' ', Qt::SkipEmptyParts), name});
    } else if (section == QLatin1String("foreign-unit-prefixes")) {
        lex.foreignUnitPrefixes.append(line);
    } else if (section == QLatin1String("small-numbers")) {
        const auto [word, value] = keyValue(line, section);
        lex.smallNumbers.insert(word, value.toInt());
    } else if (section == QLatin1String("scales") || section == QLatin1String("foreign-scales")) {
        const auto [word, value] = keyValue(line, section);
        (section == QLatin1String("scales") ? lex.scales : lex.foreignScales)
            .insert(word, value.toDouble());
    } else {
        qFatal("en-figures: unknown section [%s]", qPrintable(section));
    }
}

void indexMeasurePhrases(FigureLexicon &lex) {
    for (int r = 0; r < lex.measures.size(); ++r) {
        for (const QString &phrase : lex.measures.at(r).phrases) {
            const QStringList words = phrase.split(u' ');
            lex.measurePhrases[words.first()].append({r, words});
        }
    }
    for (auto &list : lex.measurePhrases)
        std::stable_sort(list.begin(), list.end(), [](const auto &x, const auto &y) {
            return x.second.size() > y.second.size();
        });
}

} // namespace

FigureLexicon FigureLexicon::parse(const QString &text) {
    FigureLexicon lex;
    QString section;
    for (const QString &raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2);
            continue;
        }
        if (QSet<QString> *set = wordSet(lex, section))
            set->insert(line);
        else if (QHash<QString, QString> *map = wordMap(lex, section))
            map->insert(keyValue(line, section).first, keyValue(line, section).second);
        else
            addEntry(lex, section, line);
    }
    indexMeasurePhrases(lex);
    return lex;
}

const FigureLexicon &FigureLexicon::english() {
    static const FigureLexicon lexicon = [] {
        QFile file(QStringLiteral(":/lexicon/en-figures.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the figure lexicon :/lexicon/en-figures.txt is missing"); // compiled in: a
                                                                              // build error
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return lexicon;
}

} // namespace Parallax
