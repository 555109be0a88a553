// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/screenreport.h"

#include "report/dateformat.h"
#include "report/labels.h"
#include "report/reportparts.h"

#include <QCoreApplication>
#include <QLocale>

namespace Parallax {

using namespace ReportParts;

namespace {

// The column heading on screen, compact so that many columns stay readable: the outlet
// (double-click to name it; "inferred" when the importer guessed it), the date and the
// share found elsewhere on one line, the headline in two at most, byline and length.
QString screenHeader(const Comparison &c, int index) {
    const ComparedArticle &ca = c.articles.at(index);
    const Article &a = ca.article;
    const QLocale locale;
    QString tip = a.displayName() + u'\n';
    if (a.outletInferred())
        tip += Labels::outletInferredFrom(a.outletSource) + u' ';
    tip += Tr::tr("Double-click to name the outlet.");
    QString html = QStringLiteral("<header class=\"compact\"><div class=\"top\">");
    html += QStringLiteral("<div class=\"outlet\" data-a=\"%1\" data-name=\"%2\" data-shown=\"%3\" "
                           "title=\"%4\">%3</div>")
                .arg(index)
                .arg(esc(a.outlet), esc(a.displayName()), esc(tip));
    if (a.outletInferred())
        html += QStringLiteral("<span class=\"inferred\" title=\"%1\">%2</span>")
                    .arg(esc(Labels::outletInferredFrom(a.outletSource)), esc(Tr::tr("inferred")));
    if (a.published.isValid())
        html += QStringLiteral("<span class=\"when\">%1</span>")
                    .arg(esc(DateFormat::date(a.published, locale)));
    if (c.articles.size() > 1)
        html += QStringLiteral("<span class=\"share\" title=\"%1\">%2</span>")
                    .arg(esc(Tr::tr("Share of this article's sentences found in the others")),
                         esc(Tr::tr("%1% elsewhere").arg(qRound(ca.sharedShare() * 100))));
    html += QStringLiteral("</div><h2 title=\"%1\">%1</h2>").arg(esc(a.title));
    QStringList meta;
    if (!a.byline.isEmpty())
        meta.append(esc(a.byline));
    meta.append(esc(Tr::tr("%n words", nullptr, a.wordCount)));
    return html + metaAndDerivedHtml(c, index, meta) + QStringLiteral("</header>");
}

void renderArticle(QString &html, const Comparison &c, int index) {
    const Article &a = c.articles.at(index).article;
    // Each column is a stop of the keyboard's Tab (the arrow keys then scroll it), named by its
    // outlet for a screen reader.
    html += QStringLiteral("<div class=\"colwrap\"><section class=\"article\" id=\"a%1\" "
                           "lang=\"%2\" tabindex=\"0\" "
                           "aria-label=\"%3\">")
                .arg(index)
                .arg(esc(a.language.isEmpty() ? QStringLiteral("en") : a.language),
                     esc(a.displayName()));
    html += screenHeader(c, index);
    html += paragraphsHtml(c, index).join(QString());
    html += QStringLiteral("</section><div class=\"strip\" title=\"%1\"></div></div>\n")
                .arg(esc(Tr::tr("Overview of %1: click to go there").arg(a.displayName())));
}

} // namespace

QString ScreenReport::body(const Comparison &comparison, const HtmlReport::Options &options,
                           const QString &nonce) {
    QString html;
    if (comparison.articles.size() > 1)
        html += legendHtml();

    QList<int> shown;
    for (int i : options.columns) {
        if (i >= 0 && i < comparison.articles.size() && !shown.contains(i))
            shown.append(i);
    }
    if (shown.isEmpty()) {
        for (int i = 0; i < comparison.articles.size(); ++i)
            shown.append(i);
    }
    html += QStringLiteral("<main class=\"columns\" style=\"grid-template-columns:repeat(%1, "
                           "minmax(20em, 1fr))\">\n")
                .arg(shown.size());
    for (int i : std::as_const(shown))
        renderArticle(html, comparison, i);
    html += QStringLiteral("</main><script nonce=\"%1\">%2</script></body></html>\n")
                .arg(nonce, script());
    return html;
}

} // namespace Parallax
