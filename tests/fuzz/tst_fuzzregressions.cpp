// Every input a fuzz target ever found a problem with (tests/fuzz/regressions/<target>/), run through the same
// code the target runs (FuzzInputs.cpp) in the ordinary build: it must be refused with a message, never crash.
// A file named ok-* must be accepted instead. The seed corpora (tests/fuzz/corpus/) are run too: the bundles
// must open with the test key, and nothing may crash.
#include "fuzz/FuzzInputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace sn;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

    static QString fuzzDir() { return qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/fuzz/"); }

    static void addRows(const QString &kind)
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        for (const fuzz::Target &t : fuzz::targets()) {
            const QString name = QString::fromLatin1(t.name);
            const QDir dir(fuzzDir() + kind + u'/' + name);
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name + u'/' + f)) << name << dir.filePath(f);
        }
    }

    static fuzz::Outcome run(const QString &target, const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file));
        for (const fuzz::Target &t : fuzz::targets()) {
            if (QLatin1String(t.name) == target)
                return t.fn(f.readAll());
        }
        qFatal("no target %s", qPrintable(target));
    }

private slots:
    void findingsAreRefusedCleanly_data()
    {
        addRows(QStringLiteral("regressions"));
    }
    void findingsAreRefusedCleanly()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const fuzz::Outcome outcome = run(target, file);
        if (QFileInfo(file).fileName().startsWith(QLatin1String("ok-"))) {
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
        } else if (QFileInfo(file).fileName().startsWith(QLatin1String("freexl-"))) {
            // Memory errors inside FreeXL: whether the child reading the file crashes depends on the heap (without
            // a sanitizer a wild read may return garbage cells). What must hold: this process survives, and an
            // error, if any, says something.
            QVERIFY(outcome.ok || !outcome.error.trimmed().isEmpty());
        } else {
            QVERIFY2(!outcome.ok, "a damaged input was accepted");
            QVERIFY(!outcome.error.trimmed().isEmpty());
        }
    }

    void seedsRunAndBundlesOpen_data() { addRows(QStringLiteral("corpus")); }
    void seedsRunAndBundlesOpen()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const fuzz::Outcome outcome = run(target, file);
        QVERIFY(outcome.ok || !outcome.error.isEmpty());
        if (target == QLatin1String("bundle") || target.startsWith(QLatin1String("xlsx")) || target == QLatin1String("csv")
            || target == QLatin1String("xls"))
            QVERIFY2(outcome.ok, qPrintable(outcome.error)); // the seeds are valid files
    }

    void theRegressionsExist()
    {
        QVERIFY(QFile::exists(fuzzDir() + QStringLiteral("regressions/bundle_payload/uncompress-claims-2gb")));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
