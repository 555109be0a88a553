// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Parallax {

// Dates as a reader of the chosen language writes them in full: "28 January 2025",
// "28. Januar 2025", "28 de enero de 2025", "2025年1月28日". The locale's long form without
// the weekday, which news dates do not need; never a numeric short form such as 1/28/25,
// whose order differs between countries.
class DateFormat final {
public:
    // The pattern (for QDate::toString and QDateEdit::setDisplayFormat).
    static QString pattern(const QLocale &locale = QLocale());
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    // The date in full and the time in the locale's short form.
    static QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
};

} // namespace Parallax
