// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarymodel.h"

#include "report/dateformat.h"

#include <QLocale>

namespace Parallax {

LibraryModel::LibraryModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library) {}

void LibraryModel::setQuery(const QString &text, const Library::SearchFilter &filter) {
    m_text = text.trimmed();
    m_filter = filter;
    run();
}

void LibraryModel::run() {
    Library::Order order = Library::Order::Date;
    switch (m_sortColumn) {
    case Title:
        order = Library::Order::Title;
        break;
    case Outlet:
        order = Library::Order::Outlet;
        break;
    case Words:
        order = Library::Order::Words;
        break;
    case Match:
        order = Library::Order::Relevance;
        break;
    default:
        break;
    }
    beginResetModel();
    m_ids =
        m_library.findArticles(m_text, Library::QuerySyntax::Plain, m_filter, order, m_sortOrder)
            .value_or(QList<qint64>{});
    m_position.clear();
    m_rows.clear();
    endResetModel();
    // The first page at once, so a view shows rows without waiting to ask.
    if (canFetchMore({}))
        fetchMore({});
}

int LibraryModel::rowOf(qint64 id) {
    if (m_position.isEmpty() && !m_ids.isEmpty()) {
        m_position.reserve(m_ids.size());
        for (int i = 0; i < m_ids.size(); ++i)
            m_position.insert(m_ids.at(i), i);
    }
    const int row = m_position.value(id, -1);
    if (row >= 0)
        fetchUpTo(row);
    return row;
}

void LibraryModel::fetchUpTo(int row) {
    if (row < m_rows.size())
        return;
    const int last =
        std::min<int>(int(m_ids.size()) - 1, std::max(row, int(m_rows.size()) + kPageSize - 1));
    const QList<ListedArticle> more =
        m_library.listed(m_ids.mid(m_rows.size(), last + 1 - m_rows.size()), m_text);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void LibraryModel::fetchMore(const QModelIndex &parent) {
    if (!parent.isValid())
        fetchUpTo(int(m_rows.size()));
}

void LibraryModel::setOrder(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
}

void LibraryModel::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    setOrder(column, order);
    run();
}

int LibraryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ListedArticle &row = m_rows.at(index.row());
    const Article &a = row.article;
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole && index.column() == Title) {
        QString tip = a.title;
        if (!a.tags.isEmpty())
            tip += u'\n' + tr("Tags: %1").arg(a.tags.join(QStringLiteral(", ")));
        if (!a.sourcePath.isEmpty())
            tip += u'\n' + a.sourcePath;
        return tip;
    }
    if (role == Qt::ToolTipRole && index.column() == Match)
        return row.snippet;
    if (role == Qt::TextAlignmentRole && index.column() == Words)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return a.tags.isEmpty()
                   ? a.title
                   : a.title + QStringLiteral("  \u00b7 ") + a.tags.join(QStringLiteral(", "));
    case Outlet:
        return a.outlet;
    case Date:
        return a.published.isValid() ? DateFormat::date(a.published) : QString();
    case Words:
        return role == Qt::EditRole ? QVariant(a.wordCount)
                                    : QVariant(QLocale().toString(a.wordCount));
    case Match:
        return row.snippet; // matched words between [ and ]; the panel's delegate shows them bold
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Date:
        return tr("Date");
    case Words:
        return tr("Words");
    case Match:
        //: Column of search results: the words around what the search found, best match first when
        //: sorted by it
        return tr("Found");
    default:
        return {};
    }
}

} // namespace Parallax
