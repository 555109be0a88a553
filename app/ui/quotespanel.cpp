// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/quotespanel.h"

#include "report/labels.h"
#include "ui/selectedrow.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Parallax {

QuotesPanel::QuotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this)) {
    m_model->setHorizontalHeaderLabels({tr("Quote"), tr("Speaker"), tr("Outlets"), tr("Match")});
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QuoteColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Quotes"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Quote versions"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The selected quote's versions are shown beside the table (Tab arriving selects nothing);
    // Enter or a double-click shows its sentences in the columns.
    m_table->setTabKeyNavigation(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { showDetails(SelectedRow::of(m_table)); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.row() >= 0 && index.row() < m_groups.size())
            Q_EMIT quoteActivated(m_groups.at(index.row()).first());
    });
}

QuotesPanel::~QuotesPanel() = default;

int QuotesPanel::rowCount() const {
    return m_model->rowCount();
}

void QuotesPanel::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    m_groups = QuoteExtractor::groups(comparison);
    m_model->removeRows(0, m_model->rowCount());
    for (const QList<int> &group : std::as_const(m_groups)) {
        const Quote &first = comparison.quotes.at(group.first());
        const QString speaker = QuoteExtractor::speakerOf(comparison, group);
        const QStringList outlets = QuoteExtractor::outletsOf(comparison, group);
        auto *text = new QStandardItem(QStringLiteral("“%1”").arg(first.text));
        text->setToolTip(first.text);
        auto *who = new QStandardItem(speaker.isEmpty() ? tr("(not attributed)") : speaker);
        auto *where = new QStandardItem(outlets.join(QStringLiteral(", ")));
        where->setToolTip(outlets.join(u'\n'));
        auto *match = new QStandardItem(Labels::quoteGroupMatch(comparison, group));
        m_model->appendRow({text, who, where, match});
    }
    m_table->resizeColumnToContents(SpeakerColumn);
    m_table->resizeColumnToContents(MatchColumn);
    m_details->setHtml(m_groups.isEmpty()
                           ? tr("<p>No quotations in these articles.</p>")
                           : tr("<p>Select a quote to see each outlet's version.</p>"));
}

void QuotesPanel::showDetails(int row) {
    if (row < 0 || row >= m_groups.size())
        return;
    const QList<int> &group = m_groups.at(row);
    const Quote &reference = m_comparison.quotes.at(group.first());
    // Each version against the first: words only in this version are marked, words of the
    // first version it lacks are struck through. Marks are bold and struck, not only coloured.
    QString html;
    for (int q : group) {
        const Quote &quote = m_comparison.quotes.at(q);
        html +=
            QStringLiteral("<p><b>%1</b><br>")
                .arg(m_comparison.articles.at(quote.article).article.displayName().toHtmlEscaped());
        if (q == group.first()) {
            html += QStringLiteral("“%1”").arg(quote.text.toHtmlEscaped());
        } else {
            html += QStringLiteral("“");
            for (const QuoteDiffPiece &piece : QuoteExtractor::diff(reference.text, quote.text)) {
                const QString words = piece.text.toHtmlEscaped();
                if (piece.op == QuoteDiffPiece::Op::Equal)
                    html += words + u' ';
                else if (piece.op == QuoteDiffPiece::Op::Insert)
                    html += QStringLiteral(
                                "<b style=\"background-color:#f0e442; color:#1d1d1f\">%1</b> ")
                                .arg(words);
                else
                    html += QStringLiteral("<s style=\"color:#d55e00\">%1</s> ").arg(words);
            }
            html = html.trimmed() + QStringLiteral("”");
        }
        html += QStringLiteral("</p>");
    }
    QSet<QPair<int, int>> shown;
    for (int q : group) {
        for (const QuoteMatch &m : m_comparison.quotes.at(q).matches) {
            if (m.kind != QuoteMatch::Kind::Reported || shown.contains({m.article, m.sentence}))
                continue;
            shown.insert({m.article, m.sentence});
            const ComparedArticle &a = m_comparison.articles.at(m.article);
            html += QStringLiteral("<p><b>%1</b> %2<br><i>%3</i></p>")
                        .arg(a.article.displayName().toHtmlEscaped(), tr("(reported speech)"),
                             a.textOf(a.sentences.at(m.sentence).range).toHtmlEscaped());
        }
    }
    m_details->setHtml(html);
}

} // namespace Parallax
