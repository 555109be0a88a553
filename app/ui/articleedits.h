// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QList>

#include <functional>

class QUndoCommand;

namespace Parallax {

class Library;
class LibraryPanel;

// The reader's edits of the library as commands for the window's undo stack (Edit > Undo).
namespace ArticleEdits {

// Deletes the articles; undo stores them again (bodies and all, with their ids).
QUndoCommand *deleteArticles(Library &library, LibraryPanel *panel, const QList<Article> &articles);

// Stores `after` as an article's details; undo stores `before`. `applied` hears the details
// stored, each time.
QUndoCommand *editDetails(Library &library, LibraryPanel *panel, const Article &before,
                          const Article &after, std::function<void(const Article &)> applied);

} // namespace ArticleEdits

} // namespace Parallax
