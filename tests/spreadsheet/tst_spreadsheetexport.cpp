// Annex 1 and the monthly report as .xlsx: read back with our own reader, through LibreOffice when present,
// and through the command line.
#include "SheetFixtures.h"
#include "StationFixture.h"

#include "database/SqlUtil.h"
#include "services/AccountService.h"
#include "services/FeedbackFormExport.h"
#include "services/HouseholdService.h"
#include "services/MonthlyReport.h"
#include "services/SuspicionService.h"
#include "services/spreadsheet/Sheet.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace sn;
using namespace sn::test;

class TestSpreadsheetExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Station> m_station;

    QString departmentTable()
    {
        XlsxFixture s;
        s.title = QStringLiteral("医保局困难群众疑点信息反馈表");
        s.rows = { { QStringLiteral("序号"), QStringLiteral("户主姓名"), QStringLiteral("家庭住址"),
                       QStringLiteral("疑点内容"), QStringLiteral("联系电话") },
            { 1, QStringLiteral("张三"), QStringLiteral("北园村3社15号"), QStringLiteral("住院自付4.2万元"),
                13912345678.0 },
            { 2, QStringLiteral("陈十"), QStringLiteral("马坊街道幸福社区8号"), QStringLiteral("门诊慢特病"),
                QStringLiteral("0971-5550000") } };
        const QString path = m_station->dir.filePath(QStringLiteral("yb.xlsx"));
        if (!writeXlsx(path, { s }))
            qFatal("fixture");
        return path;
    }

    void importTable()
    {
        SuspicionImportRequest r;
        r.department = QStringLiteral("医保局");
        r.month = QStringLiteral("2026-11");
        r.path = departmentTable();
        auto result = SuspicionService(*m_station->db, admin()).importFile(r);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    }

    static QString soffice() { return QStandardPaths::findExecutable(QStringLiteral("soffice")); }

    // LibreOffice's CSV of a workbook's first sheet (UTF-8).
    QStringList convertWithLibreOffice(const QString &xlsx)
    {
        QProcess p;
        const QString outDir = m_station->dir.filePath(QStringLiteral("lo"));
        QDir().mkpath(outDir);
        p.setProgram(soffice());
        p.setArguments(
            { QStringLiteral("-env:UserInstallation=file://") + m_station->dir.filePath(QStringLiteral("lo-profile")),
                QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"), QStringLiteral("--outdir"), outDir, xlsx });
        p.start();
        if (!p.waitForFinished(120000))
            return {};
        QFile f(outDir + QLatin1Char('/') + QFileInfo(xlsx).completeBaseName() + QStringLiteral(".csv"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    }

private slots:
    void init() { m_station = std::make_unique<Station>(); }

    void annexRoundTrip()
    {
        QVERIFY(HouseholdService(*m_station->db, admin()).create(household()));
        importTable();
        const QString out = m_station->dir.filePath(QStringLiteral("annex1.xlsx"));
        auto written = FeedbackFormExport::write(
            *m_station->db, admin(), QStringLiteral("2026-11"), QStringLiteral("医保局"), out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        auto sheet = SheetReader::readFile(out);
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().message));
        QCOMPARE(sheet->name, QStringLiteral("医保局"));
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("医保局困难群众疑点信息反馈表"));
        for (int c = 0; c < 5; ++c)
            QCOMPARE(sheet->cell(2, c).display(), FeedbackFormExport::headers().at(c));
        QCOMPARE(sheet->cell(3, 0).type, Cell::Type::Number);
        QCOMPARE(sheet->cell(3, 0).value, 1.0);
        QCOMPARE(sheet->cell(3, 1).display(), QStringLiteral("张三"));
        QCOMPARE(sheet->cell(3, 2).display(), QStringLiteral("北园村3社15号"));
        QCOMPARE(sheet->cell(3, 3).display(), QStringLiteral("住院自付4.2万元"));
        QCOMPARE(sheet->cell(3, 4).display(), QStringLiteral("13912345678"));
        QCOMPARE(sheet->cell(4, 4).display(), QStringLiteral("0971-5550000"));
        QCOMPARE(sheet->cell(5, 0).display(), FeedbackFormExport::footnote());
        // Print set-up and merges, as the package says.
        QFile zip(out);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QDir dir(m_station->dir.path());
        QCOMPARE(
            dir.entryList({ QStringLiteral(".*.tmp") }, QDir::Hidden | QDir::Files).size(), 0); // no temporary left
    }

    void blankFormAndOnePerDepartment()
    {
        const QString out = m_station->dir.filePath(QStringLiteral("blank.xlsx"));
        QVERIFY(FeedbackFormExport::write(*m_station->db, admin(), QStringLiteral("2026-11"), QString(), out));
        auto sheet = SheetReader::readFile(out);
        QVERIFY(sheet);
        QCOMPARE(sheet->cell(0, 0).display(), QStringLiteral("(部门)困难群众疑点信息反馈表"));
        QCOMPARE(sheet->cell(13, 0).display(), FeedbackFormExport::footnote()); // ten ruled rows to fill in
        importTable();
        QVERIFY(FeedbackFormExport::write(*m_station->db, admin(), QStringLiteral("2026-11"), QString(), out));
        QCOMPARE(SheetReader::namesInFile(out).value(), QStringList { QStringLiteral("医保局") });
        QVERIFY(!FeedbackFormExport::write(*m_station->db, admin(), QStringLiteral("11/2026"), QString(), out));
    }

    void reportRoundTrip()
    {
        HouseholdService households(*m_station->db, admin());
        QVERIFY(households.create(household()));
        Household m = household(Mafang, Xixingyuan);
        m.members = { member(QStringLiteral("王芳"), Relation::Head, QDate(1975, 4, 4), 12) };
        m.area = AreaType::Urban;
        QVERIFY(households.create(m));
        importTable();
        // one overdue lead
        QVERIFY(sql::exec(m_station->db->sql(),
            QStringLiteral("INSERT INTO leads (id, township_code, source, person_name, state, reported_at, "
                           "deadline_at, hlc, station_id) "
                           "VALUES ('l1', ?, 'hotline', '赵六', 'reported', '2026-11-20T09:00:00', "
                           "'2026-11-21T09:00:00', 'x', 'x')"),
            { Chaoyang }));

        const QString out = m_station->dir.filePath(QStringLiteral("report.xlsx"));
        auto written = MonthlyReport::write(*m_station->db, admin(), QStringLiteral("2026-11"), out);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
        auto names = SheetReader::namesInFile(out);
        QVERIFY(names);
        QCOMPARE(names.value(), MonthlyReport::sheetNames());

        auto categories = SheetReader::readFile(out, QStringLiteral("分类统计"));
        QVERIFY(categories);
        QCOMPARE(categories->cell(1, 1).type, Cell::Type::Date); // dates as dates
        QCOMPARE(categories->cell(1, 1).date, QDate(2026, 11, 28));
        QCOMPARE(categories->cell(2, 2).display(), QStringLiteral("低保"));
        QCOMPARE(categories->cell(3, 0).display(), QStringLiteral("朝阳街道"));
        QCOMPARE(categories->cell(3, 2).type, Cell::Type::Number); // numbers as numbers
        QCOMPARE(categories->cell(3, 2).value, 1.0);
        const int last = int(categories->rows.size()) - 1;
        QCOMPARE(categories->cell(last, 0).display(), QStringLiteral("合计"));
        QCOMPARE(categories->cell(last, 2).value, 2.0);
        QCOMPARE(categories->cell(2, 5).display(), QStringLiteral("防止返贫监测对象"));
        QCOMPARE(categories->cell(2, 6).display(), QStringLiteral("其他困难人员"));
        QCOMPARE(categories->cell(2, 7).display(), QStringLiteral("无类别"));
        QCOMPARE(categories->cell(last, 9).value, 3.0); // persons

        auto leads = SheetReader::readFile(out, QStringLiteral("救助线索"));
        QVERIFY(leads);
        QCOMPARE(leads->cell(3, 1).value, 1.0); // 朝阳街道: one reported
        QCOMPARE(leads->cell(3, 9).value, 1.0); // overdue
        bool listed = false;
        for (int r = 0; r < leads->rows.size(); ++r) {
            if (leads->cell(r, 1).display() == QStringLiteral("赵六")) {
                listed = true;
                QCOMPARE(leads->cell(r, 5).type, Cell::Type::Date);
                QCOMPARE(leads->cell(r, 5).date, QDate(2026, 11, 21));
                QCOMPARE(leads->cell(r, 6).display(), QStringLiteral("是"));
            }
        }
        QVERIFY(listed);

        auto suspicions = SheetReader::readFile(out, QStringLiteral("疑点核查"));
        QVERIFY(suspicions);
        QCOMPARE(suspicions->cell(3, 0).display(), QStringLiteral("医保局"));
        QCOMPARE(suspicions->cell(3, 1).value, 2.0);
        QCOMPARE(suspicions->cell(3, 2).value, 1.0); // 张三 matched by name and address

        auto tiers = SheetReader::readFile(out, QStringLiteral("三色管理"));
        QVERIFY(tiers);
        const int tiersLast = int(tiers->rows.size()) - 1;
        QCOMPARE(tiers->cell(tiersLast, 5).value, 2.0);
        auto reviews = SheetReader::readFile(out, QStringLiteral("复核情况"));
        QVERIFY(reviews);
        QCOMPARE(reviews->cell(2, 3).display(), QStringLiteral("逾期未完成"));
    }

    void cancelLeavesNoFile()
    {
        const QString out = m_station->dir.filePath(QStringLiteral("cancelled.xlsx"));
        auto s = MonthlyReport::write(
            *m_station->db, admin(), QStringLiteral("2026-11"), out, [](int done, int) { return done < 3; });
        QVERIFY(!s);
        QVERIFY(isCancelled(s.error()));
        QVERIFY(!QFile::exists(out));
        QDir dir(m_station->dir.path());
        QCOMPARE(dir.entryList({ QStringLiteral(".*.tmp") }, QDir::Hidden | QDir::Files).size(), 0);
        // An existing file is left as it was.
        QVERIFY(writeBytes(out, "old"));
        QVERIFY(!MonthlyReport::write(
            *m_station->db, admin(), QStringLiteral("2026-11"), out, [](int, int) { return false; }));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        // A folder that does not exist is an I/O error.
        QCOMPARE(MonthlyReport::write(*m_station->db, admin(), QStringLiteral("2026-11"),
                     m_station->dir.filePath(QStringLiteral("no/such.xlsx")))
                     .error()
                     .kind,
            Error::Kind::Io);
    }

    void libreOfficeReadsThem()
    {
        if (soffice().isEmpty())
            QSKIP("soffice (LibreOffice) is not installed");
        QVERIFY(HouseholdService(*m_station->db, admin()).create(household()));
        importTable();
        const QString annex = m_station->dir.filePath(QStringLiteral("annex1.xlsx"));
        QVERIFY(FeedbackFormExport::write(
            *m_station->db, admin(), QStringLiteral("2026-11"), QStringLiteral("医保局"), annex));
        const QStringList lines = convertWithLibreOffice(annex);
        QVERIFY2(lines.size() >= 6, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.at(0).startsWith(QStringLiteral("医保局困难群众疑点信息反馈表")));
        QCOMPARE(lines.at(2), QStringLiteral("序号,户主姓名,家庭住址,疑点内容,联系电话"));
        QCOMPARE(lines.at(3), QStringLiteral("1,张三,北园村3社15号,住院自付4.2万元,13912345678"));
        QVERIFY(lines.at(5).startsWith(QStringLiteral("注：每月月底报送。")));
        const QString report = m_station->dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(MonthlyReport::write(*m_station->db, admin(), QStringLiteral("2026-11"), report));
        const QStringList r = convertWithLibreOffice(report);
        QVERIFY2(r.size() > 4, qPrintable(r.join(QLatin1Char('\n'))));
        QVERIFY2(r.at(1).startsWith(QStringLiteral("生成日期,2026-11-28")), qPrintable(r.at(1)));
        QVERIFY2(r.at(3).startsWith(QStringLiteral("朝阳街道,0,1,0,0,0,0,0,1,2")), qPrintable(r.at(3)));
    }

    void commandLine()
    {
        const QString cli = qEnvironmentVariable("SN_CLI");
        if (cli.isEmpty())
            QSKIP("SN_CLI not set");
        const QString db = m_station->dir.filePath(QStringLiteral("station.sqlite"));
        // The command line signs in: an administrator and an owner-only password file.
        User admin;
        admin.username = QStringLiteral("admin");
        admin.role = Role::DistrictAdmin;
        QVERIFY(AccountService(*m_station->db).createUser(nullptr, admin, QStringLiteral("export-test-2026")));
        const QString passwordFile = m_station->dir.filePath(QStringLiteral("admin.pw"));
        QVERIFY(writeBytes(passwordFile, "export-test-2026\n"));
        QVERIFY(QFile::setPermissions(passwordFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        m_station->db.reset();
        auto run = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("SAFETYNET_USER"), QStringLiteral("admin"));
            env.insert(QStringLiteral("SAFETYNET_PASSWORD_FILE"), passwordFile);
            p.setProcessEnvironment(env);
            p.start(cli, args);
            p.waitForFinished(120000);
            if (out)
                *out = p.readAllStandardOutput();
            if (err)
                *err = p.readAllStandardError();
            return p.exitCode();
        };
        // A ledger with one bad row: exit 2, problems listed, nothing written.
        const QString ledger = m_station->dir.filePath(QStringLiteral("ledger.csv"));
        QVERIFY(writeBytes(ledger,
            gb18030(QStringLiteral("序号,姓名,身份证号,与户主关系,乡镇,村\n1,张三,%1,户主,朝阳街道,北园村\n2,李四,"
                                   "630105198001010011,配偶,朝阳街道,北园村\n")
                        .arg(makeId(QDate(1980, 1, 1), 1)))));
        QByteArray out, err;
        QCOMPARE(run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), db, ledger, QStringLiteral("--json") },
                     &out, &err),
            2);
        const QJsonObject summary = QJsonDocument::fromJson(out).object();
        QCOMPARE(summary.value(QStringLiteral("problems")).toArray().size(), 1);
        QCOMPARE(
            summary.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("row")).toInt(),
            3);
        QCOMPARE(summary.value(QStringLiteral("written")).toBool(), false);
        QVERIFY(err.contains("row 3"));
        QCOMPARE(err.count('\n'), 1);
        // Fixed: dry run, then the import.
        QVERIFY(writeBytes(ledger,
            gb18030(QStringLiteral("序号,姓名,证件,与户主关系,乡镇,村,家庭住址\n1,张三,%1,户主,朝阳街道,北园村,"
                                   "北园村三社15号\n2,李四,%2,配偶,朝阳街道,北园村,\n")
                        .arg(makeId(QDate(1980, 1, 1), 1), makeId(QDate(1982, 5, 6), 2)))));
        QCOMPARE(run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), db, ledger, QStringLiteral("--dry-run"),
                         QStringLiteral("--json"), QStringLiteral("--map"), QStringLiteral("id_number=证件") },
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("households")).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("written")).toBool(), false);
        QCOMPARE(run({ QStringLiteral("import-ledger"), QStringLiteral("--db"), db, ledger, QStringLiteral("--json"),
                         QStringLiteral("--map"), QStringLiteral("身份证号=证件") },
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("written")).toBool(), true);

        const QString table = departmentTable();
        QCOMPARE(run({ QStringLiteral("import-suspicions"), QStringLiteral("--db"), db, QStringLiteral("--department"),
                         QStringLiteral("医保局"), QStringLiteral("--month"), QStringLiteral("2026-11"), table,
                         QStringLiteral("--json") },
                     &out),
            0);
        const QJsonArray rows = QJsonDocument::fromJson(out).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("matched"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("matched_by")).toString(), QStringLiteral("name_address"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unmatched"));
        QCOMPARE(run({ QStringLiteral("import-suspicions"), QStringLiteral("--db"), db, QStringLiteral("--department"),
                         QStringLiteral("医保局"), QStringLiteral("--month"), QStringLiteral("2026-11"), table },
                     nullptr, &err),
            2); // the same file again
        QCOMPARE(run({ QStringLiteral("import-suspicions"), QStringLiteral("--db"), db, table }), 1);

        // Working through the rows: the unmatched one becomes a lead, the matched one is verified.
        const QString matched = rows.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString unmatched = rows.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(run({ QStringLiteral("suspicion"), QStringLiteral("leads"), unmatched, QStringLiteral("--db"), db,
                         QStringLiteral("--json") },
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
        QCOMPARE(run({ QStringLiteral("suspicion"), QStringLiteral("confirm"), unmatched, QStringLiteral("--db"), db },
                     nullptr, &err),
            2);
        QCOMPARE(run({ QStringLiteral("suspicion"), QStringLiteral("verify"), matched, QStringLiteral("--db"), db,
                         QStringLiteral("--result"), QStringLiteral("maybe") },
                     nullptr, &err),
            2);
        QVERIFY(err.contains("--result"));
        QCOMPARE(run({ QStringLiteral("suspicion"), QStringLiteral("verify"), matched, QStringLiteral("--db"), db,
                         QStringLiteral("--result"), QStringLiteral("excluded"), QStringLiteral("--notes"),
                         QStringLiteral("已核实，收入超标") },
                     &out),
            0);
        const QJsonObject verified = QJsonDocument::fromJson(out).object();
        QCOMPARE(verified.value(QStringLiteral("verification")).toString(), QStringLiteral("excluded"));
        QCOMPARE(verified.value(QStringLiteral("notes")).toString(), QStringLiteral("已核实，收入超标"));
        QCOMPARE(run({ QStringLiteral("suspicions"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                         QStringLiteral("2026-11"), QStringLiteral("--unverified"), QStringLiteral("--json") },
                     &out),
            0);
        const QJsonObject listed = QJsonDocument::fromJson(out).object();
        QCOMPARE(listed.value(QStringLiteral("rows")).toArray().size(), 1);
        QVERIFY(!listed.value(QStringLiteral("rows"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("lead_id"))
                     .isNull());
        const QJsonObject progress = listed.value(QStringLiteral("progress")).toArray().first().toObject();
        QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(progress.value(QStringLiteral("to_verify")).toInt(), 1);
        QCOMPARE(
            progress.value(QStringLiteral("verification")).toObject().value(QStringLiteral("excluded")).toInt(), 1);

        // A table whose headers sit in row 3 under two title rows and are not the usual ones: --header-row and --map.
        const QString odd = m_station->dir.filePath(QStringLiteral("odd.csv"));
        QVERIFY(writeBytes(odd,
            QStringLiteral("残联疑点\n2026年11月\n编号,对象,地址,情况\n1,张三,北园村3社15号,残疾证到期\n").toUtf8()));
        QCOMPARE(run({ QStringLiteral("import-suspicions"), QStringLiteral("--db"), db, QStringLiteral("--department"),
                         QStringLiteral("残联"), QStringLiteral("--month"), QStringLiteral("2026-11"), odd },
                     nullptr, &err),
            2);
        QVERIFY(err.contains("head_name"));
        QCOMPARE(run({ QStringLiteral("import-suspicions"), QStringLiteral("--db"), db, QStringLiteral("--department"),
                         QStringLiteral("残联"), QStringLiteral("--month"), QStringLiteral("2026-11"), odd,
                         QStringLiteral("--header-row"), QStringLiteral("3"), QStringLiteral("--map"),
                         QStringLiteral("head_name=B"), QStringLiteral("--map"), QStringLiteral("content=情况"),
                         QStringLiteral("--json") },
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
        QCOMPARE(QJsonDocument::fromJson(out).array().first().toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("matched"));

        const QString annex = m_station->dir.filePath(QStringLiteral("cli-annex.xlsx"));
        QCOMPARE(run({ QStringLiteral("export-feedback"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                     QStringLiteral("2026-11"), QStringLiteral("--department"), QStringLiteral("医保局"),
                     QStringLiteral("--out"), annex }),
            0);
        QCOMPARE(SheetReader::readFile(annex)->cell(3, 1).display(), QStringLiteral("张三"));
        const QString report = m_station->dir.filePath(QStringLiteral("cli-report.xlsx"));
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                     QStringLiteral("2026-11"), QStringLiteral("--out"), report }),
            0);
        QVERIFY(SheetReader::readFile(report));
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                     QStringLiteral("2026-11"), QStringLiteral("--out"),
                     m_station->dir.filePath(QStringLiteral("none/r.xlsx")) }),
            3);
        QCOMPARE(run({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--month"),
                     QStringLiteral("Nov"), QStringLiteral("--out"), report }),
            2);
    }
};

QTEST_GUILESS_MAIN(TestSpreadsheetExport)
#include "tst_spreadsheetexport.moc"
