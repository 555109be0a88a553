// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparisonjson.h"

#include <QJsonArray>

#include <cmath>

namespace Parallax {

namespace {

QJsonArray intArray(const QList<int> &values) {
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonValue rangeJson(const std::optional<TextRange> &r) {
    if (!r)
        return QJsonValue::Null;
    return QJsonArray{qint64(r->start), qint64(r->end())};
}

QString opName(DiffOp::Op op) {
    switch (op) {
    case DiffOp::Op::Equal:
        return QStringLiteral("equal");
    case DiffOp::Op::Delete:
        return QStringLiteral("delete");
    case DiffOp::Op::Insert:
        return QStringLiteral("insert");
    }
    return {};
}

double rounded(double v, int decimals) {
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonValue stringOrNull(const QString &s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray figuresJson(const Comparison &c) {
    QJsonArray out;
    for (const Figure &f : c.figures) {
        out.append(QJsonObject{
            {QStringLiteral("article"), f.article},
            {QStringLiteral("sentence"), f.sentence},
            {QStringLiteral("start"), qint64(f.range.start)},
            {QStringLiteral("end"), qint64(f.range.end())},
            {QStringLiteral("text"), f.text},
            {QStringLiteral("kind"), ComparisonJson::figureKindName(f.kind)},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("unit"), f.unit},
            {QStringLiteral("qualifier"), stringOrNull(f.qualifier)},
            {QStringLiteral("direction"),
             f.direction == Figure::Direction::Up     ? QJsonValue(QStringLiteral("up"))
             : f.direction == Figure::Direction::Down ? QJsonValue(QStringLiteral("down"))
                                                      : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("entity"), stringOrNull(f.entity)},
            {QStringLiteral("measure"), f.measure},
            {QStringLiteral("converted_from"),
             f.convertedFrom >= 0 ? QJsonValue(f.convertedFrom) : QJsonValue(QJsonValue::Null)}});
    }
    return out;
}

QJsonArray quotesJson(const Comparison &c) {
    QJsonArray out;
    for (const Quote &q : c.quotes) {
        QJsonArray matches;
        for (const QuoteMatch &m : q.matches) {
            QJsonObject match{{QStringLiteral("quote"),
                               m.quote >= 0 ? QJsonValue(m.quote) : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("article"), m.article},
                              {QStringLiteral("sentence"), m.sentence},
                              {QStringLiteral("kind"), ComparisonJson::quoteMatchName(m.kind)}};
            if (m.kind == QuoteMatch::Kind::Altered && m.quote >= 0) {
                // The words that differ: "delete" only in this quote, "insert" only in the other.
                QJsonArray diff;
                for (const QuoteDiffPiece &piece :
                     QuoteExtractor::diff(q.text, c.quotes.at(m.quote).text)) {
                    const QString op =
                        piece.op == QuoteDiffPiece::Op::Equal    ? QStringLiteral("equal")
                        : piece.op == QuoteDiffPiece::Op::Delete ? QStringLiteral("delete")
                                                                 : QStringLiteral("insert");
                    diff.append(QJsonObject{{QStringLiteral("op"), op},
                                            {QStringLiteral("text"), piece.text}});
                }
                match.insert(QStringLiteral("diff"), diff);
            }
            matches.append(match);
        }
        const ComparedArticle &art = c.articles.at(q.article);
        QJsonObject o{
            {QStringLiteral("article"), q.article},
            {QStringLiteral("sentence"), q.sentence},
            {QStringLiteral("start"), qint64(q.range().start)},
            {QStringLiteral("end"), qint64(q.range().end())},
            {QStringLiteral("text"), art.textOf(q.range())},
            {QStringLiteral("speaker"), stringOrNull(q.shownSpeaker())},
            {QStringLiteral("attribution"), stringOrNull(q.speaker)},
            {QStringLiteral("speaker_basis"), ComparisonJson::speakerBasisName(q.speakerBasis)},
            // Two decimals: the same number on every platform.
            {QStringLiteral("speaker_confidence"), std::round(q.speakerConfidence * 100.0) / 100.0},
            {QStringLiteral("matches"), matches}};
        if (q.parts.size() > 1) {
            QJsonArray more;
            for (qsizetype k = 1; k < q.parts.size(); ++k)
                more.append(QJsonObject{{QStringLiteral("start"), qint64(q.parts.at(k).start)},
                                        {QStringLiteral("end"), qint64(q.parts.at(k).end())},
                                        {QStringLiteral("text"), art.textOf(q.parts.at(k))}});
            o.insert(QStringLiteral("continued"), more);
        }
        out.append(o);
    }
    return out;
}

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// What a discrepancy is about: its code and the data of that code (docs/compare-json.md).
QJsonObject aboutJson(const Discrepancy::About &about) {
    using Code = Discrepancy::About::Code;
    QJsonObject o{{QStringLiteral("code"), ComparisonJson::aboutCodeName(about.code)}};
    switch (about.code) {
    case Code::Fact:
        o.insert(QStringLiteral("entity"), textOrNull(about.entity));
        o.insert(QStringLiteral("measure"), about.measure);
        break;
    case Code::Move:
        o.insert(QStringLiteral("entity"), about.entity);
        break;
    case Code::RateOffMagnitude:
    case Code::RatesDisagree:
    case Code::RateOffStory: {
        QJsonArray rates;
        for (double rate : about.rates)
            rates.append(QString::number(rate, 'g', 4).toDouble()); // four significant digits
        o.insert(QStringLiteral("from"), about.from);
        o.insert(QStringLiteral("to"), about.to);
        o.insert(QStringLiteral("rates"), rates);
        break;
    }
    case Code::QuoteWorded:
    case Code::QuoteOneArticle:
        o.insert(QStringLiteral("speaker"), textOrNull(about.speaker));
        break;
    }
    return o;
}

QJsonArray discrepanciesJson(const Comparison &c) {
    QJsonArray out;
    for (const Discrepancy &d : c.discrepancies) {
        QJsonArray items;
        for (const Discrepancy::Item &i : d.items) {
            QJsonObject o{{QStringLiteral("article"), i.article},
                          {QStringLiteral("sentence"), i.sentence},
                          {QStringLiteral("start"), qint64(i.range.start)},
                          {QStringLiteral("end"), qint64(i.range.end())},
                          {QStringLiteral("text"), i.text}};
            if (i.figure >= 0)
                o.insert(QStringLiteral("figure"), i.figure);
            if (i.quote >= 0)
                o.insert(QStringLiteral("quote"), i.quote);
            items.append(o);
        }
        out.append(
            QJsonObject{{QStringLiteral("kind"), ComparisonJson::discrepancyKindName(d.kind)},
                        {QStringLiteral("about"), aboutJson(d.about)},
                        {QStringLiteral("items"), items}});
    }
    return out;
}

QString basisCodeName(AlignmentBasis::Code code) {
    switch (code) {
    case AlignmentBasis::Code::Figure:
        return QStringLiteral("figure");
    case AlignmentBasis::Code::Name:
        return QStringLiteral("name");
    case AlignmentBasis::Code::Synonym:
        return QStringLiteral("synonym");
    case AlignmentBasis::Code::Clause:
        return QStringLiteral("clause");
    }
    return {};
}

QJsonArray basisItemsJson(const QList<AlignmentBasis::Item> &items) {
    QJsonArray out;
    for (const AlignmentBasis::Item &item : items)
        out.append(QJsonObject{{QStringLiteral("code"), basisCodeName(item.code)},
                               {QStringLiteral("a"), rangeJson(item.a)},
                               {QStringLiteral("b"), rangeJson(item.b)}});
    return out;
}

QJsonObject basisJson(const AlignmentBasis &basis) {
    return QJsonObject{{QStringLiteral("coverage_a"), rounded(basis.coverageA, 4)},
                       {QStringLiteral("coverage_b"), rounded(basis.coverageB, 4)},
                       {QStringLiteral("shared"), basisItemsJson(basis.shared)},
                       {QStringLiteral("differs"), basisItemsJson(basis.differs)}};
}

QJsonArray articlesJson(const Comparison &c) {
    QJsonArray articles;
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &ca = c.articles.at(i);
        QJsonArray sentences;
        for (int s = 0; s < ca.sentences.size(); ++s) {
            const ComparedSentence &cs = ca.sentences.at(s);
            QJsonObject sentence{{QStringLiteral("index"), s},
                                 {QStringLiteral("paragraph"), cs.paragraph},
                                 {QStringLiteral("start"), qint64(cs.range.start)},
                                 {QStringLiteral("end"), qint64(cs.range.end())},
                                 {QStringLiteral("text"), ca.textOf(cs.range)}};
            if (cs.heading)
                sentence.insert(QStringLiteral("heading"), true);
            sentences.append(sentence);
        }
        articles.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("title"), ca.article.title},
            {QStringLiteral("outlet"), ca.article.outlet},
            {QStringLiteral("outlet_inferred_from"),
             ca.article.outletInferred() ? QJsonValue(Article::sourceCode(ca.article.outletSource))
                                         : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("published"),
             ca.article.published.isValid() ? QJsonValue(ca.article.published.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("source"), ca.source},
            {QStringLiteral("sentences"), sentences}});
    }
    return articles;
}

QJsonArray pairsJson(const Comparison &c) {
    QJsonArray pairs;
    for (const PairComparison &p : c.pairs) {
        QJsonArray alignments;
        for (const Alignment &al : p.alignments) {
            QJsonArray diff;
            for (const DiffOp &d : al.diff) {
                diff.append(QJsonObject{{QStringLiteral("op"), opName(d.op)},
                                        {QStringLiteral("a"), rangeJson(d.a)},
                                        {QStringLiteral("b"), rangeJson(d.b)}});
            }
            alignments.append(
                QJsonObject{{QStringLiteral("a"), intArray(al.a)},
                            {QStringLiteral("b"), intArray(al.b)},
                            {QStringLiteral("kind"), ComparisonJson::kindName(al.kind)},
                            {QStringLiteral("score"), rounded(al.score, 4)},
                            {QStringLiteral("moved"), al.moved},
                            {QStringLiteral("second_partner"), al.secondPartner},
                            {QStringLiteral("basis"), basisJson(al.basis)},
                            {QStringLiteral("diff"), diff}});
        }
        QJsonValue derived = QJsonValue::Null;
        if (p.derived == PairComparison::Derived::BFromA)
            derived = QStringLiteral("b_from_a");
        else if (p.derived == PairComparison::Derived::AFromB)
            derived = QStringLiteral("a_from_b");
        pairs.append(QJsonObject{{QStringLiteral("a"), p.a},
                                 {QStringLiteral("b"), p.b},
                                 {QStringLiteral("a_in_b"), rounded(p.aInB, 4)},
                                 {QStringLiteral("b_in_a"), rounded(p.bInA, 4)},
                                 {QStringLiteral("derived"), derived},
                                 {QStringLiteral("alignments"), alignments}});
    }
    return pairs;
}

} // namespace

