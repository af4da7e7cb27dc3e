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
        clock.observe(HlcStamp { 5000, 7, QStringLiteral("B") });
        const HlcStamp next = clock.now();
        QVERIFY((HlcStamp { 5000, 7, QStringLiteral("B") }) < next);
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
        const HlcStamp a { wallA, counterA, QStringLiteral("s1") };
        const HlcStamp b { wallB, counterB, QStringLiteral("s1") };
        QVERIFY(a < b);
        QVERIFY(a.toString() < b.toString());
        bool ok = false;
        QCOMPARE(HlcStamp::fromString(b.toString(), &ok), b);
        QVERIFY(ok);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nonsense") << QStringLiteral("nonsense");
        QTest::newRow("short counter") << QStringLiteral("000000000001000-7-A");
        QTest::newRow("wide counter") << QStringLiteral("000000000001000-1000000-A");
        QTest::newRow("no station") << QStringLiteral("000000000001000-000007-");
    }
    void rejectsGarbage()
    {
        QFETCH(QString, text);
        bool ok = true;
        HlcStamp::fromString(text, &ok);
        QVERIFY(!ok);
    }

    // A million events in one millisecond (a bulk import on a fast disk) carry into the next: the counter's text
    // keeps six digits, so stamps compared as text still sort like stamps.
    void counterCarriesIntoTheNextMillisecond()
    {
        const qint64 wall = 1000;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        clock.restore(HlcStamp { 1000, HlcStamp::MaxCounter - 1, QStringLiteral("A") });
        const HlcStamp last = clock.now();
        QCOMPARE(last.counter, HlcStamp::MaxCounter);
        const HlcStamp carried = clock.now();
        QCOMPARE(carried.wallMs, 1001);
        QCOMPARE(carried.counter, 0u);
        QVERIFY(last.toString() < carried.toString());
        QCOMPARE(carried.toString().size(), last.toString().size());

        clock.observe(HlcStamp { 5000, HlcStamp::MaxCounter, QStringLiteral("B") });
        QCOMPARE(clock.last().wallMs, 5001);
        QCOMPARE(clock.last().counter, 0u);
    }

    void restoreAfterRestart()
    {
        qint64 wall = 100;
        HybridClock clock(QStringLiteral("A"), [&wall] { return wall; });
        clock.restore(HlcStamp { 2000, 3, QStringLiteral("A") });
        QVERIFY((HlcStamp { 2000, 3, QStringLiteral("A") }) < clock.now());
    }
};

QTEST_APPLESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
