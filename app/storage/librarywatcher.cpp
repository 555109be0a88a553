// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/librarywatcher.h"

#include <QSqlDriver>
#include <QVariant>

#include <utility>

namespace Parallax {

LibraryWatcher::LibraryWatcher(const QSqlDatabase &connection, QObject *parent)
    : QObject(parent)
    , m_db(connection) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_pending, {});
        if (!tables.isEmpty())
            Q_EMIT changed(tables);
    });
    QSqlDriver *driver = m_db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications) ||
        m_db.driverName() != QLatin1String("QPSQL"))
        return;
    m_active = driver->subscribeToNotification(QLatin1String(kChannel));
    if (m_active) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source,
                       const QVariant &payload) { received(name, int(source), payload); });
    }
}

LibraryWatcher::~LibraryWatcher() {
    if (m_active && m_db.isOpen() && m_db.driver())
        m_db.driver()->unsubscribeFromNotification(QLatin1String(kChannel));
}

void LibraryWatcher::received(const QString &name, int source, const QVariant &payload) {
    // This connection's own writes are already on screen.
    if (name != QLatin1String(kChannel) || source == int(QSqlDriver::SelfSource))
        return;
    m_pending.insert(payload.toString());
    if (!m_settle.isActive())
        m_settle.start();
}

} // namespace Parallax
