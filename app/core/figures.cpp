// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include "core/comparison.h"
#include "core/sentencewords.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Parallax {

namespace {

using Words = QList<SentenceWord>;

// --- Word lists ------------------------------------------------------------------------

const QHash<QString, double> &scaleWords()
{
    static const QHash<QString, double> w{
        {QStringLiteral("k"), 1e3},        {QStringLiteral("thousand"), 1e3}, {QStringLiteral("m"), 1e6},
        {QStringLiteral("mn"), 1e6},       {QStringLiteral("million"), 1e6},  {QStringLiteral("b"), 1e9},
        {QStringLiteral("bn"), 1e9},       {QStringLiteral("billion"), 1e9},  {QStringLiteral("tn"), 1e12},
        {QStringLiteral("trn"), 1e12},     {QStringLiteral("trillion"), 1e12}, {QStringLiteral("t"), 1e12},
    };
    return w;
}

// Currency words written after the number ("600 billion dollars", "100 billion yuan").
const QHash<QString, QString> &currencyWords()
{
    static const QHash<QString, QString> w{
        {QStringLiteral("dollar"), QStringLiteral("USD")}, {QStringLiteral("dollars"), QStringLiteral("USD")},
        {QStringLiteral("pound"), QStringLiteral("GBP")},  {QStringLiteral("pounds"), QStringLiteral("GBP")},
        {QStringLiteral("sterling"), QStringLiteral("GBP")}, {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("euros"), QStringLiteral("EUR")},  {QStringLiteral("yen"), QStringLiteral("JPY")},
        {QStringLiteral("yuan"), QStringLiteral("CNY")},   {QStringLiteral("renminbi"), QStringLiteral("CNY")},
    };
    return w;
}

// Currency codes written before the number ("USD 5m") or before "$" ("US$", "HK$").
const QHash<QString, QString> &currencyCodes()
{
    static const QHash<QString, QString> w{
        {QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("GBP"), QStringLiteral("GBP")},
        {QStringLiteral("EUR"), QStringLiteral("EUR")}, {QStringLiteral("JPY"), QStringLiteral("JPY")},
        {QStringLiteral("CNY"), QStringLiteral("CNY")}, {QStringLiteral("RMB"), QStringLiteral("CNY")},
    };
    return w;
}

const QHash<QString, QString> &dollarPrefixes()
{
    static const QHash<QString, QString> w{
        {QStringLiteral("US"), QStringLiteral("USD")}, {QStringLiteral("HK"), QStringLiteral("HKD")},
        {QStringLiteral("A"), QStringLiteral("AUD")},  {QStringLiteral("AU"), QStringLiteral("AUD")},
        {QStringLiteral("C"), QStringLiteral("CAD")},  {QStringLiteral("CA"), QStringLiteral("CAD")},
        {QStringLiteral("NZ"), QStringLiteral("NZD")}, {QStringLiteral("S"), QStringLiteral("SGD")},
    };
    return w;
}

const QSet<QString> &monthNames()
{
    static const QSet<QString> w{
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),    QStringLiteral("april"),
        QStringLiteral("may"),     QStringLiteral("june"),     QStringLiteral("july"),     QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december"),
        QStringLiteral("jan"),     QStringLiteral("feb"),      QStringLiteral("mar"),      QStringLiteral("apr"),
        QStringLiteral("jun"),     QStringLiteral("jul"),      QStringLiteral("aug"),      QStringLiteral("sep"),
        QStringLiteral("sept"),    QStringLiteral("oct"),      QStringLiteral("nov"),      QStringLiteral("dec"),
    };
    return w;
}

const QSet<QString> &weekdayNames()
{
    static const QSet<QString> w{QStringLiteral("monday"),   QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                 QStringLiteral("thursday"), QStringLiteral("friday"),  QStringLiteral("saturday"),
                                 QStringLiteral("sunday")};
    return w;
}

// Words after a bare number that make it a duration, a measurement or a time, not a count.
const QSet<QString> &notCountedThings()
{
    static const QSet<QString> w{
        QStringLiteral("year"),    QStringLiteral("years"),   QStringLiteral("month"),   QStringLiteral("months"),
        QStringLiteral("week"),    QStringLiteral("weeks"),   QStringLiteral("day"),     QStringLiteral("days"),
        QStringLiteral("hour"),    QStringLiteral("hours"),   QStringLiteral("minute"),  QStringLiteral("minutes"),
        QStringLiteral("second"),  QStringLiteral("seconds"), QStringLiteral("decade"),  QStringLiteral("decades"),
        QStringLiteral("century"), QStringLiteral("centuries"), QStringLiteral("times"), QStringLiteral("mph"),
        QStringLiteral("kph"),     QStringLiteral("km"),      QStringLiteral("miles"),   QStringLiteral("mile"),
        QStringLiteral("metres"),  QStringLiteral("meters"),  QStringLiteral("feet"),    QStringLiteral("ft"),
        QStringLiteral("kg"),      QStringLiteral("tonnes"),  QStringLiteral("tons"),    QStringLiteral("degrees"),
        QStringLiteral("points"),  QStringLiteral("point"),   QStringLiteral("am"),      QStringLiteral("pm"),
        QStringLiteral("gmt"),     QStringLiteral("bst"),     QStringLiteral("per"),     QStringLiteral("percent"),
        QStringLiteral("st"),      QStringLiteral("nd"),      QStringLiteral("rd"),      QStringLiteral("th"),
        QStringLiteral("out"),     QStringLiteral("votes"),   QStringLiteral("vote"),
        // Units of measurement: "50 mg", "7.3 MWh", "100 cl".
        QStringLiteral("mg"),      QStringLiteral("g"),       QStringLiteral("ml"),      QStringLiteral("l"),
        QStringLiteral("cl"),      QStringLiteral("dl"),      QStringLiteral("mm"),      QStringLiteral("cm"),
        QStringLiteral("m"),       QStringLiteral("km2"),     QStringLiteral("wh"),      QStringLiteral("kwh"),
        QStringLiteral("mwh"),     QStringLiteral("gwh"),     QStringLiteral("tpd"),     QStringLiteral("kb"),
        QStringLiteral("mb"),      QStringLiteral("gb"),      QStringLiteral("tb"),      QStringLiteral("hz"),
        QStringLiteral("khz"),     QStringLiteral("mhz"),     QStringLiteral("ghz"),     QStringLiteral("w"),
        QStringLiteral("kw"),      QStringLiteral("mw"),      QStringLiteral("gw"),      QStringLiteral("v"),
        QStringLiteral("kv"),      QStringLiteral("sq"),      QStringLiteral("square"),  QStringLiteral("cubic"),
        QStringLiteral("litres"),  QStringLiteral("liters"),  QStringLiteral("grams"),   QStringLiteral("kilograms"),
        QStringLiteral("ounces"),  QStringLiteral("oz"),      QStringLiteral("lb"),      QStringLiteral("lbs"),
        QStringLiteral("bits"),    QStringLiteral("bytes"),   QStringLiteral("b"),       QStringLiteral("metre"),
        QStringLiteral("meter"),   QStringLiteral("inches"),  QStringLiteral("inch"),    QStringLiteral("js"),
    };
    return w;
}

// Small words that end the noun phrase after a count ("2,000 chips for ...").
const QSet<QString> &phraseStops()
{
    static const QSet<QString> w{
        QStringLiteral("of"),    QStringLiteral("in"),     QStringLiteral("to"),     QStringLiteral("for"),
        QStringLiteral("that"),  QStringLiteral("which"),  QStringLiteral("who"),    QStringLiteral("and"),
        QStringLiteral("or"),    QStringLiteral("from"),   QStringLiteral("by"),     QStringLiteral("with"),
        QStringLiteral("on"),    QStringLiteral("at"),     QStringLiteral("a"),      QStringLiteral("an"),
        QStringLiteral("the"),   QStringLiteral("as"),     QStringLiteral("than"),   QStringLiteral("each"),
        QStringLiteral("across"), QStringLiteral("over"),  QStringLiteral("under"),  QStringLiteral("into"),
        QStringLiteral("between"), QStringLiteral("since"), QStringLiteral("after"), QStringLiteral("before"),
        QStringLiteral("while"), QStringLiteral("this"),   QStringLiteral("these"),  QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("his"),    QStringLiteral("her"),    QStringLiteral("is"),
        QStringLiteral("are"),   QStringLiteral("was"),    QStringLiteral("were"),   QStringLiteral("be"),
        QStringLiteral("been"),  QStringLiteral("have"),   QStringLiteral("has"),    QStringLiteral("had"),
        QStringLiteral("would"), QStringLiteral("will"),   QStringLiteral("could"),  QStringLiteral("can"),
        QStringLiteral("said"),  QStringLiteral("says"),   QStringLiteral("compared"), QStringLiteral("but"),
        QStringLiteral("it"),    QStringLiteral("they"),   QStringLiteral("were"),   QStringLiteral("more"),
        QStringLiteral("less"),  QStringLiteral("fewer"),  QStringLiteral("up"),     QStringLiteral("down"),
    };
    return w;
}

// Plural nouns that do not end in "s".
const QSet<QString> &irregularPlurals()
{
    static const QSet<QString> w{QStringLiteral("people"),   QStringLiteral("staff"),     QStringLiteral("children"),
                                 QStringLiteral("men"),      QStringLiteral("women"),     QStringLiteral("police"),
                                 QStringLiteral("personnel"), QStringLiteral("cattle"),   QStringLiteral("sheep"),
                                 QStringLiteral("fish"),     QStringLiteral("data"),      QStringLiteral("workforce")};
    return w;
}

