// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

class QSqlError;

namespace Parallax {

// A library on a PostgreSQL server (Qt's QPSQL driver over libpq): the address turned into
// a connection, and the server's failures in words a reader can act on. The password is
// never part of the address: libpq finds it in ~/.pgpass, PGPASSFILE or a PGSERVICE entry,
// so that it is never written into the settings in plain text.
class ServerLibrary final {
public:
    // Seconds to wait for a server that does not answer, unless the address sets
    // connect_timeout itself.
    static constexpr int kConnectTimeoutSeconds = 5;
    // The key of the advisory lock every writing transaction holds: writers take turns, so
    // that two importers of the same event cannot both create its story or store one body
    // twice (see LibraryDatabase::write).
    static constexpr qint64 kWriteLock = 0x50617261; // "Para"

    // Opens a connection named `connectionName` to the server at `address`; on failure the
    // connection is removed again and `error` says why (without the address).
    static QSqlDatabase connect(const QString &address, const QString &connectionName,
                                QString *error);
    // Whether the server at `address` takes a connection now: empty when it does, else why
    // not (as connect() says it). Safe on any thread (a connection of its own, closed again),
    // so that a window can wait for a slow server without freezing.
    static QString probe(const QString &address);
    // The server's words made plain for the failures a reader can do something about.
    static QString describe(const QSqlError &error, const QString &address);
    // True when the connection to the server is gone (a restart, a network fault).
    static bool connectionLost(const QSqlError &error);
};

} // namespace Parallax
