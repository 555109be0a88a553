// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/alignedpanel.h"

#include "report/labels.h"

namespace Parallax {

namespace {

// A stretch of text with the ranges in `changed` in bold on a yellow ground.
QString marked(const QString &body, TextRange whole, const QList<TextRange> &changed) {
    QString html;
    qsizetype pos = whole.start;
    for (const TextRange &r : changed) {
        const qsizetype from = std::max(r.start, pos), to = std::min(r.end(), whole.end());
        if (to <= from)
            continue;
        html += body.mid(pos, from - pos).toHtmlEscaped();
        html += QStringLiteral("<b style=\"background-color:#f0e442; color:#1d1d1f\">%1</b>")
                    .arg(body.mid(from, to - from).toHtmlEscaped());
        pos = to;
    }
    html += body.mid(pos, whole.end() - pos).toHtmlEscaped();
    return html;
}

} // namespace

AlignedPanel::AlignedPanel(QWidget *parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setAccessibleName(tr("Aligned sentences"));
    setComparison({});
}

AlignedPanel::~AlignedPanel() = default;

void AlignedPanel::setComparison(const Comparison &comparison) {
    m_comparison = comparison;
    setHtml(tr(
        "<p>Click a sentence in the columns to see its counterparts here, one under another.</p>"));
}

void AlignedPanel::showSentence(int article, int sentence) {
    const Comparison &c = m_comparison;
    if (article < 0 || article >= c.articles.size() || sentence < 0 ||
        sentence >= c.articles.at(article).sentences.size())
        return;
    const ComparedArticle &own = c.articles.at(article);
    const ComparedSentence &s = own.sentences.at(sentence);
    // The selected sentence, with what differs from its closest counterpart.
    QList<TextRange> ownChanged;
    if (!s.links.isEmpty()) {
        const SentenceLink &l = s.links.first();
        const PairComparison &pair = c.pairs.at(l.pair);
        for (const DiffOp &op : pair.alignments.at(l.alignment).diff) {
            const std::optional<TextRange> &r = pair.a == article ? op.a : op.b;
            if (op.op != DiffOp::Op::Equal && r)
                ownChanged.append(*r);
        }
    }
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>")
                       .arg(own.article.displayName().toHtmlEscaped(),
                            marked(own.article.body, s.range, ownChanged));
    if (s.links.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("No other article carries this sentence.").toHtmlEscaped());
    for (const SentenceLink &l : s.links) {
        const ComparedArticle &other = c.articles.at(l.article);
        const PairComparison &pair = c.pairs.at(l.pair);
        QList<TextRange> changed;
        for (const DiffOp &op : pair.alignments.at(l.alignment).diff) {
            const std::optional<TextRange> &r = pair.a == l.article ? op.a : op.b;
            if (op.op != DiffOp::Op::Equal && r)
                changed.append(*r);
        }
        QStringList texts;
        for (int t : l.sentences)
            texts.append(marked(other.article.body, other.sentences.at(t).range, changed));
        QString relation = Labels::alignmentKind(l.kind);
        if (l.moved)
            //: A sentence that stands at another place in the other article
            relation += QStringLiteral(", ") + tr("moved");
        html += QStringLiteral("<hr><p><b>%1</b> — %2<br>%3</p>")
                    .arg(other.article.displayName().toHtmlEscaped(), relation.toHtmlEscaped(),
                         texts.join(u' '));
    }
    setHtml(html);
}

} // namespace Parallax