QString ComparisonJson::figureKindName(Figure::Kind kind) {
    switch (kind) {
    case Figure::Kind::Money:
        return QStringLiteral("money");
    case Figure::Kind::Percent:
        return QStringLiteral("percent");
    case Figure::Kind::Count:
        return QStringLiteral("count");
    }
    return {};
}

QString ComparisonJson::speakerBasisName(Quote::SpeakerBasis basis) {
    switch (basis) {
    case Quote::SpeakerBasis::None:
        return QStringLiteral("none");
    case Quote::SpeakerBasis::Cue:
        return QStringLiteral("cue");
    case Quote::SpeakerBasis::Pronoun:
        return QStringLiteral("pronoun");
    case Quote::SpeakerBasis::Role:
        return QStringLiteral("role");
    case Quote::SpeakerBasis::Context:
        return QStringLiteral("context");
    case Quote::SpeakerBasis::Unresolved:
        return QStringLiteral("unresolved");
    }
    return {};
}

QString ComparisonJson::quoteMatchName(QuoteMatch::Kind kind) {
    switch (kind) {
    case QuoteMatch::Kind::Verbatim:
        return QStringLiteral("verbatim");
    case QuoteMatch::Kind::Altered:
        return QStringLiteral("altered");
    case QuoteMatch::Kind::Truncated:
        return QStringLiteral("truncated");
    case QuoteMatch::Kind::Extended:
        return QStringLiteral("extended");
    case QuoteMatch::Kind::Reported:
        return QStringLiteral("reported");
    }
    return {};
}

