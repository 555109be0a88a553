// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax {

// Where the library lives: the --library option wins, then the PARALLAX_LIBRARY environment
// variable, then library.sqlite in the application data folder. A location is a file path
// or a PostgreSQL server's address (postgresql://user@host:port/dbname?sslmode=require),
// shared by a desk of readers.
class LibraryLocation final {
public:
    static QString resolve(const QString &commandLineValue);
    static QString defaultPath();
    // True for a server's address (postgresql:// or postgres://), false for a file.
    static bool isServer(const QString &location);
    // The location as a reader should see it: a file in the platform's separators, a server's
    // address as given (it never holds a password: see LibraryDatabase::open).
    static QString shown(const QString &location);

    // The library the window opened last with File > Open Library… (empty: none), which the
    // window opens when neither --library nor PARALLAX_LIBRARY says otherwise. Kept in the
    // settings without any password.
    static QString remembered();
    static void remember(const QString &location);
};

} // namespace Parallax
