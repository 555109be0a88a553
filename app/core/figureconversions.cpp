// SPDX-License-Identifier: GPL-3.0-or-later
// Step 4, pair conversions .
#include "core/figuresteps.h"

#include "core/comparison.h"

#include <cmath>

namespace Parallax::FigureSteps {

// Step 4: paired conversions, "$600bn (£482bn)", "100 billion yuan ($13m)", "£3bn, or
// $3.6bn": the second amount is the first in another currency, about the same thing.
void pairConversions(QList<Figure> &figures, int firstOfSentence, const QString &body) {
    // Between the two: "(", ", or", "(about" and the like, nothing else.
    const QSet<QString> &linking = FigureLexicon::english().conversionLinks;
    for (int fi = firstOfSentence; fi + 1 < figures.size(); ++fi) {
        Figure &from = figures[fi];
        Figure &to = figures[fi + 1];
        if (from.kind != Figure::Kind::Money || to.kind != Figure::Kind::Money ||
            from.unit == to.unit)
            continue;
        const QStringView between =
            QStringView(body).mid(from.range.end(), to.range.start - from.range.end());
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

} // namespace Parallax::FigureSteps
