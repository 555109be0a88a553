// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Parallax {

// Where the library file lives: the --library option wins, then the PARALLAX_LIBRARY
// environment variable, then library.sqlite in the application data folder.
class LibraryLocation final
{
public:
    static QString resolve(const QString &commandLineValue);
    static QString defaultPath();
};

} // namespace Parallax
