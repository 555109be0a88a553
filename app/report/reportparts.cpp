// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportparts.h"

#include "core/claimorder.h"
#include "core/comparisonjson.h"
#include "report/labels.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace Parallax {

namespace ReportParts {

namespace {

QString resourceText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("report resource %s is missing", qPrintable(path)); // compiled in: a build error
    return QString::fromUtf8(file.readAll());
}

// The page's class for a sentence's strongest alignment: the engine's code, as in the JSON.
QString kindClass(const std::optional<AlignmentKind> &kind) {
    return kind ? ComparisonJson::kindName(*kind) : QStringLiteral("unique");
}

// Why a sentence was aligned with its counterpart in `link`, for the hover: the figures and
// names both carry, the words taken as the same, the figures that changed and what only one
// side has (the alignment's basis), a line each, at most a few items a line.
QStringList basisLines(const Comparison &c, int article, const SentenceLink &link) {
    const PairComparison &pair = c.pairs.at(link.pair);
    const AlignmentBasis &basis = pair.alignments.at(link.alignment).basis;
    const bool sideA = pair.a == article;
    const ComparedArticle &here = c.articles.at(article);
    const ComparedArticle &there = c.articles.at(link.article);
    auto textHere = [&](const AlignmentBasis::Item &i) {
        return here.textOf(*(sideA ? i.a : i.b));
    };
    auto textThere = [&](const AlignmentBasis::Item &i) {
        return there.textOf(*(sideA ? i.b : i.a));
    };
    constexpr int kMostPerLine = 6;
    QStringList shared, words, changed, onlyHere, onlyThere;
    for (const AlignmentBasis::Item &i : basis.shared) {
        if (!i.a || !i.b)
            continue;
        if (i.code == AlignmentBasis::Code::Synonym)
            words.append(textHere(i) + QStringLiteral(" ~ ") + textThere(i));
        else if (!shared.contains(textHere(i)))
            shared.append(textHere(i));
    }
    for (const AlignmentBasis::Item &i : basis.differs) {
        const bool hasHere = sideA ? bool(i.a) : bool(i.b);
        const bool hasThere = sideA ? bool(i.b) : bool(i.a);
        if (hasHere && hasThere)
            changed.append(textHere(i) + QStringLiteral(" \u2192 ") + textThere(i));
        else if (hasHere)
            onlyHere.append(textHere(i));
        else if (hasThere)
            onlyThere.append(textThere(i));
    }
    auto list = [&](const QStringList &items) {
        return items.mid(0, kMostPerLine).join(QStringLiteral(", "));
    };
    QStringList lines;
    if (!shared.isEmpty())
        lines.append(Tr::tr("Shared: %1").arg(list(shared)));
    if (!words.isEmpty())
        lines.append(Tr::tr("Same meaning: %1").arg(list(words)));
    if (!changed.isEmpty())
        lines.append(Tr::tr("Changed: %1").arg(list(changed)));
    if (!onlyHere.isEmpty())
        lines.append(Tr::tr("Only here: %1").arg(list(onlyHere)));
    if (!onlyThere.isEmpty())
        lines.append(Tr::tr("Only in %1: %2").arg(there.article.displayName(), list(onlyThere)));
    for (QString &line : lines)
        line.prepend(QStringLiteral("  "));
    return lines;
}

QString sentenceTitle(const Comparison &c, int article, const ComparedSentence &s) {
    if (s.heading)
        return Tr::tr("Section heading (not compared)");
    if (s.links.isEmpty())
        return Tr::tr("Only in this article");
    QStringList lines;
    for (const SentenceLink &l : s.links) {
        lines.append(Labels::alignedIn(l.kind, c.articles.at(l.article).article.displayName()));
        if (l.kind != AlignmentKind::Verbatim)
            lines += basisLines(c, article, l);
    }
    return lines.join(QLatin1Char('\n'));
}

// The ranges of a sentence's words that differ from its closest counterpart.
QList<TextRange> changedRanges(const Comparison &c, int article, const ComparedSentence &s) {
    QList<TextRange> out;
    if (s.links.isEmpty() || s.links.first().kind == AlignmentKind::Verbatim)
        return out;
    const SentenceLink &link = s.links.first();
    const PairComparison &pair = c.pairs.at(link.pair);
    const bool sideA = pair.a == article;
    const QList<DiffOp> &diff = pair.alignments.at(link.alignment).diff;
    // In a heavy paraphrase nearly every word differs; marking them all says nothing. Words
    // are marked when most of the sentence is the same, as in an edited copy.
    qsizetype same = 0, total = 0;
    for (const DiffOp &op : diff) {
        const std::optional<TextRange> &r = sideA ? op.a : op.b;
        if (!r)
            continue;
        total += r->length;
        if (op.op == DiffOp::Op::Equal)
            same += r->length;
    }
    if (total == 0 || same * 2 < total)
        return out;
    for (const DiffOp &op : diff) {
        if (sideA && op.op == DiffOp::Op::Delete && op.a)
            out.append(*op.a);
        else if (!sideA && op.op == DiffOp::Op::Insert && op.b)
            out.append(*op.b);
    }
    return out;
}

// A stretch of a sentence drawn in a style of its own: a changed word, a figure, a quote.
struct Mark {
    TextRange range;
    QString cls;   // "chg", "fig", "fig disputed", "q altered"
    QString id;    // on the first piece, for figures ("f12")
    QString title; // tooltip
};

// Escaped sentence text cut at every mark boundary; each piece carries the classes of the
// marks over it (marks may overlap: a changed figure is both).
QString sentenceHtml(const ComparedArticle &ca, const ComparedSentence &s,
                     const QList<Mark> &marks) {
    const qsizetype start = s.range.start, end = s.range.end();
    QList<qsizetype> cuts{start, end};
    QList<const Mark *> inside;
    for (const Mark &m : marks) {
        if (m.range.end() <= start || m.range.start >= end)
            continue;
        inside.append(&m);
        cuts.append(std::max(m.range.start, start));
        cuts.append(std::min(m.range.end(), end));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QString html;
    for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
        const qsizetype from = cuts.at(k), to = cuts.at(k + 1);
        QStringList classes, titles;
        QString id;
        bool endsMark = false;
        for (const Mark *m : std::as_const(inside)) {
            if (m->range.start <= from && m->range.end() >= to) {
                classes.append(m->cls);
                if (!m->title.isEmpty() && !titles.contains(m->title))
                    titles.append(m->title);
                if (!m->id.isEmpty() && m->range.start == from)
                    id = m->id;
                endsMark = endsMark || (m->range.end() == to && m->cls != QStringLiteral("chg"));
            }
        }
        if (endsMark)
            classes.append(QStringLiteral("end"));
        const QString text = esc(ca.article.body.mid(from, to - from));
        if (classes.isEmpty()) {
            html += text;
            continue;
        }
        html += QStringLiteral("<span class=\"%1\"").arg(classes.join(u' '));
        if (!id.isEmpty())
            html += QStringLiteral(" id=\"%1\"").arg(id);
        if (!titles.isEmpty())
            html += QStringLiteral(" title=\"%1\"").arg(esc(titles.join(u'\n')));
        html += u'>' + text + QStringLiteral("</span>");
    }
    return html;
}

// Figures and quotes of one article as marks, the disputed ones with what they disagree
// with.
QList<Mark> factMarks(const Comparison &c, int article) {
    QHash<int, QStringList> figureDisputes, quoteDisputes; // index -> "outlet: text" of the others
    for (const Discrepancy &d : c.discrepancies) {
        for (const Discrepancy::Item &item : d.items) {
            QStringList others;
            for (const Discrepancy::Item &o : d.items) {
                if (&o != &item && !(o.article == item.article && o.range == item.range))
                    others.append(c.articles.at(o.article).article.displayName() +
                                  QStringLiteral(": ") + o.text);
            }
            const QString about = Labels::discrepancyAbout(d.about);
            const QString line = others.isEmpty() ? about
                                                  : about + QStringLiteral(" \u2260 ") +
                                                        others.join(QStringLiteral("; "));
            if (item.figure >= 0)
                figureDisputes[item.figure].append(line);
            if (item.quote >= 0)
                quoteDisputes[item.quote].append(line);
        }
    }
    QList<Mark> marks;
    for (int f = 0; f < c.figures.size(); ++f) {
        const Figure &fig = c.figures.at(f);
        if (fig.article != article)
            continue;
        const bool disputed = figureDisputes.contains(f);
        QString title = fig.entity.isEmpty() ? Labels::measure(fig.measure)
                                             : fig.entity + u' ' + Labels::measure(fig.measure);
        if (disputed)
            title += u'\n' + Tr::tr("Disagrees: %1").arg(figureDisputes.value(f).join(u'\n'));
        marks.append({fig.range, disputed ? QStringLiteral("fig disputed") : QStringLiteral("fig"),
                      QStringLiteral("f%1").arg(f), title});
    }
    for (int q = 0; q < c.quotes.size(); ++q) {
        const Quote &quote = c.quotes.at(q);
        if (quote.article != article || !quoteDisputes.contains(q))
            continue;
        for (const TextRange &part : quote.parts)
            marks.append(
                {part, QStringLiteral("q altered"), QString(), quoteDisputes.value(q).join(u'\n')});
    }
    // In text order, so that each sentence finds its own by a binary search (marksOf).
    std::sort(marks.begin(), marks.end(),
              [](const Mark &x, const Mark &y) { return x.range.start < y.range.start; });
    return marks;
}

// The marks over one sentence: its changed words, and the facts (sorted by start, the
// longest `longestFact` long) that overlap it, found without a pass over all of them.
QList<Mark> marksOf(const Comparison &c, int index, const ComparedSentence &s,
                    const QList<Mark> &facts, qsizetype longestFact) {
    QList<Mark> marks;
    for (const TextRange &r : changedRanges(c, index, s))
        marks.append({r, QStringLiteral("chg"), QString(), QString()});
    auto it =
        std::lower_bound(facts.cbegin(), facts.cend(), s.range.start - longestFact,
                         [](const Mark &m, qsizetype start) { return m.range.start < start; });
    for (; it != facts.cend() && it->range.start < s.range.end(); ++it) {
        if (it->range.end() > s.range.start)
            marks.append(*it);
    }
    return marks;
}

} // namespace

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString style() {
    static const QString text = resourceText(QStringLiteral(":/report/report.css"));
    return text;
}

