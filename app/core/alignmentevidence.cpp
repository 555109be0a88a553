// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alignmentevidence.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <vector>

namespace Parallax {

namespace {

// Both sides must carry at least this share of the other's weighted content to be the
// same content told in other words; below it one side adds or drops a clause.
constexpr double kSameContent = 0.55;

// A token of one side of a group, with its key id.
struct SideToken {
    const Token *token;
    int id;
};

QList<SideToken> tokensOf(const QList<SentenceKeys> &side, const QList<int> &members) {
    QList<SideToken> out;
    for (int m : members) {
        const SentenceKeys &k = side.at(m);
        for (qsizetype t = 0; t < k.tokens.size() && size_t(t) < k.ids.size(); ++t)
            out.append({&k.tokens.at(t), k.ids[size_t(t)]});
    }
    return out;
}

bool contains(const std::vector<int> &sorted, int id) {
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

// Significant digits of a value as written in a key ("6e+06" has 1, "17600" has 3).
int significantDigits(double v) {
    const QString e = QString::number(std::abs(v), 'e', 11);
    QString mantissa = e.left(e.indexOf(QLatin1Char('e')));
    mantissa.remove(QLatin1Char('.'));
    while (mantissa.size() > 1 && mantissa.endsWith(QLatin1Char('0')))
        mantissa.chop(1);
    return int(mantissa.size());
}

double roundToDigits(double v, int digits) {
    if (v == 0.0)
        return 0.0;
    const double magnitude = std::floor(std::log10(std::abs(v)));
    const double step = std::pow(10.0, magnitude - digits + 1);
    return std::round(v / step) * step;
}

// Figures of one side that stand for a figure of the other side within rounding, as
// (id, partner id). Keys equal on both sides are left to the plain intersection. A sentence
// with more unmatched figures than this is a table or hostile input, not prose: the pairwise
// check is skipped there so that the work stays linear.
constexpr size_t kMostFigures = 64;

std::map<int, int> matchFigures(const std::vector<int> &mine, const std::vector<int> &theirs,
                                const KeyWeights &w) {
    auto unmatchedFigures = [&](const std::vector<int> &side, const std::vector<int> &other) {
        std::vector<int> out;
        for (int id : side) {
            if (w.kind(id) == Token::Kind::Number && w.key(id).startsWith(QLatin1Char('#')) &&
                !contains(other, id))
                out.push_back(id);
        }
        return out;
    };
    std::map<int, int> found;
    const std::vector<int> x = unmatchedFigures(mine, theirs), y = unmatchedFigures(theirs, mine);
    if (x.empty() || y.empty() || x.size() > kMostFigures || y.size() > kMostFigures)
        return found;
    for (int id : x) {
        for (int other : y) {
            if (AlignmentEvidence::sameFigure(w.key(id), w.key(other))) {
                found.emplace(id, other);
                break;
            }
        }
    }
    return found;
}

// At most this many items per list of a basis: it is shown to a reader.
constexpr qsizetype kMostItems = 32;

// The first token of each key id on one side, and the distinct written forms of the keys
// the lexicon joined ("fell", "dropped"), a few each: the counterparts of a's tokens.
struct Counterparts {
    std::map<int, const Token *> first;
    std::map<int, std::vector<const Token *>> forms;

    explicit Counterparts(const QList<SideToken> &side) {
        for (const SideToken &t : side) {
            first.emplace(t.id, t.token);
            if (t.token->form.isEmpty())
                continue;
            std::vector<const Token *> &list = forms[t.id];
            if (list.size() < 8 && std::none_of(list.begin(), list.end(), [&](const Token *u) {
                    return u->form == t.token->form;
                }))
                list.push_back(t.token);
        }
    }
    const Token *of(int id) const {
        const auto it = first.find(id);
        return it == first.end() ? nullptr : it->second;
    }
    const Token *otherForm(int id, const QString &form) const {
        const auto it = forms.find(id);
        if (it == forms.end())
            return nullptr;
        for (const Token *u : it->second) {
            if (u->form != form)
                return u;
        }
        return nullptr;
    }
};

// What one side carries that the other lacks: names and figures, in text order, each once,
// with the unit of each figure (for pairing changed figures).
void collectDifferences(const QList<SideToken> &side, const std::vector<int> &found, bool sideA,
                        const KeyWeights &w, QList<AlignmentBasis::Item> *out,
                        QList<std::pair<QString, double>> *units) {
    std::set<int> seen;
    for (const SideToken &t : side) {
        if (qsizetype(seen.size()) >= kMostItems)
            break;
        const bool figure =
            t.token->kind == Token::Kind::Number && t.token->key.startsWith(QLatin1Char('#'));
        const bool name = t.token->kind == Token::Kind::Name;
        if ((!figure && !name) || contains(found, t.id) || !seen.insert(t.id).second)
            continue;
        AlignmentBasis::Item item{
            figure ? AlignmentBasis::Code::Figure : AlignmentBasis::Code::Name, {}, {}};
        (sideA ? item.a : item.b) = t.token->range;
        out->append(item);
        double value = 0.0;
        QString unit;
        if (figure && AlignmentEvidence::parseFigure(w.key(t.id), &value, &unit))
            units->append({unit, value});
        else
            units->append({QString(), 0.0});
    }
}

// A figure only in a and a figure only in b with the same unit are one changed figure: the
// closest in value first ("943,000 jobs" and "1 million jobs", not the sentence's other
// count "235,000"), ties by position.
void pairChangedFigures(QList<AlignmentBasis::Item> *differs,
                        QList<std::pair<QString, double>> *units) {
    auto onlyIn = [&](qsizetype i, bool sideA) {
        const AlignmentBasis::Item &item = differs->at(i);
        return item.code == AlignmentBasis::Code::Figure && bool(item.a) == sideA &&
               bool(item.b) != sideA;
    };
    auto distance = [](double x, double y) {
        if (x <= 0.0 || y <= 0.0)
            return std::abs(x - y);
        return std::abs(std::log(x / y));
    };
    std::vector<std::tuple<double, qsizetype, qsizetype>> candidates;
    for (qsizetype i = 0; i < differs->size(); ++i) {
        for (qsizetype j = 0; onlyIn(i, true) && j < differs->size(); ++j) {
            if (onlyIn(j, false) && units->at(j).first == units->at(i).first)
                candidates.emplace_back(distance(units->at(i).second, units->at(j).second), i, j);
        }
    }
    std::sort(candidates.begin(), candidates.end());
    std::vector<bool> taken(size_t(differs->size()), false);
    std::vector<qsizetype> merged;
    for (const auto &[d, i, j] : candidates) {
        if (taken[size_t(i)] || taken[size_t(j)])
            continue;
        taken[size_t(i)] = taken[size_t(j)] = true;
        (*differs)[i].b = differs->at(j).b;
        merged.push_back(j);
    }
    std::sort(merged.begin(), merged.end(), std::greater<>());
    for (qsizetype j : merged) {
        differs->removeAt(j);
        units->removeAt(j);
    }
}

// A key that is a plain word stem (not a name, figure, stop word or lexicon group).
bool plainWord(int id, const KeyWeights &w) {
    const QString &key = w.key(id);
    return w.kind(id) == Token::Kind::Word && !key.startsWith(QLatin1Char('~')) &&
           !key.startsWith(QLatin1Char('#'));
}

// Words of each side the other lacks that WordNet lists as synonyms, each word used once:
// pairs of (id in a, id in b), in the order of a's ids.
std::vector<std::pair<int, int>> synonymPairs(const std::vector<int> &contentA,
                                              const std::vector<int> &foundA,
                                              const std::vector<int> &contentB,
                                              const std::vector<int> &foundB, const KeyWeights &w) {
    std::vector<std::pair<int, int>> pairs;
    std::set<int> used;
    for (int x : contentA) {
        if (contains(foundA, x) || !plainWord(x, w))
            continue;
        for (int y : w.synonymsOf(x)) {
            if (!contains(contentB, y) || contains(foundB, y) || !plainWord(y, w) ||
                used.count(y) > 0)
                continue;
            pairs.push_back({x, y});
            used.insert(y);
            break;
        }
    }
    return pairs;
}

double weightOf(const std::vector<int> &ids, const KeyWeights &w) {
    double total = 0.0;
    for (int id : ids)
        total += w.weight(id);
    return total;
}

// Words in a run told alike, and how many of them must carry content.
constexpr int kClauseWords = 5;
constexpr int kClauseContentWords = 2;

// The figures and names a's tokens share with b, and the word pairs the lexicon or WordNet
// joined, in a's order, each key once.
void listShared(const QList<SideToken> &tokensA, const QList<SideToken> &tokensB,
                const std::vector<int> &foundA, const std::map<int, int> &figures,
                const std::vector<std::pair<int, int>> &synonyms,
                QList<AlignmentBasis::Item> *shared) {
    const Counterparts inB(tokensB);
    std::set<int> listed;
    for (const SideToken &t : tokensA) {
        if (shared->size() >= kMostItems)
            break;
        if (!contains(foundA, t.id) || listed.count(t.id) > 0)
            continue;
        AlignmentBasis::Code code;
        const Token *other = nullptr;
        const auto figure = figures.find(t.id);
        const auto synonym = std::find_if(synonyms.begin(), synonyms.end(),
                                          [&](const auto &p) { return p.first == t.id; });
        if (t.token->kind == Token::Kind::Number && t.token->key.startsWith(QLatin1Char('#'))) {
            code = AlignmentBasis::Code::Figure;
            other = inB.of(figure != figures.end() ? figure->second : t.id);
        } else if (t.token->kind == Token::Kind::Name &&
                   !t.token->key.startsWith(QLatin1Char('~'))) {
            code = AlignmentBasis::Code::Name;
            other = inB.of(t.id);
        } else if (synonym != synonyms.end()) {
            code = AlignmentBasis::Code::Synonym;
            other = inB.of(synonym->second);
        } else if (!t.token->form.isEmpty()) {
            code = AlignmentBasis::Code::Synonym;
            other = inB.otherForm(t.id, t.token->form);
        } else {
            continue;
        }
        if (!other)
            continue;
        listed.insert(t.id);
        shared->append({code, t.token->range, other->range});
    }
}

} // namespace

AlignmentEvidence::Run AlignmentEvidence::sharedClause(const SentenceKeys &x, const SentenceKeys &y,
                                                       const KeyWeights &w) {
    Run best;
    const int nx = int(x.ids.size()), ny = int(y.ids.size());
    if (nx < kClauseWords || ny < kClauseWords)
        return best;
    // Every run of kClauseWords keys of x, sorted, so that each of y's is found by binary
    // search: n log n however long the sentences are.
    using Gram = std::array<int, kClauseWords>;
    auto gramAt = [](const std::vector<int> &ids, int start) {
        Gram g;
        std::copy_n(ids.begin() + start, kClauseWords, g.begin());
        return g;
    };
    std::vector<std::pair<Gram, int>> grams;
    grams.reserve(size_t(nx - kClauseWords + 1));
    for (int i = 0; i + kClauseWords <= nx; ++i)
        grams.push_back({gramAt(x.ids, i), i});
    std::sort(grams.begin(), grams.end());
    for (int j = 0; j + kClauseWords <= ny; ++j) {
        if (j > 0 && best.length > 0 && j < best.y + best.length)
            continue; // inside the run found already
        const Gram g = gramAt(y.ids, j);
        const auto it = std::lower_bound(grams.begin(), grams.end(), std::make_pair(g, -1));
        if (it == grams.end() || it->first != g)
            continue;
        int length = kClauseWords;
        while (it->second + length < nx && j + length < ny &&
               x.ids[size_t(it->second + length)] == y.ids[size_t(j + length)])
            ++length;
        int content = 0;
        for (int k = 0; k < length; ++k)
            content += w.kind(y.ids[size_t(j + k)]) != Token::Kind::StopWord ? 1 : 0;
        if (content >= kClauseContentWords && length > best.length)
            best = {it->second, j, length};
    }
    return best;
}

std::vector<std::pair<int, int>>
AlignmentEvidence::sharedWords(const SentenceKeys &x, const SentenceKeys &y, const KeyWeights &w) {
    std::vector<int> found;
    std::set_intersection(x.content.begin(), x.content.end(), y.content.begin(), y.content.end(),
                          std::back_inserter(found));
    std::vector<std::pair<int, int>> out;
    for (int id : found)
        out.push_back({id, id});
    for (const auto &pair : synonymPairs(x.content, found, y.content, found, w))
        out.push_back(pair);
    return out;
}

bool AlignmentEvidence::parseFigure(const QString &key, double *value, QString *unit) {
    if (!key.startsWith(QLatin1Char('#')))
        return false;
    qsizetype i = 1;
    while (i < key.size() &&
           (key.at(i).isDigit() || key.at(i) == QLatin1Char('.') || key.at(i) == QLatin1Char('e') ||
            key.at(i) == QLatin1Char('+') || key.at(i) == QLatin1Char('-')))
        ++i;
    bool ok = false;
    *value = key.mid(1, i - 1).toDouble(&ok);
    *unit = key.mid(i);
    return ok && std::isfinite(*value);
}

bool AlignmentEvidence::sameFigure(const QString &x, const QString &y) {
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

double AlignmentEvidence::sharedWeight(const SentenceKeys &x, const SentenceKeys &y,
                                       const KeyWeights &w) {
    std::vector<int> foundX, foundY;
    std::set_intersection(x.content.begin(), x.content.end(), y.content.begin(), y.content.end(),
                          std::back_inserter(foundX));
    double shared = weightOf(foundX, w);
    foundY = foundX;
    for (const auto &[id, partner] : matchFigures(x.content, y.content, w)) {
        shared += w.weight(id);
        foundX.push_back(id);
        foundY.push_back(partner);
    }
    std::sort(foundX.begin(), foundX.end());
    std::sort(foundY.begin(), foundY.end());
    for (const auto &[a, b] : synonymPairs(x.content, foundX, y.content, foundY, w))
        shared += std::min(w.weight(a), w.weight(b));
    return shared;
}

AlignmentEvidence::Verdict AlignmentEvidence::judge(const QList<SentenceKeys> &sideA,
                                                    const QList<int> &a,
                                                    const QList<SentenceKeys> &sideB,
                                                    const QList<int> &b, const KeyWeights &w) {
    Verdict v;
    const QList<SideToken> tokensA = tokensOf(sideA, a), tokensB = tokensOf(sideB, b);
    const std::vector<int> contentA = SentenceKeys::contentOf(sideA, a),
                           contentB = SentenceKeys::contentOf(sideB, b);

    // 1. What each side finds in the other: the same keys, and figures equal within rounding.
    std::vector<int> foundA, foundB;
    std::set_intersection(contentA.begin(), contentA.end(), contentB.begin(), contentB.end(),
                          std::back_inserter(foundA));
    foundB = foundA;
    const std::map<int, int> figures = matchFigures(contentA, contentB, w);
    for (const auto &[id, partner] : figures) {
        foundA.push_back(id);
        foundB.push_back(partner);
    }
    std::sort(foundA.begin(), foundA.end());
    std::sort(foundB.begin(), foundB.end());
    // Other words for the same thing count as found ("lawyers" ~ "attorneys").
    const std::vector<std::pair<int, int>> synonyms =
        synonymPairs(contentA, foundA, contentB, foundB, w);
    for (const auto &[x, y] : synonyms) {
        foundA.push_back(x);
        foundB.push_back(y);
    }
    std::sort(foundA.begin(), foundA.end());
    std::sort(foundB.begin(), foundB.end());
    const double weightA = weightOf(contentA, w), weightB = weightOf(contentB, w);
    v.basis.coverageA = weightA > 0 ? weightOf(foundA, w) / weightA : 0.0;
    v.basis.coverageB = weightB > 0 ? weightOf(foundB, w) / weightB : 0.0;

    // 2. Shared figures and names, and the word pairs the lexicon or WordNet joined, in a's
    //    order, each key once.
    listShared(tokensA, tokensB, foundA, figures, synonyms, &v.basis.shared);

    // 3. Names and figures only one side carries; a figure on each side is a changed figure.
    QList<std::pair<QString, double>> units;
    collectDifferences(tokensA, foundA, true, w, &v.basis.differs, &units);
    collectDifferences(tokensB, foundB, false, w, &v.basis.differs, &units);
    pairChangedFigures(&v.basis.differs, &units);

    // 4. The kind.
    // A figure that changed or that only one side gives is a difference in what is reported.
    const bool figureDiffers = std::any_of(
        v.basis.differs.cbegin(), v.basis.differs.cend(),
        [](const AlignmentBasis::Item &d) { return d.code == AlignmentBasis::Code::Figure; });
    const bool sameContent = std::min(v.basis.coverageA, v.basis.coverageB) >= kSameContent;
    v.kind = sameContent && !figureDiffers ? AlignmentKind::Reworded : AlignmentKind::Partial;
    return v;
}

} // namespace Parallax