// Adjectives of nationality are capitalised but are not what a figure is about.
const QSet<QString> &demonyms()
{
    static const QSet<QString> w{
        QStringLiteral("american"), QStringLiteral("chinese"),  QStringLiteral("british"),  QStringLiteral("japanese"),
        QStringLiteral("european"), QStringLiteral("indian"),   QStringLiteral("russian"),  QStringLiteral("german"),
        QStringLiteral("french"),   QStringLiteral("australian"), QStringLiteral("korean"), QStringLiteral("scottish"),
        QStringLiteral("english"),  QStringLiteral("danish"),   QStringLiteral("irish"),    QStringLiteral("welsh"),
        QStringLiteral("canadian"), QStringLiteral("italian"),  QStringLiteral("spanish"),  QStringLiteral("asian"),
        QStringLiteral("african"),  QStringLiteral("western"),  QStringLiteral("eastern"),  QStringLiteral("northern"),
        QStringLiteral("southern"), QStringLiteral("dutch"),    QStringLiteral("swiss"),    QStringLiteral("taiwanese"),
    };
    return w;
}

// Capitalised words that never start a name ("In 2023", "Shares in ...").
const QSet<QString> &notNameWords()
{
    static const QSet<QString> w{
        QStringLiteral("in"),    QStringLiteral("on"),    QStringLiteral("by"),     QStringLiteral("at"),
        QStringLiteral("of"),    QStringLiteral("from"),  QStringLiteral("since"),  QStringLiteral("about"),
        QStringLiteral("around"), QStringLiteral("some"), QStringLiteral("nearly"), QStringLiteral("almost"),
        QStringLiteral("over"),  QStringLiteral("under"), QStringLiteral("only"),   QStringLiteral("just"),
        QStringLiteral("all"),   QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),
        QStringLiteral("and"),   QStringLiteral("but"),   QStringLiteral("with"),   QStringLiteral("to"),
        QStringLiteral("i"),     QStringLiteral("it"),    QStringLiteral("its"),    QStringLiteral("their"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("until"), QStringLiteral("than"),
        QStringLiteral("mr"),    QStringLiteral("ms"),    QStringLiteral("mrs"),    QStringLiteral("dr"),
        QStringLiteral("prof"),  QStringLiteral("professor"), QStringLiteral("sir"), QStringLiteral("dame"),
        QStringLiteral("top"),   QStringLiteral("no"),    QStringLiteral("number"), QStringLiteral("aged"),
        QStringLiteral("age"),   QStringLiteral("page"),  QStringLiteral("chapter"), QStringLiteral("section"),
        QStringLiteral("if"),    QStringLiteral("when"),  QStringLiteral("while"),  QStringLiteral("as"),
        QStringLiteral("this"),  QStringLiteral("that"),  QStringLiteral("these"),  QStringLiteral("those"),
        QStringLiteral("he"),    QStringLiteral("she"),   QStringLiteral("they"),   QStringLiteral("we"),
        QStringLiteral("you"),   QStringLiteral("there"), QStringLiteral("here"),   QStringLiteral("what"),
        QStringLiteral("how"),   QStringLiteral("why"),   QStringLiteral("our"),    QStringLiteral("his"),
        QStringLiteral("her"),   QStringLiteral("however"), QStringLiteral("meanwhile"), QStringLiteral("yet"),
        QStringLiteral("also"),  QStringLiteral("so"),    QStringLiteral("for"),    QStringLiteral("following"),
        QStringLiteral("ai"),    QStringLiteral("ceo"),   QStringLiteral("it's"),   QStringLiteral("if"),
    };
    return w;
}

// Common nouns that figures are about: currencies and commodities.
const QSet<QString> &commonEntities()
{
    static const QSet<QString> w{QStringLiteral("pound"),  QStringLiteral("sterling"), QStringLiteral("dollar"),
                                 QStringLiteral("euro"),   QStringLiteral("yen"),      QStringLiteral("yuan"),
                                 QStringLiteral("bitcoin"), QStringLiteral("gold"),    QStringLiteral("oil")};
    return w;
}

struct Qualifier
{
    QStringList words;
    QString name;
};

// Longest first, so that "more than" wins over a bare "than".
const QList<Qualifier> &qualifiers()
{
    static const QList<Qualifier> q{
        {{QStringLiteral("in"), QStringLiteral("excess"), QStringLiteral("of")}, QStringLiteral("more than")},
        {{QStringLiteral("as"), QStringLiteral("much"), QStringLiteral("as")}, QStringLiteral("as much as")},
        {{QStringLiteral("as"), QStringLiteral("many"), QStringLiteral("as")}, QStringLiteral("as much as")},
        {{QStringLiteral("more"), QStringLiteral("than")}, QStringLiteral("more than")},
        {{QStringLiteral("less"), QStringLiteral("than")}, QStringLiteral("less than")},
        {{QStringLiteral("fewer"), QStringLiteral("than")}, QStringLiteral("less than")},
        {{QStringLiteral("up"), QStringLiteral("to")}, QStringLiteral("up to")},
        {{QStringLiteral("at"), QStringLiteral("least")}, QStringLiteral("at least")},
        {{QStringLiteral("close"), QStringLiteral("to")}, QStringLiteral("almost")},
        {{QStringLiteral("just"), QStringLiteral("over")}, QStringLiteral("just over")},
        {{QStringLiteral("just"), QStringLiteral("under")}, QStringLiteral("just under")},
        {{QStringLiteral("an"), QStringLiteral("estimated")}, QStringLiteral("estimated")},
        {{QStringLiteral("almost")}, QStringLiteral("almost")},
        {{QStringLiteral("nearly")}, QStringLiteral("nearly")},
        {{QStringLiteral("about")}, QStringLiteral("about")},
        {{QStringLiteral("around")}, QStringLiteral("around")},
        {{QStringLiteral("approximately")}, QStringLiteral("approximately")},
        {{QStringLiteral("roughly")}, QStringLiteral("roughly")},
        {{QStringLiteral("some")}, QStringLiteral("some")},
        {{QStringLiteral("over")}, QStringLiteral("over")},
        {{QStringLiteral("under")}, QStringLiteral("under")},
        {{QStringLiteral("estimated")}, QStringLiteral("estimated")},
        {{QStringLiteral("circa")}, QStringLiteral("about")},
    };
    return q;
}

const QSet<QString> &downWords()
{
    static const QSet<QString> w{
        QStringLiteral("fell"),      QStringLiteral("fall"),     QStringLiteral("falls"),    QStringLiteral("falling"),
        QStringLiteral("down"),      QStringLiteral("drop"),     QStringLiteral("dropped"),  QStringLiteral("drops"),
        QStringLiteral("dropping"),  QStringLiteral("plunge"),   QStringLiteral("plunged"),  QStringLiteral("plunging"),
        QStringLiteral("plummeted"), QStringLiteral("plummet"),  QStringLiteral("slump"),    QStringLiteral("slumped"),
        QStringLiteral("slid"),      QStringLiteral("slide"),    QStringLiteral("slipped"),  QStringLiteral("slip"),
        QStringLiteral("lost"),      QStringLiteral("lose"),     QStringLiteral("loses"),    QStringLiteral("losing"),
        QStringLiteral("loss"),      QStringLiteral("shed"),     QStringLiteral("shedding"), QStringLiteral("tumbled"),
        QStringLiteral("tumble"),    QStringLiteral("sank"),     QStringLiteral("sink"),     QStringLiteral("decline"),
        QStringLiteral("declined"),  QStringLiteral("declining"), QStringLiteral("lower"),   QStringLiteral("wiped"),
        QStringLiteral("wiping"),    QStringLiteral("erased"),   QStringLiteral("crashed"),  QStringLiteral("dipped"),
        QStringLiteral("dip"),       QStringLiteral("shrank"),   QStringLiteral("shrink"),   QStringLiteral("shrunk"),
        QStringLiteral("cut"),       QStringLiteral("reduced"),  QStringLiteral("slashed"),  QStringLiteral("sliding"),
    };
    return w;
}

const QSet<QString> &upWords()
{
    static const QSet<QString> w{
        QStringLiteral("rose"),     QStringLiteral("rise"),      QStringLiteral("rises"),    QStringLiteral("rising"),
        QStringLiteral("risen"),    QStringLiteral("up"),        QStringLiteral("gain"),     QStringLiteral("gained"),
        QStringLiteral("gains"),    QStringLiteral("jump"),      QStringLiteral("jumped"),   QStringLiteral("surge"),
        QStringLiteral("surged"),   QStringLiteral("soar"),      QStringLiteral("soared"),   QStringLiteral("climb"),
        QStringLiteral("climbed"),  QStringLiteral("rallied"),   QStringLiteral("rally"),    QStringLiteral("added"),
        QStringLiteral("higher"),   QStringLiteral("increase"),  QStringLiteral("increased"), QStringLiteral("advanced"),
        QStringLiteral("grew"),     QStringLiteral("growth"),    QStringLiteral("boosted"),  QStringLiteral("leapt"),
    };
    return w;
}

// Words that name what a figure measures. Each phrase is one or more words as written
// (lower case; "write-down" is one word); the longest phrase at a position wins, then the
// earlier rule.
struct MeasureRule
{
    QString measure;
    bool money;
    bool percent;
    QStringList phrases;
};

