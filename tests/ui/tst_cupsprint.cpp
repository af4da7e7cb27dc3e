// Printing through the real spooler: a private cupsd with cups-pdf queues (tests/print/start-cups.sh), the desk's
// own Print buttons (DocumentPrinter, Qt's CUPS print support), and the PDFs cups-pdf writes measured with poppler:
// page size, page count and where the ink lies. Skipped (with the reason) only where CUPS cannot be started: not
// root, or Debian's cups / printer-driver-cups-pdf missing; CI runs it as root after setup.sh installed them.
#include "DeskFixture.h"

#include "services/ReferralService.h"
#include "services/ReviewService.h"
#include "services/documents/CardService.h"
#include "services/documents/CardSheet.h"
#include "services/documents/DocumentService.h"
#include "services/documents/FlowDocument.h"
#include "ui/AppServices.h"
#include "ui/DocumentPrinter.h"
#include "ui/PoliciesPage.h"
#include "ui/PrintPage.h"
#include "ui/ReviewCalendarPage.h"
#include "ui/ReviewCalendarWidget.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPrinterInfo>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace sn;
using namespace sn::test;

namespace {

const QString Beiyuan = QStringLiteral("630105001201");
const QString NoMargins = QStringLiteral("SafetyNetPDF");
const QString Margins = QStringLiteral("SafetyNetPDFMargins"); // 36 pt (12.7 mm) unprintable on every side
constexpr qreal PrinterMarginMm = 36 / 72.0 * 25.4;
constexpr qreal PtPerMm = 72 / 25.4;

// What came out of the spooler, as poppler reads it.
struct PrintedPdf
{
    int pages = 0;
    QSizeF sizeMm; // of the first page, as it is shown (rotation applied)
    QMarginsF inkMm; // the first page's edges to the nearest ink
};

QString run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        return program + QStringLiteral(" did not finish");
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed (%2): %3")
            .arg(program)
            .arg(p.exitCode())
            .arg(QString::fromUtf8(p.readAllStandardError()));
    return {};
}

} // namespace

class TestCupsPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void a5CardsComeOutOnA5();
    void a4CardsOnAPrinterWithMarginsStayInsideThem();
    void notificationLetterFromThePoliciesPage();
    void taskListInLandscape();

private:
    // The PDF of the one job sent since init(), once the spooler has finished it.
    bool waitForJob(PrintedPdf &pdf);
    bool measure(const QString &file, PrintedPdf &pdf);

    QTemporaryDir m_cups;
    QString m_script;
    bool m_started = false;
    std::unique_ptr<DeskFixture> m_desk;
    QString m_referral;
};

void TestCupsPrint::initTestCase()
{
    prepareDeskTest();
    m_script = qEnvironmentVariable("SN_TEST_SOURCE_DIR") + QStringLiteral("/tests/print/start-cups.sh");
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    QVERIFY(m_cups.isValid());
    for (const char *tool : { "pdfinfo", "pdftoppm" })
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 (poppler-utils) is not installed").arg(QLatin1String(tool))));

    QProcess start;
    start.start(QStringLiteral("bash"), { m_script, QStringLiteral("start"), m_cups.path() });
    QVERIFY(start.waitForFinished(60000));
    const QString err = QString::fromUtf8(start.readAllStandardError()).trimmed();
    if (start.exitCode() == 77)
        QSKIP(qPrintable(QStringLiteral("CUPS cannot be started here: ") + err));
    QVERIFY2(start.exitCode() == 0, qPrintable(err));
    m_started = true;
    const QString out = QString::fromUtf8(start.readAllStandardOutput());
    const auto server = QRegularExpression(QStringLiteral("CUPS_SERVER=(\\S+)")).match(out);
    QVERIFY2(server.hasMatch(), qPrintable(out));
    // Before Qt's CUPS plug-in first asks libcups for printers (libcups reads the variable once).
    qputenv("CUPS_SERVER", server.captured(1).toLocal8Bit());
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    QVERIFY2(printers.contains(NoMargins) && printers.contains(Margins), qPrintable(printers.join(u',')));

    m_desk = std::make_unique<DeskFixture>();
    QVERIFY(m_desk->create());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!m_desk
                     ->addHousehold(DeskFixture::single(QStringLiteral("户主%1").arg(i), 10 + i, ChaoyangCode, Beiyuan,
                         i < 3 ? Category::Dibao : Category::Tekun))
                     .isEmpty());
    QVERIFY(CardService(m_desk->db(), m_desk->admin())
                .setOfficial(ChaoyangCode, QStringLiteral("李主任"), QStringLiteral("0971-8123456")));
    Policy policy;
    policy.department = QStringLiteral("区医保局");
    policy.title = QStringLiteral("医疗救助");
    policy.materials = QStringLiteral("医疗费用票据\n身份证");
    ReferralService referrals(m_desk->db(), m_desk->admin());
    const QString policyId = referrals.savePolicy(policy).value();
    Referral referral;
    referral.householdId = m_desk->addHousehold(test::household());
    referral.policyIds = { policyId };
    auto referred = referrals.refer(referral);
    QVERIFY2(referred, referred ? "" : qPrintable(referred.error().message));
    m_referral = referred.value();
}

