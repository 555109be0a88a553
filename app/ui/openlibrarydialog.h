// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Parallax {

// File > Open Library…: the library to use, a file (typed or chosen) or a PostgreSQL
// server's address (postgresql://user@host:port/database). A password in the address is
// refused when the library is opened: it belongs in ~/.pgpass.
class OpenLibraryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit OpenLibraryDialog(const QString &current, QWidget *parent = nullptr);
    QString location() const;

private:
    QLineEdit *m_location;
};

} // namespace Parallax
