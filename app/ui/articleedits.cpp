// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/articleedits.h"

#include "storage/library.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"

#include <QMessageBox>
#include <QUndoCommand>

#include <utility>

namespace Parallax {

namespace {

// Deleting articles, undoably: the articles (bodies and all) are kept by the command and
// stored again, with their ids, on undo.
class DeleteArticles final : public QUndoCommand {
public:
    DeleteArticles(Library &library, LibraryPanel *panel, const QList<Article> &articles)
        : m_library(library)
        , m_panel(panel)
        , m_articles(articles) {
        setText(articles.size() == 1
                    ? MainWindow::tr("Delete \u201c%1\u201d").arg(articles.first().title)
                    : MainWindow::tr("Delete %1 articles").arg(articles.size()));
    }
    void redo() override {
        for (const Article &a : std::as_const(m_articles))
            m_library.deleteArticle(a.id);
        m_panel->reload();
    }
    void undo() override {
        for (const Article &a : std::as_const(m_articles))
            m_library.addArticle(a);
        m_panel->reload();
    }

private:
    Library &m_library;
    LibraryPanel *m_panel;
    QList<Article> m_articles;
};

// Editing an article's details, undoably: both versions are kept by the command.
class EditDetails final : public QUndoCommand {
public:
    EditDetails(Library &library, LibraryPanel *panel, const Article &before, const Article &after,
                std::function<void(const Article &)> applied)
        : m_library(library)
        , m_panel(panel)
        , m_before(before)
        , m_after(after)
        , m_applied(std::move(applied)) {
        setText(MainWindow::tr("Edit \u201c%1\u201d").arg(after.title));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Article &details) {
        QString error;
        if (!m_library.updateDetails(details, &error))
            QMessageBox::warning(
                m_panel, MainWindow::tr("Edit Details"),
                MainWindow::tr("The details of \u201c%1\u201d could not be stored: %2")
                    .arg(details.title, error));
        m_applied(m_library.articles({details.id}).value(0, details));
    }

    Library &m_library;
    LibraryPanel *m_panel;
    Article m_before;
    Article m_after;
    std::function<void(const Article &)> m_applied;
};

} // namespace

QUndoCommand *ArticleEdits::deleteArticles(Library &library, LibraryPanel *panel,
                                           const QList<Article> &articles) {
    return new DeleteArticles(library, panel, articles);
}

QUndoCommand *ArticleEdits::editDetails(Library &library, LibraryPanel *panel,
                                        const Article &before, const Article &after,
                                        std::function<void(const Article &)> applied) {
    return new EditDetails(library, panel, before, after, std::move(applied));
}

} // namespace Parallax
