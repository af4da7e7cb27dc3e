#include "domain/HybridClock.h"

#include <QTest>

using namespace sn;

class TestHybridClock : public QObject
{
    Q_OBJECT
private slots:
    void monotonicWhenTheWallClockStandsStillOrGoesBack()
    {
        qint64 wall = 1000;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        const HlcStamp a = clock.now();
        const HlcStamp b = clock.now();
        wall = 500; // the PC's clock was set back
        const HlcStamp c = clock.now();
        QVERIFY(a < b);
        QVERIFY(b < c);
        QCOMPARE(c.wallMs, 1000);
        QCOMPARE(c.counter, 2u);
    }

    void observeMovesPastRemoteStamps()
    {
        qint64 wall = 1000;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        clock.observe(HlcStamp{5000, 7, QStringLiteral("B")});
        const HlcStamp next = clock.now();
        QVERIFY((HlcStamp{5000, 7, QStringLiteral("B")}) < next);
        QCOMPARE(next.station, QStringLiteral("A"));
    }

    void textSortsLikeStamps_data()
    {
        QTest::addColumn<qint64>("wallA");
        QTest::addColumn<uint>("counterA");
        QTest::addColumn<qint64>("wallB");
        QTest::addColumn<uint>("counterB");
        QTest::newRow("wall") << qint64(999) << 5u << qint64(1000) << 0u;
        QTest::newRow("counter") << qint64(1000) << 9u << qint64(1000) << 10u;
        QTest::newRow("digits") << qint64(99999) << 0u << qint64(100000) << 0u;
    }
    void textSortsLikeStamps()
    {
        QFETCH(qint64, wallA);
        QFETCH(uint, counterA);
        QFETCH(qint64, wallB);
        QFETCH(uint, counterB);
        const HlcStamp a{wallA, counterA, QStringLiteral("s1")};
        const HlcStamp b{wallB, counterB, QStringLiteral("s1")};
        QVERIFY(a < b);
        QVERIFY(a.toString() < b.toString());
        bool ok = false;
        QCOMPARE(HlcStamp::fromString(b.toString(), &ok), b);
        QVERIFY(ok);
    }

    void rejectsGarbage()
    {
        bool ok = true;
        HlcStamp::fromString(QStringLiteral("nonsense"), &ok);
        QVERIFY(!ok);
    }

    void restoreAfterRestart()
    {
        qint64 wall = 100;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        clock.restore(HlcStamp{2000, 3, QStringLiteral("A")});
        QVERIFY((HlcStamp{2000, 3, QStringLiteral("A")}) < clock.now());
    }
};

QTEST_APPLESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
