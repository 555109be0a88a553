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

} // namespace

AlignmentEvaluation::Result AlignmentEvaluation::evaluate(const QString &folder, QString *error)
{
    Result result;
    result.name = QDir(folder).dirName();
    const auto a = load(QDir(folder).filePath(QStringLiteral("a.txt")), error);
    const auto b = load(QDir(folder).filePath(QStringLiteral("b.txt")), error);
    QFile goldFile(QDir(folder).filePath(QStringLiteral("gold.json")));
    if (!a || !b)
        return result;
    if (!goldFile.open(QIODevice::ReadOnly)) {
        *error = goldFile.fileName() + QStringLiteral(": cannot be read");
        return result;
    }
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();

    const Comparison c = Comparer::compare({*a, *b});
    // Sentence text -> indices (a text can occur more than once).
    QHash<QString, QList<int>> indexA, indexB;
    for (int i = 0; i < c.articles.at(0).sentences.size(); ++i)
        indexA[norm(c.articles.at(0).textOf(c.articles.at(0).sentences.at(i).range))].append(i);
    for (int j = 0; j < c.articles.at(1).sentences.size(); ++j)
        indexB[norm(c.articles.at(1).textOf(c.articles.at(1).sentences.at(j).range))].append(j);

    // Engine pairs and their kinds.
    QHash<QPair<int, int>, QString> predicted;
    QSet<int> alignedA, alignedB;
    for (const Alignment &al : c.pairs.at(0).alignments) {
        for (int i : al.a) {
            alignedA.insert(i);
            for (int j : al.b) {
                predicted.insert({i, j}, ComparisonJson::kindName(al.kind));
                alignedB.insert(j);
            }
        }
    }

    QSet<QPair<int, int>> goldPairs;
    for (const QJsonValue &v : gold.value(QStringLiteral("pairs")).toArray()) {
        const QJsonArray p = v.toArray();
        const QString ta = norm(p.at(0).toString()), tb = norm(p.at(1).toString());
        const QString kind = p.at(2).toString();
        Counts &k = result.byKind[kind];
        ++k.gold;
        ++result.all.gold;
        const QList<int> ia = indexA.value(ta), ib = indexB.value(tb);
        if (ia.isEmpty())
            result.missingSentences.append(ta);
        if (ib.isEmpty())
            result.missingSentences.append(tb);
        bool found = false;
        for (int i : ia) {
            for (int j : ib) {
                goldPairs.insert({i, j});
                found = found || predicted.contains({i, j});
            }
        }
        if (found) {
            ++k.found;
            ++result.all.found;
        }
    }
    for (auto it = predicted.cbegin(); it != predicted.cend(); ++it) {
        Counts &k = result.byKind[it.value()];
        ++k.predicted;
        ++result.all.predicted;
        if (goldPairs.contains(it.key())) {
            ++k.correct;
            ++result.all.correct;
        }
    }
    auto countUnique = [&](const QString &key, const QHash<QString, QList<int>> &index, const QSet<int> &aligned) {
        for (const QJsonValue &v : gold.value(key).toArray()) {
            ++result.goldUnique;
            const QList<int> idx = index.value(norm(v.toString()));
            if (idx.isEmpty()) {
                result.missingSentences.append(v.toString());
                continue;
            }
            if (!aligned.contains(idx.first()))
                ++result.uniqueFound;
        }
    };
    countUnique(QStringLiteral("unique_a"), indexA, alignedA);
    countUnique(QStringLiteral("unique_b"), indexB, alignedB);
    return result;
}

AlignmentEvaluation::Result AlignmentEvaluation::sum(const QList<Result> &results, const QString &name)
{
    Result total;
    total.name = name;
    auto add = [](Counts &to, const Counts &from) {
        to.gold += from.gold;
        to.found += from.found;
        to.predicted += from.predicted;
        to.correct += from.correct;
    };
    for (const Result &r : results) {
        for (auto it = r.byKind.cbegin(); it != r.byKind.cend(); ++it)
            add(total.byKind[it.key()], it.value());
        add(total.all, r.all);
        total.goldUnique += r.goldUnique;
        total.uniqueFound += r.uniqueFound;
        total.missingSentences += r.missingSentences;
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
    if (!r.missingSentences.isEmpty())
        out += QStringLiteral("    %1 gold sentence(s) not found as engine sentences\n").arg(r.missingSentences.size());
    return out;
}

} // namespace Parallax
