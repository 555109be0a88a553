// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QAbstractTableModel>

namespace Parallax {

// The library's articles as rows of a table (title, outlet, date, words), for the panel.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column { Title, Outlet, Date, Words, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit LibraryModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    const Article &articleAt(int row) const { return m_articles.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Article> m_articles;
};

} // namespace Parallax
