// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Parallax {

class Library;

// Chooses a story by typing part of its title (a library may hold tens of thousands, too
// many for a menu): the latest matching stories are listed as the reader types.
class StoryPicker final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryPicker)

public:
    StoryPicker(const Library &library, const QString &title, qint64 exclude,
                QWidget *parent = nullptr);
    // The chosen story, 0 for none.
    qint64 story() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

    static constexpr int kShown = 100;

private:
    void refill();

    const Library &m_library;
    qint64 m_exclude;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Parallax