const QList<MeasureRule> &measureRules()
{
    auto p = [](const char *list) { return QString::fromLatin1(list).split(u'|'); };
    static const QList<MeasureRule> r{
        {QStringLiteral("market value"), true, true, p("value|market value|market values|market capitalisation|market capitalization|market cap|valuation|valued at|worth")},
        {QStringLiteral("training cost"), true, false, p("train|trained|training")},
        {QStringLiteral("share price"), true, true, p("share price|shares|per share|each share|a share|stock price|stock|stocks")},
        {QStringLiteral("index level"), false, true, p("index|indices|stock index")},
        {QStringLiteral("cost"), true, false, p("cost|costs|spent|spend|spending|price tag")},
        {QStringLiteral("deal value"), true, false, p("deal|takeover|acquisition|acquire|buy|bid|offer|merger|pay|paid|pays")},
        {QStringLiteral("revenue"), true, true, p("revenue|revenues|sales|turnover")},
        {QStringLiteral("profit"), true, true, p("profit|profits|earnings")},
        {QStringLiteral("charge"), true, false, p("charge|write-down|writedown|impairment")},
        {QStringLiteral("investment"), true, false, p("invest|invested|investment|investments|funding|raise|raised")},
        {QStringLiteral("fine"), true, true, p("fine|fined|fines|penalty")},
        {QStringLiteral("inflation"), false, true, p("inflation|consumer prices|prices")},
        {QStringLiteral("interest rate"), false, true, p("interest rate|interest rates|base rate|benchmark rate|rates")},
        {QStringLiteral("electricity use"), false, true, p("electricity|power demand|energy")},
        {QStringLiteral("body weight"), false, true, p("weight")},
        {QStringLiteral("risk"), false, true, p("risk")},
        {QStringLiteral("pay"), true, true, p("wage|wages|salary|salaries|pay rise|pay deal")},
        {QStringLiteral("bills"), true, true, p("bill|bills")},
        {QStringLiteral("stake"), true, true, p("stake")},
        {QStringLiteral("damages"), true, false, p("damages|compensation|settlement|payout")},
    };
    return r;
}

// Phrases by their first word: word -> (rule, phrase words), longest phrases first.
const QHash<QString, QList<QPair<int, QStringList>>> &measurePhrases()
{
    static const QHash<QString, QList<QPair<int, QStringList>>> index = [] {
        QHash<QString, QList<QPair<int, QStringList>>> h;
        for (int r = 0; r < measureRules().size(); ++r) {
            for (const QString &phrase : measureRules().at(r).phrases) {
                const QStringList words = phrase.split(u' ');
                h[words.first()].append({r, words});
            }
        }
        for (auto &list : h)
            std::stable_sort(list.begin(), list.end(), [](const auto &x, const auto &y) { return x.second.size() > y.second.size(); });
        return h;
    }();
    return index;
}

bool isIndexName(const QString &entity)
{
    static const QSet<QString> words{QStringLiteral("FTSE"),  QStringLiteral("Nasdaq"),    QStringLiteral("Dow"),
                                     QStringLiteral("Nikkei"), QStringLiteral("S&P"),      QStringLiteral("Stoxx"),
                                     QStringLiteral("Hang"),  QStringLiteral("CAC"),       QStringLiteral("DAX"),
                                     QStringLiteral("Kospi"), QStringLiteral("Sensex"),    QStringLiteral("Composite"),
                                     QStringLiteral("Index"), QStringLiteral("index")};
    for (const QStringView w : QStringView(entity).split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(w.toString()))
            return true;
    }
    return false;
}

// --- Numbers ---------------------------------------------------------------------------

// Index of the word that starts at or after position pos; words.size() when none.
int wordAtOrAfter(const Words &words, qsizetype pos)
{
    for (int k = 0; k < words.size(); ++k) {
        if (words.at(k).end > pos)
            return k;
    }
    return int(words.size());
}

// The last word that ends at or before pos, or -1.
int wordBefore(const Words &words, qsizetype pos)
{
    int found = -1;
    for (int k = 0; k < words.size() && words.at(k).end <= pos; ++k)
        found = k;
    return found;
}


// A number as written, before it is classified.
struct Candidate
{
    qsizetype start = 0; // figure range in the sentence, prefix and suffix included
    qsizetype end = 0;
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0; // after the digits and any attached or spaced scale
    double number = 0.0;
    double scale = 1.0;
    bool integer = true;
    bool grouped = false; // written with thousands separators
    QString currency;
    bool percent = false;
    bool points = false;
    bool subunit = false; // pence, cents
    bool negative = false; // "-15€", "minus five percent"
    bool letterScale = false; // a one-letter scale glued on ("1500b", "32K"): money only
    bool words = false;   // written in words ("thirteen dollars")
    bool wordScale = false; // in words with a scale word ("two million")
};

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// The run of letters starting at i.
QStringView lettersAt(QStringView s, qsizetype i)
{
    qsizetype j = i;
    while (j < s.size() && s.at(j).isLetter())
        ++j;
    return s.mid(i, j - i);
}

// Currency codes, written before or after the number in any case ("USD 5", "115USD",
// "usd 20", "Rmb 10"); with a leading M they are millions ("30 MUSD", "120 MEUR").
QString currencyCode(QStringView letters)
{
    if (letters.size() != 3)
        return {};
    return currencyCodes().value(letters.toString().toUpper());
}

QString currencySymbol(QChar ch)
{
    switch (ch.unicode()) {
    case u'$': return QStringLiteral("USD");
    case u'£': return QStringLiteral("GBP");
    case u'€': return QStringLiteral("EUR");
    case u'¥': return QStringLiteral("JPY");
    case 0x5143: return QStringLiteral("CNY"); // 元
    case 0xFFE5: return QStringLiteral("CNY"); // ￥ (full width, as Chinese text writes it)
    default: return {};
    }
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'‑' || c == u'−';
}

// Parses the number starting at s[i] (a digit). Returns false when the digits belong to
// something that is not a figure (a product name, a time, an ordinal, a measurement's
// uncertainty). commaDecimals: the article writes "3,5" for three and a half (German,
// French); otherwise a comma groups thousands, except in shapes only a decimal comma
// makes ("4,2 Mio.", "1.234,5").
bool parseNumber(QStringView s, qsizetype i, Candidate *c, bool commaDecimals)
{
    c->numberStart = c->start = i;
    if (i > 0) {
        const QChar p = s.at(i - 1);
        if (p.isLetter()) {
            // "USD115.5": a currency code glued on before the number.
            const QStringView code = s.mid(std::max<qsizetype>(0, i - 3), std::min<qsizetype>(3, i));
            if (i < 3 || currencyCode(code).isEmpty() || (i > 3 && s.at(i - 4).isLetterOrNumber()))
                return false;
        } else if (p.isNumber() || p == u'.' || p == u',' || p == u'/' || p == u':' || p == u'±') {
            return false;
        } else if (isDash(p)) {
            if (i > 1 && s.at(i - 2).isLetterOrNumber())
                return false; // "Janus-Pro-7B", "DALL-E-3", "2019-20" (second half)
            // "-15€", "$-99.99": a minus sign.
            if (i == 1 || isSpace(s.at(i - 2)) || !currencySymbol(s.at(i - 2)).isEmpty() || s.at(i - 2) == u'(') {
                c->negative = true;
                c->numberStart = c->start = i - 1;
            }
        }
    }
    qsizetype j = i;
    while (j < s.size() && s.at(j).isDigit())
        ++j;
    if (j - i > 1 && s.at(i) == u'0')
        return false; // "01", "007"
    auto digitsAt = [&](qsizetype k, int n) {
        for (int d = 0; d < n; ++d) {
            if (k + d >= s.size() || !s.at(k + d).isDigit())
                return false;
        }
        return k + n >= s.size() || !s.at(k + n).isDigit();
    };
    // "1.234,5" in an English article: the shape only a decimal comma makes.
    const bool commaHere = commaDecimals || (j < s.size() && s.at(j) == u'.' && digitsAt(j + 1, 3) && j + 4 < s.size() &&
                                             s.at(j + 4) == u',' && j + 5 < s.size() && s.at(j + 5).isDigit());
    const QChar group = commaHere ? u'.' : u',';
    const QChar decimal = commaHere ? u',' : u'.';
    // Thousands separators: groups of exactly three digits.
    while (j + 3 < s.size() && (s.at(j) == group || (commaHere && (s.at(j) == QChar(0x202F) || s.at(j) == QChar(0x00A0)))) &&
           digitsAt(j + 1, 3)) {
        c->grouped = true;
        j += 4;
    }
    qsizetype fractionStart = -1;
    if (j + 1 < s.size() && s.at(j) == decimal && s.at(j + 1).isDigit()) {
        fractionStart = j + 1;
    } else if (!commaHere && !c->grouped && j + 1 < s.size() && s.at(j) == u',' && (digitsAt(j + 1, 1) || digitsAt(j + 1, 2))) {
        // "4,2 Mio. €", "3,5 %": one or two digits after a comma are decimals when a unit
        // follows at once.
        qsizetype u = j + 1;
        while (u < s.size() && s.at(u).isDigit())
            ++u;
        if (u < s.size() && isSpace(s.at(u)))
            ++u;
        static const QStringList units{QStringLiteral("mio"),      QStringLiteral("mrd"),       QStringLiteral("md"),
                                       QStringLiteral("prozent"),  QStringLiteral("pour"),      QStringLiteral("milliard"),
                                       QStringLiteral("millionen"), QStringLiteral("euro")};
        const QString word = lettersAt(s, u).toString().toLower();
        if (u < s.size() && (s.at(u) == u'%' || !currencySymbol(s.at(u)).isEmpty() ||
                             std::any_of(units.cbegin(), units.cend(), [&](const QString &x) { return word.startsWith(x); })))
            fractionStart = j + 1;
    }
    QString digits = s.mid(i, j - i).toString();
    digits.remove(group);
    digits.remove(QChar(0x202F));
    digits.remove(QChar(0x00A0));
    if (fractionStart > 0) {
        c->integer = false;
        j = fractionStart;
        while (j < s.size() && s.at(j).isDigit())
            ++j;
        digits += u'.' + s.mid(fractionStart, j - fractionStart).toString();
    }
    c->number = digits.toDouble();
    if (j < s.size() && s.at(j) == u':' && j + 1 < s.size() && s.at(j + 1).isDigit())
        return false; // a time, 10:30
    if (j < s.size() && s.at(j) == u'±')
        return false; // "2,000.45±0.01": a measurement
    // Attached suffix: a scale ("600bn"), a currency code ("115USD", "30MUSD"), "%" or
    // pence ("17p"); other letters end it.
    const QStringView attached = j < s.size() && !currencySymbol(s.at(j)).isEmpty() ? QStringView() : lettersAt(s, j); // "100元"
    if (!attached.isEmpty()) {
        const QString low = attached.toString().toLower();
        if (scaleWords().contains(low) && low != QStringLiteral("thousand")) {
            c->scale = scaleWords().value(low);
            c->letterScale = low.size() == 1;
            j += attached.size();
        } else if (low == QStringLiteral("p")) {
            c->currency = QStringLiteral("GBP");
            c->subunit = true;
            j += 1;
        } else if (!currencyCode(attached).isEmpty()) {
            c->currency = currencyCode(attached);
            j += attached.size();
        } else if (attached.size() == 4 && (attached.at(0) == u'M' || attached.at(0) == u'm') && !currencyCode(attached.mid(1)).isEmpty()) {
            c->currency = currencyCode(attached.mid(1));
            c->scale = 1e6;
            j += attached.size();
        } else {
            return false; // "94mph", "8am", "70s", "1st", "7B"
        }
    }
    if (j < s.size() && isDash(s.at(j)) && j + 1 < s.size() && s.at(j + 1).isLetter())
        return false; // "40-year-old", "five-hour"
    c->numberEnd = c->end = j;
    return true;
}

