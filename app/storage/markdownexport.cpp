// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/markdownexport.h"

#include "core/article.h"
#include "storage/articlestore.h"
#include "storage/storystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>

namespace Parallax {

namespace {

// The storage classes share the translation context of the class that once held them all.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::Library)
};

// Writes the whole file or nothing (QSaveFile); false when it could not.
bool writeFile(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) >= 0 && f.commit())
        return true;
    if (error)
        *error = Tr::tr("%1 cannot be written").arg(QDir::toNativeSeparators(path));
    return false;
}

QJsonObject indexEntry(const Article &a, const QString &file, const QList<qint64> &stories) {
    QJsonArray inStories;
    for (qint64 s : stories)
        inStories.append(s);
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("file"), file},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("outlet"), a.outlet},
        {QStringLiteral("published"),
         a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("url"), a.url},
        {QStringLiteral("stories"), inStories}};
}

// The name of an article's file: "<id>-<title-slug>.md".
QString fileName(const Article &article) {
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString slug = article.title.toLower().replace(unsafe, QStringLiteral("-")).left(60);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return QStringLiteral("%1-%2.md")
        .arg(article.id)
        .arg(slug.isEmpty() ? QStringLiteral("article") : slug);
}

// An article as a Markdown document with a header of its metadata.
QString document(const Article &a) {
    QString text = QStringLiteral("---\n");
    auto field = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            text += key + QStringLiteral(": ") + value + u'\n';
    };
    field(QStringLiteral("title"), a.title);
    field(QStringLiteral("outlet"), a.outlet);
    field(QStringLiteral("byline"), a.byline);
    field(QStringLiteral("date"),
          a.published.isValid() ? a.published.toString(Qt::ISODate) : QString());
    field(QStringLiteral("url"), a.url);
    field(QStringLiteral("language"), a.language);
    text += QStringLiteral("---\n\n# ") + a.title + QStringLiteral("\n\n") + a.body + u'\n';
    return text;
}

} // namespace

std::optional<int> MarkdownExport::write(const QString &folder, qint64 story,
                                         QString *error) const {
    // Which articles, and the stories of each (for the index).
    QList<qint64> ids;
    QMap<qint64, QList<qint64>> storiesOf;
    for (const StoryStore::Story &s : m_stories.stories()) {
        for (qint64 a : s.articles)
            storiesOf[a].append(s.id);
        if (s.id == story)
            ids = s.articles;
    }
    if (story == 0) {
        for (const Article &a : m_articles.list())
            ids.append(a.id);
    } else if (ids.isEmpty()) {
        if (error)
            *error = Tr::tr("there is no story %1").arg(story);
        return std::nullopt;
    }
    const QDir dir(folder);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = Tr::tr("%1 cannot be created").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    QJsonArray index;
    for (const Article &a : m_articles.articles(ids)) {
        const QString name = fileName(a);
        if (!writeFile(dir.filePath(name), document(a).toUtf8(), error))
            return std::nullopt;
        index.append(indexEntry(a, name, storiesOf.value(a.id)));
    }
    const QByteArray indexJson =
        QJsonDocument(QJsonObject{{QStringLiteral("articles"), index}}).toJson();
    if (!writeFile(dir.filePath(QStringLiteral("index.json")), indexJson, error))
        return std::nullopt;
    return int(index.size());
}

} // namespace Parallax
