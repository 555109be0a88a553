// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/claimorder.h"

#include <algorithm>

namespace Parallax {

int ClaimOrder::outletsOf(const Comparison &comparison, int claim) {
    QList<int> articles;
    for (const Claim::Member &m : comparison.claims.at(claim).members) {
        if (!articles.contains(m.article))
            articles.append(m.article);
    }
    return int(articles.size());
}

ClaimOrder ClaimOrder::of(const Comparison &comparison) {
    ClaimOrder order;
    for (const Claim &claim : comparison.claims) {
        if (outletsOf(comparison, claim.id) >= 2)
            order.shared.append(claim.id);
    }
    // Claim ids follow the order sentences are met (article by article), so a stable sort
    // on the count alone breaks ties by position.
    std::stable_sort(order.shared.begin(), order.shared.end(), [&](int x, int y) {
        return outletsOf(comparison, x) > outletsOf(comparison, y);
    });
    for (const ComparedArticle &article : comparison.articles) {
        QList<int> only;
        for (int s = 0; s < article.sentences.size(); ++s) {
            if (article.sentences.at(s).isUnique())
                only.append(s);
        }
        order.onlyIn.append(only);
    }
    return order;
}

QString ClaimOrder::shortened(const QString &sentence, int maxChars) {
    const QString t = sentence.simplified();
    if (t.size() <= maxChars)
        return t;
    qsizetype cut = t.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    return t.left(cut) + QChar(0x2026);
}

} // namespace Parallax
