// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: story profiles read back from the library (stored bytes), made from text,
// compared, grouped (all, or what a new one reaches) and explained.
#include "core/article.h"
#include "core/storygrouper.h"
#include "core/storyprofile.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Parallax;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const StoryProfile stored = StoryProfile::fromBytes(bytes);
    Article article;
    const qsizetype split = bytes.indexOf('\n');
    article.title = QString::fromUtf8(bytes.left(std::max<qsizetype>(0, split)));
    article.body = QString::fromUtf8(bytes.mid(split + 1));
    const StoryProfile made = StoryProfile::of(article);
    if (StoryProfile::fromBytes(made.toBytes()) != made)
        __builtin_trap(); // what is stored must read back the same
    StoryGrouper::Rarity rarity;
    rarity.documents = 10;
    QList<StoryGrouper::Item> items;
    for (int i = 0; i < 3; ++i)
        items.append({i + 1, QByteArray::number(i), QDate(2025, 1, 28).addDays(i), i == 1 ? stored : made, 0, 0, {}, {}});
    StoryGrouper::group(items, rarity);
    StoryGrouper::regroup(items, rarity, {3});
    StoryGrouper::explain({stored, made, made}, rarity);
    return 0;
}
