// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyprofile.h"

#include "core/article.h"
#include "core/tokenizer.h"

#include <QDataStream>
#include <QDate>
#include <QIODevice>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Parallax {

namespace {

using Kind = StoryProfile::Kind;
using Term = StoryProfile::Term;

// Counts per (kind, key), in key order: the profile is the same whatever the hash seed.
using Counts = QMap<std::pair<Kind, QString>, Term>;

void add(Counts &counts, Kind kind, const QString &key, const QString &written, int times) {
    QString shown = written;
    if (shown.endsWith(QLatin1String("'s")) || shown.endsWith(QStringLiteral("\u2019s")))
        shown.chop(2); // "OpenAI's" names OpenAI
    Term &t = counts[{kind, key}];
    if (t.key.isEmpty()) {
        t.key = key;
        t.kind = kind;
        if (shown != key)
            t.shown = shown;
    }
    t.count = quint16(std::min(int(t.count) + times, 0xffff));
}

// A capitalised word that opens a sentence is no evidence of a name.
bool opensSentence(const QString &text, qsizetype at) {
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t')
            continue;
        return c == u'\n' || c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'"' ||
               c == u'\u201c' || c == u'\u2018' || c == u'\'' || c == u'(' || c == u'\u2014' ||
               c == u'-';
    }
    return true;
}

// Days and months are capitalised but name no one.
bool isCalendarWord(const QString &word) {
    static const QStringList days = {QStringLiteral("monday"),    QStringLiteral("tuesday"),
                                     QStringLiteral("wednesday"), QStringLiteral("thursday"),
                                     QStringLiteral("friday"),    QStringLiteral("saturday"),
                                     QStringLiteral("sunday")};
    static const QStringList months =
        QStringLiteral("january february march april may june july august september "
                       "october november december jan feb mar apr jun jul aug sep sept "
                       "oct nov dec")
            .split(u' ');
    const QString folded = word.toLower();
    return days.contains(folded) || months.contains(folded);
}

// "in Iran", "at SAP Arena", "near Mount Cook": a name after one of these is a place.
bool afterPlacePreposition(const QString &text, qsizetype at) {
    static const QRegularExpression before(
        QStringLiteral(R"((?:^|\s)(?:in|at|near|from|outside)\s$)"));
    const qsizetype from = std::max<qsizetype>(0, at - 8);
    return before.match(text.mid(from, at - from)).hasMatch();
}

int monthOf(const QString &word) {
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(word.left(3).toLower())) + 1;
}

// Dates written out in the text ("January 5, 2011", "5 Jan 2011", "2011-01-05", "1/5/2011"):
// when the event happened, which the publication date of a re-posted copy may not say.
void addDates(Counts &counts, const QString &text, int times) {
    static const QString month =
        QStringLiteral("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("\\b") + month +
                           QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)")),
        QRegularExpression(QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)?\s+)") + month +
                           QStringLiteral(R"(,?\s+(\d{4})\b)")),
        QRegularExpression(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)")),
        QRegularExpression(QStringLiteral(R"(\b(\d{1,2})/(\d{1,2})/(\d{4})\b)")),
    };
    for (int p = 0; p < 4; ++p) {
        for (auto it = patterns[p].globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            QDate d;
            if (p == 0)
                d = QDate(m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
            else if (p == 1)
                d = QDate(m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
            else if (p == 2)
                d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            else
                d = QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
            if (d.isValid())
                add(counts, Kind::Date, d.toString(Qt::ISODate), m.captured(0), times);
        }
    }
}

// A figure worth telling events apart by: an amount, a share, a count, a score or a
// magnitude. A bare year is left to the dates; a lone "1" is no evidence. Common numbers
// weigh little anyway, as their IDF is low.
bool isFigure(const QString &key, const QString &written) {
    static const QRegularExpression year(QStringLiteral(R"(^(1[89]|20)\d\d$)"));
    if (year.match(written).hasMatch())
        return false;
    if (key.contains(u'$') || key.contains(u'%') || key.contains(u'\u00a3') ||
        key.contains(u'\u20ac') || key.contains(u'\u00a5'))
        return true;
    QString digits = written;
    digits.remove(u',');
    bool ok = false;
    const double value = digits.toDouble(&ok);
    // "6.1" (a magnitude, a score) is as telling as a large number.
    return ok ? value >= 2 || digits.contains(u'.') : written.size() >= 2;
}

// A headline in title case ("Senate Passes Sweeping Budget Bill") capitalises every word, so
// its capitals are no evidence of names.
bool isTitleCase(const QList<Token> &tokens) {
    int capitalised = 0, words = 0;
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::Word || t.kind == Token::Kind::Name) {
            ++words;
            capitalised += t.kind == Token::Kind::Name ? 1 : 0;
        }
    }
    return words >= 3 && capitalised * 4 >= words * 3;
}

// The single-word keys of the names counted so far ("reggi", "bush" of "Reggie Bush").
QSet<QString> nameWords(const Counts &counts) {
    QSet<QString> words;
    for (const Term &t : counts) {
        if (t.kind == Kind::Name || t.kind == Kind::Place) {
            for (const QString &w : t.key.split(u' '))
                words.insert(w);
        }
    }
    return words;
}