QString ComparisonJson::discrepancyKindName(Discrepancy::Kind kind) {
    switch (kind) {
    case Discrepancy::Kind::Figure:
        return QStringLiteral("figure");
    case Discrepancy::Kind::Qualifier:
        return QStringLiteral("qualifier");
    case Discrepancy::Kind::Conversion:
        return QStringLiteral("conversion");
    case Discrepancy::Kind::Quote:
        return QStringLiteral("quote");
    case Discrepancy::Kind::UnmatchedQuote:
        return QStringLiteral("unmatched_quote");
    }
    return {};
}

QString ComparisonJson::aboutCodeName(Discrepancy::About::Code code) {
    using Code = Discrepancy::About::Code;
    switch (code) {
    case Code::Fact:
        return QStringLiteral("fact");
    case Code::Move:
        return QStringLiteral("move");
    case Code::RateOffMagnitude:
        return QStringLiteral("rate_off_magnitude");
    case Code::RatesDisagree:
        return QStringLiteral("rates_disagree");
    case Code::RateOffStory:
        return QStringLiteral("rate_off_story");
    case Code::QuoteWorded:
        return QStringLiteral("quote_worded_differently");
    case Code::QuoteOneArticle:
        return QStringLiteral("quote_in_one_article");
    }
    return {};
}

