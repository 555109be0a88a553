// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importnotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace Parallax {

ImportNotice::ImportNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("importNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Import summary"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this notice"));
    m_close->setAccessibleName(tr("Close"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 3, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_text, &QLabel::linkActivated, this, &ImportNotice::showDetails);
    hide();
}

ImportNotice::~ImportNotice() = default;

// A light wash of the tint over the window colour of the current theme, painted rather than
// set in the palette so that it follows a change of theme.
void ImportNotice::paintEvent(QPaintEvent *event) {
    const QColor base = palette().color(QPalette::Window);
    QPainter(this).fillRect(rect(), QColor::fromRgbF(base.redF() * 0.8f + m_tint.redF() * 0.2f,
                                                     base.greenF() * 0.8f + m_tint.greenF() * 0.2f,
                                                     base.blueF() * 0.8f + m_tint.blueF() * 0.2f));
    QFrame::paintEvent(event);
}

void ImportNotice::showSummary(const QString &summary, const QString &details, bool warning) {
    m_summary = summary;
    m_details = details;
    QString html = summary.toHtmlEscaped();
    if (!details.isEmpty())
        html += QStringLiteral(" &nbsp;<a href=\"#details\">%1</a>")
                    .arg(tr("Details\u2026").toHtmlEscaped());
    m_text->setText(html);
    m_tint = warning ? QColor(0xe6, 0x9f, 0x00) : QColor(0x56, 0xb4, 0xe9);
    update();
    show();
}

void ImportNotice::showDetails() {
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import"),
                                tr("What became of every file:"), QMessageBox::Close, window());
    box->setObjectName(QStringLiteral("importDetails"));
    box->setDetailedText(m_details);
    box->setInformativeText(m_details.section(u'\n', 0, 11));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace Parallax
