// SPDX-License-Identifier: GPL-3.0-or-later
#include "discrepancies.h"

#include "core/comparison.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <functional>
#include <map>

namespace Parallax {

namespace {

// Qualifiers by what they say about the true value.
enum class Bound : quint8 { Exact, Approximate, Below, Above };

Bound boundOf(const QString &qualifier) {
    static const QSet<QString> below{QStringLiteral("almost"),    QStringLiteral("nearly"),
                                     QStringLiteral("less than"), QStringLiteral("under"),
                                     QStringLiteral("up to"),     QStringLiteral("as much as"),
                                     QStringLiteral("just under")};
    static const QSet<QString> above{QStringLiteral("more than"), QStringLiteral("over"),
                                     QStringLiteral("at least"), QStringLiteral("just over")};
    if (qualifier.isEmpty())
        return Bound::Exact;
    if (below.contains(qualifier))
        return Bound::Below;
    if (above.contains(qualifier))
        return Bound::Above;
    return Bound::Approximate;
}

// Decimal places written in a figure's text ("$2.9tn" -> 1, "0.46%" -> 2, "$600bn" -> 0).
int decimalsOf(const QString &text) {
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return 0;
    int n = 0;
    for (qsizetype i = dot + 1; i < text.size() && text.at(i).isDigit(); ++i)
        ++n;
    return n;
}

// The number as written, without its scale: "$600bn" -> 600, "£4.2m" -> 4.2.
double writtenNumber(double value, const QString &text) {
    QString digits;
    bool seenDigit = false;
    for (QChar c : text) {
        if (c.isDigit() || (seenDigit && c == u'.')) {
            digits.append(c);
            seenDigit = true;
        } else if (seenDigit && c != u',') {
            break;
        }
    }
    bool ok = false;
    const double written = digits.toDouble(&ok);
    return ok ? written : value;
}

// Names compared by their first word, products by their maker: "Kestrel Harbour Group" and
// "Kestrel", "DeepSeek-V3" and "DeepSeek" are one entity.
QString entityKey(const QString &entity) {
    return entity.section(u' ', 0, 0).section(u'-', 0, 0).toLower();
}

// "training cost" is a kind of "cost": measures agree when one ends with the other.
bool sameMeasure(const QString &x, const QString &y) {
    return x == y || x.endsWith(u' ' + y) || y.endsWith(u' ' + x);
}

// What makes two figures one fact in the lists: entity, kind of measure, unit.
QString factKey(const Figure &f, const QString &entity) {
    return entityKey(entity) + u'|' + f.measure.section(u' ', -1) + u'|' + f.unit;
}

bool compatible(const Figure &x, const Figure &y) {
    if (x.kind != y.kind || x.unit != y.unit || !sameMeasure(x.measure, y.measure))
        return false;
    return x.entity.isEmpty() || y.entity.isEmpty() || entityKey(x.entity) == entityKey(y.entity);
}

Discrepancy::Item itemOf(const Comparison &c, int figure) {
    const Figure &f = c.figures.at(figure);
    return Discrepancy::Item{f.article, f.sentence, f.range, f.text, figure, -1};
}

Discrepancy::Item quoteItem(const Comparison &c, int quote) {
    const Quote &q = c.quotes.at(quote);
    const TextRange r = q.range();
    return Discrepancy::Item{q.article, q.sentence, r, c.articles.at(q.article).textOf(r),
                             -1,        quote};
}

// Rough magnitude of one US dollar in each currency (log10), for the orders-of-magnitude
// check of a conversion that has nothing to be compared with. Not an exchange-rate table:
// it only tells 7 yuan to the dollar from 7,000.
const QHash<QString, double> &magnitudePerDollar() {
    static const QHash<QString, double> m{
        {QStringLiteral("USD"), 0.0},   {QStringLiteral("GBP"), -0.1},
        {QStringLiteral("EUR"), -0.05}, {QStringLiteral("CNY"), 0.85},
        {QStringLiteral("JPY"), 2.15},  {QStringLiteral("HKD"), 0.9},
        {QStringLiteral("AUD"), 0.18},  {QStringLiteral("CAD"), 0.13},
        {QStringLiteral("NZD"), 0.23},  {QStringLiteral("SGD"), 0.13},
    };
    return m;
}

QString rateText(double rate) {
    return rate >= 100 ? QString::number(rate, 'f', 0) : QString::number(rate, 'g', 3);
}

using About = Discrepancy::About;

// What a figure is about: the measure of its entity ("Calloway Freight deal value"); a
// percentage that went up or down is a move ("FTSE 250 move"), not the level of what moved.
About aboutFigure(const Figure &f) {
    if (f.kind == Figure::Kind::Percent && f.direction != Figure::Direction::None &&
        !f.entity.isEmpty())
        return About{About::Code::Move, f.entity, {}, {}, {}, {}, {}};
    return About{About::Code::Fact, f.entity, f.measure, {}, {}, {}, {}};
}

// The English words of a figure's About, as a key to compare two of them by: never shown,
// and the same in every locale.
QString factName(const About &about) {
    if (about.code == About::Code::Move)
        return about.entity + QStringLiteral(" move");
    return about.entity.isEmpty() ? about.measure : about.entity + u' ' + about.measure;
}

About aboutRates(About::Code code, const QString &from, const QString &to,
                 const QList<double> &rates) {
    return About{code, {}, {}, {}, from, to, rates};
}

About aboutQuote(About::Code code, const QString &speaker) {
    return About{code, {}, {}, speaker, {}, {}, {}};
}

// A group of discrepancies of one kind about one thing, collected before they are listed.
struct Collector {
    QList<Discrepancy> list;
    QHash<QString, int> byKey;

