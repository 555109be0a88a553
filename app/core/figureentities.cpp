// SPDX-License-Identifier: GPL-3.0-or-later
// Step 3, attach entities: what each figure is about, what it
// measures, its qualifier and direction.
#include "core/figuresteps.h"

#include "core/comparison.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Parallax::FigureSteps {

bool isIndexName(const QString &entity) {
    const QSet<QString> &words = FigureLexicon::english().indexNames;
    for (const QStringView w : QStringView(entity).split(u' ', Qt::SkipEmptyParts)) {
        if (words.contains(w.toString()))
            return true;
    }
    return false;
}

// --- Entities --------------------------------------------------------------------------

// Whether a sentence's first word is a name: the article capitalises it elsewhere, it starts
// a run of capitalised words ("Harbour Bank was fined"), it is written like a name
// ("DeepSeek", "R1", "High-Flyer"), or it is never written in lower case and is not a plural
// common noun ("Nvidia lost", but not "Investors cheered").
bool initialIsName(const Words &words, const ArticleWords &article) {
    const SentenceWord &w = words.first();
    if (article.midSentenceCaps.contains(w.text))
        return true;
    if (words.size() > 1 && words.at(1).text.at(0).isUpper() && words.at(1).start - w.end == 1 &&
        !article.lowercase.contains(w.lower))
        return true; // "Harbour Bank was fined", but not "Rival Osprey Logistics" when "rival" is a
                     // word
    if (std::any_of(w.text.cbegin() + 1, w.text.cend(),
                    [](QChar c) { return c.isUpper() || c.isDigit(); }))
        return true;
    if (article.lowercase.contains(w.lower) || upWords().contains(w.lower) ||
        downWords().contains(w.lower))
        return false;
    return !(w.lower.endsWith(u's') && !w.possessive) && w.lower.size() > 1;
}

