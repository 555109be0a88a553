// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/librarymodel.h"

#include <QLocale>

namespace Parallax {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

int LibraryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == id)
            return i;
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_articles.size())
        return {};
    const Article &a = m_articles.at(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::ToolTipRole && index.column() == Title)
        return a.sourcePath.isEmpty() ? a.title : a.title + QLatin1Char('\n') + a.sourcePath;
    if (role == Qt::TextAlignmentRole && index.column() == Words)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Title:
        return a.title;
    case Outlet:
        return a.outlet;
    case Date:
        // ISO dates sort correctly as text and read the same in every locale.
        return a.published.isValid() ? a.published.toString(Qt::ISODate) : QString();
    case Words:
        return role == Qt::EditRole ? QVariant(a.wordCount) : QVariant(QLocale().toString(a.wordCount));
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
    default:
        return {};
    }
}

} // namespace Parallax
