// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/synonymtable.h"

#include <QTest>

using namespace Parallax;

// The WordNet synonym table built into the engine: stems in their usual sense.
class TestSynonymTable final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (SynonymTable::english().isEmpty())
            QSKIP("built without WordNet (packaging/install-deps.sh installs wordnet-base)");
    }

    void joins_data() {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("other");
        QTest::addColumn<bool>("expected");
        QTest::newRow("lawyer ~ attorney")
            << QStringLiteral("lawyer") << QStringLiteral("attorney") << true;
        QTest::newRow("both directions")
            << QStringLiteral("attorney") << QStringLiteral("lawyer") << true;
        QTest::newRow("restrict ~ curtail")
            << QStringLiteral("restrict") << QStringLiteral("curtail") << true;
        QTest::newRow("choos ~ select (stems)")
            << QStringLiteral("choos") << QStringLiteral("select") << true;
        QTest::newRow("absurd ~ ridiculous")
            << QStringLiteral("absurd") << QStringLiteral("ridicul") << true;
        QTest::newRow("unrelated words")
            << QStringLiteral("lawyer") << QStringLiteral("restrict") << false;
        QTest::newRow("a word is not its own synonym")
            << QStringLiteral("lawyer") << QStringLiteral("lawyer") << false;
        QTest::newRow("a rare sense does not count: select is no prize")
            << QStringLiteral("select") << QStringLiteral("prize") << false;
        QTest::newRow("prefix of a line is no match")
            << QStringLiteral("lawy") << QStringLiteral("attorney") << false;
        QTest::newRow("empty") << QString() << QStringLiteral("attorney") << false;
    }
    void joins() {
        QFETCH(QString, stem);
        QFETCH(QString, other);
        QFETCH(bool, expected);
        QCOMPARE(SynonymTable::english().joins(stem, other), expected);
        if (expected)
            QVERIFY(SynonymTable::english().partners(stem).contains(other.toUtf8()));
    }
};

QTEST_APPLESS_MAIN(TestSynonymTable)
#include "tst_synonymtable.moc"
