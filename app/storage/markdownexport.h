// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Parallax {

class ArticleStore;
class StoryStore;

// Writes the library's articles (all, or one story's) into a folder as Markdown files, each
// with a header of its metadata, and an index.json that lists them with their stories: a
// copy a reader can take to other tools. It only reads the library.
class MarkdownExport final {
public:
    MarkdownExport(const ArticleStore &articles, const StoryStore &stories)
        : m_articles(articles)
        , m_stories(stories) {}

    // `story` 0 exports every article. The number of articles written, or nothing (with
    // `error` saying why) when the story is unknown or a file cannot be written.
    std::optional<int> write(const QString &folder, qint64 story, QString *error) const;

private:
    const ArticleStore &m_articles;
    const StoryStore &m_stories;
};

} // namespace Parallax
