// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractionevaluation.h"

#include "importers/fileimporter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace Parallax {

namespace {

QHash<QString, int> bag(const QString &text)
{
    QHash<QString, int> words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            ++words[word];
        word.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return words;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

ExtractionEvaluation::Result ExtractionEvaluation::score(const QString &extracted, const QString &reference)
{
    Result r;
    const QHash<QString, int> got = bag(extracted), want = bag(reference);
    int common = 0, gotTotal = 0, wantTotal = 0;
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        gotTotal += it.value();
        common += std::min(it.value(), want.value(it.key()));
    }
    for (int n : want)
        wantTotal += n;
    r.precision = gotTotal ? double(common) / gotTotal : 0.0;
    r.recall = wantTotal ? double(common) / wantTotal : 0.0;
    r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
    return r;
}

ExtractionEvaluation::Result ExtractionEvaluation::evaluate(const QString &folder)
{
    const QDir dir(folder);
    FileImporter importer;
    const ImportResult imported = importer.importFile(dir.filePath(QStringLiteral("page.html")));
    Result r;
    if (!imported.ok()) {
        r.name = dir.dirName();
        r.error = imported.error;
        return r;
    }
    r = score(imported.article->body, readAll(dir.filePath(QStringLiteral("expected.txt"))));
    r.name = dir.dirName();
    const QJsonObject expected = QJsonDocument::fromJson(readAll(dir.filePath(QStringLiteral("expected.json"))).toUtf8()).object();
    const Article &a = *imported.article;
    const QList<QPair<QString, QString>> fields{{QStringLiteral("title"), a.title},
                                                {QStringLiteral("byline"), a.byline},
                                                {QStringLiteral("outlet"), a.outlet},
                                                {QStringLiteral("published"), a.published.toString(Qt::ISODate)},
                                                {QStringLiteral("url"), a.url},
                                                {QStringLiteral("language"), a.language}};
    for (const auto &[field, got] : fields) {
        const QString want = expected.value(field).toString();
        if (got.simplified() != want.simplified())
            r.wrongMetadata.append(QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(field, got, want));
    }
    return r;
}

QString ExtractionEvaluation::report(const QList<Result> &results)
{
    QString out;
    double p = 0, rc = 0, f = 0;
    for (const Result &r : results) {
        out += QStringLiteral("%1: precision %2, recall %3, F1 %4%5\n")
                   .arg(r.name)
                   .arg(r.precision, 0, 'f', 3)
                   .arg(r.recall, 0, 'f', 3)
                   .arg(r.f1, 0, 'f', 3)
                   .arg(r.error.isEmpty() ? QString() : QStringLiteral(" (refused: ") + r.error + u')');
        for (const QString &m : r.wrongMetadata)
            out += QStringLiteral("    ") + m + u'\n';
        p += r.precision;
        rc += r.recall;
        f += r.f1;
    }
    const double n = std::max<qsizetype>(1, results.size());
    out += QStringLiteral("MEAN over %1 pages: precision %2, recall %3, F1 %4\n")
               .arg(results.size())
               .arg(p / n, 0, 'f', 3)
               .arg(rc / n, 0, 'f', 3)
               .arg(f / n, 0, 'f', 3);
    return out;
}

} // namespace Parallax
