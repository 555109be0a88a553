// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignmentevaluation.h"

#include "core/comparer.h"
#include "core/comparisonjson.h"
#include "importers/textimporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <set>
#include <tuple>

namespace Parallax {

namespace {

std::optional<Article> load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return std::nullopt;
    }
    TextImporter importer;
    ImportResult r = importer.parse(f.readAll(), path);
    if (!r.ok()) {
        *error = path + QStringLiteral(": ") + r.error;
        return std::nullopt;
    }
    return r.article;
}

QString norm(const QString &s)
{
    return s.simplified();
}

// A gold pair of sentences, articles by index (x < y), sentences by text.
struct GoldPair
{
    int x = 0;
    QString textX;
    int y = 1;
    QString textY;
    QString kind;
};

// A sentence pair of the comparison: article, sentence, other article, sentence (x < y).
using SentencePair = std::tuple<int, int, int, int>;

// The articles of a case: a.txt and b.txt, or a story's list of files.
QStringList articleFiles(const QJsonObject &gold)
{
    QStringList files;
    for (const QJsonValue &v : gold.value(QStringLiteral("articles")).toArray())
        files.append(v.toString());
    return files.isEmpty() ? QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")} : files;
}

// Index of an article by its letter ("a" for a.txt), or -1.
int articleOf(const QString &letter, const QStringList &files)
{
    return int(files.indexOf(letter + QStringLiteral(".txt")));
}

// Gold pairs: [textA, textB, kind] for two articles, [x, textX, y, textY, kind] for a story.
QList<GoldPair> goldPairs(const QJsonObject &gold, const QStringList &files)
{
    QList<GoldPair> out;
    for (const QJsonValue &v : gold.value(QStringLiteral("pairs")).toArray()) {
        const QJsonArray p = v.toArray();
        GoldPair g;
        if (p.size() == 3) {
            g = {0, norm(p.at(0).toString()), 1, norm(p.at(1).toString()), p.at(2).toString()};
        } else {
            g = {articleOf(p.at(0).toString(), files), norm(p.at(1).toString()),
                 articleOf(p.at(2).toString(), files), norm(p.at(3).toString()), p.at(4).toString()};
        }
        if (g.x > g.y) {
            std::swap(g.x, g.y);
            std::swap(g.textX, g.textY);
        }
        out.append(g);
    }
    return out;
}

// Pairs of articles that are independent coverage: a story lists them; a two-article case
// says "independent": true.
QSet<QPair<int, int>> independentArticles(const QJsonObject &gold, const QStringList &files)
{
    QSet<QPair<int, int>> out;
    if (gold.value(QStringLiteral("independent")).toBool())
        out.insert({0, 1});
    for (const QJsonValue &v : gold.value(QStringLiteral("independent")).toArray()) {
        const int x = articleOf(v.toArray().at(0).toString(), files), y = articleOf(v.toArray().at(1).toString(), files);
        out.insert({std::min(x, y), std::max(x, y)});
    }
    return out;
}

// Gold sentences only in their article: unique_a / unique_b, or a story's "unique" by letter.
QList<QPair<int, QString>> goldUnique(const QJsonObject &gold, const QStringList &files)
{
    QList<QPair<int, QString>> out;
    for (const QJsonValue &v : gold.value(QStringLiteral("unique_a")).toArray())
        out.append({0, norm(v.toString())});
    for (const QJsonValue &v : gold.value(QStringLiteral("unique_b")).toArray())
        out.append({1, norm(v.toString())});
    const QJsonObject byLetter = gold.value(QStringLiteral("unique")).toObject();
    for (auto it = byLetter.begin(); it != byLetter.end(); ++it) {
        for (const QJsonValue &v : it.value().toArray())
            out.append({articleOf(it.key(), files), norm(v.toString())});
    }
    return out;
}

// The engine's sentence pairs and their kinds, over every pair of articles.
QMap<SentencePair, QString> predictedPairs(const Comparison &c)
{
    QMap<SentencePair, QString> out;
    for (const PairComparison &pair : c.pairs) {
        for (const Alignment &al : pair.alignments) {
            for (int i : al.a) {
                for (int j : al.b)
                    out.insert({pair.a, i, pair.b, j}, ComparisonJson::kindName(al.kind));
            }
        }
    }
    return out;
}

void add(AlignmentEvaluation::Counts &to, const AlignmentEvaluation::Counts &from)
{
    to.gold += from.gold;
    to.found += from.found;
    to.predicted += from.predicted;
    to.correct += from.correct;
}

} // namespace

