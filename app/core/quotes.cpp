// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes.h"

#include "core/comparison.h"
#include "core/sentencewords.h"
#include "core/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <numeric>

namespace Parallax {

namespace {

// --- Finding the marks -------------------------------------------------------------------

struct Marked
{
    qsizetype open = 0;  // position of the opening mark
    qsizetype close = 0; // position of the closing mark
};

bool isOpeningContext(const QString &body, qsizetype i, qsizetype from)
{
    if (i == from)
        return true;
    const QChar p = body.at(i - 1);
    return p.isSpace() || p == u'(' || p == u'[' || p == u'—' || p == u'–' || p == u':' || p == u'-';
}

// Closing single mark: not an apostrophe inside a word ("don’t") and not right after a space.
bool isClosingSingle(const QString &body, qsizetype i, qsizetype to)
{
    if (i == 0 || body.at(i - 1).isSpace())
        return false;
    return i + 1 >= to || !body.at(i + 1).isLetterOrNumber();
}

// Outermost quotation marks of a paragraph: “…”, "…", ‘…’, '…', «…», „…“.
QList<Marked> marksOf(const QString &body, TextRange paragraph)
{
    QList<Marked> found;
    const qsizetype to = paragraph.end();
    for (qsizetype i = paragraph.start; i < to; ++i) {
        const QChar c = body.at(i);
        qsizetype close = -1;
        if (c == u'“' || c == u'„') {
            int depth = 0;
            for (qsizetype k = i + 1; k < to && close < 0; ++k) {
                if (body.at(k) == u'“')
                    ++depth;
                else if (body.at(k) == u'”' || (c == u'„' && body.at(k) == u'“')) {
                    if (depth == 0)
                        close = k;
                    else
                        --depth;
                }
            }
        } else if (c == u'«') {
            close = body.indexOf(u'»', i + 1);
            if (close >= to)
                close = -1;
        } else if (c == u'"' && isOpeningContext(body, i, paragraph.start)) {
            close = body.indexOf(u'"', i + 1);
            if (close >= to)
                close = -1;
        } else if ((c == u'‘' || c == u'\'') && isOpeningContext(body, i, paragraph.start)) {
            const QChar closing = c == u'‘' ? u'’' : u'\'';
            for (qsizetype k = i + 1; k < to && close < 0; ++k) {
                if (body.at(k) == closing && isClosingSingle(body, k, to))
                    close = k;
            }
        }
        if (close > i) {
            found.append({i, close});
            i = close;
        }
    }
    return found;
}

// --- Speakers ----------------------------------------------------------------------------

const QString &speechVerbs()
{
    static const QString v = QStringLiteral(
        "said|says|say|added|adds|explained|warned|wrote|writes|insisted|argued|noted|declared|continued|stated|"
        "claimed|told|tells|remarked|commented|conceded|admitted|replied|posted|asked|cautioned|stressed|called|described");
    return v;
}

const QSet<QString> &titles()
{
    static const QSet<QString> t{
        QStringLiteral("mr"),        QStringLiteral("ms"),       QStringLiteral("mrs"),      QStringLiteral("miss"),
        QStringLiteral("dr"),        QStringLiteral("prof"),     QStringLiteral("professor"), QStringLiteral("sir"),
        QStringLiteral("dame"),      QStringLiteral("lord"),     QStringLiteral("lady"),     QStringLiteral("governor"),
        QStringLiteral("president"), QStringLiteral("chancellor"), QStringLiteral("judge"),  QStringLiteral("justice"),
        QStringLiteral("senator"),   QStringLiteral("minister"), QStringLiteral("first"),    QStringLiteral("prime"),
        QStringLiteral("secretary"), QStringLiteral("general"),  QStringLiteral("chief"),    QStringLiteral("councillor"),
        QStringLiteral("inspector"), QStringLiteral("detective"), QStringLiteral("rev"),     QStringLiteral("father"),
        QStringLiteral("ceo"),       QStringLiteral("cto"),      QStringLiteral("cfo"),      QStringLiteral("founder"),
        QStringLiteral("chairman"),  QStringLiteral("chairwoman"), QStringLiteral("director"), QStringLiteral("executive"),
        QStringLiteral("boss"),      QStringLiteral("head"),     QStringLiteral("us"),       QStringLiteral("uk"),
    };
    return t;
}

bool looksLikeOrganisation(const QString &run)
{
    static const QSet<QString> words{
        QStringLiteral("University"), QStringLiteral("Bank"),        QStringLiteral("Group"),     QStringLiteral("Ltd"),
        QStringLiteral("Inc"),        QStringLiteral("Plc"),         QStringLiteral("Committee"), QStringLiteral("Authority"),
        QStringLiteral("Council"),    QStringLiteral("Office"),      QStringLiteral("Agency"),    QStringLiteral("Ministry"),
        QStringLiteral("Department"), QStringLiteral("Company"),     QStringLiteral("Association"), QStringLiteral("Institute"),
        QStringLiteral("Economics"),  QStringLiteral("Capital"),     QStringLiteral("Partners"),  QStringLiteral("Reuters"),
        QStringLiteral("Bloomberg"),  QStringLiteral("Times"),       QStringLiteral("Post"),      QStringLiteral("News"),
        QStringLiteral("Court"),      QStringLiteral("Union"),       QStringLiteral("Commission"), QStringLiteral("Service"),
        QStringLiteral("Services"),   QStringLiteral("Foundation"),  QStringLiteral("Society"),   QStringLiteral("Board"),
        QStringLiteral("Police"),     QStringLiteral("Network"),     QStringLiteral("Networks"),  QStringLiteral("Markets"),
        QStringLiteral("Valley"),     QStringLiteral("Street"),      QStringLiteral("House"),     QStringLiteral("Square"),
    };
    for (const QStringView w : QStringView(run).split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(w.toString()))
            return true;
    }
    return false;
}

// The person a speaker phrase names: "OpenAI chief Sam Altman" -> "Sam Altman",
// "Mara Lindqvist, Calloway’s chief executive" -> "Mara Lindqvist", "Mrs Justice Harlow"
// -> "Harlow". Empty when the phrase names no person ("a spokeswoman", "the bank").
QString personIn(QStringView phrase)
{
    const QList<SentenceWord> words = SentenceWord::split(phrase);
    QList<QStringList> runs;      // capitalised runs, titles removed
    QList<bool> titled;           // the run came after a title
    QStringList current;
    bool afterTitle = false, currentTitled = false;
    auto flush = [&] {
        if (!current.isEmpty()) {
            runs.append(current);
            titled.append(currentTitled);
        }
        current.clear();
        currentTitled = false;
    };
    for (int k = 0; k < words.size(); ++k) {
        const SentenceWord &w = words.at(k);
        const bool adjacent = k > 0 && w.start - words.at(k - 1).end <= 1 &&
                              !phrase.mid(words.at(k - 1).end, w.start - words.at(k - 1).end).contains(u',');
        if (!adjacent)
            flush();
        if (!w.text.at(0).isUpper() || w.possessive) {
            flush();
            afterTitle = false;
            continue;
        }
        if (titles().contains(w.lower)) {
            flush();
            afterTitle = true;
            continue;
        }
        if (current.isEmpty())
            currentTitled = afterTitle;
        current.append(w.text);
        afterTitle = false;
    }
    flush();
    for (int r = 0; r < runs.size(); ++r) {
        const QString run = runs.at(r).join(u' ');
        if (looksLikeOrganisation(run))
            continue;
        if (runs.at(r).size() >= 2 || titled.at(r))
            return run;
    }
    // A lone surname ("Lindqvist said") when the phrase is nothing else.
    if (runs.size() == 1 && runs.first().size() == 1 && words.size() == 1 && !looksLikeOrganisation(runs.first().first()))
        return runs.first().first();
    return {};
}

// Persons named in a stretch of text (for "he said"): the last one; all of them go to *all.
// A person is a run of two or more capitalised words, or a title and a name, that does not
// follow a preposition ("in Silicon Valley", "of the Treasury committee").
QString lastPersonIn(QStringView text, QSet<QString> *all)
{
    static const QSet<QString> place{QStringLiteral("in"),   QStringLiteral("at"),   QStringLiteral("from"),
                                     QStringLiteral("to"),   QStringLiteral("of"),   QStringLiteral("the"),
                                     QStringLiteral("into"), QStringLiteral("across"), QStringLiteral("near")};
    // A light pass over the words (no copies): runs of capitalised words, then personIn()
    // on the few runs that can be a person.
    QString last;
    QStringView previousWord;      // the word before the current run
    qsizetype runStart = -1, runEnd = -1;
    int runWords = 0;
    QStringView runFirst, beforeRun;
    bool lastWasPossessive = false;
    auto finishRun = [&] {
        if (runWords == 0)
            return;
        const bool titled = titles().contains(runFirst.toString().toLower());
        const bool afterPlace = !beforeRun.isEmpty() && place.contains(beforeRun.toString().toLower());
        if ((runWords >= 2 || titled) && !afterPlace) {
            const QString person = personIn(text.mid(runStart, runEnd - runStart));
            if (!person.isEmpty()) {
                last = person;
                all->insert(person);
            }
        }
        runWords = 0;
    };
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            if (!text.at(i).isSpace())
                finishRun(); // punctuation ends a run
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && (text.at(j).isLetterOrNumber() ||
                         ((text.at(j) == u'-' || text.at(j) == u'\'' || text.at(j) == u'’' || text.at(j) == u'.') &&
                          j + 1 < n && text.at(j + 1).isLetterOrNumber())))
            ++j;
        const QStringView word = text.mid(i, j - i);
        if (word.at(0).isUpper() && !(runWords > 0 && (lastWasPossessive || i - runEnd != 1))) {
            if (runWords == 0) {
                runStart = i;
                runFirst = word;
                beforeRun = previousWord;
            }
            ++runWords;
            runEnd = j;
        } else {
            finishRun();
            if (word.at(0).isUpper()) {
                runStart = i;
                runFirst = word;
                beforeRun = previousWord;
                runWords = 1;
                runEnd = j;
            }
        }
        lastWasPossessive = word.endsWith(u"'s") || word.endsWith(u"’s");
        previousWord = word;
        i = j;
    }
    finishRun();
    return last;
}

