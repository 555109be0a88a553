// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/dateformat.h"
#include "report/labels.h"
#include "ui/language.h"

#include <QTest>

using namespace Parallax;

// Dates follow the language chosen in View > Language, written in full as its readers do,
// never in a numeric short form; chart measures come in that language too.
class TestDateFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Language::apply(QString()); }

    void longFormWithoutWeekday_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("28. Januar 2025");
        QTest::newRow("British English")
            << QStringLiteral("en_GB") << QStringLiteral("28 January 2025");
        QTest::newRow("American English")
            << QStringLiteral("en_US") << QStringLiteral("January 28, 2025");
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("28 janvier 2025");
        QTest::newRow("Spanish") << QStringLiteral("es_ES")
                                 << QStringLiteral("28 de enero de 2025");
        QTest::newRow("Simplified Chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("2025\u5e741\u670828\u65e5");
    }

    void longFormWithoutWeekday() {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(DateFormat::date(QDate(2025, 1, 28), QLocale(locale)), expected);
    }

    // The choices of View > Language, applied as the window applies them: the default
    // locale then writes every date in the language's long form. (The tests run in the C
    // locale, so "English" is not the system's language here.)
    void chosenLanguageWritesDates_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("number");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("28 January 2025")
                                 << QStringLiteral("12,345.5");
        QTest::newRow("Deutsch") << QStringLiteral("de") << QStringLiteral("28. Januar 2025")
                                 << QStringLiteral("12.345,5");
        QTest::newRow("Fran\u00e7ais") << QStringLiteral("fr") << QStringLiteral("28 janvier 2025")
                                       << QStringLiteral("12\u202f345,5");
    }

    void chosenLanguageWritesDates() {
        QFETCH(QString, code);
        QFETCH(QString, date);
        QFETCH(QString, number);
        Language::apply(code);
        QCOMPARE(DateFormat::date(QDate(2025, 1, 28)), date);
        QCOMPARE(QLocale().toString(12345.5, 'f', 1), number);
        QVERIFY(!DateFormat::date(QDate(2025, 1, 28)).contains(u'/'));
        QCOMPARE(
            DateFormat::dateTime(QDateTime(QDate(2025, 1, 28), QTime(14, 5))).left(date.size()),
            date);
    }

    void measuresAreTranslated() {
        Language::apply(QStringLiteral("de"));
        const QString training = Labels::measure(QStringLiteral("training cost"));
        QVERIFY2(training != QLatin1String("training cost"), qPrintable(training));
        QVERIFY(!training.isEmpty());
        QCOMPARE(Labels::measure(QStringLiteral("no such measure")),
                 QStringLiteral("no such measure"));
        Language::apply(QStringLiteral("en"));
        QCOMPARE(Labels::measure(QStringLiteral("training cost")), QStringLiteral("training cost"));
    }
};

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
