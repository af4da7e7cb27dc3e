#include "StationFixture.h"

#include "services/DemoGenerator.h"
#include "services/IntegrityCheck.h"
#include "services/Statistics.h"
#include "database/SqlUtil.h"

#include <QJsonArray>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void realisticAndConsistent()
    {
        Station station;
        DemoOptions options;
        options.households = 400;
        options.seed = 42;
        int progressCalls = 0;
        options.progress = [&](int done, int total) {
            ++progressCalls;
            return done <= total;
        };
        auto summary = DemoGenerator::generate(*station.db, options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->households, 400);
        QVERIFY(summary->members > 400 * 2);
        QVERIFY(progressCalls >= 1);
        const CheckReport report = IntegrityCheck::run(*station.db);
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QLatin1Char('\n'))));

        auto stats = Statistics::collect(*station.db, admin());
        QVERIFY(stats);
        const QJsonObject byCategory = stats->value(QStringLiteral("by_category")).toObject();
        for (const QString &code : {QStringLiteral("tekun"), QStringLiteral("dibao"), QStringLiteral("edge"), QStringLiteral("expense"), QStringLiteral("none")})
            QVERIFY2(byCategory.value(code).toInt() > 0, qPrintable(code));
        QCOMPARE(stats->value(QStringLiteral("by_township")).toArray().size(), 6);
    }

    void sameSeedSamePeople()
    {
        auto namesFor = [](quint32 seed) {
            Station station;
            DemoOptions options;
            options.households = 30;
            options.seed = seed;
            if (!DemoGenerator::generate(*station.db, options))
                return QStringList();
            auto q = sql::exec(station.db->sql(), QStringLiteral("SELECT name || id_number FROM members ORDER BY rowid"));
            QStringList names;
            while (q.value().next())
                names.append(q.value().value(0).toString());
            return names;
        };
        const QStringList a = namesFor(7);
        QVERIFY(!a.isEmpty());
        QCOMPARE(namesFor(7), a);
        QVERIFY(namesFor(8) != a);
    }

    void refusesNonsense()
    {
        Station station;
        DemoOptions options;
        options.households = 0;
        QVERIFY(!DemoGenerator::generate(*station.db, options));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
