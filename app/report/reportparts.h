// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/comparison.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Parallax {

struct ClaimOrder;

// What the screen page and the printed report share (app/report internals): the style
// sheet and the script (resources/report/, compiled in), and the articles' paragraphs with
// every sentence marked with what the engine found.
namespace ReportParts {

// The report's words, in the translation context Parallax::HtmlReport.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Parallax::HtmlReport)
};

QString esc(const QString &text);

// resources/report/report.css and report.js, read once.
QString style();
QString script();

// Every paragraph of an article as <p>, each sentence a marked span; headings as headings.
// With `order` (paper), a sentence only this article has carries its number in the
// appendix's list.
QStringList paragraphsHtml(const Comparison &c, int index, const ClaimOrder *order = nullptr);

// The end of an article's heading: its `meta` items (escaped) on one line, then "Derived
// from X" when the engine found it derived from another article.
QString metaAndDerivedHtml(const Comparison &c, int index, const QStringList &meta);

// The key to the marks: what each colour and line means.
QString legendHtml();

} // namespace ReportParts

} // namespace Parallax
