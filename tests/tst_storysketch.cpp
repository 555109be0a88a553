// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storysketch.h"
#include "importers/textimporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Parallax;

// The story fingerprint: copies and rewrites of one story come out close and share a band,
// unrelated coverage does not.
class TestStorySketch final : public QObject
{
    Q_OBJECT

    static Article read(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return *TextImporter().parse(f.readAll(), path).article;
    }

    static bool shareABand(const StorySketch &a, const StorySketch &b)
    {
        for (qsizetype i = 0; i < std::min(a.bands.size(), b.bands.size()); ++i) {
            if (a.bands.at(i) == b.bands.at(i))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void sameStoryIsCloseOtherStoryIsNot()
    {
        const QString samples = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/samples/");
        const StorySketch wire = StorySketch::of(read(samples + QStringLiteral("01_northgate-wire.txt")));
        const StorySketch copy = StorySketch::of(read(samples + QStringLiteral("02_brightwater-post.txt")));
        const StorySketch rewrite = StorySketch::of(read(samples + QStringLiteral("03_coastline-courier.txt")));
        QCOMPARE(wire.minhash.size(), StorySketch::kHashes + StorySketch::kFactHashes);
        QCOMPARE(wire.bands.size(), StorySketch::kBands + StorySketch::kFactBands);
        qInfo() << "copy" << wire.similarity(copy) << "rewrite" << wire.similarity(rewrite);
        QVERIFY(wire.similarity(copy) > 0.5);
        QVERIFY(shareABand(wire, copy));
        QVERIFY(wire.similarity(rewrite) > 0.2);
        QVERIFY(shareABand(wire, rewrite)); // reworded coverage of the same story is a candidate

        Article other;
        other.body = QStringLiteral("The council approved a new cycle lane on the high street after a long consultation with "
                                    "residents and shopkeepers, who had worried about deliveries and parking in the town centre.");
        const StorySketch unrelated = StorySketch::of(other);
        QCOMPARE(unrelated.minhash.size(), StorySketch::kHashes); // no names or figures: no facts signature
        QCOMPARE(wire.factSimilarity(unrelated), 0.0);
        QVERIFY(wire.factSimilarity(copy) > 0.5);
        QVERIFY(wire.similarity(unrelated) < 0.1);
        QVERIFY(!shareABand(wire, unrelated));

        // Round trip through bytes, as the library stores it.
        const StorySketch back = StorySketch::fromBytes(wire.toBytes());
        QCOMPARE(back.minhash, wire.minhash);
        QCOMPARE(back.bands, wire.bands);
    }
};

QTEST_GUILESS_MAIN(TestStorySketch)
#include "tst_storysketch.moc"
