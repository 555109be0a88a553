// SPDX-License-Identifier: GPL-3.0-or-later
#include "figures.h"

#include "core/comparison.h"
#include "core/figuresteps.h"
#include "core/sentencewords.h"

namespace Parallax {

using namespace FigureSteps;

QSet<QString> FigureExtractor::lowercaseWords(const QString &text) {
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
                                       const SentenceWordLists &sentenceWords,
                                       const QSet<QString> &storyWords) {
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
        if (!numberWords &&
            std::none_of(s.cbegin(), s.cend(), [](QChar ch) { return ch.isDigit(); }))
            continue; // no number in it

        const QList<Candidate> candidates = candidatesIn(s, words, numberWords, commaDecimals);
        const QList<std::optional<Kept>> kept = classify(s, words, candidates);
        if (std::none_of(kept.cbegin(), kept.cend(), [](const auto &k) { return k.has_value(); }))
            continue;

        const FigureSentence sentence{
            si, range, s, s.toString().toLower(), words, usableNames(s, words, articleWords, kept)};
        const QList<MeasureHit> hits = measureHits(words);
        const int firstOfSentence = int(figures.size());
        // What the sentence spoke of before its figures: the entity of the previous figure.
        const QString before =
            firstOfSentence > 0 ? figures.at(firstOfSentence - 1).entity : QString();
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
