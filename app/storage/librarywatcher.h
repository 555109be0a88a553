// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

namespace Parallax {

// Tells when another reader changed a shared library: on a PostgreSQL server, the triggers
// of resources/sql/postgresql/011 send a notification on the channel `parallax_library`
// (LISTEN/NOTIFY) naming the table changed (articles, stories, article_tags, feeds), and
// the server delivers it to every other connection that listens, at once. Nothing is
// polled. Notifications that come together (an import commits hundreds of rows) are told
// once, `kSettleMs` after the first. A library file has no such channel: the watcher then
// never fires (active() is false).
class LibraryWatcher final : public QObject {
    Q_OBJECT
public:
    static constexpr int kSettleMs = 150;
    static constexpr auto kChannel = "parallax_library";

    // `connection` is the library's connection (Library::database()), in this thread.
    explicit LibraryWatcher(const QSqlDatabase &connection, QObject *parent = nullptr);
    ~LibraryWatcher() override;

    bool active() const { return m_active; }

Q_SIGNALS:
    // What changed elsewhere: any of "articles", "stories", "article_tags", "feeds".
    void changed(const QSet<QString> &tables);

private:
    void received(const QString &name, int source, const QVariant &payload);

    QSqlDatabase m_db;
    bool m_active = false;
    QSet<QString> m_pending;
    QTimer m_settle;
};

} // namespace Parallax
