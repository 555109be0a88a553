// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "core/comparison.h"

#include <QString>

namespace Parallax {

// Writes a comparison as a PDF an editor can hand on: the printed form of the report
// (HtmlReport with Options::print) rendered by Qt WebEngine's printToPdf on landscape A4, so
// the text stays real, selectable text with its fonts embedded; then a running header (the
// story and the outlets) and "Page n of N" are laid over every page (QPdfWriter for the
// overlay, libqpdf to stamp it). Needs a QGuiApplication (offscreen is enough); blocks
// until the file is written, running the event loop meanwhile.
class PdfExport final
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::PdfExport)

public:
    struct Result
    {
        bool ok = false;
        QString error; // names the file and the reason
        int pages = 0;
    };

    static Result write(const Comparison &comparison, const QString &path, const QString &title = {});
};

} // namespace Parallax
