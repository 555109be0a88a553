// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlReport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Okabe-Ito colours, each kind with its own line style as well, so that no mark relies on
// hue alone (readers with colour-blindness, and black-and-white prints).
const char *const kStyle = R"CSS(
:root { --bg:#ffffff; --fg:#1d1d1f; --muted:#5f6368; --rule:#d0d4da; --card:#f7f8fa;
        --verbatim:rgba(0,114,178,.16); --verbatim-line:#0072b2;
        --reworded:rgba(86,180,233,.20); --reworded-line:#2b8cc4;
        --partial-line:#7f7f7f;
        --unique:rgba(230,159,0,.16); --unique-line:#c47f00;
        --changed:rgba(240,228,66,.65); --hl:#cc79a7; --fig:#009e73; --disputed:#d55e00; }
:root.dark { --bg:#1e1f22; --fg:#e6e6e6; --muted:#a0a4aa; --rule:#3b3f45; --card:#26282c;
        --verbatim:rgba(86,180,233,.22); --verbatim-line:#56b4e9;
        --reworded:rgba(86,180,233,.12); --reworded-line:#56b4e9;
        --partial-line:#9a9a9a;
        --unique:rgba(230,159,0,.20); --unique-line:#e69f00;
        --changed:rgba(240,228,66,.35); --hl:#e08dc0; --fig:#3fc29a; --disputed:#ff7f3f; }
* { box-sizing:border-box; }
html { background:var(--bg); color:var(--fg); }
body { margin:0; font:15px/1.5 "Noto Serif","DejaVu Serif",Georgia,serif; }
.legend { position:sticky; top:0; z-index:2; display:flex; flex-wrap:wrap; gap:1.2em;
          align-items:center; padding:.45em 1em; background:var(--card);
          border-bottom:1px solid var(--rule); font:13px/1.4 "Noto Sans","DejaVu Sans",sans-serif; }
.legend .key { display:inline-flex; align-items:center; gap:.4em; }
.legend .sample { padding:0 .3em; }
.columns { display:grid; gap:0; align-items:start; }
.article { padding:0 1.1em 2em; border-right:1px solid var(--rule); min-width:0; }
.article:last-child { border-right:none; }
.article > header { padding:.9em 0 .6em; border-bottom:2px solid var(--rule); margin-bottom:.6em;
          font-family:"Noto Sans","DejaVu Sans",sans-serif; }
.outlet { font-weight:700; font-size:.8em; letter-spacing:.04em; text-transform:uppercase;
          color:var(--muted); }
h2 { font-size:1.08em; line-height:1.3; margin:.25em 0 .35em; }
.meta { font-size:.78em; color:var(--muted); }
.derived { font-size:.78em; margin-top:.3em; font-weight:700; color:var(--unique-line); }
p { margin:0 0 .85em; overflow-wrap:break-word; }
.s { text-underline-offset:.22em; text-decoration-thickness:1.5px; }
.s.verbatim { background:var(--verbatim); text-decoration:underline solid var(--verbatim-line); }
.s.reworded { background:var(--reworded); text-decoration:underline dashed var(--reworded-line); }
.s.partial { text-decoration:underline dotted var(--partial-line); }
.s.unique { background:var(--unique); text-decoration:underline wavy var(--unique-line); }
.chg { background:var(--changed); font-weight:600; text-decoration:none; }
.s.hl, .s.hover { outline:2px solid var(--hl); outline-offset:1px; border-radius:2px; }
.fig { border-bottom:2px solid var(--fig); }
.fig.disputed { border-bottom:3px double var(--disputed); font-weight:700; }
.disputed.end::after { content:"\2260"; font-size:.72em; vertical-align:super; color:var(--disputed);
          font-weight:700; margin-left:.1em; }
.q.altered { font-style:italic; border-bottom:2px dashed var(--disputed); }
.s.flash { animation:flash 2.4s ease-out; outline:3px solid var(--hl); outline-offset:2px; }
@keyframes flash { 0% { background:var(--hl); } 100% { background:transparent; } }
.empty { padding:3em; text-align:center; color:var(--muted); font-family:sans-serif; }
@media print { .legend { position:static; } .s.hl, .s.hover, .s.flash { outline:none; animation:none; } }
)CSS";

// Lights up a sentence's counterparts in the other columns while the pointer is on it.
// Our own script, allowed by the page's nonce; article text never carries any.
const char *const kScript = R"JS(
document.addEventListener('mouseover', function (e) {
  var s = e.target.closest ? e.target.closest('.s') : null;
  document.querySelectorAll('.s.hl, .s.hover').forEach(function (x) { x.classList.remove('hl', 'hover'); });
  if (!s) return;
  s.classList.add('hover');
  (s.dataset.links || '').split(' ').forEach(function (id) {
    var t = id && document.getElementById(id);
    if (t) t.classList.add('hl');
  });
});
)JS";

