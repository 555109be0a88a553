// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Parallax {

namespace {

// The translators installed by apply(), removed by the next.
QList<QTranslator *> &installed() {
    static QList<QTranslator *> list;
    return list;
}

} // namespace

QList<Language::Choice> Language::choices() {
    // Each name in its own language, so a reader lost in a foreign one finds theirs.
    return {{QString(), QCoreApplication::translate("Parallax::Language", "System Language")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")},
            {QStringLiteral("zh_CN"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587")}};
}

QString Language::saved() {
    return QSettings().value(QStringLiteral("language")).toString();
}

void Language::save(const QString &code) {
    QSettings().setValue(QStringLiteral("language"), code);
}

QLocale Language::locale(const QString &code) {
    if (code.isEmpty())
        return QLocale::system();
    if (code == QLatin1String("en")) {
        // English as the reader's own English-speaking country writes it; elsewhere the
        // day-month-year of English outside the US ("28 January 2025"), not QLocale("en"),
        // which is American ("January 28, 2025", 1/28/25).
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English
                   ? system
                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    }
    return QLocale(code);
}

void Language::apply(const QString &code) {
    for (QTranslator *t : std::as_const(installed())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    const QLocale locale = Language::locale(code);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    auto *own = new QTranslator;
    // Parallax's strings are English: a language it has no translation for (or the "C"
    // locale of a bare system) gets the English plural forms.
    if (own->load(locale, QStringLiteral("parallax"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/parallax_en.qm"))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
}

} // namespace Parallax