// Numbers written in words, English: "thirteen", "forty-five", "one hundred", "half",
// "three quarters", "a quarter", with the scale words after them ("half million").
const QHash<QString, int> &smallNumbers()
{
    static const QHash<QString, int> w{
        {QStringLiteral("zero"), 0},      {QStringLiteral("one"), 1},        {QStringLiteral("two"), 2},
        {QStringLiteral("three"), 3},     {QStringLiteral("four"), 4},       {QStringLiteral("five"), 5},
        {QStringLiteral("six"), 6},       {QStringLiteral("seven"), 7},      {QStringLiteral("eight"), 8},
        {QStringLiteral("nine"), 9},      {QStringLiteral("ten"), 10},       {QStringLiteral("eleven"), 11},
        {QStringLiteral("twelve"), 12},   {QStringLiteral("thirteen"), 13},  {QStringLiteral("fourteen"), 14},
        {QStringLiteral("fifteen"), 15},  {QStringLiteral("sixteen"), 16},   {QStringLiteral("seventeen"), 17},
        {QStringLiteral("eighteen"), 18}, {QStringLiteral("nineteen"), 19},  {QStringLiteral("twenty"), 20},
        {QStringLiteral("thirty"), 30},   {QStringLiteral("forty"), 40},     {QStringLiteral("fifty"), 50},
        {QStringLiteral("sixty"), 60},    {QStringLiteral("seventy"), 70},   {QStringLiteral("eighty"), 80},
        {QStringLiteral("ninety"), 90},
    };
    return w;
}

// The value of "forty-five" or "seven"; -1 when the word is no small number.
int smallNumber(const QString &lower)
{
    if (lower.contains(u'-')) {
        const QStringList parts = lower.split(u'-');
        if (parts.size() == 2 && smallNumbers().value(parts.at(0), 0) >= 20 && smallNumbers().value(parts.at(1), 0) > 0 &&
            smallNumbers().value(parts.at(1)) < 10)
            return smallNumbers().value(parts.at(0)) + smallNumbers().value(parts.at(1));
        return -1;
    }
    return smallNumbers().value(lower, -1);
}

bool isLargeScale(const QString &lower)
{
    return lower == QStringLiteral("thousand") || lower == QStringLiteral("million") || lower == QStringLiteral("billion") ||
           lower == QStringLiteral("trillion");
}

// Reads a number written in words from words[k]; returns how many words it takes (0 when
// none). *scaled: a scale word was part of it.
int wordNumberAt(QStringView s, const Words &words, int k, double *value, bool *scaled)
{
    double total = 0, group = 0;
    bool any = false, lastWasNumber = false, lastTens = false;
    *scaled = false;
    int n = k;
    auto next = [&](int m) { return m + 1 < words.size() && words.at(m + 1).start - words.at(m).end == 1 &&
                                     isSpace(s.at(words.at(m).end)) ? words.at(m + 1).lower : QString(); };
    while (n < words.size()) {
        const QString &w = words.at(n).lower;
        if (n > k && !(words.at(n).start - words.at(n - 1).end == 1 && isSpace(s.at(words.at(n - 1).end))))
            break;
        const int small = smallNumber(w);
        if (small >= 0 && (!lastWasNumber || (lastTens && small > 0 && small < 10))) {
            // "twenty five" as well as "twenty-five"
            lastTens = !lastWasNumber && small >= 20 && small % 10 == 0;
            group += small;
            any = lastWasNumber = true;
            ++n;
            continue;
        }
        lastTens = false;
        if ((w == QStringLiteral("a") || w == QStringLiteral("an")) && !any) {
            const QString after = next(n);
            if (after == QStringLiteral("quarter") || after == QStringLiteral("half")) {
                // "a quarter million": the fraction follows
            } else if (after == QStringLiteral("hundred") || isLargeScale(after)) {
                group = 1;
                any = true;
            } else {
                break;
            }
        } else if (w == QStringLiteral("half") && !any) {
            group = 0.5;
            any = true;
            if (next(n) == QStringLiteral("a") || next(n) == QStringLiteral("an"))
                ++n; // "half a million"
        } else if (w == QStringLiteral("quarter") || w == QStringLiteral("quarters")) {
            group = any ? group * 0.25 : 0.25;
            any = true;
            lastWasNumber = false;
        } else if (w == QStringLiteral("hundred") && any && group > 0) {
            group *= 100;
            lastWasNumber = false;
        } else if (isLargeScale(w) && any) {
            total += group * scaleWords().value(w);
            group = 0;
            *scaled = true;
            lastWasNumber = false;
        } else if (w == QStringLiteral("and") && any && !lastWasNumber && n + 1 < words.size() && smallNumber(next(n)) >= 0) {
            // "one hundred and five"
        } else {
            break;
        }
        ++n;
    }
    if (!any)
        return 0;
    *value = total + group;
    return n - k;
}

// Scale words written after a number in German and French ("4,2 Mio.", "3 Mrd.", "2
// milliards"); "Billion" is a thousand billion there.
double foreignScale(const QString &lower)
{
    static const QHash<QString, double> w{
        {QStringLiteral("mio"), 1e6},       {QStringLiteral("millionen"), 1e6}, {QStringLiteral("millions"), 1e6},
        {QStringLiteral("mrd"), 1e9},       {QStringLiteral("milliarde"), 1e9}, {QStringLiteral("milliarden"), 1e9},
        {QStringLiteral("milliard"), 1e9},  {QStringLiteral("milliards"), 1e9}, {QStringLiteral("md"), 1e9},
        {QStringLiteral("mds"), 1e9},       {QStringLiteral("billionen"), 1e12}, {QStringLiteral("tausend"), 1e3},
    };
    return w.value(lower, 0.0);
}