// Capitalised runs of the sentence that can be what a figure is about ("Bank of England",
// "FTSE 100", "Nvidia"); a sentence's first word only when the article also writes it
// capitalised in mid-sentence (so "Shares" and "Investors" are not names).
QList<Span> entitySpans(QStringView s, const Words &words, const ArticleWords &article) {
    QList<Span> spans;
    auto capital = [&](int k) {
        const SentenceWord &w = words.at(k);
        if (!w.text.at(0).isUpper() || demonyms().contains(w.lower) ||
            monthNames().contains(w.lower) || weekdayNames().contains(w.lower) ||
            notNameWords().contains(w.lower))
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
            if (next.lower == QStringLiteral("of") && last + 2 < words.size() &&
                capital(last + 2) && words.at(last + 2).start == next.end + 1) {
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

bool refersBack(const QString &lowerSentence) {
    static const QRegularExpression rx(QStringLiteral(
        "\\b(?:it|its|the "
        "(?:company|firm|group|bank|lender|business|chipmaker|giant|startup|start-up)|shares)\\b"));
    return rx.match(lowerSentence).hasMatch();
}

// --- Putting a figure together -----------------------------------------------------------

// Every measure word of a sentence, in one pass over its words.
QList<MeasureHit> measureHits(const Words &words) {
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

QString measureFor(const Figure &f, const QList<MeasureHit> &hits, QStringView lower,
                   qsizetype figStart, qsizetype figEnd) {
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
        if ((f.kind == Figure::Kind::Money && !rule.money) ||
            (f.kind == Figure::Kind::Percent && !rule.percent))
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
        return f.direction == Figure::Direction::None ? QStringLiteral("share")
                                                      : QStringLiteral("change");
    return QStringLiteral("amount");
}

Figure::Direction directionFor(const Words &words, qsizetype start, qsizetype end) {
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
QString qualifierFor(const Words &words, qsizetype start, qsizetype *phraseStart) {
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
ArticleWords articleWordsOf(const SentenceWordLists &sentenceWords,
                            const QSet<QString> &storyWords) {
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
QString subjectOf(const SentenceWordLists &sentenceWords, const ArticleWords &articleWords) {
    QHash<QString, int> mentions, firstMention;
    for (const Words &words : sentenceWords) {
        for (int k = 0; k < words.size(); ++k) {
            const SentenceWord &w = words.at(k);
            if (!w.text.at(0).isUpper() || (k == 0 && !initialIsName(words, articleWords)))
                continue;
            if (w.alphabetic && !notNameWords().contains(w.lower) &&
                !demonyms().contains(w.lower) && !monthNames().contains(w.lower) &&
                !weekdayNames().contains(w.lower)) {
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
            (it.value() == mentions.value(subject) &&
             firstMention.value(it.key()) < firstMention.value(subject)))
            subject = it.key();
    }
    return subject;
}

// The capitalised runs of the sentence that do not overlap a kept figure.
QList<Span> usableNames(QStringView s, const Words &words, const ArticleWords &articleWords,
                        const QList<std::optional<Kept>> &kept) {
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
Figure figureOf(const Kept &k, int articleIndex, const FigureSentence &sentence,
                const QString &body, const QList<MeasureHit> &hits) {
    const Candidate &c = k.c;
    Figure f;
    f.article = articleIndex;
    f.sentence = sentence.index;
    f.range = TextRange{sentence.range.start + c.start, c.end - c.start};
    f.text = body.mid(f.range.start, f.range.length);
    f.kind = k.kind;
    f.value = (c.negative ? -1.0 : 1.0) * c.number * c.scale * (c.subunit ? 0.01 : 1.0);
    f.unit = k.kind == Figure::Kind::Percent
                 ? (c.points ? QStringLiteral("percentage points") : QStringLiteral("percent"))
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
void attachIndexName(Figure &f, const Candidate &c, const FigureSentence &sentence) {
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
void attachNameBefore(Figure &f, const Candidate &c, const FigureSentence &sentence) {
    if (!f.entity.isEmpty())
        return;
    for (int u = 0; u < sentence.usable.size(); ++u) {
        const Span &span = sentence.usable.at(u);
        if (span.end > c.start)
            break;
        const QString lead =
            sentence.text
                .mid(std::max<qsizetype>(0, span.start - 7), std::min<qsizetype>(7, span.start))
                .toString()
                .toLower();
        const bool qualifiesAnother = u > 0 && (lead.endsWith(QStringLiteral("of the ")) ||
                                                lead.endsWith(QStringLiteral(" of ")));
        if (!qualifiesAnother)
            f.entity = span.text;
    }
}

// "a 1.4% decline in the Nikkei 225", "a 5% stake in Kestrel": the name that the figure's
// own phrase points to wins over the nearest one before it.
void attachPhraseTarget(Figure &f, const Candidate &c, const FigureSentence &sentence) {
    const Words &words = sentence.words;
    const int after = wordAtOrAfter(words, c.end);
    for (int w = after + 1; w < std::min<int>(int(words.size()) - 1, after + 2); ++w) {
        if (phraseStops().contains(words.at(after).lower) ||
            (words.at(w).lower != QStringLiteral("in") &&
             words.at(w).lower != QStringLiteral("of")))
            continue;
        int target = w + 1;
        if (target < words.size() && (words.at(target).lower == QStringLiteral("the") ||
                                      words.at(target).lower == QStringLiteral("its")))
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
void attachWhatPriceBuys(Figure &f, const Candidate &c, const FigureSentence &sentence) {
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
    if (w + 1 < words.size() && words.at(w).lower == QStringLiteral("for") &&
        words.at(w).start - k <= 1) {
        for (const Span &span : sentence.usable) {
            if (span.start == words.at(w + 1).start)
                f.entity = span.text;
        }
    }
}

// "The chip maker … fell behind Apple and Microsoft, when its market value shrank to $2.9tn":
// a sentence about "the chip maker" or "it" is about what the article spoke of before (the
// previous figure's entity, else the subject), not about the names it is compared with.
void attachReferent(Figure &f, const Candidate &c, const FigureSentence &sentence,
                    const QString &before, const QString &subject) {
    const Words &words = sentence.words;
    if (f.kind != Figure::Kind::Count && words.size() > 1 &&
        ((words.at(0).lower == QStringLiteral("the") && words.at(1).text.at(0).isLower()) ||
         words.at(0).lower == QStringLiteral("it")) &&
        QStringView(sentence.lower).left(c.start).contains(QStringLiteral("its ")) &&
        !(f.measure == QStringLiteral("index level"))) {
        if (!before.isEmpty() || !subject.isEmpty())
            f.entity = before.isEmpty() ? subject : before;
    }
    if (f.entity.isEmpty() && refersBack(sentence.lower))
        f.entity = subject;
}

// Failing all else, the first name after the figure.
void attachNameAfter(Figure &f, const Candidate &c, const FigureSentence &sentence) {
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
void attachEntity(Figure &f, const Candidate &c, const FigureSentence &sentence,
                  const QString &before, const QString &subject) {
    attachIndexName(f, c, sentence);
    attachNameBefore(f, c, sentence);
    attachPhraseTarget(f, c, sentence);
    attachWhatPriceBuys(f, c, sentence);
    attachReferent(f, c, sentence, before, subject);
    attachNameAfter(f, c, sentence);
    if (f.kind == Figure::Kind::Percent && f.measure != QStringLiteral("index level") &&
        isIndexName(f.entity))
        f.measure = QStringLiteral("index level");
    if (f.kind == Figure::Kind::Percent && commonEntities().contains(f.entity))
        f.measure = QStringLiteral("price");
}

} // namespace Parallax::FigureSteps
