// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/openlibrarydialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parallax {

OpenLibraryDialog::OpenLibraryDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_location(new QLineEdit(current, this)) {
    setWindowTitle(tr("Open Library"));
    auto *explain = new QLabel(
        tr("A library file, or a library on a PostgreSQL server shared by a desk:\n"
           "postgresql://user@host:5432/database (options after ?, such as sslmode=require).\n"
           "Passwords are never typed here: put them in ~/.pgpass (or PGPASSFILE, PGSERVICE)."),
        this);
    explain->setWordWrap(true);
    m_location->setMinimumWidth(460);
    m_location->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("Choose &File\u2026"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Library File"), QFileInfo(m_location->text()).absolutePath(),
            tr("Parallax libraries (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_location->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(choose);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_location, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Open)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString OpenLibraryDialog::location() const {
    return m_location->text().trimmed();
}

} // namespace Parallax
