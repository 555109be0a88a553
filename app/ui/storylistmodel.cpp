// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storylistmodel.h"

#include "report/dateformat.h"

#include <QLocale>

namespace Parallax {

StoryListModel::StoryListModel(Library &library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library) {}

void StoryListModel::setDates(const QDate &from, const QDate &to) {
    m_from = from;
    m_to = to;
    beginResetModel();
    m_ids = m_library.storyIds(m_from, m_to);
    m_rows.clear();
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

int StoryListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool StoryListModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_rows.size() < m_ids.size();
}

void StoryListModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid())
        return;
    const QList<Library::StorySummary> more =
        m_library.storySummaries(m_ids.mid(m_rows.size(), kPageSize));
    if (more.isEmpty()) {
        m_ids.resize(m_rows.size()); // gone since the ids were read: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Library::StorySummary &story = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        QString span;
        if (story.first.isValid())
            span = story.first == story.last ? DateFormat::date(story.first, locale)
                                             : tr("%1 to %2")
                                                   .arg(DateFormat::date(story.first, locale),
                                                        DateFormat::date(story.last, locale));
        const QString outlets = tr("%n outlet(s)", nullptr, int(story.outlets.size()));
        // Two lines: the title has the list's whole width, the outlets and dates go below.
        return QString(story.title + u'\n' +
                       (span.isEmpty() ? outlets : tr("%1, %2").arg(outlets, span)));
    }
    case Qt::ToolTipRole: {
        // The outlets, then why their articles were put together (read when asked).
        QStringList lines = story.outlets;
        const StoryGrouper::Evidence why = m_library.storyEvidence(story.id);
        const std::pair<QString, QStringList> parts[] = {{tr("Names: %1"), why.names},
                                                         {tr("Places: %1"), why.places},
                                                         {tr("Figures: %1"), why.figures},
                                                         {tr("Dates: %1"), why.dates},
                                                         {tr("Words: %1"), why.words}};
        QStringList shared;
        for (const auto &[label, terms] : parts) {
            if (!terms.isEmpty())
                shared.append(label.arg(terms.join(QStringLiteral(", "))));
        }
        if (!shared.isEmpty())
            lines << QString() << tr("Together because they share:") << shared;
        return lines.join(u'\n');
    }
    case IdRole:
        return story.id;
    case TitleRole:
        return story.title;
    case ArticlesRole: {
        QVariantList ids;
        for (qint64 id : story.articles)
            ids.append(id);
        return ids;
    }
    default:
        return {};
    }
}

} // namespace Parallax
