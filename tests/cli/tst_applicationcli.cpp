// The application path at the command line (issue 22): `application add|show|advance`, `applications
// [--overdue] [--township T] [--json]`, `calendar`, `benefit HOUSEHOLD [--json]`, on a fixed clock (--today).
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "services/spreadsheet/Sheet.h"

using namespace sn::test;

class TestApplicationCli : public QObject
{
    Q_OBJECT

    QString m_cli;
    QTemporaryDir m_dir;
    QString m_password;
    QString m_db;
    QString m_household; // 张三's, enrolled by the application

    using Run = CliRun;

    Run run(QStringList args, const QString &today, const QByteArray &input = {})
    {
        return runCli(m_cli, m_db, m_password, std::move(args), today, input);
    }

    Run document(const QString &id, const QString &kind, const QString &out, const QString &day)
    {
        return run({ QStringLiteral("application"), QStringLiteral("document"), id, QStringLiteral("--kind"), kind,
                       QStringLiteral("--out"), out },
            day);
    }

    Run advance(const QString &id, const QString &step, const QString &day, const QStringList &more = {})
    {
        return run(QStringList { QStringLiteral("application"), QStringLiteral("advance"), id, QStringLiteral("--to"),
                       step, QStringLiteral("--date"), day }
                + more,
            day);
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
            QStringLiteral("2026-11-30"));
        QVERIFY2(init.code == 0, qPrintable(init.err));
        for (const char *year : { "2026", "2027" }) {
            const Run s = run({ QStringLiteral("standards"), QStringLiteral("set"), QStringLiteral("--year"),
                                  QLatin1String(year), QStringLiteral("--area"), QStringLiteral("rural"),
                                  QStringLiteral("--dibao"), QStringLiteral("735") },
                QStringLiteral("2026-11-30"));
            QVERIFY2(s.code == 0, qPrintable(s.err));
        }
    }

    void benefitWithItsWorking()
    {
        // 张母 (76, full care) alone: 特困 1.3 × 735 = 955.50 + full care 600 = 1555.50.
        const QByteArray json = R"({"township": "朝阳街道", "village": "北园村", "address": "北园村1社2号",
            "category": "tekun", "category_override_reason": "特困认定",
            "members": [{"name": "张母", "id_number": "63010519500202002X", "relation": "户主",
                         "care_level": "全护理"}]})";
        Run r
            = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
                QStringLiteral("2026-12-01"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        r = run({ QStringLiteral("benefit"), id, QStringLiteral("--json") }, QStringLiteral("2026-12-01"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("monthly_amount")).toString(), QStringLiteral("1555.50"));
        QVERIFY(r.object().value(QStringLiteral("working")).toArray().size() >= 3);
        // Another amount needs a reason; with one it is paid and the computed amount stays beside it.
        QCOMPARE(run({ QStringLiteral("benefit"), id, QStringLiteral("--set"), QStringLiteral("1600") },
                     QStringLiteral("2026-12-01"))
                     .code,
            2);
        r = run({ QStringLiteral("benefit"), id, QStringLiteral("--set"), QStringLiteral("1600"),
                    QStringLiteral("--reason"), QStringLiteral("护理费上调"), QStringLiteral("--json") },
            QStringLiteral("2026-12-01"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("monthly_amount")).toString(), QStringLiteral("1600.00"));
        QCOMPARE(r.object().value(QStringLiteral("computed_amount")).toString(), QStringLiteral("1555.50"));
    }

    void applicationThroughItsSteps()
    {
        const QByteArray householdJson = R"({"township": "朝阳街道", "village": "北园村", "address": "北园村3社15号",
            "members": [{"name": "张三", "id_number": "630105198001010018", "relation": "户主"},
                        {"name": "李四", "id_number": "630105198205060025", "relation": "配偶"}],
            "incomes": [{"kind": "wage", "monthly_amount": "600"}]})";
        Run r
            = run({ QStringLiteral("household"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
                QStringLiteral("2026-12-01"), householdJson);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString household = r.object().value(QStringLiteral("id")).toString();
        m_household = household;
        QCOMPARE(run({ QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("2027-01-01"),
                         QStringLiteral("--name"), QStringLiteral("元旦") },
                     QStringLiteral("2026-12-01"))
                     .code,
            0);

        // Bad input names its field.
        r = run({ QStringLiteral("application"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2026-12-01"), R"({"household_id": "x", "assistance": "dibao"})");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("applied_on")), qPrintable(r.err));

        const QByteArray json = QStringLiteral(R"({"household_id": "%1", "assistance": "dibao", "applied_on":
            "2026-12-01", "authorisation_signed": true, "platform_case_no": "QH-2026-000123",
            "materials": ["户口簿", "身份证"]})")
                                    .arg(household)
                                    .toUtf8();
        r = run({ QStringLiteral("application"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-") },
            QStringLiteral("2026-12-01"), json);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(r.object().value(QStringLiteral("step")).toString(), QStringLiteral("accepted"));
        QCOMPARE(r.object().value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-04"));

        const QString form = m_dir.filePath(QStringLiteral("survey.pdf"));
        r = document(id, QStringLiteral("survey"), form, QStringLiteral("2026-12-01"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        if (const QString text = pdfTextWithoutSpaces(form); !text.isNull()) {
            QVERIFY2(text.contains(QStringLiteral("李四")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("630105198001010018"))); // masked: the form leaves the office
        }
        QVERIFY(advance(id, QStringLiteral("survey"), QStringLiteral("2026-12-03")).code == 0);
        // On 18 December the survey (due the 17th) is one working day late.
        r = run({ QStringLiteral("applications"), QStringLiteral("--overdue"), QStringLiteral("--township"),
                    QStringLiteral("630105001"), QStringLiteral("--json") },
            QStringLiteral("2026-12-18"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("working_days_left")).toInt(), -1);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("deadline")).toString(), QStringLiteral("2026-12-17"));

        r = advance(id, QStringLiteral("publicity"), QStringLiteral("2026-12-21"));
        QCOMPARE(r.code, 2); // no skipping
        QVERIFY(r.err.contains(QStringLiteral("to")));
        QVERIFY(advance(id, QStringLiteral("evaluation"), QStringLiteral("2026-12-21"),
                    { QStringLiteral("--note"), QStringLiteral("务工收入不稳定") })
                    .code
            == 0);
        QVERIFY(advance(id, QStringLiteral("township_review"), QStringLiteral("2026-12-23")).code == 0);
        QVERIFY(advance(id, QStringLiteral("publicity"), QStringLiteral("2026-12-24")).code == 0);
        // The notice posted in the village: the name, never the ID number or the address.
        const QString notice = m_dir.filePath(QStringLiteral("notice.pdf"));
        r = document(id, QStringLiteral("notice"), notice, QStringLiteral("2026-12-24"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile(notice).size() > 1000);
        if (const QString text = pdfTextWithoutSpaces(notice); !text.isNull()) {
            QVERIFY2(text.contains(QStringLiteral("张三")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("870.00")));
            QVERIFY(!text.contains(QStringLiteral("630105198001010018")));
            QVERIFY(!text.contains(QStringLiteral("3社15号")));
        }
        QVERIFY(advance(id, QStringLiteral("county_confirmation"), QStringLiteral("2026-12-31")).code == 0);
        QCOMPARE(document(id, QStringLiteral("notice"), notice, QStringLiteral("2026-12-31")).code, 2); // not at 公示
        QCOMPARE(document(id, QStringLiteral("decision"), notice, QStringLiteral("2026-12-31")).code, 2); // undecided
        r = advance(id, QStringLiteral("decided"), QStringLiteral("2027-01-05"),
            { QStringLiteral("--outcome"), QStringLiteral("approved") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("monthly_amount")).toString(), QStringLiteral("870.00"));
        QCOMPARE(r.object().value(QStringLiteral("start_month")).toString(), QStringLiteral("2027-02"));
        QVERIFY(advance(id, QStringLiteral("enrolled"), QStringLiteral("2027-01-06")).code == 0);
        // The written decision, kept on file as PDF/A-1b.
        const QString decision = m_dir.filePath(QStringLiteral("decision.pdf"));
        r = document(id, QStringLiteral("decision"), decision, QStringLiteral("2027-01-06"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdf(decision);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().contains("pdfaid:part"));
        if (const QString text = pdfTextWithoutSpaces(decision); !text.isNull()) {
            // The text layer as printed (issue 20): 户 and 金, not the radicals ⼾ and ⾦ that share their glyphs.
            QVERIFY2(text.contains(QStringLiteral("你（户）")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("确认通知书")), qPrintable(text));
            for (const QChar radical : { QChar(0x2F3E), QChar(0x2FA6), QChar(0x2F08), QChar(0x2F49), QChar(0x2EE9) })
                QVERIFY2(!text.contains(radical), qPrintable(text));
        }

        r = run({ QStringLiteral("application"), QStringLiteral("show"), id, QStringLiteral("--json") },
            QStringLiteral("2027-01-06"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray steps = r.object().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 7);
        int late = 0;
        for (const QJsonValue &s : steps)
            late += s.toObject().value(QStringLiteral("late")).toBool() ? 1 : 0;
        QCOMPARE(late, 1);
        r = run({ QStringLiteral("household"), QStringLiteral("show"), household, QStringLiteral("--json") },
            QStringLiteral("2027-01-06"));
        QCOMPARE(r.object().value(QStringLiteral("category")).toString(), QStringLiteral("dibao"));
        QCOMPARE(r.object().value(QStringLiteral("start_date")).toString(), QStringLiteral("2027-02-01"));
        r = run({ QStringLiteral("benefit"), household }, QStringLiteral("2027-01-06"));
        QVERIFY(r.out.contains(QStringLiteral("monthly_amount\t870.00")));
    }

    // The roll of February 2027: 张母 (特困, the clerk's 1600.00) and 张三's household (低保 870.00 from February),
    // a subtotal for 北园村, 朝阳街道 and the whole; the account in full on the roll, masked everywhere else.
    void payrollRoll()
    {
        Run r = run({ QStringLiteral("account"), m_household, QStringLiteral("--set"),
                        QStringLiteral("6217 0000 1111 2222 333"), QStringLiteral("--bank"),
                        QStringLiteral("青海农商银行"), QStringLiteral("--json") },
            QStringLiteral("2027-01-20"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QStringLiteral("account")).toString(), QStringLiteral("6217 **** **** 2333"));
        const QString out = m_dir.filePath(QStringLiteral("roll.xlsx"));
        QCOMPARE(run({ QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2027-02"),
                         QStringLiteral("--township"), QStringLiteral("朝阳街道"), QStringLiteral("--out"), out },
                     QStringLiteral("2027-01-20"))
                     .code,
            0);
        auto sheet = sn::SheetReader::readFile(out);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QStringList lines;
        for (const sn::SheetRow &row : sheet->rows) {
            QStringList cells;
            for (const sn::Cell &c : row)
                cells.append(c.display());
            lines.append(cells.join(QLatin1Char('|')));
        }
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("张三|低保|2|870")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("6217000011112222333")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("张母|特困供养|1|1600")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("北园村 小计|||||3|2470")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("总计|||||3|2470")), qPrintable(all));
        // January: 张三's household starts in February.
        QCOMPARE(run({ QStringLiteral("payroll"), QStringLiteral("--month"), QStringLiteral("2027-01"),
                         QStringLiteral("--out"), out, QStringLiteral("--json") },
                     QStringLiteral("2027-01-20"))
                     .object()
                     .value(QStringLiteral("households"))
                     .toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestApplicationCli)
#include "tst_applicationcli.moc"
