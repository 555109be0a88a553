// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/pagescript.h"
#include "storage/library.h"
#include "ui/comparisonview.h"
#include "ui/figurespanel.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "services/exportservice.h"
#include "ui/theme.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

using namespace Parallax;

// View > Theme as a reader uses it: the widgets, the comparison page and the charts turn
// dark or light together, the choice is remembered, and the PDF stays light.
class TestTheme final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QVariant evaluate(ComparisonView *view, const QString &script) {
        return TestSupport::evaluate(view->page(), script);
    }

    // The background the page computes for itself, as "rgb(r, g, b)".
    static QString pageBackground(ComparisonView *view) {
        return evaluate(view, QStringLiteral(
                                  "getComputedStyle(document.documentElement).backgroundColor"))
            .toString();
    }

    static QAction *themeAction(MainWindow &window, const QString &key) {
        auto *menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("themeMenu"));
        return menu ? menu->findChild<QAction *>(QStringLiteral("theme-") + key) : nullptr;
    }

    // The share of a page's pixels that are dark (as a dark page's background is), rendered at 40
    // dpi on white paper (what the page leaves unpainted is transparent).
    static double darkShare(QPdfDocument &pdf, int page) {
        const QSizeF points = pdf.pagePointSize(page);
        const QImage rendered = pdf.render(page, (points * 40 / 72).toSize());
        QImage image(rendered.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter(&image).drawImage(0, 0, rendered);
        qsizetype dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += QColor(image.pixel(x, y)).lightness() < 100;
        }
        return double(dark) / (image.width() * image.height());
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("theme"));
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { QSettings().remove(QStringLiteral("theme")); }

    void switchesWidgetsPageAndCharts() {
        auto lib = Library::open(m_dir.filePath(QStringLiteral("theme.sqlite"))).library;
        QVERIFY(lib);
        Theme::apply(Theme::saved());
        QCOMPARE(Theme::saved(), Theme::Choice::System);
        const QPalette system = QApplication::palette();
        MainWindow window(*lib);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openSampleStory();
        ComparisonView *view = window.comparisonView();
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(view, QStringLiteral("document.querySelectorAll('.article').length"))
                    .toInt() >= 3,
            15000);
        QVERIFY(themeAction(window, QStringLiteral("system"))->isChecked());

        // Dark: the Fusion style with a dark palette, a dark page, dark charts.
        QAction *dark = themeAction(window, QStringLiteral("dark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(Theme::isDark(QApplication::palette()));
        QTRY_VERIFY2(Theme::isDark(window.palette()),
                     qPrintable(window.palette().color(QPalette::Window).name()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_COMPARE_WITH_TIMEOUT(pageBackground(view), QStringLiteral("rgb(30, 31, 34)"), 10000);
        QCOMPARE(window.figuresPanel()->movesView()->chart()->theme(), QChart::ChartThemeDark);
        for (QChartView *amounts : window.figuresPanel()->amountViews())
            QCOMPARE(amounts->chart()->theme(), QChart::ChartThemeDark);

        // Remembered, and checked in the menu of a window made later (after a language change).
        QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(Theme::saved(), Theme::Choice::Dark);
        {
            MainWindow later(*lib);
            QVERIFY(themeAction(later, QStringLiteral("dark"))->isChecked());
        }

        // The PDF stays light whatever the window's theme.
        const QString pdfPath = m_dir.filePath(QStringLiteral("dark-window.pdf"));
        const ExportService::PdfResult written = ExportService::writePdf(view->comparison(), pdfPath);
        QVERIFY2(written.ok, qPrintable(written.error));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
        for (int page = 0; page < std::min(pdf.pageCount(), 3); ++page)
            QVERIFY2(darkShare(pdf, page) < 0.25,
                     qPrintable(QStringLiteral("page %1 is not light").arg(page + 1)));

        // Light: light whatever the desktop.
        themeAction(window, QStringLiteral("light"))->trigger();
        QTRY_VERIFY(!Theme::isDark(window.palette()));
        QTRY_COMPARE_WITH_TIMEOUT(pageBackground(view), QStringLiteral("rgb(255, 255, 255)"),
                                  10000);
        QCOMPARE(window.figuresPanel()->movesView()->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(Theme::saved(), Theme::Choice::Light);

        // System: back to what the platform gave.
        themeAction(window, QStringLiteral("system"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), system.color(QPalette::Text));
        QCOMPARE(Theme::saved(), Theme::Choice::System);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