QString script() {
    static const QString text = resourceText(QStringLiteral(":/report/report.js"));
    return text;
}

QStringList paragraphsHtml(const Comparison &c, int index, const ClaimOrder *order) {
    const ComparedArticle &ca = c.articles.at(index);
    const bool several = c.articles.size() > 1;
    const QList<Mark> facts = factMarks(c, index);
    qsizetype longestFact = 0;
    for (const Mark &m : facts)
        longestFact = std::max(longestFact, m.range.length);
    QStringList paragraphs;
    int sentence = 0;
    for (int p = 0; p < ca.paragraphs.size(); ++p) {
        const bool heading = sentence < ca.sentences.size() &&
                             ca.sentences.at(sentence).paragraph == p &&
                             ca.sentences.at(sentence).heading;
        QString html = heading ? QStringLiteral("<p class=\"hd\">") : QStringLiteral("<p>");
        bool first = true;
        while (sentence < ca.sentences.size() && ca.sentences.at(sentence).paragraph == p) {
            const ComparedSentence &s = ca.sentences.at(sentence);
            QStringList links;
            for (const SentenceLink &l : s.links) {
                for (int t : l.sentences)
                    links.append(QStringLiteral("a%1s%2").arg(l.article).arg(t));
            }
            if (!first)
                html += QLatin1Char(' ');
            // Classes the filters and the overview use: shared word for word by every other
            // article, carrying a figure or a quote the outlets disagree on.
            const QList<Mark> marks = marksOf(c, index, s, facts, longestFact);
            QStringList classes{s.heading ? QStringLiteral("hd")
                                : several ? kindClass(s.strongestKind())
                                          : QString()};
            if (several && s.verbatimIn().size() == c.articles.size() - 1)
                classes.append(QStringLiteral("same"));
            if (std::any_of(marks.cbegin(), marks.cend(),
                            [](const Mark &m) { return m.cls == QStringLiteral("fig disputed"); }))
                classes.append(QStringLiteral("figchg"));
            if (std::any_of(marks.cbegin(), marks.cend(),
                            [](const Mark &m) { return m.cls == QStringLiteral("q altered"); }))
                classes.append(QStringLiteral("quotechg"));
            // Moved text is marked against a copy (a derived pair, or word for word), where
            // a place in the order means something; independent articles order as they like.
            for (const SentenceLink &l : s.links) {
                if (!l.moved || (c.pairs.at(l.pair).derived == PairComparison::Derived::None &&
                                 l.kind != AlignmentKind::Verbatim))
                    continue;
                html += QStringLiteral(
                            "<a class=\"moved\" data-goto=\"a%1s%2\" title=\"%3\">\u21b7</a>")
                            .arg(l.article)
                            .arg(l.sentences.first())
                            .arg(esc(Tr::tr("Moved: %1 has this elsewhere; click to go there")
                                         .arg(c.articles.at(l.article).article.displayName())));
                break;
            }
            html +=
                QStringLiteral(
                    "<span class=\"s %1\" id=\"a%2s%3\" data-links=\"%4\" title=\"%5\">%6</span>")
                    .arg(classes.join(u' ').trimmed())
                    .arg(index)
                    .arg(sentence)
                    .arg(links.join(QLatin1Char(' ')), esc(sentenceTitle(c, index, s)),
                         sentenceHtml(ca, s, marks));
            if (order && several && s.isUnique())
                html += QStringLiteral("<sup class=\"un\">%1</sup>")
                            .arg(order->onlyIn.at(index).indexOf(sentence) + 1);
            first = false;
            ++sentence;
        }
        html += QStringLiteral("</p>\n");
        paragraphs.append(html);
    }
    return paragraphs;
}