// Reads what follows the number: a spaced scale, a currency word, code or sign, "%", "per
// cent", and the cents of "3 dollars 50".
void parseSuffix(QStringView s, Candidate *c)
{
    qsizetype j = c->end;
    auto nextWord = [&](qsizetype from, qsizetype *wordEnd) -> QString {
        qsizetype k = from;
        if (k < s.size() && isSpace(s.at(k)))
            ++k;
        else if (k != from)
            return {};
        const QStringView w = lettersAt(s, k);
        *wordEnd = k + w.size();
        return w.toString().toLower();
    };
    auto percentAt = [&](qsizetype k) {
        if (k < s.size() && s.at(k) == u'%') {
            c->percent = true;
            c->end = k + 1;
            return true;
        }
        return false;
    };
    if (percentAt(j) || (j + 1 < s.size() && isSpace(s.at(j)) && percentAt(j + 1)))
        return;
    qsizetype e = 0;
    QString w = nextWord(j, &e);
    if (c->scale == 1.0 && scaleWords().contains(w) && w.size() > 1) {
        c->scale = scaleWords().value(w);
        c->numberEnd = c->end = j = e;
        w = nextWord(j, &e);
    } else if (c->scale == 1.0 && foreignScale(w) > 0) {
        c->scale = foreignScale(w);
        if (e < s.size() && s.at(e) == u'.')
            ++e; // "Mio."
        c->numberEnd = c->end = j = e;
        if (percentAt(j) || (j + 1 < s.size() && isSpace(s.at(j)) && percentAt(j + 1)))
            return;
        w = nextWord(j, &e);
        // "2 millions d'euros", "3 millions de dollars"
        if ((w == QStringLiteral("d") && e < s.size() && (s.at(e) == u'\'' || s.at(e) == u'’')) || w == QStringLiteral("de")) {
            qsizetype e2 = 0;
            const QString unit = nextWord(w == QStringLiteral("d") ? e + 1 : e, &e2);
            if (currencyWords().contains(unit)) {
                c->currency = currencyWords().value(unit);
                c->end = e2;
                return;
            }
        }
    }
    // A sign after the number: "10 €", "10$", "100元".
    if (c->currency.isEmpty()) {
        qsizetype k = j;
        if (k < s.size() && isSpace(s.at(k)))
            ++k;
        if (k < s.size() && !currencySymbol(s.at(k)).isEmpty() && (k + 1 >= s.size() || !s.at(k + 1).isDigit())) {
            c->currency = currencySymbol(s.at(k));
            c->end = k + 1;
            return;
        }
    }
    if (w == QStringLiteral("per") || w == QStringLiteral("pour")) {
        qsizetype e2 = 0;
        if (nextWord(e, &e2) == QStringLiteral("cent")) {
            c->percent = true;
            c->end = e2;
        }
        return;
    }
    if (w == QStringLiteral("percent") || w == QStringLiteral("percents") || w == QStringLiteral("pc") || w == QStringLiteral("prozent")) {
        c->percent = true;
        c->end = e;
        return;
    }
    if (w == QStringLiteral("percentage")) {
        qsizetype e2 = 0;
        const QString unit = nextWord(e, &e2);
        c->percent = true;
        if (unit == QStringLiteral("points") || unit == QStringLiteral("point")) {
            c->points = true;
            c->end = e2;
        } else {
            c->end = e; // "100 percentage"
        }
        return;
    }
    if (!c->currency.isEmpty())
        return;
    static const QHash<QString, QString> nationalCurrency{
        {QStringLiteral("us"), QStringLiteral("USD")},      {QStringLiteral("american"), QStringLiteral("USD")},
        {QStringLiteral("chinese"), QStringLiteral("CNY")}, {QStringLiteral("japanese"), QStringLiteral("JPY")},
        {QStringLiteral("british"), QStringLiteral("GBP")}};
    if (nationalCurrency.contains(w)) { // "US dollars", "Chinese yuan"
        qsizetype e2 = 0;
        const QString d = nextWord(e, &e2);
        if (currencyWords().contains(d)) {
            c->currency = nationalCurrency.value(w);
            c->end = e2;
        }
    } else if (currencyWords().contains(w)) {
        c->currency = currencyWords().value(w);
        c->end = e;
    } else if (!currencyCode(w).isEmpty()) { // "115 USD", "40 rmb"
        c->currency = currencyCode(w);
        c->end = e;
    } else if (w.size() == 4 && w.startsWith(u'm') && !currencyCode(QStringView(w).mid(1)).isEmpty() && c->scale == 1.0) {
        c->currency = currencyCode(QStringView(w).mid(1)); // "30 MUSD"
        c->scale = 1e6;
        c->end = e;
    } else if (w == QStringLiteral("pence") || w == QStringLiteral("cents") || w == QStringLiteral("cent")) {
        c->currency = w == QStringLiteral("pence") ? QStringLiteral("GBP") : QStringLiteral("USD");
        c->subunit = true;
        c->end = e;
        return;
    } else {
        return;
    }
    // "75 USD million": a scale after the code.
    if (c->scale == 1.0) {
        qsizetype e2 = 0;
        const QString after = nextWord(c->end, &e2);
        if (scaleWords().contains(after) && after.size() > 1) {
            c->scale = scaleWords().value(after);
            c->end = e2;
        }
    }
}

// "3 dollars 50 cents", "15 dollars and 50", "13 dollars forty five", "2 kuai 5 mao": the
// smaller unit after the larger one.
void parseCompound(QStringView s, const Words &words, Candidate *c)
{
    if (c->currency.isEmpty() || c->subunit || c->percent || c->scale != 1.0 || c->start < c->numberStart ||
        c->end == 0 || !s.at(c->end - 1).isLetter())
        return; // "$3 and 50 people", "10 € and 20 €": only a currency word or code takes a compound
    int k = wordAtOrAfter(words, c->end);
    if (k >= words.size() || words.at(k).start - c->end > 1)
        return;
    if (words.at(k).lower == QStringLiteral("and"))
        ++k;
    if (k >= words.size())
        return;
    double small = -1;
    int used = 0;
    bool scaled = false;
    if (words.at(k).numeric && !words.at(k).text.contains(u'.') && !words.at(k).text.contains(u',')) {
        small = words.at(k).text.toDouble();
        used = 1;
    } else if ((used = wordNumberAt(s, words, k, &small, &scaled)) == 0 || scaled) {
        return;
    }
    if (small < 0 || small >= 100)
        return;
    const int unitWord = k + used;
    const QString unit = unitWord < words.size() ? words.at(unitWord).lower : QString();
    if (unit == QStringLiteral("cents") || unit == QStringLiteral("cent") || unit == QStringLiteral("pence") ||
        unit == QStringLiteral("fen")) {
        c->number += small / 100.0;
        c->end = words.at(unitWord).end;
    } else if (unit == QStringLiteral("mao") || unit == QStringLiteral("jiao")) {
        c->number += small / 10.0;
        c->end = words.at(unitWord).end;
    } else if (currencyWords().contains(unit) || !currencyCode(unit).isEmpty() || scaleWords().contains(unit) ||
               notCountedThings().contains(unit)) {
        return; // "50 dollar 50 dollar", "three thousand dollars two hundred times"
    } else {
        c->number += small / 100.0;
        c->end = words.at(unitWord - 1).end;
    }
    c->integer = false;
}

// Reads a currency written before the number: "$", "£", "US$", "USD ", "Rmb ", "dollar ".
void parsePrefix(QStringView s, Candidate *c)
{
    const qsizetype i = c->start;
    if (i == 0)
        return;
    const QChar p = s.at(i - 1);
    const QString sym = currencySymbol(p);
    if (!sym.isEmpty()) {
        c->currency = sym;
        c->start = i - 1;
        if (p == u'$') {
            qsizetype k = i - 1;
            while (k > 0 && s.at(k - 1).isLetter())
                --k;
            const QString code = s.mid(k, i - 1 - k).toString();
            if (k == 0 || !s.at(k - 1).isLetterOrNumber()) {
                if (dollarPrefixes().contains(code)) {
                    c->currency = dollarPrefixes().value(code);
                    c->start = k;
                } else if (!currencyCode(code).isEmpty()) { // "Usd$15"
                    c->currency = currencyCode(code);
                    c->start = k;
                }
            }
        }
        return;
    }
    if (p.isLetter() && i >= 3 && !currencyCode(s.mid(i - 3, 3)).isEmpty()) { // "USD115.5"
        c->currency = currencyCode(s.mid(i - 3, 3));
        c->start = i - 3;
        return;
    }
    if (!isSpace(p))
        return;
    qsizetype k = i - 1;
    while (k > 0 && s.at(k - 1).isLetter())
        --k;
    if (k > 0 && s.at(k - 1).isLetterOrNumber())
        return;
    const QStringView word = s.mid(k, i - 1 - k);
    const QString lower = word.toString().toLower();
    if (!currencyCode(word).isEmpty() && (word.at(0).isUpper() || word == word.toString().toLower())) {
        c->currency = currencyCode(word); // "USD 5m", "Rmb 10", "usd 20"
        c->start = k;
    } else if ((lower == QStringLiteral("dollar") || lower == QStringLiteral("euro") || lower == QStringLiteral("yuan")) &&
               !(k >= 2 && s.at(k - 2).isDigit())) { // not the "dollar" of "50 dollar 40 rmb"
        c->currency = currencyWords().value(lower); // "at dollar 22.5 million"
        c->start = k;
    } else if (lower == QStringLiteral("minus")) {
        c->negative = true; // "minus five percent"
        c->start = k;
    } else if (lower == QStringLiteral("of")) {
        // "Percent of 10", "per cent of 210"
        static const QRegularExpression rx(QStringLiteral("\\b(?:per\\s?cent|percent)\\s+of\\s+$"), QRegularExpression::CaseInsensitiveOption);
        const auto m = rx.match(s.left(i));
        if (m.hasMatch()) {
            c->percent = true;
            c->start = m.capturedStart();
        }
    }
}

// The counted noun phrase after a bare number: "2,000 specialised chips" -> {"specialised chips", "chips"}.
std::optional<QString> countedNoun(QStringView s, const Words &words, qsizetype end)
{
    if (end >= s.size() || !isSpace(s.at(end)))
        return std::nullopt;
    int k = wordAtOrAfter(words, end);
    QString noun;
    for (int taken = 0; k < words.size() && taken < 3; ++k, ++taken) {
        const SentenceWord &w = words.at(k);
        // Only words separated by single spaces belong to the phrase.
        const qsizetype gapStart = taken == 0 ? end : words.at(k - 1).end;
        if (w.start - gapStart != 1 || !isSpace(s.at(gapStart)))
            break;
        if (!w.alphabetic)
            break;
        if (phraseStops().contains(w.lower))
            break;
        if (taken == 0 && (notCountedThings().contains(w.lower) || monthNames().contains(w.lower)))
            return std::nullopt;
        noun = w.lower;
        if (w.lower.endsWith(u's') || irregularPlurals().contains(w.lower))
            break;
    }
    if (noun.isEmpty())
        return std::nullopt;
    return noun;
}

// --- Entities --------------------------------------------------------------------------

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// Capitalised runs of the sentence that can be what a figure is about ("Bank of England",
// "FTSE 100", "Nvidia"); a sentence's first word only when the article also writes it
// capitalised in mid-sentence (so "Shares" and "Investors" are not names).
// What the article tells about its words: which it capitalises in mid-sentence, which it
// also writes in lower case.
struct ArticleWords
{
    QSet<QString> midSentenceCaps;
    QSet<QString> lowercase;
};

