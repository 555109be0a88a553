// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alignmentevidence.h"

#include <algorithm>
#include <cmath>

namespace Parallax {

namespace {

// Both sides must carry at least this share of the other's weighted content to be the
// same content told in other words; below it one side adds or drops a clause.
constexpr double kSameContent = 0.55;

// A token of one side of a group, with its key id.
struct SideToken
{
    const Token *token;
    int id;
};

QList<SideToken> tokensOf(const QList<SentenceKeys> &side, const QList<int> &members)
{
    QList<SideToken> out;
    for (int m : members) {
        const SentenceKeys &k = side.at(m);
        for (qsizetype t = 0; t < k.tokens.size() && size_t(t) < k.ids.size(); ++t)
            out.append({&k.tokens.at(t), k.ids[size_t(t)]});
    }
    return out;
}

std::vector<int> contentOf(const QList<SentenceKeys> &side, const QList<int> &members)
{
    std::vector<int> ids;
    for (int m : members)
        ids.insert(ids.end(), side.at(m).content.begin(), side.at(m).content.end());
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool contains(const std::vector<int> &sorted, int id)
{
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

bool parseFigure(const QString &key, double *value, QString *unit)
{
    if (!key.startsWith(QLatin1Char('#')))
        return false;
    qsizetype i = 1;
    while (i < key.size() && (key.at(i).isDigit() || key.at(i) == QLatin1Char('.') || key.at(i) == QLatin1Char('e') ||
                              key.at(i) == QLatin1Char('+') || key.at(i) == QLatin1Char('-')))
        ++i;
    bool ok = false;
    *value = key.mid(1, i - 1).toDouble(&ok);
    *unit = key.mid(i);
    return ok && std::isfinite(*value);
}

// Significant digits of a value as written in a key ("6e+06" has 1, "17600" has 3).
int significantDigits(double v)
{
    const QString e = QString::number(std::abs(v), 'e', 11);
    QString mantissa = e.left(e.indexOf(QLatin1Char('e')));
    mantissa.remove(QLatin1Char('.'));
    while (mantissa.size() > 1 && mantissa.endsWith(QLatin1Char('0')))
        mantissa.chop(1);
    return int(mantissa.size());
}

double roundToDigits(double v, int digits)
{
    if (v == 0.0)
        return 0.0;
    const double magnitude = std::floor(std::log10(std::abs(v)));
    const double step = std::pow(10.0, magnitude - digits + 1);
    return std::round(v / step) * step;
}

// Ids of one side's figures that stand for a figure of the other side within rounding.
void matchFigures(const std::vector<int> &mine, const std::vector<int> &theirs, const KeyWeights &w,
                  std::vector<int> *found)
{
    for (int id : mine) {
        if (w.kind(id) != Token::Kind::Number || contains(theirs, id))
            continue;
        for (int other : theirs) {
            if (w.kind(other) == Token::Kind::Number && AlignmentEvidence::sameFigure(w.key(id), w.key(other))) {
                found->push_back(id);
                break;
            }
        }
    }
}

// The first token of `side` whose id is `id` or, for a figure, the same within rounding.
const Token *counterpart(const QList<SideToken> &side, int id, const KeyWeights &w)
{
    for (const SideToken &t : side) {
        if (t.id == id)
            return t.token;
    }
    if (w.kind(id) != Token::Kind::Number)
        return nullptr;
    for (const SideToken &t : side) {
        if (t.token->kind == Token::Kind::Number && AlignmentEvidence::sameFigure(w.key(id), w.key(t.id)))
            return t.token;
    }
    return nullptr;
}

// What one side carries that the other lacks: names and figures, in text order, each once.
void collectDifferences(const QList<SideToken> &side, const std::vector<int> &found, bool sideA,
                        QList<AlignmentBasis::Item> *out)
{
    std::vector<int> seen;
    for (const SideToken &t : side) {
        const bool figure = t.token->kind == Token::Kind::Number && t.token->key.startsWith(QLatin1Char('#'));
        const bool name = t.token->kind == Token::Kind::Name;
        if ((!figure && !name) || contains(found, t.id) || std::find(seen.begin(), seen.end(), t.id) != seen.end())
            continue;
        seen.push_back(t.id);
        AlignmentBasis::Item item{figure ? AlignmentBasis::Code::Figure : AlignmentBasis::Code::Name, {}, {}};
        (sideA ? item.a : item.b) = t.token->range;
        out->append(item);
    }
}

// A figure only in a and a figure only in b with the same unit are one changed figure.
void pairChangedFigures(QList<AlignmentBasis::Item> *differs, const KeyWeights &w,
                        const QList<SideToken> &tokensA, const QList<SideToken> &tokensB)
{
    auto unitOf = [&](const QList<SideToken> &side, const TextRange &range) {
        for (const SideToken &t : side) {
            if (t.token->range == range) {
                double v = 0.0;
                QString unit;
                return parseFigure(w.key(t.id), &v, &unit) ? unit : QString();
            }
        }
        return QString();
    };
    for (qsizetype i = 0; i < differs->size(); ++i) {
        AlignmentBasis::Item &x = (*differs)[i];
        if (x.code != AlignmentBasis::Code::Figure || !x.a || x.b)
            continue;
        const QString unit = unitOf(tokensA, *x.a);
        for (qsizetype j = 0; j < differs->size(); ++j) {
            const AlignmentBasis::Item &y = differs->at(j);
            if (y.code != AlignmentBasis::Code::Figure || y.a || !y.b || unitOf(tokensB, *y.b) != unit)
                continue;
            x.b = y.b;
            differs->removeAt(j);
            if (j < i)
                --i;
            break;
        }
    }
}

// A key that is a plain word stem (not a name, figure, stop word or lexicon group).
bool plainWord(int id, const KeyWeights &w)
{
    const QString &key = w.key(id);
    return w.kind(id) == Token::Kind::Word && !key.startsWith(QLatin1Char('~')) && !key.startsWith(QLatin1Char('#'));
}

// Words of each side the other lacks that WordNet lists as synonyms, each word used once:
// pairs of (id in a, id in b), in the order of a's ids.
std::vector<std::pair<int, int>> synonymPairs(const std::vector<int> &contentA, const std::vector<int> &foundA,
                                              const std::vector<int> &contentB, const std::vector<int> &foundB,
                                              const KeyWeights &w)
{
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> used;
    for (int x : contentA) {
        if (contains(foundA, x) || !plainWord(x, w))
            continue;
        const std::vector<int> &synonyms = w.synonymsOf(x);
        if (synonyms.empty())
            continue;
        for (int y : contentB) {
            if (contains(foundB, y) || !plainWord(y, w) || std::find(used.begin(), used.end(), y) != used.end())
                continue;
            if (contains(synonyms, y)) {
                pairs.push_back({x, y});
                used.push_back(y);
                break;
            }
        }
    }
    return pairs;
}

double weightOf(const std::vector<int> &ids, const KeyWeights &w)
{
    double total = 0.0;
    for (int id : ids)
        total += w.weight(id);
    return total;
}

} // namespace

bool AlignmentEvidence::sameFigure(const QString &x, const QString &y)
{
    if (x == y)
        return true;
    double vx = 0.0, vy = 0.0;
    QString ux, uy;
    if (!parseFigure(x, &vx, &ux) || !parseFigure(y, &vy, &uy) || ux != uy)
        return false;
    const int digits = std::min(significantDigits(vx), significantDigits(vy));
    const double rx = roundToDigits(vx, digits), ry = roundToDigits(vy, digits);
    return std::abs(rx - ry) <= 1e-9 * std::max(std::abs(rx), std::abs(ry));
}

double AlignmentEvidence::sharedWeight(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w)
{
    std::vector<int> foundX, foundY;
    std::set_intersection(x.content.begin(), x.content.end(), y.content.begin(), y.content.end(),
                          std::back_inserter(foundX));
    double shared = weightOf(foundX, w);
    foundY = foundX;
    matchFigures(x.content, y.content, w, &foundX);
    std::sort(foundX.begin(), foundX.end());
    for (int id : foundX) {
        if (!contains(foundY, id))
            shared += w.weight(id);
    }
    for (const auto &[a, b] : synonymPairs(x.content, foundX, y.content, foundY, w))
        shared += std::min(w.weight(a), w.weight(b));
    return shared;
}

AlignmentEvidence::Verdict AlignmentEvidence::judge(const QList<SentenceKeys> &sideA, const QList<int> &a,
                                                    const QList<SentenceKeys> &sideB, const QList<int> &b,
                                                    const KeyWeights &w)
{
    Verdict v;
    const QList<SideToken> tokensA = tokensOf(sideA, a), tokensB = tokensOf(sideB, b);
    const std::vector<int> contentA = contentOf(sideA, a), contentB = contentOf(sideB, b);

    // 1. What each side finds in the other: the same keys, and figures equal within rounding.
    std::vector<int> foundA, foundB;
    std::set_intersection(contentA.begin(), contentA.end(), contentB.begin(), contentB.end(),
                          std::back_inserter(foundA));
    foundB = foundA;
    matchFigures(contentA, contentB, w, &foundA);
    matchFigures(contentB, contentA, w, &foundB);
    std::sort(foundA.begin(), foundA.end());
    std::sort(foundB.begin(), foundB.end());
    // Other words for the same thing count as found ("lawyers" ~ "attorneys").
    const std::vector<std::pair<int, int>> synonyms = synonymPairs(contentA, foundA, contentB, foundB, w);
    for (const auto &[x, y] : synonyms) {
        foundA.push_back(x);
        foundB.push_back(y);
    }
    std::sort(foundA.begin(), foundA.end());
    std::sort(foundB.begin(), foundB.end());
    const double weightA = weightOf(contentA, w), weightB = weightOf(contentB, w);
    v.basis.coverageA = weightA > 0 ? weightOf(foundA, w) / weightA : 0.0;
    v.basis.coverageB = weightB > 0 ? weightOf(foundB, w) / weightB : 0.0;

    // 2. Shared figures and names, and the word pairs the lexicon joined, in a's order.
    std::vector<int> listed;
    for (const SideToken &t : tokensA) {
        if (!contains(foundA, t.id) || std::find(listed.begin(), listed.end(), t.id) != listed.end())
            continue;
        AlignmentBasis::Code code;
        const Token *other = nullptr;
        if (t.token->kind == Token::Kind::Number && t.token->key.startsWith(QLatin1Char('#'))) {
            code = AlignmentBasis::Code::Figure;
            other = counterpart(tokensB, t.id, w);
        } else if (t.token->kind == Token::Kind::Name && !t.token->key.startsWith(QLatin1Char('~'))) {
            code = AlignmentBasis::Code::Name;
            other = counterpart(tokensB, t.id, w);
        } else if (const auto pair = std::find_if(synonyms.begin(), synonyms.end(), [&](const auto &p) { return p.first == t.id; });
                   pair != synonyms.end()) {
            code = AlignmentBasis::Code::Synonym;
            other = counterpart(tokensB, pair->second, w);
        } else if (!t.token->form.isEmpty()) {
            code = AlignmentBasis::Code::Synonym;
            for (const SideToken &u : tokensB) {
                if (u.id == t.id && !u.token->form.isEmpty() && u.token->form != t.token->form) {
                    other = u.token;
                    break;
                }
            }
        } else {
            continue;
        }
        if (!other)
            continue;
        listed.push_back(t.id);
        v.basis.shared.append({code, t.token->range, other->range});
    }

    // 3. Names and figures only one side carries; a figure on each side is a changed figure.
    collectDifferences(tokensA, foundA, true, &v.basis.differs);
    collectDifferences(tokensB, foundB, false, &v.basis.differs);
    pairChangedFigures(&v.basis.differs, w, tokensA, tokensB);

    // 4. The kind.
    // A figure that changed or that only one side gives is a difference in what is reported.
    const bool figureDiffers = std::any_of(v.basis.differs.cbegin(), v.basis.differs.cend(),
                                           [](const AlignmentBasis::Item &d) { return d.code == AlignmentBasis::Code::Figure; });
    const bool sameContent = std::min(v.basis.coverageA, v.basis.coverageB) >= kSameContent;
    v.kind = sameContent && !figureDiffers ? AlignmentKind::Reworded : AlignmentKind::Partial;
    return v;
}

} // namespace Parallax
