// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/comparer.h"
#include "core/comparisonjson.h"

#include <QTest>

using namespace Parallax;

// Figure extraction, one sentence per row: every form of money, percentage and count, their
// qualifiers, directions, subjects and measures, and the numbers that are not figures.
class TestFigures final : public QObject
{
    Q_OBJECT

    static QList<Figure> figuresOf(const QString &body)
    {
        Article a;
        a.outlet = QStringLiteral("Test");
        a.body = body;
        return Comparer::compare({a}).figures;
    }

    static QList<Figure> figuresOf(const QString &body, const QString &language)
    {
        Article a;
        a.outlet = QStringLiteral("Test");
        a.language = language;
        a.body = body;
        return Comparer::compare({a}).figures;
    }

    static QString direction(Figure::Direction d)
    {
        return d == Figure::Direction::Up ? QStringLiteral("up") : d == Figure::Direction::Down ? QStringLiteral("down") : QString();
    }

private Q_SLOTS:
    void figure_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("measure");

        auto row = [](const char *name, const char *sentence, const char *text, const char *kind, double value,
                      const char *unit, const char *qualifier, const char *dir, const char *entity, const char *measure) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(text) << QString::fromUtf8(kind) << value
                                << QString::fromUtf8(unit) << QString::fromUtf8(qualifier) << QString::fromUtf8(dir)
                                << QString::fromUtf8(entity) << QString::fromUtf8(measure);
        };
        // Money: symbols, codes, words, scales.
        row("dollar bn", "Nvidia lost $600bn in market value on Monday.", "$600bn", "money", 600e9, "USD", "", "down", "Nvidia", "market value");
        row("dollar billion words", "Nvidia lost $600 billion in market value on Monday.", "$600 billion", "money", 600e9, "USD", "", "down", "Nvidia", "market value");
        row("billion dollars", "Investors wiped 600 billion dollars off Nvidia's market value.", "600 billion dollars", "money", 600e9, "USD", "", "down", "Nvidia", "market value");
        row("pound m", "Harbour Bank was fined £4.2m by the regulator.", "£4.2m", "money", 4.2e6, "GBP", "", "", "Harbour Bank", "fine");
        row("pound million", "The council spent £12 million on the new bridge.", "£12 million", "money", 12e6, "GBP", "", "", "", "cost");
        row("euro", "Veltra agreed to buy Nordhal for €850m in cash.", "€850m", "money", 850e6, "EUR", "", "", "Nordhal", "deal value");
        row("yen", "Sanko Motors booked a profit of ¥120bn for the year.", "¥120bn", "money", 120e9, "JPY", "", "", "Sanko Motors", "profit");
        row("us dollar prefix", "Orrin Mining raised US$45m from investors in Perth.", "US$45m", "money", 45e6, "USD", "", "", "Orrin Mining", "investment");
        row("hk dollar", "Tai Wah Holdings paid HK$3.2bn for the tower.", "HK$3.2bn", "money", 3.2e9, "HKD", "", "", "Tai Wah Holdings", "deal value");
        row("code before", "The fund manages USD 4.5bn for Calder Pensions.", "USD 4.5bn", "money", 4.5e9, "USD", "", "", "", "amount");
        row("yuan", "High-Flyer aimed to raise over 100 billion yuan from clients.", "100 billion yuan", "money", 100e9, "CNY", "over", "", "High-Flyer", "investment");
        row("trillion tn", "Its market value shrank to $2.9tn on Monday, Tellis Wire reported.", "$2.9tn", "money", 2.9e12, "USD", "", "down", "", "market value");
        row("a trillion pounds", "Stocks crashed, wiping out almost a trillion pounds in value.", "a trillion pounds", "money", 1e12, "GBP", "almost", "down", "", "market value");
        row("thousands separator", "The judge ordered Brisk Ltd to pay $1,250,000 in damages.", "$1,250,000", "money", 1.25e6, "USD", "", "", "Brisk Ltd", "damages");
        row("pence", "Kestrel shareholders will receive 412p for each share.", "412p", "money", 4.12, "GBP", "", "", "Kestrel", "share price");
        row("thousand k", "The startup Pellow raised $250k from friends.", "$250k", "money", 250e3, "USD", "", "", "Pellow", "investment");
        row("training cost", "DeepSeek said the model was trained for around $6m.", "$6m", "money", 6e6, "USD", "around", "", "DeepSeek", "training cost");
        row("approximately", "Ardent Air lost approximately $2.3bn last year.", "$2.3bn", "money", 2.3e9, "USD", "approximately", "down", "Ardent Air", "amount");
        row("more than", "Halden Foods made more than £300m in sales.", "£300m", "money", 300e6, "GBP", "more than", "", "Halden Foods", "revenue");
        row("less than", "The lab spent less than $6 million to train the model.", "$6 million", "money", 6e6, "USD", "less than", "", "", "training cost");
        row("nearly", "Quorra shares fell, erasing nearly $20bn of its value.", "$20bn", "money", 20e9, "USD", "nearly", "down", "Quorra", "market value");
        row("some", "Calder Bank set aside some £40m for claims.", "£40m", "money", 40e6, "GBP", "some", "", "Calder Bank", "amount");
        row("roughly", "Pellow is valued at roughly $1.2bn by its backers.", "$1.2bn", "money", 1.2e9, "USD", "roughly", "", "Pellow", "market value");
        row("under", "Brisk Ltd was sold for under £5m.", "£5m", "money", 5e6, "GBP", "under", "", "Brisk Ltd", "amount");
        row("up to", "Fines can reach up to £17.5m for Kestrel.", "£17.5m", "money", 17.5e6, "GBP", "up to", "", "Kestrel", "fine");
        // Percentages and changes.
        row("percent sign", "The FTSE 100 rose 0.46% in early trading.", "0.46%", "percent", 0.46, "percent", "", "up", "FTSE 100", "index level");
        row("per cent", "Calloway shares jumped 12 per cent on Friday.", "12 per cent", "percent", 12, "percent", "", "up", "Calloway", "share price");
        row("percent word", "Inflation fell to 3.8 percent in July.", "3.8 percent", "percent", 3.8, "percent", "", "down", "", "inflation");
        row("percentage points", "The Bank of England cut rates by 0.25 percentage points.", "0.25 percentage points", "percent", 0.25, "percentage points", "", "down", "Bank of England", "interest rate");
        row("plunged", "The stock price of Nvidia plunged 17% on Monday.", "17%", "percent", 17, "percent", "", "down", "Nvidia", "share price");
        row("ticked up", "Unemployment in Wales ticked up 0.2% in March.", "0.2%", "percent", 0.2, "percent", "", "up", "Wales", "change");
        row("down by", "The benchmark Nikkei 225 was down by 1.4% on Tuesday.", "1.4%", "percent", 1.4, "percent", "", "down", "Nikkei 225", "index level");
        row("lower after", "The Nasdaq closed 1.9% lower.", "1.9%", "percent", 1.9, "percent", "", "down", "Nasdaq", "index level");
        row("decline after", "Chip stocks led to a 1.4% decline in the Nikkei 225 index.", "1.4%", "percent", 1.4, "percent", "", "down", "Nikkei 225", "index level");
        row("pound move", "The pound rose 0.4% against the dollar.", "0.4%", "percent", 0.4, "percent", "", "up", "pound", "price");
        row("share of", "Kestrel handles 31% of the region's freight.", "31%", "percent", 31, "percent", "", "", "Kestrel", "share");
        row("as much as", "Data centres could use as much as 12 per cent of the electricity by 2028.", "12 per cent", "percent", 12, "percent", "as much as", "", "", "electricity use");
        row("weight", "Patients lost 9.4% of their body weight.", "9.4%", "percent", 9.4, "percent", "", "down", "", "body weight");
        // Counts of things.
        row("chips", "The model can be trained on 2,000 specialised chips.", "2,000", "count", 2000, "count", "", "", "", "number of chips");
        row("nvidia chips", "DeepSeek has around 50,000 Nvidia chips in store.", "50,000", "count", 50000, "count", "around", "", "DeepSeek", "number of chips");
        row("parameters", "R1 has some 670 billion parameters.", "670 billion", "count", 670e9, "count", "some", "", "R1", "number of parameters");
        row("people", "The combined group would employ roughly 6,200 people.", "6,200", "count", 6200, "count", "roughly", "", "", "number of people");
        row("homes", "Storm Idris left more than 60,000 homes without power.", "60,000", "count", 60000, "count", "more than", "", "Storm Idris", "number of homes");
        row("million customers", "Harrow Bank has 3.2 million customers.", "3.2 million", "count", 3.2e6, "count", "", "", "Harrow Bank", "number of customers");
        row("estimated", "That compares to an estimated 16,000 chips for leading models.", "16,000", "count", 16000, "count", "estimated", "", "", "number of chips");
    }

    void figure()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, qualifier);
        QFETCH(QString, direction);
        QFETCH(QString, entity);
        QFETCH(QString, measure);
        const QList<Figure> figures = figuresOf(sentence);
        QCOMPARE(figures.size(), 1);
        const Figure &f = figures.first();
        QCOMPARE(f.text, text);
        QCOMPARE(sentence.mid(f.range.start, f.range.length), text);
        QCOMPARE(ComparisonJson::figureKindName(f.kind), kind);
        QCOMPARE(f.value, value);
        QCOMPARE(f.unit, unit);
        QCOMPARE(f.qualifier, qualifier);
        QCOMPARE(TestFigures::direction(f.direction), direction);
        if (!entity.isEmpty())
            QCOMPARE(f.entity, entity);
        QCOMPARE(f.measure, measure);
    }

    // How amounts are written: in words, compounds, signs and codes on either side, and the
    // number formats of German and French articles. One figure per sentence.
    void amount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        auto row = [](const char *name, const char *language, const char *sentence, const char *text, double value, const char *unit) {
            QTest::newRow(name) << QString::fromUtf8(language) << QString::fromUtf8(sentence) << QString::fromUtf8(text) << value
                                << QString::fromUtf8(unit);
        };
        // In words.
        row("dollars and cents in words", "en", "The ticket cost twelve dollars and sixty cents.", "twelve dollars and sixty cents", 12.6, "USD");
        row("dollars then cents in words", "en", "The ferry fare is eight dollars twenty five.", "eight dollars twenty five", 8.25, "USD");
        row("percent in words", "en", "Turnout reached Forty percent in the north.", "Forty percent", 40, "percent");
        row("hundred percent", "en", "The council owns one hundred percent of the port.", "one hundred percent", 100, "percent");
        row("half million", "en", "The club paid half a million euros for the striker.", "half a million euros", 5e5, "EUR");
        row("three quarters billion", "en", "Exports fell by three quarters billion us dollars.", "three quarters billion us dollars", 7.5e8, "USD");
        row("hyphenated", "en", "Osaka Rail made a one-yen offer for the line.", "one-yen", 1, "JPY");
        row("minus", "en", "Margins came in at minus three percent.", "minus three percent", -3, "percent");
        // Compounds in digits.
        row("dollars cents digits", "en", "A coffee there costs 4 dollars 80 cents.", "4 dollars 80 cents", 4.8, "USD");
        row("dollars and digits", "en", "The fee is 25 dollars and 40.", "25 dollars and 40", 25.4, "USD");
        row("kuai and mao", "en", "A bowl of noodles costs 12 yuan 5 mao.", "12 yuan 5 mao", 12.5, "CNY");
        // Signs and codes after the number, glued or spaced; codes in any case.
        row("euro sign after", "en", "A coffee costs 3 € at the station.", "3 €", 3, "EUR");
        row("euro sign glued", "en", "Tickets are 15€ each.", "15€", 15, "EUR");
        row("code glued after", "en", "The fee rose to 240USD last week.", "240USD", 240, "USD");
        row("code glued before", "en", "The fee rose to GBP240 last week.", "GBP240", 240, "GBP");
        row("code then scale", "en", "Harrow paid 60 USD million for the site.", "60 USD million", 60e6, "USD");
        row("scale then code", "en", "Harrow paid 60 million EUR for the site.", "60 million EUR", 60e6, "EUR");
        row("m before code", "en", "The budget is 45 MEUR this year.", "45 MEUR", 45e6, "EUR");
        row("yuan sign", "en", "The lunch set is 38元 at the canteen.", "38元", 38, "CNY");
        row("rmb after", "en", "A taxi to the airport costs 90 rmb.", "90 rmb", 90, "CNY");
        row("rmb before", "en", "A taxi to the airport costs Rmb 90.", "Rmb 90", 90, "CNY");
        row("chinese yuan", "en", "The grant is 500 chinese yuan per pupil.", "500 chinese yuan", 500, "CNY");
        row("negative sign", "en", "The quarter closed at -12€ per share.", "-12€", -12, "EUR");
        row("percentage without points", "en", "Support stood at 64 percentage in the poll.", "64 percentage", 64, "percent");
        // German and French number formats.
        row("german mio euro", "de", "Der Hafen kostet 4,2 Mio. € im Jahr.", "4,2 Mio. €", 4.2e6, "EUR");
        row("german thousands", "de", "Die Stadt zahlte 1.234,5 Euro für das Gutachten.", "1.234,5 Euro", 1234.5, "EUR");
        row("german percent", "de", "Die Inflation lag bei 3,5 % im Mai.", "3,5 %", 3.5, "percent");
        row("german prozent", "de", "Die Mieten stiegen um 2,8 Prozent.", "2,8 Prozent", 2.8, "percent");
        row("german mrd", "de", "Der Konzern verlor 3 Mrd. Euro an Wert.", "3 Mrd. Euro", 3e9, "EUR");
        row("german dot thousands", "de", "Das Werk kostete 2.500 Euro pro Platz.", "2.500 Euro", 2500, "EUR");
        row("french millions d'euros", "fr", "La ville a investi 12 millions d'euros dans le port.", "12 millions d'euros", 12e6, "EUR");
        row("french pour cent", "fr", "Le chômage a baissé de 7,4 pour cent.", "7,4 pour cent", 7.4, "percent");
        row("french milliards", "fr", "L'État a prêté 2,5 milliards € aux régions.", "2,5 milliards €", 2.5e9, "EUR");
        row("comma shape in english", "en", "The fund holds 4,2 Mio. € in cash.", "4,2 Mio. €", 4.2e6, "EUR");
    }

    void amount()
    {
        QFETCH(QString, language);
        QFETCH(QString, sentence);
        QFETCH(QString, text);
        QFETCH(double, value);
        QFETCH(QString, unit);
        const QList<Figure> figures = figuresOf(sentence, language);
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().text, text);
        QVERIFY2(qAbs(figures.first().value - value) <= 1e-9 * qAbs(value), qPrintable(QString::number(figures.first().value)));
        QCOMPARE(figures.first().unit, unit);
    }

    void listOfAmounts()
    {
        // "5 €, 10 €, 20 €": each its own figure; "3 dollars 50 cents" one, not two.
        QList<Figure> figures = figuresOf(QStringLiteral("Notes come as 5 €, 10 € and 20 €."), QStringLiteral("en"));
        QCOMPARE(figures.size(), 3);
        QCOMPARE(figures.at(2).value, 20.0);
        QCOMPARE(figures.at(2).unit, QStringLiteral("EUR"));
        figures = figuresOf(QStringLiteral("It cost 3 dollars 50 cents."), QStringLiteral("en"));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().value, 3.5);
    }

    void notFigures_data()
    {
        QTest::addColumn<QString>("sentence");
        auto row = [](const char *name, const char *sentence) { QTest::newRow(name) << QString::fromUtf8(sentence); };
        row("index name", "The FTSE 100 opened on Tuesday.");
        row("nikkei", "Traders watched the Nikkei 225 closely.");
        row("product hyphen", "DeepSeek-V3 impressed researchers.");
        row("product suffix", "The Janus-Pro-7B model makes images.");
        row("chip name", "It uses the less sophisticated H800 chips.");
        row("dall-e", "It beat OpenAI's DALL-E 3 on several tests.");
        row("leading zero", "It can match OpenAI's newer 01 models.");
        row("year", "The company was founded in 2023 by Liang Wenfeng.");
        row("month year", "In a July 2024 interview he spoke about costs.");
        row("day month", "Markets will reopen on 5 February.");
        row("month day", "Markets will reopen on February 5.");
        row("full date", "The protests of 4 June 1989 are not discussed.");
        row("year range", "He worked at Raymond Ltd from 1999-2001.");
        row("years and", "The breaches ran between 2019 and 2023.");
        row("time am", "The outage began shortly after 8am.");
        row("time pm", "It was not resolved until 1.30pm on Monday.");
        row("clock", "The vote is due at 10:30 on Friday.");
        row("ordinal", "It was the 3rd outage this year.");
        row("age hyphen", "Mr Liang, a 40-year-old engineer, founded it.");
        row("age commas", "Ms Lindqvist, 52, joined in 2019.");
        row("decade", "A man in his 70s died near Oban.");
        row("speed", "Winds reached 94mph on Tiree.");
        row("duration", "He has more than 15 years of experience.");
        row("duration hours", "The app was down for 5 hours.");
        row("standard name", "The firm holds ISO 27001 certification.");
        row("g7", "Inflation is the highest in the G7.");
        row("model r1", "The R1 model shocked markets.");
        row("bare number", "The committee voted by 6 to 3.");
        row("uncertainty", "The sample weighed 1,250.30±0.02 pounds.");
        row("milligrams", "Patients were given 40 mg of the drug.");
        row("packet size", "The router sends the 1200b frame first.");
        row("number word alone", "One of the two ferries was late.");
        row("weight hyphen", "He carried a forty-pound sack up the hill.");
    }

    void notFigures()
    {
        QFETCH(QString, sentence);
        const QList<Figure> figures = figuresOf(sentence);
        QVERIFY2(figures.isEmpty(), qPrintable(figures.value(0).text));
    }

    void rangesAndConversions()
    {
        const QList<Figure> figures = figuresOf(QStringLiteral(
            "Nvidia lost almost $600bn (£482bn) in market value. Its value shrank to $2.9tn from $3.5tn. "
            "Growth of 5 to 6 per cent is expected. The firm hoped to raise 100 billion yuan ($13m)."));
        QCOMPARE(figures.size(), 8);
        QCOMPARE(figures.at(1).text, QStringLiteral("£482bn"));
        QCOMPARE(figures.at(1).convertedFrom, 0);
        QCOMPARE(figures.at(1).measure, QStringLiteral("market value"));
        QCOMPARE(figures.at(1).entity, QStringLiteral("Nvidia"));
        QCOMPARE(figures.at(2).value, 2.9e12);
        QCOMPARE(figures.at(3).value, 3.5e12);
        QCOMPARE(figures.at(3).convertedFrom, -1); // same currency: a range, not a conversion
        QCOMPARE(figures.at(4).text, QStringLiteral("5"));
        QCOMPARE(figures.at(4).unit, QStringLiteral("percent"));
        QCOMPARE(figures.at(5).value, 6.0);
        QCOMPARE(figures.at(7).unit, QStringLiteral("USD"));
        QCOMPARE(figures.at(7).convertedFrom, 6);
    }

    void itsRefersBack()
    {
        // "its market value" in a sentence about "the chip maker" is the company spoken of
        // before, not the nearest name it is compared with.
        const QList<Figure> figures = figuresOf(QStringLiteral(
            "Nordhal shares fell 12% on Monday. The chip maker fell behind Apple and Microsoft, when its market value shrank to $2.9tn."));
        QCOMPARE(figures.size(), 2);
        QCOMPARE(figures.at(0).entity, QStringLiteral("Nordhal"));
        QCOMPARE(figures.at(1).entity, QStringLiteral("Nordhal"));
        QCOMPARE(figures.at(1).measure, QStringLiteral("market value"));
    }

    void subjectFromEarlierSentence()
    {
        const QList<Figure> figures = figuresOf(QStringLiteral(
            "Nvidia stock slid on Wednesday as Washington moved to tighten curbs. Nvidia warned of a hit. "
            "The company said it expected a charge of roughly $5.5bn this quarter."));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().entity, QStringLiteral("Nvidia"));
        QCOMPARE(figures.first().measure, QStringLiteral("charge"));
        QCOMPARE(figures.first().qualifier, QStringLiteral("roughly"));
    }

