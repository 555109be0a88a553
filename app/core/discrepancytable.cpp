// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/discrepancytable.h"

#include "core/comparison.h"
#include "core/text.h"

namespace Parallax {

namespace {

DiscrepancyRow::Reason reasonOf(Discrepancy::Kind kind) {
    using R = DiscrepancyRow::Reason;
    switch (kind) {
    case Discrepancy::Kind::Figure:
        return R::DifferentValue;
    case Discrepancy::Kind::Qualifier:
        return R::DifferentQualifier;
    case Discrepancy::Kind::Conversion:
        return R::ConversionOff;
    case Discrepancy::Kind::Quote:
        return R::AlteredQuote;
    case Discrepancy::Kind::UnmatchedQuote:
        return R::OnlyOneOutlet;
    }
    return R::DifferentValue;
}

// Whether two articles write the same thing in this row: the same values (by the
// reconciler's rounding rule) with the same qualifiers for figures, the same words (case
// and spacing aside) for quotes and conversions.
bool sameCell(const Comparison &c, const Discrepancy &d, const DiscrepancyRow::Cell &x,
              const DiscrepancyRow::Cell &y) {
    const Discrepancy::Item &a = d.items.at(x.items.first());
    const Discrepancy::Item &b = d.items.at(y.items.first());
    const bool figures = a.figure >= 0 && b.figure >= 0;
    if (figures &&
        (d.kind == Discrepancy::Kind::Figure || d.kind == Discrepancy::Kind::Qualifier)) {
        const Figure &fa = c.figures.at(a.figure), &fb = c.figures.at(b.figure);
        return Reconciler::agree(fa.value, fa.text, fb.value, fb.text) &&
               fa.qualifier == fb.qualifier;
    }
    return Text::comparisonForm(x.text) == Text::comparisonForm(y.text);
}

// The cells that depart from the largest group of agreeing articles; when no group is
// larger than every other (two outlets, two values), every cell with a value departs. A
// conversion's items are the conversions whose rate is off: each of them is odd, however
// many outlets copied it.
void markOddOnes(const Comparison &c, const Discrepancy &d, DiscrepancyRow &row) {
    if (d.kind == Discrepancy::Kind::Conversion) {
        for (DiscrepancyRow::Cell &cell : row.cells)
            cell.odd = !cell.items.isEmpty();
        return;
    }
    QList<int> filled;
    for (int i = 0; i < row.cells.size(); ++i) {
        if (!row.cells.at(i).items.isEmpty())
            filled.append(i);
    }
    QList<int> groupOf(row.cells.size(), -1), sizes;
    for (int i : std::as_const(filled)) {
        for (int j : std::as_const(filled)) {
            if (j < i && groupOf.at(j) >= 0 && sameCell(c, d, row.cells.at(i), row.cells.at(j))) {
                groupOf[i] = groupOf.at(j);
                ++sizes[groupOf.at(j)];
                break;
            }
        }
        if (groupOf.at(i) < 0) {
            groupOf[i] = int(sizes.size());
            sizes.append(1);
        }
    }
    const auto largest = std::max_element(sizes.cbegin(), sizes.cend());
    const bool clear = largest != sizes.cend() &&
                       std::count(sizes.cbegin(), sizes.cend(), *largest) == 1 && filled.size() > 1;
    for (int i : std::as_const(filled))
        row.cells[i].odd = !clear || groupOf.at(i) != int(largest - sizes.cbegin());
}

} // namespace

DiscrepancyRow DiscrepancyTable::row(const Comparison &comparison, int discrepancy) {
    const Discrepancy &d = comparison.discrepancies.at(discrepancy);
    DiscrepancyRow row;
    row.discrepancy = discrepancy;
    row.kind = d.kind;
    row.reason = reasonOf(d.kind);
    row.about = d.about;
    row.cells.resize(comparison.articles.size());
    for (int k = 0; k < d.items.size(); ++k) {
        const Discrepancy::Item &item = d.items.at(k);
        if (item.article < 0 || item.article >= row.cells.size())
            continue;
        DiscrepancyRow::Cell &cell = row.cells[item.article];
        const QString text = item.text.simplified();
        if (!cell.text.split(QStringLiteral(" / ")).contains(text))
            cell.text = cell.text.isEmpty() ? text : cell.text + QStringLiteral(" / ") + text;
        cell.items.append(k);
    }
    markOddOnes(comparison, d, row);
    return row;
}

QList<DiscrepancyRow> DiscrepancyTable::rows(const Comparison &comparison) {
    QList<DiscrepancyRow> rows;
    for (int i = 0; i < comparison.discrepancies.size(); ++i)
        rows.append(row(comparison, i));
    return rows;
}

QSet<int> DiscrepancyTable::oddFigures(const Comparison &comparison) {
    QSet<int> figures;
    for (const DiscrepancyRow &row : rows(comparison)) {
        const Discrepancy &d = comparison.discrepancies.at(row.discrepancy);
        for (const DiscrepancyRow::Cell &cell : row.cells) {
            for (int k : cell.items) {
                if (cell.odd && d.items.at(k).figure >= 0)
                    figures.insert(d.items.at(k).figure);
            }
        }
    }
    return figures;
}

} // namespace Parallax
