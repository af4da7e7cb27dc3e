// The text layer of every kind of PDF SafetyNet writes: pdftotext reads back exactly the characters that were
// laid out (TextRecorder), with the look-alike characters of Noto CJK (radicals, Extension A, punctuation) as
// printed; archival documents are PDF/A-1b; the rewritten cross-reference table points at every object.
#include "PdfText.h"
#include "StationFixture.h"

#include "services/documents/CardSheet.h"
#include "services/documents/DocumentBuilders.h"
#include "services/documents/TextRecorder.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>

using namespace sn;
using namespace sn::doc;
using namespace sn::test;

namespace {

// Characters Noto CJK draws with the glyph of a lower code point, which Qt 6.4 wrote into the text layer, a
// digit the font substitutes after a letter and a character beyond U+FFFF (Extension B), which it left out.
const QString LookAlikes = QStringLiteral("户主黄金月人一胶～–〈〉／长龙齿R1𠮷");

Issuer issuer()
{
    return { QStringLiteral("城北区"), QStringLiteral("朝阳街道"), QStringLiteral("黄金月"),
        QStringLiteral("13897001234"), QDate(2026, 11, 28) };
}

QList<Policy> policies()
{
    QList<Policy> list;
    for (int i = 0; i < 3; ++i) {
        Policy p;
        p.id = QStringLiteral("p%1").arg(i);
        p.department = QStringLiteral("区住建局");
        p.service = QStringLiteral("housing");
        p.title = QStringLiteral("住房政策%1：户主长期患病〈人月〉").arg(i + 1);
        p.whoQualifies = QStringLiteral("城镇低保、低保边缘住房困难家庭（人均月收入低于标准），黄金龙齿～");
        p.materials = QStringLiteral("户口簿\n身份证复印件／各一份\n胶装材料–一份");
        p.whereToGo = QStringLiteral("区政务服务中心2楼住房保障窗口");
        p.contact = QStringLiteral("0971-6100000");
        list.append(p);
    }
    return list;
}

NotificationLetter letter()
{
    return { QStringLiteral("h1"), QStringLiteral("黄金月"), QStringLiteral("朝阳街道"), QStringLiteral("北园村"),
        QStringLiteral("housing"), QDate(2026, 11, 28), policies() };
}

Household archivedHousehold()
{
    Household h = sn::test::household();
    h.address = QStringLiteral("北园村户主巷3社15号（龙齿胶厂旁）");
    h.members[0].name = QStringLiteral("黄金月");
    h.members[1].name = QStringLiteral("人一长");
    return h;
}

QList<PublicCard> cards()
{
    QList<PublicCard> list;
    for (int i = 0; i < 5; ++i) {
        PublicCard c;
        c.householdId = QStringLiteral("h%1").arg(i);
        c.townshipCode = Chaoyang;
        c.cardNumber = QStringLiteral("630105001-%1").arg(1000 + i);
        c.title = QStringLiteral("民政兜底保障对象公示卡");
        c.headName = i % 2 ? QStringLiteral("黄金月") : QStringLiteral("龙人长");
        c.category = QStringLiteral("低保");
        c.persons = 3;
        c.monthlyAmount = 123450;
        c.startDate = QDate(2024, 3, 1);
        c.districtName = QStringLiteral("城北区");
        c.townshipName = QStringLiteral("朝阳街道");
        c.villageName = QStringLiteral("北园村");
        c.officialName = QStringLiteral("金一户");
        c.officialPhone = QStringLiteral("0971-5551234");
        c.hotline = QStringLiteral("12345");
        c.printDate = QDate(2026, 11, 28);
        list.append(c);
    }
    return list;
}

// Without any white space, Unicode's included (U+3000 between fields is layout, not text).
QString bare(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(space);
}

// The characters one text has more of than the other, with their counts: "" when both hold the same.
QString difference(const QString &read, const QString &laidOut)
{
    QMap<uint, int> count;
    for (const uint c : bare(read).toUcs4())
        ++count[c];
    for (const uint c : bare(laidOut).toUcs4())
        --count[c];
    QString out;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() != 0)
            out += QStringLiteral("U+%1 %2 %3; ")
                       .arg(it.key(), 4, 16, QLatin1Char('0'))
                       .arg(QString::fromUcs4(reinterpret_cast<const char32_t *>(&it.key()), 1))
                       .arg(it.value() > 0 ? QStringLiteral("+%1").arg(it.value()) : QString::number(it.value()));
    return out;
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

public:
    TestPdfText() { m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("SN_KEEP")); }

    // Writes `document`, reads its text back and compares it with what was laid out: the same characters,
    // each line of text in one piece.
    void compareText(const Document &document, const QString &name)
    {
        const QString file = m_dir.filePath(name + QStringLiteral(".pdf"));
        QVERIFY(Rendering::writePdf(document, file));
        const auto text = pdfText(file);
        if (!text)
            QSKIP("pdftotext is not installed");
        const QString laidOut = TextRecorder::textOf(document);
        QVERIFY(!squeeze(laidOut).isEmpty());
        for (const QChar c : LookAlikes.left(5))
            if (laidOut.contains(c))
                QVERIFY2(text->contains(c), qPrintable(name + QStringLiteral(": ") + c));
        QCOMPARE(difference(*text, laidOut), QString()); // the same characters, as many times
        // Each run of text between gaps in one piece (pdftotext orders pieces set apart by wide gaps by position).
        const QString read = bare(*text);
        static const QRegularExpression gap(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
        for (const QString &piece : laidOut.split(gap, Qt::SkipEmptyParts))
            QVERIFY2(
                read.contains(piece), qPrintable(name + QStringLiteral(": ") + piece + QStringLiteral("\n") + read));
    }

private slots:
    void cardsInEveryLayout_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("a5") << int(CardLayout::A5);
        QTest::newRow("a4x2") << int(CardLayout::A4x2);
        QTest::newRow("a4x4") << int(CardLayout::A4x4);
    }

    void cardsInEveryLayout()
    {
        QFETCH(int, layout);
        compareText(CardSheet(cards(), CardLayout(layout)), QStringLiteral("cards-%1").arg(layout));
    }

    void letter() { compareText(*builders::notificationLetter(::letter(), issuer()), QStringLiteral("letter")); }

    void slip()
    {
        Referral r;
        r.id = QStringLiteral("r1");
        r.householdId = QStringLiteral("h1");
        r.service = QStringLiteral("housing");
        r.sentOn = QDate(2026, 11, 28);
        r.note = QStringLiteral("房屋漏雨，户主长期卧床～");
        compareText(*builders::referralSlip(
                        r, ::letter(), { QStringLiteral("13897001234"), QStringLiteral("北园村户主巷3社") }, issuer()),
            QStringLiteral("slip"));
    }

    void fileSheet()
    {
        compareText(*builders::householdFileSheet(
                        archivedHousehold(), RegionTree::builtIn(), issuer(), QStringLiteral("黄金月")),
            QStringLiteral("filesheet"));
    }

    void taskList()
    {
        QList<TaskRow> rows;
        for (int i = 0; i < 40; ++i) {
            TaskRow r;
            r.task.type = i % 3 ? TaskType::MonthlyContact : TaskType::DynamicReview;
            r.task.due = QDate(2026, 12, 1 + i % 28);
            r.headName = i % 2 ? QStringLiteral("黄金月%1").arg(i) : QStringLiteral("买买提·艾力%1").arg(i);
            r.address = QStringLiteral("北园村户主巷%1号").arg(i);
            r.phone = QStringLiteral("1389700%1").arg(i, 4, 10, QLatin1Char('0'));
            r.villageCode = Beiyuan;
            rows.append(r);
        }
        compareText(*builders::taskList(rows, QDate(2026, 12, 1), QStringLiteral("城北区 朝阳街道 北园村"), false,
                        RegionTree::builtIn(), issuer()),
            QStringLiteral("tasks"));
    }

    void policyCatalogue()
    {
        compareText(*builders::policyCatalogue(policies(), issuer()), QStringLiteral("catalogue"));
    }

    // Each look-alike character alone, in every face: read back as itself.
    void lookAlikesReadBackAsPrinted()
    {
        FlowDocument doc(QStringLiteral("t"), QPageSize::A5, QPageLayout::Portrait);
        doc.setPageNumbers(false);
        doc.addTitle(LookAlikes);
        for (Face face : { Face::Serif, Face::Sans, Face::SansBold })
            doc.addParagraph(LookAlikes, face);
        const QString file = m_dir.filePath(QStringLiteral("lookalikes.pdf"));
        QVERIFY(Rendering::writePdf(doc, file));
        const auto text = pdfText(file);
        if (!text)
            QSKIP("pdftotext is not installed");
        QCOMPARE(squeeze(*text), LookAlikes.repeated(4));
    }

    // Letters and file sheets are PDF/A-1b; slips, cards and task lists plain PDF. Every object the
    // cross-reference table lists starts where it says, and poppler reads the file without a complaint.
    void archivalDocumentsArePdfA()
    {
        const auto check = [&](const Document &document, bool archival) {
            const auto bytes = Rendering::pdf(document);
            QVERIFY(bytes.ok());
            const QByteArray pdf = bytes.value();
            QCOMPARE(pdf.contains("pdfaid:part"), archival);
            QCOMPARE(pdf.contains("/OutputIntents"), archival);
            const qsizetype xref = pdf.mid(pdf.lastIndexOf("startxref") + 9).trimmed().split('\n').first().toLongLong();
            QVERIFY(pdf.mid(xref).startsWith("xref\n0 "));
            const qsizetype count = pdf.mid(xref + 7, 10).split('\n').first().toLongLong();
            const qsizetype entries = pdf.indexOf('\n', xref + 5) + 1;
            QVERIFY(count > 5);
            for (qsizetype i = 1; i < count; ++i) {
                const QByteArray entry = pdf.mid(entries + i * 20, 20);
                if (entry.at(17) != 'n')
                    continue;
                const qsizetype at = entry.left(10).toLongLong();
                QVERIFY2(pdf.mid(at).startsWith(QByteArray::number(i) + " 0 obj"), qPrintable(QString::number(i)));
            }
            const QString info = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
            if (info.isEmpty())
                return;
            const QString file = m_dir.filePath(QStringLiteral("check.pdf"));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(pdf);
            out.close();
            QProcess p;
            p.start(info, { file });
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
            QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                        .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\b").arg(document.pageCount()))));
        };
        check(*builders::notificationLetter(::letter(), issuer()), true);
        check(*builders::householdFileSheet(archivedHousehold(), RegionTree::builtIn(), issuer(), QStringLiteral("x")),
            true);
        Referral r;
        r.id = QStringLiteral("r1");
        check(*builders::referralSlip(r, ::letter(), {}, issuer()), false);
        check(CardSheet(cards(), CardLayout::A4x4), false);
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
