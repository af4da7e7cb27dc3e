// Letters, referral slips, household file sheets and task lists: content, permissions, page breaks.
#include "PdfText.h"
#include "StationFixture.h"

#include "database/AuditLog.h"
#include "services/HouseholdService.h"
#include "services/ReferralService.h"
#include "services/ReviewService.h"
#include "services/documents/DocumentService.h"

#include <QRegularExpression>
#include <QTest>

using namespace sn;
using namespace sn::doc;
using namespace sn::test;

namespace {

QString writeAndRead(const Document &document, const QString &file)
{
    if (auto s = Rendering::writePdf(document, file); !s)
        qFatal("pdf: %s", qPrintable(s.error().message));
    return pdfText(file).value_or(QString());
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Station> m_station;
    QString m_household;
    bool m_havePdfText = false;

private slots:
    void init()
    {
        m_station = std::make_unique<Station>();
        Household h = household();
        h.categoryOverrideReason = QStringLiteral("test");
        h.monthlyAmount = 73500;
        m_household = HouseholdService(*m_station->db, admin()).create(h).value();
        m_havePdfText = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }

    void letterHasEveryMaterialOfEveryPolicy()
    {
        ReferralService district(*m_station->db, admin());
        QStringList materials;
        for (int i = 0; i < 6; ++i) {
            Policy p;
            p.department = QStringLiteral("区住建局");
            p.service = QStringLiteral("housing");
            p.title = QStringLiteral("住房政策%1").arg(i + 1);
            p.whoQualifies = QStringLiteral("城镇低保、低保边缘住房困难家庭，且家庭成员在本市无自有住房");
            QStringList list;
            for (int k = 0; k < 5; ++k)
                list.append(QStringLiteral("材料%1之%2：户口簿、身份证复印件各一份").arg(i + 1).arg(k + 1));
            materials += list;
            p.materials = list.join(QLatin1Char('\n'));
            p.whereToGo = QStringLiteral("区政务服务中心2楼住房保障窗口");
            p.contact = QStringLiteral("0971-6100000");
            QVERIFY(district.savePolicy(p));
        }
        ReferralService clerk(*m_station->db, clerkOf(Chaoyang));
        Referral r;
        r.householdId = m_household;
        r.service = QStringLiteral("housing");
        r.note = QStringLiteral("房屋漏雨，急需改造");
        const QString referral = clerk.refer(r).value();

        DocumentService docs(*m_station->db, clerkOf(Chaoyang));
        auto letter = docs.notificationLetter(referral);
        QVERIFY2(letter.ok(), qPrintable(letter.error().message));
        QVERIFY(letter.value()->pageCount() >= 2); // six policies do not fit on one page
        QCOMPARE(DocumentService(*m_station->db, clerkOf(Mafang)).notificationLetter(referral).error().kind, Error::Kind::Forbidden);

        auto slip = docs.referralSlip(referral);
        QVERIFY2(slip.ok(), qPrintable(slip.error().message));
        QCOMPARE(slip.value()->pageCount(), 1);

        if (!m_havePdfText)
            QSKIP("pdftotext is not installed");
        const QString text = squeeze(writeAndRead(*letter.value(), m_station->dir.filePath(QStringLiteral("letter.pdf"))));
        QVERIFY(text.contains(QStringLiteral("一次性告知书")));
        QVERIFY(text.contains(QStringLiteral("张三")));
        for (int i = 0; i < 6; ++i)
            QVERIFY(text.contains(QStringLiteral("住房政策%1").arg(i + 1)));
        for (const QString &m : materials)
            QVERIFY2(text.contains(squeeze(m)), qPrintable(m));
        QVERIFY(text.contains(QStringLiteral("区政务服务中心2楼住房保障窗口")));
        QVERIFY(text.contains(QStringLiteral("0971-6100000")));

        const QString slipText = squeeze(writeAndRead(*slip.value(), m_station->dir.filePath(QStringLiteral("slip.pdf"))));
        QVERIFY(slipText.contains(QStringLiteral("困难群众救助转介单")));
        QVERIFY(slipText.contains(QStringLiteral("转介回执")));
        QVERIFY(slipText.contains(QStringLiteral("沿此线剪开")));
        QVERIFY(slipText.contains(QStringLiteral("房屋漏雨")));
        QVERIFY(!QRegularExpression(QStringLiteral("\\d{17}[\\dXx]")).match(slipText).hasMatch());
    }

    void fileSheetOnlyForFullIdRoles()
    {
        const Session worker{QStringLiteral("w"), QStringLiteral("worker"), Role::VillageWorker, Chaoyang, Beiyuan};
        const Session auditor{QStringLiteral("a"), QStringLiteral("auditor"), Role::Auditor, {}, {}};
        QCOMPARE(DocumentService(*m_station->db, worker).householdFileSheet(m_household).error().kind, Error::Kind::Forbidden);
        QCOMPARE(DocumentService(*m_station->db, auditor).householdFileSheet(m_household).error().kind, Error::Kind::Forbidden);
        QCOMPARE(DocumentService(*m_station->db, clerkOf(Mafang)).householdFileSheet(m_household).error().kind, Error::Kind::Forbidden);
        QCOMPARE(DocumentService(*m_station->db, clerkOf(Chaoyang)).householdFileSheet(QStringLiteral("nope")).error().kind,
                 Error::Kind::NotFound);

        auto sheet = DocumentService(*m_station->db, clerkOf(Chaoyang)).householdFileSheet(m_household);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error().message));
        const QList<AuditEntry> audit = AuditLog(*m_station->db).forHousehold(m_household).value();
        QVERIFY(std::any_of(audit.begin(), audit.end(), [](const AuditEntry &e) {
            return e.action == QLatin1String("unmask") && e.newValue == QLatin1String("file sheet");
        }));
        if (!m_havePdfText)
            QSKIP("pdftotext is not installed");
        const QString text = squeeze(writeAndRead(*sheet.value(), m_station->dir.filePath(QStringLiteral("sheet.pdf"))));
        QVERIFY(text.contains(makeId(QDate(1980, 1, 1), 1)));
        QVERIFY(text.contains(QStringLiteral("北园村3社15号")));
        QVERIFY(text.contains(QStringLiteral("内部资料")));
    }

    void taskListBreaksBetweenRows()
    {
        QList<TaskRow> rows;
        for (int i = 0; i < 90; ++i) {
            TaskRow r;
            r.task.type = i % 3 ? TaskType::MonthlyContact : TaskType::DynamicReview;
            r.task.due = QDate(2026, 12, 1 + i % 28);
            r.headName = i % 7 ? QStringLiteral("住户%1").arg(i) : QStringLiteral("买买提·艾力·阿不都热合曼·库尔班%1").arg(i);
            r.address = i % 5 ? QStringLiteral("北园村%1社%2号").arg(i % 9).arg(i)
                              : QStringLiteral("朝阳街道北园村第三村民小组寺台子巷东侧第二排从西往东数第%1户（小卖部后院）").arg(i);
            r.phone = QStringLiteral("1389700%1").arg(i, 4, 10, QLatin1Char('0'));
            r.villageCode = Beiyuan;
            rows.append(r);
        }
        Issuer issuer{QStringLiteral("城北区"), QStringLiteral("朝阳街道"), {}, {}, QDate(2026, 11, 28)};
        auto doc = builders::taskList(rows, QDate(2026, 12, 1), QStringLiteral("城北区 朝阳街道 北园村"), false,
                                      RegionTree::builtIn(), issuer);
        QVERIFY(doc->pageCount() >= 5);
        const QRectF content = doc->contentRect();
        const auto placed = doc->rowPlacements();
        QCOMPARE(placed.size(), rows.size());
        int lastPage = 0;
        qreal lastBottom = 0;
        for (int i = 0; i < placed.size(); ++i) {
            const auto &p = placed.at(i);
            QCOMPARE(p.row, i);
            QVERIFY2(p.rect.top() >= content.top() - 0.01 && p.rect.bottom() <= content.bottom() + 0.01,
                     qPrintable(QStringLiteral("row %1 is cut by the page end").arg(i)));
            QVERIFY(p.page >= lastPage);
            if (p.page == lastPage && i > 0)
                QVERIFY(p.rect.top() >= lastBottom - 0.01);
            QVERIFY(p.rect.height() >= mm(11) - 0.01); // room to sign
            lastPage = p.page;
            lastBottom = p.rect.bottom();
        }
        QVERIFY(placed.last().page == doc->pageCount() - 1 || placed.last().page == doc->pageCount() - 2);
        // Every page after the first starts with the repeated header above its first row.
        for (int i = 1; i < placed.size(); ++i)
            if (placed.at(i).page != placed.at(i - 1).page)
                QVERIFY(placed.at(i).rect.top() > content.top() + mm(4));
        // The long address wraps: its row is taller than a one-line row.
        QVERIFY(placed.at(5).rect.height() > placed.at(1).rect.height());

        if (!m_havePdfText)
            QSKIP("pdftotext is not installed");
        const QString text = squeeze(writeAndRead(*doc, m_station->dir.filePath(QStringLiteral("tasks.pdf"))));
        QCOMPARE(text.count(QStringLiteral("户主姓名")), doc->pageCount());
        QVERIFY(text.contains(QStringLiteral("住户89")));
        QVERIFY(text.contains(QStringLiteral("签字/走访结果")));
    }

    void taskListFromTheCalendar()
    {
        ReviewService reviews(*m_station->db, admin());
        QVERIFY(reviews.regenerateAll());
        TaskQuery all;
        all.limit = 1000;
        all.status = std::nullopt;
        const QList<TaskRow> tasks = reviews.tasks(all).value();
        QVERIFY(!tasks.isEmpty());
        const QDate month = tasks.first().task.due;
        const Session worker{QStringLiteral("w"), QStringLiteral("worker"), Role::VillageWorker, Chaoyang, Beiyuan};
        auto doc = DocumentService(*m_station->db, worker).taskList(month);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(doc.value()->rowPlacements().size(), qsizetype(std::count_if(tasks.begin(), tasks.end(), [&](const TaskRow &r) {
                     return r.task.status == TaskStatus::Open && r.task.due.year() == month.year() && r.task.due.month() == month.month();
                 })));
        const Session elsewhere{QStringLiteral("w2"), QStringLiteral("worker2"), Role::VillageWorker, Chaoyang, QStringLiteral("630105001202")};
        QVERIFY(DocumentService(*m_station->db, elsewhere).taskList(month).value()->rowPlacements().isEmpty());
        QCOMPARE(DocumentService(*m_station->db, clerkOf(Mafang)).taskList(month, Chaoyang).error().kind, Error::Kind::Forbidden);
    }

    void paragraphsBreakBetweenLines()
    {
        FlowDocument doc(QStringLiteral("t"), QPageSize::A5, QPageLayout::Portrait);
        QString longText;
        for (int i = 0; i < 60; ++i)
            longText += QStringLiteral("第%1句：根据您家庭的情况，现将相关政策一次性告知如下。").arg(i);
        doc.addTitle(QStringLiteral("标题"));
        doc.addParagraph(longText);
        QVERIFY(doc.pageCount() >= 3);
        for (int page = 0; page < doc.pageCount(); ++page) {
            const QImage image = Rendering::renderPage(doc, page, 50);
            QVERIFY(!image.isNull());
        }
        if (!m_havePdfText)
            QSKIP("pdftotext is not installed");
        QString text = squeeze(writeAndRead(doc, m_station->dir.filePath(QStringLiteral("para.pdf"))));
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("第\\d+页共\\d+页"))), doc.pageCount());
        text.remove(QRegularExpression(QStringLiteral("第\\d+页共\\d+页"))); // page footers between the pieces
        QVERIFY(text.contains(squeeze(longText))); // every line once, in order, across the page breaks
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