private:
    // The steps of FigureExtractor::extract, one function each, seen through what they add
    // to a sentence's figures: "text" per figure, then its kind, entity, or conversion.
    static QString render(const QString &sentence, QString (*field)(const Figure &, const QList<Figure> &))
    {
        const QList<Figure> figures = figuresOf(sentence);
        QStringList parts;
        for (const Figure &f : figures)
            parts.append(field ? QString(f.text + QLatin1Char(' ') + field(f, figures)) : f.text);
        return parts.join(QStringLiteral(" | "));
    }

private Q_SLOTS:
    // Step 1, candidates: which numbers are read as figures at all, where they start and end.
    void candidates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *sentence, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(expected);
        };
        row("digits with symbol and scale", "Nvidia lost $600bn on Monday.", "$600bn");
        row("words with a scale", "The fund raised two million dollars.", "two million dollars");
        row("words without unit or scale are no figure", "Two people left and one of them returned.", "");
        row("hyphenated currency word", "It was a one-yen bid for the firm.", "one-yen");
        row("digits inside a name are skipped", "DeepSeek-V3 cost $5.6m to train.", "$5.6m");
        row("a compound amount is one figure", "The ticket cost 3 dollars 50 cents in 2019.", "3 dollars 50 cents");
        row("digits and words in order", "Sales rose 5% to four billion dollars.", "5% | four billion dollars");
    }
    void candidates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(render(sentence, nullptr), expected);
    }

    // Step 2, classify: money, percent, count, or no figure (dates, years, names, sizes);
    // ranges take the unit of their second number.
    void classify_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *sentence, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(expected);
        };
        row("percent and money", "Shares fell 12% and $600bn was lost.", "12% percent | $600bn money");
        row("a day of a month is no figure", "On February 5 banks hired 300 engineers.", "300 count number of engineers");
        row("a year is no figure", "In 2024 banks hired 300 engineers.", "300 count number of engineers");
        row("a number in a name is no figure", "The FTSE 100 fell by 2%.", "2% percent");
        row("a size is no count", "A 1500b packet was sent.", "");
        row("the counted noun carries over", "It used 2,000 chips compared to 16,000 for leading models.",
            "2,000 count number of chips | 16,000 count number of chips");
        row("a range takes the unit of its end", "Growth of between 10 and 12% is expected.", "10 percent | 12% percent");
    }
    void classify()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(render(sentence, [](const Figure &f, const QList<Figure> &) {
                     const QString kind = ComparisonJson::figureKindName(f.kind);
                     return f.kind == Figure::Kind::Count ? QString(kind + QLatin1Char(' ') + f.measure) : kind;
                 }),
                 expected);
    }

    // Step 3, attach entities: what each figure is about.
    void entities_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *sentence, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(expected);
        };
        row("nearest name before", "Harbour Bank was fined £4.2m by the regulator.", "£4.2m @Harbour Bank");
        row("the phrase's own target wins", "Orwell Capital bought a 5% stake in Kestrel.", "5% @Kestrel");
        row("a price is about what it buys", "Orwell Capital will pay £3.1bn for Kestrel.", "£3.1bn @Kestrel");
        row("an index move is about the index", "Markets slid as the Nikkei 225 fell 1.4% on Monday.", "1.4% @Nikkei 225");
        row("failing all else the first name after", "Up 12% on the day, Nvidia recovered.", "12% @Nvidia");
    }
    void entities()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(render(sentence, [](const Figure &f, const QList<Figure> &) { return QString(QLatin1Char('@') + f.entity); }),
                 expected);
    }

    // Step 4, pair conversions: an amount in another currency right after another, linked
    // by brackets or "or", is the same amount converted.
    void conversions_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const char *sentence, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sentence) << QString::fromUtf8(expected);
        };
        row("in brackets", "Nvidia lost $600bn (£482bn) in value.", "$600bn - | £482bn <$600bn");
        row("with or", "The deal is worth £3bn, or $3.6bn, to the group.", "£3bn - | $3.6bn <£3bn");
        row("in brackets with about", "It raised 100 billion yuan (about $13bn).", "100 billion yuan - | $13bn <100 billion yuan");
        row("same currency is no conversion", "Estimates put the deal at $2.9bn or $3.5bn.", "$2.9bn - | $3.5bn -");
        row("other words between", "Harbour paid £3bn and Orwell paid $4bn.", "£3bn - | $4bn -");
    }
    void conversions()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QCOMPARE(render(sentence, [](const Figure &f, const QList<Figure> &all) {
                     return f.convertedFrom < 0 ? QStringLiteral("-") : QString(QLatin1Char('<') + all.at(f.convertedFrom).text);
                 }),
                 expected);
    }

    void agreementRounding_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<QString>("textA");
        QTest::addColumn<double>("b");
        QTest::addColumn<QString>("textB");
        QTest::addColumn<bool>("agree");
        QTest::newRow("same") << 600e9 << QStringLiteral("$600bn") << 600e9 << QStringLiteral("$600 billion") << true;
        QTest::newRow("rounded") << 6e6 << QStringLiteral("$6m") << 6.2e6 << QStringLiteral("$6.2m") << true;
        QTest::newRow("percent rounded") << 0.46 << QStringLiteral("0.46%") << 0.5 << QStringLiteral("0.5%") << true;
        QTest::newRow("different") << 4.2e6 << QStringLiteral("£4.2m") << 4.8e6 << QStringLiteral("£4.8m") << false;
        QTest::newRow("different bn") << 3.1e9 << QStringLiteral("£3.1bn") << 3.4e9 << QStringLiteral("£3.4bn") << false;
        QTest::newRow("whole numbers") << 2000.0 << QStringLiteral("2,000") << 2000.0 << QStringLiteral("2000") << true;
        QTest::newRow("counts differ") << 14.0 << QStringLiteral("14") << 16.0 << QStringLiteral("16") << false;
    }

    void agreementRounding()
    {
        QFETCH(double, a);
        QFETCH(QString, textA);
        QFETCH(double, b);
        QFETCH(QString, textB);
        QFETCH(bool, agree);
        QCOMPARE(Reconciler::agree(a, textA, b, textB), agree);
        QCOMPARE(Reconciler::agree(b, textB, a, textA), agree);
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
