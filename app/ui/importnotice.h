// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFrame>

class QLabel;
class QToolButton;

namespace Parallax {

// A line above the comparison that says what an import did ("Imported 5, already in the
// library 0, skipped 0.") without stopping the reader: it stays until closed or replaced,
// and its Details link shows what became of every file.
class ImportNotice final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportNotice)

public:
    explicit ImportNotice(QWidget *parent = nullptr);
    ~ImportNotice() override;

    // Shows the summary; `details` (one line per file, may be empty) behind the link.
    // `warning` colours it for an import that skipped files.
    void showSummary(const QString &summary, const QString &details, bool warning);
    // The summary, as plain text.
    QString text() const { return m_summary; }
    QString details() const { return m_details; }
    // Opens the details (the Details link does this).
    void showDetails();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_tint;
    QLabel *m_text;
    QToolButton *m_close;
    QString m_summary;
    QString m_details;
};

} // namespace Parallax
