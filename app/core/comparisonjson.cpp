// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparisonjson.h"

#include <QJsonArray>

#include <cmath>

namespace Parallax {

namespace {

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray out;
    for (int v : values)
        out.append(v);
    return out;
}

QJsonValue rangeJson(const std::optional<TextRange> &r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonArray{qint64(r->start), qint64(r->end())};
}

QString opName(DiffOp::Op op)
{
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

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

} // namespace

QString ComparisonJson::kindName(AlignmentKind kind)
{
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

QJsonObject ComparisonJson::toJson(const Comparison &c)
{
    QJsonArray articles;
    for (int i = 0; i < c.articles.size(); ++i) {
        const ComparedArticle &ca = c.articles.at(i);
        QJsonArray sentences;
        for (int s = 0; s < ca.sentences.size(); ++s) {
            const ComparedSentence &cs = ca.sentences.at(s);
            sentences.append(QJsonObject{{QStringLiteral("index"), s},
                                         {QStringLiteral("paragraph"), cs.paragraph},
                                         {QStringLiteral("start"), qint64(cs.range.start)},
                                         {QStringLiteral("end"), qint64(cs.range.end())},
                                         {QStringLiteral("text"), ca.textOf(cs.range)}});
        }
        articles.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("title"), ca.article.title},
            {QStringLiteral("outlet"), ca.article.outlet},
            {QStringLiteral("published"), ca.article.published.isValid()
                                              ? QJsonValue(ca.article.published.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("source"), ca.source},
            {QStringLiteral("sentences"), sentences}});
    }

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
            alignments.append(QJsonObject{{QStringLiteral("a"), intArray(al.a)},
                                          {QStringLiteral("b"), intArray(al.b)},
                                          {QStringLiteral("kind"), kindName(al.kind)},
                                          {QStringLiteral("score"), rounded(al.score, 4)},
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

    QJsonArray claims;
    for (const Claim &claim : c.claims) {
        QJsonArray members;
        for (const Claim::Member &m : claim.members)
            members.append(QJsonObject{{QStringLiteral("article"), m.article},
                                       {QStringLiteral("sentences"), intArray(m.sentences)}});
        claims.append(QJsonObject{{QStringLiteral("id"), claim.id}, {QStringLiteral("members"), members}});
    }

    return QJsonObject{{QStringLiteral("schema"), kSchema},
                       {QStringLiteral("articles"), articles},
                       {QStringLiteral("pairs"), pairs},
                       {QStringLiteral("claims"), claims},
                       {QStringLiteral("timing_ms"),
                        QJsonObject{{QStringLiteral("segment"), rounded(c.timing.segment, 3)},
                                    {QStringLiteral("align"), rounded(c.timing.align, 3)},
                                    {QStringLiteral("total"), rounded(c.timing.total, 3)}}}};
}

} // namespace Parallax