// Whether a sentence's first word is a name: the article capitalises it elsewhere, it starts
// a run of capitalised words ("Harbour Bank was fined"), it is written like a name
// ("DeepSeek", "R1", "High-Flyer"), or it is never written in lower case and is not a plural
// common noun ("Nvidia lost", but not "Investors cheered").
bool initialIsName(const Words &words, const ArticleWords &article)
{
    const SentenceWord &w = words.first();
    if (article.midSentenceCaps.contains(w.text))
        return true;
    if (words.size() > 1 && words.at(1).text.at(0).isUpper() && words.at(1).start - w.end == 1 &&
        !article.lowercase.contains(w.lower))
        return true; // "Harbour Bank was fined", but not "Rival Osprey Logistics" when "rival" is a word
    if (std::any_of(w.text.cbegin() + 1, w.text.cend(), [](QChar c) { return c.isUpper() || c.isDigit(); }))
        return true;
    if (article.lowercase.contains(w.lower) || upWords().contains(w.lower) || downWords().contains(w.lower))
        return false;
    return !(w.lower.endsWith(u's') && !w.possessive) && w.lower.size() > 1;
}

QList<Span> entitySpans(QStringView s, const Words &words, const ArticleWords &article)
{
    QList<Span> spans;
    auto capital = [&](int k) {
        const SentenceWord &w = words.at(k);
        if (!w.text.at(0).isUpper() || demonyms().contains(w.lower) || monthNames().contains(w.lower) ||
            weekdayNames().contains(w.lower) || notNameWords().contains(w.lower))
            return false;
        return k > 0 || initialIsName(words, article);
    };
    int k = 0;
    while (k < words.size()) {
        if (commonEntities().contains(words.at(k).lower) &&
            !(k > 0 && words.at(k - 1).lower == QStringLiteral("against"))) {
            spans.append({words.at(k).start, words.at(k).end, words.at(k).lower});
            ++k;
            continue;
        }
        if (!capital(k)) {
            ++k;
            continue;
        }
        int last = k;
        while (last + 1 < words.size()) {
            const SentenceWord &next = words.at(last + 1);
            if (next.start != words.at(last).end + 1 || !isSpace(s.at(words.at(last).end)))
                break;
            if (capital(last + 1) || (next.numeric && isIndexName(words.at(last).text))) {
                ++last;
                continue;
            }
            if (next.lower == QStringLiteral("of") && last + 2 < words.size() && capital(last + 2) &&
                words.at(last + 2).start == next.end + 1) {
                last += 2;
                continue;
            }
            break;
        }
        Span span{words.at(k).start, words.at(last).end, {}};
        QString text = s.mid(span.start, span.end - span.start).toString();
        if (text.endsWith(QStringLiteral("’s")) || text.endsWith(QStringLiteral("'s")))
            text.chop(2);
        span.text = text;
        spans.append(span);
        k = last + 1;
    }
    return spans;
}

bool refersBack(const QString &lowerSentence)
{
    static const QRegularExpression rx(
        QStringLiteral("\\b(?:it|its|the (?:company|firm|group|bank|lender|business|chipmaker|giant|startup|start-up)|shares)\\b"));
    return rx.match(lowerSentence).hasMatch();
}

// --- Putting a figure together -----------------------------------------------------------

// A word of a sentence that names a measure ("market value", "shares", "inflation").
struct MeasureHit
{
    qsizetype start;
    qsizetype end;
    int rule; // index into measureRules()
};

// Every measure word of a sentence, in one pass over its words.
QList<MeasureHit> measureHits(const Words &words)
{
    QList<MeasureHit> hits;
    for (int k = 0; k < words.size(); ++k) {
        const auto it = measurePhrases().constFind(words.at(k).lower);
        if (it == measurePhrases().constEnd())
            continue;
        for (const auto &[rule, phrase] : *it) {
            if (k + phrase.size() > words.size())
                continue;
            bool match = true;
            for (qsizetype w = 1; w < phrase.size() && match; ++w)
                match = words.at(k + w).lower == phrase.at(w);
            if (match) {
                hits.append({words.at(k).start, words.at(k + phrase.size() - 1).end, rule});
                k += int(phrase.size()) - 1;
                break;
            }
        }
    }
    return hits;
}

QString measureFor(const Figure &f, const QList<MeasureHit> &hits, QStringView lower, qsizetype figStart, qsizetype figEnd)
{
    if (f.kind == Figure::Kind::Percent) {
        if (isIndexName(f.entity))
            return QStringLiteral("index level");
        if (commonEntities().contains(f.entity))
            return QStringLiteral("price");
    }
    QString best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const MeasureHit &hit : hits) {
        const MeasureRule &rule = measureRules().at(hit.rule);
        if ((f.kind == Figure::Kind::Money && !rule.money) || (f.kind == Figure::Kind::Percent && !rule.percent))
            continue;
        qsizetype d = 0;
        if (hit.end <= figStart)
            d = figStart - hit.end;
        else if (hit.start >= figEnd)
            d = hit.start - figEnd;
        else
            continue; // inside the figure itself
        // "$1.2m in damages", "$600bn in market value": the figure's own phrase names it.
        const QStringView between = lower.mid(figEnd, std::max<qsizetype>(0, hit.start - figEnd));
        if (between == u" in " || between == u" of " || between == u" in the ")
            d = 0;
        if (d < bestDistance) {
            bestDistance = d;
            best = rule.measure;
        }
    }
    if (!best.isEmpty())
        return best;
    if (f.kind == Figure::Kind::Percent)
        return f.direction == Figure::Direction::None ? QStringLiteral("share") : QStringLiteral("change");
    return QStringLiteral("amount");
}

Figure::Direction directionFor(const Words &words, qsizetype start, qsizetype end)
{
    const int before = wordBefore(words, start);
    for (int k = before, n = 0; k >= 0 && n < 6; --k, ++n) {
        if (upWords().contains(words.at(k).lower))
            return Figure::Direction::Up;
        if (downWords().contains(words.at(k).lower))
            return Figure::Direction::Down;
    }
    for (int k = wordAtOrAfter(words, end), n = 0; k < words.size() && n < 2; ++k, ++n) {
        if (upWords().contains(words.at(k).lower))
            return Figure::Direction::Up;
        if (downWords().contains(words.at(k).lower))
            return Figure::Direction::Down;
    }
    return Figure::Direction::None;
}

// The qualifier written just before a figure; *phraseStart is where its words begin.
QString qualifierFor(const Words &words, qsizetype start, qsizetype *phraseStart)
{
    *phraseStart = start;
    const int last = wordBefore(words, start);
    if (last < 0 || start - words.at(last).end > 1)
        return {};
    for (const Qualifier &q : qualifiers()) {
        const int first = last - int(q.words.size()) + 1;
        if (first < 0)
            continue;
        bool match = true;
        for (int k = 0; k < q.words.size() && match; ++k)
            match = words.at(first + k).lower == q.words.at(k);
        if (match) {
            *phraseStart = words.at(first).start;
            return q.name;
        }
    }
    return {};
}

// --- The steps of FigureExtractor::extract -------------------------------------------------

// Words the article capitalises in mid-sentence (names, even at a sentence's start) and the
// words it writes in lower case, with the story's: what tells a name from a word.
ArticleWords articleWordsOf(const SentenceWordLists &sentenceWords, const QSet<QString> &storyWords)
{
    ArticleWords articleWords;
    articleWords.lowercase = storyWords;
    for (const Words &words : sentenceWords) {
        for (int k = 0; k < words.size(); ++k) {
            const SentenceWord &w = words.at(k);
            if (w.text.at(0).isLower())
                articleWords.lowercase.insert(w.lower);
            else if (k > 0 && w.text.at(0).isUpper())
                articleWords.midSentenceCaps.insert(w.text);
        }
    }
    return articleWords;
}

// The article's subject, what "the company" and "it" refer to: the name written most often,
// the earliest on a tie (never the hash order).
QString subjectOf(const SentenceWordLists &sentenceWords, const ArticleWords &articleWords)
{
    QHash<QString, int> mentions, firstMention;
    for (const Words &words : sentenceWords) {
        for (int k = 0; k < words.size(); ++k) {
            const SentenceWord &w = words.at(k);
            if (!w.text.at(0).isUpper() || (k == 0 && !initialIsName(words, articleWords)))
                continue;
            if (w.alphabetic && !notNameWords().contains(w.lower) && !demonyms().contains(w.lower) &&
                !monthNames().contains(w.lower) && !weekdayNames().contains(w.lower)) {
                const QString name = w.possessive ? w.text.chopped(2) : w.text;
                if (!mentions.contains(name))
                    firstMention.insert(name, int(firstMention.size()));
                ++mentions[name];
            }
        }
    }
    QString subject;
    for (auto it = mentions.cbegin(); it != mentions.cend(); ++it) {
        if (subject.isEmpty() || it.value() > mentions.value(subject) ||
            (it.value() == mentions.value(subject) && firstMention.value(it.key()) < firstMention.value(subject)))
            subject = it.key();
    }
    return subject;
}

// German, French and most of Europe write "3,5" for three and a half.
bool writesCommaDecimals(const QString &language)
{
    static const QSet<QString> commaLanguages{
        QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("nl"),
        QStringLiteral("pt"), QStringLiteral("pl"), QStringLiteral("sv"), QStringLiteral("da"), QStringLiteral("nb"),
        QStringLiteral("no"), QStringLiteral("fi"), QStringLiteral("cs"), QStringLiteral("ru"), QStringLiteral("tr")};
    return commaLanguages.contains(language.section(u'-', 0, 0).toLower());
}

