// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QModelIndex;
class QLabel;
class QTableView;
class QTimer;
class QToolButton;

namespace Parallax {

class Library;
class LibraryModel;
class StoryListModel;

// The library panel: a search box (full-text, as you type) and filters (outlet, dates, tag,
// and a story or feed clicked) over the list of stories and the table of articles, both
// read lazily so a library of 100,000 articles opens as fast as a small one. Selecting
// articles asks for them to be compared.
class LibraryPanel final : public QWidget {
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
    // Narrows the list and the stories to a time: any, the past week, month or year, or a
    // range the reader picks (the last entry asks for it).
    QComboBox *dateFilter() const { return m_dates; }
    void setDateRange(const QDate &from, const QDate &to); // a custom range, as if picked
    // Narrows the list to one tag; hidden while no article has one.
    QComboBox *tagFilter() const { return m_tag; }
    // Shown while the list is narrowed to a story or a feed that was clicked; clicking it
    // shows everything again.
    QToolButton *scopeButton() const { return m_scope; }
    QTableView *table() const { return m_table; }
    LibraryModel *model() const { return m_model; }
    // The subscribed feeds, each with its unread count; activating one selects its articles.
    QListWidget *feedList() const { return m_feeds; }
    void reloadFeeds();
    // The stories (coverage grouped by event): outlets and dates; activating one selects
    // all its articles.
    QListView *storyList() const { return m_stories; }
    void reloadStories();
    // The page furniture the importer set aside for an article, as the reader sees it.
    static QString trimmedHtml(const Article &article);

Q_SIGNALS:
    void selectionChanged(const QList<qint64> &ids);
    // The reader asked to delete these articles (the window does it, undoably).
    void deleteRequested(const QList<qint64> &ids);
    // The reader edited an article's details (the window stores them, undoably).
    void detailsEdited(const Article &before, const Article &after);

public:
    // Opens the details dialog for an article (as its context menu does).
    void editDetails(qint64 id);

private:
    void applySearch();
    void applyDates();
    void setUpTable();
    QHBoxLayout *setUpFilters();
    void chooseDates(int index);
    void setUpLists();
    void openFeed(QListWidgetItem *item);
    void openStory(const QModelIndex &index);
    void setScope(qint64 story, qint64 feed, const QString &label);
    void reloadFilters();
    void showTrimmed(qint64 id);
    void select(const QList<qint64> &ids);
    void showTableMenu(const QPoint &pos);
    void showStoryMenu(const QPoint &pos);

    Library &m_library;
    LibraryModel *m_model;
    StoryListModel *m_storyModel;
    QLineEdit *m_search;
    QComboBox *m_outlet;
    QComboBox *m_dates;
    QComboBox *m_tag;
    QToolButton *m_scope;
    QTableView *m_table;
    QLabel *m_feedsLabel;
    QListWidget *m_feeds;
    QLabel *m_storiesLabel;
    QListView *m_stories;
    QDate m_from, m_to; // the dates of the date filter (invalid: open)
    int m_lastDateChoice = 0;
    qint64 m_scopeStory = 0;
    qint64 m_scopeFeed = 0;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QTimer *m_selectionDelay;
};

} // namespace Parallax
