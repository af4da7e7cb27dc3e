#include "domain/HybridClock.h"
#include "domain/VersionVector.h"

#include <QTest>

using namespace sn;

Q_DECLARE_METATYPE(sn::VersionVector)

namespace {

QString stamp(qint64 wall, const char *writer)
{
    return HlcStamp { wall, 0, QString::fromLatin1(writer) }.toString();
}

VersionVector vv(std::initializer_list<QString> stamps)
{
    VersionVector v;
    for (const QString &s : stamps)
        v.add(s);
    return v;
}

} // namespace

class TestVersionVector : public QObject
{
    Q_OBJECT
private slots:
    void compare_data()
    {
        QTest::addColumn<VersionVector>("a");
        QTest::addColumn<VersionVector>("b");
        QTest::addColumn<int>("order");
        using O = VersionVector::Order;
        QTest::newRow("same") << vv({ stamp(1, "A") }) << vv({ stamp(1, "A") }) << int(O::Same);
        QTest::newRow("later edit of the same writer")
            << vv({ stamp(1, "A") }) << vv({ stamp(2, "A") }) << int(O::Before);
        // B edited the row after receiving A's version: B's version descends from A's, not a conflict.
        QTest::newRow("edit on top of another station's")
            << vv({ stamp(1, "A") }) << vv({ stamp(1, "A"), stamp(5, "B") }) << int(O::Before);
        QTest::newRow("original against a later edit")
            << vv({ stamp(9, "A"), stamp(12, "C") }) << vv({ stamp(9, "A") }) << int(O::After);
        // Made without seeing each other: a conflict, whichever stamp is greater.
        QTest::newRow("concurrent") << vv({ stamp(1, "A") }) << vv({ stamp(2, "B") }) << int(O::Concurrent);
        QTest::newRow("concurrent on a shared base")
            << vv({ stamp(1, "A"), stamp(3, "B") }) << vv({ stamp(1, "A"), stamp(4, "C") }) << int(O::Concurrent);
        QTest::newRow("one saw an older edit of the other")
            << vv({ stamp(1, "A"), stamp(3, "B") }) << vv({ stamp(2, "A") }) << int(O::Concurrent);
        // A station restored from a backup writes under a new name: its new edits did not see what it lost.
        QTest::newRow("restored station")
            << vv({ stamp(5, "A") }) << vv({ stamp(3, "A"), stamp(6, "A~r1") }) << int(O::Concurrent);
    }
    void compare()
    {
        QFETCH(VersionVector, a);
        QFETCH(VersionVector, b);
        QFETCH(int, order);
        QCOMPARE(int(VersionVector::compare(a, b)), order);
        // The other way round mirrors it.
        const int mirrored = order == int(VersionVector::Order::Before) ? int(VersionVector::Order::After)
            : order == int(VersionVector::Order::After)                 ? int(VersionVector::Order::Before)
                                                                        : order;
        QCOMPARE(int(VersionVector::compare(b, a)), mirrored);
    }

    void mergeCoversBoth()
    {
        VersionVector a = vv({ stamp(1, "A"), stamp(3, "B") });
        const VersionVector b = vv({ stamp(2, "A"), stamp(4, "C") });
        const VersionVector before = a;
        a.merge(b);
        QVERIFY(a.covers(before));
        QVERIFY(a.covers(b));
        QCOMPARE(a.latestOf(QStringLiteral("A")), stamp(2, "A"));
        QCOMPARE(a.size(), 3);
    }

    void textRoundTrip()
    {
        const VersionVector a = vv({ stamp(1, "A"), stamp(3, "B-2"), stamp(7, "A~r1") });
        QCOMPARE(VersionVector::fromText(a.toText()), a);
        bool ok = false;
        QCOMPARE(VersionVector::fromStamps(a.stamps(), &ok), a);
        QVERIFY(ok);
        QVERIFY(VersionVector::fromText(QString()).isEmpty());
        // Stored text that grew by appending (a trigger adds the stamp an edit replaced): the latest per writer.
        QCOMPARE(VersionVector::fromText(stamp(1, "A") + QLatin1Char(' ') + stamp(2, "A") + QStringLiteral(" junk")),
            vv({ stamp(2, "A") }));
    }

    void bundleStampsAreStrict_data()
    {
        QTest::addColumn<QStringList>("stamps");
        QTest::newRow("garbage") << QStringList { QStringLiteral("nonsense") };
        QTest::newRow("one writer twice") << QStringList { stamp(1, "A"), stamp(2, "A") };
    }
    void bundleStampsAreStrict()
    {
        QFETCH(QStringList, stamps);
        bool ok = true;
        QVERIFY(VersionVector::fromStamps(stamps, &ok).isEmpty());
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestVersionVector)
#include "tst_versionvector.moc"
