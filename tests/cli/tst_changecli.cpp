// Changes of payment and appeals at the command line (issue 22, item 5): `change add|confirm|show|notice|apply-due`,
// `changes [--household ID] [--json]`, `appeal add|decide`, `appeals`, on a fixed clock (--today).
#include "CliRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sn::test;

class TestChangeCli : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_password;
    QString m_db;
    QString m_household;

    using Run = CliRun;

    Run run(QStringList args, const QString &today, const QByteArray &input = {})
    {
        return runCli(m_cli, m_db, m_password, std::move(args), today, input);
    }

    int amountOf(const QString &day)
    {
        const Run r
            = run({ QStringLiteral("household"), QStringLiteral("show"), m_household, QStringLiteral("--json") }, day);
        return qRound(r.object().value(QStringLiteral("monthly_amount")).toString().toDouble());
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("SN_CLI");
        QVERIFY2(QFile::exists(m_cli), "SN_CLI must point at safetynet-cli");
        m_password = m_dir.filePath(QStringLiteral("admin.pw"));
        QFile f(m_password);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("admin-password-2026\n");
        f.close();
        QFile::setPermissions(m_password, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_db = m_dir.filePath(QStringLiteral("bureau.sqlite"));
        const Run init = run({ QStringLiteral("init"), QStringLiteral("--township"), QStringLiteral("城北区"),
                                 QStringLiteral("--station"), QStringLiteral("区民政局"), QStringLiteral("--admin"),
                                 QStringLiteral("admin"), QStringLiteral("--password-file"), m_password },
            QStringLiteral("2026-12-01"));
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const QByteArray json = R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社2号",
            "category": "dibao", "monthly_amount": "600", "start_date": "2025-03-01",
            "members": [{"name": "王五", "id_number": "630105198001010018", "relation": "户主"}]})";
        const Run r
            = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
                QStringLiteral("2026-12-01"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_household = r.object().value(QStringLiteral("id")).toString();
        QVERIFY(!m_household.isEmpty());
    }

    // The 2023 categories by code or name, and a 刚性支出困难 finding of January listed for renewal from December
    // (`renewals`), with the day it lapses in the household's JSON (issue 22, item 7).
    void monitoringCategoriesAndRenewals()
    {
        const QByteArray monitored = R"({"township": "朝阳街道", "village": "北园村", "category": "防止返贫监测对象",
            "category_override_reason": "区乡村振兴局认定", "address": "北园村2社8号",
            "members": [{"name": "赵六", "id_number": "630105195503150025", "relation": "户主"}]})";
        Run r
            = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
                QStringLiteral("2026-12-01"), monitored);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("category")).toString(), QStringLiteral("monitored"));
        QVERIFY(r.object().value(QStringLiteral("category_lapses_on")).isNull());
        const QByteArray expense = R"({"township": "朝阳街道", "village": "北园村", "category": "expense",
            "category_override_reason": "医疗自付费用超过家庭收入", "category_found_on": "2026-01-15",
            "address": "北园村4社1号", "members": [{"name": "孙七", "id_number": "11010519491231002X",
            "relation": "户主"}]})";
        r = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2026-12-01"), expense);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        QCOMPARE(r.object().value(QStringLiteral("category_found_on")).toString(), QStringLiteral("2026-01-15"));
        QCOMPARE(r.object().value(QStringLiteral("category_lapses_on")).toString(), QStringLiteral("2027-01-15"));
        r = run({ QStringLiteral("renewals"), QStringLiteral("--json") }, QStringLiteral("2026-12-14"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = run({ QStringLiteral("renewals"), QStringLiteral("--json") }, QStringLiteral("2026-12-15"));
        const QJsonArray due = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().toObject().value(QStringLiteral("household_id")).toString(), id);
        QCOMPARE(due.first().toObject().value(QStringLiteral("head")).toString(), QStringLiteral("孙七"));
        QCOMPARE(due.first().toObject().value(QStringLiteral("lapses_on")).toString(), QStringLiteral("2027-01-15"));
    }

    void aDecreaseWithItsNotice()
    {
        const QByteArray json = QStringLiteral(R"({"household_id": "%1", "kind": "decrease", "effective_month":
            "2026-12", "amount": 420, "reasons": "户主在县城务工，月收入1500元"})")
                                    .arg(m_household)
                                    .toUtf8();
        Run r = run({ QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2026-12-02"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("proposed"));
        QCOMPARE(r.object().value(QStringLiteral("old_amount")).toString(), QStringLiteral("600.00"));
        // No notice before the decision.
        const QString pdf = m_dir.filePath(QStringLiteral("减发告知书.pdf"));
        r = run({ QStringLiteral("change"), QStringLiteral("notice"), id, QStringLiteral("--out"), pdf },
            QStringLiteral("2026-12-02"));
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(pdf));
        r = run({ QStringLiteral("change"), QStringLiteral("confirm"), id, QStringLiteral("--json") },
            QStringLiteral("2026-12-03"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(amountOf(QStringLiteral("2026-12-03")), 420);
        r = run({ QStringLiteral("change"), QStringLiteral("notice"), id, QStringLiteral("--out"), pdf },
            QStringLiteral("2026-12-03"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pdfaid:part")); // PDF/A, for the file
        const QString text = pdfTextWithoutSpaces(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("低保金减发告知书")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("王五")));
        QVERIFY(text.contains(QStringLiteral("你户家庭人口、收入或财产状况发生变化"))); // 户, not the radical ⼾
        QVERIFY(text.contains(QStringLiteral("420.00元")));
        QVERIFY(text.contains(QStringLiteral("2026年12月")));
        QVERIFY(text.contains(QStringLiteral("行政复议")));
        QVERIFY(!text.contains(QStringLiteral("630105198001010018")));
        QVERIFY(!text.contains(QStringLiteral("北园村1社2号")));
    }

    void aStopNextMonthTakesEffectInItsMonth()
    {
        const QByteArray json = QStringLiteral(R"({"household_id": "%1", "kind": "stop", "effective_month": "2027-01",
            "reasons": ["家庭人均收入超过低保标准", "经入户核查"]})")
                                    .arg(m_household)
                                    .toUtf8();
        Run r = run({ QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2026-12-10"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        r = run({ QStringLiteral("change"), QStringLiteral("confirm"), id }, QStringLiteral("2026-12-11"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({ QStringLiteral("change"), QStringLiteral("apply-due"), QStringLiteral("--json") },
            QStringLiteral("2026-12-31"));
        QCOMPARE(r.object().value(QStringLiteral("applied")).toInt(), 0);
        r = run({ QStringLiteral("change"), QStringLiteral("apply-due"), QStringLiteral("--json") },
            QStringLiteral("2027-01-01"));
        QCOMPARE(r.object().value(QStringLiteral("applied")).toInt(), 1);
        r = run({ QStringLiteral("household"), QStringLiteral("show"), m_household, QStringLiteral("--json") },
            QStringLiteral("2027-01-01"));
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("exited"));
        r = run({ QStringLiteral("changes"), QStringLiteral("--household"), m_household, QStringLiteral("--json") },
            QStringLiteral("2027-01-01"));
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("stop"));
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("reasons")).toString(),
            QStringLiteral("家庭人均收入超过低保标准\n经入户核查"));
    }

    void anAppealAndItsOutcome()
    {
        Run r = run({ QStringLiteral("changes"), QStringLiteral("--json") }, QStringLiteral("2027-01-05"));
        const QString change = r.array().at(0).toObject().value(QStringLiteral("id")).toString();
        const QByteArray json = QStringLiteral(R"({"change_id": "%1", "kind": "reconsideration", "appellant": "王五",
            "lodged_on": "2027-01-05", "grounds": "务工收入不稳定"})")
                                    .arg(change)
                                    .toUtf8();
        r = run({ QStringLiteral("appeal"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2027-01-05"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        QCOMPARE(r.object().value(QStringLiteral("household_id")).toString(), m_household);
        r = run({ QStringLiteral("appeal"), QStringLiteral("decide"), id, QStringLiteral("--outcome"),
                    QStringLiteral("maybe") },
            QStringLiteral("2027-02-01"));
        QCOMPARE(r.code, 1);
        r = run({ QStringLiteral("appeal"), QStringLiteral("decide"), id, QStringLiteral("--outcome"),
                    QStringLiteral("upheld"), QStringLiteral("--date"), QStringLiteral("2027-01-30") },
            QStringLiteral("2027-02-01"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({ QStringLiteral("appeals"), QStringLiteral("--json") }, QStringLiteral("2027-02-01"));
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("upheld"));
        QCOMPARE(
            r.array().at(0).toObject().value(QStringLiteral("decided_on")).toString(), QStringLiteral("2027-01-30"));
    }

    void badInputNamesTheField()
    {
        const QByteArray json = QStringLiteral(R"({"household_id": "%1", "kind": "raise", "effective_month": "2027-03",
            "reasons": "x"})")
                                    .arg(m_household)
                                    .toUtf8();
        const Run r
            = run({ QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
                QStringLiteral("2027-02-01"), json);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("kind")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestChangeCli)
#include "tst_changecli.moc"
