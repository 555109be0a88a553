// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/library.h"

#include <QAbstractListModel>

namespace Parallax {

// The library's stories for the panel, latest coverage first: "title (n outlets, dates)".
// Like the article list it is lazy: the story ids come at once, their summaries a page at a
// time as the list scrolls.
class StoryListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryListModel)

public:
    static constexpr int IdRole = Qt::UserRole + 1;       // the story's id
    static constexpr int ArticlesRole = Qt::UserRole + 2; // its articles' ids (QVariantList)
    static constexpr int TitleRole = Qt::UserRole + 3;    // its title alone
    static constexpr int kPageSize = 20;                  // the list shows five; more as it scrolls

    explicit StoryListModel(Library &library, QObject *parent = nullptr);

    // The stories with coverage in these dates (invalid: open), read again from the library.
    void setDates(const QDate &from, const QDate &to);
    int storyCount() const { return int(m_ids.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Library &m_library;
    QDate m_from, m_to;
    QList<qint64> m_ids;
    QList<Library::StorySummary> m_rows;
};

} // namespace Parallax
