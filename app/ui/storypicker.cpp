// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/storypicker.h"

#include "storage/library.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Parallax {

StoryPicker::StoryPicker(const Library &library, const QString &title, qint64 exclude,
                         QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_exclude(exclude)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this)) {
    setWindowTitle(title);
    m_filter->setPlaceholderText(tr("Part of the story's title"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Stories"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &StoryPicker::refill);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 420);
    refill();
}

void StoryPicker::refill() {
    m_list->clear();
    for (const Library::Story &s : m_library.findStories(m_filter->text(), kShown + 1)) {
        if (s.id == m_exclude || m_list->count() == kShown)
            continue;
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setData(Qt::UserRole, s.id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

qint64 StoryPicker::story() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace Parallax
