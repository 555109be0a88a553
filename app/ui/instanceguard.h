// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Parallax {

// One window per library. The first Parallax to open a library holds a lock file beside it
// and listens on a local socket named after it; a Parallax started later on the same library
// hands its files to the first one (which imports them and comes to the front) and quits. So
// two windows never write one library, and opening files from a file manager while Parallax
// runs adds them to the running window.
class InstanceGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceGuard)

public:
    explicit InstanceGuard(const QString &libraryPath, QObject *parent = nullptr);
    ~InstanceGuard() override;

    enum class Role {
        First,       // this process owns the library; filesReceived() tells of later ones
        HandedOver,  // another process owns it and took `files`
        Unreachable, // another process holds the lock but does not answer
    };
    // `files` are made absolute before they are handed over.
    Role claim(const QStringList &files);

    static constexpr int kTimeoutMs = 5000;

Q_SIGNALS:
    // A later Parallax handed over these files (empty: it was started without any).
    void filesReceived(const QStringList &files);

private:
    void serve();

    QString m_name;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace Parallax