QString kindClass(const std::optional<AlignmentKind> &kind)
{
    if (!kind)
        return QStringLiteral("unique");
    switch (*kind) {
    case AlignmentKind::Verbatim:
        return QStringLiteral("verbatim");
    case AlignmentKind::Reworded:
        return QStringLiteral("reworded");
    case AlignmentKind::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

QString kindText(AlignmentKind kind)
{
    switch (kind) {
    case AlignmentKind::Verbatim:
        return Tr::tr("Word for word in %1");
    case AlignmentKind::Reworded:
        return Tr::tr("Reworded in %1");
    case AlignmentKind::Partial:
        return Tr::tr("Partly in %1");
    }
    return {};
}

QString sentenceTitle(const Comparison &c, const ComparedSentence &s)
{
    if (s.links.isEmpty())
        return Tr::tr("Only in this article");
    QStringList lines;
    for (const SentenceLink &l : s.links)
        lines.append(kindText(l.kind).arg(c.articles.at(l.article).article.displayName()));
    return lines.join(QLatin1Char('\n'));
}

// The ranges of a sentence's words that differ from its closest counterpart.
QList<TextRange> changedRanges(const Comparison &c, int article, const ComparedSentence &s)
{
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
struct Mark
{
    TextRange range;
    QString cls;   // "chg", "fig", "fig disputed", "q altered"
    QString id;    // on the first piece, for figures ("f12")
    QString title; // tooltip
};

// Escaped sentence text cut at every mark boundary; each piece carries the classes of the
// marks over it (marks may overlap: a changed figure is both).
QString sentenceHtml(const ComparedArticle &ca, const ComparedSentence &s, const QList<Mark> &marks)
{
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
QList<Mark> factMarks(const Comparison &c, int article)
{
    QHash<int, QStringList> figureDisputes, quoteDisputes; // index -> "outlet: text" of the others
    for (const Discrepancy &d : c.discrepancies) {
        for (const Discrepancy::Item &item : d.items) {
            QStringList others;
            for (const Discrepancy::Item &o : d.items) {
                if (&o != &item && !(o.article == item.article && o.range == item.range))
                    others.append(c.articles.at(o.article).article.displayName() + QStringLiteral(": ") + o.text);
            }
            const QString line = others.isEmpty() ? d.about : d.about + QStringLiteral(" \u2260 ") + others.join(QStringLiteral("; "));
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
        QString title = fig.entity.isEmpty() ? fig.measure : fig.entity + u' ' + fig.measure;
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
            marks.append({part, QStringLiteral("q altered"), QString(), quoteDisputes.value(q).join(u'\n')});
    }
    return marks;
}

QList<Mark> marksOf(const Comparison &c, int index, const ComparedSentence &s, const QList<Mark> &facts)
{
    QList<Mark> marks;
    for (const TextRange &r : changedRanges(c, index, s))
        marks.append({r, QStringLiteral("chg"), QString(), QString()});
    for (const Mark &m : facts) {
        if (m.range.start < s.range.end() && m.range.end() > s.range.start)
            marks.append(m);
    }
    return marks;
}

void renderArticle(QString &html, const Comparison &c, int index)
{
    const ComparedArticle &ca = c.articles.at(index);
    const Article &a = ca.article;
    const QLocale locale;
    html += QStringLiteral("<section class=\"article\" id=\"a%1\" lang=\"%2\"><header>")
                .arg(index)
                .arg(esc(a.language.isEmpty() ? QStringLiteral("en") : a.language));
    html += QStringLiteral("<div class=\"outlet\">%1</div>").arg(esc(a.displayName()));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(a.title));
    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(esc(a.byline));
    if (a.published.isValid())
        meta.append(esc(locale.toString(a.published, QLocale::LongFormat)));
    meta.append(esc(Tr::tr("%n words", nullptr, a.wordCount)));
    if (c.articles.size() > 1)
        meta.append(esc(Tr::tr("%1% found in the others").arg(qRound(ca.sharedShare() * 100))));
    html += QStringLiteral("<div class=\"meta\">%1</div>").arg(meta.join(QStringLiteral(" &middot; ")));
    if (ca.derivedFrom >= 0)
        html += QStringLiteral("<div class=\"derived\">%1</div>")
                    .arg(esc(Tr::tr("Derived from %1").arg(c.articles.at(ca.derivedFrom).article.displayName())));
    html += QStringLiteral("</header>");

    const bool several = c.articles.size() > 1;
    const QList<Mark> facts = factMarks(c, index);
    int sentence = 0;
    for (int p = 0; p < ca.paragraphs.size(); ++p) {
        html += QStringLiteral("<p>");
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
            html += QStringLiteral("<span class=\"s %1\" id=\"a%2s%3\" data-links=\"%4\" title=\"%5\">%6</span>")
                        .arg(several ? kindClass(s.strongestKind()) : QString())
                        .arg(index)
                        .arg(sentence)
                        .arg(links.join(QLatin1Char(' ')), esc(sentenceTitle(c, s)),
                             sentenceHtml(ca, s, marksOf(c, index, s, facts)));
            first = false;
            ++sentence;
        }
        html += QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</section>\n");
}

} // namespace

QString HtmlReport::render(const Comparison &comparison, const Options &options)
{
    // A fresh nonce per page: only the script written below may run, nothing else.
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    QString html;
    html.reserve(4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html%1><head><meta charset=\"utf-8\">")
                .arg(options.dark ? QStringLiteral(" class=\"dark\"") : QString());
    // No foreign script, no remote resource, no form: the page is inert whatever the
    // articles hold.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-%1'\">")
                .arg(nonce);
    html += QStringLiteral("<title>%1</title><style>")
                .arg(esc(comparison.isEmpty() ? Tr::tr("Comparison")
                                              : comparison.articles.first().article.title));
    html += QString::fromUtf8(kStyle);
    html += QStringLiteral("body{font-size:%1%%;}</style></head><body>").arg(options.fontPercent);

    if (comparison.isEmpty()) {
        html += QStringLiteral("<div class=\"empty\">%1</div></body></html>")
                    .arg(esc(Tr::tr("Select two to six articles in the library, or drop article "
                                    "files here, to read them side by side.")));
        return html;
    }

    if (comparison.articles.size() > 1) {
        html += QStringLiteral("<div class=\"legend\" role=\"note\">");
        const QList<QPair<QString, QString>> keys{
            {QStringLiteral("verbatim"), Tr::tr("Word for word elsewhere")},
            {QStringLiteral("reworded"), Tr::tr("Reworded elsewhere")},
            {QStringLiteral("partial"), Tr::tr("Partly elsewhere")},
            {QStringLiteral("unique"), Tr::tr("Only in this article")}};
        for (const auto &[cls, label] : keys)
            html += QStringLiteral("<span class=\"key\"><span class=\"s %1 sample\">%2</span></span>")
                        .arg(cls, esc(label));
        html += QStringLiteral("<span class=\"key\"><span class=\"chg sample\">%1</span></span>")
                    .arg(esc(Tr::tr("changed words")));
        html += QStringLiteral("<span class=\"key\"><span class=\"fig sample\">%1</span></span>")
                    .arg(esc(Tr::tr("figure")));
        html += QStringLiteral("<span class=\"key\"><span class=\"fig disputed end sample\">%1</span></span>")
                    .arg(esc(Tr::tr("figure that disagrees")));
        html += QStringLiteral("<span class=\"key\"><span class=\"q altered sample\">%1</span></span>")
                    .arg(esc(Tr::tr("quote worded differently")));
        html += QStringLiteral("</div>");
    }

    html += QStringLiteral("<main class=\"columns\" style=\"grid-template-columns:repeat(%1, "
                           "minmax(11em, 1fr))\">\n")
                .arg(comparison.articles.size());
    for (int i = 0; i < comparison.articles.size(); ++i)
        renderArticle(html, comparison, i);
    html += QStringLiteral("</main><script nonce=\"%1\">%2</script></body></html>\n")
                .arg(nonce, QString::fromUtf8(kScript));
    return html;
}

} // namespace Parallax