void TestCupsPrint::init()
{
    MessageBox::setTestMode(true);
    QDir out(m_cups.filePath(QStringLiteral("out")));
    for (const QString &f : out.entryList(QDir::Files))
        out.remove(f);
}

void TestCupsPrint::cleanupTestCase()
{
    m_desk.reset();
    if (m_started)
        QProcess::execute(QStringLiteral("bash"), { m_script, QStringLiteral("stop"), m_cups.path() });
}

bool TestCupsPrint::waitForJob(PrintedPdf &pdf)
{
    const QDir out(m_cups.filePath(QStringLiteral("out")));
    QStringList files;
    // Finished when no job is left in the queues and cups-pdf (ghostscript) has written its file.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 90000) {
        QByteArray pending;
        if (run(QStringLiteral("lpstat"), { QStringLiteral("-o") }, &pending).isEmpty()
            && pending.trimmed().isEmpty()) {
            files = out.entryList({ QStringLiteral("*.pdf") }, QDir::Files);
            if (!files.isEmpty())
                break;
        }
        QTest::qWait(200);
    }
    if (files.size() != 1) {
        qWarning("expected one PDF from cups-pdf in %s, found %lld", qPrintable(out.path()), qlonglong(files.size()));
        QFile log(m_cups.filePath(QStringLiteral("log/error_log")));
        if (log.open(QIODevice::ReadOnly))
            qWarning("cupsd's log:\n%s", log.readAll().constData());
        return false;
    }
    return measure(out.filePath(files.first()), pdf);
}

bool TestCupsPrint::measure(const QString &file, PrintedPdf &pdf)
{
    QByteArray info;
    if (const QString failed = run(QStringLiteral("pdfinfo"), { file }, &info); !failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return false;
    }
    const QString text = QString::fromUtf8(info);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(text);
    const auto rotation = QRegularExpression(QStringLiteral("Page rot:\\s+(\\d+)")).match(text);
    if (!pages.hasMatch() || !size.hasMatch()) {
        qWarning("pdfinfo: %s", qPrintable(text));
        return false;
    }
    pdf.pages = pages.captured(1).toInt();
    pdf.sizeMm = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble()) / PtPerMm;
    if (rotation.hasMatch() && rotation.captured(1).toInt() % 180 == 90)
        pdf.sizeMm.transpose();

    // The first page at 100 dpi in grey (rotation applied, as it would come out of a printer), ink below 200.
    QByteArray pgm;
    const QStringList args = { QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-gray"),
        QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), file };
    if (const QString failed = run(QStringLiteral("pdftoppm"), args, &pgm); !failed.isEmpty()) {
        qWarning("%s", qPrintable(failed));
        return false;
    }
    const QImage page = QImage::fromData(pgm, "PGM").convertToFormat(QImage::Format_Grayscale8);
    if (page.isNull())
        return false;
    int left = page.width(), top = page.height(), right = -1, bottom = -1;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *line = page.constScanLine(y);
        for (int x = 0; x < page.width(); ++x) {
            if (line[x] < 200) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0) {
        qWarning("the printed page is blank");
        return false;
    }
    const qreal mmPerPixel = 25.4 / 100;
    pdf.inkMm = QMarginsF(left * mmPerPixel, top * mmPerPixel, (page.width() - 1 - right) * mmPerPixel,
        (page.height() - 1 - bottom) * mmPerPixel);
    qInfo("%s: %d page(s) of %.1f x %.1f mm, ink from the edges %.1f (left) %.1f (top) %.1f (right) %.1f (bottom) mm",
        qPrintable(QFileInfo(file).fileName()), pdf.pages, pdf.sizeMm.width(), pdf.sizeMm.height(), pdf.inkMm.left(),
        pdf.inkMm.top(), pdf.inkMm.right(), pdf.inkMm.bottom());
    return true;
}