QString metaAndDerivedHtml(const Comparison &c, int index, const QStringList &meta) {
    QString html =
        QStringLiteral("<div class=\"meta\">%1</div>").arg(meta.join(QStringLiteral(" &middot; ")));
    const int from = c.articles.at(index).derivedFrom;
    if (from >= 0)
        html +=
            QStringLiteral("<div class=\"derived\">%1</div>")
                .arg(esc(Tr::tr("Derived from %1").arg(c.articles.at(from).article.displayName())));
    return html;
}

QString legendHtml() {
    QString html = QStringLiteral("<div class=\"legend\" role=\"note\">");
    const QList<QPair<QString, QString>> keys{
        {QStringLiteral("s verbatim"), Labels::alignedElsewhere(AlignmentKind::Verbatim)},
        {QStringLiteral("s reworded"), Labels::alignedElsewhere(AlignmentKind::Reworded)},
        {QStringLiteral("s partial"), Labels::alignedElsewhere(AlignmentKind::Partial)},
        {QStringLiteral("s unique"), Tr::tr("Only in this article")},
        {QStringLiteral("chg"), Tr::tr("changed words")},
        {QStringLiteral("fig"), Tr::tr("figure")},
        {QStringLiteral("fig disputed end"), Tr::tr("figure that disagrees")},
        {QStringLiteral("q altered"), Tr::tr("quote worded differently")}};
    for (const auto &[cls, label] : keys)
        html += QStringLiteral("<span class=\"key\"><span class=\"%1 sample\">%2</span></span>")
                    .arg(cls, esc(label));
    html += QStringLiteral("</div>");
    return html;
}

} // namespace ReportParts

} // namespace Parallax
