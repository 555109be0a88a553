// SPDX-License-Identifier: GPL-3.0-or-later
// parallax compare: 2 to 12 articles compared, as text or as the documented JSON.
#include "cli/commands/commands.h"
#include "report/labels.h"

#include "cli/command.h"
#include "core/comparer.h"
#include "core/comparisonjson.h"

#include <QJsonDocument>

namespace Parallax::Cli {

namespace {

void printSummary(const Comparison &c) {
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &a = c.articles.at(i);
        int unique = 0;
        for (const ComparedSentence &s : a.sentences)
            unique += s.isUnique() ? 1 : 0;
        out() << '[' << i << "] " << a.article.displayName() << " \u2014 " << a.article.title
              << '\n'
              << "    "
              << Tr::tr("%1 sentences, %2 only here, %3% found in the others")
                     .arg(a.sentences.size())
                     .arg(unique)
                     .arg(qRound(a.sharedShare() * 100))
              << '\n';
    }
    for (const PairComparison &p : c.pairs) {
        int counts[3] = {0, 0, 0};
        for (const Alignment &al : p.alignments)
            ++counts[int(al.kind)];
        out() << '\n'
              << Tr::tr("[%1] \u2194 [%2]: %3% of [%1] found in [%2], %4% of [%2] found in [%1]")
                     .arg(p.a)
                     .arg(p.b)
                     .arg(qRound(p.aInB * 100))
                     .arg(qRound(p.bInA * 100))
              << '\n';
        out() << "    "
              << Tr::tr("%1 %2, %3 %4, %5 %6")
                     .arg(counts[0])
                     .arg(Labels::alignmentKind(AlignmentKind::Verbatim))
                     .arg(counts[1])
                     .arg(Labels::alignmentKind(AlignmentKind::Reworded))
                     .arg(counts[2])
                     .arg(Labels::alignmentKind(AlignmentKind::Partial))
              << '\n';
        if (p.derived == PairComparison::Derived::BFromA)
            out() << "    " << Tr::tr("[%1] looks derived from [%2]").arg(p.b).arg(p.a) << '\n';
        else if (p.derived == PairComparison::Derived::AFromB)
            out() << "    " << Tr::tr("[%1] looks derived from [%2]").arg(p.a).arg(p.b) << '\n';
    }
    out() << '\n'
          << Tr::tr("%n figure(s), %1 quote(s), %2 discrepancy(s)", nullptr, int(c.figures.size()))
                 .arg(c.quotes.size())
                 .arg(c.discrepancies.size())
          << '\n';
    for (const Discrepancy &d : c.discrepancies) {
        QStringList items;
        for (const Discrepancy::Item &item : d.items)
            items.append(QStringLiteral("[%1] %2")
                             .arg(item.article)
                             .arg(item.text.size() > 60 ? item.text.left(57) + QStringLiteral("...")
                                                        : item.text));
        out() << "  " << ComparisonJson::discrepancyKindName(d.kind) << ": "
              << Labels::discrepancyAbout(d.about) << '\n'
              << "    " << items.join(QStringLiteral("; ")) << '\n';
    }
    out() << '\n' << Tr::tr("Engine time: %1 ms").arg(c.timing.total, 0, 'f', 1) << '\n';
}

} // namespace

void declareCompare(QCommandLineParser &parser) {
    parser.addOption(libraryOption());
    parser.addOption(jsonOption());
    addInputs(parser);
}

int runCompare(const QCommandLineParser &parser, const QString &synopsis) {
    const QStringList inputs = parser.positionalArguments().mid(1);
    if (!inputCountFits(inputs, QStringLiteral("compare"), synopsis))
        return Usage;

    QList<Article> articles;
    if (!loadInputs(parser, inputs, QStringLiteral("compare"), &articles))
        return Failed;

    const Comparison comparison = Comparer::compare(articles);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(ComparisonJson::toJson(comparison)).toJson(QJsonDocument::Compact)
              << '\n';
    else
        printSummary(comparison);
    return Ok;
}

} // namespace Parallax::Cli