void TestCupsPrint::a5CardsComeOutOnA5()
{
    AppServices services(m_desk->db(), m_desk->admin());
    PrintPage page(services.cards(), m_desk->admin(), StationService::regions(m_desk->db()));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    page.setCardLayout(doc::CardLayout::A5);
    const auto sheet = page.buildDocument();
    QVERIFY(sheet && sheet->pageCount() >= 5);
    const int logBefore = page.logTable()->rowCount();
    DocumentPrinter::setNextPrinter(NoMargins);
    QTest::mouseClick(page.printButton(), Qt::LeftButton);
    QCOMPARE(DocumentPrinter::lastPrinter(), NoMargins);
    QCOMPARE(page.logTable()->rowCount(), logBefore + 1); // printed through the spooler and in the print log

    PrintedPdf pdf;
    QVERIFY(waitForJob(pdf));
    QCOMPARE(pdf.pages, sheet->pageCount()); // one card per A5 sheet
    QVERIFY2(qAbs(pdf.sizeMm.width() - 148) < 1.5 && qAbs(pdf.sizeMm.height() - 210) < 1.5,
        qPrintable(QStringLiteral("%1 x %2 mm").arg(pdf.sizeMm.width()).arg(pdf.sizeMm.height())));
    // The card's border 10 mm from every edge (CardSheet::cardRect), not moved or scaled by the spooler.
    for (const qreal m : { pdf.inkMm.left(), pdf.inkMm.top(), pdf.inkMm.right(), pdf.inkMm.bottom() })
        QVERIFY2(qAbs(m - 10) < 1.0, qPrintable(QStringLiteral("ink %1 mm from an edge").arg(m)));
}

void TestCupsPrint::a4CardsOnAPrinterWithMarginsStayInsideThem()
{
    AppServices services(m_desk->db(), m_desk->admin());
    PrintPage page(services.cards(), m_desk->admin(), StationService::regions(m_desk->db()));
    page.setScope(PrintPage::Scope::Township, ChaoyangCode);
    page.setCardLayout(doc::CardLayout::A4x4);
    const auto sheet = page.buildDocument();
    QVERIFY(sheet && sheet->pageCount() >= 2);
    DocumentPrinter::setNextPrinter(Margins);
    QTest::mouseClick(page.printButton(), Qt::LeftButton);
    QCOMPARE(DocumentPrinter::lastPrinter(), Margins);

    PrintedPdf pdf;
    QVERIFY(waitForJob(pdf));
    QCOMPARE(pdf.pages, sheet->pageCount()); // four cards a sheet
    QVERIFY2(qAbs(pdf.sizeMm.width() - 210) < 1.5 && qAbs(pdf.sizeMm.height() - 297) < 1.5,
        qPrintable(QStringLiteral("%1 x %2 mm").arg(pdf.sizeMm.width()).arg(pdf.sizeMm.height())));
    // The cards leave 6 mm at the sides, 7 at top and bottom; this printer cannot print the outer 12.7 mm, so the
    // sheet is scaled into what it can print, centred: the ink starts at the printer's margin left and right.
    for (const qreal m : { pdf.inkMm.left(), pdf.inkMm.top(), pdf.inkMm.right(), pdf.inkMm.bottom() })
        QVERIFY2(m >= PrinterMarginMm - 0.5, qPrintable(QStringLiteral("ink %1 mm from an edge").arg(m)));
    QVERIFY2(qAbs(pdf.inkMm.left() - PrinterMarginMm) < 1.0 && qAbs(pdf.inkMm.right() - PrinterMarginMm) < 1.0,
        qPrintable(QStringLiteral("left %1, right %2 mm").arg(pdf.inkMm.left()).arg(pdf.inkMm.right())));
}