AlignmentEvaluation::Result AlignmentEvaluation::evaluate(const QString &folder, QString *error)
{
    Result result;
    const QDir dir(folder);
    result.name = dir.dirName();
    QFile goldFile(dir.filePath(QStringLiteral("gold.json")));
    if (!goldFile.open(QIODevice::ReadOnly)) {
        *error = goldFile.fileName() + QStringLiteral(": cannot be read");
        return result;
    }
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    const QStringList files = articleFiles(gold);
    QList<Article> articles;
    for (const QString &file : files) {
        const auto article = load(dir.filePath(file), error);
        if (!article)
            return result;
        articles.append(*article);
    }

    const Comparison c = Comparer::compare(articles);
    // Sentence text -> indices per article (a text can occur more than once).
    QList<QHash<QString, QList<int>>> index(c.articles.size());
    for (int x = 0; x < c.articles.size(); ++x) {
        for (int i = 0; i < c.articles.at(x).sentences.size(); ++i)
            index[x][norm(c.articles.at(x).textOf(c.articles.at(x).sentences.at(i).range))].append(i);
    }
    auto sentencesOf = [&](int x, const QString &text) {
        const QList<int> found = x >= 0 && x < index.size() ? index.at(x).value(text) : QList<int>();
        if (found.isEmpty())
            result.missingSentences.append(text);
        return found;
    };
    const QSet<QPair<int, int>> independent = independentArticles(gold, files);
    const QMap<SentencePair, QString> predicted = predictedPairs(c);

    std::set<SentencePair> goldSet;
    for (const GoldPair &g : goldPairs(gold, files)) {
        const bool apart = independent.contains({g.x, g.y});
        bool found = false;
        for (int i : sentencesOf(g.x, g.textX)) {
            for (int j : sentencesOf(g.y, g.textY)) {
                goldSet.insert({g.x, i, g.y, j});
                found = found || predicted.contains({g.x, i, g.y, j});
            }
        }
        if (!found)
            result.missed.append(QStringLiteral("%1 %2/%3 | %4 | %5").arg(result.name, files.value(g.x), files.value(g.y), g.textX, g.textY) + QStringLiteral(" [") + g.kind + QLatin1Char(']'));
        const Counts one{1, int(found), 0, 0};
        add(result.byKind[g.kind], one);
        add(result.all, one);
        if (apart) {
            add(result.independentByKind[g.kind], one);
            add(result.independent, one);
        }
    }
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it) {
        const Counts one{0, 0, 1, int(goldSet.count(it.key()))};
        if (!one.correct) {
            const auto [x, i, y, j] = it.key();
            result.spurious.append(QStringLiteral("%1 %2/%3 | %4 | %5 [%6]").arg(result.name, files.value(x), files.value(y), norm(c.articles.at(x).textOf(c.articles.at(x).sentences.at(i).range)), norm(c.articles.at(y).textOf(c.articles.at(y).sentences.at(j).range)), it.value()));
        }
        add(result.byKind[it.value()], one);
        add(result.all, one);
        if (independent.contains({std::get<0>(it.key()), std::get<2>(it.key())})) {
            add(result.independentByKind[it.value()], one);
            add(result.independent, one);
        }
    }
    for (const auto &[x, text] : goldUnique(gold, files)) {
        ++result.goldUnique;
        const QList<int> idx = sentencesOf(x, text);
        if (!idx.isEmpty() && c.articles.at(x).sentences.at(idx.first()).links.isEmpty())
            ++result.uniqueFound;
    }
    return result;
}

AlignmentEvaluation::Result AlignmentEvaluation::sum(const QList<Result> &results, const QString &name)
{
    Result total;
    total.name = name;
    for (const Result &r : results) {
        for (auto it = r.byKind.cbegin(); it != r.byKind.cend(); ++it)
            add(total.byKind[it.key()], it.value());
        add(total.all, r.all);
        for (auto it = r.independentByKind.cbegin(); it != r.independentByKind.cend(); ++it)
            add(total.independentByKind[it.key()], it.value());
        add(total.independent, r.independent);
        total.goldUnique += r.goldUnique;
        total.uniqueFound += r.uniqueFound;
        total.missingSentences += r.missingSentences;
        total.missed += r.missed;
        total.spurious += r.spurious;
    }
    return total;
}

QString AlignmentEvaluation::report(const Result &r)
{
    QString out = QStringLiteral("%1: pairs recall %2 (%3/%4), precision %5 (%6/%7); unique found %8 (%9/%10)\n")
                      .arg(r.name)
                      .arg(r.all.recall(), 0, 'f', 3).arg(r.all.found).arg(r.all.gold)
                      .arg(r.all.precision(), 0, 'f', 3).arg(r.all.correct).arg(r.all.predicted)
                      .arg(r.uniqueRecall(), 0, 'f', 3).arg(r.uniqueFound).arg(r.goldUnique);
    for (auto it = r.byKind.cbegin(); it != r.byKind.cend(); ++it) {
        out += QStringLiteral("    %1: recall %2 (%3/%4), precision %5 (%6/%7)\n")
                   .arg(it.key(), -9)
                   .arg(it->recall(), 0, 'f', 3).arg(it->found).arg(it->gold)
                   .arg(it->precision(), 0, 'f', 3).arg(it->correct).arg(it->predicted);
    }
    if (r.independent.gold > 0 || r.independent.predicted > 0) {
        out += QStringLiteral("    independent coverage: recall %1 (%2/%3), precision %4 (%5/%6)\n")
                   .arg(r.independent.recall(), 0, 'f', 3).arg(r.independent.found).arg(r.independent.gold)
                   .arg(r.independent.precision(), 0, 'f', 3).arg(r.independent.correct).arg(r.independent.predicted);
        for (auto it = r.independentByKind.cbegin(); it != r.independentByKind.cend(); ++it) {
            out += QStringLiteral("        %1: recall %2 (%3/%4), precision %5 (%6/%7)\n")
                       .arg(it.key(), -9)
                       .arg(it->recall(), 0, 'f', 3).arg(it->found).arg(it->gold)
                       .arg(it->precision(), 0, 'f', 3).arg(it->correct).arg(it->predicted);
        }
    }
    if (!r.missingSentences.isEmpty())
        out += QStringLiteral("    %1 gold sentence(s) not found as engine sentences\n").arg(r.missingSentences.size());
    return out;
}

QString AlignmentEvaluation::details(const Result &r)
{
    QString out;
    for (const QString &line : r.missed)
        out += QStringLiteral("  missed   ") + line + QLatin1Char('\n');
    for (const QString &line : r.spurious)
        out += QStringLiteral("  spurious ") + line + QLatin1Char('\n');
    return out;
}

} // namespace Parallax
