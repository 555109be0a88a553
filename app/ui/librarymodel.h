// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Parallax {

// The library's articles as rows of a table (title, outlet, date, words and, while a search
// runs, where it matched), read lazily: a query yields every matching id at once (cheap even
// for 100,000 articles), and the rows themselves are read a page at a time as the view
// scrolls (fetchMore). Sorting asks the library for a new order (no sort in memory).
class LibraryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { Title, Outlet, Date, Words, Match, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 64; // a screenful or two: snippets cost a read of each body

    explicit LibraryModel(Library &library, QObject *parent = nullptr);

    // What the list shows: the articles matching `text` (plain words, all of them as
    // prefixes; every article when empty) and the filter.
    void setQuery(const QString &text, const Library::SearchFilter &filter);
    QString text() const { return m_text; }
    const Library::SearchFilter &filter() const { return m_filter; }
    // Every article the query matched, in the list's order; rows are read only up to the view.
    int matchCount() const { return int(m_ids.size()); }
    const QList<qint64> &matchedIds() const { return m_ids; }
    // The row of an article, reading rows up to it when needed; -1 when not listed.
    int rowOf(qint64 id);
    const Article &articleAt(int row) const { return m_rows.at(row).article; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The order for the next query, without running one now (sort() runs it).
    void setOrder(int column, Qt::SortOrder order);

private:
    void run();
    void fetchUpTo(int row);

    Library &m_library;
    QString m_text;
    Library::SearchFilter m_filter;
    int m_sortColumn = Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;                   // all matches, in order
    mutable QHash<qint64, int> m_position; // id -> index in m_ids, built when first asked
    QList<ListedArticle> m_rows;           // the first rows of m_ids, read so far
};

} // namespace Parallax