// Counts the terms of `text`. With `knownNames`, a capitalised word is a name only when the
// key is one of them (for a headline in title case: the body wrote it as a name).
void addTokens(Counts &counts, const Tokenizer &tokenizer, const QString &text, int times,
               const QSet<QString> *knownNames = nullptr) {
    const QList<Token> tokens = tokenizer.tokenize(text);
    if (knownNames && !isTitleCase(tokens))
        knownNames = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const QString written = text.mid(t.range.start, t.range.length);
        switch (t.kind) {
        case Token::Kind::StopWord:
            break;
        case Token::Kind::Number:
            if (isFigure(t.key, written))
                add(counts, Kind::Figure, t.key, written, times);
            break;
        case Token::Kind::Word:
            add(counts, Kind::Word, t.key, written.toLower(), times);
            break;
        case Token::Kind::Name: {
            if (opensSentence(text, t.range.start) || isCalendarWord(written) ||
                !written.at(0).isUpper() || (knownNames && !knownNames->contains(t.key))) {
                add(counts, Kind::Word, t.key, written.toLower(), times);
                break;
            }
            // A run of capitalised words one space apart is one name ("Reggie Bush"); its
            // words count on their own too, as later mentions say "Bush".
            qsizetype last = i;
            while (last + 1 < tokens.size() && tokens.at(last + 1).kind == Token::Kind::Name &&
                   (!knownNames || knownNames->contains(tokens.at(last + 1).key)) &&
                   tokens.at(last + 1).range.start == tokens.at(last).range.end() + 1 &&
                   text.at(tokens.at(last + 1).range.start).isUpper() &&
                   text.at(tokens.at(last).range.end()) == u' ')
                ++last;
            const bool place = afterPlacePreposition(text, t.range.start);
            QStringList keys;
            for (qsizetype k = i; k <= last; ++k) {
                keys.append(tokens.at(k).key);
                if (last > i)
                    add(counts, Kind::Name, tokens.at(k).key,
                        text.mid(tokens.at(k).range.start, tokens.at(k).range.length), times);
            }
            const qsizetype end = tokens.at(last).range.end();
            add(counts, place ? Kind::Place : Kind::Name, keys.join(u' '),
                text.mid(t.range.start, end - t.range.start), times);
            i = last;
            break;
        }
        }
    }
}

// The `limit` most frequent terms of the kinds given (ties by key).
QList<Term> mostFrequent(const Counts &counts, std::initializer_list<Kind> kinds, int limit) {
    QList<Term> chosen;
    for (const Term &t : counts) {
        if (std::find(kinds.begin(), kinds.end(), t.kind) != kinds.end())
            chosen.append(t);
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Term &a, const Term &b) { return a.count > b.count; });
    if (chosen.size() > limit)
        chosen.resize(limit);
    return chosen;
}

} // namespace

StoryProfile::Channel StoryProfile::channelOf(Kind kind) {
    switch (kind) {
    case Kind::Word:
        return Channel::Words;
    case Kind::Name:
    case Kind::Place:
        return Channel::Names;
    case Kind::Figure:
    case Kind::Date:
        return Channel::Facts;
    }
    return Channel::Words;
}

StoryProfile StoryProfile::of(const Article &article) {
    // One per thread: the Snowball stemmer inside keeps state while it works.
    thread_local const Tokenizer tokenizer(QStringLiteral("en"), Tokenizer::Dates::Apart);
    Counts counts;
    // The headline says what the story is: its terms count twice. The body goes first, so
    // that a headline in title case can be read by the names the body writes.
    addTokens(counts, tokenizer, article.body, 1);
    const QSet<QString> bodyNames = nameWords(counts);
    addTokens(counts, tokenizer, article.title, 2, &bodyNames);
    addDates(counts, article.title, 2);
    addDates(counts, article.body, 1);

    StoryProfile profile;
    profile.terms = mostFrequent(counts, {Kind::Word}, kMaxWords) +
                    mostFrequent(counts, {Kind::Name, Kind::Place}, kMaxNames) +
                    mostFrequent(counts, {Kind::Figure, Kind::Date}, kMaxFacts);
    std::sort(profile.terms.begin(), profile.terms.end(), [](const Term &a, const Term &b) {
        return std::pair(a.kind, a.key) < std::pair(b.kind, b.key);
    });
    return profile;
}

QByteArray StoryProfile::toBytes() const {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint8(1) << quint32(terms.size());
    for (const Term &t : terms)
        out << t.key.toUtf8() << t.shown.toUtf8() << quint8(t.kind) << t.count;
    return bytes;
}

StoryProfile StoryProfile::fromBytes(const QByteArray &bytes) {
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint8 version = 0;
    quint32 n = 0;
    in >> version >> n;
    constexpr quint32 kMaxTerms = kMaxWords + kMaxNames + kMaxFacts;
    if (in.status() != QDataStream::Ok || version != 1 || n > kMaxTerms)
        return {};
    StoryProfile p;
    p.terms.reserve(n);
    for (quint32 i = 0; i < n; ++i) {
        QByteArray key, shown;
        quint8 kind = 0;
        quint16 count = 0;
        in >> key >> shown >> kind >> count;
        if (in.status() != QDataStream::Ok || kind > quint8(Kind::Date) || key.isEmpty())
            return {};
        p.terms.append({QString::fromUtf8(key), QString::fromUtf8(shown), Kind(kind), count});
    }
    return p;
}

} // namespace Parallax
