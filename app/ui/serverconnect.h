// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace Parallax {

// Waiting for a library server without freezing the window: the connection is tried on a
// worker thread (ServerLibrary::probe) while the event loop runs; after kShowAfterMs a
// dialog says which server is being reached and offers Cancel.
class ServerConnect final {
public:
    static constexpr int kShowAfterMs = 400;

    // Empty when the server at `address` takes a connection; else why not ("Cannot open the
    // library …: the server cannot be reached (…)"), or that the reader cancelled.
    static QString reach(const QString &address, QWidget *parent = nullptr);
};

} // namespace Parallax
