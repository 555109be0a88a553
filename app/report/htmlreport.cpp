// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include "report/printreport.h"
#include "report/reportparts.h"
#include "report/screenreport.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace Parallax {

using namespace ReportParts;

QString HtmlReport::render(const Comparison &comparison, const Options &options) {
    // A fresh nonce per page: only the script written below may run, nothing else.
    const QString nonce = QString::number(QRandomGenerator::global()->generate64(), 36);
    QString html;
    html.reserve(4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html%1><head><meta charset=\"utf-8\">")
                .arg(options.print  ? QStringLiteral(" class=\"print\"")
                     : options.dark ? QStringLiteral(" class=\"screen dark\"")
                                    : QStringLiteral(" class=\"screen\""));
    // No foreign script, no remote resource, no form: the page is inert whatever the
    // articles hold.
    html +=
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-%1'\">")
            .arg(nonce);
    html += QStringLiteral("<title>%1</title><style>")
                .arg(esc(comparison.isEmpty() ? Tr::tr("Comparison")
                                              : comparison.articles.first().article.title));
    html += style();
    if (!options.print)
        html += QStringLiteral("body{font-size:%1%%;}").arg(options.fontPercent);
    html += QStringLiteral("</style></head><body>");

    if (comparison.isEmpty()) {
        html += QStringLiteral("<div class=\"empty\">%1</div></body></html>")
                    .arg(esc(Tr::tr("Select two to six articles in the library, or drop article "
                                    "files here, to read them side by side.")));
        return html;
    }

    html += options.print ? PrintReport::body(comparison, options)
                          : ScreenReport::body(comparison, options, nonce);
    return html;
}

} // namespace Parallax