void TestCupsPrint::notificationLetterFromThePoliciesPage()
{
    AppServices services(m_desk->db(), m_desk->admin());
    PoliciesPage page(services);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(1);
    QTRY_COMPARE(page.referralTable()->rowCount(), 1);
    page.referralTable()->selectRow(0);
    DocumentPrinter::setNextPrinter(NoMargins);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("referralPrintLetter")), Qt::LeftButton);
    QCOMPARE(DocumentPrinter::lastPrinter(), NoMargins);
    const QList<PrintLogEntry> log = CardService(m_desk->db(), m_desk->admin()).printLog().value();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().kind, QStringLiteral("letter"));

    PrintedPdf pdf;
    QVERIFY(waitForJob(pdf));
    QVERIFY(pdf.pages >= 1);
    QVERIFY2(qAbs(pdf.sizeMm.width() - 210) < 1.5 && qAbs(pdf.sizeMm.height() - 297) < 1.5,
        qPrintable(QStringLiteral("%1 x %2 mm").arg(pdf.sizeMm.width()).arg(pdf.sizeMm.height())));
    // The letter's own margins (FlowDocument: 20 mm at the sides), printed where they were laid out.
    QVERIFY2(pdf.inkMm.left() >= 19 && pdf.inkMm.right() >= 19,
        qPrintable(QStringLiteral("left %1, right %2 mm").arg(pdf.inkMm.left()).arg(pdf.inkMm.right())));
    QVERIFY2(pdf.inkMm.left() < 25, qPrintable(QStringLiteral("left %1 mm").arg(pdf.inkMm.left())));
}

void TestCupsPrint::taskListInLandscape()
{
    AppServices services(m_desk->db(), m_desk->admin());
    ReviewCalendarPage page(services.reviews(), m_desk->admin(), StationService::regions(m_desk->db()));
    page.addMonthPrinter(QStringLiteral("Print task list…"), [&services](const QList<TaskRow> &, const QDate &month) {
        return Result<std::unique_ptr<doc::Document>>(
            std::unique_ptr<doc::Document>(services.documents().taskList(month).value().release()));
    });
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The month of the first open task: the task list has rows to print.
    const auto tasks = services.reviews().tasks(TaskQuery());
    QVERIFY(tasks && !tasks.value().isEmpty());
    const QDate due = tasks.value().first().task.due;
    page.calendar()->setCurrentPage(due.year(), due.month());
    QVERIFY(!page.monthTasks().value().isEmpty());
    auto *print = page.findChild<QAction *>(QStringLiteral("reviewPrintTasks"));
    QVERIFY(print);
    DocumentPrinter::setNextPrinter(Margins);
    print->trigger();
    QCOMPARE(DocumentPrinter::lastPrinter(), Margins);

    PrintedPdf pdf;
    QVERIFY(waitForJob(pdf));
    // A4, landscape as the task list is laid out: CUPS turns a landscape job onto the paper as a printer is fed,
    // so the PDF may be A4 portrait with the page turned a quarter; then its lines run up the sheet.
    const QSizeF paper = pdf.sizeMm.width() > pdf.sizeMm.height() ? pdf.sizeMm : pdf.sizeMm.transposed();
    QVERIFY2(qAbs(paper.width() - 297) < 1.5 && qAbs(paper.height() - 210) < 1.5,
        qPrintable(QStringLiteral("%1 x %2 mm").arg(pdf.sizeMm.width()).arg(pdf.sizeMm.height())));
    const QSizeF ink(pdf.sizeMm.width() - pdf.inkMm.left() - pdf.inkMm.right(),
        pdf.sizeMm.height() - pdf.inkMm.top() - pdf.inkMm.bottom());
    QVERIFY2((ink.width() > ink.height()) == (pdf.sizeMm.width() > pdf.sizeMm.height()),
        qPrintable(
            QStringLiteral("the table (%1 x %2 mm) is not turned with the page").arg(ink.width()).arg(ink.height())));
    // The table spans the page's width (267 mm between the 15 mm margins): printed at least 90% of it.
    QVERIFY2(std::max(ink.width(), ink.height()) > 0.9 * 267,
        qPrintable(QStringLiteral("%1 x %2 mm of ink").arg(ink.width()).arg(ink.height())));
    // Nothing in the printer's 12.7 mm.
    for (const qreal m : { pdf.inkMm.left(), pdf.inkMm.top(), pdf.inkMm.right(), pdf.inkMm.bottom() })
        QVERIFY2(m >= PrinterMarginMm - 0.5, qPrintable(QStringLiteral("ink %1 mm from an edge").arg(m)));
}

QTEST_MAIN(TestCupsPrint)
#include "tst_cupsprint.moc"
