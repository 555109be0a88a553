// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sentencewords.h"
#include "core/textrange.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Parallax {

struct ComparedArticle;
struct Comparison;

// How a quote relates to a quote (or a sentence) of another article.
struct QuoteMatch final {
    enum class Kind : quint8 {
        Verbatim,  // the same words
        Altered,   // words changed, added or dropped inside the quote
        Truncated, // this quote is a shortened form of the other
        Extended,  // this quote carries more words than the other
        Reported,  // the other article has the words only as reported speech
    };
    int quote = -1;   // index into Comparison::quotes; -1 for Reported
    int article = 0;  // the other article
    int sentence = 0; // the other sentence (for Reported: the sentence that reports it)
    Kind kind = Kind::Verbatim;
};

// A direct quotation: the words inside the marks, who said them, where they are.
struct Quote final {
    int article = 0;
    int sentence = 0;       // index into ComparedArticle::sentences (of the first part)
    QList<TextRange> parts; // the words inside each pair of marks; several when the quote is
                            // split around "he said"
    QString text;           // the parts joined by a space
    QString speaker;        // as written, role included: "OpenAI chief Sam Altman"; may be empty
    QString speakerName;    // the person: "Sam Altman"; empty when not a named person
    // How the speaker was found, and how far to trust it.
    enum class SpeakerBasis : quint8 {
        None,    // no attribution at all
        Cue,     // named at a speech cue of the quote's sentence ("…,” said Sam Altman)
        Pronoun, // "he said", resolved to an earlier person of the article
        Role,    // "the company said", resolved to the organisation or title holder named before
        Context, // no cue: the speaker of the previous quote or of a cue elsewhere in the paragraph
        Unresolved, // an attribution that names nobody the article has named ("a spokeswoman",
                    // "he")
    };
    SpeakerBasis speakerBasis = SpeakerBasis::None;
    double speakerConfidence = 0.0; // 0 (none) .. 1; fixed per basis and distance, deterministic
    QList<QuoteMatch> matches;

    TextRange range() const { return parts.isEmpty() ? TextRange{} : parts.first(); }
    // The speaker to show: the person when named, else the attribution as written.
    QString shownSpeaker() const { return speakerName.isEmpty() ? speaker : speakerName; }
};

// One piece of the word difference between two quotes.
struct QuoteDiffPiece final {
    enum class Op : quint8 { Equal, Delete, Insert }; // Delete: only in the first quote
    Op op = Op::Equal;
    QString text; // the words as written
};

class QuoteExtractor final {
public:
    // The quotes of one segmented article, with their speakers. sentenceWords: its sentences
    // split into words (SentenceWord::split of each); lowercase: the words its body writes in
    // lower case (FigureExtractor::lowercaseWords).
    static QList<Quote> extract(const ComparedArticle &article, int articleIndex,
                                const SentenceWordLists &sentenceWords,
                                const QSet<QString> &lowercase);

    // Matches every quote with the same quote in the other articles (filling
    // Quote::matches); uses the sentence alignments of the comparison.
    static void match(Comparison &comparison);

    // The same quote across articles: quotes joined by any match but "reported", each
    // group in article order; quotes no other article has are groups of one.
    static QList<QList<int>> groups(const Comparison &comparison);
    // Of a group: the first speaker any member names, and the outlets that carry it.
    static QString speakerOf(const Comparison &comparison, const QList<int> &group);
    static QStringList outletsOf(const Comparison &comparison, const QList<int> &group);

    // The words that differ between two quotes (case, punctuation and quote marks aside).
    static QList<QuoteDiffPiece> diff(const QString &a, const QString &b);
};

} // namespace Parallax