// Whether a sentence writes a number in words ("two million", "a quarter", "one-yen"): only
// then are its words read for figures, which is slow.
bool hasNumberWords(const Words &words)
{
    return std::any_of(words.cbegin(), words.cend(), [](const SentenceWord &w) {
        return smallNumber(w.lower) >= 0 || isLargeScale(w.lower) || w.lower == QStringLiteral("half") ||
               w.lower == QStringLiteral("quarter") || (w.lower.contains(u'-') && smallNumber(w.lower.section(u'-', 0, 0)) >= 0);
    });
}

// Step 1a: the numbers of a sentence written in digits, with what is attached to them.
void digitCandidates(QStringView s, const Words &words, bool commaDecimals, QList<Candidate> *out)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!s.at(i).isDigit() || (i > 0 && s.at(i - 1).isDigit()))
            continue;
        Candidate c;
        const bool ok = parseNumber(s, i, &c, commaDecimals);
        i = std::max(i, c.numberEnd - 1);
        if (!ok) {
            while (i + 1 < s.size() && (s.at(i + 1).isLetterOrNumber() || s.at(i + 1) == u'.'))
                ++i; // skip the rest of "DeepSeek-V3", "1.30pm"
            continue;
        }
        parsePrefix(s, &c);
        parseSuffix(s, &c);
        parseCompound(s, words, &c);
        out->append(c);
    }
}

// Step 1b: the numbers written in words, kept only with a currency, a percent or a scale
// ("one of them", "two people" are not figures).
void wordCandidates(QStringView s, const Words &words, QList<Candidate> *out)
{
    for (int k = 0; k < words.size(); ++k) {
        const QString &w = words.at(k).lower;
        Candidate c;
        c.start = c.numberStart = words.at(k).start;
        c.integer = false; // never a year
        c.words = true;
        if (w.contains(u'-') && currencyWords().contains(w.section(u'-', 1)) && !w.endsWith(QStringLiteral("pound")) &&
            smallNumber(w.section(u'-', 0, 0)) >= 0) {
            // "a one-yen bid"
            c.end = c.numberEnd = words.at(k).end;
            c.number = smallNumber(w.section(u'-', 0, 0));
            c.currency = currencyWords().value(w.section(u'-', 1));
            out->append(c);
            continue;
        }
        double value = 0;
        const int n = wordNumberAt(s, words, k, &value, &c.wordScale);
        if (n == 0)
            continue;
        c.end = c.numberEnd = words.at(k + n - 1).end;
        c.number = value;
        parsePrefix(s, &c);
        parseSuffix(s, &c);
        parseCompound(s, words, &c);
        k += n - 1;
        if (c.currency.isEmpty() && !c.percent && !c.wordScale)
            continue; // "one of them", "two people": not a figure
        out->append(c);
    }
}

// Step 1: every number of the sentence that is written like a figure, in digits or in
// words, in order of position.
QList<Candidate> candidatesIn(QStringView s, const Words &words, bool numberWords, bool commaDecimals)
{
    QList<Candidate> candidates;
    digitCandidates(s, words, commaDecimals, &candidates);
    if (numberWords)
        wordCandidates(s, words, &candidates);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.start < y.start; });
    // A number read as part of the one before ("50 cents" of "3 dollars 50 cents") is no
    // figure of its own.
    for (qsizetype ci = 1; ci < candidates.size();) {
        if (candidates.at(ci).start < candidates.at(ci - 1).end)
            candidates.removeAt(ci);
        else
            ++ci;
    }
    return candidates;
}

// A candidate kept as a figure: what kind, and for a count, what is counted.
struct Kept
{
    Candidate c;
    Figure::Kind kind;
    QString counted;
};

// A plain number that looks like a year: never a figure, nor the start of a range.
bool looksLikeYear(const Candidate &c)
{
    return c.scale == 1.0 && c.integer && !c.grouped && c.number >= 1800 && c.number <= 2100;
}

// Whether a bare number is a date, a year or part of a name rather than an amount.
bool dateYearOrName(const Candidate &c, const Words &words)
{
    const int before = wordBefore(words, c.start);
    const int after = wordAtOrAfter(words, c.end);
    const bool adjacentBefore = before >= 0 && c.start - words.at(before).end == 1;
    const bool adjacentAfter = after < words.size() && words.at(after).start - c.end == 1;
    if ((adjacentBefore && monthNames().contains(words.at(before).lower)) ||
        (adjacentAfter && monthNames().contains(words.at(after).lower)))
        return true; // "5 February", "July 2024"
    if (looksLikeYear(c))
        return true;
    return c.scale == 1.0 && adjacentBefore && words.at(before).text.at(0).isUpper() &&
           !notNameWords().contains(words.at(before).lower) && !words.at(before).possessive; // "FTSE 100", "Nikkei 225", "DALL-E 3"
}

// Ranges: "5 to 6 per cent", "between 10 and 12%", "$5-6bn": a bare first number takes the
// unit and scale of the second.
void spreadOverRanges(QStringView s, const QList<Candidate> &candidates, QList<std::optional<Kept>> &kept)
{
    for (int ci = 0; ci + 1 < candidates.size(); ++ci) {
        if (kept.at(ci) || !kept.at(ci + 1))
            continue;
        const Candidate &x = candidates.at(ci);
        const Candidate &y = candidates.at(ci + 1);
        const QString between = s.mid(x.end, y.start - x.end).toString().trimmed().toLower();
        if (between != QStringLiteral("to") && between != QStringLiteral("and") && between != u'-' &&
            between != u'–')
            continue;
        if (looksLikeYear(x))
            continue;
        Kept k{x, kept.at(ci + 1)->kind, kept.at(ci + 1)->counted};
        if (k.c.scale == 1.0)
            k.c.scale = y.scale;
        k.c.currency = y.currency;
        k.c.percent = y.percent;
        k.c.points = y.points;
        k.c.subunit = y.subunit;
        kept[ci] = k;
    }
}

// Step 2: classify each candidate as money, percent, count, or not a figure at all (empty),
// one entry per candidate.
QList<std::optional<Kept>> classify(QStringView s, const Words &words, const QList<Candidate> &candidates)
{
    QList<std::optional<Kept>> kept(candidates.size());
    QString lastCounted;
    for (int ci = 0; ci < candidates.size(); ++ci) {
        const Candidate &c = candidates.at(ci);
        if (c.percent) {
            kept[ci] = Kept{c, Figure::Kind::Percent, {}};
            continue;
        }
        if (!c.currency.isEmpty()) {
            kept[ci] = Kept{c, Figure::Kind::Money, {}};
            continue;
        }
        // A bare number: a date, a year, a name, a count, or nothing.
        if (c.letterScale || c.negative)
            continue; // "1500b packet", "32K word": sizes, not counts
        if (dateYearOrName(c, words))
            continue;
        if (const auto noun = countedNoun(s, words, c.end)) {
            lastCounted = *noun;
            kept[ci] = Kept{c, Figure::Kind::Count, *noun};
            continue;
        }
        // "2,000 chips compared to 16,000 for leading models": the noun carries over.
        if (!lastCounted.isEmpty() && (c.grouped || c.scale > 1.0)) {
            kept[ci] = Kept{c, Figure::Kind::Count, lastCounted};
        }
    }
    spreadOverRanges(s, candidates, kept);
    return kept;
}

// One sentence as steps 3 and 4 read it.
struct FigureSentence
{
    int index;            // in the article
    TextRange range;      // in the body
    QStringView text;
    QString lower;
    const Words &words;
    QList<Span> usable;   // names that are not part of a figure
};

// The capitalised runs of the sentence that do not overlap a kept figure.
QList<Span> usableNames(QStringView s, const Words &words, const ArticleWords &articleWords,
                        const QList<std::optional<Kept>> &kept)
{
    QList<Span> usable;
    for (const Span &span : entitySpans(s, words, articleWords)) {
        bool insideFigure = false;
        for (const auto &k : kept)
            insideFigure = insideFigure || (k && span.start < k->c.end && span.end > k->c.start);
        if (!insideFigure)
            usable.append(span);
    }
    return usable;
}

// A kept candidate as a figure: where, how much, of what unit, qualified how, moving which
// way, measuring what. Its entity comes after.
Figure figureOf(const Kept &k, int articleIndex, const FigureSentence &sentence, const QString &body,
                const QList<MeasureHit> &hits)
{
    const Candidate &c = k.c;
    Figure f;
    f.article = articleIndex;
    f.sentence = sentence.index;
    f.range = TextRange{sentence.range.start + c.start, c.end - c.start};
    f.text = body.mid(f.range.start, f.range.length);
    f.kind = k.kind;
    f.value = (c.negative ? -1.0 : 1.0) * c.number * c.scale * (c.subunit ? 0.01 : 1.0);
    f.unit = k.kind == Figure::Kind::Percent ? (c.points ? QStringLiteral("percentage points") : QStringLiteral("percent"))
             : k.kind == Figure::Kind::Money ? c.currency
                                             : QStringLiteral("count");
    qsizetype qualifierStart = c.start;
    f.qualifier = qualifierFor(sentence.words, c.start, &qualifierStart);
    if (f.kind != Figure::Kind::Count) {
        // The qualifier's own words ("up to") say nothing of a direction.
        f.direction = directionFor(sentence.words, qualifierStart, c.end);
    }
    f.measure = f.kind == Figure::Kind::Count ? QStringLiteral("number of ") + k.counted
                                              : measureFor(f, hits, sentence.lower, c.start, c.end);
    return f;
}

