// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Parallax {

class Library;
class LibraryModel;

// The library panel: a search box (full-text, as you type) over the table of articles.
// Selecting articles asks for them to be compared.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(Library &library, QWidget *parent = nullptr);

    // Reloads the list from the library (after an import) and selects `ids` when given.
    void reload(const QList<qint64> &select = {});
    QList<qint64> selectedIds() const;
    QLineEdit *searchBox() const { return m_search; }
    // Narrows the list (and the search) to one outlet; empty for all.
    QComboBox *outletFilter() const { return m_outlet; }
    QTableView *table() const { return m_table; }
    // The subscribed feeds, each with its unread count; activating one selects its articles.
    QListWidget *feedList() const { return m_feeds; }
    void reloadFeeds();
    // The stories (coverage grouped by event): outlets and dates; activating one selects
    // all its articles.
    QListWidget *storyList() const { return m_stories; }
    void reloadStories();
    void reloadStories(const QList<Article> &all); // with the library's list already read
    // The page furniture the importer set aside for an article, as the reader sees it.
    static QString trimmedHtml(const Article &article);

Q_SIGNALS:
    void selectionChanged(const QList<qint64> &ids);
    // The reader asked to delete these articles (the window does it, undoably).
    void deleteRequested(const QList<qint64> &ids);

private:
    void applySearch();
    void showTrimmed(qint64 id);
    void select(const QList<qint64> &ids);

    Library &m_library;
    LibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_outlet;
    QTableView *m_table;
    QLabel *m_feedsLabel;
    QListWidget *m_feeds;
    QLabel *m_storiesLabel;
    QListWidget *m_stories;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTimer *m_selectionDelay;
};

} // namespace Parallax
