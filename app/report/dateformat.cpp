// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/dateformat.h"

#include <QRegularExpression>

namespace Parallax {

QString DateFormat::pattern(const QLocale &locale) {
    // The weekday leads ("dddd, d. MMMM yyyy") or trails ("yyyy年M月d日dddd") with its
    // separator; what is left is the date.
    static const QRegularExpression weekday(QStringLiteral("^dddd[,\\s]*|[,\\s]*dddd$"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return format.trimmed();
}

QString DateFormat::date(const QDate &date, const QLocale &locale) {
    return locale.toString(date, pattern(locale));
}

QString DateFormat::dateTime(const QDateTime &dateTime, const QLocale &locale) {
    return locale.toString(dateTime,
                           pattern(locale) + u' ' + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace Parallax
