// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/coveragepanel.h"

#include "core/claimorder.h"
#include "report/labels.h"
#include "ui/selectedrow.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Parallax {

CoveragePanel::CoveragePanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_partialOnly(new QCheckBox(tr("Only facts some outlets leave out"), this)) {
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Coverage"));
    auto *legend = new QLabel(Labels::coverageMarks(QStringLiteral("  ")) + QStringLiteral("  ■ ") +
                                  Labels::onlyInThisOutlet(),
                              this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_partialOnly);
    bar->addStretch(1);
    bar->addWidget(legend);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    setTabOrder(m_partialOnly, m_table); // as they stand, the box above the table
    connect(m_partialOnly, &QCheckBox::toggled, this, &CoveragePanel::fill);
    new SelectedRow(m_table, [this](int row) {
        if (QTableWidgetItem *item = m_table->item(row, 0);
            item && item->data(Qt::UserRole).toInt() >= 0)
            Q_EMIT claimActivated(item->data(Qt::UserRole).toInt());
    });
}

CoveragePanel::~CoveragePanel() = default;

void CoveragePanel::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    fill();
}

void CoveragePanel::fill() {
    const Comparison &c = m_comparison;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(int(c.articles.size()) + 1);
    //: Column header: a fact (figure or quote) the articles report, one per row
    QStringList headers{tr("Claim")};
    for (const ComparedArticle &a : c.articles)
        headers.append(a.article.displayName());
    m_table->setHorizontalHeaderLabels(headers);
    static const QStringList marks{QString(), QStringLiteral("■"), QStringLiteral("●"),
                                   QStringLiteral("◑"), QStringLiteral("○")};
    const QStringList tips{QString(), Labels::onlyInThisOutlet(),
                           Labels::alignmentKind(AlignmentKind::Verbatim),
                           Labels::alignmentKind(AlignmentKind::Reworded),
                           Labels::alignmentKind(AlignmentKind::Partial)};
    auto addRow = [&](const QString &text, int claim) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        item->setData(Qt::UserRole, claim);
        m_table->setItem(row, 0, item);
        for (int a = 0; a < c.articles.size(); ++a) {
            const int k = claim >= 0 ? int(c.coverage(claim, a)) : 0;
            auto *cell = new QTableWidgetItem(marks.at(k));
            cell->setTextAlignment(Qt::AlignCenter);
            if (k > 0)
                cell->setToolTip(tips.at(k));
            m_table->setItem(row, a + 1, cell);
        }
        return item;
    };
    // The same order as the printed report: what two or more outlets carry, most-carried
    // first, then per outlet what only it has, numbered as in the report's appendix.
    const ClaimOrder order = ClaimOrder::of(c);
    for (int claim : order.shared) {
        if (m_partialOnly->isChecked() && ClaimOrder::outletsOf(c, claim) == c.articles.size())
            continue;
        const Claim::Member &lead = c.claims.at(claim).members.first();
        const ComparedArticle &la = c.articles.at(lead.article);
        addRow(la.textOf(la.sentences.at(lead.sentences.first()).range).simplified(), claim);
    }
    for (int a = 0; a < c.articles.size(); ++a) {
        const ComparedArticle &ca = c.articles.at(a);
        const QList<int> &only = order.onlyIn.at(a);
        if (only.isEmpty())
            continue;
        QTableWidgetItem *group =
            addRow(tr("Only in %1 (%n sentence(s))", nullptr, int(only.size()))
                       .arg(ca.article.displayName()),
                   -1);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (int n = 0; n < only.size(); ++n) {
            const ComparedSentence &s = ca.sentences.at(only.at(n));
            addRow(QStringLiteral("%1. %2").arg(n + 1).arg(ca.textOf(s.range).simplified()),
                   s.claim);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int col = 1; col < m_table->columnCount(); ++col)
        m_table->horizontalHeader()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
}

} // namespace Parallax
