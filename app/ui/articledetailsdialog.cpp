// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/articledetailsdialog.h"

#include "report/dateformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringListModel>

namespace Parallax {

namespace {

// Completes the tag being typed (the text after the last comma), keeping the ones before it.
class TagCompleter final : public QCompleter {
public:
    using QCompleter::QCompleter;
    QStringList splitPath(const QString &path) const override {
        return {path.section(u',', -1).trimmed()};
    }
    QString pathFromIndex(const QModelIndex &index) const override {
        const QString typed = qobject_cast<QLineEdit *>(widget())
                                  ? qobject_cast<QLineEdit *>(widget())->text()
                                  : QString();
        const int comma = typed.lastIndexOf(u',');
        const QString before = comma < 0 ? QString() : typed.left(comma + 1) + u' ';
        return before + index.data().toString();
    }
};

} // namespace

ArticleDetailsDialog::ArticleDetailsDialog(const Article &article, const QStringList &outlets,
                                           const QStringList &tags, QWidget *parent)
    : QDialog(parent)
    , m_article(article)
    , m_title(new QLineEdit(article.title, this))
    , m_outlet(new QComboBox(this))
    , m_byline(new QLineEdit(article.byline, this))
    , m_url(new QLineEdit(article.url, this))
    //: Check box: whether the article has a publication date (the date field beside it)
    , m_dated(new QCheckBox(tr("Dated"), this))
    , m_date(new QDateEdit(this))
    , m_tags(new QLineEdit(article.tags.join(QStringLiteral(", ")), this)) {
    setWindowTitle(tr("Article Details"));
    m_outlet->setEditable(true);
    m_outlet->addItems(outlets);
    m_outlet->setCurrentText(article.outlet);
    m_outlet->setInsertPolicy(QComboBox::NoInsert);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormat::pattern());
    m_date->setDate(article.published.isValid() ? article.published : QDate::currentDate());
    m_dated->setChecked(article.published.isValid());
    m_date->setEnabled(m_dated->isChecked());
    connect(m_dated, &QCheckBox::toggled, m_date, &QDateEdit::setEnabled);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. energy, to check"));
    auto *completer = new TagCompleter(new QStringListModel(tags, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_tags->setCompleter(completer);

    auto *date = new QHBoxLayout;
    date->addWidget(m_dated);
    date->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Outlet:"), m_outlet);
    form->addRow(tr("&Byline:"), m_byline);
    form->addRow(tr("&Link:"), m_url);
    form->addRow(tr("&Published:"), date);
    form->addRow(tr("T&ags:"), m_tags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A title is required: an article without one cannot be listed.
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QStringList ArticleDetailsDialog::splitTags(const QString &text) {
    // The ideographic comma and the enumeration comma separate as the ASCII one does.
    static const QRegularExpression separators(QStringLiteral("[,\uFF0C\u3001]"));
    QStringList tags;
    for (const QString &part : text.split(separators)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

Article ArticleDetailsDialog::edited() const {
    Article a = m_article;
    a.title = m_title->text().trimmed();
    a.outlet = m_outlet->currentText().trimmed();
    a.byline = m_byline->text().trimmed();
    a.url = m_url->text().trimmed();
    a.published = m_dated->isChecked() ? m_date->date() : QDate();
    a.tags = splitTags(m_tags->text());
    return a;
}

} // namespace Parallax