    void add(Discrepancy::Kind kind, const QString &key, const About &about,
             const QList<Discrepancy::Item> &items) {
        const QString full = QString::number(int(kind)) + u'|' + key;
        auto it = byKey.find(full);
        if (it == byKey.end()) {
            it = byKey.insert(full, int(list.size()));
            list.append(Discrepancy{kind, about, {}});
        }
        Discrepancy &d = list[*it];
        for (const Discrepancy::Item &item : items) {
            const bool known =
                std::any_of(d.items.cbegin(), d.items.cend(), [&](const Discrepancy::Item &x) {
                    return x.article == item.article && x.range == item.range;
                });
            if (!known)
                d.items.append(item);
        }
    }
};

// 1. Figures of aligned sentences: the same fact when kind, unit, measure and entity fit;
// matched one to one, closest values first.
void reconcileAligned(const Comparison &c, Collector &out) {
    // Figures by (article, sentence).
    QHash<QPair<int, int>, QList<int>> inSentence;
    for (int i = 0; i < c.figures.size(); ++i)
        inSentence[{c.figures.at(i).article, c.figures.at(i).sentence}].append(i);

    for (int a = 0; a < c.articles.size(); ++a) {
        const ComparedArticle &art = c.articles.at(a);
        for (int s = 0; s < art.sentences.size(); ++s) {
            const QList<int> mine = inSentence.value({a, s});
            if (mine.isEmpty())
                continue;
            for (const SentenceLink &link : art.sentences.at(s).links) {
                if (link.article < a)
                    continue; // each pair of articles once
                QList<int> theirs;
                for (int t : link.sentences)
                    theirs += inSentence.value({link.article, t});
                struct Candidate {
                    int x, y;
                    double distance;
                };
                QList<Candidate> candidates;
                for (int x : mine) {
                    for (int y : theirs) {
                        const Figure &fx = c.figures.at(x), &fy = c.figures.at(y);
                        if (!compatible(fx, fy))
                            continue;
                        const double lo = std::min(std::abs(fx.value), std::abs(fy.value));
                        const double hi = std::max(std::abs(fx.value), std::abs(fy.value));
                        const double distance = hi > 0 ? (hi - lo) / hi : 0.0;
                        candidates.append({x, y, distance});
                    }
                }
                std::sort(
                    candidates.begin(), candidates.end(),
                    [](const Candidate &p, const Candidate &q) { return p.distance < q.distance; });
                QSet<int> usedX, usedY;
                for (const Candidate &p : std::as_const(candidates)) {
                    if (usedX.contains(p.x) || usedY.contains(p.y))
                        continue;
                    usedX.insert(p.x);
                    usedY.insert(p.y);
                    const Figure &fx = c.figures.at(p.x), &fy = c.figures.at(p.y);
                    const QString key = factKey(fx, fx.entity.isEmpty() ? fy.entity : fx.entity);
                    const About about = aboutFigure(fx.entity.isEmpty() ? fy : fx);
                    if (!Reconciler::agree(fx.value, fx.text, fy.value, fy.text)) {
                        out.add(Discrepancy::Kind::Figure, key, about,
                                {itemOf(c, p.x), itemOf(c, p.y)});
                    } else {
                        const Bound bx = boundOf(fx.qualifier), by = boundOf(fy.qualifier);
                        if ((bx == Bound::Below && by == Bound::Above) ||
                            (bx == Bound::Above && by == Bound::Below))
                            out.add(Discrepancy::Kind::Qualifier, key, about,
                                    {itemOf(c, p.x), itemOf(c, p.y)});
                    }
                }
            }
        }
    }
}

// 2. Money and percentages about a named entity in sentences that were not aligned: the
// same fact when each article gives exactly one value for it.
void reconcileUnaligned(const Comparison &c, Collector &out) {
    // Ordered maps: which figure names the fact, and the order of the discrepancies, must
    // not follow hash order.
    std::map<QString, std::map<int, QList<int>>> byFact; // fact -> article -> figures
    for (int i = 0; i < c.figures.size(); ++i) {
        const Figure &f = c.figures.at(i);
        if (f.kind == Figure::Kind::Count || f.entity.isEmpty())
            continue;
        byFact[factKey(f, f.entity)][f.article].append(i);
    }
    for (const auto &[fact, byArticle] : byFact) {
        QList<int> singles;
        for (const auto &[article, figures] : byArticle) {
            if (figures.size() == 1)
                singles.append(figures.first());
        }
        for (int i = 0; i < singles.size(); ++i) {
            for (int j = i + 1; j < singles.size(); ++j) {
                const Figure &fx = c.figures.at(singles.at(i)), &fy = c.figures.at(singles.at(j));
                if (fx.direction != fy.direction)
                    continue; // a rise and a fall are two moves, not one fact
                if (!Reconciler::agree(fx.value, fx.text, fy.value, fy.text))
                    out.add(Discrepancy::Kind::Figure, fact, aboutFigure(fx),
                            {itemOf(c, singles.at(i)), itemOf(c, singles.at(j))});
            }
        }
    }
}

// A figure discrepancy is about what most of its figures are about (the longer, then the
// first in alphabetical order of equally common ones): the first figure found would name it
// after whichever article stands first, and the name must not follow the order of the columns.
void nameByItsFigures(const Comparison &c, Discrepancy &d) {
    std::map<QString, std::pair<int, About>> named; // English words -> how many figures, about
    bool anyEntity = false;
    for (const Discrepancy::Item &item : std::as_const(d.items))
        anyEntity = anyEntity || (item.figure >= 0 && !c.figures.at(item.figure).entity.isEmpty());
    for (const Discrepancy::Item &item : std::as_const(d.items)) {
        if (item.figure < 0 || (anyEntity && c.figures.at(item.figure).entity.isEmpty()))
            continue;
        const About about = aboutFigure(c.figures.at(item.figure));
        auto &entry = named[factName(about)];
        ++entry.first;
        entry.second = about;
    }
    const std::pair<int, About> *best = nullptr;
    qsizetype bestLength = 0;
    for (const auto &[name, entry] : named) {
        if (!best || entry.first > best->first ||
            (entry.first == best->first && name.size() > bestLength)) {
            best = &entry;
            bestLength = name.size();
        }
    }
    if (best)
        d.about = best->second;
}

void reconcileConversions(const Comparison &c, Collector &out) {
    // Implied rates per currency pair, written as units of the second per one of the first
    // (codes in alphabetical order, so "$6m (£4.2m)" and "£4.2m ($6m)" read the same).
    struct Rate {
        int figure; // the converted figure
        double rate;
    };
    std::map<QString, QList<Rate>>
        rates; // ordered: the discrepancies come out in one order in every process
    for (int i = 0; i < c.figures.size(); ++i) {
        const Figure &to = c.figures.at(i);
        if (to.convertedFrom < 0)
            continue;
        const Figure &from = c.figures.at(to.convertedFrom);
        if (from.value <= 0 || to.value <= 0)
            continue;
        const bool ordered = from.unit < to.unit;
        const QString first = ordered ? from.unit : to.unit, second = ordered ? to.unit : from.unit;
        const double rate = ordered ? to.value / from.value : from.value / to.value;
        rates[first + u'/' + second].append({i, rate});
    }
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        const QString first = it->first.section(u'/', 0, 0), second = it->first.section(u'/', 1, 1);
        const QString pairName = first + QStringLiteral("→") + second;
        auto items = [&](int figure) {
            return QList<Discrepancy::Item>{itemOf(c, c.figures.at(figure).convertedFrom),
                                            itemOf(c, figure)};
        };
        // Orders of magnitude off, whatever the others say.
        QList<Rate> plausible;
        for (const Rate &r : it->second) {
            const double expected =
                magnitudePerDollar().value(second, 0) - magnitudePerDollar().value(first, 0);
            const bool known =
                magnitudePerDollar().contains(first) && magnitudePerDollar().contains(second);
            if (known && std::abs(std::log10(r.rate) - expected) >= 1.5) {
                out.add(Discrepancy::Kind::Conversion,
                        pairName + QStringLiteral("|magnitude|") + QString::number(r.figure),
                        aboutRates(About::Code::RateOffMagnitude, first, second, {r.rate}),
                        items(r.figure));
            } else {
                plausible.append(r);
            }
        }
        if (plausible.size() < 2)
            continue;
        QList<double> sorted;
        for (const Rate &r : std::as_const(plausible))
            sorted.append(r.rate);
        std::sort(sorted.begin(), sorted.end());
        const double median =
            sorted.size() % 2
                ? sorted.at(sorted.size() / 2)
                : (sorted.at(sorted.size() / 2 - 1) + sorted.at(sorted.size() / 2)) / 2;
        if (plausible.size() == 2) {
            if (std::abs(sorted.first() - sorted.last()) / sorted.last() >
                Reconciler::kRateTolerance) {
                QList<Discrepancy::Item> both =
                    items(plausible.at(0).figure) + items(plausible.at(1).figure);
                out.add(Discrepancy::Kind::Conversion, pairName,
                        aboutRates(About::Code::RatesDisagree, first, second,
                                   {plausible.at(0).rate, plausible.at(1).rate}),
                        both);
            }
            continue;
        }
        for (const Rate &r : std::as_const(plausible)) {
            if (std::abs(r.rate - median) / median > Reconciler::kRateTolerance)
                out.add(Discrepancy::Kind::Conversion, pairName + u'|' + rateText(r.rate),
                        aboutRates(About::Code::RateOffStory, first, second, {r.rate, median}),
                        items(r.figure));
        }
    }
}

void reconcileQuotes(const Comparison &c, Collector &out) {
    // Quotes joined by altered matches form one group: one discrepancy per group.
    const int n = int(c.quotes.size());
    std::vector<int> parent(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        parent[size_t(i)] = i;
    std::function<int(int)> find = [&](int x) {
        return parent[size_t(x)] == x ? x : parent[size_t(x)] = find(parent[size_t(x)]);
    };
    QSet<int> altered;
    for (int q = 0; q < n; ++q) {
        for (const QuoteMatch &m : c.quotes.at(q).matches) {
            if (m.quote < 0 || m.kind != QuoteMatch::Kind::Altered)
                continue;
            parent[size_t(find(q))] = find(m.quote);
            altered.insert(q);
        }
    }
    QHash<int, QList<int>> groups;
    for (int q = 0; q < n; ++q)
        groups[find(q)].append(q);
    QList<int> roots = groups.keys();
    std::sort(roots.begin(), roots.end());
    for (int root : std::as_const(roots)) {
        const QList<int> &members = groups.value(root);
        const bool hasAltered = std::any_of(members.cbegin(), members.cend(),
                                            [&](int q) { return altered.contains(q); });
        if (!hasAltered)
            continue;
        const QString speaker = QuoteExtractor::speakerOf(c, members);
        QList<Discrepancy::Item> items;
        for (int q : members)
            items.append(quoteItem(c, q));
        out.add(Discrepancy::Kind::Quote, QString::number(root),
                aboutQuote(About::Code::QuoteWorded, speaker), items);
    }
    if (c.articles.size() < 2)
        return;
    for (int q = 0; q < n; ++q) {
        const Quote &quote = c.quotes.at(q);
        if (quote.speakerName.isEmpty() || !quote.matches.isEmpty())
            continue;
        out.add(Discrepancy::Kind::UnmatchedQuote, QString::number(q),
                aboutQuote(About::Code::QuoteOneArticle, quote.speakerName), {quoteItem(c, q)});
    }
}

} // namespace

bool Reconciler::agree(double a, const QString &textA, double b, const QString &textB) {
    if (a == b)
        return true;
    if (a == 0 || b == 0 || (a < 0) != (b < 0))
        return false;
    // Round the more precise figure to the precision of the other, in the units written
    // ("$6.2m" -> 6 when the other says "$6m").
    const double scaleA = a / writtenNumber(a, textA), scaleB = b / writtenNumber(b, textB);
    const double unit = std::max(scaleA * std::pow(10.0, -decimalsOf(textA)),
                                 scaleB * std::pow(10.0, -decimalsOf(textB)));
    if (unit <= 0)
        return false;
    return std::llround(a / unit) == std::llround(b / unit);
}

QList<Discrepancy> Reconciler::reconcile(const Comparison &comparison) {
    Collector out;
    reconcileAligned(comparison, out);
    reconcileUnaligned(comparison, out);
    for (Discrepancy &d : out.list) {
        if (d.kind == Discrepancy::Kind::Figure || d.kind == Discrepancy::Kind::Qualifier)
            nameByItsFigures(comparison, d);
    }
    reconcileConversions(comparison, out);
    reconcileQuotes(comparison, out);
    for (Discrepancy &d : out.list) {
        std::sort(d.items.begin(), d.items.end(),
                  [](const Discrepancy::Item &x, const Discrepancy::Item &y) {
                      return std::tie(x.article, x.range.start) <
                             std::tie(y.article, y.range.start);
                  });
    }
    return out.list;
}

} // namespace Parallax
