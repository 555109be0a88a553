// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/library.h"

#include "storage/markdownexport.h"
#include "storage/storyindex.h"

namespace Parallax {

Library::Library(std::unique_ptr<LibraryDatabase> database)
    : m_database(std::move(database))
    , m_index(std::make_unique<StoryIndex>(*m_database))
    , m_tags(*m_database)
    , m_articles(*m_database, *m_index)
    , m_search(*m_database, m_articles)
    , m_stories(*m_database, *m_index)
    , m_feeds(*m_database) {}

Library::~Library() {
    // A batch still open is committed, its articles filed into their stories, before the
    // file is closed.
    m_articles.commitBatch();
}

Library::OpenResult Library::open(const QString &path, Check check) {
    LibraryDatabase::OpenResult opened = LibraryDatabase::open(path, check);
    OpenResult result;
    result.error = opened.error;
    result.backupPath = opened.backupPath;
    result.damaged = opened.damaged;
    if (opened.database)
        result.library.reset(new Library(std::move(opened.database)));
    return result;
}

std::optional<QString> Library::checkIntegrity(const QString &path) {
    return LibraryDatabase::checkIntegrity(path);
}

std::optional<QString> Library::restore(const QString &backupFile, const QString &path,
                                        QString *error) {
    return LibraryDatabase::restore(backupFile, path, error);
}

std::optional<int> Library::exportMarkdown(const QString &folder, qint64 story,
                                           QString *error) const {
    return MarkdownExport(m_articles, m_stories).write(folder, story, error);
}

} // namespace Parallax
