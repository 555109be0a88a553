// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes.h"

#include "core/comparison.h"
#include "core/figures.h"
#include "core/lcs.h"
#include "core/sentencewords.h"
#include "core/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

#include <numeric>
#include <optional>
#include <tuple>

namespace Parallax {

namespace {

// --- Finding the marks -------------------------------------------------------------------

struct Marked {
    qsizetype open = 0;     // position of the opening mark
    qsizetype close = 0;    // position of the closing mark; the paragraph's end when open-ended
    bool openEnded = false; // no closing mark: the quote runs on into the next paragraph
};

bool isOpeningContext(const QString &body, qsizetype i, qsizetype from) {
    if (i == from)
        return true;
    const QChar p = body.at(i - 1);
    return p.isSpace() || p == u'(' || p == u'[' || p == u'—' || p == u'–' || p == u':' ||
           p == u'-';
}

// An apostrophe that starts a word ("‘bout", "’em", "’90s"), not a quotation.
bool isElision(const QString &body, qsizetype i, qsizetype to) {
    if (i + 1 >= to)
        return false;
    if (body.at(i + 1).isDigit())
        return true;
    qsizetype j = i + 1;
    while (j < to && j - i <= 6 && body.at(j).isLetter())
        ++j;
    static const QSet<QString> elided{
        QStringLiteral("bout"), QStringLiteral("em"),   QStringLiteral("cause"),
        QStringLiteral("til"),  QStringLiteral("till"), QStringLiteral("n"),
        QStringLiteral("tis"),  QStringLiteral("twas"), QStringLiteral("round"),
        QStringLiteral("nuff"), QStringLiteral("cuz"),  QStringLiteral("coz"),
        QStringLiteral("s"),    QStringLiteral("ol"),   QStringLiteral("kay")};
    return elided.contains(body.mid(i + 1, j - i - 1).toLower());
}

// Closing single mark: not an apostrophe inside a word ("don’t") and not right after a space.
bool isClosingSingle(const QString &body, qsizetype i, qsizetype to) {
    if (i == 0 || body.at(i - 1).isSpace())
        return false;
    return i + 1 >= to || !body.at(i + 1).isLetterOrNumber();
}

// Whether the rest of a paragraph from an unclosed mark reads as quoted words (two or more).
bool quotedWordsFollow(const QString &body, qsizetype i, qsizetype to) {
    int words = 0;
    bool inWord = false;
    for (qsizetype k = i + 1; k < to && words < 2; ++k) {
        const bool letter = body.at(k).isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words >= 2;
}

// The first ch in body[from, to), or -1.
qsizetype indexIn(const QString &body, QChar ch, qsizetype from, qsizetype to) {
    const qsizetype k = QStringView(body).mid(from, std::max<qsizetype>(0, to - from)).indexOf(ch);
    return k < 0 ? -1 : from + k;
}

// Outermost quotation marks of a paragraph: “…”, "…", ‘…’, '…', «…», „…“. A double mark
// left open at the end of a paragraph runs to its end (the convention for a quote that
// goes on over several paragraphs).
QList<Marked> marksOf(const QString &body, TextRange paragraph) {
    QList<Marked> found;
    const qsizetype to = paragraph.end();
    for (qsizetype i = paragraph.start; i < to; ++i) {
        const QChar c = body.at(i);
        qsizetype close = -1;
        bool mayRunOn = false;
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
            // “…" with a straight closing mark, as typed in a hurry.
            if (close < 0) {
                const qsizetype straight = indexIn(body, u'"', i + 1, to);
                const qsizetype nextOpen = indexIn(body, u'“', i + 1, to);
                if (straight > i && (nextOpen < 0 || nextOpen > straight))
                    close = straight;
            }
            mayRunOn = true;
        } else if (c == u'«') {
            close = indexIn(body, u'»', i + 1, to);
        } else if (c == u'"' && isOpeningContext(body, i, paragraph.start)) {
            close = indexIn(body, u'"', i + 1, to);
            // "…” with a curly closing mark.
            const qsizetype curly = indexIn(body, u'”', i + 1, close < 0 ? to : close);
            if (curly > i)
                close = curly;
            mayRunOn = true;
        } else if ((c == u'‘' || c == u'\'') && isOpeningContext(body, i, paragraph.start) &&
                   !isElision(body, i, to)) {
            const QChar closing = c == u'‘' ? u'’' : u'\'';
            for (qsizetype k = i + 1; k < to && close < 0; ++k) {
                if (body.at(k) == closing && isClosingSingle(body, k, to))
                    close = k;
            }
        }
        if (close > i) {
            found.append({i, close, false});
            i = close;
        } else if (close < 0 && mayRunOn && quotedWordsFollow(body, i, to)) {
            found.append({i, to, true});
            break;
        }
    }
    return found;
}

// --- Speakers ----------------------------------------------------------------------------

const QSet<QString> &speechVerbSet() {
    static const QSet<QString> v = [] {
        const QStringList list =
            QStringLiteral("said|says|say|added|adds|explained|warned|wrote|writes|insisted|argued|"
                           "noted|declared|continued|stated|"
                           "claimed|told|tells|remarked|commented|conceded|admitted|replied|posted|"
                           "asked|cautioned|stressed|called|"
                           "described|tweeted|tweets|saying|adding|telling|writing|calling|"
                           "announced|responded|joked|recalled|"
                           "acknowledged|suggested|predicted|observed|countered|quipped|testified|"
                           "concluded|recounted|boasted|"
                           "complained|vowed|pledged|urged|contended|maintained|asserted|"
                           "reiterated|emphasized|emphasised|"
                           "explains|notes|argues|warns|adds|insists|recalls|acknowledges|predicts|"
                           "concludes|reported|reports|reads|"
                           "pointed|urging|asking|arguing|noting|warning|declaring|insisting|"
                           "explaining|claiming|stating|mused|shouted|"
                           "retorted|scoffed|lamented|bragged|describes|describe|charged|pleaded|"
                           "laughed|quipped|chimed|wondered|pressed|"
                           "exhorted|responded|tweeting|texted|emailed|demanded|repeated|answered|"
                           "replied|replies|responds|questioned|interjected|"
                           "cautions|announces|acknowledges|predicted|proclaimed|thundered|yelled|"
                           "screamed|sang|chanted")
                .split(u'|');
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return v;
}

bool isSpeechVerb(const QString &lowerWord) {
    return speechVerbSet().contains(lowerWord);
}

// Participles ("…, saying “…”"): their subject is the sentence's subject, not the words
// right before them.
bool isParticiple(const QString &lowerWord) {
    return lowerWord.endsWith(QStringLiteral("ing")) && isSpeechVerb(lowerWord);
}

const QSet<QString> &titles() {
    static const QSet<QString> t{
        QStringLiteral("mr"),
        QStringLiteral("ms"),
        QStringLiteral("mrs"),
        QStringLiteral("miss"),
        QStringLiteral("dr"),
        QStringLiteral("prof"),
        QStringLiteral("professor"),
        QStringLiteral("sir"),
        QStringLiteral("dame"),
        QStringLiteral("lord"),
        QStringLiteral("lady"),
        QStringLiteral("governor"),
        QStringLiteral("president"),
        QStringLiteral("chancellor"),
        QStringLiteral("judge"),
        QStringLiteral("justice"),
        QStringLiteral("senator"),
        QStringLiteral("minister"),
        QStringLiteral("first"),
        QStringLiteral("prime"),
        QStringLiteral("secretary"),
        QStringLiteral("general"),
        QStringLiteral("chief"),
        QStringLiteral("councillor"),
        QStringLiteral("inspector"),
        QStringLiteral("detective"),
        QStringLiteral("rev"),
        QStringLiteral("father"),
        QStringLiteral("ceo"),
        QStringLiteral("cto"),
        QStringLiteral("cfo"),
        QStringLiteral("founder"),
        QStringLiteral("chairman"),
        QStringLiteral("chairwoman"),
        QStringLiteral("director"),
        QStringLiteral("executive"),
        QStringLiteral("boss"),
        QStringLiteral("head"),
        QStringLiteral("us"),
        QStringLiteral("uk"),
        QStringLiteral("rep"),
        QStringLiteral("reps"),
        QStringLiteral("sen"),
        QStringLiteral("sens"),
        QStringLiteral("gov"),
        QStringLiteral("gen"),
        QStringLiteral("lt"),
        QStringLiteral("col"),
        QStringLiteral("sgt"),
        QStringLiteral("capt"),
        QStringLiteral("former"),
        QStringLiteral("vice"),
        QStringLiteral("speaker"),
        QStringLiteral("representative"),
        QStringLiteral("mayor"),
        QStringLiteral("attorney"),
        QStringLiteral("ambassador"),
        QStringLiteral("candidate"),
        QStringLiteral("nominee"),
        QStringLiteral("congressman"),
        QStringLiteral("congresswoman"),
        QStringLiteral("sec"),
        QStringLiteral("adm"),
        QStringLiteral("king"),
        QStringLiteral("queen"),
        QStringLiteral("prince"),
        QStringLiteral("pope"),
        QStringLiteral("state"),
    };
    return t;
}

// Titles that tell whether a person is a man or a woman.
QChar genderOfTitle(const QString &lowerTitle) {
    static const QSet<QString> male{QStringLiteral("mr"),     QStringLiteral("sir"),
                                    QStringLiteral("lord"),   QStringLiteral("king"),
                                    QStringLiteral("prince"), QStringLiteral("congressman"),
                                    QStringLiteral("father"), QStringLiteral("chairman")};
    static const QSet<QString> female{
        QStringLiteral("mrs"),           QStringLiteral("ms"),        QStringLiteral("miss"),
        QStringLiteral("dame"),          QStringLiteral("lady"),      QStringLiteral("queen"),
        QStringLiteral("congresswoman"), QStringLiteral("chairwoman")};
    return male.contains(lowerTitle) ? u'm' : female.contains(lowerTitle) ? u'f' : QChar();
}

// A full stop that ends an abbreviation ("Mr.", "Sen.", the "J." of "Michael J. Fox"), not a
// clause.
bool isAbbreviationDot(const QString &body, qsizetype i) {
    qsizetype k = i;
    while (k > 0 && i - k <= 5 && body.at(k - 1).isLetter())
        --k;
    const qsizetype length = i - k;
    if (length == 0 || (k > 0 && body.at(k - 1).isLetter()))
        return false;
    if (length == 1)
        return body.at(k).isUpper(); // an initial
    static const QSet<QString> abbreviations{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("sen"),  QStringLiteral("rep"),
        QStringLiteral("gov"),  QStringLiteral("gen"),  QStringLiteral("lt"),
        QStringLiteral("col"),  QStringLiteral("sgt"),  QStringLiteral("rev"),
        QStringLiteral("prof"), QStringLiteral("capt"), QStringLiteral("sens"),
        QStringLiteral("reps"), QStringLiteral("adm"),  QStringLiteral("sec"),
        QStringLiteral("atty"), QStringLiteral("supt"), QStringLiteral("det"),
        QStringLiteral("insp"), QStringLiteral("pres"), QStringLiteral("cmdr"),
    };
    return abbreviations.contains(body.mid(k, length).toLower());
}

bool looksLikeOrganisation(const QString &run) {
    static const QSet<QString> words{
        QStringLiteral("University"), QStringLiteral("Bank"),      QStringLiteral("Group"),
        QStringLiteral("Ltd"),        QStringLiteral("Inc"),       QStringLiteral("Plc"),
        QStringLiteral("Committee"),  QStringLiteral("Authority"), QStringLiteral("Council"),
        QStringLiteral("Office"),     QStringLiteral("Agency"),    QStringLiteral("Ministry"),
        QStringLiteral("Department"), QStringLiteral("Company"),   QStringLiteral("Association"),
        QStringLiteral("Institute"),  QStringLiteral("Economics"), QStringLiteral("Capital"),
        QStringLiteral("Partners"),   QStringLiteral("Reuters"),   QStringLiteral("Bloomberg"),
        QStringLiteral("Times"),      QStringLiteral("Post"),      QStringLiteral("News"),
        QStringLiteral("Court"),      QStringLiteral("Union"),     QStringLiteral("Commission"),
        QStringLiteral("Service"),    QStringLiteral("Services"),  QStringLiteral("Foundation"),
        QStringLiteral("Society"),    QStringLiteral("Board"),     QStringLiteral("Police"),
        QStringLiteral("Network"),    QStringLiteral("Networks"),  QStringLiteral("Markets"),
        QStringLiteral("Valley"),     QStringLiteral("Street"),    QStringLiteral("House"),
        QStringLiteral("Square"),     QStringLiteral("Party"),     QStringLiteral("Campaign"),
        QStringLiteral("Center"),     QStringLiteral("Centre"),    QStringLiteral("Hotel"),
        QStringLiteral("School"),     QStringLiteral("Journal"),   QStringLiteral("Observer"),
    };
    for (const QStringView w : QStringView(run).split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(w.toString()))
            return true;
    }
    return false;
}

// Capitalised words that are not names: sentence openers, months and days.
bool isNotName(const QString &lower) {
    static const QSet<QString> w{
        QStringLiteral("however"),  QStringLiteral("asked"),     QStringLiteral("in"),
        QStringLiteral("on"),       QStringLiteral("at"),        QStringLiteral("the"),
        QStringLiteral("a"),        QStringLiteral("an"),        QStringLiteral("but"),
        QStringLiteral("and"),      QStringLiteral("so"),        QStringLiteral("yet"),
        QStringLiteral("speaking"), QStringLiteral("still"),     QStringLiteral("meanwhile"),
        QStringLiteral("earlier"),  QStringLiteral("later"),     QStringLiteral("after"),
        QStringLiteral("before"),   QStringLiteral("during"),    QStringLiteral("monday"),
        QStringLiteral("tuesday"),  QStringLiteral("wednesday"), QStringLiteral("thursday"),
        QStringLiteral("friday"),   QStringLiteral("saturday"),  QStringLiteral("sunday"),
        QStringLiteral("january"),  QStringLiteral("february"),  QStringLiteral("march"),
        QStringLiteral("april"),    QStringLiteral("may"),       QStringLiteral("june"),
        QStringLiteral("july"),     QStringLiteral("august"),    QStringLiteral("september"),
        QStringLiteral("october"),  QStringLiteral("november"),  QStringLiteral("december"),
        QStringLiteral("last"),     QStringLiteral("this"),      QStringLiteral("that"),
        QStringLiteral("it"),       QStringLiteral("if"),        QStringLiteral("when"),
        QStringLiteral("while"),    QStringLiteral("as"),        QStringLiteral("for"),
        QStringLiteral("with"),     QStringLiteral("from"),      QStringLiteral("by"),
        QStringLiteral("of"),       QStringLiteral("to"),        QStringLiteral("also"),
        QStringLiteral("then"),     QStringLiteral("now"),       QStringLiteral("i"),
        QStringLiteral("we"),       QStringLiteral("you"),       QStringLiteral("our"),
    };
    return w.contains(lower);
}

// The person a speaker phrase names: "OpenAI chief Sam Altman" -> "Sam Altman",
// "Mara Lindqvist, Calloway’s chief executive" -> "Mara Lindqvist", "Mrs Justice Harlow"
// -> "Harlow". Empty when the phrase names no person ("a spokeswoman", "the bank").
QString personIn(QStringView phrase) {
    const QList<SentenceWord> words = SentenceWord::split(phrase);
    QList<QStringList> runs; // capitalised runs, titles removed
    QList<bool> titled;      // the run came after a title
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
        const QStringView gap =
            k > 0 ? phrase.mid(words.at(k - 1).end, w.start - words.at(k - 1).end) : QStringView();
        // "Michael J. Fox": an initial's full stop keeps the name together.
        const bool afterInitial = k > 0 && words.at(k - 1).text.size() == 1 && gap == u". ";
        const bool adjacent =
            k > 0 && (w.start - words.at(k - 1).end <= 1 || afterInitial) && !gap.contains(u',');
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
        if (current.isEmpty() && isNotName(w.lower))
            continue;
        // "R1", "AI", "CEO": a model or an acronym, never part of a person's name.
        if (std::any_of(w.text.cbegin(), w.text.cend(), [](QChar c) { return c.isDigit(); }) ||
            (w.text.size() >= 2 && w.text.size() <= 3 && w.text == w.text.toUpper())) {
            flush();
            afterTitle = false;
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
    if (runs.size() == 1 && runs.first().size() == 1 && words.size() == 1 &&
        !looksLikeOrganisation(runs.first().first()))
        return runs.first().first();
    return {};
}

// What the article has named so far, read in order: for "he said", "the president said"
// and quotes with no cue of their own.
struct NamedSoFar {
    struct Mention {
        QString name;
        int paragraph = 0;
    };
    QList<Mention> recent;         // persons, most recent last, each once; bounded
    QSet<QString> persons;         // every person named so far
    QHash<QString, QChar> gender;  // person -> 'm' / 'f', from a title or the first pronoun after
    QHash<QString, QString> roles; // "president" -> the person last named with that title
    QString pendingGender;         // the last person named, waiting for a pronoun

    void add(const QString &person, int paragraph) {
        persons.insert(person);
        for (qsizetype k = recent.size() - 1; k >= 0; --k) {
            if (recent.at(k).name == person) {
                recent.removeAt(k);
                break;
            }
        }
        recent.append({person, paragraph});
        if (recent.size() > 24)
            recent.removeFirst();
        pendingGender = person;
    }
    void learnGender(const QString &person, QChar g) {
        if (!person.isEmpty() && !g.isNull() && !gender.contains(person))
            gender.insert(person, g);
    }
    // The person a pronoun stands for: the most recent one whose gender does not rule it out.
    QString resolve(const QString &pronoun, int paragraph, int *paragraphsBack) const {
        const QChar want = pronoun == QStringLiteral("he")    ? u'm'
                           : pronoun == QStringLiteral("she") ? u'f'
                                                              : QChar();
        for (qsizetype k = recent.size() - 1; k >= 0; --k) {
            const Mention &m = recent.at(k);
            if (want.isNull() && paragraph - m.paragraph > 1)
                return {}; // "they" only for someone just named
            const QChar g = gender.value(m.name);
            if (g.isNull() || want.isNull() || g == want) {
                *paragraphsBack = paragraph - m.paragraph;
                return m.name;
            }
        }
        return {};
    }
};

QChar genderOfPronoun(QStringView lower) {
    if (lower == u"he" || lower == u"him" || lower == u"his" || lower == u"himself")
        return u'm';
    if (lower == u"she" || lower == u"her" || lower == u"hers" || lower == u"herself")
        return u'f';
    return {};
}

// A run of capitalised words being read by lastPersonIn(): where it lies, how many words,
// its first word and the word before it.
struct CapitalRun {
    qsizetype start = -1, end = -1;
    int words = 0;
    QStringView first, before;
};

// The end of a run: when it can be a person (two or more words, or a title, and not after a
// preposition), the person it names becomes *last and is recorded in *named.
void finishRun(QStringView text, CapitalRun &run, NamedSoFar *named, int paragraph, QString &last) {
    static const QSet<QString> place{
        QStringLiteral("in"),   QStringLiteral("at"),     QStringLiteral("from"),
        QStringLiteral("to"),   QStringLiteral("of"),     QStringLiteral("the"),
        QStringLiteral("into"), QStringLiteral("across"), QStringLiteral("near")};
    if (run.words == 0)
        return;
    const QString title = run.first.toString().toLower();
    const bool titled = titles().contains(title);
    const bool afterPlace =
        !run.before.isEmpty() && place.contains(run.before.toString().toLower());
    if ((run.words >= 2 || titled) && !afterPlace) {
        const QString person = personIn(text.mid(run.start, run.end - run.start));
        if (!person.isEmpty()) {
            last = person;
            named->add(person, paragraph);
            if (titled) {
                named->learnGender(person, genderOfTitle(title));
                if (genderOfTitle(title).isNull())
                    named->roles.insert(title, person);
            }
        }
    }
    run.words = 0;
}

// The end of the word that starts at i: letters and figures, joined by a hyphen, an
// apostrophe or a full stop between them.
qsizetype wordEndAt(QStringView text, qsizetype i) {
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    while (j < n &&
           (text.at(j).isLetterOrNumber() || ((text.at(j) == u'-' || text.at(j) == u'\'' ||
                                               text.at(j) == u'’' || text.at(j) == u'.') &&
                                              j + 1 < n && text.at(j + 1).isLetterOrNumber())))
        ++j;
    return j;
}

// A lower-case word: when it is the first pronoun after the last person named, that
// person's gender.
void learnPronounGender(NamedSoFar *named, QStringView word) {
    if (named->pendingGender.isEmpty())
        return;
    const QChar g = genderOfPronoun(word.toString().toLower());
    if (!g.isNull()) {
        named->learnGender(named->pendingGender, g);
        named->pendingGender.clear();
    }
}

// Persons named in a stretch of text (for "he said"): the last one; all of them are
// recorded in *named with what the text tells of them (a title's gender, the pronoun that
// next refers back, the title they hold). A person is a run of two or more capitalised
// words, or a title and a name, that does not follow a preposition ("in Silicon Valley",
// "of the Treasury committee").
QString lastPersonIn(QStringView text, NamedSoFar *named, int paragraph) {
    // A light pass over the words (no copies): runs of capitalised words, then personIn()
    // on the few runs that can be a person.
    QString last;
    QStringView previousWord; // the word before the current run
    CapitalRun run;
    bool lastWasPossessive = false;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            // Punctuation ends a run, but not the full stop of "Mr." or of an initial.
            const bool abbreviation = text.at(i) == u'.' && run.words > 0 && i == run.end &&
                                      ((previousWord.size() == 1 && previousWord.at(0).isUpper()) ||
                                       titles().contains(previousWord.toString().toLower()));
            if (!text.at(i).isSpace() && !abbreviation)
                finishRun(text, run, named, paragraph, last);
            ++i;
            continue;
        }
        const qsizetype j = wordEndAt(text, i);
        const QStringView word = text.mid(i, j - i);
        const bool continuesRun =
            run.words > 0 && !lastWasPossessive &&
            (i - run.end == 1 || (i - run.end == 2 && text.at(run.end) == u'.'));
        if (word.at(0).isUpper() && !(run.words == 0 || continuesRun))
            finishRun(text, run, named, paragraph, last);
        if (word.at(0).isUpper()) {
            if (run.words == 0) {
                run.start = i;
                run.first = word;
                run.before = previousWord;
            }
            ++run.words;
            run.end = j;
        } else {
            finishRun(text, run, named, paragraph, last);
            learnPronounGender(named, word);
        }
        lastWasPossessive = word.endsWith(u"'s") || word.endsWith(u"’s");
        previousWord = word;
        i = j;
    }
    finishRun(text, run, named, paragraph, last);
    return last;
}

bool isPronoun(const QString &phrase) {
    const QString p = phrase.trimmed().toLower();
    return p == QStringLiteral("he") || p == QStringLiteral("she") || p == QStringLiteral("they");
}

// Words that open a speaker phrase without being part of it ("and", "in a statement"), and
// words that close it ("who", "has also"): entries of one to three words, lower case.
const QList<QStringList> &leadingCueWords() {
    static const QList<QStringList> entries = [] {
        QList<QStringList> out;
        for (const char *e :
             {"and", "but", "though", "although", "while", "where", "when", "as", "so", "then",
              "also", "meanwhile", "however", "in a statement", "in an interview"})
            out.append(QString::fromLatin1(e).split(u' '));
        return out;
    }();
    return entries;
}

const QList<QStringList> &trailingCueWords() {
    static const QList<QStringList> entries = [] {
        QList<QStringList> out;
        for (const char *e : {"who",
                              "which",
                              "that",
                              "has",
                              "had",
                              "have",
                              "is",
                              "was",
                              "will",
                              "would",
                              "also",
                              "then",
                              "once",
                              "later",
                              "again",
                              "himself",
                              "herself",
                              "themselves",
                              "itself",
                              "previously",
                              "recently",
                              "repeatedly",
                              "earlier",
                              "simply",
                              "just",
                              "and",
                              "or",
                              "to",
                              "went on to",
                              "further",
                              "has also",
                              "had also",
                              "once again",
                              "in a statement",
                              "in an interview",
                              "on twitter"})
            out.append(QString::fromLatin1(e).split(u' '));
        return out;
    }();
    return entries;
}

// Whether words[at…] start with `entry`, case aside.
bool startsWithEntry(const QStringList &words, qsizetype at, const QStringList &entry) {
    if (at + entry.size() > words.size())
        return false;
    for (qsizetype k = 0; k < entry.size(); ++k) {
        if (words.at(at + k).compare(entry.at(k), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

// How many words open the phrase as cues ("and though he" -> 2); a cue is followed by
// another word.
qsizetype leadingCues(const QStringList &words) {
    qsizetype at = 0;
    for (bool found = true; found;) {
        found = false;
        for (const QStringList &entry : leadingCueWords()) {
            if (at + entry.size() < words.size() && startsWithEntry(words, at, entry)) {
                at += entry.size();
                found = true;
                break;
            }
        }
    }
    return at;
}

// Where the cues that close the phrase begin ("Sam Altman who has also" -> 2): the first
// word, after the first, from which every word to the end is part of a cue; the size of the
// list when none closes it.
qsizetype trailingCues(const QStringList &words) {
    const qsizetype n = words.size();
    std::vector<bool> cuesToEnd(size_t(n) + 1, false); // words[i…] are all cues
    cuesToEnd[size_t(n)] = true;
    for (qsizetype i = n - 1; i >= 1; --i) {
        for (const QStringList &entry : trailingCueWords()) {
            if (cuesToEnd[size_t(i + entry.size())] && startsWithEntry(words, i, entry)) {
                cuesToEnd[size_t(i)] = true;
                break;
            }
        }
    }
    for (qsizetype i = 1; i < n; ++i) {
        if (cuesToEnd[size_t(i)])
            return i;
    }
    return n;
}

// The last word that opens a clause inside the phrase ("Michigan that Clinton once": 1),
// written in lower case, ending its word after a non-letter ("(when" counts), with a word
// after it; -1 when there is none.
qsizetype lastClauseWord(const QStringList &words) {
    static const QStringList opening{QStringLiteral("that"),  QStringLiteral("which"),
                                     QStringLiteral("where"), QStringLiteral("because"),
                                     QStringLiteral("since"), QStringLiteral("if"),
                                     QStringLiteral("after"), QStringLiteral("before"),
                                     QStringLiteral("when"),  QStringLiteral("whom")};
    auto isWordChar = [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'_');
    };
    for (qsizetype k = words.size() - 2; k >= 0; --k) {
        const QString &word = words.at(k);
        for (const QString &o : opening) {
            if (word.endsWith(o) &&
                (word.size() == o.size() || !isWordChar(word.at(word.size() - o.size() - 1))))
                return k;
        }
    }
    return -1;
}

// A speaker phrase cut down to who is speaking: "though he" -> "he", "figures including
// OpenAI chief Sam Altman who" -> "OpenAI chief Sam Altman", "the Chinese company" stays,
// "Michigan that Clinton once" -> "Clinton"; empty when the phrase names nobody ("its",
// "significant attention for its", "Asked Tuesday").
QString cleanPhrase(QString phrase) {
    QStringList w = phrase.simplified().split(u' ', Qt::SkipEmptyParts);
    w = w.mid(leadingCues(w));
    w = w.mid(0, trailingCues(w));
    const qsizetype clause = lastClauseWord(w);
    if (clause >= 0) {
        const QStringList rest = w.mid(clause + 1);
        if (rest.first().at(0).isUpper() || isPronoun(rest.first()))
            w = rest;
        w = w.mid(0, trailingCues(w));
    }
    if (w.isEmpty())
        return {};
    if (w.size() <= 3 || (w.size() <= 5 && isPronoun(w.first()))) {
        for (const QString &word : std::as_const(w)) {
            if (isPronoun(word))
                return word.toLower();
        }
    }
    auto capitalised = [](const QString &word) {
        return word.at(0).isUpper() && !isNotName(word.toLower());
    };
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
    // Leading words that are not names ("Asked Tuesday", "In June", "However").
    while (!w.isEmpty() && w.first().at(0).isUpper() && isNotName(w.first().toLower()) &&
           !(w.first().toLower() == QStringLiteral("the") && w.size() > 1))
        w.removeFirst();
    if (w.isEmpty())
        return {};
    static const QSet<QString> determiners{QStringLiteral("a"),     QStringLiteral("an"),
                                           QStringLiteral("the"),   QStringLiteral("its"),
                                           QStringLiteral("their"), QStringLiteral("one")};
    const bool named = std::any_of(w.cbegin(), w.cend(), capitalised);
    if (!named && !(determiners.contains(w.first().toLower()) && w.size() > 1))
        return {};
    if (w.size() == 1 && w.first().toLower() == QStringLiteral("it"))
        return {};
    return w.join(u' ');
}

struct Attribution {
    QString speaker;
    bool pronoun = false;
    bool participle = false;   // "…, saying “…”": the sentence's subject
    qsizetype consumedTo = -1; // end of the attribution after the quote (for split quotes)
};

bool endsClause(const QString &body, qsizetype i) {
    const QChar c = body.at(i);
    if (c == u'.')
        return !isAbbreviationDot(body, i);
    return c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'“' ||
           c == u'”' || c == u'"' || c == u'(';
}

// "…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday": the clause [i, end)
// names someone, then commas around who the person is, then the verb. Returns the part of
// the clause that names a person and moves `end` past the verb; empty when it does not
// read so.
QString nameThenCommaCue(const QString &body, qsizetype i, qsizetype &end, qsizetype to,
                         const QList<SentenceWord> &words) {
    const bool opensWithArticle =
        words.size() <= 6 && (words.first().lower == QStringLiteral("a") ||
                              words.first().lower == QStringLiteral("an") ||
                              words.first().lower == QStringLiteral("another") ||
                              words.first().lower == QStringLiteral("the"));
    if (end >= to || (body.at(end) != u',' && body.at(end) != u'(') || words.size() > 8 ||
        !(words.first().text.at(0).isUpper() || opensWithArticle))
        return {};
    auto stops = [&](qsizetype at) {
        const QChar ch = body.at(at);
        if (ch == u'.')
            return !(isAbbreviationDot(body, at) ||
                     (at + 1 < to && (body.at(at + 1) == u',' || body.at(at + 1) == u')')));
        return ch == u'“' || ch == u'”' || ch == u'"' || ch == u'!' || ch == u'?' || ch == u';' ||
               ch == u':';
    };
    qsizetype k = end;
    while (k < to && k - end < 160 && !stops(k))
        ++k;
    const QList<SentenceWord> rest = SentenceWord::split(QStringView(body).mid(end, k - end));
    for (const SentenceWord &w : rest) {
        if (!isSpeechVerb(w.lower))
            continue;
        // "another friend, Mariam Emara told CNN": the part that names a person.
        const QString subject = body.mid(i, end + w.start - i);
        QString chosen = body.mid(i, end - i);
        for (const QString &part : subject.split(u',', Qt::SkipEmptyParts)) {
            if (!personIn(cleanPhrase(part)).isEmpty()) {
                chosen = part;
                break;
            }
        }
        end = end + w.end;
        return cleanPhrase(chosen);
    }
    return {};
}

// "…,” said X", "…,” X said", "…,” according to X": the clause right after the closing
// mark (up to the next punctuation), read word by word.
Attribution attributionAfter(const QString &body, qsizetype from, qsizetype to,
                             bool quoteEndsSentence) {
    Attribution a;
    qsizetype i = from;
    while (i < to && (body.at(i).isSpace() || body.at(i) == u','))
        ++i;
    qsizetype end = i;
    while (end < to && end - i < 100 && !endsClause(body, end))
        ++end;
    const QStringView clause = QStringView(body).mid(i, end - i);
    const QList<SentenceWord> words = SentenceWord::split(clause);
    if (words.isEmpty())
        return a;
    auto phrase = [&](int first, int last) { // words [first, last)
        return clause.mid(words.at(first).start, words.at(last - 1).end - words.at(first).start)
            .toString();
    };
    // A long clause ("Clinton told a cheering throng of supporters in Tampa in a rally …")
    // keeps its speaker at the start; the words after the speaker's own are dropped.
    const int upTo = std::min<int>(int(words.size()), 12);
    auto leadingName = [&](int first) { // "Mike Shields of the Chamber" -> "Mike Shields"
        int last = first;
        while (last < upTo && (words.at(last).text.at(0).isUpper() ||
                               (last > first && titles().contains(words.at(last - 1).lower))))
            ++last;
        return last > first ? last : upTo;
    };
    if (words.size() >= 3 && words.at(0).lower == QStringLiteral("according") &&
        words.at(1).lower == QStringLiteral("to")) {
        a.speaker = cleanPhrase(phrase(2, words.size() > 12 ? leadingName(2) : upTo));
    } else if (isSpeechVerb(words.at(0).lower) && words.size() >= 2) {
        a.speaker = cleanPhrase(
            phrase(1, words.size() > 12 ? leadingName(1) : upTo)); // "said Mara Lindqvist"
    } else {
        // “… amnesty.” And Rick Santorum …: after a quote that ends its sentence, only a cue
        // right after it ("…?” Maddow asked) belongs to it.
        for (int k = 1; k < std::min<int>(int(words.size()), quoteEndsSentence ? 4 : 10); ++k) {
            if (isSpeechVerb(words.at(k).lower)) {
                a.speaker = cleanPhrase(phrase(0, k)); // "the Chinese company says"
                break;
            }
        }
        // "…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday": a name, then
        // commas around who the person is, then the verb.
        if (a.speaker.isEmpty() && !quoteEndsSentence)
            a.speaker = nameThenCommaCue(body, i, end, to, words);
    }
    if (a.speaker.isEmpty())
        return a;
    a.pronoun = isPronoun(a.speaker);
    a.consumedTo = end;
    return a;
}

// "… “felt an obligation” to act, Axelrod said.": a cue closing the sentence, after its
// last comma.
Attribution trailingCue(const QString &body, qsizetype from, qsizetype sentenceEnd) {
    const qsizetype comma =
        QStringView(body).mid(from, std::max<qsizetype>(0, sentenceEnd - from)).lastIndexOf(u',');
    if (comma < 0)
        return {};
    const QStringView rest =
        QStringView(body).mid(from + comma + 1, sentenceEnd - from - comma - 1);
    if (rest.contains(u'"') || rest.contains(u'“') || rest.contains(u'”') ||
        SentenceWord::split(rest).size() > 8)
        return {};
    return attributionAfter(body, from + comma + 1, sentenceEnd, false);
}

// A sentence as sentenceSubject reads it: quoted words blanked out (they are nobody's name),
// and a dateline dropped ("WASHINGTON (AP) — Trump said …": a dateline is not the subject).
QString withoutQuotesOrDateline(QStringView text) {
    QString before = text.toString();
    bool inside = false;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QChar c = before.at(i);
        if (c == u'“' || c == u'”' || c == u'"') {
            inside = c == u'“' ? true : c == u'”' ? false : !inside;
            before[i] = u' ';
        } else if (inside) {
            before[i] = u' ';
        }
    }
    for (const QString &dash :
         {QStringLiteral("—"), QStringLiteral(" -- "), QStringLiteral(" - ")}) {
        const qsizetype at = before.indexOf(dash);
        if (at > 0 && at < 60 && std::none_of(before.cbegin(), before.cbegin() + at, [](QChar c) {
                return c.isLower();
            })) {
            before = before.mid(at + dash.size());
            break;
        }
    }
    return before;
}

// The subject a sentence opens with: "Christie, New Jersey’s governor, repeated …" ->
// "Christie", "He went on …" -> "he"; empty when the sentence opens otherwise.
QString sentenceSubject(QStringView text, const QSet<QString> &common) {
    QString before = withoutQuotesOrDateline(text);
    QList<SentenceWord> words = SentenceWord::split(before);
    // "At Sunday night’s debate, Sanders compared …": an opening phrase before a comma.
    const qsizetype firstComma = before.indexOf(u',');
    // "Hours later, Trump …", "Reluctantly, Brafman …": an opening phrase with no name.
    const QList<SentenceWord> opening =
        firstComma > 0 ? SentenceWord::split(QStringView(before).left(firstComma))
                       : QList<SentenceWord>();
    const bool namelessOpening =
        !opening.isEmpty() && opening.size() <= 4 &&
        ((opening.size() == 1 && opening.first().lower.endsWith(QStringLiteral("ly"))) ||
         (opening.size() >= 2 &&
          std::all_of(opening.cbegin() + 1, opening.cend(),
                      [](const SentenceWord &w) { return w.text.at(0).isLower() || w.numeric; })));
    if (!words.isEmpty() && !isPronoun(words.first().lower) &&
        (namelessOpening || isNotName(words.first().lower) ||
         words.first().lower.endsWith(QStringLiteral("ed")) ||
         words.first().lower.endsWith(QStringLiteral("ing")))) {
        const qsizetype comma = before.indexOf(u',');
        if (comma > 0 && comma < 80) {
            before = before.mid(comma + 1);
            words = SentenceWord::split(before);
        }
    }
    int k = 0;
    // Capitalised only because they open the sentence: "One", "Those", "Given", "Early".
    while (k < words.size() && k < 3 && words.at(k).text.at(0).isUpper() &&
           (isNotName(words.at(k).lower) || (k == 0 && common.contains(words.at(k).lower))) &&
           !isPronoun(words.at(k).lower))
        ++k;
    if (k >= words.size())
        return {};
    if (isPronoun(words.at(k).lower))
        return words.at(k).lower;
    if (!words.at(k).text.at(0).isUpper())
        return {};
    int last = k;
    while (last + 1 < words.size() && words.at(last + 1).text.at(0).isUpper() &&
           !words.at(last).possessive && words.at(last + 1).start - words.at(last).end <= 2 &&
           !before.mid(words.at(last).end, words.at(last + 1).start - words.at(last).end)
                .contains(u','))
        ++last;
    if (words.at(last).possessive)
        return {}; // "Trump’s campaign said": not the person
    // "Democratic candidate Hillary Clinton said …": the person the opening phrase names.
    int phraseEnd = last;
    while (
        phraseEnd + 1 < words.size() && phraseEnd - k < 8 &&
        !isSpeechVerb(words.at(phraseEnd + 1).lower) &&
        !before
             .mid(words.at(phraseEnd).end, words.at(phraseEnd + 1).start - words.at(phraseEnd).end)
             .contains(u',') &&
        (words.at(phraseEnd + 1).text.at(0).isUpper() ||
         titles().contains(words.at(phraseEnd + 1).lower) ||
         words.at(phraseEnd + 1).lower == QStringLiteral("of")))
        ++phraseEnd;
    if (phraseEnd > last) {
        const QString person =
            personIn(before.mid(words.at(k).start, words.at(phraseEnd).end - words.at(k).start));
        if (person.contains(u' '))
            return person;
    }
    return cleanPhrase(before.mid(words.at(k).start, words.at(last).end - words.at(k).start));
}

// "X said: “…”", "X told Reuters: “…", "According to X, “…", "X said the firm was “…”":
// the words before the opening mark, in its sentence.
Attribution attributionBefore(const QString &body, qsizetype sentenceStart, qsizetype open,
                              const QSet<QString> &common) {
    const QString before = body.mid(sentenceStart, open - sentenceStart);
    const QList<SentenceWord> words = SentenceWord::split(before);
    Attribution a;
    // "According to X, “…": the words after "according to", up to the comma.
    for (int k = int(words.size()) - 2; k >= 0; --k) {
        if (words.at(k).lower == QStringLiteral("according") &&
            words.at(k + 1).lower == QStringLiteral("to")) {
            const QString rest = before.mid(words.at(k + 1).end).trimmed();
            if (rest.endsWith(u',') && !rest.chopped(1).contains(u',')) {
                a.speaker = cleanPhrase(rest.chopped(1));
                return a;
            }
            break;
        }
    }
    // The last speech verb before the quote; its subject is the clause before it.
    int verb = -1;
    for (int k = int(words.size()) - 1; k >= 0 && verb < 0; --k) {
        if (isSpeechVerb(words.at(k).lower))
            verb = k;
    }
    if (verb > 0 && isParticiple(words.at(verb).lower)) {
        // "Trump attacked Rubio on Thursday, saying he is “weak”": the sentence's subject.
        a.speaker = sentenceSubject(QStringView(before).left(words.at(verb).start), common);
        a.pronoun = isPronoun(a.speaker);
        a.participle = true;
        return a;
    }
    if (verb > 0) {
        const qsizetype verbAt = words.at(verb).start;
        QString subject = before.left(verbAt).trimmed();
        // "Its founder, Ruth Okafor, said" / "Mara Lindqvist, Calloway’s boss, said" /
        // "Asked why ..., he said": the last comma-separated part when it is a pronoun or
        // names a person, else the part before it (an apposition sits in between).
        if (subject.endsWith(u','))
            subject.chop(1);
        const QStringList parts = subject.split(u',', Qt::SkipEmptyParts);
        QString chosen = parts.isEmpty() ? subject : parts.last();
        const QString cleanedLast = cleanPhrase(chosen);
        const QString lastPerson = personIn(cleanedLast);
        if (parts.size() >= 2 && !isPronoun(cleanedLast) && lastPerson.isEmpty() &&
            !personIn(parts.at(parts.size() - 2)).isEmpty()) {
            chosen = parts.at(parts.size() - 2);
        } else if (parts.size() >= 3 && !isPronoun(cleanedLast) && !lastPerson.contains(u' ')) {
            // "Clinton, during a town hall in Columbus, Ohio, said": a name opening the
            // sentence is the subject, the parts after it say where or who.
            const QString opening = sentenceSubject(parts.first(), common);
            if (!opening.isEmpty() && parts.first().simplified().size() == opening.size())
                chosen = parts.first();
        }
        // Keep only the subject's own words: "In her ruling, Mrs Justice Harlow" -> the name.
        a.speaker = cleanPhrase(chosen);
        a.pronoun = isPronoun(a.speaker);
        return a;
    }
    // A colon introduction: "Lindqvist: “…”".
    const QString trimmed = before.trimmed();
    if (trimmed.endsWith(u':')) {
        QString head = trimmed.chopped(1);
        // "Ion Stoica, co-founder of Databricks:": the person before the apposition.
        const QString firstPart = head.section(u',', 0, 0);
        if (firstPart.size() < head.size() && !personIn(firstPart).isEmpty())
            head = firstPart;
        const QString cleaned = cleanPhrase(head);
        if (!personIn(head).isEmpty() || isPronoun(cleaned))
            a.speaker = cleaned; // "Lindqvist:", "He went on:"
    }
    return a;
}

// A heading between paragraphs: short, no closing punctuation, most words capitalised.
bool isHeading(QStringView paragraph) {
    const QStringView t = paragraph.trimmed();
    if (t.isEmpty() || t.size() > 120)
        return false;
    const QChar last = t.last();
    if (last == u'.' || last == u'!' || last == u'”' || last == u'"' || last == u':')
        return false;
    const QList<SentenceWord> words = SentenceWord::split(t);
    const qsizetype capitalised = std::count_if(
        words.cbegin(), words.cend(), [](const SentenceWord &w) { return w.text.at(0).isUpper(); });
    return !words.isEmpty() && words.size() <= 12 && capitalised * 3 >= words.size() * 2;
}

// Whether the words before a mark make the quote a name or a title ("an author of “…”",
// "a book titled “…”") rather than speech.
bool namesAWork(const QString &body, qsizetype from, qsizetype open) {
    const QList<SentenceWord> words = SentenceWord::split(QStringView(body).mid(from, open - from));
    if (words.isEmpty())
        return false;
    static const QSet<QString> naming{QStringLiteral("titled"), QStringLiteral("entitled"),
                                      QStringLiteral("named"), QStringLiteral("dubbed"),
                                      QStringLiteral("headlined")};
    static const QSet<QString> works{
        QStringLiteral("author"), QStringLiteral("member"), QStringLiteral("book"),
        QStringLiteral("film"),   QStringLiteral("song"),   QStringLiteral("album"),
        QStringLiteral("show"),   QStringLiteral("slogan"), QStringLiteral("novel")};
    const QString &last = words.last().lower;
    if (naming.contains(last))
        return true;
    return last == QStringLiteral("of") && words.size() >= 2 &&
           works.contains(words.at(words.size() - 2).lower);
}

// Role nouns that stand for an organisation: "the company", "the Chinese start-up".
bool isOrganisationRole(const QString &phrase) {
    static const QRegularExpression rx(
        QStringLiteral(
            "^(?:the|its)\\s+(?:\\S+\\s+){0,2}(?:company|firm|startup|start-up|lab|laboratory|"
            "chipmaker|"
            "business|carmaker|retailer|giant|developer|maker|group|bank|lender|platform)$"),
        QRegularExpression::CaseInsensitiveOption);
    return rx.match(phrase).hasMatch();
}

// "the president", "the former governor": the title the phrase names, or empty.
QString roleTitle(const QString &phrase) {
    static const QRegularExpression rx(QStringLiteral("^the\\s+(?:former\\s+|then\\s+)?(\\w+)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = rx.match(phrase);
    if (!m.hasMatch())
        return {};
    const QString title = m.captured(1).toLower();
    return titles().contains(title) && genderOfTitle(title).isNull() ? title : QString();
}

// The organisation an article is about: the capitalised word it writes most often in
// mid-sentence (at least three times) that is never the second word of a name ("Trump" in
// "Donald Trump") nor a title or a nationality. Ties go to the earliest.
QString mainOrganisation(const SentenceWordLists &sentenceWords) {
    static const QSet<QString> nationalities{
        QStringLiteral("chinese"),   QStringLiteral("american"),    QStringLiteral("british"),
        QStringLiteral("us"),        QStringLiteral("european"),    QStringLiteral("japanese"),
        QStringLiteral("french"),    QStringLiteral("german"),      QStringLiteral("indian"),
        QStringLiteral("russian"),   QStringLiteral("korean"),      QStringLiteral("english"),
        QStringLiteral("uk"),        QStringLiteral("eu"),          QStringLiteral("ai"),
        QStringLiteral("democrats"), QStringLiteral("republicans"), QStringLiteral("democratic"),
        QStringLiteral("republican")};
    QHash<QString, int> count, first;
    QHash<QString, QString> written; // the first capitalised form, possessive mark dropped
    QSet<QString> surnames, midSentence;
    int order = 0;
    for (const QList<SentenceWord> &words : sentenceWords) {
        for (int k = 0; k < words.size(); ++k) {
            const SentenceWord &w = words.at(k);
            if (!w.alphabetic || !w.text.at(0).isUpper() || w.text.size() < 3)
                continue;
            if (k > 0)
                midSentence.insert(
                    w.lower); // a sentence's first word counts only if also written so inside one
            if (!written.contains(w.lower))
                written.insert(w.lower, w.possessive ? w.text.chopped(2) : w.text);
            if (k == 0) {
                ++count[w.lower];
                if (!first.contains(w.lower))
                    first.insert(w.lower, order++);
                continue;
            }
            const SentenceWord &p = words.at(k - 1);
            if (p.text.at(0).isUpper() && w.start - p.end <= 1 && !p.possessive &&
                !nationalities.contains(p.lower) && !titles().contains(p.lower) &&
                !isNotName(p.lower)) {
                surnames.insert(w.lower);
                continue;
            }
            if (titles().contains(w.lower) || isNotName(w.lower) || nationalities.contains(w.lower))
                continue;
            if (!first.contains(w.lower))
                first.insert(w.lower, order++);
            ++count[w.lower];
        }
    }
    QString best;
    int bestCount = 2;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (surnames.contains(it.key()) || !midSentence.contains(it.key()) ||
            titles().contains(it.key()) || isNotName(it.key()) || nationalities.contains(it.key()))
            continue;
        if (it.value() > bestCount || (it.value() == bestCount && !best.isEmpty() &&
                                       first.value(it.key()) < first.value(best))) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best.isEmpty() ? QString() : written.value(best);
}

// --- Matching ----------------------------------------------------------------------------

QStringList quoteWords(const QString &text) {
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

bool containsRun(const QStringList &longer, const QStringList &shorter) {
    if (shorter.isEmpty() || shorter.size() > longer.size())
        return false;
    for (qsizetype i = 0; i + shorter.size() <= longer.size(); ++i) {
        if (std::equal(shorter.cbegin(), shorter.cend(), longer.cbegin() + i))
            return true;
    }
    return false;
}

// The words of a quote that carry its meaning: no stop words, nothing under three letters.
QStringList contentWords(const QStringList &words, const Tokenizer &tokenizer) {
    QStringList content;
    for (const QString &w : words) {
        if (w.size() > 2 && !tokenizer.isStopWord(w))
            content.append(w);
    }
    return content;
}

bool sharesAWord(const QStringList &a, const QStringList &b) {
    return std::any_of(a.cbegin(), a.cend(), [&](const QString &w) { return b.contains(w); });
}

// The same person by surname ("Trump", "Donald Trump"); quotes without a named speaker
// never count as said by the same person.
bool sameSpeaker(const Quote &a, const Quote &b) {
    if (a.speakerName.isEmpty() || b.speakerName.isEmpty())
        return false;
    const QString surnameA = a.speakerName.section(u' ', -1),
                  surnameB = b.speakerName.section(u' ', -1);
    return surnameA.compare(surnameB, Qt::CaseInsensitive) == 0;
}

// Whether the sentences holding two quotes are aligned with each other.
bool inAlignedSentences(const Comparison &c, const Quote &a, const Quote &b) {
    const ComparedSentence &own = c.articles.at(a.article).sentences.at(a.sentence);
    return std::any_of(own.links.cbegin(), own.links.cend(), [&](const SentenceLink &l) {
        return l.article == b.article && l.sentences.contains(b.sentence);
    });
}

int strength(QuoteMatch::Kind k) {
    switch (k) {
    case QuoteMatch::Kind::Verbatim:
        return 4;
    case QuoteMatch::Kind::Truncated:
    case QuoteMatch::Kind::Extended:
        return 3;
    case QuoteMatch::Kind::Altered:
        return 2;
    case QuoteMatch::Kind::Reported:
        return 1;
    }
    return 0;
}

// Reads the quotes of one article, paragraph by paragraph, with what the article has named
// so far: the steps of QuoteExtractor::extract.
class QuoteReader final {
public:
    QuoteReader(const ComparedArticle &compared, int articleIndex,
                const SentenceWordLists &sentenceWords, const QSet<QString> &lowercase)
        : m_compared(compared)
        , m_articleIndex(articleIndex)
        , m_body(compared.article.body)
        , m_organisation(mainOrganisation(sentenceWords))
        , m_common(lowercase) {}

    QList<Quote> read() {
        for (int paragraphIndex = 0; paragraphIndex < m_compared.paragraphs.size();
             ++paragraphIndex)
            readParagraph(paragraphIndex);
        return m_quotes;
    }

private:
    // A paragraph as the quotes in it are read.
    struct Paragraph {
        int index;
        TextRange range;
        QList<Marked> marks;
        qsizetype firstQuote; // index in m_quotes of its first quote
    };

    // The sentence holding a position: sentences are in text order, so a binary search.
    int sentenceAt(qsizetype pos) const {
        const auto &sentences = m_compared.sentences;
        const auto it =
            std::partition_point(sentences.cbegin(), sentences.cend(),
                                 [pos](const ComparedSentence &s) { return s.range.end() <= pos; });
        return it == sentences.cend() ? int(sentences.size()) - 1 : int(it - sentences.cbegin());
    }

    static void copySpeaker(Quote &q, const Quote &from, double confidence) {
        q.speaker = from.speaker;
        q.speakerName = from.speakerName;
        q.speakerBasis = Quote::SpeakerBasis::Context;
        q.speakerConfidence = std::min(confidence, from.speakerConfidence);
    }

    static bool hasSpeaker(const Quote &q) { return !q.shownSpeaker().isEmpty(); }

    // "he said": the person named before whose gender does not rule the pronoun out.
    void resolvePronoun(Quote &q, const Attribution &a, int paragraphIndex,
                        Quote::SpeakerBasis basis, double confidence) {
        int back = 0;
        const QString person = m_named.resolve(a.speaker, paragraphIndex, &back);
        if (person.isEmpty()) {
            q.speakerBasis = Quote::SpeakerBasis::Unresolved;
            q.speakerConfidence = 0.0;
            return;
        }
        q.speaker = q.speakerName = person;
        m_named.learnGender(person, genderOfPronoun(a.speaker));
        q.speakerBasis = basis == Quote::SpeakerBasis::Cue ? Quote::SpeakerBasis::Pronoun : basis;
        q.speakerConfidence = std::min(confidence, back <= 1 ? 0.75 : 0.5);
    }

    // "the company said", "the president said": what the article named with that role.
    bool resolveRole(Quote &q, const Attribution &a, Quote::SpeakerBasis basis, double confidence) {
        const QString role = roleTitle(a.speaker);
        if (isOrganisationRole(a.speaker) && !m_organisation.isEmpty())
            q.speakerName =
                m_organisation; // "the company said" -> the company the article is about
        else if (!role.isEmpty() && m_named.roles.contains(role))
            q.speakerName =
                m_named.roles.value(role); // "the president said" -> the president named before
        else
            return false;
        q.speakerBasis = basis == Quote::SpeakerBasis::Cue ? Quote::SpeakerBasis::Role : basis;
        q.speakerConfidence = std::min(confidence, 0.6);
        return true;
    }

    // Sets q's speaker from an attribution as written: a name, a pronoun or a role noun
    // resolved to what the article named before; empty when that is not known.
    void resolve(Quote &q, const Attribution &a, int paragraphIndex, Quote::SpeakerBasis basis,
                 double confidence) {
        if (a.speaker.isEmpty())
            return;
        q.speakerName.clear();
        q.speaker.clear();
        if (isPronoun(a.speaker)) {
            resolvePronoun(q, a, paragraphIndex, basis, confidence);
            return;
        }
        q.speaker = a.speaker;
        if (resolveRole(q, a, basis, confidence))
            return;
        q.speakerName = personIn(a.speaker);
        // A lone word is a person only when the article has named that person in full
        // ("Liang" after "Liang Wenfeng"), not a company ("DeepSeek says").
        if (!q.speakerName.isEmpty() && !q.speakerName.contains(u' ')) {
            const bool known = std::any_of(
                m_named.persons.cbegin(), m_named.persons.cend(),
                [&](const QString &p) { return p.split(u' ').contains(q.speakerName); });
            if (!known)
                q.speakerName.clear();
        }
        const bool hasName =
            std::any_of(a.speaker.cbegin(), a.speaker.cend(), [](QChar c) { return c.isUpper(); });
        q.speakerBasis = hasName ? basis : Quote::SpeakerBasis::Unresolved;
        q.speakerConfidence =
            hasName ? std::min(confidence, q.speakerName.isEmpty() ? 0.8 : 0.9) : 0.0;
        if (!q.speakerName.isEmpty())
            m_named.add(q.speakerName, paragraphIndex);
    }

    // A sentence of the paragraph that names a speaker outside the marks ("Trump spoke in
    // Salem on Monday. “…”"); sentences inside a quote name nobody.
    Attribution cueOfSentence(const Paragraph &p, int t) const {
        const TextRange r = m_compared.sentences.at(t).range;
        auto after = std::partition_point(p.marks.cbegin(), p.marks.cend(),
                                          [&](const Marked &m) { return m.open < r.start; });
        if (after != p.marks.cbegin() && std::prev(after)->close >= r.start)
            return {}; // starts inside a quote
        const qsizetype stop =
            after != p.marks.cend() && after->open < r.end() ? after->open : r.end();
        return attributionBefore(m_body, r.start, stop, m_common);
    }

    // The words inside the marks, without spaces and the trailing , ; : . inside them.
    TextRange insideOf(const Marked &m, bool *endsWithComma) const {
        TextRange inside{m.open + 1, m.close - m.open - 1};
        while (inside.length > 0 && m_body.at(inside.start).isSpace()) {
            ++inside.start;
            --inside.length;
        }
        *endsWithComma = false;
        while (inside.length > 0) {
            const QChar last = m_body.at(inside.end() - 1);
            if (!(last.isSpace() || last == u',' || last == u';' || last == u':' || last == u'.'))
                break;
            *endsWithComma = *endsWithComma || last == u',';
            --inside.length;
        }
        return inside;
    }

    // Step 1: the cue of the quote's own sentence, after the marks, before them, or closing
    // the sentence. Returns the attribution (its consumedTo tells where a split quote goes on).
    Attribution attributeByCue(Quote &q, const Marked &m, const Paragraph &p) {
        const qsizetype sentenceStart = m_compared.sentences.value(q.sentence).range.start;
        const QChar lastInside = m.close > m.open + 1 ? m_body.at(m.close - 1) : QChar();
        const bool endsSentence = lastInside == u'.' || lastInside == u'!' || lastInside == u'?';
        Attribution a = m.openEnded
                            ? Attribution{}
                            : attributionAfter(m_body, m.close + 1, p.range.end(), endsSentence);
        if (a.speaker.isEmpty())
            a = attributionBefore(m_body, std::max(sentenceStart, p.range.start), m.open, m_common);
        if (a.speaker.isEmpty() && !m.openEnded)
            a = trailingCue(
                m_body, m.close + 1,
                std::min(m_compared.sentences.value(q.sentence).range.end(), p.range.end()));
        const bool sameSentenceBefore =
            m_quotes.size() > p.firstQuote && m_quotes.last().sentence == q.sentence;
        if (a.participle && sameSentenceBefore && hasSpeaker(m_quotes.last())) {
            // "“…,” Warren said, adding, “…”": the speaker of the quote before.
            copySpeaker(q, m_quotes.last(), 0.9);
            q.speakerBasis = m_quotes.last().speakerBasis;
        } else {
            resolve(q, a, p.index, Quote::SpeakerBasis::Cue, 1.0);
        }
        return a;
    }

    // Step 2, no cue of its own: the quote before it in the paragraph, else a cue in a
    // nearby sentence of the paragraph, else (a paragraph that opens with the quote) the
    // speaker of the paragraph before.
    void attributeByContext(Quote &q, const Marked &m, const Paragraph &p) {
        if (m_quotes.size() > p.firstQuote && hasSpeaker(m_quotes.last())) {
            copySpeaker(q, m_quotes.last(), 0.7);
            return;
        }
        if (m_compared.sentences.isEmpty())
            return;
        const int firstSentence = sentenceAt(p.range.start);
        const int lastSentence = sentenceAt(p.range.end() - 1);
        for (int d = 1; d <= 3 && q.speakerBasis == Quote::SpeakerBasis::None; ++d) {
            for (const int t : {q.sentence - d, q.sentence + d}) {
                if (t < firstSentence || t > lastSentence ||
                    q.speakerBasis != Quote::SpeakerBasis::None)
                    continue;
                resolve(q, cueOfSentence(p, t), p.index, Quote::SpeakerBasis::Context, 0.6);
            }
        }
        const bool opensParagraph =
            QStringView(m_body).mid(p.range.start, m.open - p.range.start).trimmed().isEmpty();
        if (q.speakerBasis == Quote::SpeakerBasis::None && opensParagraph &&
            m_previousParagraphQuote >= 0)
            copySpeaker(q, m_quotes.at(m_previousParagraphQuote), 0.5);
        // "Clinton told the crowd in Tampa:" closing the paragraph before.
        if (q.speakerBasis == Quote::SpeakerBasis::None && opensParagraph && p.index > 0 &&
            m_previousParagraphQuote < 0) {
            const TextRange r =
                m_compared.sentences.at(sentenceAt(m_compared.paragraphs.at(p.index - 1).end() - 1))
                    .range;
            const QStringView text = QStringView(m_body).mid(r.start, r.length);
            if (!text.contains(u'"') && !text.contains(u'“') && !text.contains(u'”'))
                resolve(q, attributionBefore(m_body, r.start, r.end(), m_common), p.index,
                        Quote::SpeakerBasis::Context, 0.5);
        }
    }

    // Step 3, last: the subject the sentence opens with ("Walter Hewlett sniped that … “…”"),
    // for a quote long enough not to be a title or a scare quote.
    void attributeBySubject(Quote &q, const Marked &m, const Paragraph &p, const QString &words) {
        const qsizetype sentenceStart = m_compared.sentences.value(q.sentence).range.start;
        const qsizetype from = std::max(sentenceStart, p.range.start);
        if (q.speakerBasis != Quote::SpeakerBasis::None || SentenceWord::split(words).size() < 4 ||
            m.open <= sentenceStart || namesAWork(m_body, from, m.open))
            return;
        Attribution subject;
        subject.speaker = sentenceSubject(QStringView(m_body).mid(from, m.open - from), m_common);
        resolve(q, subject, p.index, Quote::SpeakerBasis::Context, 0.4);
    }

    // One quote in marks, with its speaker; returns where a split quote continues (the next
    // mark there belongs to it), or -1.
    qsizetype readQuote(const Marked &m, const Paragraph &p, TextRange inside, const QString &words,
                        bool endsWithComma) {
        Quote q;
        q.article = m_articleIndex;
        q.sentence = sentenceAt(m.open);
        q.parts.append(inside);
        q.text = words;
        const Attribution a = attributeByCue(q, m, p);
        if (q.speakerBasis == Quote::SpeakerBasis::None)
            attributeByContext(q, m, p);
        attributeBySubject(q, m, p, words);
        qsizetype joinUntil = -1;
        // “…,” he said, “…”: the next mark continues this quote.
        if (endsWithComma && a.consumedTo > 0) {
            qsizetype k = a.consumedTo;
            while (k < p.range.end() &&
                   (m_body.at(k).isSpace() || m_body.at(k) == u',' || m_body.at(k) == u':'))
                ++k;
            joinUntil = k;
        }
        m_quotes.append(q);
        return joinUntil;
    }

    void readParagraph(int paragraphIndex) {
        const TextRange range = m_compared.paragraphs.at(paragraphIndex);
        const Paragraph p{paragraphIndex, range, marksOf(m_body, range), m_quotes.size()};
        qsizetype scanned = range.start; // text before this point has been read for names
        qsizetype joinUntil = -1;        // a split quote continues at this mark
        for (const Marked &m : p.marks) {
            bool endsWithComma = false;
            const TextRange inside = insideOf(m, &endsWithComma);
            const QString words = m_body.mid(inside.start, inside.length);
            if (SentenceWord::split(words).size() < 2)
                continue; // a scare-quoted word, a title in marks
            lastPersonIn(QStringView(m_body).mid(scanned, m.open - scanned), &m_named,
                         paragraphIndex);
            scanned = std::min(m.close + 1, range.end());
            if (joinUntil == m.open && !m_quotes.isEmpty()) {
                m_quotes.last().parts.append(inside);
                m_quotes.last().text += u' ' + words;
                joinUntil = -1;
                continue;
            }
            joinUntil = readQuote(m, p, inside, words, endsWithComma);
        }
        // The rest of the paragraph (all of it when it has no quote) names people too; a
        // heading ("Concerns About Security") names nobody.
        if (scanned < range.end() && !isHeading(QStringView(m_body).mid(range.start, range.length)))
            lastPersonIn(QStringView(m_body).mid(scanned, range.end() - scanned), &m_named,
                         paragraphIndex);
        m_previousParagraphQuote = m_quotes.size() > p.firstQuote && hasSpeaker(m_quotes.last())
                                       ? int(m_quotes.size()) - 1
                                       : -1;
    }

    const ComparedArticle &m_compared;
    const int m_articleIndex;
    const QString &m_body;
    const QString m_organisation;
    const QSet<QString> &m_common; // words written in lower case
    NamedSoFar m_named;
    QList<Quote> m_quotes;
    int m_previousParagraphQuote =
        -1; // the last quote of the previous paragraph, when it had a speaker
};

} // namespace

QList<Quote> QuoteExtractor::extract(const ComparedArticle &compared, int articleIndex,
                                     const SentenceWordLists &sentenceWords,
                                     const QSet<QString> &lowercase) {
    return QuoteReader(compared, articleIndex, sentenceWords, lowercase).read();
}

namespace {

// The quotes of a comparison as QuoteExtractor::match reads them: their words, and the
// best match found so far per (quote, other article).
struct MatchState {
    QList<QStringList> words, content; // every word of each quote, and its content words
    QHash<QPair<int, int>, QuoteMatch> best;

    // On equal strength the earlier quote: candidates come in hash order.
    void offer(int q, const QuoteMatch &m) {
        const QPair<int, int> key{q, m.article};
        const auto it = best.constFind(key);
        if (it == best.constEnd() || strength(m.kind) > strength(it->kind) ||
            (strength(m.kind) == strength(it->kind) && m.quote < it->quote))
            best.insert(key, m);
    }
};

// How quotes q and o of two articles relate (q's kind, then o's), or nothing.
std::optional<QPair<QuoteMatch::Kind, QuoteMatch::Kind>>
matchKinds(const Comparison &c, const MatchState &state, int q, int o) {
    using Kind = QuoteMatch::Kind;
    const QStringList &a = state.words.at(q), &b = state.words.at(o);
    if (a == b)
        return std::pair{Kind::Verbatim, Kind::Verbatim};
    if (containsRun(b, a))
        return std::pair{Kind::Truncated, Kind::Extended};
    if (containsRun(a, b))
        return std::pair{Kind::Extended, Kind::Truncated};
    const int l = Lcs::length(a, b);
    if (l < 3 || l < 0.5 * double(std::min(a.size(), b.size())))
        return std::nullopt;
    // Words like "it is a … of the" make a long common run of any two quotes: an altered
    // version shares words that carry meaning, or else is said by the same person in
    // sentences aligned with each other.
    if (Lcs::length(state.content.at(q), state.content.at(o)) < 2 &&
        !(sameSpeaker(c.quotes.at(q), c.quotes.at(o)) &&
          inAlignedSentences(c, c.quotes.at(q), c.quotes.at(o))))
        return std::nullopt;
    return std::pair{Kind::Altered, Kind::Altered};
}

// Quotes of other articles that share words with each quote, matched by kind.
void matchQuotes(const Comparison &c, MatchState &state) {
    const int n = int(c.quotes.size());
    QHash<QString, QList<int>> byWord; // word -> quotes that contain it
    for (int q = 0; q < n; ++q) {
        for (const QString &w :
             QSet<QString>(state.words[q].cbegin(), state.words[q].cend()).values())
            byWord[w].append(q);
    }
    constexpr int kMaxPostings = 40; // words in more quotes than this do not make candidates
    for (int q = 0; q < n; ++q) {
        std::map<int, int> shared; // ordered: of equally strong matches the first in the story wins
        for (const QString &w : QSet<QString>(state.words[q].cbegin(), state.words[q].cend())) {
            const QList<int> &postings = byWord[w];
            if (postings.size() > kMaxPostings)
                continue;
            for (int other : postings) {
                if (other > q && c.quotes.at(other).article != c.quotes.at(q).article)
                    ++shared[other];
            }
        }
        for (const auto &[o, count] : shared) {
            if (count <
                std::min<qsizetype>(2, std::min(state.words[q].size(), state.words[o].size())))
                continue;
            const auto kinds = matchKinds(c, state, q, o);
            if (!kinds)
                continue;
            const Quote &qq = c.quotes.at(q), &qo = c.quotes.at(o);
            state.offer(q, QuoteMatch{o, qo.article, qo.sentence, kinds->first});
            state.offer(o, QuoteMatch{q, qq.article, qq.sentence, kinds->second});
        }
    }
}

// Reported speech: the quote's words in a sentence of another article that has no quote of
// them. Looked for in the sentences aligned with the quote's sentence and their neighbours,
// where a rewrite puts it.
void matchReportedSpeech(const Comparison &c, MatchState &state) {
    QHash<QPair<int, int>, QStringList> wordsOfSentence; // (article, sentence) -> words
    auto sentenceWords = [&](const ComparedArticle &other, int article,
                             int t) -> const QStringList & {
        auto cached = wordsOfSentence.find({article, t});
        if (cached == wordsOfSentence.end())
            cached = wordsOfSentence.insert({article, t},
                                            quoteWords(other.textOf(other.sentences.at(t).range)));
        return *cached;
    };
    for (int q = 0; q < c.quotes.size(); ++q) {
        const Quote &quote = c.quotes.at(q);
        QStringList distinct;
        for (const QString &w : std::as_const(state.content[q])) {
            if (!distinct.contains(w))
                distinct.append(w);
        }
        if (distinct.size() < 3)
            continue;
        const ComparedSentence &own = c.articles.at(quote.article).sentences.at(quote.sentence);
        for (const SentenceLink &link : own.links) {
            if (state.best.contains({q, link.article}))
                continue;
            const ComparedArticle &other = c.articles.at(link.article);
            QSet<int> nearby;
            for (int s : link.sentences) {
                for (int t = std::max(0, s - 1);
                     t <= std::min(int(other.sentences.size()) - 1, s + 1); ++t)
                    nearby.insert(t);
            }
            int bestSentence = -1;
            qsizetype bestHits = 0;
            QList<int> inOrder =
                nearby.values(); // ties go to the earlier sentence, in every process
            std::sort(inOrder.begin(), inOrder.end());
            for (int t : std::as_const(inOrder)) {
                const QStringList &ws = sentenceWords(other, link.article, t);
                const qsizetype hits =
                    std::count_if(distinct.cbegin(), distinct.cend(),
                                  [&](const QString &w) { return ws.contains(w); });
                if (hits > bestHits || (hits == bestHits && t < bestSentence)) {
                    bestHits = hits;
                    bestSentence = t;
                }
            }
            if (bestSentence >= 0 && bestHits >= 0.6 * double(distinct.size()))
                state.best.insert({q, link.article}, QuoteMatch{-1, link.article, bestSentence,
                                                                QuoteMatch::Kind::Reported});
        }
    }
}

} // namespace

void QuoteExtractor::match(Comparison &c) {
    const int n = int(c.quotes.size());
    Tokenizer tokenizer;
    MatchState state;
    state.words.resize(n);
    state.content.resize(n);
    for (int q = 0; q < n; ++q) {
        state.words[q] = quoteWords(c.quotes.at(q).text);
        state.content[q] = contentWords(state.words[q], tokenizer);
    }
    matchQuotes(c, state);
    matchReportedSpeech(c, state);
    for (auto it = state.best.cbegin(); it != state.best.cend(); ++it)
        c.quotes[it.key().first].matches.append(it.value());
    for (Quote &q : c.quotes) {
        std::sort(q.matches.begin(), q.matches.end(),
                  [](const QuoteMatch &x, const QuoteMatch &y) { return x.article < y.article; });
    }
}

QList<QList<int>> QuoteExtractor::groups(const Comparison &c) {
    const int n = int(c.quotes.size());
    // Two pieces of one long quote ("wake-up call", "competing to win") both match it, but
    // are not versions of each other: a group only takes quotes that share words with every
    // member, so each member reads as a version of the others.
    Tokenizer tokenizer;
    QList<QStringList> words(n), content(n);
    for (int q = 0; q < n; ++q) {
        words[q] = quoteWords(c.quotes.at(q).text);
        content[q] = contentWords(words[q], tokenizer);
    }
    auto related = [&](int x, int y) {
        if (content[x].isEmpty() || content[y].isEmpty())
            return sharesAWord(words[x], words[y]);
        return sharesAWord(content[x], content[y]);
    };
    // The strongest matches join first; ties by position, so every process groups alike.
    struct Edge {
        int strength, from, to;
    };
    QList<Edge> edges;
    for (int q = 0; q < n; ++q) {
        for (const QuoteMatch &m : c.quotes.at(q).matches) {
            if (m.quote >= 0)
                edges.append({strength(m.kind), std::min(q, m.quote), std::max(q, m.quote)});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return std::tie(y.strength, x.from, x.to) < std::tie(x.strength, y.from, y.to);
    });
    QList<int> groupOf(n);
    QList<QList<int>> members(n);
    for (int q = 0; q < n; ++q) {
        groupOf[q] = q;
        members[q] = {q};
    }
    for (const Edge &e : std::as_const(edges)) {
        const int a = groupOf.at(e.from), b = groupOf.at(e.to);
        if (a == b)
            continue;
        const bool allRelated =
            std::all_of(members.at(a).cbegin(), members.at(a).cend(), [&](int x) {
                return std::all_of(members.at(b).cbegin(), members.at(b).cend(),
                                   [&](int y) { return related(x, y); });
            });
        if (!allRelated)
            continue;
        const int into = std::min(a, b), from = std::max(a, b);
        for (int q : std::as_const(members[from]))
            groupOf[q] = into;
        members[into] += members[from];
        members[from].clear();
    }
    QList<QList<int>> out;
    for (int q = 0; q < n; ++q) {
        if (groupOf.at(q) == q) {
            QList<int> group = members.at(q);
            std::sort(group.begin(), group.end());
            out.append(group);
        }
    }
    return out;
}

QString QuoteExtractor::speakerOf(const Comparison &c, const QList<int> &group) {
    for (int q : group) {
        if (!c.quotes.at(q).shownSpeaker().isEmpty())
            return c.quotes.at(q).shownSpeaker();
    }
    return {};
}

QStringList QuoteExtractor::outletsOf(const Comparison &c, const QList<int> &group) {
    QStringList outlets;
    for (int q : group) {
        const QString outlet = c.articles.at(c.quotes.at(q).article).article.displayName();
        if (!outlets.contains(outlet))
            outlets.append(outlet);
    }
    return outlets;
}

QList<QuoteDiffPiece> QuoteExtractor::diff(const QString &a, const QString &b) {
    const QList<SentenceWord> wa = SentenceWord::split(a), wb = SentenceWord::split(b);
    const QStringList ka = quoteWords(a), kb = quoteWords(b);
    QList<QuoteDiffPiece> out;
    auto add = [&](QuoteDiffPiece::Op op, const QString &word) {
        if (!out.isEmpty() && out.last().op == op)
            out.last().text += u' ' + word;
        else
            out.append({op, word});
    };
    // Equal words are shown as `b` writes them.
    for (const Lcs::Run &run : Lcs::runs(ka, kb)) {
        for (qsizetype k = 0; k < run.length; ++k) {
            switch (run.op) {
            case Lcs::Op::Equal:
                add(QuoteDiffPiece::Op::Equal, wb.at(run.b + k).text);
                break;
            case Lcs::Op::Delete:
                add(QuoteDiffPiece::Op::Delete, wa.at(run.a + k).text);
                break;
            case Lcs::Op::Insert:
                add(QuoteDiffPiece::Op::Insert, wb.at(run.b + k).text);
                break;
            }
        }
    }
    return out;
}

} // namespace Parallax
