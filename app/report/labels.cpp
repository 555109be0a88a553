// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/labels.h"

namespace Parallax {

QString Labels::measure(const QString &code) {
    // Every measure of FigureExtractor's rules (app/core/figures.cpp), marked for lupdate.
    static const char *const kMeasures[] = {
        QT_TRANSLATE_NOOP("Parallax::Labels", "market value"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "training cost"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "share price"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "index level"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "cost"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "deal value"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "revenue"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "profit"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "charge"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "investment"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "fine"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "inflation"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "interest rate"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "electricity use"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "body weight"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "risk"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "pay"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "bills"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "stake"),
        QT_TRANSLATE_NOOP("Parallax::Labels", "damages"),
    };
    for (const char *known : kMeasures) {
        if (code == QLatin1String(known))
            return tr(known);
    }
    return code;
}

QString Labels::alignmentKind(AlignmentKind kind) {
    switch (kind) {
    case AlignmentKind::Verbatim:
        return tr("word for word");
    case AlignmentKind::Reworded:
        return tr("reworded");
    case AlignmentKind::Partial:
        return tr("in part");
    }
    return {};
}

// The hover's and the legend's words keep the context of their first home, the report, and
// so its translations.
QString Labels::alignedIn(AlignmentKind kind, const QString &outlet) {
    switch (kind) {
    case AlignmentKind::Verbatim:
        return QCoreApplication::translate("Parallax::HtmlReport", "Word for word in %1")
            .arg(outlet);
    case AlignmentKind::Reworded:
        return QCoreApplication::translate("Parallax::HtmlReport", "Reworded in %1").arg(outlet);
    case AlignmentKind::Partial:
        return QCoreApplication::translate("Parallax::HtmlReport", "Partly in %1").arg(outlet);
    }
    return {};
}

QString Labels::alignedElsewhere(AlignmentKind kind) {
    switch (kind) {
    case AlignmentKind::Verbatim:
        return QCoreApplication::translate("Parallax::HtmlReport", "Word for word elsewhere");
    case AlignmentKind::Reworded:
        return QCoreApplication::translate("Parallax::HtmlReport", "Reworded elsewhere");
    case AlignmentKind::Partial:
        return QCoreApplication::translate("Parallax::HtmlReport", "Partly elsewhere");
    }
    return {};
}

// The words below keep the contexts of their first homes (the report, the quotes panel),
// and so their translations.
QString Labels::direction(Figure::Direction direction) {
    switch (direction) {
    case Figure::Direction::Up:
        return QCoreApplication::translate("Parallax::HtmlReport", "up");
    case Figure::Direction::Down:
        return QCoreApplication::translate("Parallax::HtmlReport", "down");
    case Figure::Direction::None:
        break;
    }
    return {};
}

QString Labels::quoteMatch(QuoteMatch::Kind kind) {
    switch (kind) {
    case QuoteMatch::Kind::Verbatim:
        return QCoreApplication::translate("Parallax::HtmlReport", "word for word");
    case QuoteMatch::Kind::Altered:
        return QCoreApplication::translate("Parallax::HtmlReport", "≠ altered");
    case QuoteMatch::Kind::Truncated:
        return QCoreApplication::translate("Parallax::HtmlReport", "shortened");
    case QuoteMatch::Kind::Extended:
        //: A quote that one outlet gives at greater length than the others
        return QCoreApplication::translate("Parallax::HtmlReport", "longer");
    case QuoteMatch::Kind::Reported:
        return QCoreApplication::translate("Parallax::HtmlReport", "reported speech");
    }
    return {};
}

QString Labels::quoteGroupMatch(const Comparison &c, const QList<int> &group) {
    bool altered = false, shortened = false, reported = false;
    for (int q : group) {
        for (const QuoteMatch &m : c.quotes.at(q).matches) {
            altered = altered || m.kind == QuoteMatch::Kind::Altered;
            shortened = shortened || m.kind == QuoteMatch::Kind::Truncated ||
                        m.kind == QuoteMatch::Kind::Extended;
            reported = reported || m.kind == QuoteMatch::Kind::Reported;
        }
    }
    if (altered)
        return QCoreApplication::translate("Parallax::QuotesPanel", "≠ altered");
    if (shortened)
        return QCoreApplication::translate("Parallax::QuotesPanel", "shortened in some");
    if (group.size() > 1)
        return QCoreApplication::translate("Parallax::QuotesPanel", "word for word");
    if (reported)
        return QCoreApplication::translate("Parallax::QuotesPanel", "reported speech elsewhere");
    return c.articles.size() > 1 ? onlyInThisOutlet() : QString();
}

QString Labels::onlyInThisOutlet() {
    return QCoreApplication::translate("Parallax::HtmlReport", "only in this outlet");
}

QString Labels::coverageMarks(const QString &separator) {
    return QStringList{QStringLiteral("● ") + alignmentKind(AlignmentKind::Verbatim),
                       QStringLiteral("◑ ") + alignmentKind(AlignmentKind::Reworded),
                       QStringLiteral("○ ") + alignmentKind(AlignmentKind::Partial)}
        .join(separator);
}

QString Labels::discrepancyKind(Discrepancy::Kind kind) {
    // The context of the words' first home (Discrepancy::label), which their translations keep.
    switch (kind) {
    case Discrepancy::Kind::Figure:
        return QCoreApplication::translate("Parallax::Discrepancy", "Figure");
    case Discrepancy::Kind::Qualifier:
        return QCoreApplication::translate("Parallax::Discrepancy", "Qualifier");
    case Discrepancy::Kind::Conversion:
        return QCoreApplication::translate("Parallax::Discrepancy", "Conversion");
    case Discrepancy::Kind::Quote:
        return QCoreApplication::translate("Parallax::Discrepancy", "Quote");
    case Discrepancy::Kind::UnmatchedQuote:
        return QCoreApplication::translate("Parallax::Discrepancy", "Quote in one outlet");
    }
    return {};
}

QString Labels::rate(double rate) {
    return rate >= 100 ? QString::number(rate, 'f', 0) : QString::number(rate, 'g', 3);
}

// Why the engine flagged a discrepancy, in a few words.
QString Labels::discrepancyWhy(Discrepancy::Kind kind) {
    switch (kind) {
    case Discrepancy::Kind::Figure:
        return QCoreApplication::translate("Parallax::HtmlReport",
                                           "the outlets give different values");
    case Discrepancy::Kind::Qualifier:
        return QCoreApplication::translate("Parallax::HtmlReport",
                                           "the same value, qualified differently");
    case Discrepancy::Kind::Conversion:
        return QCoreApplication::translate("Parallax::HtmlReport", "the conversion's rate is off");
    case Discrepancy::Kind::Quote:
        return QCoreApplication::translate("Parallax::HtmlReport", "the quote's words differ");
    case Discrepancy::Kind::UnmatchedQuote:
        return QCoreApplication::translate("Parallax::HtmlReport", "quoted by no other outlet");
    }
    return {};
}

// Where an inferred outlet's name came from, for the heading's tooltip.
QString Labels::outletInferredFrom(Article::OutletSource source) {
    switch (source) {
    case Article::OutletSource::Text:
        return QCoreApplication::translate("Parallax::HtmlReport", "Inferred from the text.");
    case Article::OutletSource::Byline:
        return QCoreApplication::translate("Parallax::HtmlReport", "Inferred from the byline.");
    case Article::OutletSource::Link:
        return QCoreApplication::translate("Parallax::HtmlReport",
                                           "Inferred from a link in the article.");
    case Article::OutletSource::Folder:
        return QCoreApplication::translate("Parallax::HtmlReport",
                                           "Inferred from the name of the file's folder.");
    case Article::OutletSource::Stated:
        break;
    }
    return {};
}

QString Labels::discrepancyAbout(const Discrepancy::About &about) {
    // The context of the words' first home (the Reconciler), which their translations keep.
    using Code = Discrepancy::About::Code;
    auto words = [](const char *text) {
        return QCoreApplication::translate("Reconciler", text);
    };
    const QString pair = about.from + QStringLiteral("→") + about.to;
    auto rateAt = [&](int i) {
        return i < about.rates.size() ? rate(about.rates.at(i)) : QString();
    };
    switch (about.code) {
    case Code::Fact:
        return about.entity.isEmpty() ? about.measure : about.entity + u' ' + about.measure;
    case Code::Move:
        return words(QT_TRANSLATE_NOOP("Reconciler", "%1 move")).arg(about.entity);
    case Code::RateOffMagnitude:
        return words(QT_TRANSLATE_NOOP("Reconciler",
                                       "%1 rate %2 implied: off by orders of magnitude"))
            .arg(pair, rateAt(0));
    case Code::RatesDisagree:
        return words(
                   QT_TRANSLATE_NOOP("Reconciler", "%1 rate %2 in one conversion, %3 in the other"))
            .arg(pair, rateAt(0), rateAt(1));
    case Code::RateOffStory:
        return words(QT_TRANSLATE_NOOP("Reconciler",
                                       "%1 rate %2 implied, %3 in the rest of the story"))
            .arg(pair, rateAt(0), rateAt(1));
    case Code::QuoteWorded:
        if (about.speaker.isEmpty())
            return words(QT_TRANSLATE_NOOP("Reconciler", "quote worded differently"));
        return words(QT_TRANSLATE_NOOP("Reconciler", "quote of %1 worded differently"))
            .arg(about.speaker);
    case Code::QuoteOneArticle:
        return words(QT_TRANSLATE_NOOP("Reconciler", "quote of %1 in one article only"))
            .arg(about.speaker);
    }
    return {};
}

QString Labels::discrepancyReason(DiscrepancyRow::Reason reason) {
    // The context of the words' first home (DiscrepancyTable::reason), which their
    // translations keep.
    using R = DiscrepancyRow::Reason;
    switch (reason) {
    case R::DifferentValue:
        return QCoreApplication::translate("Parallax::DiscrepancyTable", "different value");
    case R::DifferentQualifier:
        return QCoreApplication::translate("Parallax::DiscrepancyTable", "different qualifier");
    case R::ConversionOff:
        return QCoreApplication::translate("Parallax::DiscrepancyTable", "conversion off");
    case R::AlteredQuote:
        return QCoreApplication::translate("Parallax::DiscrepancyTable", "altered quote");
    case R::OnlyOneOutlet:
        return QCoreApplication::translate("Parallax::DiscrepancyTable", "only one outlet");
    }
    return {};
}

} // namespace Parallax