QString ComparisonJson::kindName(AlignmentKind kind) {
    switch (kind) {
    case AlignmentKind::Verbatim:
        return QStringLiteral("verbatim");
    case AlignmentKind::Reworded:
        return QStringLiteral("reworded");
    case AlignmentKind::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

QJsonObject ComparisonJson::toJson(const Comparison &c) {
    const QJsonArray articles = articlesJson(c);
    const QJsonArray pairs = pairsJson(c);

    QJsonArray claims;
    for (const Claim &claim : c.claims) {
        QJsonArray members;
        for (const Claim::Member &m : claim.members)
            members.append(QJsonObject{{QStringLiteral("article"), m.article},
                                       {QStringLiteral("sentences"), intArray(m.sentences)}});
        claims.append(
            QJsonObject{{QStringLiteral("id"), claim.id}, {QStringLiteral("members"), members}});
    }

    return QJsonObject{{QStringLiteral("schema"), kSchema},
                       {QStringLiteral("articles"), articles},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("claims"), claims},
                       {QStringLiteral("figures"), figuresJson(c)},
                       {QStringLiteral("quotes"), quotesJson(c)},
                       {QStringLiteral("discrepancies"), discrepanciesJson(c)},
                       {QStringLiteral("timing_ms"),
                        QJsonObject{{QStringLiteral("segment"), rounded(c.timing.segment, 3)},
                                    {QStringLiteral("align"), rounded(c.timing.align, 3)},
                                    {QStringLiteral("extract"), rounded(c.timing.extract, 3)},
                                    {QStringLiteral("total"), rounded(c.timing.total, 3)}}}};
}

} // namespace Parallax
