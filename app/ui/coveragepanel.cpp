// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/coveragepanel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Parallax {

CoveragePanel::CoveragePanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_partialOnly(new QCheckBox(tr("Only facts some outlets leave out"), this))
{
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Coverage"));
    auto *legend = new QLabel(tr("● word for word  ◑ reworded  ○ in part  ■ only this outlet"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_partialOnly);
    bar->addStretch(1);
    bar->addWidget(legend);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_partialOnly, &QCheckBox::toggled, this, &CoveragePanel::fill);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, 0))
            Q_EMIT claimActivated(item->data(Qt::UserRole).toInt());
    });
}

CoveragePanel::~CoveragePanel() = default;

void CoveragePanel::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    fill();
}

void CoveragePanel::fill()
{
    const Comparison &c = m_comparison;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(int(c.articles.size()) + 1);
    //: Column header: a fact (figure or quote) the articles report, one per row
    QStringList headers{tr("Claim")};
    for (const ComparedArticle &a : c.articles)
        headers.append(a.article.displayName());
    m_table->setHorizontalHeaderLabels(headers);
    static const QStringList marks{QString(), QStringLiteral("■"), QStringLiteral("●"), QStringLiteral("◑"), QStringLiteral("○")};
    static const QList<const char *> tips{"", QT_TR_NOOP("only this outlet"), QT_TR_NOOP("word for word"),
                                          QT_TR_NOOP("reworded"), QT_TR_NOOP("in part")};
    for (const Claim &claim : c.claims) {
        if (m_partialOnly->isChecked() && claim.members.size() == c.articles.size())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const Claim::Member &lead = claim.members.first();
        const ComparedArticle &la = c.articles.at(lead.article);
        const QString text = la.textOf(la.sentences.at(lead.sentences.first()).range).simplified();
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        item->setData(Qt::UserRole, claim.id);
        m_table->setItem(row, 0, item);
        for (int a = 0; a < c.articles.size(); ++a) {
            const int k = int(c.coverage(claim.id, a));
            auto *cell = new QTableWidgetItem(marks.at(k));
            cell->setTextAlignment(Qt::AlignCenter);
            if (k > 0)
                cell->setToolTip(tr(tips.at(k)));
            m_table->setItem(row, a + 1, cell);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col < m_table->columnCount(); ++col)
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
}

} // namespace Parallax