bool isPronoun(const QString &phrase)
{
    const QString p = phrase.trimmed().toLower();
    return p == QStringLiteral("he") || p == QStringLiteral("she") || p == QStringLiteral("they");
}

// A speaker phrase cut down to who is speaking: "though he" -> "he", "figures including
// OpenAI chief Sam Altman who" -> "OpenAI chief Sam Altman", "the Chinese company" stays;
// empty when the phrase names nobody ("its", "significant attention for its").
QString cleanPhrase(QString phrase)
{
    static const QRegularExpression lead(
        QStringLiteral("^(?:(?:and|but|though|although|while|where|when|as|so|then|also|meanwhile|however|in a statement|in an interview)\\s+)+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trail(QStringLiteral("\\s+(?:who|which|that|has|had|have|is|was)$"), QRegularExpression::CaseInsensitiveOption);
    phrase = phrase.simplified();
    phrase.remove(lead);
    phrase.remove(trail);
    QStringList w = phrase.split(u' ', Qt::SkipEmptyParts);
    if (w.isEmpty())
        return {};
    if (w.size() <= 3) {
        for (const QString &word : std::as_const(w)) {
            if (isPronoun(word))
                return word.toLower();
        }
    }
    auto capitalised = [](const QString &word) { return word.at(0).isUpper(); };
    if (w.size() > 6) {
        const qsizetype from = w.size() - 6;
        qsizetype first = -1;
        for (qsizetype k = from; k < w.size() && first < 0; ++k) {
            if (capitalised(w.at(k)))
                first = k;
        }
        if (first < 0)
            return {};
        w = w.mid(first);
    }
    static const QSet<QString> determiners{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the"),
                                           QStringLiteral("its"), QStringLiteral("their"), QStringLiteral("one")};
    const bool named = std::any_of(w.cbegin(), w.cend(), capitalised);
    if (!named && !(determiners.contains(w.first().toLower()) && w.size() > 1))
        return {};
    if (w.size() == 1 && w.first().toLower() == QStringLiteral("it"))
        return {};
    return w.join(u' ');
}

struct Attribution
{
    QString speaker;
    bool pronoun = false;
    qsizetype consumedTo = -1; // end of the attribution after the quote (for split quotes)
};

bool isSpeechVerb(const QString &lowerWord)
{
    static const QSet<QString> verbs = [] {
        const QStringList list = speechVerbs().split(u'|');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return verbs.contains(lowerWord);
}

bool endsClause(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'“' || c == u'”' ||
           c == u'"';
}

// "…,” said X", "…,” X said", "…,” according to X": the clause right after the closing
// mark (up to the next punctuation), read word by word.
Attribution attributionAfter(const QString &body, qsizetype from, qsizetype to)
{
    Attribution a;
    qsizetype i = from;
    while (i < to && (body.at(i).isSpace() || body.at(i) == u','))
        ++i;
    qsizetype end = i;
    while (end < to && end - i < 100 && !endsClause(body.at(end)))
        ++end;
    const QStringView clause = QStringView(body).mid(i, end - i);
    const QList<SentenceWord> words = SentenceWord::split(clause);
    if (words.isEmpty() || words.size() > 12)
        return a;
    auto phrase = [&](int first, int last) { // words [first, last)
        return clause.mid(words.at(first).start, words.at(last - 1).end - words.at(first).start).toString();
    };
    if (words.size() >= 3 && words.at(0).lower == QStringLiteral("according") && words.at(1).lower == QStringLiteral("to")) {
        a.speaker = cleanPhrase(phrase(2, int(words.size())));
    } else if (isSpeechVerb(words.at(0).lower) && words.size() >= 2) {
        a.speaker = cleanPhrase(phrase(1, int(words.size()))); // "said Mara Lindqvist"
    } else {
        for (int k = 1; k < std::min<int>(int(words.size()), 8); ++k) {
            if (isSpeechVerb(words.at(k).lower)) {
                a.speaker = cleanPhrase(phrase(0, k)); // "the Chinese company says"
                break;
            }
        }
    }
    if (a.speaker.isEmpty())
        return a;
    a.pronoun = isPronoun(a.speaker);
    a.consumedTo = end;
    return a;
}

// "X said: “…”", "X told Reuters: “…", "According to X, “…", "X said the firm was “…”":
// the words before the opening mark, in its sentence.
Attribution attributionBefore(const QString &body, qsizetype sentenceStart, qsizetype open)
{
    const QString before = body.mid(sentenceStart, open - sentenceStart);
    const QList<SentenceWord> words = SentenceWord::split(before);
    Attribution a;
    // "According to X, “…": the words after "according to", up to the comma.
    for (int k = int(words.size()) - 2; k >= 0; --k) {
        if (words.at(k).lower == QStringLiteral("according") && words.at(k + 1).lower == QStringLiteral("to")) {
            const QString rest = before.mid(words.at(k + 1).end).trimmed();
            if (rest.endsWith(u',') && !rest.chopped(1).contains(u',')) {
                a.speaker = cleanPhrase(rest.chopped(1));
                return a;
            }
            break;
        }
    }
    // The last speech verb before the quote; its subject is the clause before it.
    qsizetype verbAt = -1;
    for (int k = int(words.size()) - 1; k >= 0 && verbAt < 0; --k) {
        if (isSpeechVerb(words.at(k).lower))
            verbAt = words.at(k).start;
    }
    if (verbAt > 0) {
        QString subject = before.left(verbAt).trimmed();
        // "Its founder, Ruth Okafor, said" / "Mara Lindqvist, Calloway’s boss, said" /
        // "Asked why ..., he said": the last comma-separated part when it is a pronoun or
        // names a person, else the part before it (an apposition sits in between).
        if (subject.endsWith(u','))
            subject.chop(1);
        const QStringList parts = subject.split(u',', Qt::SkipEmptyParts);
        QString chosen = parts.isEmpty() ? subject : parts.last();
        const QString cleanedLast = cleanPhrase(chosen);
        if (parts.size() >= 2 && !isPronoun(cleanedLast) && personIn(cleanedLast).isEmpty() &&
            !personIn(parts.at(parts.size() - 2)).isEmpty())
            chosen = parts.at(parts.size() - 2);
        // Keep only the subject's own words: "In her ruling, Mrs Justice Harlow" -> the name.
        a.speaker = cleanPhrase(chosen);
        a.pronoun = isPronoun(a.speaker);
        return a;
    }
    // A colon introduction: "Lindqvist: “…”".
    const QString trimmed = before.trimmed();
    if (trimmed.endsWith(u':')) {
        const QString head = trimmed.chopped(1);
        const QString cleaned = cleanPhrase(head);
        if (!personIn(head).isEmpty() || isPronoun(cleaned))
            a.speaker = cleaned; // "Lindqvist:", "He went on:"

    }
    return a;
}

// --- Matching ----------------------------------------------------------------------------

QStringList quoteWords(const QString &text)
{
    QStringList words;
    for (const SentenceWord &w : SentenceWord::split(text)) {
        QString lower = w.text.toLower();
        lower.replace(u'’', u'\'');
        lower.remove(u'-'); // "wake-up" and "wakeup" are the same word
        lower.remove(QChar(0x2011));
        words.append(lower);
    }
    return words;
}

int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<int> prev(size_t(b.size()) + 1, 0), cur(size_t(b.size()) + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? prev[size_t(j - 1)] + 1 : std::max(prev[size_t(j)], cur[size_t(j - 1)]);
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

bool containsRun(const QStringList &longer, const QStringList &shorter)
{
    if (shorter.isEmpty() || shorter.size() > longer.size())
        return false;
    for (qsizetype i = 0; i + shorter.size() <= longer.size(); ++i) {
        if (std::equal(shorter.cbegin(), shorter.cend(), longer.cbegin() + i))
            return true;
    }
    return false;
}

int strength(QuoteMatch::Kind k)
{
    switch (k) {
    case QuoteMatch::Kind::Verbatim: return 4;
    case QuoteMatch::Kind::Truncated:
    case QuoteMatch::Kind::Extended: return 3;
    case QuoteMatch::Kind::Altered: return 2;
    case QuoteMatch::Kind::Reported: return 1;
    }
    return 0;
}

} // namespace

QList<Quote> QuoteExtractor::extract(const ComparedArticle &compared, int articleIndex)
{
    QList<Quote> quotes;
    const QString &body = compared.article.body;
    // The sentence holding a position: sentences are in text order, so a binary search.
    auto sentenceAt = [&](qsizetype pos) {
        const auto it = std::partition_point(compared.sentences.cbegin(), compared.sentences.cend(),
                                             [pos](const ComparedSentence &s) { return s.range.end() <= pos; });
        return it == compared.sentences.cend() ? int(compared.sentences.size()) - 1
                                               : int(it - compared.sentences.cbegin());
    };
    QString lastPerson;     // the last person named so far (paragraph first, then the article)
    QSet<QString> persons;  // every person named so far
    int lastPersonParagraph = -2;
    for (int paragraphIndex = 0; paragraphIndex < compared.paragraphs.size(); ++paragraphIndex) {
        const TextRange paragraph = compared.paragraphs.at(paragraphIndex);
        const QList<Marked> marks = marksOf(body, paragraph);
        qsizetype scanned = paragraph.start; // text before this point has been read for names
        qsizetype joinUntil = -1;            // a split quote continues at this mark
        for (const Marked &m : marks) {
            TextRange inside{m.open + 1, m.close - m.open - 1};
            // Trim spaces and trailing , ; : . inside the marks.
            while (inside.length > 0 && body.at(inside.start).isSpace()) {
                ++inside.start;
                --inside.length;
            }
            bool endsWithComma = false;
            while (inside.length > 0) {
                const QChar last = body.at(inside.end() - 1);
                if (!(last.isSpace() || last == u',' || last == u';' || last == u':' || last == u'.'))
                    break;
                endsWithComma = endsWithComma || last == u',';
                --inside.length;
            }
            const QString words = body.mid(inside.start, inside.length);
            if (SentenceWord::split(words).size() < 2)
                continue; // a scare-quoted word, a title in marks

            const QString named = lastPersonIn(QStringView(body).mid(scanned, m.open - scanned), &persons);
            if (!named.isEmpty()) {
                lastPerson = named;
                lastPersonParagraph = paragraphIndex;
            }
            scanned = m.close + 1;

            if (joinUntil == m.open && !quotes.isEmpty()) {
                Quote &q = quotes.last();
                q.parts.append(inside);
                q.text += u' ' + words;
                joinUntil = -1;
                continue;
            }
            joinUntil = -1;

            Quote q;
            q.article = articleIndex;
            q.sentence = sentenceAt(m.open);
            q.parts.append(inside);
            q.text = words;

            const qsizetype sentenceStart = compared.sentences.value(q.sentence).range.start;
            Attribution a = attributionAfter(body, m.close + 1, paragraph.end());
            if (a.speaker.isEmpty())
                a = attributionBefore(body, std::max(sentenceStart, paragraph.start), m.open);
            if (isPronoun(a.speaker)) {
                // "he said": the last person named in this paragraph or the one before.
                if (paragraphIndex - lastPersonParagraph <= 1) {
                    q.speakerName = lastPerson;
                    q.speaker = lastPerson;
                }
            } else {
                q.speaker = a.speaker;
                q.speakerName = personIn(a.speaker);
                // A lone word is a person only when the article has named that person in
                // full ("Liang" after "Liang Wenfeng"), not a company ("DeepSeek says").
                if (!q.speakerName.isEmpty() && !q.speakerName.contains(u' ')) {
                    const bool known = std::any_of(persons.cbegin(), persons.cend(), [&](const QString &p) {
                        return p.split(u' ').contains(q.speakerName);
                    });
                    if (!known)
                        q.speakerName.clear();
                }
            }
            if (!q.speakerName.isEmpty()) {
                lastPerson = q.speakerName;
                lastPersonParagraph = paragraphIndex;
                persons.insert(q.speakerName);
            }
            // “…,” he said, “…”: the next mark continues this quote.
            if (endsWithComma && a.consumedTo > 0) {
                qsizetype k = a.consumedTo;
                while (k < paragraph.end() && (body.at(k).isSpace() || body.at(k) == u',' || body.at(k) == u':'))
                    ++k;
                joinUntil = k;
            }
            quotes.append(q);
        }
        // The rest of the paragraph (all of it when it has no quote) names people too.
        const QString named = lastPersonIn(QStringView(body).mid(scanned, paragraph.end() - scanned), &persons);
        if (!named.isEmpty()) {
            lastPerson = named;
            lastPersonParagraph = paragraphIndex;
        }
    }
    return quotes;
}

void QuoteExtractor::match(Comparison &c)
{
    const int n = int(c.quotes.size());
    QList<QStringList> words(n);
    QHash<QString, QList<int>> byWord; // word -> quotes that contain it
    for (int q = 0; q < n; ++q) {
        words[q] = quoteWords(c.quotes.at(q).text);
        const QStringList unique(QSet<QString>(words[q].cbegin(), words[q].cend()).values());
        for (const QString &w : unique)
            byWord[w].append(q);
    }

    // Best match per (quote, other article).
    QHash<QPair<int, int>, QuoteMatch> best;
    auto offer = [&](int q, const QuoteMatch &m) {
        const QPair<int, int> key{q, m.article};
        const auto it = best.constFind(key);
        if (it == best.constEnd() || strength(m.kind) > strength(it->kind))
            best.insert(key, m);
    };
    constexpr int kMaxPostings = 40; // words in more quotes than this do not make candidates
    for (int q = 0; q < n; ++q) {
        QHash<int, int> shared;
        for (const QString &w : QSet<QString>(words[q].cbegin(), words[q].cend())) {
            const QList<int> &postings = byWord[w];
            if (postings.size() > kMaxPostings)
                continue;
            for (int other : postings) {
                if (other > q && c.quotes.at(other).article != c.quotes.at(q).article)
                    ++shared[other];
            }
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            const int o = it.key();
            const QStringList &a = words[q], &b = words[o];
            if (it.value() < std::min<qsizetype>(2, std::min(a.size(), b.size())))
                continue;
            QuoteMatch::Kind kq, ko;
            if (a == b) {
                kq = ko = QuoteMatch::Kind::Verbatim;
            } else if (containsRun(b, a)) {
                kq = QuoteMatch::Kind::Truncated;
                ko = QuoteMatch::Kind::Extended;
            } else if (containsRun(a, b)) {
                kq = QuoteMatch::Kind::Extended;
                ko = QuoteMatch::Kind::Truncated;
            } else {
                const int l = lcsLength(a, b);
                if (l < 3 || l < 0.5 * double(std::min(a.size(), b.size())))
                    continue;
                kq = ko = QuoteMatch::Kind::Altered;
            }
            const Quote &qq = c.quotes.at(q), &qo = c.quotes.at(o);
            offer(q, QuoteMatch{o, qo.article, qo.sentence, kq});
            offer(o, QuoteMatch{q, qq.article, qq.sentence, ko});
        }
    }

    // Reported speech: the quote's words in a sentence of another article that has no
    // quote of them. Looked for in the sentences aligned with the quote's sentence and
    // their neighbours, where a rewrite puts it.
    Tokenizer tokenizer;
    QHash<QPair<int, int>, QStringList> wordsOfSentence; // (article, sentence) -> words
    for (int q = 0; q < n; ++q) {
        const Quote &quote = c.quotes.at(q);
        QStringList content;
        for (const QString &w : std::as_const(words[q])) {
            if (w.size() > 2 && !tokenizer.isStopWord(w) && !content.contains(w))
                content.append(w);
        }
        if (content.size() < 3)
            continue;
        const ComparedSentence &own = c.articles.at(quote.article).sentences.at(quote.sentence);
        for (const SentenceLink &link : own.links) {
            if (best.contains({q, link.article}))
                continue;
            const ComparedArticle &other = c.articles.at(link.article);
            QSet<int> nearby;
            for (int s : link.sentences) {
                for (int t = std::max(0, s - 1); t <= std::min(int(other.sentences.size()) - 1, s + 1); ++t)
                    nearby.insert(t);
            }
            int bestSentence = -1;
            qsizetype bestHits = 0;
            for (int t : std::as_const(nearby)) {
                auto cached = wordsOfSentence.find({link.article, t});
                if (cached == wordsOfSentence.end())
                    cached = wordsOfSentence.insert({link.article, t}, quoteWords(other.textOf(other.sentences.at(t).range)));
                const QStringList &ws = *cached;
                const qsizetype hits = std::count_if(content.cbegin(), content.cend(), [&](const QString &w) { return ws.contains(w); });
                if (hits > bestHits || (hits == bestHits && t < bestSentence)) {
                    bestHits = hits;
                    bestSentence = t;
                }
            }
            if (bestSentence >= 0 && bestHits >= 0.6 * double(content.size()))
                best.insert({q, link.article}, QuoteMatch{-1, link.article, bestSentence, QuoteMatch::Kind::Reported});
        }
    }

    for (auto it = best.cbegin(); it != best.cend(); ++it)
        c.quotes[it.key().first].matches.append(it.value());
    for (Quote &q : c.quotes) {
        std::sort(q.matches.begin(), q.matches.end(),
                  [](const QuoteMatch &x, const QuoteMatch &y) { return x.article < y.article; });
    }
}

QList<QList<int>> QuoteExtractor::groups(const Comparison &c)
{
    const int n = int(c.quotes.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int q = 0; q < n; ++q) {
        for (const QuoteMatch &m : c.quotes.at(q).matches) {
            if (m.quote >= 0)
                parent[size_t(find(q))] = find(m.quote);
        }
    }
    QList<QList<int>> out;
    QHash<int, int> groupOfRoot;
    for (int q = 0; q < n; ++q) {
        const int root = find(q);
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, int(out.size()));
            out.append(QList<int>());
        }
        out[*it].append(q);
    }
    return out;
}

QString QuoteExtractor::speakerOf(const Comparison &c, const QList<int> &group)
{
    for (int q : group) {
        if (!c.quotes.at(q).shownSpeaker().isEmpty())
            return c.quotes.at(q).shownSpeaker();
    }
    return {};
}

QStringList QuoteExtractor::outletsOf(const Comparison &c, const QList<int> &group)
{
    QStringList outlets;
    for (int q : group) {
        const QString outlet = c.articles.at(c.quotes.at(q).article).article.displayName();
        if (!outlets.contains(outlet))
            outlets.append(outlet);
    }
    return outlets;
}

QList<QuoteDiffPiece> QuoteExtractor::diff(const QString &a, const QString &b)
{
    const QList<SentenceWord> wa = SentenceWord::split(a), wb = SentenceWord::split(b);
    const QStringList ka = quoteWords(a), kb = quoteWords(b);
    const qsizetype n = ka.size(), m = kb.size();
    // LCS table from the end, so the walk below goes forwards.
    std::vector<std::vector<int>> lcs(size_t(n) + 1, std::vector<int>(size_t(m) + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = ka.at(i) == kb.at(j) ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                              : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    }
    QList<QuoteDiffPiece> out;
    auto add = [&](QuoteDiffPiece::Op op, const QString &word) {
        if (!out.isEmpty() && out.last().op == op)
            out.last().text += u' ' + word;
        else
            out.append({op, word});
    };
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && ka.at(i) == kb.at(j)) {
            add(QuoteDiffPiece::Op::Equal, wb.at(j).text);
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
            add(QuoteDiffPiece::Op::Delete, wa.at(i).text); // deletions before insertions
            ++i;
        } else {
            add(QuoteDiffPiece::Op::Insert, wb.at(j).text);
            ++j;
        }
    }
    return out;
}

} // namespace Parallax
