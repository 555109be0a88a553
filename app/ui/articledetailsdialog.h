// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/article.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Parallax {

// Edits an article's details: title, outlet, byline, link, date and the reader's tags (comma
// separated, completed from the tags in use). The body is not editable: it is the record of
// what the outlet published.
class ArticleDetailsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleDetailsDialog)

public:
    ArticleDetailsDialog(const Article &article, const QStringList &outlets,
                         const QStringList &tags, QWidget *parent = nullptr);
    // The article with the edited details.
    Article edited() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QComboBox *outletEdit() const { return m_outlet; }
    QDateEdit *dateEdit() const { return m_date; }

    // "a, b ,, c" -> ["a", "b", "c"] (also split at "，" and "、"), blanks and repeats
    // (ignoring case) dropped.
    static QStringList splitTags(const QString &text);

private:
    Article m_article;
    QLineEdit *m_title;
    QComboBox *m_outlet;
    QLineEdit *m_byline;
    QLineEdit *m_url;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QLineEdit *m_tags;
};

} // namespace Parallax
