// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/htmlreport.h"

#include <QColor>
#include <QRegularExpression>
#include <QTest>

#include <array>
#include <cmath>

using namespace Parallax;

namespace {

using Rgb = std::array<double, 3>; // linear RGB, 0..1
using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for Simulation of
// Color Vision Deficiency", the matrices for severity 1.0, applied to linear RGB.
struct Vision {
    const char *name;
    Matrix matrix;
};
const Vision kVisions[] = {
    {"normal vision", {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
    {"protanopia",
     {{{0.152286, 1.052583, -0.204868},
       {0.114503, 0.786281, 0.099216},
       {-0.003882, -0.048116, 1.051998}}}},
    {"deuteranopia",
     {{{0.367322, 0.860646, -0.227968},
       {0.280085, 0.672501, 0.047413},
       {-0.011820, 0.042940, 0.968881}}}},
    {"tritanopia",
     {{{1.255528, -0.076749, -0.178779},
       {-0.078411, 0.930809, 0.147602},
       {0.004733, 0.691367, 0.303900}}}},
};

// The marks a reader tells apart by colour (each also has its own line style).
const char *const kMarks[] = {"verbatim-line", "reworded-line", "partial-line",
                              "unique-line",   "changed",       "hl",
                              "fig",           "disputed"};

// CIEDE2000 differences: below about 10 two small marks in running text are easily confused.
constexpr double kMinBetweenMarks = 10.0;
constexpr double kMinAgainstPage = 12.0;

double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Rgb simulate(const Rgb &rgb, const Matrix &m) {
    Rgb out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * rgb[0] + m[i][1] * rgb[1] + m[i][2] * rgb[2], 0.0, 1.0);
    return out;
}

struct Lab {
    double l, a, b;
};

Lab toLab(const Rgb &rgb) // sRGB primaries, D65 white
{
    const double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
    const double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    const double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
    auto f = [](double t) {
        return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double degrees(double radians) {
    return radians * 180 / M_PI;
}

double radians(double degrees) {
    return degrees * M_PI / 180;
}

// CIEDE2000 (Sharma, Wu and Dalal 2005).
double deltaE2000(const Lab &p, const Lab &q) {
    const double cBar = (std::hypot(p.a, p.b) + std::hypot(q.a, q.b)) / 2;
    const double c7 = std::pow(cBar, 7);
    const double g = 0.5 * (1 - std::sqrt(c7 / (c7 + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1 = std::hypot(a1, p.b), c2 = std::hypot(a2, q.b);
    auto hue = [](double b, double a) {
        return (a == 0 && b == 0) ? 0.0 : std::fmod(degrees(std::atan2(b, a)) + 360, 360);
    };
    const double h1 = hue(p.b, a1), h2 = hue(q.b, a2);
    double dh = 0;
    if (c1 * c2 != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dL = q.l - p.l, dC = c2 - c1;
    const double dH = 2 * std::sqrt(c1 * c2) * std::sin(radians(dh / 2));
    const double lBar = (p.l + q.l) / 2, cBarP = (c1 + c2) / 2;
    double hBar = h1 + h2;
    if (c1 * c2 != 0)
        hBar = std::abs(h1 - h2) <= 180
                   ? (h1 + h2) / 2
                   : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
    const double t = 1 - 0.17 * std::cos(radians(hBar - 30)) + 0.24 * std::cos(radians(2 * hBar)) +
                     0.32 * std::cos(radians(3 * hBar + 6)) -
                     0.20 * std::cos(radians(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double cBarP7 = std::pow(cBarP, 7);
    const double rC = 2 * std::sqrt(cBarP7 / (cBarP7 + std::pow(25.0, 7)));
    const double sL = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sC = 1 + 0.045 * cBarP, sH = 1 + 0.015 * cBarP * t;
    const double rT = -std::sin(radians(2 * dTheta)) * rC;
    return std::sqrt(std::pow(dL / sL, 2) + std::pow(dC / sC, 2) + std::pow(dH / sH, 2) +
                     rT * (dC / sC) * (dH / sH));
}

// The custom properties of one `selector { … }` block of the page's style sheet.
QHash<QString, QString> properties(const QString &html, const QString &selector) {
    QHash<QString, QString> out;
    const int start = html.indexOf(selector + QStringLiteral(" {"));
    if (start < 0)
        return out;
    const int end = html.indexOf(u'}', start);
    static const QRegularExpression rx(QStringLiteral("--([a-z-]+):([^;]+);"));
    for (auto it = rx.globalMatch(html.mid(start, end - start)); it.hasNext();) {
        const auto m = it.next();
        out.insert(m.captured(1), m.captured(2).trimmed());
    }
    return out;
}

// A colour as it shows on the page: "#rrggbb", or "rgba(r,g,b,a)" laid over the background.
std::optional<Rgb> shown(const QString &value, const Rgb &background) {
    Rgb srgb{};
    static const QRegularExpression rgba(
        QStringLiteral("^rgba\\(([\\d.]+),([\\d.]+),([\\d.]+),([\\d.]+)\\)$"));
    if (const auto m = rgba.match(QString(value).remove(u' ')); m.hasMatch()) {
        const double alpha = m.captured(4).toDouble();
        for (int i = 0; i < 3; ++i)
            srgb[i] = alpha * m.captured(i + 1).toDouble() / 255 + (1 - alpha) * background[i];
    } else {
        const QColor c = QColor::fromString(value);
        if (!c.isValid())
            return std::nullopt;
        srgb = {c.redF(), c.greenF(), c.blueF()};
    }
    return Rgb{linear(srgb[0]), linear(srgb[1]), linear(srgb[2])};
}

} // namespace

// The marks of the comparison page stay apart for readers with the common colour-vision
// deficiencies, in the light and in the dark theme: the page's own colours, simulated.
class TestMarkColours final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void distinguishable_data() {
        QTest::addColumn<QString>("selector");
        QTest::newRow("light page") << QStringLiteral(":root");
        QTest::newRow("dark page") << QStringLiteral(":root.dark");
    }

    void distinguishable() {
        QFETCH(QString, selector);
        const QString html = HtmlReport::render(Comparison{});
        const QHash<QString, QString> vars = properties(html, selector);
        const QColor page = QColor::fromString(vars.value(QStringLiteral("bg")));
        QVERIFY2(page.isValid(), "the page's background is not in the style sheet");
        const Rgb pageRgb{page.redF(), page.greenF(), page.blueF()};

        QList<std::pair<QString, Rgb>> colours;
        for (const char *mark : kMarks) {
            const auto rgb = shown(vars.value(QString::fromLatin1(mark)), pageRgb);
            QVERIFY2(
                rgb,
                qPrintable(
                    QStringLiteral("no colour for the mark --%1").arg(QString::fromLatin1(mark))));
            colours.append({QString::fromLatin1(mark), *rgb});
        }
        const Rgb background{linear(pageRgb[0]), linear(pageRgb[1]), linear(pageRgb[2])};

        QStringList failures;
        for (const Vision &vision : kVisions) {
            auto seen = [&](const Rgb &rgb) {
                return toLab(simulate(rgb, vision.matrix));
            };
            for (int i = 0; i < colours.size(); ++i) {
                const double page = deltaE2000(seen(colours.at(i).second), seen(background));
                if (page < kMinAgainstPage)
                    failures.append(QStringLiteral("%1 against the page under %2: %3")
                                        .arg(colours.at(i).first, QString::fromLatin1(vision.name))
                                        .arg(page, 0, 'f', 1));
                for (int j = i + 1; j < colours.size(); ++j) {
                    const double d =
                        deltaE2000(seen(colours.at(i).second), seen(colours.at(j).second));
                    if (d < kMinBetweenMarks)
                        failures.append(QStringLiteral("%1 and %2 under %3: %4")
                                            .arg(colours.at(i).first, colours.at(j).first,
                                                 QString::fromLatin1(vision.name))
                                            .arg(d, 0, 'f', 1));
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("too close (CIEDE2000): ") +
                                                failures.join(QStringLiteral("; "))));
    }

    // The colour science itself, against published values, so that a broken formula cannot
    // pass every pair.
    void deltaEMatchesSharmasTable() {
        // Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17.
        QCOMPARE(qRound(deltaE2000({50, 2.6772, -79.7751}, {50, 0, -82.7485}) * 1e4), 20425);
        QCOMPARE(qRound(deltaE2000({50, 2.5, 0}, {73, 25, -18}) * 1e4), 271492);
    }

    void simulationMergesRedAndGreen() {
        // Under deuteranopia a red and a green of like lightness come close; in normal
        // vision they are far apart.
        const Rgb red{linear(0.8), linear(0.35), linear(0.1)},
            green{linear(0.45), linear(0.5), linear(0.1)};
        const Matrix normal = kVisions[0].matrix, deutan = kVisions[2].matrix;
        QVERIFY(deltaE2000(toLab(simulate(red, normal)), toLab(simulate(green, normal))) > 25);
        QVERIFY(deltaE2000(toLab(simulate(red, deutan)), toLab(simulate(green, deutan))) < 10);
    }
};

QTEST_APPLESS_MAIN(TestMarkColours)
#include "tst_markcolours.moc"
