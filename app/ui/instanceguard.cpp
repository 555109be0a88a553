// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instanceguard.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Parallax {

namespace {

QString canonical(const QString &path) {
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

InstanceGuard::InstanceGuard(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    // The socket is named after the library (and the user), so that two libraries can each
    // have their window.
    , m_name(QStringLiteral("parallax-%1-%2")
                 .arg(::getuid())
                 .arg(QString::fromLatin1(QCryptographicHash::hash(canonical(libraryPath).toUtf8(),
                                                                   QCryptographicHash::Sha1)
                                              .toHex()
                                              .left(16))))
    , m_lock(canonical(libraryPath) + QStringLiteral(".lock")) {
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone
}

InstanceGuard::~InstanceGuard() {
    if (m_server)
        m_server->close();
}

InstanceGuard::Role InstanceGuard::claim(const QStringList &files) {
    QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
    if (m_lock.tryLock(100)) {
        serve();
        return Role::First;
    }
    // Another Parallax has the library: hand the files over.
    QStringList absolute;
    for (const QString &f : files)
        absolute.append(QFileInfo(f).absoluteFilePath());
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return Role::Unreachable;
    socket.write(
        QJsonDocument(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(absolute)}})
            .toJson(QJsonDocument::Compact) +
        '\n');
    if (!socket.waitForBytesWritten(kTimeoutMs))
        return Role::Unreachable;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kTimeoutMs))
            return Role::Unreachable;
    }
    return socket.readLine().trimmed() == "ok" ? Role::HandedOver : Role::Unreachable;
}

void InstanceGuard::serve() {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // left by a Parallax that crashed (we hold the lock)
    if (!m_server->listen(m_name))
        return; // files cannot be handed over, but this window works
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QJsonObject message = QJsonDocument::fromJson(socket->readLine()).object();
                QStringList files;
                for (const QJsonValue &v : message.value(QStringLiteral("files")).toArray())
                    files.append(v.toString());
                socket->write("ok\n");
                socket->flush();
                // Later, not from inside the socket's signal: importing runs an event loop,
                // in which the socket (closed by the other side) may be deleted.
                QMetaObject::invokeMethod(
                    this, [this, files] { Q_EMIT filesReceived(files); }, Qt::QueuedConnection);
            });
        }
    });
}

} // namespace Parallax