// An index move is about the index named in the sentence, the nearest one.
void attachIndexName(Figure &f, const Candidate &c, const FigureSentence &sentence)
{
    if (f.kind != Figure::Kind::Percent || f.measure != QStringLiteral("index level"))
        return;
    qsizetype nearest = std::numeric_limits<qsizetype>::max();
    for (const Span &span : sentence.usable) {
        const qsizetype d = span.end <= c.start ? c.start - span.end : span.start - c.end;
        if (isIndexName(span.text) && d < nearest) {
            nearest = d;
            f.entity = span.text;
        }
    }
}

// Otherwise the nearest name before the figure, not one that only qualifies another ("of
// the UK's").
void attachNameBefore(Figure &f, const Candidate &c, const FigureSentence &sentence)
{
    if (!f.entity.isEmpty())
        return;
    for (int u = 0; u < sentence.usable.size(); ++u) {
        const Span &span = sentence.usable.at(u);
        if (span.end > c.start)
            break;
        const QString lead = sentence.text.mid(std::max<qsizetype>(0, span.start - 7), std::min<qsizetype>(7, span.start)).toString().toLower();
        const bool qualifiesAnother = u > 0 && (lead.endsWith(QStringLiteral("of the ")) || lead.endsWith(QStringLiteral(" of ")));
        if (!qualifiesAnother)
            f.entity = span.text;
    }
}

// "a 1.4% decline in the Nikkei 225", "a 5% stake in Kestrel": the name that the figure's
// own phrase points to wins over the nearest one before it.
void attachPhraseTarget(Figure &f, const Candidate &c, const FigureSentence &sentence)
{
    const Words &words = sentence.words;
    const int after = wordAtOrAfter(words, c.end);
    for (int w = after + 1; w < std::min<int>(int(words.size()) - 1, after + 2); ++w) {
        if (phraseStops().contains(words.at(after).lower) ||
            (words.at(w).lower != QStringLiteral("in") && words.at(w).lower != QStringLiteral("of")))
            continue;
        int target = w + 1;
        if (target < words.size() && (words.at(target).lower == QStringLiteral("the") || words.at(target).lower == QStringLiteral("its")))
            ++target;
        if (target < words.size()) {
            // "in Japan's benchmark Nikkei 225": the owner's thing, when named.
            const bool owner = words.at(target).possessive;
            for (const Span &span : sentence.usable) {
                if (span.start == words.at(target).start)
                    f.entity = span.text;
                else if (owner && span.start > words.at(target).start &&
                         (target + 3 >= words.size() || span.start <= words.at(target + 3).start))
                    f.entity = span.text;
            }
        }
        break;
    }
}

// "will pay £3.1bn ($3.9bn) for Kestrel": a price is about what it buys.
void attachWhatPriceBuys(Figure &f, const Candidate &c, const FigureSentence &sentence)
{
    if (f.kind != Figure::Kind::Money || f.measure != QStringLiteral("deal value"))
        return;
    const QStringView s = sentence.text;
    const Words &words = sentence.words;
    qsizetype k = c.end;
    while (k < s.size() && s.at(k).isSpace())
        ++k;
    if (k < s.size() && s.at(k) == u'(') { // skip a conversion in brackets
        const qsizetype close = s.indexOf(u')', k);
        k = close < 0 ? k : close + 1;
    }
    const int w = wordAtOrAfter(words, k);
    if (w + 1 < words.size() && words.at(w).lower == QStringLiteral("for") && words.at(w).start - k <= 1) {
        for (const Span &span : sentence.usable) {
            if (span.start == words.at(w + 1).start)
                f.entity = span.text;
        }
    }
}

// "The chip maker … fell behind Apple and Microsoft, when its market value shrank to $2.9tn":
// a sentence about "the chip maker" or "it" is about what the article spoke of before (the
// previous figure's entity, else the subject), not about the names it is compared with.
void attachReferent(Figure &f, const Candidate &c, const FigureSentence &sentence, const QString &before,
                    const QString &subject)
{
    const Words &words = sentence.words;
    if (f.kind != Figure::Kind::Count && words.size() > 1 &&
        ((words.at(0).lower == QStringLiteral("the") && words.at(1).text.at(0).isLower()) || words.at(0).lower == QStringLiteral("it")) &&
        QStringView(sentence.lower).left(c.start).contains(QStringLiteral("its ")) && !(f.measure == QStringLiteral("index level"))) {
        if (!before.isEmpty() || !subject.isEmpty())
            f.entity = before.isEmpty() ? subject : before;
    }
    if (f.entity.isEmpty() && refersBack(sentence.lower))
        f.entity = subject;
}

// Failing all else, the first name after the figure.
void attachNameAfter(Figure &f, const Candidate &c, const FigureSentence &sentence)
{
    if (!f.entity.isEmpty())
        return;
    for (const Span &span : sentence.usable) {
        if (span.start >= c.end) {
            f.entity = span.text;
            break;
        }
    }
}

// Step 3: what each figure is about, its entity, in order of the rules above; a percent of
// an index or of a common thing then measures its level or price.
void attachEntity(Figure &f, const Candidate &c, const FigureSentence &sentence, const QString &before,
                  const QString &subject)
{
    attachIndexName(f, c, sentence);
    attachNameBefore(f, c, sentence);
    attachPhraseTarget(f, c, sentence);
    attachWhatPriceBuys(f, c, sentence);
    attachReferent(f, c, sentence, before, subject);
    attachNameAfter(f, c, sentence);
    if (f.kind == Figure::Kind::Percent && f.measure != QStringLiteral("index level") && isIndexName(f.entity))
        f.measure = QStringLiteral("index level");
    if (f.kind == Figure::Kind::Percent && commonEntities().contains(f.entity))
        f.measure = QStringLiteral("price");
}

// Step 4: paired conversions, "$600bn (£482bn)", "100 billion yuan ($13m)", "£3bn, or
// $3.6bn": the second amount is the first in another currency, about the same thing.
void pairConversions(QList<Figure> &figures, int firstOfSentence, const QString &body)
{
    // Between the two: "(", ", or", "(about" and the like, nothing else.
    static const QSet<QString> linking{QStringLiteral("about"),  QStringLiteral("around"),   QStringLiteral("roughly"),
                                       QStringLiteral("approximately"), QStringLiteral("nearly"), QStringLiteral("almost"),
                                       QStringLiteral("some"),   QStringLiteral("c"),        QStringLiteral("or"),
                                       QStringLiteral("an"),     QStringLiteral("estimated"), QStringLiteral("equivalent"),
                                       QStringLiteral("to"),     QStringLiteral("worth")};
    for (int fi = firstOfSentence; fi + 1 < figures.size(); ++fi) {
        Figure &from = figures[fi];
        Figure &to = figures[fi + 1];
        if (from.kind != Figure::Kind::Money || to.kind != Figure::Kind::Money || from.unit == to.unit)
            continue;
        const QStringView between = QStringView(body).mid(from.range.end(), to.range.start - from.range.end());
        bool onlyLinking = between.size() <= 30;
        QString punctuation;
        for (const SentenceWord &w : SentenceWord::split(between))
            onlyLinking = onlyLinking && linking.contains(w.lower);
        for (QChar ch : between) {
            if (!ch.isLetterOrNumber() && !ch.isSpace())
                punctuation.append(ch);
        }
        if (onlyLinking && (punctuation == u'(' || punctuation == u',' || punctuation.isEmpty())) {
            to.convertedFrom = fi;
            to.entity = from.entity;
            to.measure = from.measure;
            to.direction = from.direction;
        }
    }
}

} // namespace

QSet<QString> FigureExtractor::lowercaseWords(const QString &text)
{
    QSet<QString> words;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && text.at(j).isLetter())
            ++j;
        if (text.at(i).isLower())
            words.insert(text.mid(i, j - i));
        i = j;
    }
    return words;
}

QList<Figure> FigureExtractor::extract(const ComparedArticle &compared, int articleIndex,
                                      const SentenceWordLists &sentenceWords, const QSet<QString> &storyWords)
{
    Q_ASSERT(sentenceWords.size() == compared.sentences.size());
    QList<Figure> figures;
    const QString &body = compared.article.body;
    const ArticleWords articleWords = articleWordsOf(sentenceWords, storyWords);
    const QString subject = subjectOf(sentenceWords, articleWords);
    const bool commaDecimals = writesCommaDecimals(compared.article.language);

    for (int si = 0; si < compared.sentences.size(); ++si) {
        const TextRange range = compared.sentences.at(si).range;
        const QStringView s = QStringView(body).mid(range.start, range.length);
        const Words &words = sentenceWords.at(si);
        const bool numberWords = hasNumberWords(words);
        if (!numberWords && std::none_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.isDigit(); }))
            continue; // no number in it

        const QList<Candidate> candidates = candidatesIn(s, words, numberWords, commaDecimals);
        const QList<std::optional<Kept>> kept = classify(s, words, candidates);
        if (std::none_of(kept.cbegin(), kept.cend(), [](const auto &k) { return k.has_value(); }))
            continue;

        const FigureSentence sentence{si, range, s, s.toString().toLower(), words,
                                      usableNames(s, words, articleWords, kept)};
        const QList<MeasureHit> hits = measureHits(words);
        const int firstOfSentence = int(figures.size());
        // What the sentence spoke of before its figures: the entity of the previous figure.
        const QString before = firstOfSentence > 0 ? figures.at(firstOfSentence - 1).entity : QString();
        for (const auto &k : kept) {
            if (!k)
                continue;
            Figure f = figureOf(*k, articleIndex, sentence, body, hits);
            attachEntity(f, k->c, sentence, before, subject);
            figures.append(f);
        }
        pairConversions(figures, firstOfSentence, body);
    }
    return figures;
}

} // namespace Parallax
